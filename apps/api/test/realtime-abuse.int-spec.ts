import { io } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { SOCKET_EVENTS, type SocketError } from '@simpul/contracts';
import { createAgency, createCase, createUser, signIn } from './support/fixtures';
import { ensureApiBuilt, startApi, stopAllApis, type ApiProcess } from './support/api-process';
import {
  connectSocket,
  emitRaw,
  joinCaseOk,
  pause,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { CaseRooms } from '../src/app/realtime/case-rooms';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

/**
 * JSON text of an object nested `depth` levels deep, `{"a":{"a":…{"caseId":…}}}` (5 bytes a level),
 * written as text: JSON.stringify (and socket.io-client's encoder) would overflow this process's
 * stack first.
 */
const nested = (depth: number, leaf: object) =>
  '{"a":'.repeat(depth - 1) + JSON.stringify(leaf) + '}'.repeat(depth - 1);

/** Every client → server event, with a payload that would be valid at the top. */
const CLIENT_EVENTS = [
  SOCKET_EVENTS.caseJoin,
  SOCKET_EVENTS.ping,
  SOCKET_EVENTS.caseLeave,
  SOCKET_EVENTS.presenceTyping,
  SOCKET_EVENTS.presenceFieldLock,
  SOCKET_EVENTS.presenceActive,
] as const;

type LooseSocket = {
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
  emit(event: string, ...args: unknown[]): void;
};
const loose = (socket: TestSocket) => socket as unknown as LooseSocket;

/**
 * Hostile socket frames against a real API process (the built bundle, as `npm start` runs it):
 * issue #11 found that one `case:join` nested 5,000 deep ended the process. Each frame must be
 * refused without echoing it, and the same process must go on serving HTTP and sockets.
 */
describe('socket frames that must not take the API down', () => {
  let owner: DataSource;
  let api: ApiProcess;
  let token: string;
  let caseId: string;
  const sockets: TestSocket[] = [];

  const open = async () => {
    const socket = await connectSocket(api.url, token);
    sockets.push(socket);
    return socket;
  };
  const healthy = async () => (await fetch(`${api.url}/api/health`)).status;

  beforeAll(async () => {
    ensureApiBuilt();
    owner = await ownerDataSource();
    api = await startApi('api-abuse');
    const agency = await createAgency(owner, 'Uji Beban');
    caseId = (await createCase(owner, agency, [[agency, 'lead']])).id;
    const user = await createUser(owner, [[agency, 'petugas']], { label: 'penyerang' });
    token = (await signIn(api.url, user.email)).accessToken;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await stopAllApis();
    await owner?.destroy();
  });

  it('refuses a payload nested 5,000 deep on every event without echoing it, and keeps serving', async () => {
    const socket = await open();
    const exceptions: unknown[] = [];
    socket.on('exception' as never, (body: unknown) => {
      exceptions.push(body);
    });
    const deep = nested(5_000, { caseId, typing: true, field: 'title', sentAt: 1 });
    // The frame the probe sent: about 30 KB.
    expect(deep.length).toBeGreaterThan(25_000);

    for (const event of CLIENT_EVENTS) {
      const reply = await emitRaw(socket, event, deep);
      expect({ event, code: reply.error?.code }).toEqual({ event, code: 'PAYLOAD_TOO_DEEP' });
      expect(reply.error.message.id).toContain('32');
      expect(reply.error.message.en).toContain('32');
      // The refusal names the rule, never the payload.
      expect(JSON.stringify(reply).length).toBeLessThan(500);
    }
    // Without an ack the frame is dropped as quietly.
    await emitRaw(socket, SOCKET_EVENTS.caseJoin, deep, false);

    // The same process answers HTTP and a normal join on the same socket.
    expect(socket.connected).toBe(true);
    expect(api.child.exitCode).toBeNull();
    expect(await healthy()).toBe(200);
    expect((await joinCaseOk(socket, caseId)).lastSeq).toEqual(expect.any(Number));
    // Nest's default filter would have sent the payload back as an `exception` event.
    expect(exceptions).toEqual([]);
    expect(api.output.join('\n')).not.toMatch(/Maximum call stack/);
  });

  it('refuses an oversized payload and a deep array argument, and stays connected', async () => {
    const socket = await open();
    const big = (await loose(socket)
      .timeout(5_000)
      .emitWithAck(SOCKET_EVENTS.caseJoin, { caseId, note: 'x'.repeat(100_000) })) as SocketError;
    expect(big.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(JSON.stringify(big)).not.toContain('xxxx');

    // Depth hides in a second argument, or in an array instead of an object.
    const array = '['.repeat(100_000) + ']'.repeat(100_000);
    const second = await emitRaw(socket, SOCKET_EVENTS.ping, `{"sentAt":1},${array}`);
    expect(second.error.code).toBe('PAYLOAD_TOO_DEEP');

    expect(socket.connected).toBe(true);
    expect(await healthy()).toBe(200);
    const pong = await socket.timeout(5_000).emitWithAck(SOCKET_EVENTS.ping, { sentAt: 7 });
    expect(pong).toEqual({ sentAt: 7, serverTime: expect.any(String) });
  });

  it('survives malformed packets: broken JSON, and a binary event nested 100,000 deep', async () => {
    const broken = await open();
    const closed = new Promise<string>((resolve) => broken.once('disconnect', resolve));
    // socket.io answers a protocol violation by closing that connection (and emitting `error` on
    // the socket). A guard: this already held before the frame guard existed.
    broken.io.engine.write('2["case:join",{"caseId":');
    expect(await Promise.race([closed, pause(5_000).then(() => 'still open')])).not.toBe(
      'still open',
    );
    expect(await healthy()).toBe(200);

    // The parser rebuilds a binary event recursively before any middleware runs.
    const deepBinary = await open();
    const deepClosed = new Promise<string>((resolve) => deepBinary.once('disconnect', resolve));
    const levels = 100_000;
    deepBinary.io.engine.write(
      `51-["case:join",${'['.repeat(levels)}{"_placeholder":true,"num":0}${']'.repeat(levels)}]`,
    );
    deepBinary.io.engine.write(Buffer.from([1, 2, 3]));
    await Promise.race([deepClosed, pause(2_000)]);
    expect(await healthy()).toBe(200);
    expect(api.child.exitCode).toBeNull();
    const after = await open();
    expect((await joinCaseOk(after, caseId)).caseId).toBe(caseId);
  });

  it('lets normal use through: a few rooms and typing every 250 ms', async () => {
    const socket = await open();
    await joinCaseOk(socket, caseId);
    for (let i = 0; i < 16; i++) {
      const reply = await socket
        .timeout(5_000)
        .emitWithAck(SOCKET_EVENTS.presenceTyping, { caseId, typing: i % 2 === 0 });
      expect(reply).toEqual({ ok: true });
      await pause(250);
    }
    // A page that comes back sends presence for every open room at once.
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        socket.timeout(5_000).emitWithAck(SOCKET_EVENTS.presenceActive, { caseId }),
      ),
    );
    expect(burst).toEqual(Array.from({ length: 20 }, () => ({ ok: true })));
    expect(socket.connected).toBe(true);
  });

  it('refuses a flood of small frames with RATE_LIMITED and then disconnects the socket', async () => {
    const socket = await open();
    await joinCaseOk(socket, caseId);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const replies = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        socket
          .timeout(5_000)
          .emitWithAck(SOCKET_EVENTS.presenceTyping, { caseId, typing: i % 2 === 0 })
          .catch(() => 'no reply'),
      ),
    );
    const limited = replies.filter(
      (r) => typeof r === 'object' && (r as SocketError).error?.code === 'RATE_LIMITED',
    ) as SocketError[];
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].error.message.id).toMatch(/terlalu banyak/i);
    // It keeps flooding without asking for replies: the server ends the connection.
    for (let i = 0; i < 2_000 && socket.connected; i++) {
      socket.emit(SOCKET_EVENTS.presenceTyping, { caseId, typing: true });
      if (i % 100 === 99) await pause(10);
    }
    await expect(
      Promise.race([disconnected, pause(10_000).then(() => 'still connected')]),
    ).resolves.toBe('io server disconnect');

    // Only that socket: the process and everyone else go on.
    expect(await healthy()).toBe(200);
    const other = await open();
    await waitFor(() => other.connected, 'a new socket');
    expect((await joinCaseOk(other, caseId)).caseId).toBe(caseId);
  });
});

/**
 * Errors inside the gateway's handlers, injected into the running app: each is answered with the
 * API's generic socket error, nothing echoes the payload, and the socket and process go on.
 */
describe('errors inside socket handlers', () => {
  let app: TestApp;
  let owner: DataSource;
  let socket: TestSocket;
  let caseId: string;
  const exceptions: unknown[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Uji Galat');
    caseId = (await createCase(owner, agency, [[agency, 'lead']])).id;
    const user = await createUser(owner, [[agency, 'petugas']], { label: 'galat' });
    socket = await connectSocket(app.url, (await signIn(app.url, user.email)).accessToken);
    socket.on('exception' as never, (body: unknown) => {
      exceptions.push(body);
    });
    await joinCaseOk(socket, caseId);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    socket?.disconnect();
    await owner?.destroy();
    await app?.close();
  });

  it("answers a handler that throws with INTERNAL through our filter, not Nest's `exception` event", async () => {
    jest.spyOn(app.app.get(CaseRooms), 'active').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const reply = (await socket
      .timeout(5_000)
      .emitWithAck(SOCKET_EVENTS.presenceActive, { caseId })) as SocketError;
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.message.id).toBe('Terjadi kesalahan di server');
    expect(JSON.stringify(reply)).not.toContain(caseId);
    await pause(100);
    expect(exceptions).toEqual([]);
    expect(
      await socket.timeout(5_000).emitWithAck(SOCKET_EVENTS.presenceActive, { caseId }),
    ).toEqual({ ok: true });
  });

  it('answers a reply that cannot be serialized with INTERNAL, and the socket goes on', async () => {
    const cycle: Record<string, unknown> = { ok: true };
    cycle['self'] = cycle;
    jest
      .spyOn(app.app.get(CaseRooms), 'typing')
      .mockImplementationOnce(() => cycle as unknown as null);
    const reply = (await socket
      .timeout(5_000)
      .emitWithAck(SOCKET_EVENTS.presenceTyping, { caseId, typing: true })) as SocketError;
    expect(reply.error.code).toBe('INTERNAL');
    expect(socket.connected).toBe(true);
    expect(
      await socket
        .timeout(5_000)
        .emitWithAck(SOCKET_EVENTS.presenceTyping, { caseId, typing: false }),
    ).toEqual({ ok: true });
  });

  it('ends a connection whose setup failed instead of leaving the rejection unhandled', async () => {
    jest
      .spyOn(app.app.get(CaseRooms), 'enterPersonalRooms')
      .mockRejectedValueOnce(new Error('adapter unavailable'));
    const broken = io(app.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: socket.auth,
    });
    // Listening from the start: the server may end it right after the handshake.
    const reason = await Promise.race([
      new Promise<string>((resolve) => broken.once('disconnect', resolve)),
      pause(5_000).then(() => 'still connected'),
    ]);
    broken.disconnect();
    expect(reason).toBe('io server disconnect');
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});
