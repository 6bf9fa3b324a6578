import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type CaseEventMessage,
  type InboxCaseChangedMessage,
  type PresenceStateMessage,
  type SocketError,
} from '@simpul/contracts';
import {
  afterValues,
  bearer,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import {
  CaseTimelineClient,
  caseVersion,
  connectSocket,
  joinCase,
  joinCaseOk,
  patchTitle,
  pause,
  waitFor,
  type TestSocket,
} from './support/realtime';
import { Outbox } from '../src/app/outbox/outbox';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('live case rooms (outbox relay, access policy, presence)', () => {
  let app: TestApp;
  let owner: DataSource;
  let agencyA: string;
  let agencyB: string;
  let parentOfB: string;
  let tokenA: string;
  let tokenB: string;
  let tokenC: string;
  let tokenBoss: string;
  let bossId: string;
  let userB: { id: string; email: string };
  const sockets: TestSocket[] = [];

  const open = async (token: string, agencyId?: string) => {
    const socket = await connectSocket(app.url, token, agencyId);
    sockets.push(socket);
    return socket;
  };
  const newCase = async () =>
    (
      await createCase(owner, agencyA, [
        [agencyA, 'lead'],
        [agencyB, 'collaborator'],
      ])
    ).id;

  beforeAll(async () => {
    app = await createTestApp();
    owner = await ownerDataSource();
    parentOfB = await createAgency(owner, 'Induk');
    agencyA = await createAgency(owner, 'Dinas A');
    agencyB = await createAgency(owner, 'UPT B', { parentId: parentOfB });
    const agencyC = await createAgency(owner, 'Lain C');
    const a = await createUser(owner, [[agencyA, 'petugas']], { label: 'petugas-a' });
    userB = await createUser(owner, [[agencyB, 'petugas']], { label: 'petugas-b' });
    const c = await createUser(owner, [[agencyC, 'petugas']], { label: 'petugas-c' });
    const boss = await createUser(owner, [[parentOfB, 'pimpinan']], { label: 'pimpinan' });
    bossId = boss.id;
    tokenA = (await signIn(app.url, a.email)).accessToken;
    tokenB = (await signIn(app.url, userB.email)).accessToken;
    tokenC = (await signIn(app.url, c.email)).accessToken;
    tokenBoss = (await signIn(app.url, boss.email)).accessToken;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await owner.destroy();
    await app.close();
  });

  it("relays agency A's change to agency B's officer in the room, never to an unrelated agency", async () => {
    const caseId = await newCase();
    const b = await open(tokenB);
    // B's other tab shows the inbox, not this case.
    const bInbox = await open(tokenB);
    const c = await open(tokenC);
    const seenByB: CaseEventMessage[] = [];
    const inboxInRoom: InboxCaseChangedMessage[] = [];
    const inboxB: InboxCaseChangedMessage[] = [];
    const seenByC: unknown[] = [];
    b.on(SOCKET_EVENTS.caseEvent, (m) => seenByB.push(m));
    b.on(SOCKET_EVENTS.inboxCaseChanged, (m) => inboxInRoom.push(m));
    bInbox.on(SOCKET_EVENTS.inboxCaseChanged, (m) => inboxB.push(m));
    c.on(SOCKET_EVENTS.caseEvent, (m) => seenByC.push(m));
    c.on(SOCKET_EVENTS.inboxCaseChanged, (m) => seenByC.push(m));

    const joined = await joinCaseOk(b, caseId);
    expect(joined).toEqual({ caseId, lastSeq: 0 });
    // The unrelated agency is refused like REST refuses it: not found, nothing revealed.
    const refused = (await joinCase(c, caseId)) as SocketError;
    expect(refused.error.code).toBe('NOT_FOUND');
    expect(refused.error.message.id).toContain('tidak ditemukan');

    const version = await caseVersion(app.url, tokenA, caseId);
    await patchTitle(app.url, tokenA, caseId, version, 'Jalan berlubang di Jl. Ijen');
    await waitFor(() => seenByB.length === 1 && inboxB.length === 1, "B's live event");
    expect(seenByB[0]).toEqual({
      caseId,
      event: expect.objectContaining({
        seq: 1,
        type: 'case.updated',
        actorName: 'Pengguna petugas-a',
        actorAgencyId: agencyA,
        after: expect.objectContaining({ title: 'Jalan berlubang di Jl. Ijen' }),
      }),
    });
    // The broadcast is the same event the catch-up endpoint returns.
    const timeline = await request(app.url)
      .get(`/api/cases/${caseId}/events?afterSeq=0`)
      .set(bearer(tokenB))
      .expect(200);
    expect(timeline.body).toEqual([seenByB[0].event]);
    expect(inboxB[0]).toEqual({ caseId, seq: 1, type: 'case.updated' });
    await pause(700);
    expect(seenByC).toEqual([]);
    // The socket in the room holds the whole event; it gets no second, inbox-only frame.
    expect(inboxInRoom).toEqual([]);
  });

  it("tells the inboxes of participants and of ancestors' pimpinan, not the ancestors' petugas", async () => {
    const caseId = await newCase();
    const parentClerk = await createUser(owner, [[parentOfB, 'petugas']], { label: 'staf-induk' });
    const clerk = await open((await signIn(app.url, parentClerk.email)).accessToken);
    const boss = await open(tokenBoss);
    const b = await open(tokenB);
    const seen = { clerk: [] as string[], boss: [] as string[], b: [] as string[] };
    clerk.on(SOCKET_EVENTS.inboxCaseChanged, (m) => seen.clerk.push(m.caseId));
    boss.on(SOCKET_EVENTS.inboxCaseChanged, (m) => seen.boss.push(m.caseId));
    b.on(SOCKET_EVENTS.inboxCaseChanged, (m) => seen.b.push(m.caseId));
    const version = await caseVersion(app.url, tokenA, caseId);
    await patchTitle(app.url, tokenA, caseId, version, 'Perubahan untuk kotak masuk');
    await waitFor(() => seen.boss.length === 1 && seen.b.length === 1, 'inbox updates');
    await pause(500);
    expect(seen).toEqual({ clerk: [], boss: [caseId], b: [caseId] });
  });

  it('sends outbox messages to every tab of the recipient only after commit', async () => {
    const outbox = app.app.get(Outbox);
    const tab1 = await open(tokenB);
    const tab2 = await open(tokenB);
    const other = await open(tokenA);
    const got = { tab1: [] as unknown[], tab2: [] as unknown[], other: [] as unknown[] };
    tab1.on(SOCKET_EVENTS.notificationRead, (m) => got.tab1.push(m));
    tab2.on(SOCKET_EVENTS.notificationRead, (m) => got.tab2.push(m));
    other.on(SOCKET_EVENTS.notificationRead, (m) => got.other.push(m));
    const message = { ids: 'all' as const, unreadCount: 0 };
    // A rolled-back transaction sends nothing.
    await app.dataSource
      .transaction(async (manager) => {
        await outbox.publish(manager, {
          channel: 'user',
          target: userB.id,
          event: SOCKET_EVENTS.notificationRead,
          payload: { ids: ['rolled-back'], unreadCount: 9 },
        });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await app.dataSource.transaction((manager) =>
      outbox.publish(manager, {
        channel: 'user',
        target: userB.id,
        event: SOCKET_EVENTS.notificationRead,
        payload: message,
      }),
    );
    await waitFor(() => got.tab1.length === 1 && got.tab2.length === 1, 'both tabs');
    await pause(500);
    expect(got).toEqual({ tab1: [message], tab2: [message], other: [] });
    // The application role may add to the outbox but never read it.
    await expect(app.dataSource.query('SELECT * FROM outbox')).rejects.toThrow(/permission/);
  });

  it('names the wrong field of an invalid payload, in both languages', async () => {
    const socket = await open(tokenB);
    const cases: [unknown, string][] = [
      [{}, 'caseId'],
      [{ caseId: 'kasus-1' }, 'caseId'],
      [{ caseId: '6d1f4f5e-0000-4000-8000-000000000000', admin: true }, 'admin'],
    ];
    for (const [payload, field] of cases) {
      const reply = (await socket
        .timeout(5000)
        .emitWithAck(SOCKET_EVENTS.caseJoin, payload as never)) as SocketError;
      expect(reply.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    const uuid = (await socket
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.caseJoin, { caseId: 'x' } as never)) as SocketError;
    expect(uuid.error.message).toEqual({
      id: expect.stringContaining('caseId harus UUID'),
      en: expect.stringContaining('caseId must be a valid UUID'),
    });
    const notObject = (await socket
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.caseJoin, 'abc' as never)) as SocketError;
    expect(notObject.error.field).toBe('payload');
    const typing = (await socket.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceTyping, {
      caseId: '6d1f4f5e-0000-4000-8000-000000000000',
      typing: 'ya',
    } as never)) as SocketError;
    expect(typing.error.field).toBe('typing');
    const lock = (await socket.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceFieldLock, {
      caseId: '6d1f4f5e-0000-4000-8000-000000000000',
      field: 'title; DROP',
    })) as SocketError;
    expect(lock.error.field).toBe('field');
  });

  it('delivers exactly the 50 events missed while disconnected, in order, then live ones', async () => {
    const caseId = await newCase();
    let b = await open(tokenB);
    const client = new CaseTimelineClient(() => app.url, tokenB, caseId);
    client.attach(b);
    await joinCaseOk(b, caseId);
    let version = await caseVersion(app.url, tokenA, caseId);
    for (let i = 1; i <= 3; i++)
      version = (await patchTitle(app.url, tokenA, caseId, version, `Judul ke-${i} uji`)).version;
    await waitFor(() => client.lastSeq === 3, 'first live events');

    b.disconnect();
    for (let i = 4; i <= 53; i++)
      version = (await patchTitle(app.url, tokenA, caseId, version, `Judul ke-${i} uji`)).version;

    b = await open(tokenB);
    client.attach(b);
    const rejoined = await joinCaseOk(b, caseId);
    expect(rejoined.lastSeq).toBe(53);
    await client.resync();
    expect(client.repaired).toEqual(Array.from({ length: 50 }, (_, i) => i + 4));

    for (let i = 54; i <= 56; i++)
      version = (await patchTitle(app.url, tokenA, caseId, version, `Judul ke-${i} uji`)).version;
    await waitFor(() => client.lastSeq === 56, 'live events after rejoining');
    await pause(300);
    expect(client.applied.map((e) => e.seq)).toEqual(Array.from({ length: 56 }, (_, i) => i + 1));
    // Nothing sent twice on the live stream either.
    expect(new Set(client.live).size).toBe(client.live.length);
    expect(client.applied.slice(3, 53).map((e) => afterValues(e)['title'])).toEqual(
      Array.from({ length: 50 }, (_, i) => `Judul ke-${i + 4} uji`),
    );
  });

  it('removes a socket from the room when its agency stops taking part', async () => {
    const caseId = await newCase();
    const b = await open(tokenB);
    const events: number[] = [];
    const revoked: string[] = [];
    b.on(SOCKET_EVENTS.caseEvent, (m) => events.push(m.event.seq));
    b.on(SOCKET_EVENTS.caseAccessRevoked, (m) => revoked.push(m.caseId));
    await joinCaseOk(b, caseId);

    await owner.query(`DELETE FROM case_participant WHERE case_id = $1 AND agency_id = $2`, [
      caseId,
      agencyB,
    ]);
    await waitFor(() => revoked.length === 1, 'case:access_revoked', 8_000);
    expect(revoked).toEqual([caseId]);
    const version = await caseVersion(app.url, tokenA, caseId);
    await patchTitle(app.url, tokenA, caseId, version, 'Setelah dicabut');
    await pause(800);
    expect(events).toEqual([]);
    // And it cannot simply join again.
    expect(((await joinCase(b, caseId)) as SocketError).error.code).toBe('NOT_FOUND');
  });

  it("removes an ancestor's pimpinan from the room when demoted, and drops deactivated users", async () => {
    const caseId = await newCase();
    const boss = await open(tokenBoss);
    const revoked: string[] = [];
    boss.on(SOCKET_EVENTS.caseAccessRevoked, (m) => revoked.push(m.caseId));
    await joinCaseOk(boss, caseId);
    await owner.query(`UPDATE membership SET role = 'petugas' WHERE user_id = $1`, [bossId]);
    await waitFor(() => revoked.length === 1, 'revocation after demotion', 8_000);
    await owner.query(`UPDATE membership SET role = 'pimpinan' WHERE user_id = $1`, [bossId]);

    const b = await open(tokenB);
    await joinCaseOk(b, caseId);
    const disconnected = new Promise((resolve) => b.once('disconnect', resolve));
    await owner.query(`UPDATE app_user SET active = false WHERE id = $1`, [userB.id]);
    await disconnected;
    await owner.query(`UPDATE app_user SET active = true WHERE id = $1`, [userB.id]);
  });

  it('shows who is in the case, who types and who edits which field, with take-over', async () => {
    const caseId = await newCase();
    const a = await open(tokenA);
    const b = await open(tokenB);
    const statesB: PresenceStateMessage[] = [];
    b.on(SOCKET_EVENTS.presenceState, (m) => statesB.push(m));
    await joinCaseOk(b, caseId);
    await joinCaseOk(a, caseId);
    const latest = () => statesB[statesB.length - 1];
    const memberA = () => latest()?.members.find((m) => m.agencyId === agencyA);
    await waitFor(() => latest()?.members.length === 2, 'two members');
    expect(memberA()).toEqual({
      userId: expect.any(String),
      name: 'Pengguna petugas-a',
      agencyId: agencyA,
      agencyName: expect.stringContaining('Uji Dinas A'),
      typing: false,
      editingField: null,
      idle: false,
    });

    await a.timeout(5000).emitWithAck(SOCKET_EVENTS.presenceTyping, { caseId, typing: true });
    await waitFor(() => memberA()?.typing === true, 'typing shown');
    // Typing clears by itself after a few seconds without a new signal.
    await waitFor(() => memberA()?.typing === false, 'typing cleared', 9_000);

    expect(
      await a
        .timeout(5000)
        .emitWithAck(SOCKET_EVENTS.presenceFieldLock, { caseId, field: 'title' }),
    ).toEqual({ ok: true });
    await waitFor(() => memberA()?.editingField === 'title', 'field lock shown');
    const refused = (await b
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.presenceFieldLock, { caseId, field: 'title' })) as SocketError;
    expect(refused.error.code).toBe('FIELD_LOCKED');
    expect(refused.error.message.id).toContain('Pengguna petugas-a');
    expect(
      await b
        .timeout(5000)
        .emitWithAck(SOCKET_EVENTS.presenceFieldLock, { caseId, field: 'title', takeOver: true }),
    ).toEqual({ ok: true });
    const memberB = () => latest()?.members.find((m) => m.agencyId === agencyB);
    await waitFor(
      () => memberB()?.editingField === 'title' && memberA()?.editingField === null,
      'take-over shown',
    );

    // Presence signals need the room first.
    const outsider = (await (
      await open(tokenC)
    )
      .timeout(5000)
      .emitWithAck(SOCKET_EVENTS.presenceActive, { caseId })) as SocketError;
    expect(outsider.error.code).toBe('NOT_IN_CASE_ROOM');

    await a.timeout(5000).emitWithAck(SOCKET_EVENTS.caseLeave, { caseId });
    await waitFor(() => latest()?.members.length === 1, 'A left');
    a.disconnect();
    b.disconnect();
  });
});
