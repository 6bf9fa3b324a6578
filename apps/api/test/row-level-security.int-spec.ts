import type { DataSource } from 'typeorm';
import { createAgency, createCase } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const INSUFFICIENT_PRIVILEGE = '42501';

async function errorCode(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('database backstop: row-level security and the append-only audit log', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyId: string;
  let otherAgencyId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'RLS');
    otherAgencyId = await createAgency(owner, 'RLSLain');
    await createCase(owner, agencyId, [[agencyId, 'lead']]);
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  it('the owner sees the cases, so there is something to hide', async () => {
    const [{ count }] = await owner.query(`SELECT count(*)::int AS count FROM "case"`);
    expect(count).toBeGreaterThan(0);
  });

  it('the application role without the per-transaction setting gets no rows', async () => {
    // The inbox's owner views apply the readable rule themselves: nothing without the setting.
    const views = ['case_inbox', 'case_inbox_entries', 'case_inbox_lead'];
    const tables = ['case', 'case_participant', 'case_report', 'case_hand', 'audit_log'];
    for (const table of [...tables, ...views]) {
      const [{ count }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS count FROM "${table}"`,
      );
      expect({ table, count }).toEqual({ table, count: 0 });
    }
  });

  it('sees exactly its agency’s cases inside a transaction with the setting, and nothing after it', async () => {
    const runner = testApp.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(
        `SELECT set_config('simpul.agency_id', $1, true), set_config('simpul.role', 'petugas', true)`,
        [agencyId],
      );
      const [{ count }] = await runner.query(`SELECT count(*)::int AS count FROM "case"`);
      expect(count).toBe(1);
      const [{ leads }] = await runner.query(`SELECT count(*)::int AS leads FROM case_inbox_lead`);
      expect(leads).toBe(1);
      await runner.commitTransaction();
      // Same pooled connection, next transaction: the setting did not outlive its transaction.
      const [{ after }] = await runner.query(`SELECT count(*)::int AS after FROM "case"`);
      expect(after).toBe(0);
    } finally {
      await runner.release();
    }
  });

  it('another agency’s setting does not reveal the case', async () => {
    const count = await testApp.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('simpul.agency_id', $1, true), set_config('simpul.role', 'admin', true)`,
        [otherAgencyId],
      );
      const counts: number[] = [];
      for (const table of ['case', 'case_inbox', 'case_inbox_entries', 'case_inbox_lead']) {
        const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM "${table}"`);
        counts.push(count);
      }
      return counts;
    });
    expect(count).toEqual([0, 0, 0, 0]);
  });

  it('the application role cannot update, delete or truncate the audit log', async () => {
    await testApp.dataSource.query(
      `INSERT INTO audit_log (action, agency_id) VALUES ('access.denied', $1)`,
      [agencyId],
    );
    expect(await errorCode(testApp.dataSource.query(`UPDATE audit_log SET action = 'x'`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await errorCode(testApp.dataSource.query(`DELETE FROM audit_log`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await errorCode(testApp.dataSource.query(`TRUNCATE audit_log`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE agency_id = $1`,
      [agencyId],
    );
    expect(count).toBe(1);
  });
});
