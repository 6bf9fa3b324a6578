import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ApiErrorBody, ApiErrorCode } from '@simpul/contracts';
import type { Language } from './language.service';

export type Bilingual = ApiErrorBody['message'];

/** What to show for a failure: the API's own bilingual words, or a translation key of ours. */
export type ErrorText = { kind: 'api'; message: Bilingual } | { kind: 'key'; key: string };

/**
 * Whether a failure's body is in the API's shape. Any string code counts: a newer API may send a
 * code this build does not know yet, and its message is still worth showing.
 */
function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (value === null || typeof value !== 'object') return false;
  const { code, message } = value as Partial<ApiErrorBody>;
  return (
    typeof code === 'string' &&
    typeof message === 'object' &&
    message !== null &&
    typeof message.id === 'string' &&
    typeof message.en === 'string'
  );
}

/** The API's error body when the failure is an HTTP error answered by our API. */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  return isApiErrorBody(error.error) ? error.error : null;
}

export function apiErrorCode(error: unknown): ApiErrorCode | null {
  return apiErrorBody(error)?.code ?? null;
}

export function httpStatus(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

export function pickLanguage(text: Bilingual, language: Language): string {
  return text[language] || text.id;
}

export function describeError(error: unknown): ErrorText {
  const body = apiErrorBody(error);
  if (body) return { kind: 'api', message: body.message };
  const status = httpStatus(error);
  if (status === 0 || status === 502 || status === 504)
    return { kind: 'key', key: 'errors.network' };
  return { kind: 'key', key: 'errors.unexpected' };
}

/**
 * Marks the controls the API named in `fields[]` as invalid with its own words, so each field
 * shows what is wrong with it (`control.getError('server')` is a bilingual message).
 */
export function applyServerFieldErrors(form: FormGroup, error: unknown): void {
  for (const field of apiErrorBody(error)?.fields ?? []) {
    const control: AbstractControl | null = form.get(field.field);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: field.message });
    control.markAsTouched();
  }
}
