import { slaError } from './errors';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Indonesian time zones. Indonesia observes no daylight-saving time, so each zone is a fixed offset
 * from UTC and plain arithmetic is exact (no tz database needed). Asia/Pontianak is WIB as well.
 */
export const INDONESIAN_TIME_ZONES = {
  'Asia/Jakarta': { offsetMinutes: 7 * 60, abbreviation: 'WIB' },
  'Asia/Pontianak': { offsetMinutes: 7 * 60, abbreviation: 'WIB' },
  'Asia/Makassar': { offsetMinutes: 8 * 60, abbreviation: 'WITA' },
  'Asia/Jayapura': { offsetMinutes: 9 * 60, abbreviation: 'WIT' },
} as const;

export type IndonesianTimeZone = keyof typeof INDONESIAN_TIME_ZONES;
export const DEFAULT_TIME_ZONE: IndonesianTimeZone = 'Asia/Jakarta';

export interface ZoneInfo {
  name: IndonesianTimeZone;
  offsetMinutes: number;
  abbreviation: 'WIB' | 'WITA' | 'WIT';
}

export function resolveTimeZone(name: string): ZoneInfo {
  if (!Object.prototype.hasOwnProperty.call(INDONESIAN_TIME_ZONES, name)) {
    const known = Object.keys(INDONESIAN_TIME_ZONES).join(', ');
    throw slaError(
      'unknown_time_zone',
      `Zona waktu tidak dikenal: ${name} (yang didukung: ${known})`,
      `Unknown time zone: ${name} (supported: ${known})`,
    );
  }
  const zone = name as IndonesianTimeZone;
  return { name: zone, ...INDONESIAN_TIME_ZONES[zone] };
}

/** A local calendar date as a whole number of days since 1970-01-01 (the zone is implied). */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict, existing `YYYY-MM-DD` date; `null` when malformed or impossible (2026-02-30). */
export function parseIsoDate(value: string): DayNumber | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return ms / DAY_MS;
}

export function requireIsoDate(value: string, what = 'tanggal / date'): DayNumber {
  const day = typeof value === 'string' ? parseIsoDate(value) : null;
  if (day === null) {
    throw slaError(
      'invalid_date',
      `Format tanggal tidak valid (${what}): "${String(value)}", harus YYYY-MM-DD yang ada`,
      `Malformed date (${what}): "${String(value)}", expected an existing YYYY-MM-DD`,
    );
  }
  return day;
}

export function formatDayNumber(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function requireInstant(value: Date, what = 'waktu / instant'): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw slaError(
      'invalid_instant',
      `Waktu tidak valid (${what})`,
      `Invalid instant (${what}): expected a valid Date`,
    );
  }
  return ms;
}
