import { TestBed } from '@angular/core/testing';
import { SOCKET_EVENTS, type InboxItem } from '@simpul/contracts';
import { FakeSocket } from '../../../testing/fake-socket';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import {
  INBOX_REFRESH_INTERVAL_MS,
  INBOX_REFRESH_MS,
  InboxLiveUpdates,
  mergeRefreshedPage,
} from './inbox-live-updates';

const item = (id: string, title = id) => ({ id, title }) as InboxItem;

describe('inbox live updates', () => {
  it('replaces the list when only the first page is shown', () => {
    const merged = mergeRefreshedPage([item('a'), item('b')], [item('c'), item('a', 'A2')], true);
    expect(merged.map((i) => i.title)).toEqual(['c', 'A2']);
  });

  it('with more pages shown updates rows in place and puts new cases on top', () => {
    const shown = [item('a'), item('b'), item('c')];
    const merged = mergeRefreshedPage(shown, [item('n'), item('b', 'B2')], false);
    expect(merged.map((i) => i.title)).toEqual(['n', 'a', 'B2', 'c']);
  });

  it('highlights changed cases and asks for one refresh per burst', async () => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    TestBed.configureTestingModule({
      providers: [...webTestProviders(), InboxLiveUpdates],
    });
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    const live = TestBed.inject(InboxLiveUpdates);
    let refreshes = 0;
    live.refresh$.subscribe(() => refreshes++);
    TestBed.tick();
    const socket = FakeSocket.latest();
    for (const caseId of ['case-1', 'case-2', 'case-1']) {
      socket.serverEmit(SOCKET_EVENTS.inboxCaseChanged, { caseId, seq: 4, type: 'case.updated' });
    }
    expect([...live.updatedIds()].sort()).toEqual(['case-1', 'case-2']);
    await new Promise((resolve) => setTimeout(resolve, INBOX_REFRESH_MS + 100));
    expect(refreshes).toBe(1);
    clearDeviceStorage();
  });

  it('refreshes a steady stream of changes every few seconds: never starved, never every second', () => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-30T01:00:00Z'));
    try {
      TestBed.configureTestingModule({
        providers: [...webTestProviders(), InboxLiveUpdates],
      });
      signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
      const live = TestBed.inject(InboxLiveUpdates);
      const at: number[] = [];
      live.refresh$.subscribe(() => at.push(Date.now()));
      TestBed.tick();
      const socket = FakeSocket.latest();
      const start = Date.now();
      // A change every half second for 20 seconds.
      for (let i = 0; i < 40; i++) {
        socket.serverEmit(SOCKET_EVENTS.inboxCaseChanged, { caseId: `c${i}`, seq: 1, type: 'x' });
        jasmine.clock().tick(500);
      }
      const offsets = at.map((t) => t - start);
      expect(offsets[0]).toBe(INBOX_REFRESH_MS);
      expect(offsets.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < offsets.length; i++)
        expect(offsets[i] - offsets[i - 1]).toBeGreaterThanOrEqual(INBOX_REFRESH_INTERVAL_MS);
    } finally {
      jasmine.clock().uninstall();
      clearDeviceStorage();
    }
  });
});
