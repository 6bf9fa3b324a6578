import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionResponse } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { authErrors } from './auth-errors';
import { PasswordHasher } from './password-hasher';
import { PrincipalService } from './principal.service';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';
import { UserTokenService, type UserTokenPurpose } from './user-token.service';
import { runQuery } from '../database/typed-query';
import {
  activeUserByEmail,
  passwordHash,
  setPassword as setPasswordHash,
  signInUser,
  userEmail,
} from './auth.queries';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface IssuedSession {
  response: SessionResponse;
  refreshToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionService,
    private readonly tokens: TokenService,
    private readonly principals: PrincipalService,
    private readonly userTokens: UserTokenService,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const emailKey = SignInThrottle.key(email, client.ip);
    const hadFailures = await this.throttle.assertMayTry(emailKey);
    const rows = await runQuery(this.dataSource, signInUser, {
      email: SignInThrottle.normalize(email),
    });
    const user = rows[0];
    // The hash is verified even for unknown or inactive users, so timing reveals nothing.
    const valid = await this.hasher.verify(user?.password_hash ?? null, password);
    if (!user || !valid || !user.active) {
      const locked = await this.throttle.recordFailure(emailKey);
      await this.audit.record({
        action: 'auth.sign_in_failed',
        actorUserId: user?.id ?? null,
        agencyId: user?.agency_id ?? null,
        targetType: 'email',
        targetId: SignInThrottle.normalize(email).slice(0, 64),
        ip: client.ip,
      });
      if (locked) {
        await this.audit.record({
          action: 'auth.locked',
          actorUserId: user?.id ?? null,
          agencyId: user?.agency_id ?? null,
          targetType: 'email',
          targetId: SignInThrottle.normalize(email).slice(0, 64),
          ip: client.ip,
        });
      }
      throw authErrors.invalidCredentials();
    }
    if (hadFailures) await this.throttle.reset(emailKey);
    if (user.password_hash && this.hasher.needsRehash(user.password_hash)) {
      await this.dataSource.query(`UPDATE "app_user" SET "password_hash" = $2 WHERE "id" = $1`, [
        user.id,
        await this.hasher.hash(password),
      ]);
    }
    const { sessionId, refreshToken } = await this.sessions.create(
      user.id,
      client.userAgent,
      client.ip,
    );
    await this.audit.record({
      action: 'auth.sign_in',
      actorUserId: user.id,
      agencyId: user.agency_id,
      targetType: 'session',
      targetId: sessionId,
      ip: client.ip,
    });
    return this.issue(user.id, sessionId, refreshToken);
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    const result = await this.sessions.rotate(refreshToken);
    if (result.kind === 'reused') {
      this.principals.forget(result.userId);
      await this.audit.record({
        action: 'auth.refresh_reuse',
        actorUserId: result.userId,
        targetType: 'session',
        targetId: result.sessionId,
        ip: client.ip,
      });
      throw authErrors.sessionEnded();
    }
    if (result.kind === 'invalid') throw authErrors.sessionEnded();
    return this.issue(result.userId, result.sessionId, result.refreshToken);
  }

  async signOut(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    this.principals.forget(actor.userId);
    await this.audit.record({
      action: 'auth.sign_out',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType: 'session',
      targetId: actor.sessionId,
      ip: actor.ip,
    });
  }

  /** Signs out a session known only by its refresh token (a browser whose access token expired). */
  async signOutByRefreshToken(refreshToken: string): Promise<void> {
    const userId = await this.sessions.revokeByRefreshToken(refreshToken);
    if (userId) this.principals.forget(userId);
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const [row] = await runQuery(this.dataSource, passwordHash, { userId: actor.userId });
    if (!(await this.hasher.verify(row?.password_hash ?? null, currentPassword)))
      throw authErrors.wrongCurrentPassword();
    await this.setPassword(actor.userId, newPassword, actor.sessionId);
    await this.audit.record({
      action: 'auth.password_changed',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType: 'user',
      targetId: actor.userId,
      ip: actor.ip,
    });
  }

  /** Self-service reset: always answers the same; emails a link only to an existing active user. */
  async requestPasswordReset(email: string, ip: string | null): Promise<void> {
    const rows = await runQuery(this.dataSource, activeUserByEmail, {
      email: SignInThrottle.normalize(email),
    });
    const user = rows[0];
    if (!user) return;
    const url = await this.userTokens.issue(this.dataSource.manager, user.id, 'reset', null);
    await this.userTokens.deliver(user.email, 'reset', url);
    await this.audit.record({
      action: 'auth.password_reset_requested',
      actorUserId: user.id,
      targetType: 'user',
      targetId: user.id,
      ip,
    });
  }

  /** Completes an invitation or a reset link; the new password ends every other session. */
  async completeToken(
    token: string,
    newPassword: string,
    purpose: UserTokenPurpose,
    ip: string | null,
  ): Promise<void> {
    const hash = await this.hasher.hash(newPassword);
    const userId = await this.dataSource.transaction(async (manager) => {
      const id = await this.userTokens.consume(manager, token, purpose);
      if (!id) throw authErrors.invalidLink();
      await runQuery(manager, setPasswordHash, { userId: id, passwordHash: hash });
      return id;
    });
    await this.sessions.revokeAllForUser(userId);
    await this.throttle.resetEmail(await this.emailOf(userId));
    this.principals.forget(userId);
    await this.audit.record({
      action: 'auth.password_reset',
      actorUserId: userId,
      targetType: 'user',
      targetId: userId,
      ip,
      details: { via: purpose },
    });
  }

  private async setPassword(
    userId: string,
    newPassword: string,
    keepSessionId: string | null,
  ): Promise<void> {
    await runQuery(this.dataSource, setPasswordHash, {
      userId,
      passwordHash: await this.hasher.hash(newPassword),
    });
    await this.sessions.revokeAllForUser(userId, keepSessionId);
    this.principals.forget(userId);
  }

  private async emailOf(userId: string): Promise<string> {
    const [row] = await runQuery(this.dataSource, userEmail, { userId });
    return row.email;
  }

  private async issue(
    userId: string,
    sessionId: string,
    refreshToken: string,
  ): Promise<IssuedSession> {
    const principal = await this.principals.load(userId, sessionId);
    if (!principal) throw authErrors.sessionEnded();
    const { sessionId: _omit, ...user } = principal;
    void _omit;
    return {
      refreshToken,
      response: {
        accessToken: await this.tokens.sign({ sub: userId, sid: sessionId }),
        expiresIn: this.tokens.ttlSeconds,
        user,
      },
    };
  }
}
