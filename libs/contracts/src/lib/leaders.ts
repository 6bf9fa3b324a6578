import type { CaseCategory } from './case';
import type { CaseStatus } from './case-status';

/**
 * The leaders' view (issue #16): the figures a pimpinan is judged on, over what the access policy
 * lets the acting agency oversee. Every figure is defined in `docs/indicators.md`; the web links
 * each number to its definition by the figure's key.
 */

/**
 * `GET /api/leaders/dashboard`. The period is whole local days (the working calendar's time zone,
 * WIB by default): from `from` 00:00 up to the end of `to`. Default: the 30 days ending today.
 */
export interface LeadersDashboardQuery {
  /** YYYY-MM-DD, the first day of the period. */
  from?: string;
  /** YYYY-MM-DD, the last day of the period (inclusive); not before `from`, at most 366 days after. */
  to?: string;
  /** One agency of the leader's scope: the figures of it and its units (subtree). */
  agencyId?: string;
  /** Kemendagri regency/city code, e.g. `35.07`. */
  regency?: string;
  category?: CaseCategory;
}

/** How an agency of the scope relates to the acting agency. */
export type LeadersScopeRelation = 'self' | 'unit' | 'coordinated' | 'installation';

/** One agency the leader oversees. */
export interface LeadersScopeAgency {
  id: string;
  shortName: string;
  name: string;
  kind: string;
  parentId: string | null;
  relation: LeadersScopeRelation;
}

/** A share: `rate` = numerator / denominator (0..1), null when the denominator is 0. */
export interface RateFigure {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** Durations in hours of the figure's own kind (office hours or calendar hours, per definition). */
export interface DurationFigure {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** A figure of the period beside the same figure over the previous period of equal length. */
export interface PeriodFigure<T> {
  current: T;
  previous: T;
}

/** Citizens' ratings (1–5 stars) given in the period. */
export interface RatingFigure {
  count: number;
  /** Mean stars, null without ratings. */
  average: number | null;
  /** Number of ratings with 1, 2, 3, 4 and 5 stars. */
  distribution: [number, number, number, number, number];
}

/** Something waiting now, with its age in hours (calendar). */
export interface WaitingFigure {
  count: number;
  medianAgeHours: number | null;
  oldestAgeHours: number | null;
}

/** One pair of agencies in the handoff flow (ping-pong makes the flow cyclic: from and to apart). */
export interface HandoffFlowRow {
  fromAgencyId: string;
  toAgencyId: string;
  proposed: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  expired: number;
  /** Frozen (would bounce) and later arbitrated proposals. */
  frozen: number;
}

/** Running SLA clocks of one kind on the open cases the scope holds now. */
export interface LeadersSlaRow {
  clock: string;
  label: { id: string; en: string };
  onTrack: number;
  dueSoon: number;
  overdue: number;
}

/** Time in hand of one agency over the period (office hours, see docs/indicators.md). */
export interface TimeInHandRow {
  agencyId: string;
  time: PeriodFigure<DurationFigure>;
}

/**
 * When a clock counts as "due soon" on the leaders' view, and when an open case is "stalled": set
 * per agency (`PUT /api/leaders/thresholds`), applied to the cases that agency holds.
 */
export interface LeadersThresholds {
  /** Due soon when less than this share of the allowed time remains (0..1). */
  dueSoonFraction: number;
  /** … or when less than this many working days remain on a working-day clock (0..10). */
  dueSoonMinWorkingDays: number;
  /** Stalled: an open case with no timeline event for this many working days (1..60). */
  stalledWorkingDays: number;
}

export const DEFAULT_LEADERS_THRESHOLDS: Readonly<LeadersThresholds> = {
  dueSoonFraction: 0.25,
  dueSoonMinWorkingDays: 1,
  stalledWorkingDays: 5,
};

export interface LeadersThresholdsView extends LeadersThresholds {
  agencyId: string;
  /** False while the agency uses the defaults. */
  custom: boolean;
}

/** `PUT /api/leaders/thresholds`: the acting agency's thresholds. */
export type LeadersThresholdsRequest = LeadersThresholds;

/**
 * The figures behind which a case list can be opened (drill-down): the inbox's `figure` filter
 * takes one of these with `figureAgencyId`, `from`, `to` (see InboxQuery) and lists the readable
 * cases behind the number, with `hiddenCount` for the rest.
 */
export const LEADERS_FIGURES = [
  /** Open cases held now. */
  'open',
  /** Open cases held now with a running clock overdue. */
  'overdue',
  /** … due soon (none overdue). */
  'due_soon',
  /** Cases held at some moment of the period. */
  'held',
  /** Cases with a handoff proposal waiting for acceptance now (from or to the scope). */
  'handoffs_waiting',
  /** Cases with a frozen proposal (ping-pong) waiting for arbitration now. */
  'ping_pong',
  /** Cases received in the period whose verification missed 3 HK (late or still late). */
  'late_verification',
  /** Cases routed in the period whose first follow-up missed 5 HK. */
  'late_follow_up',
  /** Cases resolved in the period. */
  'resolved',
  /** Cases followed up or resolved in the period and reopened afterwards. */
  'reopened',
  /** Open cases held now whose location is unknown or only text. */
  'waiting_location',
  /** Open cases held now with no timeline event for the agency's stalled threshold. */
  'stalled',
] as const;
export type LeadersFigure = (typeof LEADERS_FIGURES)[number];

/** `GET /api/leaders/dashboard`. */
export interface LeadersDashboard {
  period: {
    from: string;
    to: string;
    previousFrom: string;
    previousTo: string;
    timeZone: string;
  };
  generatedAt: string;
  /** The agencies the figures cover (the filter applied); `scope` lists all the leader may pick. */
  covered: string[];
  scope: LeadersScopeAgency[];
  /** Now: open cases held by the covered agencies, by status and by holding agency. */
  open: {
    total: number;
    byStatus: Partial<Record<CaseStatus, number>>;
    byAgency: { agencyId: string; count: number }[];
  };
  /** Now: running clocks of those open cases by state (the holder's due-soon threshold). */
  sla: LeadersSlaRow[];
  /** Now: proposals waiting for acceptance, from or to a covered agency. */
  handoffsWaiting: WaitingFigure;
  /** Now: frozen proposals (ping-pong) waiting for an arbiter. */
  pingPong: WaitingFigure;
  /** Proposals made in the period from or to a covered agency, per pair. */
  handoffFlow: PeriodFigure<HandoffFlowRow[]>;
  /** Cases held at some moment of the period. */
  held: PeriodFigure<number>;
  timeInHand: TimeInHandRow[];
  verificationWithin3Hk: PeriodFigure<RateFigure>;
  followUpWithin5Hk: PeriodFigure<RateFigure>;
  /** Receipt to resolution, calendar hours. */
  resolutionTime: PeriodFigure<DurationFigure>;
  reopenRate: PeriodFigure<RateFigure>;
  ratings: PeriodFigure<RatingFigure>;
  /** Now: open cases waiting for a location, age since receipt. */
  waitingForLocation: WaitingFigure;
  /** Now: open cases with no timeline event for their holder's stalled threshold. */
  stalled: { count: number };
  /** The thresholds of each covered agency that has its own (others use the defaults). */
  thresholds: LeadersThresholdsView[];
}

/** Export formats of the case list (`GET /api/cases/export.csv`, `…/export.xlsx`). */
export const CASE_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type CaseExportFormat = (typeof CASE_EXPORT_FORMATS)[number];
