import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const lib = (name: string) => JSON.stringify(join(root, 'tools/lib', name));

/** Runs an ES module snippet of the tools (what `npm start` runs) in a real Node process. */
function node(
  script: string,
  env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DB_MEMORY_MB: '' },
): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
}

const MEMORY_SETTINGS = [
  'shared_buffers',
  'effective_cache_size',
  'work_mem',
  'maintenance_work_mem',
] as const;

describe("npm start's embedded PostgreSQL runs with the production memory settings", () => {
  it('sizes them to the machine: a quarter as shared buffers (capped), three quarters as cache', () => {
    const sized = (gib: number) =>
      JSON.parse(
        node(`import { productionMemorySettings } from ${lib('postgres-settings.mjs')};
          process.stdout.write(JSON.stringify(productionMemorySettings(${gib} * 2 ** 30)));`),
      );
    expect(sized(16)).toEqual({
      shared_buffers: '4096MB',
      effective_cache_size: '12288MB',
      work_mem: '16MB',
      maintenance_work_mem: '1024MB',
      random_page_cost: '1.1',
    });
    expect(sized(64).shared_buffers).toBe('8192MB');
    expect(sized(2)).toMatchObject({ shared_buffers: '512MB', maintenance_work_mem: '128MB' });
  });

  it('the started server reports them (SHOW), sized to this machine', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'simpul-embedded-pg-'));
    try {
      const script = `
        import { createServer } from 'node:net';
        import pg from 'pg';
        import { startEmbeddedPostgres } from ${lib('embedded-postgres.mjs')};
        import { productionMemorySettings } from ${lib('postgres-settings.mjs')};
        const port = await new Promise((resolve) => {
          const probe = createServer().listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
          });
        });
        const server = await startEmbeddedPostgres({
          dataDir: ${JSON.stringify(dataDir)}, port, log: () => {},
        });
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const shown = {};
        for (const name of ${JSON.stringify([...MEMORY_SETTINGS, 'random_page_cost'])}) {
          shown[name] = (await client.query('SHOW ' + name)).rows[0][name];
        }
        const bytes = {};
        for (const [name, value] of Object.entries(productionMemorySettings())) {
          if (name === 'random_page_cost') continue;
          bytes[name] = (await client.query(
            'SELECT pg_size_bytes(current_setting($1))::text AS shown, pg_size_bytes($2)::text AS wanted',
            [name, value],
          )).rows[0];
        }
        await client.end();
        await server.stop();
        process.stdout.write(JSON.stringify({ shown, bytes }));`;
      const { shown, bytes } = JSON.parse(node(script)) as {
        shown: Record<string, string>;
        bytes: Record<string, { shown: string; wanted: string }>;
      };
      for (const name of MEMORY_SETTINGS) {
        expect({ name, bytes: bytes[name].shown }).toEqual({ name, bytes: bytes[name].wanted });
      }
      const quarter = Math.min(totalmem() / 4, 8 * 2 ** 30);
      expect(Number(bytes['shared_buffers'].shown)).toBeGreaterThan(quarter - 2 ** 20);
      expect(Number(bytes['shared_buffers'].shown)).toBeLessThanOrEqual(quarter);
      expect(shown['work_mem']).toBe('16MB');
      expect(shown['random_page_cost']).toBe('1.1');
      // Not PostgreSQL's laptop default of 128MB (on any machine with more than 512 MB).
      expect(shown['shared_buffers']).not.toBe('128MB');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
