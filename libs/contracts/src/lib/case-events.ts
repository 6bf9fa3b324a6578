import type { AttachmentKind, AttachmentMediaType, AttachmentSource } from './attachments';
import type { CaseCategory, CaseChannel, ParticipantRole } from './case';
import type { CaseAction, CaseStatus } from './case-status';
import type { TaskStatus } from './co-ownership';
import type { CommentView } from './comments';
import type { HandoffLink, HandoffSenderChoice } from './handoffs';
import type { LaporConflictResolution } from './lapor';
import type { LocationConfidence } from './location';
import type {
  ReporterMessageChannel,
  ReporterMessageStatus,
  ReporterMessageTemplate,
} from './reporter';

/** The case facts a person may correct (`case.updated` names only the ones that changed). */
export type CaseEditableField =
  | 'title'
  | 'description'
  | 'locationText'
  | 'category'
  | 'classification'
  | 'priority'
  | 'incidentDate';

/** Values of corrected facts, by field; `incidentDate` is `YYYY-MM-DD`. */
export type CaseFieldValues = Partial<Record<CaseEditableField, string | null>>;

/** Where a case's point or area stands before and after `case.location_set`. */
export interface CaseLocationValues {
  lat: number | null;
  lng: number | null;
  confidence?: LocationConfidence | null;
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
}

/** The other case of a merge, as both timelines name it. */
export interface MergedCaseRef {
  caseId: string;
  number: string;
  title: string;
  reportIds: string[];
  trackingIds: string[];
  /** The merge request that was accepted, when the merge came from one. */
  requestId?: string;
}

/**
 * A merge request as each of the two timelines names it: the other case by number only, since
 * each timeline is read by everyone who reads its case.
 */
export interface MergeRequestLink {
  requestId: string;
  /** `outgoing` on the surviving case, `incoming` on the duplicate. */
  direction: 'outgoing' | 'incoming';
  caseId: string;
  number: string;
  note?: string;
}

/** The other case of a split, as both timelines name it. */
export interface SplitCaseRef {
  caseId: string;
  number: string;
  title: string;
  reportIds: string[];
  reason: string;
}

/** A comment's identity before an edit or a deletion. */
export interface CommentRef {
  id: string;
  version: number;
}

/** A LAPOR conflict's field; personal fields never carry their values into the timeline. */
export interface LaporConflictBefore {
  field: string;
  simpulValue?: string | boolean | null;
}

/**
 * Every event of the case timeline with what it records before and after the change. The API
 * writes only these (`CaseEventLog.append`) and the web timeline renders each of them; adding one
 * here is a compile error until both sides handle it.
 */
export interface CaseEventPayloads {
  'case.created': {
    before: null;
    /** Rows written by the first migration and the demo seed carry only status and title. */
    after: { status: CaseStatus; title: string; channel?: CaseChannel; category?: CaseCategory };
  };
  'case.updated': { before: CaseFieldValues; after: CaseFieldValues };
  'case.status_changed': {
    before: { status: CaseStatus };
    after: { status: CaseStatus; action: CaseAction; note?: string };
  };
  'case.participant_added': {
    /** Set when an observer became a participant with more rights through a merge. */
    before: { agencyId: string; role: 'observer' } | null;
    after: { agencyId: string; role: ParticipantRole; mergedFrom?: string };
  };
  'case.sla_escalated': { before: null; after: { clock: string; deadline: string } };
  'case.location_requested': { before: null; after: { expiresAt: string } };
  'case.location_set': {
    before: CaseLocationValues;
    after: CaseLocationValues & {
      /** `reporter`, `staff`, `photo`: who set it. */
      source: string;
      /** The reporter's own words with a pin; never text the server wrote (older events may hold some). */
      note?: string;
      /** The staff photo whose GPS gave the point (source `photo`). */
      photoFileName?: string;
    };
  };
  'case.attachment_added': {
    before: null;
    after: {
      attachmentId: string;
      fileName: string;
      mediaType: AttachmentMediaType;
      kind: AttachmentKind;
      source: AttachmentSource;
    };
  };
  'case.attachment_removed': {
    before: { attachmentId: string; fileName: string; mediaType: AttachmentMediaType };
    after: null;
  };
  'case.assigned': {
    before: null;
    after: { userId: string; name: string; agencyId: string | null; mergedFrom?: string };
  };
  'case.unassigned': { before: { userId: string }; after: null };
  'case.tags_changed': {
    before: { tags: string[] };
    after: { tags: string[]; added: string[]; removed: string[] };
  };
  'case.lapor_imported': {
    before: null;
    after: {
      status: CaseStatus;
      title: string;
      channel: 'lapor';
      category: CaseCategory;
      trackingId: string;
      laporStatus: string | null;
      laporCategory?: string;
    };
  };
  'case.lapor_updated': {
    /** The synced fields' values before the import, and the LAPOR status when it changed. */
    before: Record<string, unknown>;
    after: {
      [field: string]: unknown;
      trackingId: string;
      laporStatus?: string | null;
      /** Personal fields that changed, named without their values. */
      reporterFieldsChanged?: string[];
    };
  };
  'case.lapor_conflict': {
    before: LaporConflictBefore;
    after: { conflictId: string; field: string; laporValue?: string | boolean | null };
  };
  'case.lapor_conflict_resolved': {
    before: LaporConflictBefore;
    after: {
      conflictId: string;
      field: string;
      resolution: LaporConflictResolution;
      laporValue?: string | boolean | null;
    };
  };
  'case.lapor_follow_up_posted': {
    before: null;
    after: { followUpSeq: number; trackingId: string | null };
  };
  'case.tracking_link_issued': { before: null; after: { reportId: string; replaced: boolean } };
  'case.report_linked': { before: null; after: { reportId: string; trackingId: string } };
  'case.reporter_messaged': {
    /** Set when a prepared message is later marked sent or failed. */
    before: { status: 'prepared' } | null;
    after: {
      reportId: string;
      messageId: string;
      channel: ReporterMessageChannel;
      template: ReporterMessageTemplate;
      status: ReporterMessageStatus;
    };
  };
  'case.reporter_replied': { before: null; after: { reportId: string; commentId: string } };
  'case.reporter_confirmed': { before: null; after: { reportId: string; status: CaseStatus } };
  'case.reporter_disputed': {
    before: null;
    after: { reportId: string; status: CaseStatus; reason: string };
  };
  'case.reporter_rated': {
    before: { stars: number } | null;
    after: { reportId: string; stars: number; comment?: string };
  };
  'comment.created': { before: null; after: CommentView };
  'comment.edited': { before: CommentRef; after: CommentView };
  'comment.deleted': { before: CommentRef; after: CommentView };
  'case.merged_into': { before: { status: CaseStatus }; after: MergedCaseRef };
  'case.merged_from': { before: null; after: MergedCaseRef };
  'case.merge_requested': { before: null; after: MergeRequestLink };
  'case.merge_request_declined': { before: null; after: MergeRequestLink };
  'case.merge_request_void': { before: null; after: MergeRequestLink & { reason: string } };
  /** A handoff proposal; `frozen` when it would make the case bounce and waits for an arbiter. */
  'case.handoff_proposed': {
    before: null;
    after: HandoffLink & { note?: string; frozen: boolean; senderChoice: HandoffSenderChoice };
  };
  'case.handoff_withdrawn': { before: null; after: HandoffLink & { note?: string } };
  'case.handoff_declined': { before: null; after: HandoffLink & { answerReason: string } };
  'case.handoff_expired': { before: null; after: HandoffLink };
  /** The receiver leads now; the sender stayed as collaborator or left, as it chose. */
  'case.handoff_accepted': {
    before: null;
    after: HandoffLink & {
      senderChoice: HandoffSenderChoice;
      /** What the reporter's tracking page says: "ruas jalan nasional". */
      publicReason: { id: string; en: string };
    };
  };
  /**
   * Routed at intake by a routing rule the superadmin marked `direct`: the rule's agency leads at
   * once (no proposal to accept); the intake agency stays as collaborator.
   */
  'case.handoff_routed': {
    before: null;
    after: HandoffLink & {
      senderChoice: HandoffSenderChoice;
      ruleId: string;
      /** What the reporter's tracking page says: "jenis aduan". */
      publicReason: { id: string; en: string };
      /** The owner suggestion's sentence that decided it. */
      explanation: { id: string; en: string };
    };
  };
  /** An arbiter decided who owns a frozen case; `ruleId` when the decision became a routing rule. */
  'case.arbitrated': {
    before: null;
    after: HandoffLink & {
      ownerAgencyId: string;
      ownerAgencyShortName: string;
      note: string;
      publicReason: { id: string; en: string };
      ruleId?: string;
    };
  };
  /** Disposed to a unit (child agency): it leads, the parent stays as collaborator. */
  'case.disposed_to_unit': {
    before: { agencyId: string };
    after: { agencyId: string; agencyShortName: string; note?: string };
  };
  'case.collaborator_invited': {
    before: null;
    after: { collaborationId: string; agencyId: string; task: string; required: boolean };
  };
  'case.collaboration_accepted': {
    before: null;
    after: { collaborationId: string; agencyId: string };
  };
  'case.collaboration_declined': {
    before: null;
    after: { collaborationId: string; agencyId: string; reason: string };
  };
  'case.task_status_changed': {
    before: { status: TaskStatus };
    after: { collaborationId: string; agencyId: string; status: TaskStatus; note?: string };
  };
  /** A participant left or was ended by the lead; its events and comments stay. */
  'case.participant_ended': {
    before: { agencyId: string; role: ParticipantRole };
    after: { agencyId: string; reason: string; left: boolean };
  };
  /** The lead resolved the case although required tasks were open. */
  'case.resolve_override': { before: null; after: { reason: string; openTasks: number } };
  /** Reports of this case went into a new case (or it was only linked, for a one-report case). */
  'case.split_into': { before: null; after: SplitCaseRef };
  /** This case was split off another. */
  'case.split_from': { before: null; after: SplitCaseRef };
}

export type CaseEventType = keyof CaseEventPayloads;

/** What every timeline entry has, whatever its type. */
export interface CaseEventHeader {
  /** The case's gap-free event number. */
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actorAgencyId: string | null;
}

/** One entry of a case's timeline: the event log, with a per-case gap-free sequence. */
// Spelled out rather than through CaseEventOf: the OpenAPI generator names no generic schemas.
export type CaseEvent = {
  [T in CaseEventType]: CaseEventHeader & { type: T } & CaseEventPayloads[T];
}[CaseEventType];

/** One entry of a case's timeline, of one type: e.g. `CaseEventOf<'case.status_changed'>`. */
export type CaseEventOf<T extends CaseEventType> = CaseEventHeader & {
  type: T;
} & CaseEventPayloads[T];

/** An event's type with its payload, without the header: `{ type: 'case.created', before, after }`. */
export type CaseEventBody = {
  [T in CaseEventType]: { type: T } & CaseEventPayloads[T];
}[CaseEventType];
