import { HttpStatus, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import type { ApiFieldError } from '@simpul/contracts';
import { ApiException } from './api-exception';
import { MAX_PAYLOAD_DEPTH, isTooDeep } from './payload-bounds';
import { summarizeFieldErrors, toFieldErrors } from './validation-messages';

const VALIDATOR_OPTIONS = { whitelist: true, forbidNonWhitelisted: true } as const;

export function createValidationPipe(): ValidationPipe {
  const options: ValidationPipeOptions = {
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = toFieldErrors(errors);
      return new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        summarizeFieldErrors(fields),
        fields,
      );
    },
  };
  return new ValidationPipe(options);
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; fields: ApiFieldError[] };

/**
 * Validates a payload that did not arrive through HTTP (socket events, job data) like a body. A
 * payload nested deeper than {@link MAX_PAYLOAD_DEPTH} is refused before class-transformer and
 * class-validator walk it (both recurse).
 */
export async function validatePayload<T extends object>(
  dtoClass: ClassConstructor<T>,
  payload: unknown,
): Promise<ValidationResult<T>> {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return {
      ok: false,
      fields: [
        {
          field: 'payload',
          message: { id: 'payload harus berupa objek', en: 'payload must be an object' },
        },
      ],
    };
  }
  if (isTooDeep(payload)) {
    return {
      ok: false,
      fields: [
        {
          field: 'payload',
          message: {
            id: `payload paling banyak ${MAX_PAYLOAD_DEPTH} tingkat`,
            en: `payload must be nested at most ${MAX_PAYLOAD_DEPTH} levels deep`,
          },
        },
      ],
    };
  }
  const instance = plainToInstance(dtoClass, payload);
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  return errors.length === 0
    ? { ok: true, value: instance }
    : { ok: false, fields: toFieldErrors(errors) };
}
