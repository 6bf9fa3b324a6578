import type { Bilingual } from './bilingual';
import { slaError } from './errors';
import {
  type CalendarOverride,
  type HolidayProvider,
  type LibraryHoliday,
  indonesianHolidays,
} from './holidays';
import {
  DEFAULT_OFFICE_HOURS,
  type MinuteInterval,
  type OfficeInterval,
  WEEKDAYS,
  WEEKDAY_NAMES_ID,
  type Weekday,
  type WeeklyOfficeHours,
  compileIntervals,
  toOfficeIntervals,
} from './office-hours';
import {
  DAY_MS,
  DEFAULT_TIME_ZONE,
  type DayNumber,
  HOUR_MS,
  MINUTE_MS,
  type ZoneInfo,
  formatDayNumber,
  requireInstant,
  requireIsoDate,
  resolveTimeZone,
  weekdayIndex,
} from './time-zone';

export interface WorkingCalendarOptions {
  /** 'Asia/Jakarta' (WIB, default), 'Asia/Pontianak' (WIB), 'Asia/Makassar' (WITA), 'Asia/Jayapura' (WIT). */
  timeZone?: string;
  /**
   * Office hours per weekday, merged over `DEFAULT_OFFICE_HOURS` (Mon–Fri 08:00–16:00): a weekday
   * given here replaces the default for that weekday; `[]` closes it.
   */
  officeHours?: WeeklyOfficeHours;
  /** Admin corrections of the holiday list (cuti bersama, moved or cancelled holidays). */
  overrides?: readonly CalendarOverride[];
  /** Source of public holidays; default: date-holidays for Indonesia. `null`: none. */
  holidays?: HolidayProvider | null;
}

/** A date argument: a `YYYY-MM-DD` local date, or an instant read in the calendar's zone. */
export type CalendarDate = Date | string;

export type HolidaySource = 'library' | 'override';

export interface CalendarHoliday {
  date: string;
  weekday: Weekday;
  name: string;
  source: HolidaySource;
  /** The library's name when an override renames (or confirms) a library holiday. */
  libraryName?: string;
}

export type DayReason = 'working' | 'weekend' | 'closed' | 'holiday';

export interface DayDescription {
  date: string;
  weekday: Weekday;
  working: boolean;
  /** `holiday` wins over `weekend`; `closed` is a weekday without office hours (not Sat/Sun). */
  reason: DayReason;
  holiday?: CalendarHoliday;
  /** Name of a library holiday cancelled by a `working` override. */
  removedHoliday?: string;
  officeHours: OfficeInterval[];
  text: Bilingual;
}

/** One stretch of office time as absolute instants. */
export interface OfficePeriod {
  from: Date;
  to: Date;
}

const DEFAULT_OVERRIDE_HOLIDAY_NAME = 'Hari libur tambahan';

/** Searching further than this for office time means the calendar has none: fail, not hang. */
const MAX_SCAN_DAYS = 3660;

interface CompiledOverride {
  kind: CalendarOverride['kind'];
  name?: string;
  hours?: readonly MinuteInterval[];
}

interface DayPlan {
  day: DayNumber;
  date: string;
  weekday: Weekday;
  /** Office intervals of the day (minutes after local midnight); empty on a day off. */
  minutes: readonly MinuteInterval[];
  holiday?: CalendarHoliday;
  removedHoliday?: string;
}

/**
 * Working days and office hours of one agency (or installation) in one Indonesian time zone:
 * weekly office hours, public holidays from a holiday source (loaded lazily per year) and admin
 * overrides. Immutable; all arithmetic is pure.
 */
export class WorkingCalendar {
  readonly zone: ZoneInfo;
  private readonly offsetMs: number;
  private readonly weekly: readonly (readonly MinuteInterval[])[];
  private readonly overrides = new Map<string, CompiledOverride>();
  private readonly provider: HolidayProvider | null;
  private readonly libraryYears = new Map<number, ReadonlyMap<string, LibraryHoliday>>();
  private readonly plans = new Map<DayNumber, DayPlan>();

  constructor(options: WorkingCalendarOptions = {}) {
    this.zone = resolveTimeZone(options.timeZone ?? DEFAULT_TIME_ZONE);
    this.offsetMs = this.zone.offsetMinutes * MINUTE_MS;

    const weekly = { ...DEFAULT_OFFICE_HOURS, ...(options.officeHours ?? {}) };
    for (const key of Object.keys(weekly)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        throw slaError(
          'invalid_office_hours',
          `Hari tidak dikenal dalam jam kantor: ${key}`,
          `Unknown weekday in office hours: ${key}`,
        );
      }
    }
    this.weekly = WEEKDAYS.map((weekday) => compileIntervals(weekly[weekday] ?? [], weekday));
    if (this.weekly.every((intervals) => intervals.length === 0)) {
      throw slaError(
        'invalid_office_hours',
        'Jam kantor kosong: minimal satu hari dalam seminggu harus buka',
        'No office hours: at least one weekday must be open',
      );
    }

    for (const override of options.overrides ?? []) this.addOverride(override);
    this.provider = options.holidays === undefined ? indonesianHolidays() : options.holidays;
  }

  get timeZone(): string {
    return this.zone.name;
  }

  // ---------------------------------------------------------------- days

  isWorkingDay(date: CalendarDate): boolean {
    return this.plan(this.dayOf(date)).minutes.length > 0;
  }

  /** Why a date is or is not a working day, with bilingual text for the UI. */
  describe(date: CalendarDate): DayDescription {
    const plan = this.plan(this.dayOf(date));
    const weekendDay = plan.weekday === 'saturday' || plan.weekday === 'sunday';
    const dayName = `${WEEKDAY_NAMES_ID[plan.weekday]}, ${plan.date}`;
    const base = {
      date: plan.date,
      weekday: plan.weekday,
      working: plan.minutes.length > 0,
      officeHours: toOfficeIntervals(plan.minutes),
      ...(plan.removedHoliday === undefined ? {} : { removedHoliday: plan.removedHoliday }),
    };
    if (plan.holiday) {
      return {
        ...base,
        reason: 'holiday',
        holiday: plan.holiday,
        text: {
          id: `Hari libur: ${plan.holiday.name} (${dayName})`,
          en: `Holiday: ${plan.holiday.name} (${plan.weekday}, ${plan.date})`,
        },
      };
    }
    if (plan.minutes.length > 0) {
      return {
        ...base,
        reason: 'working',
        text: { id: `Hari kerja (${dayName})`, en: `Working day (${plan.weekday}, ${plan.date})` },
      };
    }
    if (weekendDay) {
      return {
        ...base,
        reason: 'weekend',
        text: { id: `Akhir pekan (${dayName})`, en: `Weekend (${plan.weekday}, ${plan.date})` },
      };
    }
    return {
      ...base,
      reason: 'closed',
      text: {
        id: `Kantor tutup (${dayName})`,
        en: `Office closed (${plan.weekday}, ${plan.date})`,
      },
    };
  }

  /**
   * The effective holidays of a year, sorted: library holidays not cancelled by a `working`
   * override, and override holidays (source 'override' also when an override renames a
   * library holiday). Holidays on weekends are listed too.
   */
  holidaysIn(year: number): CalendarHoliday[] {
    if (!Number.isInteger(year)) {
      throw slaError('invalid_date', `Tahun tidak valid: ${year}`, `Invalid year: ${year}`);
    }
    const dates = new Set<string>(this.library(year).keys());
    for (const date of this.overrides.keys()) if (date.startsWith(`${year}-`)) dates.add(date);
    return [...dates]
      .sort()
      .map((date) => this.plan(requireIsoDate(date)).holiday)
      .filter((holiday): holiday is CalendarHoliday => holiday !== undefined);
  }

  /** Office periods of a date as absolute instants (empty on a day off). */
  officeHoursOn(date: CalendarDate): OfficePeriod[] {
    return this.periods(this.dayOf(date)).map(([from, to]) => ({
      from: new Date(from),
      to: new Date(to),
    }));
  }

  /** The local date (`YYYY-MM-DD`) of an instant in this calendar's zone. */
  localDate(instant: Date): string {
    return formatDayNumber(this.localDay(requireInstant(instant)));
  }

  /** An instant as local ISO 8601 with the zone offset, e.g. `2026-12-02T16:00:00+07:00`. */
  toLocalIso(instant: Date): string {
    const ms = requireInstant(instant);
    const local = new Date(ms + this.offsetMs).toISOString();
    const hours = String(Math.floor(this.zone.offsetMinutes / 60)).padStart(2, '0');
    const minutes = String(this.zone.offsetMinutes % 60).padStart(2, '0');
    return `${local.slice(0, ms % 1000 === 0 ? 19 : 23)}+${hours}:${minutes}`;
  }

  // ---------------------------------------------------------------- working days

  /**
   * "N hari kerja" (HK) deadline. Convention: the day on which `start` falls never counts, whatever
   * the time of day and whether or not it is a working day. Day 1 is the first working day AFTER
   * that day; the deadline is the END of office hours (end of the last interval) of working day N.
   * Friday 15:00 + 3 HK → Wednesday 16:00; Saturday + 3 HK → Mon = 1, Tue = 2, Wed = 3 → Wed 16:00.
   * `n` must be a whole number ≥ 1.
   */
  addWorkingDays(start: Date, n: number): Date {
    const from = requireInstant(start, 'awal / start');
    requireAmount(n, 'jumlah hari kerja / working days', { integer: true, positive: true });
    let day = this.localDay(from);
    for (let counted = 0; counted < n;) {
      day = this.nextWorkingDay(day);
      counted++;
    }
    return new Date(this.dayEnd(day));
  }

  /**
   * Where a working-day clock starts counting: the opening of the first working day after the
   * day of `start` (consistent with `addWorkingDays`).
   */
  startOfNextWorkingDay(start: Date): Date {
    const day = this.nextWorkingDay(this.localDay(requireInstant(start, 'awal / start')));
    return new Date(this.periods(day)[0][0]);
  }

  /**
   * Working days between two instants: the number of working days whose date is after the local
   * date of `a` and up to and including the local date of `b` (negative when `b` is before `a`).
   * The inverse of `addWorkingDays`: `workingDaysBetween(s, addWorkingDays(s, n)) === n`.
   */
  workingDaysBetween(a: Date, b: Date): number {
    const from = this.localDay(requireInstant(a, 'a'));
    const to = this.localDay(requireInstant(b, 'b'));
    if (to < from) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (this.plan(day).minutes.length > 0) count++;
    return count;
  }

  // ---------------------------------------------------------------- office time

  /**
   * Office time between two instants in minutes (negative when `b` is before `a`; fractional when
   * the instants carry seconds).
   */
  workingTimeBetween(a: Date, b: Date): number {
    return this.officeMillisBetween(a, b) / MINUTE_MS;
  }

  /** Office time between two instants in milliseconds (negative when `b` is before `a`). */
  officeMillisBetween(a: Date, b: Date): number {
    const from = requireInstant(a, 'a');
    const to = requireInstant(b, 'b');
    if (to < from) return -this.officeMillisBetween(b, a);
    let total = 0;
    for (let day = this.localDay(from); day <= this.localDay(to); day++) {
      for (const [start, end] of this.periods(day)) {
        total += Math.max(0, Math.min(end, to) - Math.max(start, from));
      }
    }
    return total;
  }

  /** `start` plus office hours (fractions allowed); see `addOfficeMillis`. */
  addOfficeHours(start: Date, hours: number): Date {
    requireAmount(hours, 'jam kantor / office hours', { integer: false, positive: false });
    return this.addOfficeMillis(start, hours * HOUR_MS);
  }

  addOfficeMinutes(start: Date, minutes: number): Date {
    requireAmount(minutes, 'menit kantor / office minutes', { integer: false, positive: false });
    return this.addOfficeMillis(start, minutes * MINUTE_MS);
  }

  /**
   * The earliest instant at which `ms` of office time have passed since `start`. Time outside
   * office hours does not count: a start before opening counts from opening, a start after
   * closing (or at lunch, or on a day off) counts from the next opening. When the amount runs out
   * exactly at a closing time the result is that closing time (Mon 08:00 + 8 h → Mon 16:00, not
   * Tue 08:00). Adding 0 returns `start` unchanged.
   */
  addOfficeMillis(start: Date, ms: number): Date {
    const from = requireInstant(start, 'awal / start');
    requireAmount(ms, 'waktu kantor / office time', { integer: false, positive: false });
    if (ms === 0) return new Date(from);
    let left = ms;
    const firstDay = this.localDay(from);
    for (let day = firstDay; day <= firstDay + MAX_SCAN_DAYS; day++) {
      for (const [periodStart, periodEnd] of this.periods(day)) {
        if (periodEnd <= from) continue;
        const begin = Math.max(periodStart, from);
        const available = periodEnd - begin;
        if (left <= available) return new Date(begin + left);
        left -= available;
      }
    }
    throw noWorkingTime();
  }

  // ---------------------------------------------------------------- calendar time

  /**
   * `start` plus calendar hours (the "1×24 jam" clocks): nights, weekends and holidays count.
   */
  addCalendarHours(start: Date, hours: number): Date {
    const from = requireInstant(start, 'awal / start');
    requireAmount(hours, 'jam / hours', { integer: false, positive: false });
    return new Date(from + hours * HOUR_MS);
  }

  /**
   * `start` plus calendar days (the 30- and 60-day limits), as an exact duration of days × 24 h:
   * the deadline has the same local wall-clock time as the start (Indonesia has no DST), it is
   * NOT rounded to the end of that day. Weekends and holidays count.
   */
  addCalendarDays(start: Date, days: number): Date {
    const from = requireInstant(start, 'awal / start');
    requireAmount(days, 'hari / days', { integer: false, positive: false });
    return new Date(from + days * DAY_MS);
  }

  // ---------------------------------------------------------------- helpers for the SLA clocks

  /**
   * Office minutes of the working day containing `instant`, or of the last working day before it
   * when that day is off: the length of "one working day" near a deadline.
   */
  workingDayMinutesAt(instant: Date): number {
    return this.workingDaysMinutesEndingAt(instant, 1);
  }

  /** Office minutes of the `n` working days ending with the one `workingDayMinutesAt` picks. */
  workingDaysMinutesEndingAt(instant: Date, n: number): number {
    requireAmount(n, 'jumlah hari kerja / working days', { integer: true, positive: true });
    let day = this.localDay(requireInstant(instant));
    let total = 0;
    for (let counted = 0, scanned = 0; counted < n; day--, scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw noWorkingTime();
      const minutes = this.plan(day).minutes;
      if (minutes.length === 0) continue;
      total += minutes.reduce((sum, [start, end]) => sum + end - start, 0);
      counted++;
    }
    return total;
  }

  // ---------------------------------------------------------------- internals

  private addOverride(override: CalendarOverride): void {
    const date = String(override?.date);
    requireIsoDate(override?.date, 'override');
    if (override.kind !== 'holiday' && override.kind !== 'working') {
      throw slaError(
        'invalid_override',
        `Jenis pengecualian tidak valid pada ${date}: "${String(override.kind)}" (harus holiday atau working)`,
        `Invalid override kind on ${date}: "${String(override.kind)}" (expected holiday or working)`,
      );
    }
    if (
      override.name !== undefined &&
      (typeof override.name !== 'string' || !override.name.trim())
    ) {
      throw slaError(
        'invalid_override',
        `Nama pengecualian pada ${date} harus berupa teks`,
        `Override name on ${date} must be non-empty text`,
      );
    }
    if (override.hours !== undefined && override.kind !== 'working') {
      throw slaError(
        'invalid_override',
        `Jam kantor hanya boleh diisi untuk hari kerja pengganti (${date})`,
        `Office hours are only allowed on a working override (${date})`,
      );
    }
    if (this.overrides.has(date)) {
      throw slaError(
        'duplicate_override',
        `Tanggal ${date} memiliki lebih dari satu pengecualian`,
        `More than one override for ${date}`,
      );
    }
    this.overrides.set(date, {
      kind: override.kind,
      ...(override.name === undefined ? {} : { name: override.name.trim() }),
      ...(override.hours === undefined
        ? {}
        : { hours: compileIntervals(override.hours, `override ${date}`) }),
    });
  }

  private library(year: number): ReadonlyMap<string, LibraryHoliday> {
    let holidays = this.libraryYears.get(year);
    if (!holidays) {
      const byDate = new Map<string, LibraryHoliday>();
      for (const holiday of this.provider?.(year) ?? []) {
        requireIsoDate(holiday.date, 'holiday source');
        const existing = byDate.get(holiday.date);
        // Two holidays on one date (it happens with lunar calendars): keep both names.
        byDate.set(
          holiday.date,
          existing ? { ...existing, name: `${existing.name} / ${holiday.name}` } : holiday,
        );
      }
      holidays = byDate;
      this.libraryYears.set(year, holidays);
    }
    return holidays;
  }

  private plan(day: DayNumber): DayPlan {
    const cached = this.plans.get(day);
    if (cached) return cached;
    const date = formatDayNumber(day);
    const index = weekdayIndex(day);
    const weekday = WEEKDAYS[index];
    const override = this.overrides.get(date);
    const libraryHoliday = this.library(Number(date.slice(0, 4))).get(date);
    let plan: DayPlan;
    if (override?.kind === 'holiday') {
      plan = {
        day,
        date,
        weekday,
        minutes: [],
        holiday: {
          date,
          weekday,
          name: override.name ?? libraryHoliday?.name ?? DEFAULT_OVERRIDE_HOLIDAY_NAME,
          source: 'override',
          ...(libraryHoliday ? { libraryName: libraryHoliday.name } : {}),
        },
      };
    } else if (override?.kind === 'working') {
      plan = {
        day,
        date,
        weekday,
        minutes: override.hours ?? this.weekly[index],
        ...(libraryHoliday ? { removedHoliday: libraryHoliday.name } : {}),
      };
    } else if (libraryHoliday) {
      plan = {
        day,
        date,
        weekday,
        minutes: [],
        holiday: { date, weekday, name: libraryHoliday.name, source: 'library' },
      };
    } else {
      plan = { day, date, weekday, minutes: this.weekly[index] };
    }
    this.plans.set(day, plan);
    return plan;
  }

  private dayOf(date: CalendarDate): DayNumber {
    if (typeof date === 'string') return requireIsoDate(date);
    return this.localDay(requireInstant(date, 'tanggal / date'));
  }

  private localDay(ms: number): DayNumber {
    return Math.floor((ms + this.offsetMs) / DAY_MS);
  }

  /** Office intervals of a local day as absolute [from, to) milliseconds. */
  private periods(day: DayNumber): (readonly [number, number])[] {
    const midnight = day * DAY_MS - this.offsetMs;
    return this.plan(day).minutes.map(
      ([start, end]) => [midnight + start * MINUTE_MS, midnight + end * MINUTE_MS] as const,
    );
  }

  private dayEnd(day: DayNumber): number {
    const periods = this.periods(day);
    return periods[periods.length - 1][1];
  }

  private nextWorkingDay(after: DayNumber): DayNumber {
    for (let day = after + 1; day <= after + MAX_SCAN_DAYS; day++) {
      if (this.plan(day).minutes.length > 0) return day;
    }
    throw noWorkingTime();
  }
}

function noWorkingTime() {
  return slaError(
    'no_working_time',
    'Tidak ada hari kerja dalam 10 tahun ke depan; periksa jam kantor dan hari libur',
    'No working time within 10 years; check office hours and holidays',
  );
}

/** Validates a clock amount: finite, not negative, and when asked whole and/or above zero. */
export function requireAmount(
  value: number,
  what: string,
  rules: { integer: boolean; positive: boolean },
): void {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rules.positive ? value > 0 : value >= 0) &&
    (!rules.integer || Number.isInteger(value));
  if (!ok) {
    const idRule = `${rules.integer ? 'bilangan bulat ' : 'angka '}${rules.positive ? '> 0' : '≥ 0'}`;
    const enRule = `${rules.integer ? 'a whole number ' : 'a number '}${rules.positive ? '> 0' : '≥ 0'}`;
    throw slaError(
      'invalid_amount',
      `Jumlah tidak valid (${what}): ${String(value)}, harus ${idRule}`,
      `Invalid amount (${what}): ${String(value)}, expected ${enRule}`,
    );
  }
}
