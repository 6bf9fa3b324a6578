import { LAPOR_SYNCED_FIELDS, type LaporSyncedField } from '@simpul/contracts';
import type { LaporReport } from './lapor-source';

export type SyncValue = string | boolean | null;
export type SyncValues = Partial<Record<LaporSyncedField, SyncValue>>;

/** What the last import brought, per field, plus LAPOR's reference texts. */
export interface LaporSnapshot extends SyncValues {
  categoryText?: string | null;
  status?: string | null;
}

/** Reporter data: shown only as the access policy allows, never written into the timeline. */
export const PERSONAL_FIELDS: readonly LaporSyncedField[] = [
  'reporterName',
  'reporterContact',
  'reporterNik',
];
export const isPersonalField = (field: LaporSyncedField): boolean =>
  PERSONAL_FIELDS.includes(field);

/** Where each synced field lives in the database. */
export const FIELD_COLUMNS: Record<
  LaporSyncedField,
  { table: 'case' | 'case_report'; column: string; type: 'text' | 'date' | 'boolean' }
> = {
  title: { table: 'case', column: 'title', type: 'text' },
  description: { table: 'case', column: 'description', type: 'text' },
  incidentDate: { table: 'case', column: 'incident_date', type: 'date' },
  category: { table: 'case', column: 'category', type: 'text' },
  locationText: { table: 'case', column: 'location_text', type: 'text' },
  classification: { table: 'case', column: 'classification', type: 'text' },
  anonymous: { table: 'case_report', column: 'anonymous', type: 'boolean' },
  confidential: { table: 'case_report', column: 'confidential', type: 'boolean' },
  reporterName: { table: 'case_report', column: 'reporter_name', type: 'text' },
  reporterContact: { table: 'case_report', column: 'reporter_contact', type: 'text' },
  reporterNik: { table: 'case_report', column: 'reporter_nik', type: 'text' },
};

/** The Simpul values a LAPOR report carries; fields the source does not carry are absent. */
export function incomingValues(report: LaporReport): SyncValues {
  const values: SyncValues = {
    title: report.title,
    description: report.content,
    incidentDate: report.date,
    anonymous: report.anonymous,
    confidential: report.confidential,
  };
  if (report.category !== undefined) values.category = report.category;
  if (report.location !== undefined) values.locationText = report.location;
  if (report.classification !== undefined) values.classification = report.classification;
  if (report.reporterName !== undefined) values.reporterName = report.reporterName;
  if (report.reporterContact !== undefined) values.reporterContact = report.reporterContact;
  if (report.reporterNik !== undefined) values.reporterNik = report.reporterNik;
  return values;
}

/** Empty text and no value are the same thing. */
export const sameValue = (a: SyncValue | undefined, b: SyncValue | undefined): boolean =>
  (a === '' ? null : (a ?? null)) === (b === '' ? null : (b ?? null));

const isEmpty = (value: SyncValue | undefined) =>
  value === null || value === undefined || value === '';

export interface SyncConflict {
  field: LaporSyncedField;
  simpulValue: SyncValue;
  laporValue: SyncValue;
}

export interface SyncPlan {
  /** Fields nobody edited in Simpul since the last import: they take the LAPOR value. */
  apply: SyncValues;
  /** Fields edited in Simpul that LAPOR changed too: recorded, the Simpul value stays. */
  conflicts: SyncConflict[];
  /** The snapshot to store: every field as LAPOR now has it. */
  snapshot: LaporSnapshot;
}

export interface SyncInput {
  current: SyncValues;
  /** `null`: the report was never imported (linked by hand, e.g. typed in with its Tracking ID). */
  snapshot: LaporSnapshot | null;
  incoming: SyncValues;
  /** Open conflicts per field with the LAPOR value they hold: the same value is not new. */
  openConflicts: ReadonlyMap<LaporSyncedField, SyncValue>;
  /** Fields never to touch (reporter data erased under the retention rule). */
  skip: ReadonlySet<LaporSyncedField>;
}

/**
 * The three-way merge of one report: the value LAPOR had at the last import, the value Simpul has
 * now, the value LAPOR has now. LAPOR unchanged: nothing to do. LAPOR changed and Simpul still has
 * the last imported value: take LAPOR's. Both changed (differently): a conflict. A report that was
 * never imported takes LAPOR values only where Simpul has none.
 */
export function planSync(input: SyncInput): SyncPlan {
  const apply: SyncValues = {};
  const conflicts: SyncConflict[] = [];
  const snapshot: LaporSnapshot = { ...(input.snapshot ?? {}) };
  for (const field of LAPOR_SYNCED_FIELDS) {
    if (!(field in input.incoming) || input.skip.has(field)) continue;
    const incoming = input.incoming[field] ?? null;
    const current = input.current[field] ?? null;
    const last = input.snapshot && field in input.snapshot ? input.snapshot[field] : undefined;
    snapshot[field] = incoming;
    if (last !== undefined && sameValue(incoming, last)) continue;
    if (sameValue(current, incoming)) continue;
    const untouched = last === undefined ? isEmpty(current) : sameValue(current, last);
    if (untouched) {
      apply[field] = incoming;
      continue;
    }
    const open = input.openConflicts.get(field);
    if (input.openConflicts.has(field) && sameValue(open, incoming)) continue;
    conflicts.push({ field, simpulValue: current, laporValue: incoming });
  }
  return { apply, conflicts, snapshot };
}

export function snapshotChanged(before: LaporSnapshot | null, after: LaporSnapshot): boolean {
  if (!before) return true;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].some(
    (key) => before[key as keyof LaporSnapshot] !== after[key as keyof LaporSnapshot],
  );
}
