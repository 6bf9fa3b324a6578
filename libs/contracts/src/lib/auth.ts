/** A user's role inside one agency (DOMAIN.md §1). `superadmin` is system-wide, not a membership. */
export const MEMBERSHIP_ROLES = ['admin', 'petugas', 'humas', 'pimpinan'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Header naming the agency a request acts for, when the user belongs to several. */
export const ACTING_AGENCY_HEADER = 'x-simpul-agency';

export interface Membership {
  agencyId: string;
  agencyName: string;
  agencyShortName: string;
  role: MembershipRole;
}

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
  /** True until the user replaces an admin-set or temporary password. */
  mustChangePassword: boolean;
  memberships: Membership[];
}

export interface SignInRequest {
  email: string;
  password: string;
}

/**
 * Answer of sign-in and refresh. The web client keeps the access token in memory only; the
 * refresh token travels in an httpOnly SameSite cookie (`simpul_refresh`) and, for API clients
 * that asked with `client: "api"`, also in the body.
 */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUser;
  refreshToken?: string;
}

/**
 * Answer of `POST /api/auth/session`, the web app's question on load: the session its refresh
 * cookie restores, or `null` when there is none (signed out is an answer, not a 401).
 */
export interface SessionStateResponse {
  session: SessionResponse | null;
}

export interface RefreshRequest {
  /** API clients send it here; browsers rely on the cookie. */
  refreshToken?: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface PasswordResetRequest {
  email: string;
}

/** Completes an invitation or a password reset with the token from the link. */
export interface CompleteTokenRequest {
  token: string;
  newPassword: string;
}

/** Minimum password length; long passphrases are encouraged over complexity rules (NIST 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
