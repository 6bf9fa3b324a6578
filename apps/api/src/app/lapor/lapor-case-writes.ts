import type { EntityManager } from 'typeorm';
import type { LaporSyncedField } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import type { CaseEventLog } from '../case-kernel/case-event-log';
import { runQuery } from '../database/typed-query';
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
import { insertConflict, refreshConflict, setReportFields } from './lapor-case-writes.queries';

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
      await runQuery(manager, refreshConflict, {
        conflictId: existing.id,
        simpulValue,
        laporValue,
      });
      id = existing.id;
    } else {
      [{ id }] = await runQuery(manager, insertConflict, {
        caseId: target.case_id,
        reportId: target.report_id,
        field: conflict.field,
        simpulValue,
        laporValue,
      });
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
 * Sets synced fields to the given values and bumps the case version once: the case's columns
 * through the kernel (names from {@link FIELD_COLUMNS}, never from input), the report's with one
 * typed statement that writes only the fields given.
 */
export async function applyFieldValues(
  manager: EntityManager,
  target: { case_id: string; report_id: string },
  values: SyncValues,
): Promise<void> {
  const caseFields = (Object.keys(values) as LaporSyncedField[])
    .filter((field) => FIELD_COLUMNS[field].table === 'case')
    .map((field) => ({ ...FIELD_COLUMNS[field], value: values[field] ?? null }));
  await caseRepository.touch(
    manager,
    target.case_id,
    caseFields.map(
      (entry, index) =>
        `"${entry.column}" = $${index + 2}${entry.type === 'date' ? '::date' : entry.type === 'boolean' ? '::boolean' : ''}`,
    ),
    caseFields.map((entry) => entry.value),
  );
  const flag = (value: SyncValue | undefined): boolean | null =>
    typeof value === 'boolean' ? value : value == null ? null : reportValueError();
  const text = (value: SyncValue | undefined): string | null =>
    typeof value === 'string' ? value : value == null ? null : reportValueError();
  const has = (field: LaporSyncedField) => Object.prototype.hasOwnProperty.call(values, field);
  const report = {
    setAnonymous: has('anonymous'),
    setConfidential: has('confidential'),
    setReporterName: has('reporterName'),
    setReporterContact: has('reporterContact'),
    setReporterNik: has('reporterNik'),
  };
  if (!Object.values(report).some(Boolean)) return;
  await runQuery(manager, setReportFields, {
    reportId: target.report_id,
    ...report,
    anonymous: flag(values.anonymous),
    confidential: flag(values.confidential),
    reporterName: text(values.reporterName),
    reporterContact: text(values.reporterContact),
    reporterNik: text(values.reporterNik),
  });
}

function reportValueError(): never {
  throw new Error('a LAPOR report field holds a value of the wrong kind');
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
