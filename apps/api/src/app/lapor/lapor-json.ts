import { LAPOR_SYNCED_FIELDS, type LaporSyncedField } from '@simpul/contracts';
import { checkedText } from '../database/checked-text';
import type { LaporSnapshot, SyncValue } from './lapor-sync';

/**
 * The LAPOR import's jsonb columns (`lapor_conflict.simpul_value`/`lapor_value`,
 * `case_report.lapor_snapshot`), which pgtyped types as `Json`: only Simpul writes them, from
 * `SyncValue`s, and they are checked as they are read instead of cast.
 */

/** A synced field's value: text, a yes/no, or nothing. */
export function syncValueOf(value: unknown, column: string): SyncValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  throw new Error(`${column} holds a value that is not a LAPOR field value`);
}

/** A synced field's name (lapor_conflict.field, under a CHECK). */
export const syncedField = (value: string): LaporSyncedField =>
  checkedText(LAPOR_SYNCED_FIELDS, value, 'lapor_conflict.field');

const SNAPSHOT_KEYS: readonly (keyof LaporSnapshot)[] = [
  ...LAPOR_SYNCED_FIELDS,
  'categoryText',
  'status',
];

/** The report as LAPOR last sent it (null before the first import wrote one). */
export function laporSnapshotOf(value: unknown): LaporSnapshot | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('case_report.lapor_snapshot is not an object');
  }
  const entries = new Map<string, unknown>(Object.entries(value));
  const snapshot: LaporSnapshot = {};
  for (const key of SNAPSHOT_KEYS) {
    if (!entries.has(key)) continue;
    const entry = syncValueOf(entries.get(key), `case_report.lapor_snapshot.${key}`);
    if (key === 'categoryText' || key === 'status') {
      if (typeof entry === 'boolean') {
        throw new Error(`case_report.lapor_snapshot.${key} is not text`);
      }
      snapshot[key] = entry;
    } else {
      snapshot[key] = entry;
    }
  }
  return snapshot;
}
