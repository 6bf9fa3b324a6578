import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEMBERSHIP_ROLES, type CurrentUser, type Membership } from '@simpul/contracts';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import { invalidPrincipals, loadPrincipal, type Json } from './auth.queries';

/**
 * How long one process may trust what it read about a user and session. Deactivation, sign-out
 * and role changes reach every API process within this time (the issue asks for under 5 s).
 */
export const PRINCIPAL_CACHE_MS = 2000;

export interface Principal extends CurrentUser {
  sessionId: string;
}

/** The JSON array of memberships LoadPrincipal builds, checked as it is read. */
function membershipsOf(value: Json): Membership[] {
  if (!Array.isArray(value)) throw new Error('memberships is not an array');
  return value.map((m) => {
    if (
      m === null ||
      typeof m !== 'object' ||
      Array.isArray(m) ||
      typeof m['agencyId'] !== 'string' ||
      typeof m['agencyName'] !== 'string' ||
      typeof m['agencyShortName'] !== 'string' ||
      typeof m['role'] !== 'string'
    ) {
      throw new Error('memberships holds an entry that is not a membership');
    }
    return {
      agencyId: m['agencyId'],
      agencyName: m['agencyName'],
      agencyShortName: m['agencyShortName'],
      role: checkedText(MEMBERSHIP_ROLES, m['role'], 'membership.role'),
    };
  });
}

/** Loads who a token's user is now: active, session not revoked, current memberships. */
@Injectable()
export class PrincipalService {
  private readonly cache = new Map<string, { principal: Principal | null; at: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<Principal | null> {
    const key = `${userId}:${sessionId}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < PRINCIPAL_CACHE_MS) return cached.principal;
    const principal = await this.query(userId, sessionId);
    this.cache.set(key, { principal, at: Date.now() });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
    return principal;
  }

  /** Drops what this process remembers of a user (other processes expire within the TTL). */
  forget(userId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${userId}:`)) this.cache.delete(key);
  }

  /** Of the given user/session pairs, those no longer valid (for dropping open sockets). */
  async invalid(pairs: { userId: string; sessionId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await runQuery(this.dataSource, invalidPrincipals, {
      userIds: pairs.map((p) => p.userId),
      sessionIds: pairs.map((p) => p.sessionId),
    });
    return new Set(rows.map((r) => r.key));
  }

  private async query(userId: string, sessionId: string): Promise<Principal | null> {
    const rows = await runQuery(this.dataSource, loadPrincipal, { userId, sessionId });
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      isSuperadmin: row.is_superadmin,
      mustChangePassword: row.must_change_password,
      memberships: membershipsOf(row.memberships),
      sessionId,
    };
  }
}
