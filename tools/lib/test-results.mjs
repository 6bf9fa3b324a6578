// What `npm test` (tools/test.mjs) makes of each suite's results. Kept apart so a spec can check
// it on a real Jest report (apps/api/src/app/config/test-results.spec.ts).

/** The full names of the tests a Jest JSON report (`--json`) did not run: skipped, pending, todo. */
export function jestSkippedTests(report) {
  const names = [];
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (['pending', 'skipped', 'todo', 'disabled'].includes(test.status)) {
        names.push(test.fullName || test.title);
      }
    }
  }
  return names;
}

/**
 * The run's verdict over every suite's `{ passed, failed, skipped, exitCode }`. Under CI=true a
 * skipped test counts as a failure: a test that skips because a dependency is missing (no
 * redis-server, no browser) must not let the run pass silently.
 */
export function verdict(results, { ci = false } = {}) {
  const total = (key) => results.reduce((sum, r) => sum + (r[key] ?? 0), 0);
  const skipped = total('skipped');
  const exitedBadly = results.filter((r) => r.failed === 0 && r.exitCode && r.exitCode !== 0);
  const failed = total('failed') + exitedBadly.length + (ci ? skipped : 0);
  return { passed: total('passed'), failed, skipped, skippedAreFailures: ci && skipped > 0 };
}

/** CI=true as CI services and .ci/run set it. */
export const isCi = (env = process.env) => env.CI === 'true' || env.CI === '1';
