import type { Bilingual } from './bilingual';

/** Stable machine codes of SLA configuration and input errors. */
export type SlaErrorCode =
  | 'unknown_time_zone'
  | 'invalid_date'
  | 'invalid_instant'
  | 'invalid_office_hours'
  | 'invalid_override'
  | 'duplicate_override'
  | 'invalid_amount'
  | 'invalid_clock'
  | 'invalid_pause'
  | 'invalid_rule'
  | 'invalid_threshold'
  | 'no_working_time';

/**
 * Raised for a bad calendar or clock configuration and for bad arguments to the clock arithmetic.
 * `message` is "Indonesian / English", as the rest of the API speaks Indonesian first.
 */
export class SlaConfigError extends Error {
  override readonly name = 'SlaConfigError';

  constructor(
    readonly code: SlaErrorCode,
    readonly text: Bilingual,
  ) {
    super(`${text.id} / ${text.en}`);
  }
}

export const slaError = (code: SlaErrorCode, id: string, en: string): SlaConfigError =>
  new SlaConfigError(code, { id, en });
