import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AuditAction,
  AuditEntry,
  AuditPage,
  MembershipGrantEntry,
  MembershipGrantKind,
  MembershipGrantPage,
} from '@simpul/contracts';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';

export interface AuditRecord {
  action: AuditAction;
  actorUserId?: string | null;
  /** The agency whose admins see the entry. */
  agencyId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: string;
  at: Date;
  action: AuditAction;
  actor_user_id: string | null;
  actor_name: string | null;
  agency_id: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The append-only audit log of security-relevant events. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actorDatabase: ActorDatabase,
  ) {}

  /**
   * Appends an entry. Pass the manager of the transaction that makes the change so both commit
   * together; without one the entry commits on its own (refusals, which roll their work back).
   */
  async record(
    entry: AuditRecord,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "audit_log" ("action", "actor_user_id", "agency_id", "target_type", "target_id", "ip", "details")
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.action,
        entry.actorUserId ?? null,
        entry.agencyId ?? null,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.ip ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first; row-level security limits admins to their agency's entries. */
  async page(actor: Actor, before: string | null, limit: number): Promise<AuditPage> {
    const rows = await this.actorDatabase.run(
      actor,
      (manager) =>
        manager.query(
          `SELECT l.id, l.at, l.action, l.actor_user_id, u.name AS actor_name, l.agency_id,
                l.target_type, l.target_id, l.ip, l.details
         FROM "audit_log" l LEFT JOIN "app_user" u ON u.id = l.actor_user_id
         WHERE ($1::bigint IS NULL OR l.id < $1::bigint)
         ORDER BY l.id DESC LIMIT $2`,
          [before, limit + 1],
        ) as Promise<AuditRow[]>,
    );
    const entries = rows.slice(0, limit).map((row): AuditEntry => ({
      id: String(row.id),
      at: row.at.toISOString(),
      action: row.action,
      actorUserId: row.actor_user_id,
      actorName: row.actor_name,
      agencyId: row.agency_id,
      targetType: row.target_type,
      targetId: row.target_id,
      ip: row.ip,
      details: row.details,
    }));
    return { entries, nextCursor: rows.length > limit ? entries[entries.length - 1].id : null };
  }

  /**
   * The account takeover check (issue #11): memberships given to accounts that already existed
   * (`user.created`/`user.invited` with `existingUser`, written before invitations existed, and
   * accepted invitations), invitations sent, and reset links issued by admins. Row-level security
   * limits admins to their agency's entries. The target's present state says what is worth a look.
   */
  async membershipGrants(
    actor: Actor,
    before: string | null,
    limit: number,
  ): Promise<MembershipGrantPage> {
    const rows = await this.actorDatabase.run(
      actor,
      (manager) =>
        manager.query(
          `SELECT l.id, l.at, l.action, l.actor_user_id, au.name AS actor_name,
                  COALESCE(au.is_superadmin, false) OR COALESCE((l.details->>'bySuperadmin')::boolean, false) AS by_superadmin,
                  l.agency_id, ag.short_name AS agency_short_name, l.target_id,
                  tu.email AS target_email, tu.name AS target_name, l.details->>'role' AS role,
                  COALESCE(tu.is_superadmin, false) AS target_is_superadmin,
                  EXISTS (SELECT 1 FROM "membership" m WHERE m.user_id = tu.id
                          AND m.agency_id IS DISTINCT FROM l.agency_id) AS target_in_other_agencies
           FROM "audit_log" l
           LEFT JOIN "app_user" au ON au.id = l.actor_user_id
           LEFT JOIN "agency" ag ON ag.id = l.agency_id
           LEFT JOIN "app_user" tu ON l.target_type = 'user' AND tu.id::text = l.target_id
           WHERE ($1::bigint IS NULL OR l.id < $1::bigint)
             AND ((l.action IN ('user.created', 'user.invited') AND l.details->>'existingUser' = 'true')
               OR l.action IN ('membership.invited', 'membership.invitation_accepted')
               OR (l.action = 'auth.password_reset_requested' AND l.details->>'byAdmin' = 'true'))
           ORDER BY l.id DESC LIMIT $2`,
          [before, limit + 1],
        ) as Promise<MembershipGrantRow[]>,
    );
    const entries = rows.slice(0, limit).map((row): MembershipGrantEntry => {
      const kind = GRANT_KINDS[row.action];
      const flagged =
        kind === 'direct_grant' ||
        (kind === 'admin_password_reset' &&
          !row.by_superadmin &&
          (row.target_is_superadmin || row.target_in_other_agencies));
      return {
        id: String(row.id),
        at: row.at.toISOString(),
        kind,
        actorUserId: row.actor_user_id,
        actorName: row.actor_name,
        agencyId: row.agency_id,
        agencyShortName: row.agency_short_name,
        targetUserId: row.target_id,
        targetEmail: row.target_email,
        targetName: row.target_name,
        role: row.role,
        targetIsSuperadmin: row.target_is_superadmin,
        targetInOtherAgencies: row.target_in_other_agencies,
        flagged,
      };
    });
    return { entries, nextCursor: rows.length > limit ? entries[entries.length - 1].id : null };
  }
}

const GRANT_KINDS: Record<string, MembershipGrantKind> = {
  'user.created': 'direct_grant',
  'user.invited': 'direct_grant',
  'membership.invited': 'invitation_sent',
  'membership.invitation_accepted': 'invitation_accepted',
  'auth.password_reset_requested': 'admin_password_reset',
};

interface MembershipGrantRow {
  id: string;
  at: Date;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  by_superadmin: boolean;
  agency_id: string | null;
  agency_short_name: string | null;
  target_id: string | null;
  target_email: string | null;
  target_name: string | null;
  role: string | null;
  target_is_superadmin: boolean;
  target_in_other_agencies: boolean;
}
