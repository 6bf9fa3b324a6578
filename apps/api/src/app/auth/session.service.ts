import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { hashToken, newSecureToken } from './secure-token';
import { TokenService } from './token.service';
import { runQuery } from '../database/typed-query';
import {
  createSession,
  insertSuccessorToken,
  lockRefreshToken,
  revokeByRefreshToken,
  revokeSession,
  revokeSessionNow,
  revokeUserSessions,
  useRefreshToken,
} from './auth.queries';

/** Two tabs refreshing with the same cookie at once are not an attack. */
const CONCURRENT_REFRESH_GRACE_SECONDS = 10;

export type RotateResult =
  | { kind: 'ok'; userId: string; sessionId: string; refreshToken: string }
  | { kind: 'invalid' }
  | { kind: 'reused'; userId: string; sessionId: string };

/** Sign-in sessions with rotating refresh tokens (a used token may not come back). */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly tokens: TokenService,
  ) {}

  /** Opens a session and stamps the sign-in, in one round trip (sign-in latency matters). */
  async create(
    userId: string,
    userAgent: string | null,
    ip: string | null,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const { token, hash } = newSecureToken();
    const [{ id }] = await runQuery(this.dataSource, createSession, {
      userId,
      ttlDays: this.config.refreshTokenTtlDays,
      userAgent: userAgent?.slice(0, 300) ?? null,
      ip,
      tokenHash: hash,
    });
    return { sessionId: id, refreshToken: token };
  }

  /**
   * Exchanges a refresh token for its successor. A replay within the grace window (two tabs at
   * once) gets the same successor, so the session stays one chain; a replay after it ends the
   * whole session.
   */
  async rotate(refreshToken: string): Promise<RotateResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await runQuery(manager, lockRefreshToken, {
        tokenHash: hashToken(refreshToken),
        graceSeconds: CONCURRENT_REFRESH_GRACE_SECONDS,
      });
      const row = rows[0];
      if (!row) return { kind: 'invalid' };
      if (row.reused && !row.grace) {
        await runQuery(manager, revokeSessionNow, { sessionId: row.session_id });
        return { kind: 'reused', userId: row.user_id, sessionId: row.session_id };
      }
      if (!row.reused) {
        await runQuery(manager, useRefreshToken, { tokenHash: hashToken(refreshToken) });
      }
      const successor = this.tokens.successorOf(refreshToken);
      // Already there when this is the replay: the row lock above orders the two exchanges.
      await runQuery(manager, insertSuccessorToken, {
        tokenHash: hashToken(successor),
        sessionId: row.session_id,
      });
      return {
        kind: 'ok',
        userId: row.user_id,
        sessionId: row.session_id,
        refreshToken: successor,
      };
    });
  }

  /** Ends the session a refresh token belongs to; returns its user, or null if none. */
  async revokeByRefreshToken(refreshToken: string): Promise<string | null> {
    const rows = await runQuery(this.dataSource, revokeByRefreshToken, {
      tokenHash: hashToken(refreshToken),
    });
    return rows[0]?.user_id ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await runQuery(this.dataSource, revokeSession, { sessionId });
  }

  async revokeAllForUser(userId: string, exceptSessionId: string | null = null): Promise<void> {
    await runQuery(this.dataSource, revokeUserSessions, { userId, exceptSessionId });
  }
}
