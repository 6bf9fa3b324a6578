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
  /** Another agency invited the recipient's agency to observe one of its cases. */
  'observer_invitation',
  /** A clarification draft waits for the recipient's approval step (the chain (re)started or moved on). */
  'clarification_approval_needed',
  /** An approver rejected a clarification draft the recipient edited; the body is the note. */
  'clarification_rejected',
  /** A clarification's 24-hour clock nears its end and the recipient's step is still open. */
  'clarification_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Why notifications are grouped: while the recipient has not read a grouped notification, the next
 * one of the same group and scope (e.g. the same LAPOR import) updates it and raises its
 * `groupCount` instead of adding a row. The API decides the grouping in one place
 * (`notifications/notification-groups.ts`); the web words a group with more than one by its name.
 */
export const NOTIFICATION_GROUPS = [
  /** New cases of one LAPOR import run ("72 aduan baru dari impor LAPOR"). */
  'lapor_import',
  /** Approval notices and reminders of one clarification draft. */
  'clarification_approval',
] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

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
  /** The group this notification gathers (see NOTIFICATION_GROUPS), null when it stands alone. */
  group: NotificationGroup | null;
  /**
   * How many notifications this one stands for (1 unless grouped). Above 1, `caseId` is null and
   * `body` names the latest; a live update of a grouped notification keeps its `id`.
   */
  groupCount: number;
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
