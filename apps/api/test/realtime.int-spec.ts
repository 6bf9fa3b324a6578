import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_EVENTS,
  type ClientToServerEvents,
  type PongPayload,
  type ServerToClientEvents,
  type SocketError,
} from '@simpul/contracts';
import { createUser, createAgency, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('socket.io gateway', () => {
  let testApp: TestApp;
  let socket: Socket<ServerToClientEvents, ClientToServerEvents>;

  beforeAll(async () => {
    testApp = await createTestApp();
    const owner = await ownerDataSource();
    const user = await createUser(owner, [[await createAgency(owner, 'Socket'), 'petugas']]);
    await owner.destroy();
    const { accessToken } = await signIn(testApp.url, user.email);
    socket = io(testApp.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { token: accessToken },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
  });

  afterAll(async () => {
    socket.disconnect();
    await testApp.close();
  });

  it('refuses a handshake without a valid token', async () => {
    for (const auth of [{}, { token: 'not-a-jwt' }]) {
      const anonymous = io(testApp.url, { transports: ['websocket'], reconnection: false, auth });
      const error = await new Promise<Error & { data?: { code: string } }>((resolve) =>
        anonymous.once('connect_error', resolve),
      );
      expect(error.message).toBe('UNAUTHORIZED');
      expect(error.data?.code).toMatch(/AUTH_REQUIRED|INVALID_TOKEN/);
      anonymous.close();
    }
  });

  it('answers a ping on the API port with the sender’s timestamp', async () => {
    const sentAt = Date.now();
    const reply = await socket.timeout(5000).emitWithAck(SOCKET_EVENTS.ping, { sentAt });
    expect(reply).toEqual({ sentAt, serverTime: expect.any(String) });
    expect(Date.parse((reply as PongPayload).serverTime)).toBeGreaterThanOrEqual(sentAt - 1000);
  });

  it('validates the payload like an HTTP body and names the field in both languages', async () => {
    const reply = (await socket
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.ping, { sentAt: 'yesterday' } as never)) as SocketError;
    expect(reply.error.code).toBe('VALIDATION_FAILED');
    expect(reply.error.field).toBe('sentAt');
    expect(reply.error.message.id).toContain('sentAt harus berupa angka');
    expect(reply.error.message.en).toContain('sentAt must be a number');
  });

  it('refuses unknown payload fields', async () => {
    const reply = (await socket
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.ping, { sentAt: 1, admin: true } as never)) as SocketError;
    expect(reply.error.field).toBe('admin');
  });
});
