import type { EntityManager } from 'typeorm';
import type { LaporSyncedField } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import type { CaseEventLog } from '../case-kernel/case-event-log';
import { queryRows } from '../database/query-rows';
import { deriveCaseLocation } from '../location/derive-case-location';
import type { PlacesService } from '../location/places.service';
import {
  FIELD_COLUMNS,
  isPersonalField,
  type SyncConflict,
  type SyncValue,
  type SyncValues,
} from './lapor-sync';
import { caseRepository } from '../case-kernel/case-repository';

/** The values a timeline may show: reporter data is named, never written out. */
export function timelineValues(values: SyncValues): Record<string, SyncValue> {
  return Object.fromEntries(
    Object.entries(values).filter(([field]) => !isPersonalField(field as LaporSyncedField)),
  );
}

export const jsonbParameter = (value: SyncValue): string | null =>
  value === null ? null : JSON.stringify(value);

/**
 * Records conflicts between a Simpul edit and a LAPOR change, one per field, each with a timeline
 * event. A field with an open conflict keeps one row: the newer LAPOR value replaces the older.
 */
export async function storeConflicts(
  manager: EntityManager,
  eventLog: CaseEventLog,
  actor: Pick<Actor, 'userId' | 'agencyId'>,
  target: { case_id: string; report_id: string },
  conflicts: readonly SyncConflict[],
  open: readonly { id: string; field: LaporSyncedField }[],
): Promise<void> {
  for (const conflict of conflicts) {
    const existing = open.find((candidate) => candidate.field === conflict.field);
    const simpulValue = jsonbParameter(conflict.simpulValue);
    const laporValue = jsonbParameter(conflict.laporValue);
    let id: string;
    if (existing) {
      await manager.query(
        `UPDATE lapor_conflict SET simpul_value = $2, lapor_value = $3, detected_at = now() WHERE id = $1`,
        [existing.id, simpulValue, laporValue],
      );
      id = existing.id;
    } else {
      [{ id }] = await manager.query(
        `INSERT INTO lapor_conflict (case_id, report_id, field, simpul_value, lapor_value)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [target.case_id, target.report_id, conflict.field, simpulValue, laporValue],
      );
    }
    const personal = isPersonalField(conflict.field);
    await eventLog.append(
      manager,
      target.case_id,
      actor,
      'case.lapor_conflict',
      { field: conflict.field, ...(personal ? {} : { simpulValue: conflict.simpulValue }) },
      {
        conflictId: id,
        field: conflict.field,
        ...(personal ? {} : { laporValue: conflict.laporValue }),
      },
    );
  }
}

/**
 * Sets synced fields to the given values and bumps the case version once. Column names come from
 * {@link FIELD_COLUMNS}, never from input.
 */
export async function applyFieldValues(
  manager: EntityManager,
  target: { case_id: string; report_id: string },
  values: SyncValues,
): Promise<void> {
  const assignments = (table: 'case' | 'case_report') => {
    const entries = (Object.keys(values) as LaporSyncedField[])
      .filter((field) => FIELD_COLUMNS[field].table === table)
      .map((field) => ({ ...FIELD_COLUMNS[field], value: values[field] ?? null }));
    return {
      sql: entries.map(
        (entry, index) =>
          `"${entry.column}" = $${index + 2}${entry.type === 'date' ? '::date' : entry.type === 'boolean' ? '::boolean' : ''}`,
      ),
      parameters: entries.map((entry) => entry.value),
    };
  };
  const kase = assignments('case');
  await caseRepository.touch(manager, target.case_id, kase.sql, kase.parameters);
  const report = assignments('case_report');
  if (report.sql.length > 0) {
    await queryRows(manager, `UPDATE case_report SET ${report.sql.join(', ')} WHERE id = $1`, [
      target.report_id,
      ...report.parameters,
    ]);
  }
}

/** The location of a new imported case, derived as for manual intake. */
export function deriveImportedLocation(
  manager: EntityManager,
  places: PlacesService,
  caseId: string,
  report: { location?: string | null; title: string; content: string },
): Promise<void> {
  return deriveCaseLocation(manager, places, caseId, {
    texts: [report.location, report.title, report.content],
    textSource: 'lapor',
    hasLocationText: Boolean(report.location),
  });
}
