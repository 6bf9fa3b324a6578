import type { MembershipRole } from '@simpul/contracts';

/** Who is acting: the signed-in user, the session, and the agency the request acts for. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
  mustChangePassword: boolean;
  /** The acting agency (from the `x-simpul-agency` header or the first membership). */
  agencyId: string | null;
  /** The user's role in the acting agency. */
  role: MembershipRole | null;
  memberships: { agencyId: string; role: MembershipRole }[];
  ip: string | null;
}
