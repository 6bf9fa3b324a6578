import { HttpStatus, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ApiErrorCode,
  CreateUserResponse,
  MembershipRole,
  PasswordResetLinkResponse,
  SentMembershipInvitation,
  UserSummary,
} from '@simpul/contracts';
import { peoplePolicy, type AccountTarget } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { PrincipalService } from '../auth/principal.service';
import { SessionService } from '../auth/session.service';
import { UserTokenService } from '../auth/user-token.service';
import { ApiException } from '../common/api-exception';
import { bilingual, type Bilingual } from '../common/bilingual';
import { NotificationWriter } from '../notifications/notification-writer';
import type { CreateUserDto } from './dto/user.dto';
import { runQuery } from '../database/typed-query';
import { AccountNotices } from './account-notices';
import {
  activeAgency,
  agencyShortName,
  changeMembershipRole,
  deleteMembership,
  existingAccount,
  insertInvitation,
  insertMembership,
  insertUser,
  lockAccountTarget,
  lockMembershipRole,
  setUserActive,
} from './users.queries';

const PERSON = bilingual('Pengguna', 'User');

/** How long an invitation of an existing account waits for its owner's answer. */
export const INVITATION_DAYS = 14;

const ALREADY_MEMBER = {
  message: bilingual(
    'Orang ini sudah menjadi anggota instansi.',
    'This person is already a member of the agency.',
  ),
  field: bilingual(
    'email sudah terdaftar di instansi ini',
    'email is already a member of this agency',
  ),
};
const INVITATION_PENDING = {
  message: bilingual(
    'Orang ini sudah diundang ke instansi dan belum menjawab.',
    'This person has already been invited to the agency and has not answered yet.',
  ),
  field: bilingual(
    'email sudah diundang ke instansi ini',
    'email has already been invited to this agency',
  ),
};
const INVITE_SELF = {
  message: bilingual(
    'Anda tidak dapat menambahkan akun Anda sendiri.',
    'You cannot add your own account.',
  ),
  field: bilingual('email adalah akun Anda sendiri', 'email is your own account'),
};

const emailConflict = (code: ApiErrorCode, text: { message: Bilingual; field: Bilingual }) =>
  new ApiException(HttpStatus.CONFLICT, code, text.message, [
    { field: 'email', message: text.field },
  ]);

interface TargetAgency {
  id: string;
  name: string;
  shortName: string;
}

interface AccountTargetRow extends AccountTarget {
  email: string;
  /** Agencies of its memberships only. */
  memberOf: string[];
}

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
  /** Every agency the account belongs or is invited to (not only the viewer's). */
  all_agency_ids: string[];
}

/**
 * People administration. An agency's admin manages the people of the acting agency; the
 * superadmin manages everyone. Every change is audited.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: ActorDatabase,
    private readonly hasher: PasswordHasher,
    private readonly userTokens: UserTokenService,
    private readonly sessions: SessionService,
    private readonly principals: PrincipalService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    private readonly notifications: NotificationWriter,
    private readonly notices: AccountNotices,
  ) {}

  async list(actor: Actor): Promise<UserSummary[]> {
    this.assertManager(actor);
    const rows = await this.query(this.dataSource.manager, actor, null);
    return rows.map((row) => this.toSummary(row, actor));
  }

  /**
   * Adds a person. A new email gets an account with the membership (and an invitation link); an
   * email that already has an account gets a pending invitation only, which its owner accepts
   * while signed in: nobody joins an agency, and no admin gains reach over an account, without the
   * owner's consent.
   */
  async create(actor: Actor, body: CreateUserDto): Promise<CreateUserResponse> {
    this.assertManager(actor);
    const agency = await this.targetAgency(actor, body.agencyId);
    const passwordHash = body.temporaryPassword
      ? await this.hasher.hash(body.temporaryPassword)
      : null;
    const outcome = await this.uniqueOrConflict(() =>
      this.db.run(actor, async (manager) => {
        const [existing] = await runQuery(manager, existingAccount, {
          email: body.email.trim(),
          agencyId: agency.id,
        });
        if (existing?.member) throw emailConflict('ALREADY_MEMBER', ALREADY_MEMBER);
        if (existing?.invited) throw emailConflict('INVITATION_PENDING', INVITATION_PENDING);
        if (existing?.id === actor.userId) throw emailConflict('CANNOT_INVITE_SELF', INVITE_SELF);
        if (existing) return this.invite(manager, actor, existing, agency, body.role);

        const [created] = await runQuery(manager, insertUser, {
          email: body.email.trim(),
          name: body.name.trim(),
          passwordHash,
          mustChangePassword: passwordHash !== null,
        });
        const userId = created.id;
        const inviteUrl = passwordHash
          ? undefined
          : await this.userTokens.issue(manager, userId, 'invite', actor.userId);
        await runQuery(manager, insertMembership, {
          userId,
          agencyId: agency.id,
          role: body.role,
        });
        await this.audit.record(
          {
            action: inviteUrl ? 'user.invited' : 'user.created',
            actorUserId: actor.userId,
            agencyId: agency.id,
            targetType: 'user',
            targetId: userId,
            ip: actor.ip,
            details: { email: body.email, role: body.role, existingUser: false },
          },
          manager,
        );
        return { kind: 'created' as const, userId, inviteUrl };
      }),
    );
    if (outcome.kind === 'invited') {
      const emailed = await this.notices.invited(outcome.email, {
        agencyName: agency.name,
        role: body.role,
        invitedBy: actor.name,
      });
      return { outcome: 'invitation_sent', invitation: outcome.invitation, emailed };
    }
    this.principals.forget(outcome.userId);
    const emailed = outcome.inviteUrl
      ? await this.userTokens.deliver(body.email, 'invite', outcome.inviteUrl)
      : false;
    return {
      outcome: 'created',
      user: await this.summary(actor, outcome.userId),
      emailed,
      ...(outcome.inviteUrl && !emailed ? { inviteUrl: outcome.inviteUrl } : {}),
    };
  }

  /** A pending invitation for an existing account, audited, and the owner told in the app. */
  private async invite(
    manager: EntityManager,
    actor: Actor,
    person: { id: string; email: string },
    agency: TargetAgency,
    role: MembershipRole,
  ) {
    const [row] = await runQuery(manager, insertInvitation, {
      userId: person.id,
      agencyId: agency.id,
      role,
      invitedBy: actor.userId,
      days: INVITATION_DAYS,
    });
    await this.audit.record(
      {
        action: 'membership.invited',
        actorUserId: actor.userId,
        agencyId: agency.id,
        targetType: 'user',
        targetId: person.id,
        ip: actor.ip,
        details: { email: person.email, role, invitationId: row.id, existingUser: true },
      },
      manager,
    );
    await this.notifications.membershipInvited(
      manager,
      person.id,
      { agencyShortName: agency.shortName, role },
      { userId: actor.userId, name: actor.name },
    );
    const invitation: SentMembershipInvitation = {
      id: row.id,
      email: person.email,
      agencyId: agency.id,
      agencyShortName: agency.shortName,
      role,
      createdAt: row.created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
    };
    return { kind: 'invited' as const, email: person.email, invitation };
  }

  /**
   * The agency a person is added to: the acting agency, or, for the superadmin only, the one named
   * in the request (how a new agency gets its first admin).
   */
  private async targetAgency(actor: Actor, requested: string | undefined): Promise<TargetAgency> {
    if (requested !== undefined && !peoplePolicy.chooseAgency(actor)) {
      await this.recordDenied(actor, 'agency', requested, 'people.choose_agency');
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        'FORBIDDEN',
        bilingual(
          'Hanya superadmin yang dapat memilih instansi; orang ditambahkan ke instansi Anda.',
          'Only the superadmin can choose the agency; people are added to your agency.',
        ),
        [
          {
            field: 'agencyId',
            message: bilingual(
              'agencyId hanya untuk superadmin',
              'agencyId is for the superadmin only',
            ),
          },
        ],
      );
    }
    const agencyId = requested ?? actor.agencyId;
    if (!agencyId) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'AGENCY_REQUIRED',
        bilingual('Pilih instansi terlebih dahulu.', 'Choose an agency first.'),
        [{ field: 'agencyId', message: bilingual('instansi wajib dipilih', 'agency is required') }],
      );
    }
    const [agency] = await runQuery(this.dataSource.manager, activeAgency, { agencyId });
    if (!agency) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          'Data tidak valid: instansi tidak ditemukan atau tidak aktif',
          'Invalid input: the agency does not exist or is inactive',
        ),
        [
          {
            field: 'agencyId',
            message: bilingual(
              'instansi tidak ditemukan atau tidak aktif',
              'agency not found or inactive',
            ),
          },
        ],
      );
    }
    return { id: agency.id, name: agency.name, shortName: agency.short_name };
  }

  async changeRole(actor: Actor, userId: string, role: MembershipRole): Promise<UserSummary> {
    const agencyId = this.assertManager(actor, true) as string;
    if (userId === actor.userId)
      throw forbidden(
        bilingual(
          'Anda tidak dapat mengubah peran Anda sendiri.',
          'You cannot change your own role.',
        ),
      );
    await this.db.run(actor, async (manager) => {
      const [before] = await runQuery(manager, lockMembershipRole, { userId, agencyId });
      if (!before) throw notFound(PERSON);
      await this.assertMembershipChange(manager, actor, userId, agencyId);
      await runQuery(manager, changeMembershipRole, { userId, agencyId, role });
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
    const agencyId = this.assertManager(actor, true) as string;
    if (userId === actor.userId)
      throw forbidden(
        bilingual('Anda tidak dapat mengeluarkan diri sendiri.', 'You cannot remove yourself.'),
      );
    await this.db.run(actor, async (manager) => {
      const [member] = await runQuery(manager, lockMembershipRole, { userId, agencyId });
      if (!member) throw notFound(PERSON);
      await this.assertMembershipChange(manager, actor, userId, agencyId);
      await runQuery(manager, deleteMembership, { userId, agencyId });
      await this.audit.record(
        {
          action: 'membership.removed',
          actorUserId: actor.userId,
          agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
          details: { role: member.role },
        },
        manager,
      );
    });
    this.principals.forget(userId);
  }

  /**
   * Deactivation ends access everywhere: sessions are revoked now, this process forgets the user
   * and drops their sockets at once, other processes within the principal cache's lifetime.
   * An agency admin may deactivate only people who belong (and are invited) to no other agency.
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
    await this.db.run(actor, async (manager) => {
      await this.assertAccountAction(manager, actor, userId, 'user.set_active');
      await runQuery(manager, setUserActive, { userId, active });
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

  /**
   * A reset link lets whoever holds it take the account over, so an agency's admin gets one only
   * for accounts that are theirs alone (every membership and pending invitation in the agency) and
   * never for a superadmin. The owner is told in the app, and by the link's email when configured.
   */
  async passwordResetLink(actor: Actor, userId: string): Promise<PasswordResetLinkResponse> {
    this.assertManager(actor);
    const { url, email } = await this.db.run(actor, async (manager) => {
      const target = await this.assertAccountAction(manager, actor, userId, 'user.password_reset');
      const issued = await this.userTokens.issue(manager, userId, 'reset', actor.userId);
      await this.audit.record(
        {
          action: 'auth.password_reset_requested',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'user',
          targetId: userId,
          ip: actor.ip,
          details: { byAdmin: true, bySuperadmin: actor.isSuperadmin },
        },
        manager,
      );
      const [acting] = actor.agencyId
        ? await runQuery(manager, agencyShortName, { agencyId: actor.agencyId })
        : [];
      await this.notifications.passwordResetIssued(
        manager,
        userId,
        { userId: actor.userId, name: actor.name },
        actor.isSuperadmin ? null : (acting?.short_name ?? null),
      );
      return { url: issued, email: target.email };
    });
    const emailed = await this.userTokens.deliver(email, 'reset', url);
    return emailed ? { emailed } : { emailed, resetUrl: url };
  }

  /**
   * Refuses a change to one membership of someone the actor may not touch: a superadmin's account
   * (unless the actor is the superadmin). The membership itself is already known to be in the
   * acting agency.
   */
  private async assertMembershipChange(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    agencyId: string,
  ): Promise<void> {
    const target = await this.accountTarget(manager, userId);
    if (target && peoplePolicy.changeMembership(actor, target, agencyId)) return;
    await this.recordDenied(actor, 'user', userId, 'membership.change');
    throw forbidden(
      bilingual(
        'Keanggotaan superadmin hanya dapat diubah oleh superadmin.',
        "Only the superadmin can change a superadmin's memberships.",
      ),
    );
  }

  /**
   * Checks an act on the whole account (reset link, deactivation): people outside the acting
   * agency are not found; someone who also belongs or is invited elsewhere, or a superadmin, is
   * refused (and the refusal audited).
   */
  private async assertAccountAction(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    attempted: string,
  ): Promise<AccountTargetRow> {
    const target = await this.accountTarget(manager, userId);
    if (!target || (!actor.isSuperadmin && !target.memberOf.includes(actor.agencyId as string)))
      throw notFound(PERSON);
    if (peoplePolicy.manageAccount(actor, target)) return target;
    await this.recordDenied(actor, 'user', userId, attempted);
    throw forbidden(
      target.isSuperadmin
        ? bilingual(
            'Akun superadmin hanya dapat dikelola oleh superadmin.',
            'Only the superadmin can manage a superadmin account.',
          )
        : bilingual(
            'Orang ini juga anggota instansi lain (atau diundang ke sana); hanya superadmin yang dapat melakukan ini pada akunnya. Anda dapat mengeluarkannya dari instansi Anda.',
            'This person also belongs to (or is invited to) other agencies; only the superadmin can do this to their account. You can remove them from your agency.',
          ),
    );
  }

  /** The account with the agencies of its memberships and of its pending invitations. */
  private async accountTarget(
    manager: EntityManager,
    userId: string,
  ): Promise<AccountTargetRow | null> {
    const [row] = await runQuery(manager, lockAccountTarget, { userId });
    if (!row) return null;
    return {
      email: row.email,
      isSuperadmin: row.is_superadmin,
      memberOf: row.member_of,
      agencyIds: [...row.member_of, ...row.invited_to],
    };
  }

  /** A refused attempt on someone's account, committed on its own (the change rolls back). */
  private recordDenied(
    actor: Actor,
    targetType: string,
    targetId: string,
    attempted: string,
  ): Promise<void> {
    return this.audit.record({
      action: 'access.denied',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType,
      targetId,
      ip: actor.ip,
      details: { attempted },
    });
  }

  /** Two requests racing to add the same email end in one 409, never a 500. */
  private async uniqueOrConflict<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw emailConflict('ALREADY_MEMBER', ALREADY_MEMBER);
      throw error;
    }
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
    return this.toSummary(row, actor);
  }

  /** Users the actor manages: members of the acting agency, or everyone for the superadmin. */
  private query(manager: EntityManager, actor: Actor, userId: string | null): Promise<UserRow[]> {
    const scope = actor.isSuperadmin ? null : actor.agencyId;
    return manager.query(
      `SELECT u.id, u.email, u.name, u.active, u.is_superadmin, u.must_change_password, u.last_sign_in_at,
              COALESCE(json_agg(json_build_object('agencyId', a.id, 'agencyShortName', a.short_name, 'role', m.role)
                ORDER BY a.short_name) FILTER (WHERE a.id IS NOT NULL AND ($1::uuid IS NULL OR a.id = $1::uuid)), '[]') AS memberships,
              ARRAY(SELECT am.agency_id FROM membership am WHERE am.user_id = u.id)
                || simpul_pending_invitation_agencies(u.id) AS all_agency_ids
       FROM app_user u
       LEFT JOIN membership m ON m.user_id = u.id
       LEFT JOIN agency a ON a.id = m.agency_id
       WHERE ($2::uuid IS NULL OR u.id = $2::uuid)
         AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM membership s WHERE s.user_id = u.id AND s.agency_id = $1::uuid))
       GROUP BY u.id ORDER BY u.name`,
      [scope, userId],
    );
  }

  private toSummary(row: UserRow, actor: Actor): UserSummary {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      active: row.active,
      isSuperadmin: row.is_superadmin,
      mustChangePassword: row.must_change_password,
      memberships: row.memberships,
      lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
      manageable: peoplePolicy.manageAccount(actor, {
        isSuperadmin: row.is_superadmin,
        agencyIds: row.all_agency_ids,
      }),
    };
  }
}
