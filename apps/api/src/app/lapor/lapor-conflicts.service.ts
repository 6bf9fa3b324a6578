import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  LAPOR_SYNCED_FIELDS,
  type LaporConflict,
  type LaporConflictResolution,
  type LaporSyncedField,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { CaseClocks } from '../case-kernel/case-clocks';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { runQuery } from '../database/typed-query';
import { applyFieldValues } from './lapor-case-writes';
import { conflictCase, lockConflictCase, resolveConflict } from './lapor-conflicts.queries';
import { FIELD_COLUMNS, isPersonalField, type SyncValue } from './lapor-sync';

const CONFLICT = bilingual('Konflik LAPOR', 'LAPOR conflict');

interface ConflictRow {
  id: string;
  case_id: string;
  report_id: string;
  tracking_id: string | null;
  anonymous: boolean;
  intake_agency_id: string;
  personal_data_purged_at: Date | null;
  field: LaporSyncedField;
  simpul_value: SyncValue;
  lapor_value: SyncValue;
  detected_at: Date;
  resolved_at: Date | null;
  resolved_by_name: string | null;
  resolution: LaporConflictResolution | null;
}

const CONFLICT_SELECT = `SELECT k.id, k.case_id, k.report_id, r.tracking_id, r.anonymous, r.intake_agency_id, r.personal_data_purged_at,
    k.field, k.simpul_value, k.lapor_value, k.detected_at, k.resolved_at, u.name AS resolved_by_name, k.resolution
  FROM lapor_conflict k
  JOIN case_report r ON r.id = k.report_id
  LEFT JOIN app_user u ON u.id = k.resolved_by`;

/** Reporter data in a conflict passes the same policy as on the case page. */
function mayRead(access: CaseAccessContext, row: ConflictRow): boolean {
  if (row.field === 'reporterNik')
    return casePolicy.readNik(access, {
      anonymous: row.anonymous,
      intakeAgencyId: row.intake_agency_id,
    });
  if (isPersonalField(row.field)) return casePolicy.readReporterContact(access, row);
  return true;
}

function toView(row: ConflictRow, access: CaseAccessContext): LaporConflict {
  const visible = mayRead(access, row);
  return {
    id: row.id,
    caseId: row.case_id,
    reportId: row.report_id,
    trackingId: row.tracking_id,
    field: row.field,
    simpulValue: visible ? row.simpul_value : null,
    laporValue: visible ? row.lapor_value : null,
    hidden: !visible,
    detectedAt: row.detected_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedByName: row.resolved_by_name,
    resolution: row.resolution,
  };
}

/** Conflicts between Simpul edits and LAPOR changes, and their resolution by an officer. */
@Injectable()
export class LaporConflictsService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
  ) {}

  /** The open conflicts of a case, oldest first, in the order of the case form. */
  listOpen(actor: Actor, caseId: string): Promise<LaporConflict[]> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const rows: ConflictRow[] = await manager.query(
        `${CONFLICT_SELECT} WHERE k.case_id = $1 AND k.resolved_at IS NULL
         ORDER BY k.detected_at, array_position($2::text[], k.field::text)`,
        [caseId, LAPOR_SYNCED_FIELDS],
      );
      return rows.map((row) => toView(row, access));
    });
  }

  /**
   * `keep_simpul` closes the conflict; `take_lapor` also writes the LAPOR value into the case
   * (a new version). Either way the timeline says who decided what.
   */
  resolve(
    actor: Actor,
    conflictId: string,
    resolution: LaporConflictResolution,
  ): Promise<LaporConflict> {
    const caseOf = async (manager: EntityManager) => {
      const [row] = await runQuery(manager, conflictCase, { conflictId });
      return row?.case_id ?? null;
    };
    return this.unitOfWork.run(actor, caseOf, 'update', async (manager, access, caseId) => {
      // The case row first, as every case change locks it: concurrent resolutions queue here.
      await runQuery(manager, lockConflictCase, { caseId });
      const [row]: ConflictRow[] = await manager.query(
        `${CONFLICT_SELECT} WHERE k.id = $1 FOR UPDATE OF k`,
        [conflictId],
      );
      if (!row) throw notFound(CONFLICT);
      if (row.resolved_at) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'CONFLICT_ALREADY_RESOLVED',
          bilingual(
            'Konflik ini sudah diselesaikan sebelumnya',
            'This conflict has already been resolved',
          ),
        ).withDetails({ current: toView(row, access) });
      }
      if (!mayRead(access, row)) {
        throw forbidden(
          bilingual(
            'Konflik data pelapor hanya dapat diselesaikan oleh yang boleh melihat data tersebut.',
            'A conflict on reporter data can only be resolved by someone allowed to see that data.',
          ),
        );
      }
      const personal = isPersonalField(row.field);
      if (resolution === 'take_lapor' && personal && row.personal_data_purged_at) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'PERSONAL_DATA_PURGED',
          bilingual(
            'Data pelapor sudah dihapus sesuai masa retensi dan tidak dapat diisi kembali',
            'The reporter data was erased under the retention rule and cannot be restored',
          ),
        );
      }
      let simpulValue: SyncValue = row.simpul_value;
      if (resolution === 'take_lapor') {
        simpulValue = await this.currentValue(manager, row);
        await applyFieldValues(manager, row, { [row.field]: row.lapor_value });
        if (row.field === 'locationText' && row.lapor_value && !simpulValue) {
          await this.clocks.onLocationKnown(
            manager,
            await this.clocks.clockedCase(manager, caseId),
          );
        }
      }
      await runQuery(manager, resolveConflict, {
        conflictId,
        resolvedBy: actor.userId,
        resolution,
      });
      await this.eventLog.append(
        manager,
        caseId,
        actor,
        'case.lapor_conflict_resolved',
        { field: row.field, ...(personal ? {} : { simpulValue }) },
        {
          conflictId,
          field: row.field,
          resolution,
          ...(personal ? {} : { laporValue: row.lapor_value }),
        },
      );
      const [resolved]: ConflictRow[] = await manager.query(`${CONFLICT_SELECT} WHERE k.id = $1`, [
        conflictId,
      ]);
      return toView(resolved, access);
    });
  }

  /** The field's value in Simpul right now (it may have changed since the conflict arose). */
  private async currentValue(manager: EntityManager, row: ConflictRow): Promise<SyncValue> {
    const { table, column, type } = FIELD_COLUMNS[row.field];
    const expression = type === 'date' ? `to_char("${column}", 'YYYY-MM-DD')` : `"${column}"`;
    const id = table === 'case' ? row.case_id : row.report_id;
    const [current]: { value: SyncValue }[] = await manager.query(
      `SELECT ${expression} AS value FROM "${table}" WHERE id = $1`,
      [id],
    );
    return current?.value ?? null;
  }
}
