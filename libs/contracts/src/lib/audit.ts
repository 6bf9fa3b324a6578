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
  'membership.invited',
  'membership.invitation_accepted',
  'membership.invitation_declined',
  'agency.created',
  'agency.updated',
  'case.observer_invited',
  'attachment.public_changed',
  'calendar.changed',
  'cases.exported',
  'leaders.thresholds_changed',
  'open311.key_issued',
  'open311.key_revoked',
  'registry.import_started',
  'registry.import_cancelled',
  'routing_rule.saved',
  'routing_rule.closed',
  'case.handoff_proposed',
  'case.handoff_withdrawn',
  'case.handoff_accepted',
  'case.handoff_declined',
  'case.handoff_expired',
  'case.handoff_routed',
  'case.disposed',
  'case.arbitrated',
  'case.collaborator_invited',
  'case.collaboration_accepted',
  'case.collaboration_declined',
  'case.participant_ended',
  'case.resolve_override',
  'case.split',
  'clarification.published',
  'clarification.corrected',
  'clarification.retracted',
  'clarification.delivery_logged',
  'clarification.approval_decided',
  'clarification.chain_configured',
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

/**
 * The audit query for account takeover (issue #11): memberships added to accounts that already
 * existed and password reset links issued by admins. `direct_grant` entries come from before
 * invitations existed (an admin added an existing account without its consent).
 */
export const MEMBERSHIP_GRANT_KINDS = [
  'direct_grant',
  'invitation_sent',
  'invitation_accepted',
  'admin_password_reset',
] as const;
export type MembershipGrantKind = (typeof MEMBERSHIP_GRANT_KINDS)[number];

export interface MembershipGrantEntry {
  /** The audit entry's id. */
  id: string;
  at: string;
  kind: MembershipGrantKind;
  actorUserId: string | null;
  actorName: string | null;
  /** The agency the membership was for, or the agency the resetting admin acted for. */
  agencyId: string | null;
  agencyShortName: string | null;
  targetUserId: string | null;
  targetEmail: string | null;
  targetName: string | null;
  role: string | null;
  /** The account is a superadmin now. */
  targetIsSuperadmin: boolean;
  /** The account belongs now to an agency other than `agencyId`. */
  targetInOtherAgencies: boolean;
  /**
   * Worth checking: a grant without consent, or a reset by an admin for a superadmin or for someone
   * who also belongs to another agency.
   */
  flagged: boolean;
}

export interface MembershipGrantPage {
  entries: MembershipGrantEntry[];
  /** Pass as `before` to get the next (older) page; null at the end. */
  nextCursor: string | null;
}
