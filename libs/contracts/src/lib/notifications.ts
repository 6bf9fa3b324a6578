export const NOTIFICATION_KINDS = [
  'mention',
  'agency_mention',
  'new_case',
  'sla_reminder',
  'sla_escalation',
  'handoff_request',
  /** Someone invited the recipient's account to an agency (accept or decline while signed in). */
  'membership_invitation',
  /** An admin created a password reset link for the recipient's account. */
  'password_reset_issued',
  /** Another agency asks the recipient's agency to merge a case it leads into theirs. */
  'merge_request',
  /** A handoff the recipient's agency proposed was accepted, declined or withdrawn. */
  'handoff_answered',
  /** A handoff proposal went unanswered past its deadline (to the leaders of both agencies). */
  'handoff_expired',
  /** Another agency invites the recipient's agency to work a case as a collaborator, with a task. */
  'collaboration_request',
  /** A co-ownership task changed (accepted, declined, its sub-status, ended). */
  'task_update',
  /** A case bounced between agencies (ping-pong) and waits for the recipient's arbitration. */
  'arbitration_needed',
  /** A road-registry or LAPOR import the recipient started has finished (or failed). */
  'registry_import_finished',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  caseId: string | null;
  /** Case number (e.g. SMP-2026-000123) for display, when the notification concerns a case. */
  caseNumber: string | null;
  /** Short text in the recipient's terms (already composed; the web may localise by kind). */
  title: string;
  body: string | null;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationView[];
  unreadCount: number;
  /** Keyset cursor for the next page, null at the end. */
  nextCursor: string | null;
}

export interface MarkNotificationsReadRequest {
  /** Ids to mark read; omit (or `all: true`) to mark everything read. */
  ids?: string[];
  all?: boolean;
}
