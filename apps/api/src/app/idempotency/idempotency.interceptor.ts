import { createHash } from 'node:crypto';
import {
  HttpException,
  HttpStatus,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { IDEMPOTENCY_KEY_HEADER } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { IdempotencyStore, type IdempotencyScope } from './idempotency-store';

/** Printable ASCII without spaces, e.g. a UUID the client generated for this intent. */
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed';

type KeyedRequest = Request & { actor?: Actor; open311Client?: { userId: string } };

/**
 * Makes a POST safe to retry. With an `Idempotency-Key` header, the first request with that key
 * (per user, method and path) runs and its result is stored; a retry with the same body gets that
 * result again (same status, same body), a retry with another body 422, a retry while the first
 * still runs 409. Errors a retry cannot fix (4xx) are stored like results; server errors release
 * the key. Requests without the header run as before.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<KeyedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    const userId = request.actor?.userId ?? request.open311Client?.userId;
    if (key === undefined || !userId) return next.handle();
    if (!KEY_FORMAT.test(key)) throw invalidKey();

    const id: IdempotencyScope = {
      userId,
      scope: `${request.method} ${request.originalUrl.split('?')[0]}`.slice(0, 300),
      key,
    };
    const claim = await this.store.claim(id, requestHash(request.body));
    if (claim.kind === 'mismatch') throw keyReused();
    if (claim.kind === 'in_flight') throw stillRunning();
    if (claim.kind === 'done') {
      response.setHeader(IDEMPOTENT_REPLAY_HEADER, 'true');
      if (claim.statusCode >= 400)
        throw new HttpException(claim.response as Record<string, unknown>, claim.statusCode);
      return of(claim.response);
    }

    const successStatus =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ??
      (request.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return next.handle().pipe(
      mergeMap((body: unknown) =>
        from(this.store.complete(id, successStatus, body).then(() => body)),
      ),
      catchError((error: unknown) =>
        from(this.settleFailure(id, error)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }

  private async settleFailure(id: IdempotencyScope, error: unknown): Promise<void> {
    const status = error instanceof HttpException ? error.getStatus() : 500;
    if (error instanceof HttpException && status < 500 && !RETRYABLE.has(status)) {
      await this.store.complete(id, status, error.getResponse());
    } else {
      await this.store.release(id);
    }
  }
}

/** Client errors that a later retry of the same request may not get again. */
const RETRYABLE = new Set([
  HttpStatus.UNAUTHORIZED,
  HttpStatus.REQUEST_TIMEOUT,
  HttpStatus.TOO_MANY_REQUESTS,
]);

/** The body's fingerprint, independent of key order. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(stableJson(body ?? null))
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const invalidKey = () =>
  new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual(
      `Data tidak valid: ${IDEMPOTENCY_KEY_HEADER} harus 1–200 karakter tanpa spasi`,
      `Invalid input: ${IDEMPOTENCY_KEY_HEADER} must be 1–200 characters without spaces`,
    ),
    [
      {
        field: IDEMPOTENCY_KEY_HEADER,
        message: bilingual(
          `${IDEMPOTENCY_KEY_HEADER} harus 1–200 karakter tanpa spasi`,
          `${IDEMPOTENCY_KEY_HEADER} must be 1–200 characters without spaces`,
        ),
      },
    ],
  );

const keyReused = () =>
  new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'IDEMPOTENCY_KEY_REUSED',
    bilingual(
      'Kunci pengulangan ini sudah dipakai untuk permintaan lain. Kirim ulang dengan kunci baru.',
      'This idempotency key was already used for a different request. Send it again with a new key.',
    ),
    [
      {
        field: IDEMPOTENCY_KEY_HEADER,
        message: bilingual(
          `${IDEMPOTENCY_KEY_HEADER} sudah dipakai dengan isi yang berbeda`,
          `${IDEMPOTENCY_KEY_HEADER} was used with a different body`,
        ),
      },
    ],
  );

const stillRunning = () =>
  new ApiException(
    HttpStatus.CONFLICT,
    'IDEMPOTENCY_IN_FLIGHT',
    bilingual(
      'Permintaan yang sama masih diproses. Tunggu sebentar lalu coba lagi.',
      'The same request is still being processed. Wait a moment and try again.',
    ),
  );
