import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';

/**
 * Refusals. A resource the actor may not read is "not found" (never revealing that it exists in
 * another agency); one the actor reads but may not change is "forbidden".
 */
export const notFound = (what = bilingual('Data', 'Resource')) =>
  new ApiException(
    HttpStatus.NOT_FOUND,
    'NOT_FOUND',
    bilingual(
      `${what.id} tidak ditemukan atau Anda tidak berwenang melihatnya`,
      `${what.en} not found or not visible to you`,
    ),
  );

export const forbidden = (
  reason = bilingual('Anda tidak berwenang melakukan ini', 'You are not allowed to do this'),
) => new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', reason);
