import type { MembershipRole } from '@simpul/contracts';
import type { Actor } from './actor';

/**
 * THE access policy of Simpul: which actor may do what. Relations of an agency to a case are
 * derived in the database by `simpul_case_relations()` (which row-level security uses too); this
 * file maps relations and roles to permissions. A new relation is one branch there and one line
 * here: `handoff_receiver` is the agency an open handoff proposal is addressed to. It reads the case
 * (`read` takes any relation) but is no participant, so every identity rule below keeps the
 * reporter's name, contact and NIK from it until it accepts and becomes the lead.
 * `collaboration_invitee` is the same for an agency invited to collaborate: it reads the case to
 * decide and answers the invitation, but sees no reporter identity until it accepts and becomes a
 * collaborator (a participant).
 * `humas_subtree` is the humas of an ancestor of a participating agency (DPU BM Jatim over the case
 * its UPT holds): clarifications are written from those cases, so it reads them, like the
 * `ancestor` relation of the same agency's pimpinan and admins, but only reads: no comment, no
 * evidence, and no reporter identity (it is no participant).
 */
export const CASE_RELATIONS = [
  'participant:lead',
  'participant:collaborator',
  'participant:observer',
  'ancestor',
  'coordinator',
  'handoff_receiver',
  'collaboration_invitee',
  'humas_subtree',
] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

export interface CaseAccessContext {
  relations: CaseRelation[];
  role: MembershipRole | null;
  /** The acting agency; the identity rules compare it with each report's intake agency. */
  agencyId: string | null;
}

export interface ReportPrivacy {
  anonymous: boolean;
}

/**
 * A report as the identity rules see it: who took it in. The intake agency belongs to the report,
 * not to the case, so it moves with the report when its case is merged into another.
 */
export interface ReportIdentity extends ReportPrivacy {
  intakeAgencyId: string;
}

const WORKING_ROLES: readonly MembershipRole[] = ['admin', 'petugas', 'pimpinan'];

const isParticipant = (c: CaseAccessContext) =>
  c.relations.some((r) => r.startsWith('participant:'));
const has = (c: CaseAccessContext, relation: CaseRelation) => c.relations.includes(relation);
const works = (c: CaseAccessContext) => c.role !== null && WORKING_ROLES.includes(c.role);
const tookIn = (c: CaseAccessContext, report: ReportIdentity) =>
  c.agencyId !== null && report.intakeAgencyId === c.agencyId;
const MERGING_ROLES: readonly MembershipRole[] = ['admin', 'petugas'];
const mayRequestMerge = (surviving: CaseAccessContext, duplicate: CaseAccessContext) =>
  has(surviving, 'participant:lead') &&
  surviving.role !== null &&
  MERGING_ROLES.includes(surviving.role) &&
  duplicate.relations.length > 0;

export const casePolicy = {
  /**
   * Participants, ancestors' pimpinan and admin, ancestors' humas and coordinators (read-only),
   * and the pending handoff receiver and collaboration invitee read the case.
   */
  read: (c: Pick<CaseAccessContext, 'relations'>): boolean => c.relations.length > 0,
  /** Writing follows the participant role: lead and collaborator agencies' working staff. */
  update: (c: CaseAccessContext): boolean =>
    (has(c, 'participant:lead') || has(c, 'participant:collaborator')) && works(c),
  /** Inviting an agency as observer is an explicit, audited act of the lead agency. */
  inviteObserver: (c: CaseAccessContext): boolean => has(c, 'participant:lead') && works(c),
  /**
   * Internal notes: every member of a participating agency, observers included (an agency is
   * invited to be asked something), and the pimpinan of a parent agency, who leaves instructions
   * on a subordinate unit's case. Other ancestors' staff and coordinators read without writing.
   */
  comment: (c: CaseAccessContext): boolean =>
    (isParticipant(c) && c.role !== null) || (has(c, 'ancestor') && c.role === 'pimpinan'),
  /**
   * Evidence (a photo of the installed sign, a letter): the working staff of every participating
   * agency, observers included. Deleting others' files and the originals' metadata stay with the
   * owning agencies.
   */
  addEvidence: (c: CaseAccessContext): boolean => isParticipant(c) && works(c),
  /**
   * Public replies (the follow-up the reporter sees, copied to LAPOR) speak for the agency that
   * leads the case: its working staff and its humas, who answer the public.
   */
  replyPublicly: (c: CaseAccessContext): boolean =>
    has(c, 'participant:lead') && (works(c) || c.role === 'humas'),
  /** Removing someone else's comment: the lead agency's admin. Authors remove their own. */
  moderateComments: (c: CaseAccessContext): boolean =>
    has(c, 'participant:lead') && c.role === 'admin',
  /**
   * Attachment originals (EXIF and GPS included) and photo positions: the owning agencies, lead
   * and collaborators. Everyone else who reads the case gets renditions without metadata.
   */
  readAttachmentOriginal: (c: CaseAccessContext): boolean =>
    has(c, 'participant:lead') || has(c, 'participant:collaborator'),
  /**
   * Marking a photo public (it may then appear on a clarification's public outputs): those who
   * change the case. That a photo of a rahasia case is never public is the service's check of
   * the data.
   */
  markAttachmentPublic: (c: CaseAccessContext): boolean => casePolicy.update(c),
  /** Deleting an attachment (soft): its uploader, or the lead agency's working staff. */
  deleteAttachment: (c: CaseAccessContext, isUploader: boolean): boolean =>
    (has(c, 'participant:lead') || has(c, 'participant:collaborator')) &&
    works(c) &&
    (isUploader || has(c, 'participant:lead')),
  /** Reporter name and contact: participating agencies' staff, unless the report is anonymous. */
  readReporterContact: (c: CaseAccessContext, report: ReportPrivacy): boolean =>
    isParticipant(c) && !report.anonymous,
  /**
   * Finding a case by its reporter's phone (inbox search) tells as much as reading the contact:
   * the same rule, and a refused reader gets what it would get if no report had that phone.
   */
  findByReporterPhone: (c: CaseAccessContext, report: ReportPrivacy): boolean =>
    casePolicy.readReporterContact(c, report),
  /**
   * NIK: only the agency that took this report in (a merge does not pass it on), while it takes
   * part in the case, and never on an anonymous report without the reveal action.
   */
  readNik: (c: CaseAccessContext, report: ReportIdentity): boolean =>
    isParticipant(c) && tookIn(c, report) && !report.anonymous,
  /**
   * Merging a duplicate into a case at once (the duplicate's reports, reporters and agencies move
   * over, the duplicate is archived): the admin or petugas of the agency that leads both cases.
   * Reading the duplicate is not enough: a coordinator or an ancestor reads it without owning it.
   */
  merge: (surviving: CaseAccessContext, duplicate: CaseAccessContext): boolean =>
    mayRequestMerge(surviving, duplicate) && has(duplicate, 'participant:lead'),
  /**
   * Asking the duplicate's lead agency to merge its case into this one: the surviving case's lead
   * agency's admin or petugas, about a case the agency reads. Nothing moves until the duplicate's
   * lead accepts (`decideMerge`).
   */
  requestMerge: (surviving: CaseAccessContext, duplicate: CaseAccessContext): boolean =>
    mayRequestMerge(surviving, duplicate),
  /** Accepting or declining a merge request: the duplicate's lead agency's admin or petugas. */
  decideMerge: (duplicate: CaseAccessContext): boolean =>
    has(duplicate, 'participant:lead') &&
    duplicate.role !== null &&
    MERGING_ROLES.includes(duplicate.role),
  /**
   * Anonymous identity: only the admins of the agency that took this report in, while it takes
   * part in the case, through the audited reveal action.
   */
  revealIdentity: (c: CaseAccessContext, report: ReportIdentity): boolean =>
    report.anonymous && isParticipant(c) && tookIn(c, report) && c.role === 'admin',
  /**
   * Messages to a reporter speak for the agency that leads the case: its working staff, and only
   * to a reporter whose contact they may see (never an anonymous one).
   */
  messageReporter: (c: CaseAccessContext, report: ReportPrivacy): boolean =>
    has(c, 'participant:lead') && works(c) && !report.anonymous,
  /** A reporter's tracking link (anonymous reporters too): the lead agency's working staff. */
  issueTrackingLink: (c: CaseAccessContext): boolean => has(c, 'participant:lead') && works(c),
  /**
   * Co-ownership: inviting a collaborator with a task, ending another participant, resolving
   * over open required tasks (with a recorded reason) and splitting the case are the lead
   * agency's working staff's. A collaborator does not invite a third agency.
   */
  manageParticipants: (c: CaseAccessContext): boolean => has(c, 'participant:lead') && works(c),
  /**
   * Answering its own collaboration invitation, moving its own task, leaving the case: the
   * working staff of a participating agency other than the lead, or of a pending invitee (which
   * is no participant). Whether an invitation is open or the agency is an active collaborator is
   * the service's check of the data.
   */
  actForOwnParticipation: (c: CaseAccessContext): boolean =>
    ((isParticipant(c) && !has(c, 'participant:lead')) || has(c, 'collaboration_invitee')) &&
    works(c),
  /**
   * Proposing a handoff (pelimpahan) to another agency, disposing the case to a unit, and
   * withdrawing an open proposal: the lead agency's working staff.
   */
  proposeHandoff: (c: CaseAccessContext): boolean => has(c, 'participant:lead') && works(c),
  /** Accepting or declining a handoff: the receiving agency's working staff, while it is open. */
  answerHandoff: (c: CaseAccessContext): boolean => has(c, 'handoff_receiver') && works(c),
};

/** Arbitration of a case that bounced between agencies (ping-pong). */
export const arbitrationPolicy = {
  /**
   * The pimpinan of the arbiter agency (the nearest common ancestor or a coordinator of the
   * agencies involved); the superadmin when there is none, and always.
   */
  decide: (
    actor: Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>,
    arbiterAgencyId: string | null,
  ): boolean =>
    actor.isSuperadmin ||
    (arbiterAgencyId !== null && actor.role === 'pimpinan' && actor.agencyId === arbiterAgencyId),
};

export const auditPolicy = {
  /** Admins read their agency's entries; the superadmin reads all. */
  read: (actor: Pick<Actor, 'isSuperadmin' | 'role'>): boolean =>
    actor.isSuperadmin || actor.role === 'admin',
};

/** The account an admin acts on: whether it is a superadmin and where it belongs or is invited. */
export interface AccountTarget {
  isSuperadmin: boolean;
  /** Agencies of its memberships and of its pending invitations. */
  agencyIds: readonly string[];
}

type PeopleActor = Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>;

export const peoplePolicy = {
  /** An agency's admin manages its people; the superadmin manages everyone. */
  manage: (actor: Pick<Actor, 'isSuperadmin' | 'role'>): boolean =>
    actor.isSuperadmin || actor.role === 'admin',
  /** Naming the agency a person is added to (how a new agency gets its first admin). */
  chooseAgency: (actor: Pick<Actor, 'isSuperadmin'>): boolean => actor.isSuperadmin,
  /**
   * One membership (its role, its removal): the superadmin, or the admin of that very agency, and
   * never on a superadmin's account. Other agencies' memberships of the same person stay untouched.
   */
  changeMembership: (actor: PeopleActor, target: AccountTarget, agencyId: string): boolean =>
    actor.isSuperadmin ||
    (actor.role === 'admin' &&
      actor.agencyId === agencyId &&
      !target.isSuperadmin &&
      target.agencyIds.includes(agencyId)),
  /**
   * The whole account (password reset link, deactivation): the superadmin, or an agency's admin
   * when every membership and pending invitation of the person is in that agency; never a
   * superadmin. Otherwise taking over the account would reach the other agencies too.
   */
  manageAccount: (actor: PeopleActor, target: AccountTarget): boolean =>
    actor.isSuperadmin ||
    (actor.role === 'admin' &&
      actor.agencyId !== null &&
      !target.isSuperadmin &&
      target.agencyIds.length > 0 &&
      target.agencyIds.every((agencyId) => agencyId === actor.agencyId)),
};

export const calendarPolicy = {
  /** The working-day calendar every SLA clock uses is the superadmin's to correct. */
  change: (actor: Pick<Actor, 'isSuperadmin'>): boolean => actor.isSuperadmin,
};

export const agencyPolicy = {
  create: (actor: Pick<Actor, 'isSuperadmin'>): boolean => actor.isSuperadmin,
  /** The superadmin edits any agency; an agency's admin edits its own names and coverage. */
  update: (actor: Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>, agencyId: string): boolean =>
    actor.isSuperadmin || (actor.role === 'admin' && actor.agencyId === agencyId),
  /** Structural fields (kind, parent, coordination, active) are the superadmin's. */
  updateStructure: (actor: Pick<Actor, 'isSuperadmin'>): boolean => actor.isSuperadmin,
};

export const jurisdictionPolicy = {
  /**
   * The road-status registry (imports, versions) is the superadmin's: one network for the whole
   * province, read by every officer.
   */
  importRegistry: (actor: Pick<Actor, 'isSuperadmin'>): boolean => actor.isSuperadmin,
  /**
   * Routing rules: the superadmin, and the admins and leaders of a coordinating agency (one that
   * coordinates others, `agency_coordination`), who know which office answers what where.
   */
  editRules: (actor: Pick<Actor, 'isSuperadmin' | 'role'>, actsForCoordinator: boolean): boolean =>
    actor.isSuperadmin ||
    (actsForCoordinator && (actor.role === 'admin' || actor.role === 'pimpinan')),
};

/**
 * Hoax clarifications (issue #15). Relations of an agency to a draft: `owner` (opened it),
 * `coowner` (invited and accepted), `invited` (invitation pending), `linked_case_reader` (reads a
 * case linked to the draft). Every REST call and every co-editing socket message asks here.
 */
export const CLARIFICATION_RELATIONS = [
  'owner',
  'coowner',
  'invited',
  'linked_case_reader',
] as const;
export type ClarificationRelation = (typeof CLARIFICATION_RELATIONS)[number];

export interface ClarificationAccessContext {
  relations: ClarificationRelation[];
  role: MembershipRole | null;
}

const ownsClarification = (c: ClarificationAccessContext) =>
  c.relations.includes('owner') || c.relations.includes('coowner');

export const clarificationPolicy = {
  /** Opening a draft: an agency's humas (and its pimpinan). */
  create: (actor: Pick<Actor, 'role' | 'agencyId'>): boolean =>
    actor.agencyId !== null && (actor.role === 'humas' || actor.role === 'pimpinan'),
  /** Co-owning agencies, a pending invitee (to decide), and the linked cases' agencies read. */
  read: (c: ClarificationAccessContext): boolean => c.relations.length > 0,
  /** Co-editing the text: the humas of the opening and co-owning agencies. */
  edit: (c: ClarificationAccessContext): boolean => ownsClarification(c) && c.role === 'humas',
  /**
   * Comments anchored to the text (write, reply, resolve): anyone of the opening and co-owning
   * agencies; a pending invitee and the linked cases' agencies read the comments only.
   */
  comment: (c: ClarificationAccessContext): boolean => ownsClarification(c) && c.role !== null,
  /** Saving a named version of the text: those who edit it. */
  saveVersion: (c: ClarificationAccessContext): boolean =>
    ownsClarification(c) && c.role === 'humas',
  /** Inviting another agency as co-owner: the opening agency's humas and pimpinan. */
  invite: (c: ClarificationAccessContext): boolean =>
    c.relations.includes('owner') && (c.role === 'humas' || c.role === 'pimpinan'),
  /** Accepting or declining an invitation: the invited agency's humas. */
  answerInvitation: (c: ClarificationAccessContext): boolean =>
    c.relations.includes('invited') && c.role === 'humas',
  /** Deciding an approval step takes a co-owning agency's or a linked case's reader; the chain says who. */
  decide: (c: ClarificationAccessContext): boolean => c.relations.length > 0 && c.role !== null,
  /** Reading an agency's approval chain: its members (who approve in it) and the superadmin. */
  readChain: (actor: Pick<Actor, 'isSuperadmin' | 'agencyId'>, agencyId: string): boolean =>
    actor.isSuperadmin || actor.agencyId === agencyId,
  /** An agency's approval chain: that agency's admin and pimpinan, and the superadmin. */
  configureChain: (
    actor: Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>,
    agencyId: string,
  ): boolean =>
    actor.isSuperadmin ||
    (actor.agencyId === agencyId && (actor.role === 'admin' || actor.role === 'pimpinan')),
};

/**
 * The leaders' view (#16, docs/indicators.md). Leaders are the roles that already read their
 * units' cases as `ancestor`: an agency's `pimpinan` and `admin`; and the superadmin. Their scope
 * mirrors the case relations `ancestor` and `coordinator`: the acting agency, its subtree and the
 * agencies it coordinates (the superadmin: every agency). Figures inside the scope count by
 * holding history, even for a case now led outside it; the cases listed behind a figure are still
 * only those `casePolicy.read` allows, the rest counted as hidden.
 */
export const leadersPolicy = {
  view: (actor: Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>): boolean =>
    actor.isSuperadmin ||
    (actor.agencyId !== null && (actor.role === 'pimpinan' || actor.role === 'admin')),
  /** An agency's due-soon and stalled thresholds: its own admin and pimpinan, or the superadmin. */
  setThresholds: (
    actor: Pick<Actor, 'isSuperadmin' | 'role' | 'agencyId'>,
    agencyId: string,
  ): boolean =>
    actor.isSuperadmin ||
    (actor.agencyId === agencyId && (actor.role === 'pimpinan' || actor.role === 'admin')),
};
