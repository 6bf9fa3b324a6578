import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from '@simpul/contracts';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * The route is safe to retry with an `Idempotency-Key` header (see {@link IdempotencyInterceptor}).
 * Put it on the handler, after the route decorator.
 */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'A key the client makes per intent (e.g. a UUID); a retry with it returns the first result.',
    }),
  );
