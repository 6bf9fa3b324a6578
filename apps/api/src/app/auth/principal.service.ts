import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CurrentUser, Membership } from '@simpul/contracts';

/**
 * How long one process may trust what it read about a user and session. Deactivation, sign-out
 * and role changes reach every API process within this time (the issue asks for under 5 s).
 */
export const PRINCIPAL_CACHE_MS = 2000;

export interface Principal extends CurrentUser {
  sessionId: string;
}

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  is_superadmin: boolean;
  must_change_password: boolean;
  memberships: Membership[];
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
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT p.user_id || ':' || p.session_id AS key
       FROM unnest($1::uuid[], $2::uuid[]) AS p(user_id, session_id)
       WHERE NOT EXISTS (
         SELECT 1 FROM "auth_session" s JOIN "app_user" u ON u.id = s.user_id
         WHERE s.id = p.session_id AND u.id = p.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now())`,
      [pairs.map((p) => p.userId), pairs.map((p) => p.sessionId)],
    );
    return new Set(rows.map((r) => r.key));
  }

  private async query(userId: string, sessionId: string): Promise<Principal | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.is_superadmin, u.must_change_password,
              COALESCE(json_agg(json_build_object(
                'agencyId', a.id, 'agencyName', a.name, 'agencyShortName', a.short_name, 'role', m.role)
                ORDER BY m.created_at, a.short_name) FILTER (WHERE a.id IS NOT NULL), '[]') AS memberships
       FROM "app_user" u
       JOIN "auth_session" s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
       LEFT JOIN "membership" m ON m.user_id = u.id
       LEFT JOIN "agency" a ON a.id = m.agency_id AND a.active
       WHERE u.id = $1 AND u.active
       GROUP BY u.id`,
      [userId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      isSuperadmin: row.is_superadmin,
      mustChangePassword: row.must_change_password,
      memberships: row.memberships,
      sessionId,
    };
  }
}
