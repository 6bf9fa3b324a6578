import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SOCKET_EVENTS, type CaseEvent, type SocketError } from '@simpul/contracts';
import { FakeSocket } from '../testing/fake-socket';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testSession,
  testUser,
  webTestProviders,
} from '../testing/web-test-providers';
import { RealtimeService } from './realtime.service';

function event(seq: number): CaseEvent {
  return {
    seq,
    at: '2026-11-28T01:00:00.000Z',
    type: 'case.updated',
    actorUserId: 'user-2',
    actorName: 'Budi',
    actorAgencyId: 'agency-upt-malang',
    before: { title: 'Jalan berlubang' },
    after: { title: `Jalan berlubang ${seq}` },
  };
}

describe('RealtimeService', () => {
  let http: HttpTestingController;
  let realtime: RealtimeService;

  beforeEach(() => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    TestBed.configureTestingModule({ providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    realtime = TestBed.inject(RealtimeService);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  const isCatchUp = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/events';

  function connectedSocket(): FakeSocket {
    TestBed.tick();
    const socket = FakeSocket.latest();
    socket.serverConnect();
    return socket;
  }

  it('connects only when signed in, with the access token and the acting agency', () => {
    TestBed.tick();
    expect(FakeSocket.created.length).toBe(0);
    expect(realtime.state()).toBe('idle');

    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }), 'token-1');
    TestBed.tick();
    const socket = FakeSocket.latest();
    expect(socket.active).toBeTrue();
    expect(socket.handshake()).toEqual({ token: 'token-1', agencyId: UPT_MALANG_OFFICER.agencyId });
    expect(realtime.state()).toBe('connecting');
    socket.serverConnect();
    expect(realtime.state()).toBe('connected');
    socket.serverDisconnect();
    expect(realtime.state()).toBe('disconnected');
  });

  it('opens a new connection for the new agency when the user switches', () => {
    const auth = signInAs(testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] }));
    const first = connectedSocket();
    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    TestBed.tick();
    const second = FakeSocket.latest();
    expect(second).not.toBe(first);
    expect(first.active).toBeFalse();
    expect(second.handshake()['agencyId']).toBe(UPT_MALANG_OFFICER.agencyId);
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('keeps the socket across a token refresh; the next handshake carries the new token', () => {
    const user = testUser({ memberships: [UPT_MALANG_OFFICER] });
    const auth = signInAs(user, 'token-1');
    const socket = connectedSocket();
    auth.refresh().subscribe();
    http.expectOne('/api/auth/refresh').flush(testSession(user, 'token-2'));
    TestBed.tick();
    expect(FakeSocket.latest()).toBe(socket);
    expect(socket.active).toBeTrue();
    expect(socket.handshake()['token']).toBe('token-2');
  });

  it("counts a case event as the inbox's change note (the server sends no second frame to the room)", () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const changed: unknown[] = [];
    realtime.inboxCaseChanged$.subscribe((m) => changed.push(m));
    socket.serverEmit(SOCKET_EVENTS.caseEvent, { caseId: 'case-42', event: event(6) });
    socket.serverEmit(SOCKET_EVENTS.inboxCaseChanged, {
      caseId: 'case-7',
      seq: 2,
      type: 'comment.created',
    });
    expect(changed).toEqual([
      { caseId: 'case-42', seq: 6, type: 'case.updated' },
      { caseId: 'case-7', seq: 2, type: 'comment.created' },
    ]);
  });

  it('applies events in order, drops duplicates and fetches a gap from the API', async () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const watch = realtime.watchCase('case-42');
    const applied: number[] = [];
    watch.events$.subscribe((e) => applied.push(e.seq));

    expect(socket.sent.map((m) => m.event)).toContain(SOCKET_EVENTS.caseJoin);
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 5 });
    expect(watch.head()).toBe(5);

    socket.serverEmit(SOCKET_EVENTS.caseEvent, { caseId: 'case-42', event: event(6) });
    socket.serverEmit(SOCKET_EVENTS.caseEvent, { caseId: 'case-42', event: event(6) });
    socket.serverEmit(SOCKET_EVENTS.caseEvent, { caseId: 'other-case', event: event(7) });
    expect(applied).toEqual([6]);

    // 7 and 8 were lost on the way: 9 reveals the gap, the API fills it.
    socket.serverEmit(SOCKET_EVENTS.caseEvent, { caseId: 'case-42', event: event(9) });
    expect(applied).toEqual([6]);
    const catchUp = http.expectOne(isCatchUp);
    expect(catchUp.request.params.get('afterSeq')).toBe('6');
    catchUp.flush([event(7), event(8), event(9)]);
    await settle();
    expect(applied).toEqual([6, 7, 8, 9]);
    expect(watch.head()).toBe(9);
    watch.release();
    expect(socket.sent.map((m) => m.event)).toContain(SOCKET_EVENTS.caseLeave);
  });

  it('after a reconnect rejoins the room and catches up on what it missed', async () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const watch = realtime.watchCase('case-42');
    const applied: number[] = [];
    watch.events$.subscribe((e) => applied.push(e.seq));
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 2 });

    socket.serverDisconnect();
    socket.sent.length = 0;
    socket.serverConnect();
    expect(socket.sent.map((m) => m.event)).toEqual([SOCKET_EVENTS.caseJoin]);
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 4 });
    const catchUp = http.expectOne(isCatchUp);
    expect(catchUp.request.params.get('afterSeq')).toBe('2');
    catchUp.flush([event(3), event(4)]);
    await settle();
    expect(applied).toEqual([3, 4]);
  });

  it('catches up every open case and reloads lists when the server asks for a resync', async () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const watch = realtime.watchCase('case-42');
    const applied: number[] = [];
    watch.events$.subscribe((e) => applied.push(e.seq));
    let reloads = 0;
    realtime.connected$.subscribe(() => reloads++);
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 2 });

    // Events 3 and 4 were lost between the API's processes; no later event shows the gap.
    socket.sent.length = 0;
    socket.serverEmit(SOCKET_EVENTS.realtimeResync, { reason: 'adapter_outage' });
    expect(reloads).toBe(1);
    expect(socket.sent.map((m) => m.event)).toEqual([SOCKET_EVENTS.caseJoin]);
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 4 });
    const catchUp = http.expectOne(isCatchUp);
    expect(catchUp.request.params.get('afterSeq')).toBe('2');
    catchUp.flush([event(3), event(4)]);
    await settle();
    expect(applied).toEqual([3, 4]);
    expect(realtime.state()).toBe('connected');
    watch.release();
  });

  it('asks again after a rate-limited join instead of showing the case as refused', async () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const watch = realtime.watchCase('case-42');
    socket.ack(SOCKET_EVENTS.caseJoin, {
      error: { code: 'RATE_LIMITED', message: { id: 'Terlalu banyak', en: 'Too many' } },
    } satisfies SocketError);
    expect(watch.accessRevoked()).toBeFalse();
    socket.sent.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect(socket.sent.map((m) => m.event)).toEqual([SOCKET_EVENTS.caseJoin]);
    socket.ack(SOCKET_EVENTS.caseJoin, { caseId: 'case-42', lastSeq: 0 });
    expect(watch.head()).toBe(0);
    watch.release();
  });

  it('sends typing and field locks only for joined cases', () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    realtime.setTyping('case-42', true);
    expect(socket.sent).toEqual([]);
    const watch = realtime.watchCase('case-42');
    realtime.setTyping('case-42', true);
    realtime.lockField('case-42', 'title', true);
    expect(socket.sent.slice(1).map((m) => [m.event, m.payload])).toEqual([
      [SOCKET_EVENTS.presenceTyping, { caseId: 'case-42', typing: true }],
      [SOCKET_EVENTS.presenceFieldLock, { caseId: 'case-42', field: 'title', takeOver: true }],
    ]);
    watch.release();
  });

  it("shows who else is in the room, without the user's own other tabs", () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const socket = connectedSocket();
    const watch = realtime.watchCase('case-42');
    const budi = {
      userId: 'user-2',
      name: 'Budi',
      agencyId: 'agency-dpu',
      agencyName: 'DPU BM Jatim',
      typing: true,
      editingField: null,
      idle: false,
    };
    socket.serverEmit(SOCKET_EVENTS.presenceState, {
      caseId: 'case-42',
      members: [budi, { ...budi, userId: 'user-1', name: 'Sari' }],
    });
    expect(watch.presence()).toEqual([budi]);
    socket.serverDisconnect();
    expect(watch.presence()).toEqual([]);
    watch.release();
  });
});
