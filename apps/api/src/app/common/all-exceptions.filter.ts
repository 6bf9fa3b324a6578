import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { isApiErrorCode, type ApiErrorBody } from '@simpul/contracts';
import { bilingual } from './bilingual';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from './database-unavailable';

const DEFAULT_MESSAGES: Partial<Record<number, ApiErrorBody['message']>> = {
  400: bilingual('Permintaan tidak valid', 'Bad request'),
  401: bilingual('Silakan masuk terlebih dahulu', 'Please sign in first'),
  403: bilingual('Anda tidak berwenang melakukan ini', 'You are not allowed to do this'),
  404: bilingual('Data tidak ditemukan', 'Not found'),
  405: bilingual('Metode tidak didukung', 'Method not allowed'),
  409: bilingual('Data telah berubah, muat ulang lalu coba lagi', 'Conflict: reload and try again'),
  413: bilingual('Data terlalu besar', 'Payload too large'),
  422: bilingual('Data tidak dapat diproses', 'Unprocessable input'),
  429: bilingual(
    'Terlalu banyak permintaan, coba lagi nanti',
    'Too many requests, try again later',
  ),
};

/** Maps every error to the one {@link ApiErrorBody} shape; never leaks internals on 5xx. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      response
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
        .json({
          statusCode: HttpStatus.SERVICE_UNAVAILABLE,
          code: 'DATABASE_UNAVAILABLE',
          message: DATABASE_UNAVAILABLE_MESSAGE,
        } satisfies ApiErrorBody);
      return;
    }
    response.status(this.statusOf(exception)).json(this.bodyOf(exception));
  }

  private statusOf(exception: unknown): number {
    return exception instanceof HttpException
      ? exception.getStatus()
      : HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private bodyOf(exception: unknown): ApiErrorBody {
    const status = this.statusOf(exception);
    if (exception instanceof HttpException) {
      const raw = exception.getResponse();
      if (typeof raw === 'object' && raw !== null && 'code' in raw && 'message' in raw) {
        return raw as ApiErrorBody;
      }
      // Not raised by us (an unknown route, a framework guard): the status names the error.
      const name: unknown = HttpStatus[status];
      return {
        statusCode: status,
        code: isApiErrorCode(name) ? name : 'ERROR',
        message: DEFAULT_MESSAGES[status] ?? bilingual('Permintaan gagal', 'Request failed'),
      };
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : exception,
    );
    return {
      statusCode: status,
      code: 'INTERNAL_ERROR',
      message: bilingual(
        'Terjadi kesalahan pada server. Coba lagi sebentar lagi.',
        'Something went wrong on the server. Please try again shortly.',
      ),
    };
  }
}
