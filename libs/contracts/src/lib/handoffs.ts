import type { OwnerSuggestion, RoadStatus } from './jurisdiction';

/**
 * Handoffs (pelimpahan, issue #13): the lead agency proposes that another agency take the case
 * over, with a reason and evidence; the receiver accepts (becomes lead) or declines. A case that
 * bounces (ping-pong) freezes and waits for an arbiter. Disposition names its target: a unit of
 * the agency, officers, or another agency (a handoff proposal).
 */

/** Why the lead hands the case over. */
export const HANDOFF_REASONS = ['road_status', 'category', 'outside_area', 'other'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/** What the sending agency does once the receiver accepts. */
export const HANDOFF_SENDER_CHOICES = ['stay_as_collaborator', 'leave'] as const;
export type HandoffSenderChoice = (typeof HANDOFF_SENDER_CHOICES)[number];

/**
 * `open` waits for the receiver; `frozen` is a proposal that would make the case bounce (back to
 * an agency it left, or past three accepted handoffs): it waits for an arbiter instead, and it
 * becomes `arbitrated` when the arbiter decides the owner.
 */
export const HANDOFF_STATUSES = [
  'open',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'frozen',
  'arbitrated',
] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** Default time a receiver has to answer, in working (office) hours; `HANDOFF_EXPIRY_WORKING_HOURS`. */
export const DEFAULT_HANDOFF_EXPIRY_WORKING_HOURS = 16;

/** Accepted handoffs after which another proposal freezes the case for arbitration. */
export const PING_PONG_HANDOFF_LIMIT = 3;

export const HANDOFF_REASON_LABELS: Readonly<Record<HandoffReason, { id: string; en: string }>> = {
  road_status: { id: 'status ruas jalan', en: 'road status' },
  category: { id: 'jenis aduan', en: 'complaint category' },
  outside_area: { id: 'di luar wilayah kami', en: 'outside our area' },
  other: { id: 'alasan lain', en: 'other reason' },
};

/** "ruas jalan nasional": how a road status reads in a reason. */
export const ROAD_STATUS_PHRASES: Readonly<Record<RoadStatus, { id: string; en: string }>> = {
  nasional: { id: 'ruas jalan nasional', en: 'national road' },
  provinsi: { id: 'ruas jalan provinsi', en: 'provincial road' },
  kabupaten: { id: 'ruas jalan kabupaten', en: 'regency road' },
  kota: { id: 'ruas jalan kota', en: 'city road' },
  desa: { id: 'ruas jalan desa', en: 'village road' },
};

/**
 * The reason a suggestion gives for handing a case over: a road's status (a segment under the
 * point, or a road named in the text), the category (a routing rule), the area (the regency's
 * office); null when it names no owner. Intake routing and the handoff dialog both use it.
 */
export function handoffReasonFor(suggestion: OwnerSuggestion): HandoffReason | null {
  switch (suggestion.basis) {
    case 'segment':
    case 'road_name':
      return 'road_status';
    case 'routing_rule':
      return 'category';
    case 'area':
      return 'outside_area';
    default:
      return null;
  }
}

/** What the proposer brings: the owner suggestion as it was, and attachments of the case. */
export interface HandoffEvidence {
  suggestion: OwnerSuggestion | null;
  attachmentIds: string[];
}

export interface HandoffAgencyRef {
  id: string;
  shortName: string;
  name: string;
}

export interface HandoffArbitration {
  /** The agency whose pimpinan decide; null means the superadmin. */
  arbiterAgencyId: string | null;
  arbiterAgencyShortName: string | null;
  decidedAgencyId: string | null;
  decidedAgencyShortName: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  note: string | null;
  /** The routing rule made from the decision, when the arbiter made one. */
  ruleId: string | null;
}

export interface HandoffView {
  id: string;
  caseId: string;
  caseNumber: string;
  caseTitle: string;
  fromAgency: HandoffAgencyRef;
  toAgency: HandoffAgencyRef;
  reason: HandoffReason;
  note: string | null;
  evidence: HandoffEvidence;
  senderChoice: HandoffSenderChoice;
  status: HandoffStatus;
  proposedAt: string;
  proposedByName: string | null;
  /** When an open proposal expires (working hours after it was made). */
  deadline: string;
  answeredAt: string | null;
  answeredByName: string | null;
  /** The receiver's reason for declining, or the note of a withdrawal. */
  answerReason: string | null;
  /** One sentence the reporter reads on the tracking page: "dilimpahkan ke …: ruas jalan nasional". */
  publicReason: { id: string; en: string };
  /** The text to copy into SP4N-LAPOR! (still the system of record), in Indonesian. */
  laporText: string;
  /** The acting person may withdraw it (the proposing agency's working staff, while open). */
  canWithdraw: boolean;
  /** The acting person may accept or decline it (the receiver's admin or petugas, while open). */
  canAnswer: boolean;
  arbitration: HandoffArbitration | null;
}

export interface HandoffList {
  items: HandoffView[];
}

export interface HandoffProposeRequest {
  toAgencyId: string;
  reason: HandoffReason;
  note?: string;
  /** The owner suggestion shown to the proposer, kept as evidence. */
  suggestion?: OwnerSuggestion | null;
  attachmentIds?: string[];
  senderChoice: HandoffSenderChoice;
}

export interface HandoffDeclineRequest {
  reason: string;
}

export interface HandoffWithdrawRequest {
  note?: string;
}

/** Incoming (to my agency) or outgoing (from it) proposals, open ones first. */
export interface HandoffQueue {
  items: HandoffView[];
}

/** A frozen case in an arbiter's queue: the proposal that froze it and the whole chain before it. */
export interface ArbitrationItem {
  handoff: HandoffView;
  /** Every handoff of the case, oldest first (the frozen one last). */
  chain: HandoffView[];
  /** What a routing rule made from the decision is pre-filled with. */
  facts: { category: string; regencyCode: string | null; roadStatus: RoadStatus | null };
}

export interface ArbitrationQueue {
  items: ArbitrationItem[];
}

/** A routing rule made from an arbitration in one step (H2's routing rules). */
export interface ArbitrationRuleRequest {
  category: string;
  regencyCode: string;
  roadStatus?: RoadStatus | null;
  mode?: 'suggest' | 'direct';
}

export interface ArbitrationDecisionRequest {
  /** The agency that owns the case from now on: it becomes the lead. */
  ownerAgencyId: string;
  note: string;
  /** Turn the decision into a routing rule (category × regency × road status → owner). */
  rule?: ArbitrationRuleRequest;
}

/** Disposition names its target. */
export const DISPOSITION_TARGETS = ['unit', 'officers', 'agency'] as const;
export type DispositionTarget = (typeof DISPOSITION_TARGETS)[number];

/**
 * - `unit`: a child agency (a UPT) leads from now on, the parent stays as collaborator.
 * - `officers`: the agency's own officers are assigned.
 * - `agency`: another agency; a handoff proposal it must accept.
 */
export interface DispositionRequest {
  target: DispositionTarget;
  /** `unit` and `agency`. */
  agencyId?: string;
  /** `officers`. */
  userIds?: string[];
  note?: string;
  /** `agency`: as for a handoff proposal. */
  reason?: HandoffReason;
  senderChoice?: HandoffSenderChoice;
  suggestion?: OwnerSuggestion | null;
  /** `agency`: attachments of the case sent as evidence. */
  attachmentIds?: string[];
}

export interface DispositionResult {
  target: DispositionTarget;
  /** The proposal made for `agency`. */
  handoff: HandoffView | null;
}

/** One handoff as the reporter's tracking page tells it. */
export interface TrackingHandoff {
  at: string;
  fromAgencyShortName: string;
  toAgencyShortName: string;
  /** "Dilimpahkan ke BBPJN Jawa Timur–Bali: ruas jalan nasional". */
  text: { id: string; en: string };
}

/** A handoff as each timeline event names it. */
export interface HandoffLink {
  handoffId: string;
  fromAgencyId: string;
  fromAgencyShortName: string;
  toAgencyId: string;
  toAgencyShortName: string;
  reason: HandoffReason;
}
