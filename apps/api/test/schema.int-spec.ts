import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { prepareDatabase } from '../src/app/startup/prepare-database';
import { ownerDataSource } from './support/test-app';

/**
 * docs/schema.sql is the schema a fresh migration run produces (functions, triggers, views,
 * policies, grants that otherwise only a replay of every migration shows). A database of this
 * suite's own, prepared the way the API prepares one at start, is read by tools/schema-dump.mjs
 * and compared with the file. CI runs this on PostgreSQL 15, `npm test` without DATABASE_URL on
 * the embedded PostgreSQL 18: the one committed file must match both.
 */

const root = join(__dirname, '../../..');
const database = `simpul_schema_${process.pid}`;
const silentLogger = { log: () => undefined, error: () => undefined, warn: () => undefined };

interface CheckResult {
  code: number;
  output: string;
}

/** `node tools/schema-dump.mjs --check --url <database>`: exit code and what it printed. */
function checkSchemaFile(url: string): Promise<CheckResult> {
  return runNode(['tools/schema-dump.mjs', '--check', '--url', url]);
}

function runNode(args: string[]): Promise<CheckResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

let maintenance: DataSource;
let databaseUrl: string;

beforeAll(async () => {
  maintenance = await ownerDataSource({ maintenance: true });
  await maintenance.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await maintenance.query(`CREATE DATABASE "${database}"`);
  const url = new URL(process.env['DATABASE_URL'] as string);
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
  await prepareDatabase(
    { databaseUrl, databaseAppUrl: null, databasePoolSize: 2, demoMode: false },
    silentLogger as never,
  );
}, 120_000);

afterAll(async () => {
  await maintenance?.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await maintenance?.destroy();
});

describe('docs/schema.sql', () => {
  it('is what the migrations produce (else: npm run schema:dump)', async () => {
    const result = await checkSchemaFile(databaseUrl);
    // The script's own message: the diff, then the command that regenerates the file.
    if (result.code !== 0) throw new Error(result.output);
    expect(result.output).toContain('docs/schema.sql matches the migrations.');
  });

  it('is also what the regenerating command migrates on its own (a fresh database of its own)', async () => {
    // `node tools/schema-dump.mjs --check`: loads the migration list from the TypeScript sources.
    const result = await runNode(['tools/schema-dump.mjs', '--check']);
    if (result.code !== 0) throw new Error(result.output);
    expect(result.output).toContain('docs/schema.sql matches the migrations.');
  });

  it('prints the views of PostgreSQL 15 and 18 alike (16 dropped the single relation qualifier)', async () => {
    // What each version's pg_get_viewdef printed for case_inbox_lead.
    const postgres15 = ` SELECT p.case_id,\n    p.agency_id\n   FROM case_participant p\n  WHERE p.role::text = 'lead'::text AND (EXISTS ( SELECT 1\n           FROM "case" c\n          WHERE c.id = p.case_id));`;
    const postgres18 = ` SELECT case_id,\n    agency_id\n   FROM case_participant p\n  WHERE role::text = 'lead'::text AND (EXISTS ( SELECT 1\n           FROM "case" c\n          WHERE c.id = p.case_id));`;
    const joined = ` SELECT x.a\n   FROM t x\n     JOIN t y ON y.a = x.b;`;
    const script = `
      import { unqualifySingleRelationQuery as f } from './tools/schema-dump.mjs';
      const [a, b, c] = JSON.parse(process.argv[1]);
      console.log(JSON.stringify([f(a), f(b), f(c)]));`;
    const result = await runNode([
      '--input-type=module',
      '-e',
      script,
      JSON.stringify([postgres15, postgres18, joined]),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.output)).toEqual([postgres18, postgres18, joined]);
  });

  it('fails with a readable diff and the command to regenerate when the database differs', async () => {
    // The trigger that carries every case event to the sockets, and a grant the app must not have.
    const owner = new DataSource({ type: 'postgres', url: databaseUrl });
    await owner.initialize();
    try {
      await owner.query(`DROP TRIGGER "case_event_outbox" ON "case_event"`);
      await owner.query(`GRANT SELECT ON TABLE "outbox" TO simpul_app`);
    } finally {
      await owner.destroy();
    }
    const result = await checkSchemaFile(databaseUrl);
    expect(result.code).toBe(1);
    expect(result.output).toContain('docs/schema.sql differs from what the migrations produce');
    expect(result.output).toContain(
      '- CREATE TRIGGER case_event_outbox AFTER INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION simpul_case_event_to_outbox();',
    );
    expect(result.output).toContain('- GRANT INSERT ON TABLE "outbox" TO simpul_app;');
    expect(result.output).toContain('+ GRANT SELECT, INSERT ON TABLE "outbox" TO simpul_app;');
    expect(result.output).toContain('Regenerate it with: npm run schema:dump');
  });
});
