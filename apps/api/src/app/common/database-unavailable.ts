import { bilingual } from './bilingual';

/** What a client is told to wait before retrying while PostgreSQL cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE = bilingual(
  'Basis data sedang tidak dapat dihubungi. Tidak ada yang tersimpan; coba lagi sebentar lagi.',
  'The database cannot be reached right now. Nothing was saved; please try again shortly.',
);

/** Socket errors of a server that is down or restarting. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);
/**
 * PostgreSQL's connection exceptions (class 08) and operator intervention (57P01 admin shutdown,
 * 57P02 crash shutdown, 57P03 cannot connect now: starting up or in recovery).
 */
const SQLSTATE = /^(08\d{3}|57P0[123])$/;
/** node-postgres reports a dropped or never-opened connection only in its message. */
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/**
 * True when an error means the database is unreachable rather than that the request was wrong:
 * the answer is then 503 with Retry-After, not 500. TypeORM wraps driver errors
 * (`driverError`), and Node reports a refused dual-stack connect as an AggregateError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message, driverError, errors, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      errors?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message)))
      return true;
    pending.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}
