import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@simpul/contracts';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { hashToken, newSecureToken } from '../auth/secure-token';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import {
  agencyKeyExists,
  agencyKeys,
  deactivateServiceUser,
  insertKey,
  insertServiceMembership,
  insertServiceUser,
  keyClient,
  revokeKey,
} from './open311-keys.queries';
import type { IssuedOpen311Key, Open311KeyView } from '@simpul/contracts';

/** The service account a key acts through, as the key guard hands it to the intake. */
export interface Open311Client {
  keyId: string;
  agencyId: string;
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
}

/** Service accounts take complaints in: the role of an officer, never an admin's. */
const SERVICE_ROLE: MembershipRole = 'petugas';
const SERVICE_EMAIL_DOMAIN = 'service.simpul.local';
const KEY = bilingual('Kunci API Open311', 'Open311 API key');

const invalidKey = () =>
  new ApiException(
    HttpStatus.FORBIDDEN,
    'INVALID_API_KEY',
    bilingual(
      'api_key tidak ada, tidak dikenal, atau sudah dicabut',
      'api_key is missing, unknown or revoked',
    ),
  );

/**
 * Open311 API keys per agency. Only the key's SHA-256 is stored. Each key acts through its own
 * service account (no password, so it can never sign in) with an officer's membership in the
 * agency, so cases it creates go through the same access policy and row-level security as
 * manual intake. Issuing and revoking are audited.
 */
@Injectable()
export class Open311KeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The service account behind a key; 403 unless the key, its account and agency are live. */
  async authenticate(apiKey: string | null): Promise<Open311Client> {
    if (!apiKey) throw invalidKey();
    const [client] = await runQuery(this.dataSource, keyClient, { keyHash: hashToken(apiKey) });
    if (!client) throw invalidKey();
    return { ...client, role: checkedText(MEMBERSHIP_ROLES, client.role, 'membership.role') };
  }

  async issue(actor: Actor, label: string): Promise<IssuedOpen311Key> {
    const agencyId = this.assertAdmin(actor);
    const id = randomUUID();
    const { token, hash } = newSecureToken();
    await this.dataSource.transaction(async (manager) => {
      const [serviceUser] = await runQuery(manager, insertServiceUser, {
        email: `open311-${id.replace(/-/g, '').slice(0, 12)}@${SERVICE_EMAIL_DOMAIN}`,
        name: `Open311 – ${label}`,
      });
      await runQuery(manager, insertServiceMembership, {
        userId: serviceUser.id,
        agencyId,
        role: SERVICE_ROLE,
      });
      await runQuery(manager, insertKey, {
        id,
        agencyId,
        serviceUserId: serviceUser.id,
        keyHash: hash,
        label,
        createdBy: actor.userId,
      });
      await this.audit.record(
        {
          action: 'open311.key_issued',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'open311_key',
          targetId: id,
          ip: actor.ip,
          details: { label, serviceUserId: serviceUser.id },
        },
        manager,
      );
    });
    return { id, label, apiKey: token };
  }

  async list(actor: Actor): Promise<Open311KeyView[]> {
    const agencyId = this.assertAdmin(actor);
    const rows = await runQuery(this.dataSource, agencyKeys, { agencyId });
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      serviceUserId: row.service_user_id,
      createdAt: row.created_at.toISOString(),
      createdByName: row.created_by_name,
      revokedAt: row.revoked_at?.toISOString() ?? null,
    }));
  }

  /** Revokes the key and deactivates its service account. Revoking twice changes nothing. */
  async revoke(actor: Actor, keyId: string): Promise<void> {
    const agencyId = this.assertAdmin(actor);
    await this.dataSource.transaction(async (manager) => {
      const [revoked] = await runQuery(manager, revokeKey, { keyId, agencyId });
      if (!revoked) {
        const existing = await runQuery(manager, agencyKeyExists, { keyId, agencyId });
        if (existing.length === 0) throw notFound(KEY);
        return;
      }
      await runQuery(manager, deactivateServiceUser, { userId: revoked.service_user_id });
      await this.audit.record(
        {
          action: 'open311.key_revoked',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'open311_key',
          targetId: keyId,
          ip: actor.ip,
          details: { label: revoked.label, serviceUserId: revoked.service_user_id },
        },
        manager,
      );
    });
  }

  private assertAdmin(actor: Actor): string {
    if (!actor.agencyId || actor.role !== 'admin') {
      throw forbidden(
        bilingual(
          'Hanya admin instansi yang dapat mengelola kunci API Open311.',
          "Only an agency's admins can manage Open311 API keys.",
        ),
      );
    }
    return actor.agencyId;
  }
}
