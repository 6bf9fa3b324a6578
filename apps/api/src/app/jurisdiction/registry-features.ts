import {
  ROAD_STATUSES,
  type GeoJsonLine,
  type RegistryImportError,
  type RegistryImportFormat,
  type RoadStatus,
} from '@simpul/contracts';
import { CsvSyntaxError, detectSeparator, parseCsv } from '../common/csv';
import {
  bboxOfLine,
  geometryProblem,
  normalizeLine,
  parseWktLine,
  type Bbox,
} from './geo/road-geometry';

/** A feature of an uploaded registry file before checking: its properties and geometry. */
export interface RawFeature {
  index: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

/** A checked feature, ready to be written as a `road_segment` row. */
export interface CheckedFeature {
  index: number;
  name: string;
  status: RoadStatus;
  agencyId: string;
  linkNumber: string | null;
  kmFrom: number | null;
  kmTo: number | null;
  regencyCode: string | null;
  districtCode: string | null;
  sourceNote: string | null;
  geometry: GeoJsonLine;
  bbox: Bbox;
}

/** The first problem of the file as a whole (not JSON, no features, no header). */
export class RegistryFileError extends Error {
  constructor(readonly reason: { id: string; en: string }) {
    super(reason.en);
  }
}

/** At most this many problems are reported (the first ones, in file order). */
export const MAX_REPORTED_ERRORS = 200;

/** The columns of a CSV registry file; `wkt` holds the geometry. */
export const CSV_COLUMNS = [
  'name',
  'status',
  'agency_code',
  'link_number',
  'km_from',
  'km_to',
  'regency_code',
  'district_code',
  'source_note',
  'wkt',
] as const;

/** Reads the features of a GeoJSON FeatureCollection or a CSV file with a WKT column. */
export function readFeatures(format: RegistryImportFormat, content: string): RawFeature[] {
  return format === 'geojson' ? readGeoJson(content) : readCsv(content);
}

function readGeoJson(content: string): RawFeature[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new RegistryFileError({
      id: 'file bukan JSON yang sah',
      en: 'the file is not valid JSON',
    });
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  )
    throw new RegistryFileError({
      id: 'file harus GeoJSON FeatureCollection',
      en: 'the file must be a GeoJSON FeatureCollection',
    });
  return collection.features.map((feature: unknown, index): RawFeature => {
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
    const properties =
      f.properties && typeof f.properties === 'object' && !Array.isArray(f.properties)
        ? (f.properties as Record<string, unknown>)
        : {};
    return { index, properties, geometry: f.geometry ?? null };
  });
}

function readCsv(content: string): RawFeature[] {
  const text = content.replace(/^\uFEFF/, '');
  const { separator, hintLength } = detectSeparator(text);
  let records;
  try {
    records = parseCsv(text.slice(hintLength), separator);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw new RegistryFileError({
        id: `tanda kutip tidak ditutup mulai baris ${error.line}`,
        en: `unterminated quote starting on line ${error.line}`,
      });
    throw error;
  }
  const [header, ...rows] = records;
  const columns = (header?.fields ?? []).map((c) => c.trim().toLowerCase());
  const wktColumn = columns.findIndex((c) => c === 'wkt' || c === 'geometry');
  if (wktColumn < 0)
    throw new RegistryFileError({
      id: `baris judul harus memuat kolom wkt (kolom: ${CSV_COLUMNS.join(', ')})`,
      en: `the header must have a wkt column (columns: ${CSV_COLUMNS.join(', ')})`,
    });
  return rows
    .filter((r) => r.fields.some((f) => f.trim() !== ''))
    .map((record, index): RawFeature => {
      const properties: Record<string, unknown> = {};
      columns.forEach((column, i) => {
        if (i !== wktColumn) properties[column] = record.fields[i] ?? '';
      });
      const wkt = record.fields[wktColumn] ?? '';
      return { index, properties, geometry: parseWktLine(wkt) ?? { wkt } };
    });
}

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === '' ? null : s;
};
const number = (value: unknown): number | null | 'invalid' => {
  const s = text(value);
  if (s === null) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : 'invalid';
};

/**
 * Checks every feature: the geometry (a line, ≥ 2 positions, finite lng/lat in range), the agency
 * by its code, the status, the name, km_from ≤ km_to, the area codes, and that no two features of
 * the file claim overlapping km of one link. Returns the checked features and every problem
 * (at most MAX_REPORTED_ERRORS), each naming the feature and the property in both languages.
 */
export function checkFeatures(
  raw: readonly RawFeature[],
  agencyIdByCode: ReadonlyMap<string, string>,
): { features: CheckedFeature[]; errors: RegistryImportError[] } {
  const errors: RegistryImportError[] = [];
  const features: CheckedFeature[] = [];
  const fail = (index: number, field: string, id: string, en: string) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ index, field, message: { id, en } });
  };
  for (const f of raw) {
    const before = errors.length;
    const p = f.properties;
    const name = text(p['name']);
    if (!name) fail(f.index, 'name', 'nama ruas wajib diisi', 'the segment name is required');
    else if (name.length > 300)
      fail(
        f.index,
        'name',
        'nama ruas paling banyak 300 karakter',
        'the segment name is at most 300 characters',
      );
    const statusText = text(p['status'])?.toLowerCase() ?? null;
    const status = ROAD_STATUSES.find((s) => s === statusText) ?? null;
    if (!status)
      fail(
        f.index,
        'status',
        `status harus salah satu dari ${ROAD_STATUSES.join(', ')}`,
        `status must be one of ${ROAD_STATUSES.join(', ')}`,
      );
    const agencyCode = text(p['agency_code']);
    const agencyId = agencyCode ? (agencyIdByCode.get(agencyCode) ?? null) : null;
    if (!agencyCode)
      fail(f.index, 'agency_code', 'kode instansi wajib diisi', 'the agency code is required');
    else if (!agencyId)
      fail(
        f.index,
        'agency_code',
        `instansi dengan kode "${agencyCode}" tidak dikenal`,
        `no agency has the code "${agencyCode}"`,
      );
    const linkNumber = text(p['link_number']);
    if (linkNumber && linkNumber.length > 32)
      fail(
        f.index,
        'link_number',
        'nomor link paling banyak 32 karakter',
        'the link number is at most 32 characters',
      );
    const kmFrom = number(p['km_from']);
    const kmTo = number(p['km_to']);
    if (kmFrom === 'invalid')
      fail(f.index, 'km_from', 'km_from harus angka', 'km_from must be a number');
    if (kmTo === 'invalid') fail(f.index, 'km_to', 'km_to harus angka', 'km_to must be a number');
    if (kmFrom !== 'invalid' && kmTo !== 'invalid') {
      if ((kmFrom === null) !== (kmTo === null))
        fail(
          f.index,
          kmFrom === null ? 'km_from' : 'km_to',
          'km_from dan km_to diisi berdua atau tidak sama sekali',
          'km_from and km_to go together',
        );
      else if (kmFrom !== null && kmTo !== null && kmFrom > kmTo)
        fail(
          f.index,
          'km_from',
          'km_from tidak boleh lebih besar dari km_to',
          'km_from must not exceed km_to',
        );
      else if (kmFrom !== null && (kmFrom < 0 || (kmTo ?? 0) > 999_999))
        fail(f.index, 'km_from', 'km harus antara 0 dan 999999', 'km must be within 0..999999');
    }
    const regencyCode = text(p['regency_code']);
    if (regencyCode && !/^\d{2}\.\d{2}$/.test(regencyCode))
      fail(
        f.index,
        'regency_code',
        'kode kabupaten/kota seperti 35.07',
        'a regency code looks like 35.07',
      );
    const districtCode = text(p['district_code']);
    if (districtCode && !/^\d{2}\.\d{2}\.\d{2}$/.test(districtCode))
      fail(
        f.index,
        'district_code',
        'kode kecamatan seperti 35.07.01',
        'a district code looks like 35.07.01',
      );
    const sourceNote = text(p['source_note']);
    const problem = geometryProblem(f.geometry);
    if (problem) {
      const wkt = (f.geometry as { wkt?: unknown } | null)?.wkt;
      if (typeof wkt === 'string')
        fail(
          f.index,
          'wkt',
          'WKT harus LINESTRING atau MULTILINESTRING dengan angka',
          'WKT must be a LINESTRING or MULTILINESTRING of numbers',
        );
      else fail(f.index, 'geometry', problem.id, problem.en);
    }
    if (errors.length > before || !name || !status || !agencyId || problem) continue;
    const geometry = normalizeLine(f.geometry as GeoJsonLine);
    features.push({
      index: f.index,
      name,
      status,
      agencyId,
      linkNumber,
      kmFrom: kmFrom === 'invalid' ? null : kmFrom,
      kmTo: kmTo === 'invalid' ? null : kmTo,
      regencyCode,
      districtCode,
      sourceNote: sourceNote ? sourceNote.slice(0, 500) : null,
      geometry,
      bbox: bboxOfLine(geometry),
    });
  }
  // Two features of the file on overlapping km of one link.
  const byLink = new Map<string, CheckedFeature[]>();
  for (const f of features)
    if (f.linkNumber && f.kmFrom !== null && f.kmTo !== null && f.kmTo > f.kmFrom) {
      const list = byLink.get(f.linkNumber) ?? [];
      list.push(f);
      byLink.set(f.linkNumber, list);
    }
  for (const [link, list] of byLink) {
    list.sort((a, b) => (a.kmFrom as number) - (b.kmFrom as number));
    for (let i = 1; i < list.length; i++)
      if ((list[i].kmFrom as number) < (list[i - 1].kmTo as number))
        fail(
          list[i].index,
          'km_from',
          `km ${list[i].kmFrom}–${list[i].kmTo} link ${link} tumpang tindih dengan fitur #${list[i - 1].index + 1}`,
          `km ${list[i].kmFrom}–${list[i].kmTo} of link ${link} overlaps feature #${list[i - 1].index + 1}`,
        );
  }
  return { features, errors: errors.sort((a, b) => a.index - b.index) };
}
