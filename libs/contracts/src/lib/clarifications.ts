/**
 * Hoax clarifications (issue #15): co-written live by humas of several agencies, approved along a
 * chain, published in every format at once (shared/DOMAIN.md §5). These are the shapes shared by
 * the API (drafts, approval, publication) and the output renderers (public page, WhatsApp, X,
 * Instagram, share card) and the web.
 */

export const CLARIFICATION_LABELS = [
  'HOAKS',
  'DISINFORMASI',
  'MISINFORMASI',
  'KLARIFIKASI',
] as const;
export type ClarificationLabel = (typeof CLARIFICATION_LABELS)[number];

export const CLARIFICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'corrected',
  'retracted',
] as const;
export type ClarificationStatus = (typeof CLARIFICATION_STATUSES)[number];

/** The co-edited sections: one Y.Text each in the draft's Yjs document (plain text, light markup). */
export const CLARIFICATION_SECTIONS = [
  'title',
  'claim',
  'penjelasan',
  'faktanya',
  'sumber',
] as const;
export type ClarificationSection = (typeof CLARIFICATION_SECTIONS)[number];

/** The claim as it circulated. */
export interface CirculatedClaim {
  /** Verbatim narrative of the claim (also the `claim` section's text when published). */
  narrative: string;
  /** e.g. WhatsApp, Facebook, X, Instagram, TikTok. */
  platform: string;
  sourceUrls: string[];
  archiveUrls: string[];
  /** When the hoax was logged (ISO); the 24-hour clock runs from here to publication. */
  loggedAt: string;
}

/** A public evidence photo: only marked public, EXIF stripped, never from a confidential case. */
export interface PublicEvidencePhoto {
  url: string;
  caption: string;
}

/** A dated note shown on every output after a correction or retraction. */
export interface ClarificationNote {
  kind: 'correction' | 'retraction';
  at: string;
  text: string;
}

/**
 * The content of one approved version, exactly what every output is rendered from. Texts are plain
 * text with light markup: `**bold**`, `[text](https://…)`, lines starting with `- ` as list items.
 */
export interface ClarificationContent {
  label: ClarificationLabel;
  title: string;
  claim: CirculatedClaim;
  penjelasan: string;
  faktanya: string;
  /** References (one per line in the `sumber` section), e.g. an agency statement or a road status. */
  sumber: string[];
  /** The agencies that co-own the clarification (the opening agency first). */
  agencies: { id: string; name: string; shortName: string }[];
  evidence: PublicEvidencePhoto[];
}

/** A published clarification as the public page, the outputs and the index see it. */
export interface PublishedClarification {
  id: string;
  slug: string;
  /** Absolute public URL of `/klarifikasi/<slug>`. */
  url: string;
  content: ClarificationContent;
  status: Extract<ClarificationStatus, 'published' | 'corrected' | 'retracted'>;
  publishedAt: string;
  updatedAt: string;
  notes: ClarificationNote[];
}

/** Every output of one published version, each ready to copy. */
export interface ClarificationOutputs {
  whatsapp: string;
  /** Posts of the X thread, each ≤ 280 characters with a URL counted as 23. */
  xThread: string[];
  instagramCaption: string;
  /** Path of the 1080×1080 PNG share card. */
  shareCardUrl: string;
  publicUrl: string;
}

// ---------------------------------------------------------------------------------------------
// Drafts, co-editing and the approval chain (API ↔ web).

/** 24 consecutive hours from logging the hoax to publication. */
export const CLARIFICATION_CLOCK_HOURS = 24;
/** The largest Yjs update (or awareness update) one socket message may carry. */
export const CLARIFICATION_MAX_UPDATE_BYTES = 64 * 1024;

export type ClarificationAgencyStatus = 'owner' | 'invited' | 'active' | 'declined';

export interface ClarificationListItem {
  id: string;
  label: ClarificationLabel;
  status: ClarificationStatus;
  /** Title and claim text as last saved (plain text). */
  summary: string;
  agencyShortName: string;
  loggedAt: string;
  publishedAt: string | null;
  /** loggedAt + 24 h; the clock stops at publishedAt. */
  deadlineAt: string;
}

export interface ClarificationSimilar {
  id: string;
  label: ClarificationLabel;
  status: ClarificationStatus;
  summary: string;
  loggedAt: string;
  score: number;
}

export interface ApprovalStepView {
  key: string;
  name: string;
  agencyShortName: string | null;
  /** People who may decide this step now (editors since the chain restarted excluded). */
  eligible: { userId: string; name: string }[];
  decision: {
    decision: 'approved' | 'rejected';
    userName: string | null;
    at: string;
    note: string | null;
  } | null;
  /** True when nobody can decide this step: said when configured, not on the day of the hoax. */
  noEligibleApprover: boolean;
}

export interface ApprovalChainView {
  contentHash: string;
  steps: ApprovalStepView[];
  /** Index of the next step to decide, null when all approved. */
  nextStep: number | null;
  approved: boolean;
  /** Whether the viewer may decide the next step now, and why not. */
  mayDecide: boolean;
  refusal: string | null;
  /** The draft's latest rejection and its note (kept after the chain restarts), or null. */
  lastRejection: {
    stepName: string | null;
    userName: string | null;
    at: string;
    note: string | null;
  } | null;
}

export interface ClarificationDraftView {
  id: string;
  agencyId: string;
  label: ClarificationLabel;
  status: ClarificationStatus;
  platform: string;
  sourceUrls: string[];
  archiveUrls: string[];
  loggedAt: string;
  deadlineAt: string;
  publishedAt: string | null;
  agencies: { id: string; name: string; shortName: string; status: ClarificationAgencyStatus }[];
  cases: { id: string; number: string | null; title: string | null }[];
  /** What the viewer may do. */
  canEdit: boolean;
  canInvite: boolean;
  /** The viewer's agency was invited and may accept. */
  canAnswerInvitation: boolean;
  content: ClarificationContent;
  events: {
    type: string;
    actorName: string | null;
    at: string;
    payload: Record<string, unknown>;
  }[];
}

/** A photo of a linked case on the draft: a case attachment, or one marked public. */
export interface LinkedCasePhoto {
  attachmentId: string;
  caption: string | null;
  /** Marked public: it goes into the published outputs (the case is not rahasia). */
  public: boolean;
  /** API paths (under `/api`) the viewer may fetch. */
  thumbnailUrl: string;
  viewUrl: string;
}

/**
 * A linked case's field evidence on a draft (`GET /api/clarifications/:id/evidence`). A viewer who
 * may read the case gets its title, status, road (status and owner from the road registry) and
 * every photo; anyone else who reads the draft gets its number and its photos marked public.
 */
export interface LinkedCaseEvidence {
  caseId: string;
  number: string;
  /** Whether the viewer may read the case; false leaves only the number and public photos. */
  readable: boolean;
  title: string | null;
  status: string | null;
  road: {
    name: string;
    status: string;
    linkNumber: string | null;
    owner: { id: string; shortName: string };
  } | null;
  photos: LinkedCasePhoto[];
}

export interface CreateClarificationRequest {
  label: ClarificationLabel;
  title: string;
  narrative: string;
  platform: string;
  sourceUrls?: string[];
  archiveUrls?: string[];
  caseIds?: string[];
}

export interface ApprovalChainStepConfig {
  name: string;
  /** A role in an agency… */
  approverAgencyId?: string | null;
  role?: 'petugas' | 'humas' | 'pimpinan' | null;
  /** …or named people, with alternates. */
  userIds?: string[];
  alternateUserIds?: string[];
}

/** Socket events of co-editing (binary Yjs payloads as socket.io buffers). */
export const CLARIFICATION_SOCKET_EVENTS = {
  /**
   * → { draftId, stateVector? }; ack { update, stateVector, canEdit }: the server's diff against the
   * client's state vector and the server's own (the client then sends what the server lacks).
   */
  join: 'clarification:join',
  leave: 'clarification:leave',
  /** ↔ { draftId, update }: a Yjs update; ack { ok: true } once stored. */
  update: 'clarification:update',
  /** ↔ { draftId, update }: a y-protocols awareness update (names, cursors); not stored. */
  awareness: 'clarification:awareness',
} as const;

export interface ClarificationCreated {
  id: string;
}
export interface ClarificationAck {
  ok: true;
}
export interface InviteClarificationAgencyRequest {
  agencyId: string;
}
export interface AnswerClarificationInvitationRequest {
  accept: boolean;
}
export interface DecideClarificationRequest {
  decision: 'approved' | 'rejected';
  /** The content hash the approver read (ApprovalChainView.contentHash). */
  contentHash: string;
  /** Required with a rejection. */
  note?: string;
}
