import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  LEADERS_CHANGED_COALESCE_MS,
  SOCKET_EVENTS,
  type CaseEventMessage,
  type InboxCaseChangedMessage,
} from '@simpul/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client as PgClient } from 'pg';
import type { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { appRoleConnectionString } from '../jobs/job-queue';
import { CaseRooms } from './case-rooms';
import { PUBLISHABLE_EVENTS, wroteOutbox } from '../outbox/outbox';
import { adapterPublishes } from './publish-ledger';
import { RealtimeServer, rooms, type SimpulServer } from './realtime-server';

/** Arbitrary constant: the session-level advisory lock that makes one API process the relay. */
export const RELAY_LOCK_KEY = 7_301_946_513;
/** Wake-ups are only hints: the leader also looks this often. */
export const RELAY_POLL_MS = 300;
/** How often a process that is not the leader tries to become it. */
export const RELAY_ELECTION_MS = 1_000;
/** After the adapter (Redis) did not take a batch: when to claim and emit it again. */
export const RELAY_RETRY_MS = 1_000;
/**
 * How long the relay holds rows back while Redis does not take them. Past it Redis is taken to be
 * down rather than blinking: rows are committed once this process's own sockets got them (newer
 * rows must not wait behind the oldest batch), and once Redis takes messages again every socket
 * of every process is told to resync (`realtime:resync`), so no open page stays stale.
 */
export const RELAY_HOLD_MAX_MS = 10_000;
/** A room no socket joins: a broadcast to it only asks whether Redis takes messages again. */
const PROBE_ROOM = 'relay:probe';
const BATCH = 200;
/** Case events after which who may read the case can have changed. */
const AUDIENCE_CHANGES = /participant|handoff|merged/;

type OutboxRow = {
  id: string;
  channel: 'case' | 'user' | 'agency';
  target: string;
  event: string;
  payload: unknown;
  agencies: string[] | null;
  oversight: string[] | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Delivers the outbox. Every API process campaigns for a PostgreSQL advisory lock on a dedicated
 * connection (as the application role); the holder is the relay until that connection ends, and
 * when its process dies the database drops the lock and another process takes over within
 * {@link RELAY_ELECTION_MS}. The leader claims the oldest rows in a transaction, emits them to
 * rooms (through the adapter: every process's sockets) and commits once the adapter accepted them:
 * at least once, in order per case; clients drop duplicates by `seq`. With Redis the adapter's
 * publishes can fail (Redis down or restarting) while this process's own sockets still get the
 * events; then the claim is rolled back and the batch goes out again after {@link RELAY_RETRY_MS},
 * so the other processes' sockets get it late rather than never (for an outage longer than
 * {@link RELAY_HOLD_MAX_MS}, through a resync signal instead).
 *
 * Wake-ups: a transaction that wrote outbox rows wakes the relay right after it commits (this
 * process's relay directly; the leader elsewhere by `NOTIFY simpul_outbox` from this process's
 * relay connection, outside the writer's transaction), and the leader polls every
 * {@link RELAY_POLL_MS}. The NOTIFY is deliberately not sent inside the writing transaction:
 * PostgreSQL holds one global lock from a notifying transaction's commit until its WAL flush, which
 * made every comment's commit wait for the previous one's flush (no group commit).
 */
@Injectable()
export class OutboxRelay
  implements OnApplicationBootstrap, OnApplicationShutdown, EntitySubscriberInterface
{
  private readonly logger = new Logger(OutboxRelay.name);
  private client: PgClient | null = null;
  private stopped = false;
  private leading = false;
  private wake: (() => void) | null = null;
  /** A wake-up arrived since the last drain began (possibly after its claim): drain again. */
  private woken = false;
  private campaign: Promise<void> | null = null;
  private lastUndeliveredWarning = 0;
  /** Agencies whose leaders' figures may have changed since the last `leaders:changed`. */
  private readonly leadersPending = new Set<string>();
  private leadersTimer: NodeJS.Timeout | null = null;
  /** Since when Redis has not taken a batch (null: it took the last one). */
  private failingSince: number | null = null;
  /** Rows were committed that Redis did not take: every socket must resync once it works again. */
  private owesResync = false;

  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly hub: RealtimeServer,
    private readonly caseRooms: CaseRooms,
    @InjectDataSource() private readonly dataSource: Pick<DataSource, 'subscribers'>,
  ) {}

  /** Whether this process is the relay now (for tests and health). */
  get isLeader(): boolean {
    return this.leading;
  }

  onApplicationBootstrap(): void {
    this.dataSource.subscribers.push(this);
    this.campaign = this.run();
  }

  /** TypeORM calls this after every commit (and savepoint release) of every transaction. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive || !wroteOutbox(event.queryRunner)) return;
    this.nudge();
  }

  /** Outbox rows were committed: drain now rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.leading) {
      this.woken = true;
      this.wake?.();
      return;
    }
    // The leader is another process (or none yet: then its first drain finds the rows anyway).
    this.client
      ?.query(`SELECT pg_notify('simpul_outbox', '')`)
      .catch((error: Error) => this.logger.warn(`relay wake-up: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.leadersTimer) clearTimeout(this.leadersTimer);
    const index = this.dataSource.subscribers.indexOf(this);
    if (index !== -1) this.dataSource.subscribers.splice(index, 1);
    this.wake?.();
    const client = this.client;
    this.client = null;
    // Ending the connection releases the lock at once for the next leader.
    await client?.end().catch(() => undefined);
    await this.campaign;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let client: PgClient | null = null;
      try {
        client = await this.connection();
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1) AS locked',
          [RELAY_LOCK_KEY],
        );
        if (rows[0]?.locked) await this.lead(client);
      } catch (error) {
        if (!this.stopped) this.logger.warn(`relay: ${(error as Error).message}`);
        await this.drop(client);
      }
      this.leading = false;
      if (!this.stopped) await sleep(RELAY_ELECTION_MS + Math.floor(Math.random() * 250));
    }
  }

  private async connection(): Promise<PgClient> {
    if (this.client) return this.client;
    const client = new PgClient({
      connectionString: appRoleConnectionString(this.config),
      application_name: `simpul-relay:${process.pid}`,
      keepAlive: true,
    });
    // A lost connection surfaces as an error event and as failing queries; the loop handles both.
    client.on('error', (error: Error) => {
      if (!this.stopped) this.logger.warn(`relay connection: ${error.message}`);
      if (this.client === client) this.client = null;
      this.wake?.();
    });
    client.on('end', () => {
      if (this.client === client) this.client = null;
      this.wake?.();
    });
    client.on('notification', () => {
      this.woken = true;
      this.wake?.();
    });
    await client.connect();
    // This connection only claims (deletes) outbox rows. Its commits need not wait for the WAL
    // flush: a claim lost in a database crash brings its rows back, they are emitted again, and
    // clients drop what they already hold by `seq` (delivery is at least once anyway). The writers'
    // commits, which create the events, stay synchronous.
    await client.query('SET synchronous_commit = off');
    this.client = client;
    return client;
  }

  /** Ends the connection (and with it the lock, if held); the loop opens a new one. */
  private async drop(client: PgClient | null): Promise<void> {
    if (this.client === client) this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async lead(client: PgClient): Promise<void> {
    await client.query('LISTEN simpul_outbox');
    this.leading = true;
    this.logger.log(`relay: proses ${process.pid} memimpin / process ${process.pid} leads`);
    while (!this.stopped && this.client === client) {
      this.woken = false;
      if (this.owesResync && this.hub.server) await this.sendResync(this.hub.server);
      const delivered = this.hub.server ? (await this.drain(client)) && !this.owesResync : true;
      // A NOTIFY that came during the drain may be for a commit its claim did not see yet; waiting
      // now would leave that row until the next poll.
      if (this.woken && delivered) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, delivered ? RELAY_POLL_MS : RELAY_RETRY_MS);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = null;
    }
    if (this.client !== client) throw new Error('relay connection lost');
  }

  /** Claims and emits until the outbox is empty; false when the adapter did not take a batch. */
  private async drain(client: PgClient): Promise<boolean> {
    for (;;) {
      await client.query('BEGIN');
      let rows: OutboxRow[];
      try {
        ({ rows } = await client.query<OutboxRow>('SELECT * FROM simpul_outbox_claim($1)', [
          BATCH,
        ]));
        const publishes = this.hub.server ? adapterPublishes(this.hub.server) : null;
        const mark = publishes?.mark() ?? 0;
        for (const row of rows) this.emit(row);
        if (rows.length > 0 && publishes && !(await publishes.acceptedSince(mark))) {
          this.failingSince ??= Date.now();
          this.warnUndelivered(rows.length);
          if (Date.now() - this.failingSince < RELAY_HOLD_MAX_MS) {
            // The rows stay in the outbox for the next attempt.
            await client.query('ROLLBACK');
            return false;
          }
          // Redis is down, not blinking: this process's sockets got the rows, the others resync.
          this.owesResync = true;
        } else if (rows.length > 0) this.failingSince = null;
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      if (rows.length < BATCH || this.stopped) return true;
    }
  }

  /**
   * Once Redis takes a probe again, tells every socket on every process to catch up (what a
   * client does after a reconnect); until then nothing is sent, so no client resyncs in a loop.
   */
  private async sendResync(server: SimpulServer): Promise<void> {
    const publishes = adapterPublishes(server);
    if (!publishes) {
      this.owesResync = false;
      return;
    }
    let mark = publishes.mark();
    (server.to(PROBE_ROOM).emit as (event: string) => boolean)('relay:probe');
    if (!(await publishes.acceptedSince(mark))) return;
    mark = publishes.mark();
    server.emit(SOCKET_EVENTS.realtimeResync, { reason: 'adapter_outage' });
    if (!(await publishes.acceptedSince(mark))) return;
    this.owesResync = false;
    this.failingSince = null;
    this.logger.log(
      'relay: Redis kembali, semua klien menyinkronkan ulang / Redis is back, every client resyncs',
    );
  }

  /**
   * The leaders' view (#16): the participants, coordinators and ancestors of a changed case may
   * see other figures; their oversight rooms get one `leaders:changed` each per coalescing window.
   */
  private leadersChanged(server: SimpulServer, agencyIds: string[]): void {
    for (const id of agencyIds) this.leadersPending.add(id);
    if (this.leadersTimer || this.leadersPending.size === 0) return;
    this.leadersTimer = setTimeout(() => {
      this.leadersTimer = null;
      const due = [...this.leadersPending];
      this.leadersPending.clear();
      for (const agencyId of due)
        server.to(rooms.agencyOversight(agencyId)).emit(SOCKET_EVENTS.leadersChanged, { agencyId });
    }, LEADERS_CHANGED_COALESCE_MS);
    this.leadersTimer.unref();
  }

  private warnUndelivered(count: number): void {
    if (Date.now() - this.lastUndeliveredWarning < 10_000) return;
    this.lastUndeliveredWarning = Date.now();
    this.logger.warn(
      `relay: Redis tidak menerima ${count} pesan; dikirim ulang / Redis did not take ${count} messages; sending them again`,
    );
  }

  private emit(row: OutboxRow): void {
    const server = this.hub.server;
    if (!server) throw new Error('socket.io server not ready');
    if (row.channel === 'case') {
      const message = row.payload as CaseEventMessage;
      server.to(rooms.case(row.target)).emit(SOCKET_EVENTS.caseEvent, message);
      const inbox: InboxCaseChangedMessage = {
        caseId: row.target,
        seq: message.event.seq,
        type: message.event.type,
      };
      const audience = [
        ...(row.agencies ?? []).map(rooms.agency),
        ...(row.oversight ?? []).map(rooms.agencyOversight),
      ];
      // Sockets in the case room already hold the whole event; the inbox note is for the others
      // (it would double every frame of a busy room).
      if (audience.length > 0)
        server
          .to(audience)
          .except(rooms.case(row.target))
          .emit(SOCKET_EVENTS.inboxCaseChanged, inbox);
      this.leadersChanged(server, [...(row.agencies ?? []), ...(row.oversight ?? [])]);
      if (AUDIENCE_CHANGES.test(message.event.type)) {
        this.caseRooms
          .recheckCase(row.target)
          .catch((error: Error) => this.logger.warn(`recheck ${row.target}: ${error.message}`));
      }
      return;
    }
    if (!PUBLISHABLE_EVENTS.includes(row.event)) {
      this.logger.warn(`outbox row ${row.id}: unknown event ${row.event} dropped`);
      return;
    }
    const room = row.channel === 'user' ? rooms.user(row.target) : rooms.agency(row.target);
    (server.to(room).emit as (event: string, payload: unknown) => boolean)(row.event, row.payload);
  }
}
