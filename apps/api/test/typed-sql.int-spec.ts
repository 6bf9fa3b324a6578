import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { prepareDatabase } from '../src/app/startup/prepare-database';

/**
 * The `.queries.ts` files pgtyped wrote from the `.sql` files (the case kernel's statements) are
 * what the migrated schema gives today: a migration or an edited statement without
 * `npm run sql:types` fails here.
 */

const root = join(__dirname, '../../..');
const silentLogger = { log: () => undefined, error: () => undefined, warn: () => undefined };

beforeAll(async () => {
  await prepareDatabase(
    {
      databaseUrl: process.env['DATABASE_URL'] as string,
      databaseAppUrl: null,
      databasePoolSize: 2,
      demoMode: false,
    },
    silentLogger as never,
  );
}, 120_000);

describe('typed SQL (pgtyped)', () => {
  it('the generated types match the migrated schema (else: npm run sql:types)', async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['tools/sql-types.mjs', '--check'],
        { cwd: root },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, output: `${stdout}${stderr}` });
        },
      );
    });
    if (result.code !== 0) throw new Error(result.output);
    expect(result.output).toMatch(/SQL types match the schema \([1-9]\d* files?\)\./);
  }, 120_000);
});
