import { EventEmitter } from 'node:events';
import type { DataSource, EntityManager, QueryRunner, TransactionCommitEvent } from 'typeorm';
import type { AppConfigNamespace } from '../config/app-config';
import type { CaseRooms } from './case-rooms';
import { noteOutboxWrite } from '../outbox/outbox';
import { OutboxRelay, RELAY_POLL_MS, RELAY_RETRY_MS } from './outbox-relay';
import { PublishLedger, registerPublishes } from './publish-ledger';
import type { RealtimeServer } from './realtime-server';

/** A stand-in for pg.Client: the relay's queries are answered by `MockPgClient.answer`. */
class MockPgClient extends EventEmitter {
  static answer: (text: string, client: MockPgClient) => unknown[] = () => [];
  static last: MockPgClient | null = null;
  constructor() {
    super();
    MockPgClient.last = this;
  }
  async connect(): Promise<void> {
    return undefined;
  }
  async query(text: string): Promise<{ rows: unknown[] }> {
    return { rows: MockPgClient.answer(text, this) };
  }
  async end(): Promise<void> {
    this.emit('end');
  }
}

// A getter: pg is required (by pg-boss too) before this module's classes exist.
jest.mock('pg', () => ({
  get Client() {
    return MockPgClient;
  },
}));

const config = {
  databaseUrl: 'postgres://relay@127.0.0.1:5432/relay',
  databaseAppUrl: null,
} as unknown as AppConfigNamespace;

describe('OutboxRelay', () => {
  it('drains again at once when a NOTIFY arrives during a drain, without waiting for the poll', async () => {
    const claims: number[] = [];
    const emitted: unknown[] = [];
    const row = {
      id: '1',
      channel: 'case',
      target: 'case-1',
      event: 'case:event',
      payload: { caseId: 'case-1', event: { seq: 7, type: 'comment.created' } },
      agencies: null,
      oversight: null,
    };
    MockPgClient.answer = (text, client) => {
      if (text.startsWith('SELECT pg_try_advisory_lock')) return [{ locked: true }];
      if (!text.includes('simpul_outbox_claim')) return [];
      claims.push(performance.now());
      // The first claim sees nothing; the wake-up for the commit it missed arrives meanwhile.
      if (claims.length === 1) {
        client.emit('notification', { channel: 'simpul_outbox' });
        return [];
      }
      return claims.length === 2 ? [row] : [];
    };
    const sent: string[] = [];
    const answer = MockPgClient.answer;
    MockPgClient.answer = (text, client) => {
      sent.push(text);
      return answer(text, client);
    };
    const hub = {
      server: { to: () => ({ emit: (_event: string, message: unknown) => emitted.push(message) }) },
    } as unknown as RealtimeServer;
    const relay = new OutboxRelay(
      config,
      hub,
      { recheckCase: jest.fn() } as unknown as CaseRooms,
      {
        subscribers: [],
      } as Pick<DataSource, 'subscribers'>,
    );
    relay.onApplicationBootstrap();
    try {
      const deadline = performance.now() + 2 * RELAY_POLL_MS;
      while (emitted.length === 0 && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 5));
      expect(emitted).toEqual([row.payload]);
      // Without the re-drain the row would wait for the next poll (RELAY_POLL_MS later).
      expect(claims[1] - claims[0]).toBeLessThan(RELAY_POLL_MS / 3);
      // Claims commit without waiting for the WAL flush (a lost claim only re-emits its rows).
      const firstClaim = sent.findIndex((text) => text.includes('simpul_outbox_claim'));
      expect(sent.slice(0, firstClaim)).toContain('SET synchronous_commit = off');
    } finally {
      await relay.onApplicationShutdown();
    }
  });

  it('drains right after a transaction that wrote outbox rows commits, and not after others', async () => {
    const claims: number[] = [];
    MockPgClient.answer = (text) => {
      if (text.startsWith('SELECT pg_try_advisory_lock')) return [{ locked: true }];
      if (text.includes('simpul_outbox_claim')) claims.push(performance.now());
      return [];
    };
    const hub = { server: { to: () => ({ emit: jest.fn() }) } } as unknown as RealtimeServer;
    const dataSource = { subscribers: [] } as Pick<DataSource, 'subscribers'>;
    const relay = new OutboxRelay(
      config,
      hub,
      { recheckCase: jest.fn() } as unknown as CaseRooms,
      dataSource,
    );
    relay.onApplicationBootstrap();
    // As TypeORM's broadcaster does: every subscriber's hook, awaited.
    const commit = async (writes: boolean) => {
      const queryRunner = { isTransactionActive: false, data: {} } as QueryRunner;
      if (writes) noteOutboxWrite({ queryRunner } as EntityManager);
      for (const subscriber of dataSource.subscribers)
        await subscriber.afterTransactionCommit?.({ queryRunner } as TransactionCommitEvent);
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    try {
      while (claims.length === 0) await settle();
      await settle();
      const before = claims.length;
      await commit(false);
      await settle();
      expect(claims.length).toBe(before);
      await commit(true);
      await settle();
      // Woken by the commit, well before the next poll (RELAY_POLL_MS after the first drain).
      expect(claims.length).toBe(before + 1);
      expect(claims[before] - claims[0]).toBeLessThan(RELAY_POLL_MS / 2);
    } finally {
      await relay.onApplicationShutdown();
    }
    expect(dataSource.subscribers).toEqual([]);
  });

  it('rolls its claim back while Redis does not take the batch, and commits once it does', async () => {
    const row = {
      id: '1',
      channel: 'case',
      target: 'case-1',
      event: 'case:event',
      payload: { caseId: 'case-1', event: { seq: 3, type: 'case.updated' } },
      agencies: null,
      oversight: null,
    };
    const sent: string[] = [];
    let pending = true;
    MockPgClient.answer = (text) => {
      sent.push(text);
      if (text.startsWith('SELECT pg_try_advisory_lock')) return [{ locked: true }];
      if (text.includes('simpul_outbox_claim')) return pending ? [row] : [];
      if (text === 'COMMIT' && sent.at(-2)?.includes('simpul_outbox_claim')) pending = false;
      return [];
    };
    // The Redis adapter as the ledger sees it: each broadcast is one XADD, failing while Redis is down.
    let redisUp = false;
    const ledger = new PublishLedger();
    const adapter = {};
    registerPublishes(adapter, ledger);
    const broadcast = () => {
      ledger
        .track(
          redisUp ? Promise.resolve('1-0') : Promise.reject(new Error('Connection is closed.')),
        )
        .catch(() => undefined);
      return true;
    };
    const hub = {
      server: { sockets: { adapter }, to: () => ({ emit: broadcast }) },
    } as unknown as RealtimeServer;
    const relay = new OutboxRelay(
      config,
      hub,
      { recheckCase: jest.fn() } as unknown as CaseRooms,
      { subscribers: [] } as Pick<DataSource, 'subscribers'>,
    );
    const outcomes = () => sent.filter((text) => text === 'COMMIT' || text === 'ROLLBACK');
    relay.onApplicationBootstrap();
    try {
      const until = async (check: () => boolean, ms: number) => {
        const deadline = performance.now() + ms;
        while (!check() && performance.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 5));
      };
      await until(() => outcomes().length >= 2, 3 * RELAY_RETRY_MS);
      // Emitted (this process's sockets have it) but not taken by Redis: the rows stay.
      expect(outcomes().slice(0, 2)).toEqual(['ROLLBACK', 'ROLLBACK']);
      expect(pending).toBe(true);
      redisUp = true;
      await until(() => !pending, 2 * RELAY_RETRY_MS);
      expect(pending).toBe(false);
      expect(outcomes().at(-1)).toBe('COMMIT');
    } finally {
      await relay.onApplicationShutdown();
    }
  });
});
