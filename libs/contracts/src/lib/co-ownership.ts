import type { ParticipantRole } from './case';
import type { HandoffReason, HandoffSenderChoice, HandoffView } from './handoffs';

/**
 * Co-ownership of a case: the lead invites another agency as a collaborator with a task ("PLN:
 * padamkan listrik untuk penggantian tiang"); the invited agency accepts or declines; the
 * collaborator moves its task through its own sub-status; any participant but the lead can be
 * ended (it leaves, its history stays). A case is not resolved while a required task is open,
 * unless the lead overrides with a recorded reason.
 */

/** Where a participant stands: invited (not yet a collaborator), active, declined, ended. */
export const PARTICIPATION_STATUSES = ['invited', 'active', 'declined', 'ended'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** A collaborator's task: open, being worked on, done. Only `done` lets the case resolve. */
export const TASK_STATUSES = ['open', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const CO_OWNERSHIP_LIMITS = {
  taskMin: 5,
  taskMax: 500,
  reasonMin: 5,
  reasonMax: 1000,
  noteMax: 1000,
  splitTitleMin: 5,
  splitTitleMax: 200,
} as const;

export interface CollaborationTask {
  /** The collaboration (invitation and task) this belongs to. */
  collaborationId: string;
  text: string;
  /** A required task blocks resolving the case until it is done. */
  required: boolean;
  status: TaskStatus;
  /** Send it back when changing the status (409 when stale). */
  version: number;
  updatedAt: string;
  updatedByName: string | null;
}

/** One agency on the case: the current participants and the invitations and stints that ended. */
export interface ParticipantView {
  agencyId: string;
  agencyShortName: string;
  /** `collaborator` for an invitation, also while it is pending or after it ended. */
  role: ParticipantRole;
  status: ParticipationStatus;
  task: CollaborationTask | null;
  invitedByName: string | null;
  invitedAt: string | null;
  /** Who accepted or declined the invitation, for the invited agency. */
  decidedByName: string | null;
  decidedAt: string | null;
  declineReason: string | null;
  endedByName: string | null;
  endedAt: string | null;
  endReason: string | null;
}

/** The other case of a split, as both cases name it. */
export interface CaseSplitLink {
  /** `split_into`: this case gave reports to `caseId`; `split_from`: this case came from it. */
  direction: 'split_into' | 'split_from';
  caseId: string;
  number: string;
  title: string;
  at: string;
}

/** The participants & tasks panel of the case page. */
export interface CaseCollaborationView {
  caseId: string;
  participants: ParticipantView[];
  /** Required tasks not yet done (pending invitations included): resolving needs an override. */
  openRequiredTasks: number;
  splitLinks: CaseSplitLink[];
  permissions: {
    /** The acting agency leads the case and may invite collaborators and end participants. */
    manage: boolean;
    /** The acting agency has a pending invitation it may accept or decline. */
    decide: boolean;
    /** The acting agency is an active collaborator and may move its task. */
    updateTask: boolean;
    /** The acting agency takes part (not as lead) and may leave. */
    leave: boolean;
    /** The acting agency may split the case (its lead's working staff). */
    split: boolean;
  };
}

export interface InviteCollaboratorRequest {
  agencyId: string;
  task: string;
  /** Required tasks block resolving the case while open (default true). */
  required?: boolean;
}

export interface DeclineCollaborationRequest {
  reason: string;
}

export interface UpdateTaskStatusRequest {
  status: TaskStatus;
  /** The task's version the user saw (409 when stale). */
  version: number;
  note?: string;
}

export interface EndParticipantRequest {
  reason: string;
}

/**
 * Splitting a complaint that covers segments of two owners: the chosen reports go with the new
 * case; a one-report complaint keeps its report and the new case is only linked.
 */
export interface SplitCaseRequest {
  /** The case's version the user saw (409 when stale). */
  version: number;
  title: string;
  /** `case_report` ids that move to the new case (empty: none move). */
  reportIds: string[];
  /**
   * The agency that should own the new case. Another agency than the splitting one gets a handoff
   * proposal of the new case (the reason as its note), which it accepts or declines.
   */
  targetAgencyId?: string;
  /** Why the new case goes to the target (the handoff's reason); default `road_status`. */
  handoffReason?: HandoffReason;
  /**
   * Whether the splitting agency stays on the new case as collaborator (default, so both cases
   * stay linked in its view) or leaves it when the target accepts.
   */
  senderChoice?: HandoffSenderChoice;
  reason: string;
}

export interface SplitCaseResponse {
  caseId: string;
  newCaseId: string;
  newCaseNumber: string;
  /** The reports that moved. */
  movedReportIds: string[];
  /** The handoff proposal of the new case to the target agency, when there is one. */
  handoff: HandoffView | null;
}
