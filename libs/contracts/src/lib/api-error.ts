/**
 * Every 4xx/5xx body the API returns. Messages come in Indonesian (`id`) and English (`en`);
 * `field` names the offending input when there is one.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: { id: string; en: string };
  fields?: ApiFieldError[];
  /** Extra data, e.g. `current` (the current state) with a 409 for a stale edit. */
  details?: Record<string, unknown>;
}

export interface ApiFieldError {
  field: string;
  message: { id: string; en: string };
}
