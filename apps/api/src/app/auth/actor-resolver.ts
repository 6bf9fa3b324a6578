import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { authErrors } from './auth-errors';
import { PrincipalService } from './principal.service';
import { TokenService } from './token.service';

/**
 * Turns a bearer token (HTTP header or socket handshake) and the requested acting agency into
 * an {@link Actor}, or throws the 401/403 that explains why not. One path for REST and sockets.
 */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly principals: PrincipalService,
  ) {}

  async resolve(
    token: string | null,
    requestedAgencyId: string | null,
    ip: string | null,
  ): Promise<Actor> {
    if (!token) throw authErrors.required();
    const claims = await this.tokens.verify(token);
    if (!claims) throw authErrors.invalidToken();
    const principal = await this.principals.load(claims.sub, claims.sid);
    if (!principal) throw authErrors.sessionEnded();
    const membership = requestedAgencyId
      ? principal.memberships.find((m) => m.agencyId === requestedAgencyId)
      : principal.memberships[0];
    if (requestedAgencyId && !membership) throw authErrors.notAMember();
    return {
      userId: principal.id,
      sessionId: principal.sessionId,
      email: principal.email,
      name: principal.name,
      isSuperadmin: principal.isSuperadmin,
      mustChangePassword: principal.mustChangePassword,
      agencyId: membership?.agencyId ?? null,
      role: membership?.role ?? null,
      memberships: principal.memberships.map((m) => ({ agencyId: m.agencyId, role: m.role })),
      ip,
    };
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : null;
}
