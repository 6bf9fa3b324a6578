import type { CaseCategory, CaseClassification, LaporImportRowError } from '@simpul/contracts';

/**
 * One LAPOR report, validated and in Simpul's terms. An optional field is `undefined` when the
 * source does not carry it at all (its column is missing), which leaves the Simpul value alone,
 * and `null` when the source says it is empty.
 */
export interface LaporReport {
  trackingId: string;
  title: string;
  content: string;
  /** YYYY-MM-DD */
  date: string;
  /** LAPOR's own text, kept for reference. */
  categoryText?: string | null;
  category?: CaseCategory;
  location?: string | null;
  anonymous: boolean;
  confidential: boolean;
  status?: string | null;
  classification?: CaseClassification;
  reporterName?: string | null;
  reporterContact?: string | null;
  reporterNik?: string | null;
}

/** A report read from a source, or why the source could not read it (with its row). */
export type LaporSourceEntry =
  | { row: number; report: LaporReport }
  | { row: number; trackingId?: string; errors: LaporImportRowError[] };

/**
 * Where LAPOR reports come from. Today an exported file ({@link LaporFileSource}); later a client
 * of the LAPOR API (documented only for accounts with a developer role). The importer depends on
 * this interface alone.
 */
export interface LaporSource {
  readonly format: 'csv' | 'json' | 'api';
  /** Source columns the importer does not know (for a file: header typos). */
  readonly ignoredColumns: readonly string[];
  fetchReports(): AsyncIterable<LaporSourceEntry>;
}
