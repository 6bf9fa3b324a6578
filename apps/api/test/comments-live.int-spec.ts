import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type CaseEventMessage,
  type CommentView,
  type CreateCommentResponse,
  type NotificationReadMessage,
  type NotificationView,
} from '@simpul/contracts';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import {
  connectSocket,
  joinCase,
  joinCaseOk,
  pause,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/** Comments and notifications over socket.io: only after commit, only to those who may see them. */
describe('comments and notifications, live', () => {
  let app: TestApp;
  let owner: DataSource;
  let caseId: string;
  let tokenA: string;
  let tokenB: string;
  let tokenC: string;
  const sockets: TestSocket[] = [];

  const open = async (token: string) => {
    const socket = await connectSocket(app.url, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await createTestApp();
    owner = await ownerDataSource();
    const agencyA = await createAgency(owner, 'Live A');
    const agencyB = await createAgency(owner, 'Live B');
    const agencyC = await createAgency(owner, 'Live C');
    caseId = (
      await createCase(owner, agencyA, [
        [agencyA, 'lead'],
        [agencyB, 'collaborator'],
      ])
    ).id;
    const a = await createUser(owner, [[agencyA, 'petugas']], { label: 'live-a' });
    const b = await createUser(owner, [[agencyB, 'petugas']], { label: 'live-b' });
    const c = await createUser(owner, [[agencyC, 'admin']], { label: 'live-c' });
    tokenA = (await signIn(app.url, a.email)).accessToken;
    tokenB = (await signIn(app.url, b.email)).accessToken;
    tokenC = (await signIn(app.url, c.email)).accessToken;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await owner.destroy();
    await app.close();
  });

  it("delivers agency A's comment to agency B's officer in the case room, never to an unrelated user", async () => {
    const b = await open(tokenB);
    const c = await open(tokenC);
    const seenByB: CaseEventMessage[] = [];
    const seenByC: CaseEventMessage[] = [];
    b.on(SOCKET_EVENTS.caseEvent, (m) => seenByB.push(m));
    c.on(SOCKET_EVENTS.caseEvent, (m) => seenByC.push(m));
    await joinCaseOk(b, caseId);
    const refused = await joinCase(c, caseId);
    expect('error' in refused).toBe(true);

    const created = await request(app.url)
      .post(`/api/cases/${caseId}/comments`)
      .set(bearer(tokenA))
      .send({
        visibility: 'internal',
        body: 'Tim A sudah di lokasi, mohon @Uji Live B siapkan alat.',
      })
      .expect(201);
    const { comment } = created.body as CreateCommentResponse;
    await waitFor(
      () => seenByB.some((m) => m.event.type === 'comment.created'),
      'comment.created at B',
    );
    const message = seenByB.find((m) => m.event.type === 'comment.created') as CaseEventMessage;
    expect(message.caseId).toBe(caseId);
    expect(message.event.seq).toBe(comment.seq);
    expect(message.event.after as unknown as CommentView).toEqual(comment);
    await pause(300);
    expect(seenByC).toEqual([]);
  });

  it('sends a mention to every tab of the person and marks it read across tabs', async () => {
    const tab1 = await open(tokenB);
    const tab2 = await open(tokenB);
    const outsider = await open(tokenC);
    const arrived: NotificationView[] = [];
    const read: NotificationReadMessage[] = [];
    const leaked: unknown[] = [];
    tab1.on(SOCKET_EVENTS.notificationNew, (n) => arrived.push(n));
    tab2.on(SOCKET_EVENTS.notificationRead, (m) => read.push(m));
    outsider.on(SOCKET_EVENTS.notificationNew, (n) => leaked.push(n));

    await request(app.url)
      .post(`/api/cases/${caseId}/comments`)
      .set(bearer(tokenA))
      .send({ visibility: 'internal', body: '@Pengguna live-b tolong dicek' })
      .expect(201);
    await waitFor(() => arrived.some((n) => n.kind === 'mention'), 'notification:new');
    const mention = arrived.find((n) => n.kind === 'mention') as NotificationView;
    expect(mention).toMatchObject({ caseId, body: '@Pengguna live-b tolong dicek', readAt: null });

    await request(app.url)
      .post('/api/notifications/read')
      .set(bearer(tokenB))
      .send({ ids: [mention.id] })
      .expect(200);
    await waitFor(() => read.length > 0, 'notification:read on the other tab');
    const page = await request(app.url).get('/api/notifications').set(bearer(tokenB)).expect(200);
    expect(read[0]).toEqual({ ids: [mention.id], unreadCount: page.body.unreadCount });
    expect(leaked).toEqual([]);
  });
});
