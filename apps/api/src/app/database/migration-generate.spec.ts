import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ts from 'typescript';

const root = join(__dirname, '../../../../..');
const script = join(root, 'tools/migration-generate.mjs');

/** `npm run migration:generate` on a copy of the database folder. */
function generate(appDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args, '--app-dir', appDir], {
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('tools/migration-generate.mjs', () => {
  let appDir: string;
  beforeEach(() => {
    appDir = mkdtempSync(join(tmpdir(), 'simpul-migration-generate-'));
    cpSync(join(__dirname, 'migrations'), join(appDir, 'database/migrations'), {
      recursive: true,
    });
    cpSync(join(__dirname, 'schema.ts'), join(appDir, 'database/schema.ts'));
  });
  afterEach(() => rmSync(appDir, { recursive: true, force: true }));

  it('writes a migration after every existing one, lists it, and it refuses to run until written', async () => {
    const before = readdirSync(join(appDir, 'database/migrations'));
    const newest = Math.max(...before.map((file) => Number(file.split('-')[0])));

    const { code, output } = generate(appDir, 'AddGeneratorProbeTable');
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('created') });

    const [file] = readdirSync(join(appDir, 'database/migrations')).filter(
      (name) => !before.includes(name),
    );
    expect(file).toMatch(/^\d{13}-add-generator-probe-table\.ts$/);
    const timestamp = Number(file.split('-')[0]);
    expect(timestamp).toBeGreaterThan(newest);
    const className = `AddGeneratorProbeTable${timestamp}`;

    const schema = readFileSync(join(appDir, 'database/schema.ts'), 'utf8');
    expect(schema).toContain(
      `import { ${className} } from './migrations/${file.replace(/\.ts$/, '')}';`,
    );
    const listed = /export const MIGRATIONS = \[([\s\S]*?)\];/.exec(schema)?.[1] ?? '';
    expect(listed.trim().split(/,\s*/).filter(Boolean).at(-1)).toBe(className);

    // The skeleton compiles and is a migration TypeORM can load, but running it fails loudly.
    const source = readFileSync(join(appDir, 'database/migrations', file), 'utf8');
    const compiled = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      reportDiagnostics: true,
    });
    expect(compiled.diagnostics).toEqual([]);
    const compiledFile = join(appDir, 'migration.js');
    writeFileSync(compiledFile, compiled.outputText);
    const migrationClass = (require(compiledFile) as Record<string, new () => object>)[className];
    const migration = new migrationClass() as {
      name: string;
      up(q: unknown): Promise<void>;
      down(q: unknown): Promise<void>;
    };
    expect(migration.name).toBe(className);
    await expect(migration.up({})).rejects.toThrow('not written yet');
    await expect(migration.down({})).rejects.toThrow('not written yet');
  });

  it('refuses a name that is taken or not a name, and then changes nothing', () => {
    const schemaBefore = readFileSync(join(appDir, 'database/schema.ts'), 'utf8');
    const filesBefore = readdirSync(join(appDir, 'database/migrations'));
    const taken = filesBefore[0].replace(/^\d+-|\.ts$/g, '');

    for (const name of [taken, '9-lives', '---']) {
      const { code, output } = generate(appDir, name);
      expect({ name, code }).toEqual({ name, code: 1 });
      expect(output).not.toContain('created');
    }
    expect(generate(appDir).code).toBe(1);

    expect(readFileSync(join(appDir, 'database/schema.ts'), 'utf8')).toBe(schemaBefore);
    expect(readdirSync(join(appDir, 'database/migrations'))).toEqual(filesBefore);
  });
});
