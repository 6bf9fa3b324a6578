import { DAY_MS, MINUTE_MS, parseIsoDate, formatDayNumber, resolveTimeZone } from '@simpul/sla';
import { invalidLeadersInput } from './leaders-errors';

/** A period of whole local days: instants `[start, end)`. */
export interface LeadersPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

export interface LeadersPeriods {
  current: LeadersPeriod;
  previous: LeadersPeriod;
  timeZone: string;
}

export const DEFAULT_PERIOD_DAYS = 30;
export const MAX_PERIOD_DAYS = 366;

/**
 * The period `from`–`to` (YYYY-MM-DD, inclusive, local days of the calendar's zone) and the
 * previous one of the same length (docs/indicators.md, "Period"). Default: the 30 days ending
 * today. Refuses, naming the field: an impossible date, `to` before `from`, more than 366 days.
 */
export function leadersPeriods(
  query: { from?: string; to?: string },
  timeZone: string,
  now: Date,
): LeadersPeriods {
  const offset = resolveTimeZone(timeZone).offsetMinutes * MINUTE_MS;
  const today = Math.floor((now.getTime() + offset) / DAY_MS);
  const day = (field: 'from' | 'to', value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    const parsed = parseIsoDate(value);
    if (parsed === null)
      throw invalidLeadersInput(
        field,
        `${field} harus tanggal YYYY-MM-DD yang ada`,
        `${field} must be an existing YYYY-MM-DD date`,
      );
    return parsed;
  };
  const to = day('to', query.to, today);
  const from = day('from', query.from, to - (DEFAULT_PERIOD_DAYS - 1));
  if (to < from)
    throw invalidLeadersInput(
      'to',
      'to tidak boleh sebelum from (periode terbalik)',
      'to must not be before from (inverted period)',
    );
  const days = to - from + 1;
  if (days > MAX_PERIOD_DAYS)
    throw invalidLeadersInput(
      'to',
      `periode paling lama ${MAX_PERIOD_DAYS} hari`,
      `the period is at most ${MAX_PERIOD_DAYS} days`,
    );
  const period = (first: number, last: number): LeadersPeriod => ({
    from: formatDayNumber(first),
    to: formatDayNumber(last),
    start: new Date(first * DAY_MS - offset),
    end: new Date((last + 1) * DAY_MS - offset),
  });
  return {
    current: period(from, to),
    previous: period(from - days, from - 1),
    timeZone,
  };
}
