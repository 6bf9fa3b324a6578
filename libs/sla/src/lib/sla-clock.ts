import { slaError } from './errors';
import { DAY_MS, HOUR_MS, MINUTE_MS, requireInstant } from './time-zone';
import { type WorkingCalendar, requireAmount } from './working-calendar';

export const SLA_CLOCK_KINDS = [
  'working_days',
  'calendar_days',
  'calendar_hours',
  'office_hours',
] as const;
/**
 * - `working_days`: "N hari kerja", see `WorkingCalendar.addWorkingDays` (whole days ≥ 1).
 * - `calendar_days`: exact N × 24 h, weekends and holidays included.
 * - `calendar_hours`: exact N hours ("1×24 jam"), nights and holidays included.
 * - `office_hours`: N hours of office time only.
 */
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];

/** How long a clock allows. */
export interface SlaClock {
  kind: SlaClockKind;
  amount: number;
}

/** A stretch during which the clock stood still (e.g. waiting for the reporter); `to: null` = still paused. */
export interface SlaPause {
  from: Date;
  to: Date | null;
}

export function assertSlaClock(clock: SlaClock): void {
  if (!(SLA_CLOCK_KINDS as readonly string[]).includes(clock?.kind)) {
    throw slaError(
      'invalid_clock',
      `Jenis jam SLA tidak dikenal: "${String(clock?.kind)}" (${SLA_CLOCK_KINDS.join(', ')})`,
      `Unknown SLA clock kind: "${String(clock?.kind)}" (${SLA_CLOCK_KINDS.join(', ')})`,
    );
  }
  requireAmount(clock.amount, `batas SLA ${clock.kind} / SLA limit ${clock.kind}`, {
    integer: clock.kind === 'working_days',
    positive: true,
  });
}

/**
 * Time of a clock is measured in "clock minutes": office minutes for `working_days` and
 * `office_hours` clocks, calendar minutes for `calendar_days` and `calendar_hours` clocks.
 */
export interface SlaDeadline {
  clock: SlaClock;
  startedAt: Date;
  /**
   * Where the clock starts counting: `startedAt`, except for working-day clocks, which count from
   * the opening of the first working day after the day of `startedAt`.
   */
  countingFrom: Date;
  /** The deadline without any pause. */
  baseDeadline: Date;
  /** The deadline moved by the closed pauses; `null` while a pause is open (clock stopped). */
  deadline: Date | null;
  paused: boolean;
  /** Start of the open pause; `null` when running. */
  pausedSince: Date | null;
  /** The deadline that was in force when the open pause began; `null` when running. */
  frozenDeadline: Date | null;
  /** Clock minutes not counted because of closed pauses (after `countingFrom`). */
  pausedMinutes: number;
  /** Clock minutes the limit allows in total. */
  allowedMinutes: number;
  /**
   * Clock minutes left, negative when overdue. Frozen at the start of an open pause; otherwise
   * measured at `now`, or `null` when no `now` was given.
   */
  remainingMinutes: number | null;
}

interface ClockSpace {
  /** Clock time in [a, b) in ms; 0 when b ≤ a. */
  measure(a: number, b: number): number;
  /** The earliest instant `ms` of clock time after `t`. */
  advance(t: number, ms: number): number;
}

function clockSpace(kind: SlaClockKind, calendar: WorkingCalendar): ClockSpace {
  if (kind === 'working_days' || kind === 'office_hours') {
    return {
      measure: (a, b) => (b <= a ? 0 : calendar.officeMillisBetween(new Date(a), new Date(b))),
      advance: (t, ms) => calendar.addOfficeMillis(new Date(t), ms).getTime(),
    };
  }
  return { measure: (a, b) => Math.max(0, b - a), advance: (t, ms) => t + ms };
}

interface MergedPause {
  from: number;
  /** `Infinity` for an open pause. */
  to: number;
}

/** Validates pauses and merges overlapping or touching ones (so time is never subtracted twice). */
function mergePauses(pauses: readonly SlaPause[]): MergedPause[] {
  const list = pauses.map((pause, index): MergedPause => {
    const from = requireInstant(pause?.from, `jeda #${index + 1} / pause #${index + 1}`);
    const to =
      pause.to === null ? Infinity : requireInstant(pause.to, `jeda / pause #${index + 1}`);
    if (to < from) {
      throw slaError(
        'invalid_pause',
        `Jeda #${index + 1} berakhir sebelum dimulai`,
        `Pause #${index + 1} ends before it starts`,
      );
    }
    return { from, to };
  });
  list.sort((a, b) => a.from - b.from);
  const merged: MergedPause[] = [];
  for (const pause of list) {
    const last = merged[merged.length - 1];
    if (last && pause.from <= last.to) last.to = Math.max(last.to, pause.to);
    else merged.push({ ...pause });
  }
  return merged;
}

/**
 * The deadline of one clock, with pauses. Paused time does not count: the deadline moves later by
 * the paused duration measured in the clock's own unit (office time paused for working-day and
 * office-hour clocks, calendar time paused for calendar clocks). Pauses before the clock starts
 * counting (for working-day clocks: on the arrival day) change nothing; overlapping pauses count
 * once. While a pause is open the deadline is `null` and the remaining time is frozen at its value
 * when the pause began.
 *
 * Working-day clocks move by office minutes, not whole days: pausing 2 office hours moves a
 * Wednesday 16:00 deadline to Thursday 10:00; pausing whole working days moves it by whole days.
 */
export function computeDeadline(
  clock: SlaClock,
  startedAt: Date,
  pauses: readonly SlaPause[],
  calendar: WorkingCalendar,
  now?: Date,
): SlaDeadline {
  assertSlaClock(clock);
  const start = requireInstant(startedAt, 'mulai / started at');
  const nowMs = now === undefined ? undefined : requireInstant(now, 'sekarang / now');
  const space = clockSpace(clock.kind, calendar);

  let origin = start;
  let base: number;
  switch (clock.kind) {
    case 'working_days':
      origin = calendar.startOfNextWorkingDay(startedAt).getTime();
      base = calendar.addWorkingDays(startedAt, clock.amount).getTime();
      break;
    case 'office_hours':
      base = calendar.addOfficeMillis(startedAt, clock.amount * HOUR_MS).getTime();
      break;
    case 'calendar_hours':
      base = start + clock.amount * HOUR_MS;
      break;
    case 'calendar_days':
      base = start + clock.amount * DAY_MS;
      break;
  }
  const allowed = space.measure(origin, base);

  const merged = mergePauses(pauses);
  const open = merged.find((pause) => pause.to === Infinity);
  const closed = merged.filter((pause) => pause.to !== Infinity);
  const pausedWithin = (until: number) =>
    closed.reduce(
      (sum, pause) => sum + space.measure(Math.max(pause.from, origin), Math.min(pause.to, until)),
      0,
    );
  const closedPaused = pausedWithin(Infinity);
  const consumedAt = (t: number) => space.measure(origin, t) - pausedWithin(t);

  const common = {
    clock: { kind: clock.kind, amount: clock.amount },
    startedAt: new Date(start),
    countingFrom: new Date(origin),
    baseDeadline: new Date(base),
    pausedMinutes: closedPaused / MINUTE_MS,
    allowedMinutes: allowed / MINUTE_MS,
  };

  if (open) {
    // Merging guarantees every closed pause ends before the open one starts.
    return {
      ...common,
      deadline: null,
      paused: true,
      pausedSince: new Date(open.from),
      frozenDeadline: new Date(space.advance(base, closedPaused)),
      remainingMinutes: (allowed - consumedAt(Math.max(open.from, origin))) / MINUTE_MS,
    };
  }
  return {
    ...common,
    deadline: new Date(space.advance(base, closedPaused)),
    paused: false,
    pausedSince: null,
    frozenDeadline: null,
    remainingMinutes: nowMs === undefined ? null : (allowed - consumedAt(nowMs)) / MINUTE_MS,
  };
}

export type SlaState = 'on_track' | 'due_soon' | 'overdue';

/**
 * When a clock is "due soon": less than `fraction` of the allowed time remains, or less than the
 * minimum for its kind remains, whichever is larger:
 * - working-day clocks: `minWorkingDays` × the office minutes of the deadline's working day;
 * - calendar-day clocks: `minCalendarDays` × 24 h;
 * - hour clocks (calendar and office): `minHours` (in the clock's own minutes).
 */
export interface DueSoonRule {
  fraction: number;
  minWorkingDays: number;
  minCalendarDays: number;
  minHours: number;
}

export const DEFAULT_DUE_SOON_RULE: Readonly<DueSoonRule> = {
  fraction: 0.25,
  minWorkingDays: 1,
  minCalendarDays: 1,
  minHours: 2,
};

export interface SlaStateOptions extends Partial<DueSoonRule> {
  /**
   * Total allowed clock minutes (as `SlaDeadline.allowedMinutes`). Default: from the clock; for
   * working-day clocks the office minutes of the `amount` working days ending on the deadline's day.
   */
  allowedMinutes?: number;
}

function dueSoonRule(options: SlaStateOptions): DueSoonRule {
  const rule = { ...DEFAULT_DUE_SOON_RULE };
  for (const key of Object.keys(DEFAULT_DUE_SOON_RULE) as (keyof DueSoonRule)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || (key === 'fraction' && value > 1)) {
      throw slaError(
        'invalid_threshold',
        `Ambang "hampir jatuh tempo" tidak valid: ${key} = ${String(value)}`,
        `Invalid due-soon threshold: ${key} = ${String(value)}`,
      );
    }
    rule[key] = value;
  }
  return rule;
}

function thresholdMinutes(
  clock: SlaClock,
  deadline: Date,
  allowedMinutes: number,
  calendar: WorkingCalendar,
  rule: DueSoonRule,
): number {
  let floor: number;
  switch (clock.kind) {
    case 'working_days':
      floor = rule.minWorkingDays * calendar.workingDayMinutesAt(deadline);
      break;
    case 'calendar_days':
      floor = rule.minCalendarDays * (DAY_MS / MINUTE_MS);
      break;
    case 'calendar_hours':
    case 'office_hours':
      floor = rule.minHours * 60;
      break;
  }
  return Math.max(rule.fraction * allowedMinutes, floor);
}

function defaultAllowedMinutes(clock: SlaClock, deadline: Date, calendar: WorkingCalendar): number {
  switch (clock.kind) {
    case 'working_days':
      return calendar.workingDaysMinutesEndingAt(deadline, clock.amount);
    case 'calendar_days':
      return clock.amount * (DAY_MS / MINUTE_MS);
    case 'calendar_hours':
    case 'office_hours':
      return clock.amount * 60;
  }
}

/**
 * State of a running clock at `now`. `overdue` strictly after the deadline (the deadline instant
 * itself is still in time); `due_soon` when the remaining clock time (office time for working-day
 * and office-hour clocks) is below the `DueSoonRule` threshold; otherwise `on_track`.
 * Example, 3 HK due Wednesday 16:00: 25 % of 24 office hours is 6 h, one working day is 8 h, so
 * the clock is due soon once less than 8 office hours remain, i.e. from Wednesday's opening on
 * (at 08:00 sharp exactly 8 h remain: still on track).
 */
export function slaState(
  deadline: Date,
  now: Date,
  clock: SlaClock,
  calendar: WorkingCalendar,
  options: SlaStateOptions = {},
): SlaState {
  assertSlaClock(clock);
  const due = requireInstant(deadline, 'tenggat / deadline');
  const at = requireInstant(now, 'sekarang / now');
  const rule = dueSoonRule(options);
  if (at > due) return 'overdue';
  const remaining =
    clock.kind === 'working_days' || clock.kind === 'office_hours'
      ? calendar.workingTimeBetween(now, deadline)
      : (due - at) / MINUTE_MS;
  const allowed = options.allowedMinutes ?? defaultAllowedMinutes(clock, deadline, calendar);
  return remaining < thresholdMinutes(clock, deadline, allowed, calendar, rule)
    ? 'due_soon'
    : 'on_track';
}

/**
 * State of a computed deadline. A running clock is judged at `now` with `slaState`; a paused clock
 * keeps the state it had when the pause began (overdue if paused after its deadline, otherwise
 * judged on the frozen remaining time), whatever `now` is.
 */
export function slaStateOf(
  result: SlaDeadline,
  now: Date,
  calendar: WorkingCalendar,
  options: SlaStateOptions = {},
): SlaState {
  const allowedMinutes = options.allowedMinutes ?? result.allowedMinutes;
  if (!result.paused || !result.frozenDeadline || !result.pausedSince) {
    if (!result.deadline) throw slaError('invalid_clock', 'Tenggat kosong', 'Missing deadline');
    return slaState(result.deadline, now, result.clock, calendar, { ...options, allowedMinutes });
  }
  const rule = dueSoonRule(options);
  if (result.pausedSince.getTime() > result.frozenDeadline.getTime()) return 'overdue';
  const remaining = result.remainingMinutes ?? 0;
  return remaining <
    thresholdMinutes(result.clock, result.frozenDeadline, allowedMinutes, calendar, rule)
    ? 'due_soon'
    : 'on_track';
}
