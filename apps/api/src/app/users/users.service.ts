import { HttpStatus, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CreateUserResponse,
  MembershipRole,
  PasswordResetLinkResponse,
  UserSummary,
} from '@simpul/contracts';
import { peoplePolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { PrincipalService } from '../auth/principal.service';
import { SessionService } from '../auth/session.service';
import { UserTokenService } from '../auth/user-token.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import type { CreateUserDto } from './dto/user.dto';
import { queryRows } from '../database/query-rows';

const PERSON = bilingual('Pengguna', 'User');

/** Emitted when a user's access ends, so open sockets on this process drop at once. */
export class UserAccessRevokedEvent {
  static readonly NAME = 'user.access-revoked';
  constructor(readonly userId: string) {}
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  active: boolean;
  is_superadmin: boolean;
  must_change_password: boolean;
  last_sign_in_at: Date | null;
  memberships: UserSummary['memberships'];
}

/**
 * People administration. An agency's admin manages the people of the acting agency; the
 * superadmin manages everyone. Every change is audited.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly userTokens: UserTokenService,
    private readonly sessions: SessionService,
    private readonly principals: PrincipalService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async list(actor: Actor): Promise<UserSummary[]> {
    this.assertManager(actor);
    const rows = await this.query(this.dataSource.manager, actor, null);
    return rows.map((row) => this.toSummary(row));
  }

  async create(actor: Actor, body: CreateUserDto): Promise<CreateUserResponse> {
    const agencyId = this.assertManager(actor, true);
    const passwordHash = body.temporaryPassword
      ? await this.hasher.hash(body.temporaryPassword)
      : null;
    const outcome = await this.dataSource.transaction(async (manager) => {
      const existing: { id: string; email: string; member: boolean }[] = await manager.query(
        `SELECT u.id, u.email, EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.agency_id = $2) AS member
         FROM app_user u WHERE lower(u.email) = lower($1)`,
        [body.email, agencyId],
      );
      if (existing[0]?.member) {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'ALREADY_MEMBER',
          bilingual(
            'Orang ini sudah menjadi anggota instansi.',
            'This person is already a member of the agency.',
          ),
          [
            {
              field: 'email',
              message: bilingual(
                'email sudah terdaftar di instansi ini',
                'email is already a member of this agency',
              ),
            },
          ],
        );
      }
      let userId = existing[0]?.id;
      let inviteUrl: string | undefined;
      if (!userId) {
        const [created] = await manager.query(
          `INSERT INTO app_user (email, name, password_hash, must_change_password) VALUES ($1, $2, $3, $4) RETURNING id`,
          [body.email.trim(), body.name.trim(), passwordHash, passwordHash !== null],
        );
        userId = created.id as string;
        if (!passwordHash)
          inviteUrl = await this.userTokens.issue(manager, userId, 'invite', actor.userId);
      }
      await manager.query(`INSERT INTO membership (user_id, agency_id, role) VALUES ($1, $2, $3)`, [
        userId,
        agencyId,
        body.role,
      ]);
      await this.audit.record(
        {
          action: inviteUrl ? 'user.invited' : 'user.created',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
          details: { email: body.email, role: body.role, existingUser: Boolean(existing[0]) },
        },
        manager,
      );
      return { userId, inviteUrl };
    });
    this.principals.forget(outcome.userId);
    const emailed = outcome.inviteUrl
      ? await this.userTokens.deliver(body.email, 'invite', outcome.inviteUrl)
      : false;
    return {
      user: await this.summary(actor, outcome.userId),
      emailed,
      ...(outcome.inviteUrl && !emailed ? { inviteUrl: outcome.inviteUrl } : {}),
    };
  }

  async changeRole(actor: Actor, userId: string, role: MembershipRole): Promise<UserSummary> {
    const agencyId = this.assertManager(actor, true);
    if (userId === actor.userId)
      throw forbidden(
        bilingual(
          'Anda tidak dapat mengubah peran Anda sendiri.',
          'You cannot change your own role.',
        ),
      );
    await this.dataSource.transaction(async (manager) => {
      const [before]: { role: MembershipRole }[] = await manager.query(
        `SELECT role FROM membership WHERE user_id = $1 AND agency_id = $2 FOR UPDATE`,
        [userId, agencyId],
      );
      if (!before) throw notFound(PERSON);
      await manager.query(`UPDATE membership SET role = $3 WHERE user_id = $1 AND agency_id = $2`, [
        userId,
        agencyId,
        role,
      ]);
      await this.audit.record(
        {
          action: 'membership.role_changed',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
          details: { before: before.role, after: role },
        },
        manager,
      );
    });
    this.principals.forget(userId);
    return this.summary(actor, userId);
  }

  async removeMembership(actor: Actor, userId: string): Promise<void> {
    const agencyId = this.assertManager(actor, true);
    if (userId === actor.userId)
      throw forbidden(
        bilingual('Anda tidak dapat mengeluarkan diri sendiri.', 'You cannot remove yourself.'),
      );
    await this.dataSource.transaction(async (manager) => {
      const removed = await queryRows(
        manager,
        `DELETE FROM membership WHERE user_id = $1 AND agency_id = $2 RETURNING role`,
        [userId, agencyId],
      );
      if (removed.length === 0) throw notFound(PERSON);
      await this.audit.record(
        {
          action: 'membership.removed',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
        },
        manager,
      );
    });
    this.principals.forget(userId);
  }

  /**
   * Deactivation ends access everywhere: sessions are revoked now, this process forgets the user
   * and drops their sockets at once, other processes within the principal cache's lifetime.
   * An agency admin may deactivate only people who belong to no other agency.
   */
  async setActive(actor: Actor, userId: string, active: boolean): Promise<UserSummary> {
    const agencyId = this.assertManager(actor);
    if (userId === actor.userId)
      throw forbidden(
        bilingual(
          'Anda tidak dapat menonaktifkan diri sendiri.',
          'You cannot deactivate yourself.',
        ),
      );
    await this.dataSource.transaction(async (manager) => {
      const [target]: { active: boolean; agencies: string[]; is_superadmin: boolean }[] =
        await manager.query(
          `SELECT u.active, u.is_superadmin, COALESCE(array_agg(m.agency_id) FILTER (WHERE m.agency_id IS NOT NULL), '{}') AS agencies
         FROM app_user u LEFT JOIN membership m ON m.user_id = u.id WHERE u.id = $1 GROUP BY u.id`,
          [userId],
        );
      if (!target || (!actor.isSuperadmin && !target.agencies.includes(agencyId as string)))
        throw notFound(PERSON);
      if (
        !actor.isSuperadmin &&
        (target.is_superadmin || target.agencies.some((a) => a !== agencyId))
      ) {
        throw forbidden(
          bilingual(
            'Orang ini juga anggota instansi lain; keluarkan dari instansi Anda atau minta superadmin menonaktifkannya.',
            'This person also belongs to other agencies; remove them from yours or ask the superadmin to deactivate them.',
          ),
        );
      }
      await manager.query(`UPDATE app_user SET active = $2, updated_at = now() WHERE id = $1`, [
        userId,
        active,
      ]);
      await this.audit.record(
        {
          action: active ? 'user.activated' : 'user.deactivated',
          actorUserId: actor.userId,
          agencyId: agencyId ?? null,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
        },
        manager,
      );
    });
    if (!active) {
      await this.sessions.revokeAllForUser(userId);
      this.principals.forget(userId);
      this.events.emit(UserAccessRevokedEvent.NAME, new UserAccessRevokedEvent(userId));
    }
    return this.summary(actor, userId);
  }

  async passwordResetLink(actor: Actor, userId: string): Promise<PasswordResetLinkResponse> {
    this.assertManager(actor);
    const user = await this.summary(actor, userId);
    const url = await this.dataSource.transaction(async (manager) => {
      const issued = await this.userTokens.issue(manager, userId, 'reset', actor.userId);
      await this.audit.record(
        {
          action: 'auth.password_reset_requested',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
          details: { byAdmin: true },
        },
        manager,
      );
      return issued;
    });
    const emailed = await this.userTokens.deliver(user.email, 'reset', url);
    return emailed ? { emailed } : { emailed, resetUrl: url };
  }

  /** Throws unless the actor manages people; returns the acting agency (required unless superadmin). */
  private assertManager(actor: Actor, agencyRequired = false): string | null {
    if (!peoplePolicy.manage(actor))
      throw forbidden(
        bilingual(
          'Hanya admin instansi yang dapat mengelola pengguna.',
          "Only an agency's admin can manage people.",
        ),
      );
    if ((agencyRequired || !actor.isSuperadmin) && !actor.agencyId) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'AGENCY_REQUIRED',
        bilingual('Pilih instansi terlebih dahulu.', 'Choose an agency first.'),
      );
    }
    return actor.agencyId;
  }

  private async summary(actor: Actor, userId: string): Promise<UserSummary> {
    const [row] = await this.query(this.dataSource.manager, actor, userId);
    if (!row) throw notFound(PERSON);
    return this.toSummary(row);
  }

  /** Users the actor manages: members of the acting agency, or everyone for the superadmin. */
  private query(manager: EntityManager, actor: Actor, userId: string | null): Promise<UserRow[]> {
    const scope = actor.isSuperadmin ? null : actor.agencyId;
    return manager.query(
      `SELECT u.id, u.email, u.name, u.active, u.is_superadmin, u.must_change_password, u.last_sign_in_at,
              COALESCE(json_agg(json_build_object('agencyId', a.id, 'agencyShortName', a.short_name, 'role', m.role)
                ORDER BY a.short_name) FILTER (WHERE a.id IS NOT NULL AND ($1::uuid IS NULL OR a.id = $1::uuid)), '[]') AS memberships
       FROM app_user u
       LEFT JOIN membership m ON m.user_id = u.id
       LEFT JOIN agency a ON a.id = m.agency_id
       WHERE ($2::uuid IS NULL OR u.id = $2::uuid)
         AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM membership s WHERE s.user_id = u.id AND s.agency_id = $1::uuid))
       GROUP BY u.id ORDER BY u.name`,
      [scope, userId],
    );
  }

  private toSummary(row: UserRow): UserSummary {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      active: row.active,
      isSuperadmin: row.is_superadmin,
      mustChangePassword: row.must_change_password,
      memberships: row.memberships,
      lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    };
  }
}
