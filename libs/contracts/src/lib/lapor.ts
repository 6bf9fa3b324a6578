import type { CaseClassification } from './case';

/**
 * SP4N-LAPOR! import (docs/lapor-import.md): a file exported from LAPOR links its reports to
 * Simpul cases by Tracking ID, until a LAPOR API client can replace the file.
 */

/** Largest accepted import file. */
export const LAPOR_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Columns (CSV) or keys (JSON) of the import format, in the documented order. */
export const LAPOR_IMPORT_COLUMNS = [
  'trackingId',
  'title',
  'content',
  'date',
  'category',
  'location',
  'anonymous',
  'confidential',
  'status',
  'classification',
  'reporterName',
  'reporterContact',
  'reporterNik',
] as const;
export type LaporImportColumn = (typeof LAPOR_IMPORT_COLUMNS)[number];

/** Columns every file must have (a missing privacy flag must never default to "public"). */
export const LAPOR_REQUIRED_COLUMNS = [
  'trackingId',
  'title',
  'content',
  'date',
  'anonymous',
  'confidential',
] as const satisfies readonly LaporImportColumn[];

/** A LAPOR yes/no as officers type it: `true`/`false`, `1`/`0`, `ya`/`tidak`. */
export type LaporFlag = boolean | 0 | 1 | string;

/** One report of a JSON import file (a CSV row has the same columns, as text). */
export interface LaporImportRecord {
  /** 4–12 digits, e.g. `1916449`. */
  trackingId: string | number;
  title: string;
  /** The chronology (isi laporan). */
  content: string;
  /** Incident or submission date, YYYY-MM-DD. */
  date: string;
  /** LAPOR's category text, mapped to a Simpul category; unknown: `lainnya`. */
  category?: string | null;
  location?: string | null;
  /** Anonim: the reporter's identity is hidden from agencies and the public. */
  anonymous: LaporFlag;
  /** Rahasia: the content is not public. */
  confidential: LaporFlag;
  /** LAPOR's status text, kept for reference. */
  status?: string | null;
  /** Default `pengaduan`. */
  classification?: CaseClassification | null;
  reporterName?: string | null;
  reporterContact?: string | null;
  /** 16 digits. */
  reporterNik?: string | null;
}

/**
 * Simpul fields an import keeps in step with LAPOR. A field edited in Simpul since the last
 * import is never overwritten: the incoming value becomes a conflict for an officer to resolve.
 */
export const LAPOR_SYNCED_FIELDS = [
  'title',
  'description',
  'incidentDate',
  'category',
  'locationText',
  'classification',
  'anonymous',
  'confidential',
  'reporterName',
  'reporterContact',
  'reporterNik',
] as const;
export type LaporSyncedField = (typeof LAPOR_SYNCED_FIELDS)[number];

export interface LaporImportRowError {
  /** CSV: the spreadsheet row (the header is row 1). JSON: the position in the list, from 1. */
  row: number;
  /** The offending column, `file`, or `row` for the row as a whole. */
  field: string;
  message: { id: string; en: string };
  trackingId?: string;
}

export const LAPOR_ROW_OUTCOMES = ['created', 'updated', 'unchanged', 'conflict', 'error'] as const;
export type LaporRowOutcome = (typeof LAPOR_ROW_OUTCOMES)[number];

export interface LaporImportRowResult {
  row: number;
  trackingId: string | null;
  /** `conflict`: nothing applied, but a field edited in Simpul differs from LAPOR. */
  outcome: LaporRowOutcome;
  /** Only for cases the acting agency may read. */
  caseId?: string;
  caseNumber?: string;
  /** Simpul fields that took the LAPOR value. */
  updatedFields?: LaporSyncedField[];
  /** Simpul fields with a newly recorded conflict. */
  conflictFields?: LaporSyncedField[];
}

export interface LaporImportResult {
  /** Nothing was written: the numbers say what an import would do. */
  dryRun: boolean;
  format: 'csv' | 'json' | 'api';
  /** Report rows read (blank lines are not counted). */
  rows: number;
  /** Rows that created a case. */
  created: number;
  /** Rows that changed at least one field of an existing case. */
  updated: number;
  /** Rows that changed nothing and recorded no new conflict. */
  unchanged: number;
  /** Conflicts newly recorded (one per field). */
  conflicts: number;
  errors: LaporImportRowError[];
  /** Columns the import does not know, ignored (a typo in a header shows up here). */
  ignoredColumns: string[];
  results: LaporImportRowResult[];
}

export const LAPOR_CONFLICT_RESOLUTIONS = ['keep_simpul', 'take_lapor'] as const;
export type LaporConflictResolution = (typeof LAPOR_CONFLICT_RESOLUTIONS)[number];

/** Values are `null` and `hidden` is true when the viewer may not see the reporter's data. */
export interface LaporConflict {
  id: string;
  caseId: string;
  reportId: string;
  trackingId: string | null;
  field: LaporSyncedField;
  simpulValue: string | boolean | null;
  laporValue: string | boolean | null;
  hidden: boolean;
  detectedAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  resolution: LaporConflictResolution | null;
}

export interface ResolveLaporConflictRequest {
  resolution: LaporConflictResolution;
}

/** The latest follow-up of a case, written for pasting into LAPOR's follow-up box. */
export interface LaporFollowUp {
  caseId: string;
  caseNumber: string;
  trackingId: string | null;
  /** `https://www.lapor.go.id/pengaduan/<trackingId>` when the case has a Tracking ID. */
  laporUrl: string | null;
  /** Timeline sequence of the follow-up; send it back when recording the post. */
  followUpSeq: number;
  followedUpAt: string;
  note: string;
  /** The text to paste. */
  text: string;
  /** When and by whom this follow-up was recorded as posted to LAPOR. */
  postedAt: string | null;
  postedByName: string | null;
}

export interface LaporFollowUpPostedRequest {
  followUpSeq: number;
}
