import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ApiErrorCode, ApiFieldError } from '@simpul/contracts';
import type { Bilingual } from './bilingual';

/** Every error the API raises on purpose: a status, a stable code and a bilingual message. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ApiErrorCode,
    message: Bilingual,
    fields?: ApiFieldError[],
    details?: Record<string, unknown>,
  ) {
    const body: ApiErrorBody = {
      statusCode: status,
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(details ? { details } : {}),
    };
    super(body, status);
  }

  /** The same error carrying extra data, e.g. the current state with a 409. */
  withDetails(details: Record<string, unknown>): ApiException {
    const body = this.getResponse() as ApiErrorBody;
    return new ApiException(this.getStatus(), this.code, body.message, body.fields, details);
  }
}
