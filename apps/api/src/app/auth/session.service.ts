import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { hashToken, newSecureToken } from './secure-token';
import { TokenService } from './token.service';
import { queryRows } from '../database/query-rows';

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
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `WITH session AS (
         INSERT INTO "auth_session" ("user_id", "expires_at", "user_agent", "ip")
         VALUES ($1, now() + make_interval(days => $2), $3, $4) RETURNING id
       ), token AS (
         INSERT INTO "refresh_token" ("token_hash", "session_id") SELECT $5, id FROM session
       ), stamp AS (
         UPDATE "app_user" SET "last_sign_in_at" = now() WHERE "id" = $1
       )
       SELECT id FROM session`,
      [userId, this.config.refreshTokenTtlDays, userAgent?.slice(0, 300) ?? null, ip, hash],
    );
    return { sessionId: id, refreshToken: token };
  }

  /**
   * Exchanges a refresh token for its successor. A replay within the grace window (two tabs at
   * once) gets the same successor, so the session stays one chain; a replay after it ends the
   * whole session.
   */
  async rotate(refreshToken: string): Promise<RotateResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { session_id: string; user_id: string; reused: boolean; grace: boolean }[] =
        await manager.query(
          `SELECT t.session_id, s.user_id,
                t.used_at IS NOT NULL AS reused,
                t.used_at > now() - make_interval(secs => $2) AS grace
         FROM "refresh_token" t JOIN "auth_session" s ON s.id = t.session_id
         JOIN "app_user" u ON u.id = s.user_id
         WHERE t.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
         FOR UPDATE OF t`,
          [hashToken(refreshToken), CONCURRENT_REFRESH_GRACE_SECONDS],
        );
      const row = rows[0];
      if (!row) return { kind: 'invalid' };
      if (row.reused && !row.grace) {
        await manager.query(`UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = $1`, [
          row.session_id,
        ]);
        return { kind: 'reused', userId: row.user_id, sessionId: row.session_id };
      }
      if (!row.reused) {
        await manager.query(
          `UPDATE "refresh_token" SET "used_at" = now() WHERE "token_hash" = $1`,
          [hashToken(refreshToken)],
        );
      }
      const successor = this.tokens.successorOf(refreshToken);
      // Already there when this is the replay: the row lock above orders the two exchanges.
      await manager.query(
        `INSERT INTO "refresh_token" ("token_hash", "session_id") VALUES ($1, $2)
         ON CONFLICT ("token_hash") DO NOTHING`,
        [hashToken(successor), row.session_id],
      );
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
    const rows = await queryRows<{ user_id: string }>(
      this.dataSource,
      `UPDATE "auth_session" s SET "revoked_at" = now()
       FROM "refresh_token" t
       WHERE t.token_hash = $1 AND t.session_id = s.id AND s.revoked_at IS NULL
       RETURNING s.user_id`,
      [hashToken(refreshToken)],
    );
    return rows[0]?.user_id ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = $1 AND "revoked_at" IS NULL`,
      [sessionId],
    );
  }

  async revokeAllForUser(userId: string, exceptSessionId: string | null = null): Promise<void> {
    await this.dataSource.query(
      `UPDATE "auth_session" SET "revoked_at" = now()
       WHERE "user_id" = $1 AND "revoked_at" IS NULL AND ($2::uuid IS NULL OR "id" <> $2::uuid)`,
      [userId, exceptSessionId],
    );
  }
}
