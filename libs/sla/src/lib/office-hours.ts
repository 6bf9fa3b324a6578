import { slaError } from './errors';

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
/** Index in WEEKDAYS matches `Date#getUTCDay()`: 0 = Sunday. */
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES_ID: Readonly<Record<Weekday, string>> = {
  sunday: 'Minggu',
  monday: 'Senin',
  tuesday: 'Selasa',
  wednesday: 'Rabu',
  thursday: 'Kamis',
  friday: 'Jumat',
  saturday: 'Sabtu',
};

/** One stretch of office time in local wall-clock time, `HH:MM`; `to` may be `24:00`. */
export interface OfficeInterval {
  from: string;
  to: string;
}

/** Office hours per weekday; a missing or empty list means the office is closed that day. */
export type WeeklyOfficeHours = Partial<Record<Weekday, readonly OfficeInterval[]>>;

const EIGHT_TO_FOUR: readonly OfficeInterval[] = [{ from: '08:00', to: '16:00' }];

/** Monday to Friday 08:00–16:00; Saturday and Sunday closed. */
export const DEFAULT_OFFICE_HOURS: Readonly<Record<Weekday, readonly OfficeInterval[]>> = {
  sunday: [],
  monday: EIGHT_TO_FOUR,
  tuesday: EIGHT_TO_FOUR,
  wednesday: EIGHT_TO_FOUR,
  thursday: EIGHT_TO_FOUR,
  friday: EIGHT_TO_FOUR,
  saturday: [],
};

/** Validated intervals as minutes after local midnight, sorted, non-overlapping. */
export type MinuteInterval = readonly [start: number, end: number];

const HH_MM = /^(\d{2}):(\d{2})$/;

function parseClock(value: unknown, where: string): number {
  const match = typeof value === 'string' ? HH_MM.exec(value) : null;
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    throw slaError(
      'invalid_office_hours',
      `Jam kantor tidak valid (${where}): "${String(value)}", harus HH:MM antara 00:00 dan 24:00`,
      `Invalid office hours (${where}): "${String(value)}", expected HH:MM between 00:00 and 24:00`,
    );
  }
  return minutes;
}

/** Validates one day's intervals: each `from < to`, no overlaps (touching is fine). */
export function compileIntervals(
  intervals: readonly OfficeInterval[],
  where: string,
): readonly MinuteInterval[] {
  if (!Array.isArray(intervals)) {
    throw slaError(
      'invalid_office_hours',
      `Jam kantor ${where} harus berupa daftar interval`,
      `Office hours of ${where} must be a list of intervals`,
    );
  }
  const compiled = intervals
    .map((interval): MinuteInterval => {
      const start = parseClock(interval?.from, where);
      const end = parseClock(interval?.to, where);
      if (start >= end) {
        throw slaError(
          'invalid_office_hours',
          `Jam kantor tidak valid (${where}): ${interval.from}–${interval.to}, jam mulai harus sebelum jam selesai`,
          `Invalid office hours (${where}): ${interval.from}–${interval.to}, start must be before end`,
        );
      }
      return [start, end];
    })
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < compiled.length; i++) {
    if (compiled[i][0] < compiled[i - 1][1]) {
      throw slaError(
        'invalid_office_hours',
        `Jam kantor ${where} saling tumpang tindih`,
        `Office hours of ${where} overlap`,
      );
    }
  }
  return compiled;
}

export function formatMinuteOfDay(minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

export function toOfficeIntervals(compiled: readonly MinuteInterval[]): OfficeInterval[] {
  return compiled.map(([start, end]) => ({
    from: formatMinuteOfDay(start),
    to: formatMinuteOfDay(end),
  }));
}
