import {
  DEFAULT_LEADERS_THRESHOLDS,
  type DurationFigure,
  type HandoffFlowRow,
  type LeadersFigure,
  type LeadersSlaRow,
  type LeadersThresholds,
  type RateFigure,
  type RatingFigure,
  type WaitingFigure,
} from '@simpul/contracts';
import {
  DEFAULT_SLA_DEFINITIONS,
  HOUR_MS,
  SLA_CLOCK_NAMES,
  computeDeadline,
  slaStateOf,
  type SlaClock,
  type SlaPause,
  type WorkingCalendar,
} from '@simpul/sla';
import type { EntityManager } from 'typeorm';
import { toClockRow, type ClockRow } from '../case-kernel/case-clocks';
import { runQuery } from '../database/typed-query';
import type { LeadersPeriod } from './leaders-period';
import {
  casesActiveInPeriod,
  clocksOfCases,
  coveredStintsOfCases,
  handoffFlow,
  openCasesHeld,
  ratingsInPeriod,
  stintsInPeriod,
  thresholdsOf,
  transitionsOfCases,
  waitingHandoffs,
  type ITransitionsOfCasesResult,
} from './leaders.queries';

/**
 * The figures of docs/indicators.md, each with the cases behind it, so that the dashboard's number
 * and the drill-down's list come from the same code. Runs in system mode over the covered agencies
 * (the caller checked the scope): figures count by holding history.
 */
export interface FigureFilter {
  /** The covered agencies. */
  agencies: string[];
  regency: string | null;
  category: string | null;
}

/** The holding statuses (as `simpul_sync_case_hand`): the agency holds the ball. */
const HOLDING_STATUSES = new Set(['new', 'verified', 'routed', 'in_progress', 'reopened']);
const ROUTING = new Set(['verify', 'route']);
const FIRST_REPLY = new Set(['follow_up', 'resolve']);
const CLOSED_UNROUTED = new Set(['archive', 'merge', 'resolve']);
const CLOSED_UNREPLIED = new Set(['archive', 'merge']);

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return round2(sorted[low] + (sorted[high] - sorted[low]) * (position - low));
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function durationFigure(hours: readonly number[]): DurationFigure {
  return {
    count: hours.length,
    medianHours: percentile(hours, 0.5),
    p90Hours: percentile(hours, 0.9),
  };
}

export function rateFigure(numerator: number, denominator: number): RateFigure {
  return {
    numerator,
    denominator,
    rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000,
  };
}

function waitingFigure(ages: readonly number[]): WaitingFigure {
  return {
    count: ages.length,
    medianAgeHours: percentile(ages, 0.5),
    oldestAgeHours: ages.length ? round2(Math.max(...ages)) : null,
  };
}

const hoursBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / HOUR_MS;

/** What is true now: open cases, clocks, waiting handoffs, location, stalled. */
export interface NowFigures {
  open: { caseId: string; status: string; agencyId: string }[];
  sla: LeadersSlaRow[];
  overdue: string[];
  dueSoon: string[];
  handoffsWaiting: WaitingFigure;
  handoffsWaitingCases: string[];
  pingPong: WaitingFigure;
  pingPongCases: string[];
  waitingForLocation: WaitingFigure;
  waitingForLocationCases: string[];
  stalled: string[];
}

/** What happened in one period. */
export interface PeriodFigures {
  held: string[];
  timeInHand: Map<string, DurationFigure>;
  handoffFlow: HandoffFlowRow[];
  verification: RateFigure;
  lateVerification: string[];
  followUp: RateFigure;
  lateFollowUp: string[];
  resolutionTime: DurationFigure;
  resolved: string[];
  reopenRate: RateFigure;
  reopened: string[];
  ratings: RatingFigure;
}

/** The thresholds of each agency given (the defaults where it has none of its own). */
export async function thresholdsFor(
  manager: EntityManager,
  agencies: string[],
): Promise<Map<string, LeadersThresholds & { custom: boolean }>> {
  const rows = await runQuery(manager, thresholdsOf, { agencies });
  const map = new Map<string, LeadersThresholds & { custom: boolean }>();
  for (const agencyId of agencies)
    map.set(agencyId, { ...DEFAULT_LEADERS_THRESHOLDS, custom: false });
  for (const row of rows)
    map.set(row.agencyId, {
      dueSoonFraction: row.dueSoonFraction,
      dueSoonMinWorkingDays: row.dueSoonMinWorkingDays,
      stalledWorkingDays: row.stalledWorkingDays,
      custom: true,
    });
  return map;
}

export async function nowFigures(
  manager: EntityManager,
  filter: FigureFilter,
  calendar: WorkingCalendar,
  deadlineOf: (
    row: ClockRow,
    calendar: WorkingCalendar,
    now: Date,
  ) => ReturnType<typeof computeDeadline>,
  now: Date,
): Promise<NowFigures> {
  const open = await runQuery(manager, openCasesHeld, filter);
  const holders = [...new Set(open.map((row) => row.agencyId))];
  const thresholds = await thresholdsFor(manager, holders);
  const holderOf = new Map(open.map((row) => [row.caseId, row.agencyId]));

  const clocks = open.length
    ? (await runQuery(manager, clocksOfCases, { caseIds: open.map((row) => row.caseId) }))
        .filter((row) => row.completed_at === null)
        .map(toClockRow)
    : [];
  const slaRows = new Map<string, LeadersSlaRow>();
  const worst = new Map<string, 'due_soon' | 'overdue'>();
  for (const clock of clocks) {
    const rule = thresholds.get(holderOf.get(clock.case_id) ?? '') ?? DEFAULT_LEADERS_THRESHOLDS;
    const state = slaStateOf(deadlineOf(clock, calendar, now), now, calendar, {
      fraction: rule.dueSoonFraction,
      minWorkingDays: rule.dueSoonMinWorkingDays,
    });
    const row = slaRows.get(clock.clock) ?? {
      clock: clock.clock,
      label: DEFAULT_SLA_DEFINITIONS[clock.clock].label,
      onTrack: 0,
      dueSoon: 0,
      overdue: 0,
    };
    if (state === 'on_track') row.onTrack++;
    else if (state === 'due_soon') row.dueSoon++;
    else row.overdue++;
    slaRows.set(clock.clock, row);
    if (state === 'overdue') worst.set(clock.case_id, 'overdue');
    else if (state === 'due_soon' && !worst.has(clock.case_id))
      worst.set(clock.case_id, 'due_soon');
  }

  const handoffs = await runQuery(manager, waitingHandoffs, filter);
  const waiting = handoffs.filter((h) => h.status === 'open');
  const frozen = handoffs.filter((h) => h.status === 'frozen');
  const needsLocation = open.filter(
    (row) => row.locationConfidence === 'unknown' || row.locationConfidence === 'text',
  );
  const stalled = open.filter((row) => {
    if (!HOLDING_STATUSES.has(row.status) || !row.lastEventAt) return false;
    const rule = thresholds.get(row.agencyId) ?? DEFAULT_LEADERS_THRESHOLDS;
    return calendar.workingDaysBetween(row.lastEventAt, now) >= rule.stalledWorkingDays;
  });
  return {
    open: open.map(({ caseId, status, agencyId }) => ({ caseId, status, agencyId })),
    sla: SLA_CLOCK_NAMES.flatMap((name) => slaRows.get(name) ?? []),
    overdue: [...worst].filter(([, state]) => state === 'overdue').map(([id]) => id),
    dueSoon: [...worst].filter(([, state]) => state === 'due_soon').map(([id]) => id),
    handoffsWaiting: waitingFigure(waiting.map((h) => hoursBetween(h.proposedAt, now))),
    handoffsWaitingCases: waiting.map((h) => h.caseId),
    pingPong: waitingFigure(frozen.map((h) => hoursBetween(h.proposedAt, now))),
    pingPongCases: frozen.map((h) => h.caseId),
    waitingForLocation: waitingFigure(needsLocation.map((row) => hoursBetween(row.createdAt, now))),
    waitingForLocationCases: needsLocation.map((row) => row.caseId),
    stalled: stalled.map((row) => row.caseId),
  };
}

interface Stint {
  agencyId: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** Held by a covered agency at some moment of `[from, until)` (a stint starting before `until`). */
const heldBetween = (stints: readonly Stint[], from: Date, until: Date) =>
  stints.some(
    (s) => s.startedAt < until && (s.endedAt === null || s.endedAt.getTime() >= from.getTime()),
  );

export async function periodFigures(
  manager: EntityManager,
  filter: FigureFilter,
  period: LeadersPeriod,
  calendar: WorkingCalendar,
  now: Date,
): Promise<PeriodFigures> {
  const range = { ...filter, start: period.start, end: period.end };
  const inPeriod = (at: Date) => at >= period.start && at < period.end;
  const cut = new Date(Math.min(period.end.getTime(), now.getTime()));

  // Held, and time in hand: each covered agency's stints cut to the period and to now.
  const stints = await runQuery(manager, stintsInPeriod, range);
  const officeHours = new Map<string, Map<string, number>>();
  for (const stint of stints) {
    const from = new Date(Math.max(stint.startedAt.getTime(), period.start.getTime()));
    const until = new Date(Math.min((stint.endedAt ?? now).getTime(), cut.getTime()));
    const hours = until > from ? calendar.officeMillisBetween(from, until) / HOUR_MS : 0;
    const perCase = officeHours.get(stint.agencyId) ?? new Map<string, number>();
    perCase.set(stint.caseId, (perCase.get(stint.caseId) ?? 0) + hours);
    officeHours.set(stint.agencyId, perCase);
  }
  const timeInHand = new Map<string, DurationFigure>();
  for (const [agencyId, perCase] of officeHours)
    timeInHand.set(agencyId, durationFigure([...perCase.values()]));

  // Verification, follow-up, resolution and reopens: from each case's status changes.
  const candidates = await runQuery(manager, casesActiveInPeriod, range);
  const caseIds = candidates.map((row) => row.caseId);
  // One statement at a time: they share the transaction's connection.
  const transitions = caseIds.length
    ? await runQuery(manager, transitionsOfCases, { caseIds })
    : [];
  const covered = caseIds.length
    ? await runQuery(manager, coveredStintsOfCases, { caseIds, agencies: filter.agencies })
    : [];
  const clocks = caseIds.length ? await runQuery(manager, clocksOfCases, { caseIds }) : [];
  const byCase = <T extends { caseId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.caseId, [...(map.get(row.caseId) ?? []), row]);
    return map;
  };
  const transitionsOf = byCase(transitions);
  const stintsOf = byCase(covered);
  const clockOf = new Map(clocks.map((row) => [`${row.case_id}:${row.clock}`, toClockRow(row)]));

  let verifiedInTime = 0;
  let verificationCounted = 0;
  const lateVerification: string[] = [];
  let repliedInTime = 0;
  let followUpCounted = 0;
  const lateFollowUp: string[] = [];
  const resolutionHours: number[] = [];
  const resolved: string[] = [];
  let answered = 0;
  const reopened: string[] = [];

  for (const { caseId, createdAt } of candidates) {
    const moves = transitionsOf.get(caseId) ?? [];
    const held = stintsOf.get(caseId) ?? [];
    const routing = moves.find((m) => ROUTING.has(m.action));

    // Verification within 3 HK: received in the period.
    if (inPeriod(createdAt)) {
      const closedFirst = moves.find(
        (m) => CLOSED_UNROUTED.has(m.action) && (!routing || m.at < routing.at),
      );
      const clock = clockOf.get(`${caseId}:verification`);
      const deadline = deadlineAt(
        clock ?? defaultClock('verification', createdAt),
        calendar,
        clock?.pauses.map(toPause) ?? [],
      );
      const until = routing?.at ?? now;
      if (heldBetween(held, createdAt, until) && !(closedFirst && !routing)) {
        if (routing) {
          verificationCounted++;
          if (deadline && routing.at <= deadline) verifiedInTime++;
          else lateVerification.push(caseId);
        } else if (!closedFirst && deadline && now > deadline) {
          verificationCounted++;
          lateVerification.push(caseId);
        }
      }
    }

    // Follow-up within 5 HK: routed in the period.
    if (routing && inPeriod(routing.at)) {
      const after = moves.filter((m) => m.at >= routing.at && m !== routing);
      const reply = after.find((m) => FIRST_REPLY.has(m.action));
      const closedFirst = after.find(
        (m) => CLOSED_UNREPLIED.has(m.action) && (!reply || m.at < reply.at),
      );
      const stored = clockOf.get(`${caseId}:follow_up`);
      const clock: SlaClock = stored
        ? { kind: stored.kind, amount: Number(stored.amount) }
        : DEFAULT_SLA_DEFINITIONS.follow_up;
      const deadline = deadlineAt(
        { kind: clock.kind, amount: clock.amount, started_at: routing.at },
        calendar,
        reporterPauses(after),
      );
      const until = reply?.at ?? now;
      const heldAfterRouting = held.some(
        (s) => s.startedAt < until && (s.endedAt === null || s.endedAt > routing.at),
      );
      if (heldAfterRouting && !(closedFirst && !reply)) {
        if (reply) {
          followUpCounted++;
          if (deadline && reply.at <= deadline) repliedInTime++;
          else lateFollowUp.push(caseId);
        } else if (!closedFirst && deadline && now > deadline) {
          followUpCounted++;
          lateFollowUp.push(caseId);
        }
      }
    }

    // Resolution time: first resolution in the period.
    const resolution = moves.find((m) => m.action === 'resolve');
    if (resolution && inPeriod(resolution.at) && held.some((s) => s.startedAt < resolution.at)) {
      resolved.push(caseId);
      resolutionHours.push(hoursBetween(createdAt, resolution.at));
    }

    // Reopen rate: answered (followed up or resolved) in the period, reopened after.
    const answer = moves.find((m) => FIRST_REPLY.has(m.action) && inPeriod(m.at));
    if (answer && held.some((s) => s.startedAt < answer.at)) {
      answered++;
      if (moves.some((m) => m.action === 'reopen' && m.at > answer.at)) reopened.push(caseId);
    }
  }

  const ratings = await runQuery(manager, ratingsInPeriod, range);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const rating of ratings) distribution[rating.stars - 1]++;
  const flow = await runQuery(manager, handoffFlow, range);

  return {
    held: [...new Set(stints.map((stint) => stint.caseId))],
    timeInHand,
    handoffFlow: flow,
    verification: rateFigure(verifiedInTime, verificationCounted),
    lateVerification,
    followUp: rateFigure(repliedInTime, followUpCounted),
    lateFollowUp,
    resolutionTime: durationFigure(resolutionHours),
    resolved,
    reopenRate: rateFigure(reopened.length, answered),
    reopened,
    ratings: {
      count: ratings.length,
      average: ratings.length
        ? round2(ratings.reduce((sum, r) => sum + r.stars, 0) / ratings.length)
        : null,
      distribution,
    },
  };
}

interface ClockStart {
  kind: SlaClock['kind'];
  amount: number | string;
  started_at: Date;
}

const defaultClock = (name: 'verification', startedAt: Date): ClockStart => ({
  kind: DEFAULT_SLA_DEFINITIONS[name].kind,
  amount: DEFAULT_SLA_DEFINITIONS[name].amount,
  started_at: startedAt,
});

const toPause = (pause: { from: string; to: string | null }): SlaPause => ({
  from: new Date(pause.from),
  to: pause.to ? new Date(pause.to) : null,
});

/** The deadline on the working calendar with pauses; while paused, the deadline frozen so far. */
function deadlineAt(clock: ClockStart, calendar: WorkingCalendar, pauses: SlaPause[]): Date | null {
  const result = computeDeadline(
    { kind: clock.kind, amount: Number(clock.amount) },
    clock.started_at,
    pauses,
    calendar,
  );
  return result.deadline ?? result.frozenDeadline;
}

/** Waiting for the reporter: from a change to needs information until the next status change. */
function reporterPauses(moves: readonly ITransitionsOfCasesResult[]): SlaPause[] {
  const pauses: SlaPause[] = [];
  moves.forEach((move, index) => {
    if (move.toStatus !== 'needs_information') return;
    pauses.push({ from: move.at, to: moves[index + 1]?.at ?? null });
  });
  return pauses;
}

/** The cases behind one drill-down figure (docs/indicators.md). */
export function casesOfFigure(
  figure: LeadersFigure,
  now: NowFigures | null,
  period: PeriodFigures | null,
): string[] {
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error(`figure ${figure} computed without its part`);
    return value;
  };
  switch (figure) {
    case 'open':
      return need(now).open.map((row) => row.caseId);
    case 'overdue':
      return need(now).overdue;
    case 'due_soon':
      return need(now).dueSoon;
    case 'handoffs_waiting':
      return need(now).handoffsWaitingCases;
    case 'ping_pong':
      return need(now).pingPongCases;
    case 'waiting_location':
      return need(now).waitingForLocationCases;
    case 'stalled':
      return need(now).stalled;
    case 'held':
      return need(period).held;
    case 'late_verification':
      return need(period).lateVerification;
    case 'late_follow_up':
      return need(period).lateFollowUp;
    case 'resolved':
      return need(period).resolved;
    case 'reopened':
      return need(period).reopened;
  }
}

/** Whether a figure is a snapshot (now) or of a period. */
export const NOW_FIGURES: readonly LeadersFigure[] = [
  'open',
  'overdue',
  'due_soon',
  'handoffs_waiting',
  'ping_pong',
  'waiting_location',
  'stalled',
];
