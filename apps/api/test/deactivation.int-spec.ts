import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Two API instances with their own pools and caches stand in for two processes: deactivating a
 * user through one ends their REST access and drops their open socket on the other within 5 s.
 */
describe('deactivation ends access on every API process within 5 seconds', () => {
  let first: TestApp;
  let second: TestApp;
  let owner: DataSource;

  beforeAll(async () => {
    first = await createTestApp();
    second = await createTestApp();
    owner = await ownerDataSource();
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await owner.destroy();
  });

  it('drops the socket and refuses the next REST call on the other process', async () => {
    const agency = await createAgency(owner, 'Nonaktif');
    const admin = await createUser(owner, [[agency, 'admin']], { label: 'nonaktif-admin' });
    const target = await createUser(owner, [[agency, 'petugas']], { label: 'nonaktif' });
    const adminToken = (await signIn(first.url, admin.email)).accessToken;
    const targetToken = (await signIn(second.url, target.email)).accessToken;
    await request(second.url).get('/api/cases').set(bearer(targetToken)).expect(200);

    const socket: Socket = io(second.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { token: targetToken },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const disconnected = new Promise<number>((resolve) =>
      socket.once('disconnect', () => resolve(Date.now())),
    );

    const started = Date.now();
    await request(first.url)
      .patch(`/api/users/${target.id}/active`)
      .set(bearer(adminToken))
      .send({ active: false })
      .expect(200);

    let refusedAt: number | null = null;
    while (Date.now() - started < 6000) {
      const response = await request(second.url).get('/api/cases').set(bearer(targetToken));
      if (response.status === 401) {
        refusedAt = Date.now();
        expect(response.body.code).toBe('SESSION_ENDED');
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(refusedAt).not.toBeNull();
    expect((refusedAt as number) - started).toBeLessThan(5000);
    expect((await disconnected) - started).toBeLessThan(5000);
    socket.close();

    await request(second.url)
      .post('/api/auth/sign-in')
      .send({ email: target.email, password: 'fixture-password-123' })
      .expect(401);
    const reconnect = io(second.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { token: targetToken },
    });
    const error = await new Promise<Error & { data?: { code: string } }>((resolve) =>
      reconnect.once('connect_error', resolve),
    );
    expect(error.data?.code).toBe('SESSION_ENDED');
    reconnect.close();
  });
});
