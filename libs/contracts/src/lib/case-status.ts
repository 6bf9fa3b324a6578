/** Case statuses, in LAPOR's vocabulary (DOMAIN.md §2). Transitions live in the API's one machine. */
export const CASE_STATUSES = [
  'new',
  'needs_information',
  'verified',
  'routed',
  'in_progress',
  'followed_up',
  'resolved',
  'archived',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'verify',
  'route',
  'start',
  'follow_up',
  'resolve',
  'request_information',
  'information_received',
  'archive',
  'reopen',
  /** The system's: a duplicate merged into another case is archived (see MergeCaseRequest). */
  'merge',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The LAPOR dashboard bucket each status shows under. */
export const LAPOR_BUCKETS = {
  new: 'Belum Terverifikasi',
  verified: 'Terdisposisi Belum Ditindaklanjuti',
  routed: 'Terdisposisi Belum Ditindaklanjuti',
  in_progress: 'Terdisposisi Sedang Diproses',
  reopened: 'Terdisposisi Sedang Diproses',
  followed_up: 'Terdisposisi Selesai',
  resolved: 'Terdisposisi Selesai',
  needs_information: 'Tertunda',
  archived: 'Arsip',
} as const satisfies Record<CaseStatus, string>;
export type LaporBucket = (typeof LAPOR_BUCKETS)[CaseStatus];

export interface CaseTransitionRequest {
  action: CaseAction;
  /** The version the user saw (409 when stale). */
  version: number;
  /** Why, for the timeline (required for archive, reopen and request_information). */
  note?: string;
  /**
   * Resolving while required collaborator tasks are open: the lead's recorded reason (without it,
   * 409 OPEN_TASKS).
   */
  overrideOpenTasks?: string;
}

export type SlaState = 'on_track' | 'due_soon' | 'overdue';

/** One running or finished SLA clock of a case (verification 3 HK, follow-up 5 HK, …). */
export interface CaseClockView {
  clock: string;
  label: { id: string; en: string };
  kind: 'working_days' | 'calendar_days' | 'calendar_hours' | 'office_hours';
  amount: number;
  startedAt: string;
  /** Null while paused (waiting for the reporter). */
  deadline: string | null;
  paused: boolean;
  completedAt: string | null;
  escalatedAt: string | null;
  /** Null once completed. */
  state: SlaState | null;
}

/** A day of the working calendar that is not a normal working day, or an admin's correction. */
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  /** `library`: from the maintained holiday library; `override`: set by an admin. */
  source: 'library' | 'override';
}

/** An admin's correction of the holiday library, as stored. */
export interface CalendarOverrideView {
  /** YYYY-MM-DD */
  date: string;
  kind: 'holiday' | 'working';
  name: string | null;
}

/**
 * A year's decree (SKB) entered in one go: one day off per line, `YYYY-MM-DD Name`, e.g.
 * `2027-01-01 Tahun Baru 2027 Masehi`. It replaces the year's corrections: the listed days are
 * the year's days off, and every other holiday of the year is cancelled.
 */
export interface CalendarDecreeRequest {
  text: string;
}

export interface CalendarOverrideRequest {
  /** YYYY-MM-DD */
  date: string;
  /** `holiday`: add a day off (cuti bersama, moved holiday); `working`: cancel a library holiday. */
  kind: 'holiday' | 'working';
  name?: string;
}
