import { HttpStatus } from '@nestjs/common';
import type { ApiErrorCode } from '@simpul/contracts';
import { ApiException } from '../../common/api-exception';
import { bilingual, type Bilingual } from '../../common/bilingual';

/** A refusal of a co-ownership step, naming the request's field in both languages. */
export function refusal(
  status: HttpStatus,
  code: ApiErrorCode,
  message: Bilingual,
  field: string,
  fieldMessage: Bilingual,
): ApiException {
  return new ApiException(status, code, message, [{ field, message: fieldMessage }]);
}

export const notInvited = (): ApiException =>
  refusal(
    HttpStatus.CONFLICT,
    'NOT_INVITED',
    bilingual(
      'Instansi Anda tidak punya undangan kolaborasi terbuka untuk kasus ini.',
      'Your agency has no open collaboration invitation for this case.',
    ),
    'invitation',
    bilingual('tidak ada undangan yang menunggu jawaban', 'no invitation awaits an answer'),
  );

export const notACollaborator = (): ApiException =>
  refusal(
    HttpStatus.FORBIDDEN,
    'NOT_A_COLLABORATOR',
    bilingual(
      'Hanya kolaborator aktif yang mengubah status tugasnya; terima undangan lebih dulu.',
      'Only an active collaborator changes its task; accept the invitation first.',
    ),
    'status',
    bilingual('instansi Anda bukan kolaborator aktif', 'your agency is not an active collaborator'),
  );

export const openTasks = (count: number): ApiException =>
  refusal(
    HttpStatus.CONFLICT,
    'OPEN_TASKS',
    bilingual(
      `Masih ada ${count} tugas wajib kolaborator yang belum selesai. Selesaikan tugasnya, akhiri kolaboratornya, atau isi alasan untuk tetap menyelesaikan kasus.`,
      `${count} required collaborator task(s) are still open. Finish them, end the collaborator, or give a reason to resolve anyway.`,
    ),
    'overrideOpenTasks',
    bilingual(
      'isi alasan untuk menyelesaikan kasus meski tugas wajib belum selesai',
      'give a reason to resolve although required tasks are open',
    ),
  );
