import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../../../..');

/** tools/lib/test-results.mjs (what `npm test` makes of the results), asked through real Node. */
function judge(report: unknown, ci: boolean): { skippedNames: string[]; verdict: unknown } {
  const module = join(root, 'tools/lib/test-results.mjs');
  const script = `import { jestSkippedTests, verdict } from ${JSON.stringify(module)};
    const report = JSON.parse(process.argv[1]);
    const skippedNames = jestSkippedTests(report);
    const suite = { passed: report.numPassedTests, failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests, exitCode: 0 };
    process.stdout.write(JSON.stringify({ skippedNames, verdict: verdict([suite], { ci: process.argv[2] === 'ci' }) }));`;
  return JSON.parse(
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(report), ci ? 'ci' : ''],
      { encoding: 'utf8' },
    ),
  );
}

describe('npm test under CI=true: nothing skips silently', () => {
  let folder: string;
  let report: unknown;

  beforeAll(() => {
    // A real Jest run of a file whose tests skip the way a missing dependency makes them skip.
    folder = mkdtempSync(join(tmpdir(), 'simpul-skips-'));
    writeFileSync(
      join(folder, 'sample.test.js'),
      `const hasRedis = false;
       it('runs', () => expect(1).toBe(1));
       (hasRedis ? describe : describe.skip)('needs redis-server', () => { it('shares rooms', () => {}); });
       it.todo('is still to be written');`,
    );
    writeFileSync(
      join(folder, 'jest.config.json'),
      JSON.stringify({ rootDir: folder, testMatch: ['**/*.test.js'], transform: {} }),
    );
    const output = join(folder, 'report.json');
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/jest/bin/jest.js'),
        '--config',
        join(folder, 'jest.config.json'),
        '--json',
        `--outputFile=${output}`,
        '--ci',
      ],
      { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: 'false' } },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    report = JSON.parse(readFileSync(output, 'utf8'));
  }, 60_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names every skipped and todo test of a Jest report', () => {
    expect(judge(report, false).skippedNames.sort()).toEqual([
      'is still to be written',
      'needs redis-server shares rooms',
    ]);
  });

  it('counts skipped tests as failures under CI=true and only there', () => {
    expect(judge(report, true).verdict).toEqual({
      passed: 1,
      failed: 2,
      skipped: 2,
      skippedAreFailures: true,
    });
    expect(judge(report, false).verdict).toEqual({
      passed: 1,
      failed: 0,
      skipped: 2,
      skippedAreFailures: false,
    });
  });
});
