import { HttpStatus, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ApiException } from './api-exception';
import { bilingual } from './bilingual';

/** Path ids must be UUIDs; anything else is a 400 naming the parameter. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw new ApiException(
      HttpStatus.BAD_REQUEST,
      'VALIDATION_FAILED',
      bilingual(
        `Data tidak valid: ${field} harus UUID yang benar`,
        `Invalid input: ${field} must be a valid UUID`,
      ),
      [
        {
          field,
          message: bilingual(`${field} harus UUID yang benar`, `${field} must be a valid UUID`),
        },
      ],
    );
  }
}
