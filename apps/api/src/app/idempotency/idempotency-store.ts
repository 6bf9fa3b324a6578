import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../database/query-rows';

/** How long a key's first result is kept (a client retries within minutes, a phone within hours). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/**
 * A first request still `in_flight` after this long is taken to have died with its process; a
 * retry with the same body may then run it again.
 */
export const IDEMPOTENCY_LEASE_SECONDS = 60;
const PURGE_INTERVAL_MS = 60 * 60_000;

export interface IdempotencyScope {
  userId: string;
  /** Method and path, e.g. `POST /api/cases/<id>/comments`. */
  scope: string;
  key: string;
}

export type IdempotencyClaim =
  | { kind: 'first' }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' }
  | { kind: 'done'; statusCode: number; response: unknown };

/**
 * The stored first results of idempotent POSTs. Every statement runs on its own (autocommit), so
 * the `in_flight` row is visible to concurrent retries before the work itself starts, and the
 * result outlives whatever the work's transaction did.
 */
@Injectable()
export class IdempotencyStore implements OnApplicationBootstrap, OnApplicationShutdown {
  private purger: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    void this.purgeExpired().catch(() => undefined);
    this.purger = setInterval(
      () => void this.purgeExpired().catch(() => undefined),
      PURGE_INTERVAL_MS,
    );
    this.purger.unref();
  }

  onApplicationShutdown(): void {
    if (this.purger) clearInterval(this.purger);
  }

  /** Claims the key for this request, or says what became of the first one. */
  async claim(id: IdempotencyScope, requestHash: string): Promise<IdempotencyClaim> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimed = await queryRows(
        this.dataSource,
        `INSERT INTO idempotency_key (user_id, scope, key, request_hash, state, expires_at)
         VALUES ($1, $2, $3, $4, 'in_flight', now() + make_interval(secs => $5))
         ON CONFLICT (user_id, scope, key) DO UPDATE SET
           request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,
           created_at = now(), locked_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at < now()
            OR (idempotency_key.state = 'in_flight' AND idempotency_key.request_hash = EXCLUDED.request_hash
                AND idempotency_key.locked_at < now() - make_interval(secs => $6))
         RETURNING 1`,
        [
          id.userId,
          id.scope,
          id.key,
          requestHash,
          IDEMPOTENCY_TTL_SECONDS,
          IDEMPOTENCY_LEASE_SECONDS,
        ],
      );
      if (claimed.length > 0) return { kind: 'first' };
      const [existing] = await queryRows<{
        request_hash: string;
        state: 'in_flight' | 'done';
        status_code: number | null;
        response: unknown;
      }>(
        this.dataSource,
        `SELECT request_hash, state, status_code, response FROM idempotency_key
         WHERE user_id = $1 AND scope = $2 AND key = $3`,
        [id.userId, id.scope, id.key],
      );
      // Released by a first request that failed in between: try to claim it again.
      if (!existing) continue;
      if (existing.request_hash !== requestHash) return { kind: 'mismatch' };
      if (existing.state === 'in_flight') return { kind: 'in_flight' };
      return { kind: 'done', statusCode: existing.status_code ?? 200, response: existing.response };
    }
    return { kind: 'in_flight' };
  }

  async complete(id: IdempotencyScope, statusCode: number, response: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET state = 'done', status_code = $4, response = $5
       WHERE user_id = $1 AND scope = $2 AND key = $3`,
      [id.userId, id.scope, id.key, statusCode, JSON.stringify(response ?? null)],
    );
  }

  /** The first request failed in a way a retry may fix (a server error): forget the key. */
  async release(id: IdempotencyScope): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE user_id = $1 AND scope = $2 AND key = $3 AND state = 'in_flight'`,
      [id.userId, id.scope, id.key],
    );
  }

  async purgeExpired(): Promise<number> {
    const removed = await queryRows(
      this.dataSource,
      `DELETE FROM idempotency_key WHERE expires_at < now() RETURNING 1`,
    );
    return removed.length;
  }
}
