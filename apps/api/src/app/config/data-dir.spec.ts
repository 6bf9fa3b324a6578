import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** tools/lib/data-dir.mjs is an ES module of `npm start`: asked through a real Node process. */
function resolveDataDir(root: string, dataDir: string | undefined): string {
  const module = join(__dirname, '../../../../../tools/lib/data-dir.mjs');
  const script = `import { resolveDataDir } from ${JSON.stringify(module)};
    process.stdout.write(resolveDataDir(process.argv[1], process.argv[2] || undefined));`;
  return execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, root, dataDir ?? ''],
    {
      encoding: 'utf8',
    },
  );
}

describe('DATA_DIR of npm start', () => {
  it('uses an absolute DATA_DIR as given', () => {
    expect(resolveDataDir('/srv/simpul', '/var/lib/simpul')).toBe('/var/lib/simpul');
  });

  it('resolves a relative DATA_DIR, and the default .data, from the repository root', () => {
    expect(resolveDataDir('/srv/simpul', 'data/pg')).toBe('/srv/simpul/data/pg');
    expect(resolveDataDir('/srv/simpul', undefined)).toBe('/srv/simpul/.data');
  });
});
