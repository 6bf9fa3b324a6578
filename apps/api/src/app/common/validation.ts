import { HttpStatus, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import type { ApiFieldError } from '@simpul/contracts';
import { ApiException } from './api-exception';
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

/** Validates a payload that did not arrive through HTTP (socket events, job data) like a body. */
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
  const instance = plainToInstance(dtoClass, payload);
  const errors = await validate(instance, VALIDATOR_OPTIONS);
  return errors.length === 0
    ? { ok: true, value: instance }
    : { ok: false, fields: toFieldErrors(errors) };
}
