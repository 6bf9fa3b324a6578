import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../../..');
const script = join(root, 'tools/sql-casts/count-sql-casts.mjs');

/** Runs the ratchet's functions in a module-aware Node (the script is ESM). */
function evaluate(expression: string): unknown {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import * as r from ${JSON.stringify(script)}; console.log(JSON.stringify(${expression}));`,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('SQL cast ratchet (tools/sql-casts)', () => {
  it('passes on this tree: no file has more hand-typed query results than its baseline', () => {
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('counts each form of hand cast of a query result', () => {
    const source = [
      'const a = await queryRows<{ id: string }>(manager, sql);',
      'const b = await manager.query<{ id: string }[]>(sql);',
      'const c: { id: string }[] = await manager.query(sql);',
      'const [d]: CaseRow[] = await this.dataSource.query(sql);',
      'const e = (await manager.query(sql)) as ReportRow[];',
      'const [g]: {\n  id: string;\n  name: string;\n}[] = await manager.query(sql);',
      'const f = await manager.query(sql); // untyped: not a hand cast',
    ].join('\n');
    expect(evaluate(`r.countCasts(${JSON.stringify(source)})`)).toBe(6);
  });

  it('fails a file whose count rose, or a new file with casts', () => {
    expect(
      evaluate(`r.rises({ 'a.ts': 3, 'b.ts': 1, 'c.ts': 1 }, { 'a.ts': 2, 'c.ts': 4 })`),
    ).toEqual([
      { file: 'a.ts', count: 3, baseline: 2 },
      { file: 'b.ts', count: 1, baseline: 0 },
    ]);
  });
});
