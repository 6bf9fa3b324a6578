/**
 * Tests that need something beyond Node and PostgreSQL (a redis-server binary, Redis on 6379).
 * Without it they skip with a warning on a developer's machine; under CI=true they fail instead,
 * naming what is missing (#17: nothing skips silently; `npm test` also counts any skip under CI as
 * a failure).
 */
export const isCi = (): boolean => process.env['CI'] === 'true' || process.env['CI'] === '1';

/**
 * `describe` when `available`; otherwise a skip with a warning, or under CI=true a failing test:
 * `describeNeeding(redisServerAvailable(), 'redis-server')('…', () => { … })`.
 */
export function describeNeeding(
  available: boolean,
  dependency: string,
): (name: string, body: () => void) => void {
  return (name, body) => {
    if (available) {
      describe(name, body);
      return;
    }
    const message = `${dependency} is missing, so "${name}" cannot run`;
    if (isCi()) {
      describe(name, () => {
        it(`needs ${dependency} (CI=true: a missing dependency fails the run)`, () => {
          throw new Error(message);
        });
      });
      return;
    }
    console.warn(`SKIPPED: ${message}`);
    describe.skip(name, body);
  };
}

/**
 * Inside a test: returns normally only when `available`; otherwise warns and answers false (the test
 * returns early), or under CI=true throws so the test fails.
 */
export function dependencyPresent(available: boolean, dependency: string, what: string): boolean {
  if (available) return true;
  const message = `${dependency} is missing, so ${what} did not run`;
  if (isCi()) throw new Error(`${message} (CI=true: a missing dependency fails the run)`);
  console.warn(`SKIPPED: ${message}`);
  return false;
}
