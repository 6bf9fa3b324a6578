import type { DataSource } from 'typeorm';
import { APP_DB_ROLE } from '../src/app/database/app-role';
import { MIGRATIONS_TABLE } from '../src/app/database/data-source-options';
import { createTestApp, type TestApp } from './support/test-app';

/** Postgres' SQLSTATE for "insufficient privilege" and "must be owner". */
const INSUFFICIENT_PRIVILEGE = '42501';

async function errorCodeOf(dataSource: DataSource, sql: string): Promise<string | undefined> {
  try {
    await dataSource.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('the running application database role', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('is the dedicated role, not a superuser, and cannot create roles or databases', async () => {
    const [row] = await testApp.dataSource.query(
      `SELECT current_user AS "user", r.rolsuper AS "super", r.rolcreaterole AS "createRole",
              r.rolcreatedb AS "createDb", r.rolbypassrls AS "bypassRls"
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(row).toEqual({
      user: APP_DB_ROLE,
      super: false,
      createRole: false,
      createDb: false,
      bypassRls: false,
    });
  });

  it('holds on every pooled connection, not only the first', async () => {
    const users = await Promise.all(
      Array.from({ length: 6 }, () =>
        testApp.dataSource.query('SELECT current_user AS "user", pg_sleep(0.05)'),
      ),
    );
    expect(new Set(users.map(([r]) => r.user))).toEqual(new Set([APP_DB_ROLE]));
  });

  it('cannot run DDL', async () => {
    expect(await errorCodeOf(testApp.dataSource, 'CREATE TABLE intruder (id int)')).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await errorCodeOf(testApp.dataSource, 'DROP TABLE "agency"')).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await errorCodeOf(testApp.dataSource, 'ALTER TABLE "case" ADD COLUMN x int')).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await errorCodeOf(testApp.dataSource, 'TRUNCATE "case"')).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('may call no SECURITY DEFINER function through PUBLIC: each one it may call is granted to it by name', async () => {
    // A definer function runs as the owner, past row-level security: PUBLIC's default EXECUTE on
    // one would let the application role do what only the function's callers should.
    const open: { name: string }[] = await testApp.dataSource.query(
      `SELECT p.oid::regprocedure::text AS name
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prosecdef AND p.prorettype <> 'trigger'::regtype
         AND (p.proacl IS NULL
              OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a
                         WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))
       ORDER BY 1`,
    );
    expect(open).toEqual([]);
    expect(
      await errorCodeOf(
        testApp.dataSource,
        `SELECT simpul_sync_case_hand('00000000-0000-4000-8000-000000000000')`,
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('cannot rewrite the migration history', async () => {
    expect(await errorCodeOf(testApp.dataSource, `DELETE FROM "${MIGRATIONS_TABLE}"`)).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
  });

  it('reads and writes application data', async () => {
    const [{ count }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS count FROM "agency"',
    );
    expect(count).toBeGreaterThanOrEqual(58);
  });
});
