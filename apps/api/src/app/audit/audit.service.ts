import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditEntry, AuditPage } from '@simpul/contracts';
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
}
