import { HttpException, HttpStatus } from '@nestjs/common';
import type { ApiErrorBody, ApiFieldError } from '@simpul/contracts';
import type { Bilingual } from './bilingual';

/** Every error the API raises on purpose: a status, a stable code and a bilingual message. */
export class ApiException extends HttpException {
  constructor(status: HttpStatus, code: string, message: Bilingual, fields?: ApiFieldError[]) {
    const body: ApiErrorBody = { statusCode: status, code, message, ...(fields ? { fields } : {}) };
    super(body, status);
  }
}
