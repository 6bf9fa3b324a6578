import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const appDir = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('caseRepository.touch is the only writer of the case version', () => {
  it('no other source file updates the case row without it, or bumps its version by hand', () => {
    const offenders = sourceFiles(appDir).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const updates = [...text.matchAll(/UPDATE\s+(?:"case"|case)\s+SET([\s\S]*?)(?:`|WHERE)/gi)];
      return updates
        .filter((update) => /\bversion\b/i.test(update[1]))
        .map(() => relative(appDir, file));
    });
    expect(offenders).toEqual(['case-kernel/case-repository.ts']);
  });
});
