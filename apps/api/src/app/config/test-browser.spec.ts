import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../../../..');
const browser = require(join(root, 'tools/lib/browser.cjs')) as {
  findSystemBrowser(env: NodeJS.ProcessEnv): string | null;
  resolveBrowser(env: NodeJS.ProcessEnv): { source: string; executablePath: string };
  untar(buffer: Buffer, target: string): void;
};

/** tools/lib/browser.cjs: which Chromium the test tools launch (#17: Node is the only prerequisite). */
describe('the test browser choice', () => {
  let folder: string;
  let fakeChrome: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'simpul-browser-'));
    mkdirSync(join(folder, 'bin'));
    fakeChrome = join(folder, 'bin', 'chromium');
    writeFileSync(fakeChrome, '#!/bin/sh\n', { mode: 0o755 });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prefers a system browser: CHROME_BIN, else chromium on PATH', () => {
    expect(browser.findSystemBrowser({ CHROME_BIN: fakeChrome, PATH: '' })).toBe(fakeChrome);
    expect(browser.resolveBrowser({ PATH: join(folder, 'bin') })).toMatchObject({
      source: 'system',
      executablePath: fakeChrome,
    });
    expect(browser.findSystemBrowser({ CHROME_BIN: join(folder, 'nothing') })).toBeNull();
  });

  it('uses the npm Chromium with SIMPUL_BROWSER=npm even when a system one is installed', () => {
    const chosen = browser.resolveBrowser({ SIMPUL_BROWSER: 'npm', CHROME_BIN: fakeChrome });
    expect(chosen.source).toBe('npm');
    expect(chosen.executablePath).toContain(join('node_modules', '.cache', 'simpul-chromium-'));
    expect(() => browser.resolveBrowser({ SIMPUL_BROWSER: 'firefox' })).toThrow(/SIMPUL_BROWSER/);
    expect(() =>
      browser.resolveBrowser({ SIMPUL_BROWSER: 'system', CHROME_BIN: join(folder, 'nothing') }),
    ).toThrow(/no Chromium/);
  }, 120_000);

  it('unpacks a tar archive with folders, modes, symlinks and long names', () => {
    const source = join(folder, 'source');
    const longName = `${'n'.repeat(120)}.so`;
    mkdirSync(join(source, 'lib'), { recursive: true });
    writeFileSync(join(source, 'lib', longName), 'library', { mode: 0o755 });
    execFileSync('ln', ['-s', longName, join(source, 'lib', 'libshort.so')]);
    const archive = execFileSync('tar', ['-c', '-C', source, 'lib']);
    const target = join(folder, 'target');
    mkdirSync(target);
    browser.untar(archive, target);
    expect(readFileSync(join(target, 'lib', longName), 'utf8')).toBe('library');
    expect(readlinkSync(join(target, 'lib', 'libshort.so'))).toBe(longName);
    expect(readFileSync(join(target, 'lib', 'libshort.so'), 'utf8')).toBe('library');
  });
});
