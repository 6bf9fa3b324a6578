import { HttpStatus } from '@nestjs/common';
import type { ApiFieldError } from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { summarizeFieldErrors } from '../common/validation-messages';

/** Bad input of the leaders' view: 400 naming the field in Indonesian and English. */
export const invalidLeadersInput = (field: string, id: string, en: string) => {
  const fields: ApiFieldError[] = [{ field, message: bilingual(id, en) }];
  return new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    summarizeFieldErrors(fields),
    fields,
  );
};

export const unknownLeadersAgency = (field: string) =>
  new ApiException(
    HttpStatus.BAD_REQUEST,
    'UNKNOWN_AGENCY',
    bilingual(`${field} bukan instansi yang dikenal`, `${field} is not a known agency`),
    [
      {
        field,
        message: bilingual(
          `${field} bukan instansi yang dikenal`,
          `${field} is not a known agency`,
        ),
      },
    ],
  );

/** An agency the leader does not oversee: 403 naming the field (it may know the agency exists). */
export const outsideLeadersScope = (field: string) => {
  const message = bilingual(
    `${field}: instansi ini di luar cakupan pimpinan Anda (unit di bawah instansi Anda dan instansi yang Anda koordinasikan)`,
    `${field}: this agency is outside your scope as a leader (your agency's units and the agencies it coordinates)`,
  );
  return new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', message, [{ field, message }]);
};

export const notALeader = () =>
  new ApiException(
    HttpStatus.FORBIDDEN,
    'FORBIDDEN',
    bilingual(
      'Tampilan pimpinan hanya untuk pimpinan dan admin instansi, serta superadmin',
      "The leaders' view is for an agency's pimpinan and admin, and the superadmin",
    ),
  );
