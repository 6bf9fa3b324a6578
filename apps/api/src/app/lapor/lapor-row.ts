import {
  CASE_CLASSIFICATIONS,
  CASE_LIMITS,
  NIK_PATTERN,
  TRACKING_ID_PATTERN,
  type CaseClassification,
  type LaporImportColumn,
  type LaporImportRowError,
} from '@simpul/contracts';
import { bilingual, type Bilingual } from '../common/bilingual';
import { mapLaporCategory } from './lapor-category';
import type { LaporReport } from './lapor-source';

/** Header spellings per column, compared without case, spaces or punctuation ("Tracking ID"). */
const COLUMN_ALIASES: Record<LaporImportColumn, readonly string[]> = {
  trackingId: ['trackingid', 'idtracking', 'nomortracking', 'notracking', 'nomorlaporan'],
  title: ['title', 'judul', 'judullaporan'],
  content: ['content', 'isi', 'isilaporan', 'kronologi', 'kronologis'],
  date: ['date', 'tanggal', 'tanggalkejadian', 'tanggallaporan'],
  category: ['category', 'kategori'],
  location: ['location', 'lokasi', 'lokasikejadian'],
  anonymous: ['anonymous', 'anonim'],
  confidential: ['confidential', 'rahasia'],
  status: ['status', 'statuslapor'],
  classification: ['classification', 'klasifikasi'],
  reporterName: ['reportername', 'namapelapor'],
  reporterContact: ['reportercontact', 'kontakpelapor', 'teleponpelapor'],
  reporterNik: ['reporternik', 'nikpelapor', 'nik'],
};

const COLUMN_BY_KEY = new Map<string, LaporImportColumn>(
  Object.entries(COLUMN_ALIASES).flatMap(([column, aliases]) =>
    aliases.map((alias) => [alias, column as LaporImportColumn] as const),
  ),
);

/** The import column a header (CSV) or key (JSON) names, or `null` when it names none. */
export function columnOf(header: string): LaporImportColumn | null {
  return COLUMN_BY_KEY.get(header.toLowerCase().replace(/[^a-z0-9]/g, '')) ?? null;
}

const MAX_LENGTH: Partial<Record<LaporImportColumn, number>> = {
  title: CASE_LIMITS.titleMax,
  content: CASE_LIMITS.descriptionMax,
  category: 100,
  location: CASE_LIMITS.locationMax,
  status: 100,
  reporterName: CASE_LIMITS.reporterMax,
  reporterContact: CASE_LIMITS.reporterMax,
};

const TRUE_WORDS = ['true', '1', 'ya', 'yes'];
const FALSE_WORDS = ['false', '0', 'tidak', 'no'];

export type RawRow = Partial<Record<LaporImportColumn, unknown>>;

export interface RowReadOptions {
  /** Today in Asia/Jakarta (YYYY-MM-DD); later dates are refused. */
  today: string;
}

export type RowReadResult =
  | { ok: true; report: LaporReport }
  | { ok: false; trackingId?: string; errors: LaporImportRowError[] };

/** Today's date in Indonesia's western time zone, where the province is. */
export function jakartaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Validates one row of an import file (CSV cells or JSON values) and turns it into a
 * {@link LaporReport}. Every offending field is reported, in Indonesian and English.
 * Columns absent from `raw` stay `undefined` in the report (the source does not carry them).
 */
export function readLaporRow(raw: RawRow, row: number, options: RowReadOptions): RowReadResult {
  const errors: LaporImportRowError[] = [];
  const fail = (field: LaporImportColumn, message: Bilingual) =>
    errors.push({ row, field, message });

  /** The cell as trimmed text ('' when empty); `undefined` when the column is absent. */
  const text = (field: LaporImportColumn): string | undefined => {
    if (!(field in raw)) return undefined;
    const value = raw[field];
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'boolean') return String(value);
    fail(field, bilingual(`${field} harus berupa teks`, `${field} must be text`));
    return '';
  };
  const limited = (field: LaporImportColumn, value: string): string => {
    const max = MAX_LENGTH[field];
    if (max !== undefined && value.length > max) {
      fail(
        field,
        bilingual(
          `${field} maksimal ${max} karakter`,
          `${field} must be at most ${max} characters`,
        ),
      );
    }
    return value;
  };
  const required = (field: LaporImportColumn): string => {
    const value = text(field) ?? '';
    if (value === '') fail(field, bilingual(`${field} wajib diisi`, `${field} is required`));
    return limited(field, value);
  };
  /** Present-but-empty is `null`; absent is `undefined`. */
  const optional = (field: LaporImportColumn): string | null | undefined => {
    const value = text(field);
    if (value === undefined) return undefined;
    return value === '' ? null : limited(field, value);
  };
  const flag = (field: 'anonymous' | 'confidential'): boolean => {
    const value = field in raw ? raw[field] : undefined;
    if (typeof value === 'boolean') return value;
    const word = (text(field) ?? '').toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
    fail(
      field,
      word === ''
        ? bilingual(
            `${field} wajib diisi (ya/tidak, true/false, 1/0)`,
            `${field} is required (ya/tidak, true/false, 1/0)`,
          )
        : bilingual(
            `${field} harus ya/tidak, true/false atau 1/0`,
            `${field} must be ya/tidak, true/false or 1/0`,
          ),
    );
    return false;
  };

  const trackingId = text('trackingId') ?? '';
  if (trackingId === '') {
    fail('trackingId', bilingual('trackingId wajib diisi', 'trackingId is required'));
  } else if (!TRACKING_ID_PATTERN.test(trackingId)) {
    fail('trackingId', bilingual('trackingId harus 4–12 angka', 'trackingId must be 4–12 digits'));
  }
  const title = required('title');
  const content = required('content');
  const date = text('date') ?? '';
  if (date === '') {
    fail('date', bilingual('date wajib diisi', 'date is required'));
  } else if (!isCalendarDate(date) || date < '2000-01-01') {
    fail(
      'date',
      bilingual(
        'date harus tanggal yang benar dengan format YYYY-MM-DD',
        'date must be a valid date in the format YYYY-MM-DD',
      ),
    );
  } else if (date > options.today) {
    fail('date', bilingual('date tidak boleh di masa depan', 'date must not be in the future'));
  }
  const categoryText = optional('category');
  const location = optional('location');
  const anonymous = flag('anonymous');
  const confidential = flag('confidential');
  const status = optional('status');

  let classification: CaseClassification | undefined;
  const classificationText = optional('classification');
  if (classificationText) {
    const candidate = classificationText.toLowerCase().replace(/[\s-]+/g, '_');
    if ((CASE_CLASSIFICATIONS as readonly string[]).includes(candidate)) {
      classification = candidate as CaseClassification;
    } else {
      fail(
        'classification',
        bilingual(
          `classification harus salah satu dari: ${CASE_CLASSIFICATIONS.join(', ')}`,
          `classification must be one of: ${CASE_CLASSIFICATIONS.join(', ')}`,
        ),
      );
    }
  }

  const reporterName = optional('reporterName');
  const reporterContact = optional('reporterContact');
  const reporterNik = optional('reporterNik');
  if (reporterNik && !NIK_PATTERN.test(reporterNik)) {
    fail('reporterNik', bilingual('reporterNik harus 16 angka', 'reporterNik must be 16 digits'));
  }

  const validTrackingId = TRACKING_ID_PATTERN.test(trackingId) ? trackingId : undefined;
  if (errors.length > 0) {
    return {
      ok: false,
      ...(validTrackingId ? { trackingId: validTrackingId } : {}),
      errors: errors.map((error) =>
        validTrackingId ? { ...error, trackingId: validTrackingId } : error,
      ),
    };
  }
  const report: LaporReport = { trackingId, title, content, date, anonymous, confidential };
  if (categoryText !== undefined) {
    report.categoryText = categoryText;
    report.category = mapLaporCategory(categoryText);
  }
  if (location !== undefined) report.location = location;
  if (status !== undefined) report.status = status;
  if (classification !== undefined) report.classification = classification;
  if (reporterName !== undefined) report.reporterName = reporterName;
  if (reporterContact !== undefined) report.reporterContact = reporterContact;
  if (reporterNik !== undefined) report.reporterNik = reporterNik;
  return { ok: true, report };
}
