import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';

/** 409: the case changed since the user read it; `current` is the case as it is now. */
export function staleVersion(current: { version: number }): ApiException {
  return new ApiException(
    HttpStatus.CONFLICT,
    'STALE_VERSION',
    bilingual(
      'Kasus telah diubah orang lain sejak Anda membukanya. Periksa perubahan terbaru lalu simpan lagi.',
      'Someone else changed the case since you opened it. Review the latest version and save again.',
    ),
    [
      {
        field: 'version',
        message: bilingual(
          `versi terbaru adalah ${current.version}`,
          `the latest version is ${current.version}`,
        ),
      },
    ],
  ).withDetails({ current });
}

/** Tracking IDs are unique across all agencies; the constraint sees past row-level security. */
export function duplicateTrackingIdOr(error: unknown): unknown {
  if ((error as { constraint?: string }).constraint !== 'uq_case_report_tracking') return error;
  return new ApiException(
    HttpStatus.CONFLICT,
    'DUPLICATE_TRACKING_ID',
    bilingual('Tracking ID LAPOR sudah tercatat', 'The LAPOR Tracking ID is already recorded'),
    [
      {
        field: 'trackingId',
        message: bilingual(
          'trackingId sudah dipakai laporan lain',
          'trackingId is already used by another report',
        ),
      },
    ],
  );
}
