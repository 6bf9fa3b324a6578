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
  /**
   * The viewer may issue a reset link for this account and (de)activate it: the superadmin, or an
   * admin of the only agency the account belongs or is invited to (never a superadmin's account).
   */
  manageable: boolean;
}

/**
 * An admin adds a person to the acting agency. Without `temporaryPassword` an invitation link is
 * created: it is emailed when SMTP is configured, and returned for the admin to hand over when not.
 *
 * When the email already belongs to an account, nobody is added: the person gets a pending
 * {@link MembershipInvitation} to accept while signed in, and `temporaryPassword` is ignored.
 */
export interface CreateUserRequest {
  email: string;
  name: string;
  role: MembershipRole;
  temporaryPassword?: string;
  /**
   * The agency to add the person to. Only the superadmin may name one (how a new agency gets its
   * first admin); everyone else adds to the acting agency.
   */
  agencyId?: string;
}

/** What adding a person did: a new account with its membership, or an invitation. */
export type CreateUserResponse =
  | {
      outcome: 'created';
      user: UserSummary;
      /** Present when no email could be sent: the admin hands this link over. */
      inviteUrl?: string;
      emailed: boolean;
    }
  | {
      /** The email belongs to an existing account: it was invited, nothing was granted yet. */
      outcome: 'invitation_sent';
      invitation: SentMembershipInvitation;
      /** The person was also told by email (SMTP configured). */
      emailed: boolean;
    };

/** An invitation as the inviting admin sees it (no details of the person's other agencies). */
export interface SentMembershipInvitation {
  id: string;
  email: string;
  agencyId: string;
  agencyShortName: string;
  role: MembershipRole;
  createdAt: string;
  expiresAt: string;
}

/** A pending invitation as its invitee sees it; accepting it adds the membership. */
export interface MembershipInvitation {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  role: MembershipRole;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
}

/** The membership an accepted invitation added. */
export interface AcceptInvitationResponse {
  agencyId: string;
  agencyShortName: string;
  role: MembershipRole;
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
