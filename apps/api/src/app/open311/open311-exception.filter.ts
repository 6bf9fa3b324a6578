import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { bilingual, type Bilingual } from '../common/bilingual';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from '../common/database-unavailable';
import type { Open311Error } from './open311.types';
import { open311ErrorBody, responseFormat } from './open311-format';
import { OPEN311_XML_CONTENT_TYPE, toOpen311Xml } from './open311-xml';

const DEFAULT_MESSAGES: Partial<Record<number, Bilingual>> = {
  400: bilingual('Permintaan tidak valid', 'Bad request'),
  403: bilingual('Anda tidak berwenang melakukan ini', 'You are not allowed to do this'),
  404: bilingual('Data tidak ditemukan', 'Not found'),
  413: bilingual('Data terlalu besar', 'Payload too large'),
  429: bilingual(
    'Terlalu banyak permintaan, coba lagi nanti',
    'Too many requests, try again later',
  ),
};

function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Bilingual).id === 'string' &&
    typeof (value as Bilingual).en === 'string'
  );
}

/** Sends an error list as JSON for a `.json` path, otherwise as `<errors><error>…` XML. */
export function sendOpen311Errors(
  request: Request,
  response: Response,
  body: Open311Error[],
): void {
  if (responseFormat(request.path) === 'json') {
    response.json(body);
    return;
  }
  response
    .type(OPEN311_XML_CONTENT_TYPE)
    .send(toOpen311Xml({ root: 'errors', item: 'error' }, body));
}

/**
 * Every error of the Open311 endpoints in the standard's shape: `[{ code, description }]` in JSON,
 * `<errors><error><code/><description/></error></errors>` in XML (the default).
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const send = (status: number, message: Bilingual) =>
      sendOpen311Errors(request, response.status(status), open311ErrorBody(status, message));
    if (isDatabaseUnavailable(exception)) {
      const status = HttpStatus.SERVICE_UNAVAILABLE;
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      send(status, DATABASE_UNAVAILABLE_MESSAGE);
      return;
    }
    if (!(exception instanceof HttpException)) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : exception,
      );
      const status = HttpStatus.INTERNAL_SERVER_ERROR;
      send(
        status,
        bilingual(
          'Terjadi kesalahan pada server. Coba lagi sebentar lagi.',
          'Something went wrong on the server. Please try again shortly.',
        ),
      );
      return;
    }
    const status = exception.getStatus();
    const raw = exception.getResponse();
    const message =
      typeof raw === 'object' && raw !== null && isBilingual((raw as { message?: unknown }).message)
        ? (raw as { message: Bilingual }).message
        : (DEFAULT_MESSAGES[status] ?? bilingual('Permintaan gagal', 'Request failed'));
    send(status, message);
  }
}
