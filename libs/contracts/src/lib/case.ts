import type { PotholeClockReason, RoadStatus } from './jurisdiction';
import type { CaseAction, CaseClockView, CaseStatus, LaporBucket, SlaState } from './case-status';
import type { CaseEditableField } from './case-events';
import type { CaseMergeLink } from './duplicates';
import type { CaseLocation } from './location';

export const CASE_CHANNELS = [
  'lapor',
  'whatsapp',
  'instagram',
  'phone',
  'letter',
  'walk_in',
  'open311',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_CLASSIFICATIONS = ['aspirasi', 'pengaduan', 'permintaan_informasi'] as const;
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];

/** The seeded category list of a highways department (managed per installation later). */
export const CASE_CATEGORIES = [
  'jalan_rusak',
  'jembatan',
  'drainase',
  'longsor',
  'pju',
  'rambu_marka',
  'pohon_tumbang',
  'galian_utilitas',
  'lainnya',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const PARTICIPANT_ROLES = ['lead', 'collaborator', 'observer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface CaseParticipant {
  agencyId: string;
  agencyShortName: string;
  role: ParticipantRole;
}

/**
 * How long an agency has held the case: led it while the next move was its own (not while waiting
 * for the reporter, not once closed). Kept by the database with every status and lead change.
 */
export interface CaseTimeInHand {
  agencyId: string;
  agencyShortName: string;
  /** The stints' total, the current one counted up to now. */
  seconds: number;
  /** The agency holds the case now (since `since`). */
  holding: boolean;
  since: string | null;
}

export interface CaseSummary {
  id: string;
  /** Human-readable number, e.g. `SMP-2026-000123`. */
  number: string;
  title: string;
  channel: CaseChannel;
  classification: CaseClassification;
  category: string;
  status: CaseStatus;
  laporBucket: LaporBucket;
  priority: CasePriority;
  leadAgencyId: string;
  leadAgencyShortName: string;
  regencyCode: string | null;
  createdAt: string;
}

/**
 * The reporter as the viewer may see them. Fields the access policy withholds are `null` and
 * listed in `hidden`, so the interface can say why instead of showing blanks.
 */
export interface ReporterView {
  name: string | null;
  contact: string | null;
  nik: string | null;
  anonymous: boolean;
  hidden: ('name' | 'contact' | 'nik')[];
  /** The viewer may reveal an anonymous reporter (an audited act). */
  canRevealIdentity: boolean;
}

/** An officer assigned to the case inside their agency ("my cases"). */
export interface CaseAssignee {
  userId: string;
  name: string;
  agencyId: string;
  agencyShortName: string;
  assignedAt: string;
}

export interface AssignOfficerRequest {
  userId: string;
}

/** Open cases assigned to each officer of the acting agency. */
export interface OfficerWorkload {
  userId: string;
  name: string;
  role: string;
  openCases: number;
}

export interface CaseReportView {
  id: string;
  trackingId: string | null;
  confidential: boolean;
  reporter: ReporterView;
  /**
   * The agency that took this report in (it sees the NIK and may reveal an anonymous reporter).
   * A report merged in from another case keeps its own intake agency.
   */
  intakeAgencyId: string;
}

/** What the viewer may do on this case, computed by the one access policy. */
export interface CasePermissions {
  update: boolean;
  inviteObserver: boolean;
  /** Writing internal notes in the case's thread (participating agencies). */
  comment?: boolean;
  /** Writing public replies the reporter sees (the lead agency). */
  replyPublicly?: boolean;
  /** Removing other people's comments (the lead agency's admin). */
  moderateComments?: boolean;
  /** Messages and tracking links to the reporter (the lead agency's working staff). */
  messageReporter?: boolean;
  /** Attaching evidence: every participating agency's working staff, observers included. */
  addEvidence?: boolean;
  /** Status actions the viewer may take now. */
  actions: CaseAction[];
}

export interface CaseDetail extends CaseSummary {
  description: string;
  locationText: string | null;
  location: CaseLocation;
  incidentDate: string | null;
  intakeAgencyId: string;
  tags: string[];
  participants: CaseParticipant[];
  assignees: CaseAssignee[];
  reports: CaseReportView[];
  permissions: CasePermissions;
  /** SLA clocks on the working-day calendar; the same for every agency on the case. */
  clocks: CaseClockView[];
  /** The worst state of the running clocks; null when none runs. */
  slaState: SlaState | null;
  /** Per agency that has held the case, in the order they first did. */
  timeInHand: CaseTimeInHand[];
  /** Increases with every change; send it back with edits (409 when stale). */
  version: number;
  updatedAt: string;
  /** The case this one was merged into as a duplicate (it is then archived); null otherwise. */
  mergedInto: CaseMergeLink | null;
  /** Duplicates merged into this case (their reports now belong here), as far as visible. */
  mergedFrom: CaseMergeLink[];
  /** Status of the road segment under the case's point (road-status registry); null: unknown. */
  roadStatus: RoadStatus | null;
  /** Why the 1×24 h pothole clock runs or not; null when the category has no such promise. */
  potholeClock: PotholeClockReason | null;
  /** The photo link an Open311 client sent with the case, shown as a link (the server never fetches it). */
  open311MediaUrl?: string | null;
}

/** The facts of "Ubah fakta kasus", in the order the form shows them. */
export const CASE_EDITABLE_FIELDS = [
  'title',
  'description',
  'locationText',
  'category',
  'classification',
  'priority',
  'incidentDate',
] as const satisfies readonly CaseEditableField[];

/**
 * `PATCH cases/{id}`: only the fields the person changed. The change applies unless one of them
 * was changed by someone else after `baseVersion` (then 409 `FIELD_CONFLICT` with
 * {@link CaseFieldConflictDetails}); changes to other fields, comments and other events in
 * between do not stand in the way.
 */
export interface UpdateCaseRequest {
  /** The case version the form was opened on. */
  baseVersion: number;
  title?: string;
  description?: string;
  locationText?: string | null;
  /** A corrected category: the running SLA clocks follow its rules from now on. */
  category?: CaseCategory;
  classification?: CaseClassification;
  priority?: CasePriority;
  /** YYYY-MM-DD, or null when it is not known after all. */
  incidentDate?: string | null;
}

/** A field of a refused edit: its value now, and who changed it after the form was opened. */
export interface CaseFieldConflict {
  field: CaseEditableField;
  /** `incidentDate` as `YYYY-MM-DD`. */
  current: string | null;
  /** The latest change of the field after `baseVersion`. */
  changedAt: string;
  changedBy: {
    userId: string | null;
    name: string | null;
    agencyId: string | null;
    agencyShortName: string | null;
  };
}

/** `details` of a 409 `FIELD_CONFLICT` from `PATCH cases/{id}`. */
export interface CaseFieldConflictDetails {
  /** The case's version now: send it as `baseVersion` once the person has chosen. */
  version: number;
  conflicts: CaseFieldConflict[];
  /** The case as it is now. */
  current: CaseDetail;
}

/** `PUT cases/{id}/reports/{reportId}/tracking-id`: the report is in SP4N-LAPOR! too. */
export interface LinkTrackingIdRequest {
  version: number;
  /** 4–12 digits, e.g. `1916449`. */
  trackingId: string;
}

export interface InviteObserverRequest {
  agencyId: string;
  reason: string;
}

export interface RevealedIdentity {
  reportId: string;
  name: string | null;
  contact: string | null;
  nik: string | null;
}

export interface NewReporter {
  name?: string;
  contact?: string;
  /** 16-digit national ID number; seen only by the intake agency. */
  nik?: string;
  anonymous: boolean;
  confidential: boolean;
}

/** Manual intake: an officer types in a complaint that came by WhatsApp, Instagram, phone, letter… */
export interface CreateCaseRequest {
  title: string;
  description: string;
  classification: CaseClassification;
  channel: CaseChannel;
  category: CaseCategory;
  priority?: CasePriority;
  /** YYYY-MM-DD */
  incidentDate?: string;
  locationText?: string;
  /** Kemendagri regency/city code, e.g. `35.07`. */
  regencyCode?: string;
  /** Kemendagri district and village codes inside that regency (a place the officer confirmed). */
  districtCode?: string;
  villageCode?: string;
  /**
   * The pin (WGS84), saved with the case in the same transaction (`pinned`, by staff); a point
   * outside Indonesia, or with latitude and longitude swapped, is refused (400) and nothing is saved.
   */
  point?: { lat: number; lng: number };
  /** The reporter's landmark ("Patokan"), at most LANDMARK_MAX_CHARS. */
  landmark?: string;
  /** SP4N-LAPOR! Tracking ID (digits). */
  trackingId?: string;
  reporter: NewReporter;
}
