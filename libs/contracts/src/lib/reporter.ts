import type { CaseStatus, LaporBucket } from './case-status';

/**
 * The reporter's side of a case (issue 4, points 6 and 9): a public tracking page per report behind
 * a secret token, and the messages officers send reporters.
 */

/** The header that carries a tracking token to the public API (kept out of URLs and server logs). */
export const TRACKING_TOKEN_HEADER = 'X-Tracking-Token';

/** A new tracking link, shown once to the officer who gives it to the reporter. */
export interface TrackingLinkResponse {
  reportId: string;
  /** `<PUBLIC_URL>/lacak/<case number>#t=<token>`: the fragment never reaches a server. */
  url: string;
  token: string;
  issuedAt: string;
}

/** A status the case passed through, for the reporter's timeline. */
export interface PublicStatusStep {
  at: string;
  status: CaseStatus;
  laporBucket: LaporBucket;
  /** The follow-up text written for the reporter (tindak lanjut); never other notes. */
  followUpText: string | null;
}

/** A public reply on the case: from an agency (named by the agency only) or from this reporter. */
export interface PublicReply {
  id: string;
  at: string;
  authorKind: 'agency' | 'reporter';
  /** The agency's name for agency replies; null for the reporter's own. */
  agencyName: string | null;
  body: string;
}

/** An agency joining the case or taking it over, named by the agency only. */
export interface PublicHandoffStep {
  at: string;
  agencyName: string;
  /** `intake`: took the complaint in; `lead`: became responsible; others: joined to help. */
  kind: 'intake' | 'lead' | 'collaborator' | 'observer';
  /** Why the case was handed over ("ruas jalan nasional"), for a handoff; never a bare refusal. */
  reason?: { id: string; en: string };
}

export interface PublicRating {
  stars: number;
  comment: string | null;
  ratedAt: string;
}

/** What the reporter sees behind the right token: never people's names, contacts or internal notes. */
export interface PublicTrackingView {
  caseNumber: string;
  title: string;
  status: CaseStatus;
  laporBucket: LaporBucket;
  /** The agency now responsible. */
  leadAgencyName: string;
  createdAt: string;
  statusHistory: PublicStatusStep[];
  replies: PublicReply[];
  handoffs: PublicHandoffStep[];
  confirmedAt: string | null;
  disputedAt: string | null;
  rating: PublicRating | null;
  /** What the reporter may do now. */
  can: { reply: boolean; confirm: boolean; dispute: boolean; rate: boolean };
}

export interface TrackingReplyRequest {
  body: string;
}

export interface TrackingDisputeRequest {
  /** Why the problem is not solved; goes to the case timeline. */
  reason: string;
}

export interface TrackingRatingRequest {
  /** 1–5 stars. */
  stars: number;
  comment?: string;
}

export const REPORTER_MESSAGE_TEMPLATES = [
  'acknowledgement',
  'location_request',
  'follow_up',
  'tracking_link',
] as const;
export type ReporterMessageTemplate = (typeof REPORTER_MESSAGE_TEMPLATES)[number];

export const REPORTER_MESSAGE_CHANNELS = ['whatsapp', 'sms', 'email'] as const;
export type ReporterMessageChannel = (typeof REPORTER_MESSAGE_CHANNELS)[number];

/** `prepared`: handed to the officer to send (WhatsApp, SMS, email without SMTP). */
export type ReporterMessageStatus = 'prepared' | 'sent' | 'failed';

export interface ReporterMessageRequest {
  template: ReporterMessageTemplate;
  channel: ReporterMessageChannel;
}

/** A rendered message before anything is issued or logged; links are same-length placeholders. */
export interface ReporterMessagePreview {
  template: ReporterMessageTemplate;
  channel: ReporterMessageChannel;
  /** Normalised (62… for phones) and visible to the sender, who may see the contact. */
  recipient: string;
  /** Email only. */
  subject: string | null;
  body: string;
  characters: number;
  /** SMS parts (160 GSM-7 characters, 153 per part when split; 70/67 with other characters). */
  smsParts: number;
  /** The body carries a link that is issued only when the message is prepared. */
  linkIssuedOnSend: boolean;
}

/** One entry of the send log. */
export interface ReporterMessageView {
  id: string;
  reportId: string;
  channel: ReporterMessageChannel;
  template: ReporterMessageTemplate;
  /** Masked (e.g. `62812•••••890`) for viewers who may not see the reporter's contact. */
  recipient: string;
  subject: string | null;
  /** Secret link tokens are never kept: the logged text shows them as `[token]`. */
  body: string;
  sentByName: string | null;
  sentByAgencyName: string | null;
  sentAt: string;
  status: ReporterMessageStatus;
}

/** A prepared (or sent) message: the text with its real links, once. */
export interface ReporterMessageResult {
  message: ReporterMessageView;
  subject: string | null;
  body: string;
  smsParts: number;
  /** WhatsApp: `https://wa.me/62…?text=…` to open in a new tab. */
  whatsappUrl: string | null;
  /** Email without SMTP: a `mailto:` link for the officer's own mail program. */
  mailtoUrl: string | null;
}

export interface ReporterMessageLog {
  items: ReporterMessageView[];
  /** The viewer may prepare and send messages to this report's reporter. */
  canSend: boolean;
  /** Email goes out from the server (SMTP configured); otherwise it is shown for copying. */
  emailConfigured: boolean;
  /** Channels the reporter's contact allows (a phone: WhatsApp and SMS; an address: email). */
  channels: ReporterMessageChannel[];
}
