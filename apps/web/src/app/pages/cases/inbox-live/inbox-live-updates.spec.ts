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
import { INBOX_REFRESH_MS, InboxLiveUpdates, mergeRefreshedPage } from './inbox-live-updates';

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

    // Changes that never pause still refresh the list while they go on.
    refreshes = 0;
    for (let i = 0; i < 10; i++) {
      socket.serverEmit(SOCKET_EVENTS.inboxCaseChanged, { caseId: `c${i}`, seq: 1, type: 'x' });
      await new Promise((resolve) => setTimeout(resolve, INBOX_REFRESH_MS / 4));
    }
    expect(refreshes).toBeGreaterThanOrEqual(2);
    clearDeviceStorage();
  });
});
