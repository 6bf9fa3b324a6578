import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  LAPOR_CONFLICT_RESOLUTIONS,
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
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import { applyFieldValues } from './lapor-case-writes';
import {
  conflictCase,
  currentCaseValues,
  currentReportValues,
  loadConflicts,
  lockConflict,
  lockConflictCase,
  resolveConflict,
  type ILoadConflictsResult,
} from './lapor-conflicts.queries';
import { syncedField, syncValueOf } from './lapor-json';
import { isPersonalField, type SyncValue } from './lapor-sync';

const CONFLICT = bilingual('Konflik LAPOR', 'LAPOR conflict');

/** A conflict as LoadConflicts reads it, its field, values and resolution narrowed. */
interface ConflictRow extends Omit<
  ILoadConflictsResult,
  'field' | 'simpul_value' | 'lapor_value' | 'resolution'
> {
  field: LaporSyncedField;
  simpul_value: SyncValue;
  lapor_value: SyncValue;
  resolution: LaporConflictResolution | null;
}

function toConflictRow(row: ILoadConflictsResult): ConflictRow {
  return {
    ...row,
    field: syncedField(row.field),
    simpul_value: syncValueOf(row.simpul_value, 'lapor_conflict.simpul_value'),
    lapor_value: syncValueOf(row.lapor_value, 'lapor_conflict.lapor_value'),
    resolution:
      row.resolution === null
        ? null
        : checkedText(LAPOR_CONFLICT_RESOLUTIONS, row.resolution, 'lapor_conflict.resolution'),
  };
}

/** One conflict, or (caseId) the open conflicts of a case, oldest first, in the order of the case form. */
async function readConflicts(
  manager: EntityManager,
  by: { conflictId: string } | { caseId: string },
): Promise<ConflictRow[]> {
  const rows = await runQuery(manager, loadConflicts, {
    conflictId: 'conflictId' in by ? by.conflictId : null,
    caseId: 'caseId' in by ? by.caseId : null,
    fields: [...LAPOR_SYNCED_FIELDS],
  });
  return rows.map(toConflictRow);
}

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
      const rows = await readConflicts(manager, { caseId });
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
      await runQuery(manager, lockConflict, { conflictId });
      const [row] = await readConflicts(manager, { conflictId });
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
      const [resolved] = await readConflicts(manager, { conflictId });
      return toView(resolved, access);
    });
  }

  /** The field's value in Simpul right now (it may have changed since the conflict arose). */
  private async currentValue(manager: EntityManager, row: ConflictRow): Promise<SyncValue> {
    switch (row.field) {
      case 'title':
      case 'description':
      case 'incidentDate':
      case 'category':
      case 'locationText':
      case 'classification': {
        const [current] = await runQuery(manager, currentCaseValues, { caseId: row.case_id });
        if (!current) return null;
        return {
          title: current.title,
          description: current.description,
          incidentDate: current.incident_date,
          category: current.category,
          locationText: current.location_text,
          classification: current.classification,
        }[row.field];
      }
      case 'anonymous':
      case 'confidential':
      case 'reporterName':
      case 'reporterContact':
      case 'reporterNik': {
        const [current] = await runQuery(manager, currentReportValues, {
          reportId: row.report_id,
        });
        if (!current) return null;
        return {
          anonymous: current.anonymous,
          confidential: current.confidential,
          reporterName: current.reporter_name,
          reporterContact: current.reporter_contact,
          reporterNik: current.reporter_nik,
        }[row.field];
      }
    }
  }
}
