import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import {
  SOCKET_EVENTS,
  type CaseDetail,
  type CaseEvent,
  type CaseEventMessage,
  type CaseJoinReply,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SocketError,
} from '@simpul/contracts';
import { bearer } from './fixtures';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Opens an authenticated socket (websocket transport, no automatic reconnection). */
export async function connectSocket(
  baseUrl: string,
  token: string,
  agencyId?: string,
): Promise<TestSocket> {
  const socket: TestSocket = io(baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: agencyId ? { token, agencyId } : { token },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export async function joinCase(
  socket: TestSocket,
  caseId: string,
): Promise<CaseJoinReply | SocketError> {
  return socket.timeout(10_000).emitWithAck(SOCKET_EVENTS.caseJoin, { caseId });
}

export async function joinCaseOk(socket: TestSocket, caseId: string): Promise<CaseJoinReply> {
  const reply = await joinCase(socket, caseId);
  if ('error' in reply) throw new Error(`case:join refused: ${JSON.stringify(reply)}`);
  return reply;
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The client side of the catch-up contract, as the web client implements it: apply the next
 * sequence number, drop what was already applied, and on a gap fetch what is missing with
 * `GET /api/cases/:id/events?afterSeq=`.
 */
export class CaseTimelineClient {
  readonly applied: CaseEvent[] = [];
  /** Every seq that arrived live (duplicates included), for assertions about the stream. */
  readonly live: number[] = [];
  readonly repaired: number[] = [];
  dropped = 0;
  private resyncing: Promise<void> | null = null;

  constructor(
    private readonly baseUrl: () => string,
    private readonly token: string,
    readonly caseId: string,
    public lastSeq = 0,
  ) {}

  attach(socket: TestSocket): void {
    socket.on(SOCKET_EVENTS.caseEvent, (message: CaseEventMessage) => {
      if (message.caseId !== this.caseId) return;
      this.live.push(message.event.seq);
      this.receive(message.event);
    });
  }

  receive(event: CaseEvent): void {
    if (event.seq <= this.lastSeq) {
      this.dropped++;
      return;
    }
    if (event.seq > this.lastSeq + 1) {
      void this.resync();
      return;
    }
    this.applied.push(event);
    this.lastSeq = event.seq;
  }

  /** Fetches everything after the last applied seq (what a client does on every reconnect). */
  resync(): Promise<void> {
    this.resyncing ??= (async () => {
      try {
        for (;;) {
          const response = await request(this.baseUrl())
            .get(`/api/cases/${this.caseId}/events?afterSeq=${this.lastSeq}`)
            .set(bearer(this.token))
            .expect(200);
          const events = response.body as CaseEvent[];
          for (const event of events) {
            if (event.seq !== this.lastSeq + 1) continue;
            this.applied.push(event);
            this.repaired.push(event.seq);
            this.lastSeq = event.seq;
          }
          if (events.length < 500) return;
        }
      } finally {
        this.resyncing = null;
      }
    })();
    return this.resyncing;
  }
}

/** Changes a case's title through the API (one `case.updated` event); returns the new detail. */
export async function patchTitle(
  baseUrl: string,
  token: string,
  caseId: string,
  version: number,
  title: string,
): Promise<CaseDetail> {
  const response = await request(baseUrl)
    .patch(`/api/cases/${caseId}`)
    .set(bearer(token))
    .send({ baseVersion: version, title });
  if (response.status !== 200)
    throw new Error(`PATCH failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as CaseDetail;
}

export async function caseVersion(baseUrl: string, token: string, caseId: string) {
  const response = await request(baseUrl)
    .get(`/api/cases/${caseId}`)
    .set(bearer(token))
    .expect(200);
  return (response.body as CaseDetail).version;
}

let rawAckId = 100_000;
/**
 * Sends a hand-written event packet (`2<id>["event",…]` in an engine.io message) as a hostile
 * client would, and resolves with the ack the server sends for it.
 */
export function emitRaw(socket: TestSocket, event: string, argsJson: string, ack = true) {
  const id = rawAckId++;
  const acks = (socket as unknown as { acks: Record<number, (reply: unknown) => void> }).acks;
  const reply = new Promise<SocketError>((resolve, reject) => {
    if (!ack) return resolve({} as SocketError);
    const timer = setTimeout(() => {
      delete acks[id];
      reject(new Error(`no reply to ${event}`));
    }, 5_000);
    acks[id] = (answer) => {
      clearTimeout(timer);
      resolve(answer as SocketError);
    };
  });
  socket.io.engine.write(`2${ack ? id : ''}[${JSON.stringify(event)},${argsJson}]`);
  return reply;
}
