import { HttpStatus } from '@nestjs/common';
import type { CaseEditableField, CaseFieldConflictDetails } from '@simpul/contracts';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';

/** The facts as the form names them, for messages. */
const FIELD_LABELS: Record<CaseEditableField, { id: string; en: string }> = {
  title: bilingual('judul', 'title'),
  description: bilingual('kronologi', 'description'),
  locationText: bilingual('lokasi', 'location'),
  category: bilingual('kategori', 'category'),
  classification: bilingual('klasifikasi', 'classification'),
  priority: bilingual('prioritas', 'priority'),
  incidentDate: bilingual('tanggal kejadian', 'incident date'),
};

/**
 * 409 FIELD_CONFLICT: fields the edit changes were changed by someone else after the form was
 * opened. Nothing was written; `details` carries each field's current value, who changed it and
 * when, the version to send next, and the case as it is now.
 */
export function fieldConflict(details: CaseFieldConflictDetails): ApiException {
  const labels = details.conflicts.map((conflict) => FIELD_LABELS[conflict.field]);
  return new ApiException(
    HttpStatus.CONFLICT,
    'FIELD_CONFLICT',
    bilingual(
      `Orang lain mengubah ${labels.map((l) => l.id).join(', ')} setelah Anda membuka formulir. Pilih nilai yang dipakai lalu simpan lagi.`,
      `Someone else changed the ${labels.map((l) => l.en).join(', ')} after you opened the form. Choose which value to keep and save again.`,
    ),
    details.conflicts.map((conflict) => {
      // No person: a LAPOR import run by the system.
      const who = conflict.changedBy.name ?? 'sistem';
      const whoEn = conflict.changedBy.name ?? 'the system';
      const agency = conflict.changedBy.agencyShortName
        ? ` (${conflict.changedBy.agencyShortName})`
        : '';
      return {
        field: conflict.field,
        message: bilingual(
          `${FIELD_LABELS[conflict.field].id} sudah diubah oleh ${who}${agency}`,
          `the ${FIELD_LABELS[conflict.field].en} was changed by ${whoEn}${agency}`,
        ),
      };
    }),
  ).withDetails({ ...details });
}

/** A base version the case has not reached yet: the client made it up. */
export function futureBaseVersion(version: number): ApiException {
  return new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual('Data tidak valid: baseVersion', 'Invalid input: baseVersion'),
    [
      {
        field: 'baseVersion',
        message: bilingual(
          `baseVersion tidak boleh lebih dari versi kasus sekarang (${version})`,
          `baseVersion cannot be above the case's current version (${version})`,
        ),
      },
    ],
  );
}
