import type { CaseAction, CaseStatus, MembershipRole } from '@simpul/contracts';
import type { CaseAccessContext, CaseRelation } from '../access/access-policy';

/** Who performs a transition: a person acting for an agency, or the system (timers, reporters). */
export type TransitionActor = { kind: 'person'; access: CaseAccessContext } | { kind: 'system' };

interface TransitionRule {
  from: readonly CaseStatus[] | 'open';
  /** `null`: back to the status the case had before it was put on hold. */
  to: CaseStatus | null;
  /** Participant relations whose staff may act; empty: only the system. */
  relations: readonly CaseRelation[];
  roles: readonly MembershipRole[];
  system: boolean;
  /** Further statuses only the system may act from (a reporter's dispute of a follow-up). */
  systemAlsoFrom?: readonly CaseStatus[];
  noteRequired: boolean;
}

const OPEN_STATUSES: readonly CaseStatus[] = [
  'new',
  'verified',
  'routed',
  'in_progress',
  'followed_up',
  'reopened',
];
const WORKERS: readonly MembershipRole[] = ['admin', 'petugas', 'pimpinan'];
const LEAD: readonly CaseRelation[] = ['participant:lead'];
const HANDLERS: readonly CaseRelation[] = ['participant:lead', 'participant:collaborator'];

/**
 * THE case status machine (LAPOR vocabulary). Verifying and routing are the lead agency admin's
 * "admin instansi" duty and may be one step (route from new); needs-information can be entered
 * from any open state and returns to where the case was; auto-close and auto-archive are the
 * system's; a reporter's dispute (from the tracking page, acting as the system) reopens a resolved
 * or followed-up case, and the reporter's confirmation of a follow-up resolves it.
 */
export const TRANSITIONS: Record<CaseAction, TransitionRule> = {
  verify: {
    from: ['new', 'reopened'],
    to: 'verified',
    relations: LEAD,
    roles: ['admin'],
    system: false,
    noteRequired: false,
  },
  route: {
    from: ['new', 'verified', 'reopened'],
    to: 'routed',
    relations: LEAD,
    roles: ['admin'],
    system: false,
    noteRequired: false,
  },
  start: {
    from: ['verified', 'routed', 'reopened'],
    to: 'in_progress',
    relations: HANDLERS,
    roles: WORKERS,
    system: false,
    noteRequired: false,
  },
  follow_up: {
    from: ['routed', 'in_progress'],
    to: 'followed_up',
    relations: LEAD,
    roles: WORKERS,
    system: false,
    noteRequired: true,
  },
  resolve: {
    from: ['followed_up', 'in_progress'],
    to: 'resolved',
    relations: LEAD,
    roles: ['admin', 'pimpinan', 'petugas'],
    system: true,
    noteRequired: false,
  },
  request_information: {
    from: 'open',
    to: 'needs_information',
    relations: HANDLERS,
    roles: WORKERS,
    system: false,
    noteRequired: true,
  },
  information_received: {
    from: ['needs_information'],
    to: null,
    relations: HANDLERS,
    roles: WORKERS,
    system: true,
    noteRequired: false,
  },
  archive: {
    from: ['new', 'verified', 'needs_information'],
    to: 'archived',
    relations: LEAD,
    roles: ['admin'],
    system: true,
    noteRequired: true,
  },
  reopen: {
    from: ['resolved', 'archived'],
    to: 'reopened',
    relations: LEAD,
    roles: ['admin', 'pimpinan'],
    system: true,
    // The reporter disputes a follow-up from the public tracking page: back to work.
    systemAlsoFrom: ['followed_up'],
    noteRequired: true,
  },
  // A duplicate merged into another case is archived, from any open state or on hold. Only the
  // merge itself applies it (as the system), after `casePolicy.merge` allowed the person: nobody
  // takes it as a status action, and a merged case is not reopened (its reports moved away).
  merge: {
    from: [...OPEN_STATUSES, 'needs_information'],
    to: 'archived',
    relations: [],
    roles: [],
    system: true,
    noteRequired: false,
  },
};

export type TransitionRefusal = 'invalid_from' | 'not_allowed' | 'note_required';

export type TransitionDecision =
  | { ok: true; to: CaseStatus; holdFrom: CaseStatus | null }
  | { ok: false; reason: TransitionRefusal };

/**
 * Decides a transition. `statusBeforeHold` is where a case on hold returns to; `holdFrom` in the
 * answer is what to remember when the case goes on hold (null otherwise).
 */
export function decideTransition(
  action: CaseAction,
  current: CaseStatus,
  statusBeforeHold: CaseStatus | null,
  actor: TransitionActor,
  note: string | undefined,
): TransitionDecision {
  const rule = TRANSITIONS[action];
  const from = [
    ...(rule.from === 'open' ? OPEN_STATUSES : rule.from),
    ...(actor.kind === 'system' ? (rule.systemAlsoFrom ?? []) : []),
  ];
  if (!from.includes(current)) return { ok: false, reason: 'invalid_from' };
  const allowed =
    actor.kind === 'system'
      ? rule.system
      : actor.access.relations.some((r) => rule.relations.includes(r)) &&
        actor.access.role !== null &&
        rule.roles.includes(actor.access.role);
  if (!allowed) return { ok: false, reason: 'not_allowed' };
  if (rule.noteRequired && actor.kind === 'person' && !note?.trim())
    return { ok: false, reason: 'note_required' };
  const to = rule.to ?? statusBeforeHold ?? 'new';
  return { ok: true, to, holdFrom: to === 'needs_information' ? current : null };
}

/** Actions the actor could take now, for the interface's buttons. */
export function availableActions(
  current: CaseStatus,
  statusBeforeHold: CaseStatus | null,
  access: CaseAccessContext,
): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[]).filter(
    (action) =>
      decideTransition(action, current, statusBeforeHold, { kind: 'person', access }, 'x').ok,
  );
}
