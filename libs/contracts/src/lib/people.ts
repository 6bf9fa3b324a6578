import type { MembershipRole } from './auth';

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  active: boolean;
  isSuperadmin: boolean;
  mustChangePassword: boolean;
  /** Memberships in the agencies the viewing admin administers. */
  memberships: { agencyId: string; agencyShortName: string; role: MembershipRole }[];
  lastSignInAt: string | null;
}

/**
 * An admin adds a person to the acting agency. Without `temporaryPassword` an invitation link is
 * created: it is emailed when SMTP is configured, and returned for the admin to hand over when not.
 */
export interface CreateUserRequest {
  email: string;
  name: string;
  role: MembershipRole;
  temporaryPassword?: string;
}

export interface CreateUserResponse {
  user: UserSummary;
  /** Present when no email could be sent: the admin hands this link over. */
  inviteUrl?: string;
  emailed: boolean;
}

export interface UpdateMembershipRequest {
  role: MembershipRole;
}

export interface SetUserActiveRequest {
  active: boolean;
}

export interface PasswordResetLinkResponse {
  resetUrl?: string;
  emailed: boolean;
}
