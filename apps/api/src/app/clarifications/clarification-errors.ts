import { HttpStatus } from '@nestjs/common';
import {
  CLARIFICATION_MAX_UPDATE_BYTES,
  type ApiErrorBody,
  type SocketError,
} from '@simpul/contracts';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';

export const clarificationErrors = {
  malformed: () =>
    new ApiException(
      HttpStatus.BAD_REQUEST,
      'CLARIFICATION_UPDATE_MALFORMED',
      bilingual(
        'update: bukan pembaruan Yjs yang sah; tidak disimpan',
        'update: not a valid Yjs update; nothing stored',
      ),
      [{ field: 'update', message: bilingual('Pembaruan Yjs rusak', 'Malformed Yjs update') }],
    ),
  tooLarge: () =>
    new ApiException(
      HttpStatus.PAYLOAD_TOO_LARGE,
      'CLARIFICATION_UPDATE_TOO_LARGE',
      bilingual(
        `update: paling banyak ${CLARIFICATION_MAX_UPDATE_BYTES / 1024} KB per pesan; tidak disimpan`,
        `update: at most ${CLARIFICATION_MAX_UPDATE_BYTES / 1024} KB per message; nothing stored`,
      ),
      [{ field: 'update', message: bilingual('Pembaruan terlalu besar', 'Update too large') }],
    ),
  notJoined: () =>
    new ApiException(
      HttpStatus.CONFLICT,
      'CLARIFICATION_NOT_JOINED',
      bilingual(
        'draftId: buka draf ini dulu (clarification:join) sebelum mengirim perubahan',
        'draftId: join this draft first (clarification:join) before sending changes',
      ),
      [{ field: 'draftId', message: bilingual('Draf belum dibuka', 'Draft not joined') }],
    ),
  locked: () =>
    new ApiException(
      HttpStatus.CONFLICT,
      'CLARIFICATION_LOCKED',
      bilingual(
        'Klarifikasi sudah terbit; teksnya tidak diubah lagi di sini',
        'The clarification is published; its text is no longer edited here',
      ),
    ),
  approvalRefused: (id: string, en: string, field = 'contentHash') =>
    new ApiException(HttpStatus.CONFLICT, 'CLARIFICATION_APPROVAL_REFUSED', bilingual(id, en), [
      { field, message: bilingual(id, en) },
    ]),
};

/** An ApiException as a socket ack. */
export function asSocketError(error: ApiException): SocketError {
  const body = error.getResponse() as ApiErrorBody;
  return { error: { code: body.code, message: body.message, field: body.fields?.[0]?.field } };
}
