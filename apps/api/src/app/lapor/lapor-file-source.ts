import {
  LAPOR_REQUIRED_COLUMNS,
  type LaporImportColumn,
  type LaporImportRowError,
} from '@simpul/contracts';
import { bilingual, type Bilingual } from '../common/bilingual';
import { CsvSyntaxError, detectSeparator, parseCsv } from '../common/csv';
import { columnOf, jakartaToday, readLaporRow, type RawRow } from './lapor-row';
import type { LaporSource, LaporSourceEntry } from './lapor-source';

/** The file as a whole cannot be read (empty, not UTF-8, not CSV/JSON, missing columns). */
export class LaporFileFormatError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

export interface LaporUpload {
  buffer: Buffer;
  originalname?: string;
  mimetype?: string;
}

interface PreparedRow {
  row: number;
  raw: RawRow;
  errors: LaporImportRowError[];
}

const fileError = (id: string, en: string) => new LaporFileFormatError(bilingual(id, en));

function decodeUtf8(buffer: Buffer): string {
  const zip = buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const ole = buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (zip || ole) {
    throw fileError(
      'file berupa lembar kerja Excel; simpan sebagai "CSV UTF-8" lalu unggah lagi',
      'file is an Excel workbook; save it as "CSV UTF-8" and upload again',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw fileError(
      'file harus berenkode UTF-8 (di Excel: simpan sebagai "CSV UTF-8")',
      'file must be UTF-8 encoded (in Excel: save as "CSV UTF-8")',
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function detectFormat(upload: LaporUpload, text: string): 'csv' | 'json' {
  const name = (upload.originalname ?? '').toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if ((upload.mimetype ?? '').includes('json')) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Maps keys to import columns; unknown keys are collected, a column named twice is an error. */
function mapColumns(keys: string[]): {
  columns: (LaporImportColumn | null)[];
  unknown: string[];
  duplicate: LaporImportColumn | null;
} {
  const seen = new Set<LaporImportColumn>();
  const unknown: string[] = [];
  let duplicate: LaporImportColumn | null = null;
  const columns = keys.map((key) => {
    const column = columnOf(key);
    if (!column) {
      if (key.trim() !== '') unknown.push(key.trim());
      return null;
    }
    if (seen.has(column)) duplicate ??= column;
    seen.add(column);
    return column;
  });
  return { columns, unknown, duplicate };
}

function prepareCsv(text: string): { rows: PreparedRow[]; ignoredColumns: string[] } {
  const { separator, hintLength } = detectSeparator(text);
  let records;
  try {
    records = parseCsv(text.slice(hintLength), separator);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw fileError(
      `file CSV rusak: tanda kutip yang dibuka pada baris ${error.line} tidak ditutup`,
      `file is not valid CSV: the quote opened on line ${error.line} is never closed`,
    );
  }
  const [header, ...data] = records;
  const { columns, unknown, duplicate } = mapColumns(header?.fields ?? []);
  if (duplicate) {
    throw fileError(
      `kolom ${duplicate} muncul lebih dari sekali pada baris judul`,
      `column ${duplicate} appears more than once in the header`,
    );
  }
  const missing = LAPOR_REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw fileError(
      `baris judul CSV tidak memuat kolom wajib: ${missing.join(', ')} (pemisah terbaca: "${separator}")`,
      `the CSV header lacks required columns: ${missing.join(', ')} (separator read: "${separator}")`,
    );
  }
  const rows: PreparedRow[] = [];
  data.forEach((record, index) => {
    // The header is row 1, as in a spreadsheet.
    const row = index + 2;
    if (record.fields.every((field) => field.trim() === '')) return;
    const extra = record.fields.slice(columns.length);
    if (record.fields.length < columns.length || extra.some((field) => field.trim() !== '')) {
      rows.push({
        row,
        raw: {},
        errors: [
          {
            row,
            field: 'row',
            message: bilingual(
              `baris berisi ${record.fields.length} kolom, baris judul ${columns.length} kolom (periksa tanda kutip di sekitar teks yang memuat "${separator}" atau baris baru)`,
              `row has ${record.fields.length} columns, the header ${columns.length} (check the quotes around text containing "${separator}" or line breaks)`,
            ),
          },
        ],
      });
      return;
    }
    const raw: RawRow = {};
    columns.forEach((column, position) => {
      if (column) raw[column] = record.fields[position];
    });
    rows.push({ row, raw, errors: [] });
  });
  return { rows, ignoredColumns: unknown };
}

function prepareJson(text: string): { rows: PreparedRow[]; ignoredColumns: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fileError(
      `file JSON tidak dapat dibaca: ${(error as Error).message}`,
      `file is not valid JSON: ${(error as Error).message}`,
    );
  }
  const list =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as { reports?: unknown }).reports
      : parsed;
  if (!Array.isArray(list)) {
    throw fileError(
      'file JSON harus berupa daftar laporan, atau objek dengan daftar "reports"',
      'a JSON file must be a list of reports, or an object with a "reports" list',
    );
  }
  const ignored = new Set<string>();
  const rows = list.map((item: unknown, index): PreparedRow => {
    const row = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return {
        row,
        raw: {},
        errors: [
          {
            row,
            field: 'row',
            message: bilingual(
              'setiap laporan harus berupa objek JSON',
              'every report must be a JSON object',
            ),
          },
        ],
      };
    }
    const entries = Object.entries(item as Record<string, unknown>);
    const { columns, unknown, duplicate } = mapColumns(entries.map(([key]) => key));
    unknown.forEach((key) => ignored.add(key));
    const raw: RawRow = {};
    columns.forEach((column, position) => {
      if (column && !(column in raw)) raw[column] = entries[position][1];
    });
    const errors: LaporImportRowError[] = duplicate
      ? [
          {
            row,
            field: duplicate,
            message: bilingual(
              `${duplicate} tertulis lebih dari sekali`,
              `${duplicate} is given more than once`,
            ),
          },
        ]
      : [];
    return { row, raw, errors };
  });
  return { rows, ignoredColumns: [...ignored] };
}

/**
 * LAPOR reports from an exported file: CSV (header row, RFC 4180 quoting, comma or semicolon,
 * UTF-8 with or without BOM) or JSON (a list, or `{ "reports": [...] }`). The file is checked as
 * a whole when it is opened (a broken file is refused before anything is imported); each row is
 * validated on its own as it is read, so a broken row never stops the others.
 */
export class LaporFileSource implements LaporSource {
  private constructor(
    readonly format: 'csv' | 'json',
    readonly ignoredColumns: readonly string[],
    private readonly rows: readonly PreparedRow[],
    private readonly today: string,
  ) {}

  /** @throws LaporFileFormatError when the file as a whole cannot be read. */
  static open(upload: LaporUpload, options: { today?: string } = {}): LaporFileSource {
    if (upload.buffer.length === 0) throw fileError('file kosong', 'file is empty');
    const text = decodeUtf8(upload.buffer);
    if (text.trim() === '') throw fileError('file kosong', 'file is empty');
    const format = detectFormat(upload, text);
    const { rows, ignoredColumns } = format === 'json' ? prepareJson(text) : prepareCsv(text);
    if (rows.length === 0) {
      throw fileError('file tidak berisi satu laporan pun', 'file contains no reports');
    }
    return new LaporFileSource(format, ignoredColumns, rows, options.today ?? jakartaToday());
  }

  async *fetchReports(): AsyncIterable<LaporSourceEntry> {
    for (const { row, raw, errors } of this.rows) {
      const read = readLaporRow(raw, row, { today: this.today });
      if (errors.length === 0 && read.ok) {
        yield { row, report: read.report };
        continue;
      }
      const rowErrors = [...errors, ...(read.ok ? [] : read.errors)];
      const trackingId = read.ok ? read.report.trackingId : read.trackingId;
      // A row that does not line up with the header has no trustworthy cells to report on.
      const reported = rowErrors.some((error) => error.field === 'row') ? errors : rowErrors;
      yield { row, ...(trackingId ? { trackingId } : {}), errors: reported };
    }
  }
}
