export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.locked',
  'auth.sign_out',
  'auth.refresh_reuse',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'access.denied',
  'identity.revealed',
  'user.created',
  'user.invited',
  'user.activated',
  'user.deactivated',
  'membership.role_changed',
  'membership.removed',
  'agency.created',
  'agency.updated',
  'case.observer_invited',
  'calendar.changed',
  'cases.exported',
  'open311.key_issued',
  'open311.key_revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: string | null;
}
