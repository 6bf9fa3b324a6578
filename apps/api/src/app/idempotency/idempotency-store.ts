import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runQuery } from '../database/typed-query';
import {
  claimKey,
  completeKey,
  purgeExpiredKeys,
  releaseKey,
  storedKey,
} from './idempotency-store.queries';

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
      const claimed = await runQuery(this.dataSource, claimKey, {
        ...id,
        requestHash,
        ttlSeconds: IDEMPOTENCY_TTL_SECONDS,
        leaseSeconds: IDEMPOTENCY_LEASE_SECONDS,
      });
      if (claimed.length > 0) return { kind: 'first' };
      const [existing] = await runQuery(this.dataSource, storedKey, id);
      // Released by a first request that failed in between: try to claim it again.
      if (!existing) continue;
      if (existing.request_hash !== requestHash) return { kind: 'mismatch' };
      if (existing.state === 'in_flight') return { kind: 'in_flight' };
      return { kind: 'done', statusCode: existing.status_code ?? 200, response: existing.response };
    }
    return { kind: 'in_flight' };
  }

  async complete(id: IdempotencyScope, statusCode: number, response: unknown): Promise<void> {
    await runQuery(this.dataSource, completeKey, {
      ...id,
      statusCode,
      response: JSON.stringify(response ?? null),
    });
  }

  /** The first request failed in a way a retry may fix (a server error): forget the key. */
  async release(id: IdempotencyScope): Promise<void> {
    await runQuery(this.dataSource, releaseKey, id);
  }

  async purgeExpired(): Promise<number> {
    const removed = await runQuery(this.dataSource, purgeExpiredKeys, undefined);
    return removed.length;
  }
}
