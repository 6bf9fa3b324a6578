import type { CaseEvent } from '@simpul/contracts';
import { CaseEventStream } from './case-event-stream';

function event(seq: number): CaseEvent {
  return {
    seq,
    at: new Date(Date.UTC(2026, 10, 28, 1, 0, seq)).toISOString(),
    type: 'case.updated',
    actorUserId: 'user-2',
    actorName: 'Budi',
    actorAgencyId: 'agency-upt-malang',
    before: { title: 'Jalan berlubang' },
    after: { title: `Jalan berlubang ${seq}` },
  };
}

const seqs = (events: CaseEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => event(from + i));

describe('CaseEventStream', () => {
  it('starts where the first join says the log stands, without fetching the past', () => {
    const stream = new CaseEventStream();
    expect(stream.joined(7)).toEqual({ apply: [], fetchAfter: null });
    expect(stream.lastSeq).toBe(7);
    expect(seqs(stream.receive(event(8)).apply)).toEqual([8]);
    expect(stream.lastSeq).toBe(8);
  });

  it('keeps events that arrive before the join reply and applies only the newer ones', () => {
    const stream = new CaseEventStream();
    expect(stream.receive(event(5)).apply).toEqual([]);
    expect(stream.receive(event(6)).apply).toEqual([]);
    const step = stream.joined(5);
    expect(seqs(step.apply)).toEqual([6]);
    expect(step.fetchAfter).toBeNull();
  });

  it('drops duplicates: anything at or below the last applied sequence, and repeats ahead of a gap', () => {
    const stream = new CaseEventStream(3);
    expect(stream.receive(event(3)).apply).toEqual([]);
    expect(stream.receive(event(1)).apply).toEqual([]);
    expect(seqs(stream.receive(event(4)).apply)).toEqual([4]);
    expect(stream.receive(event(4))).toEqual({ apply: [], fetchAfter: null });

    expect(stream.receive(event(6)).fetchAfter).toBe(4);
    expect(stream.receive(event(6))).toEqual({ apply: [], fetchAfter: null });
    expect(stream.lastSeq).toBe(4);
  });

  it('asks for a gap once, holds what came after it, and applies everything in order when filled', () => {
    const stream = new CaseEventStream(10);
    const first = stream.receive(event(13));
    expect(first).toEqual({ apply: [], fetchAfter: 10 });
    expect(stream.isSyncing).toBeTrue();
    // A second gap while the first request is out does not ask again.
    expect(stream.receive(event(15))).toEqual({ apply: [], fetchAfter: null });

    // The catch-up page overlaps what the socket already delivered.
    const step = stream.caughtUp(range(11, 14));
    expect(seqs(step.apply)).toEqual([11, 12, 13, 14, 15]);
    expect(step.fetchAfter).toBeNull();
    expect(stream.isSyncing).toBeFalse();
    expect(stream.lastSeq).toBe(15);
  });

  it('asks again when the catch-up answer still leaves a hole', () => {
    const stream = new CaseEventStream(1);
    expect(stream.receive(event(5)).fetchAfter).toBe(1);
    const step = stream.caughtUp([event(2)]);
    expect(seqs(step.apply)).toEqual([2]);
    expect(step.fetchAfter).toBe(2);
    expect(seqs(stream.caughtUp([event(3), event(4)]).apply)).toEqual([3, 4, 5]);
  });

  it('after a reconnect fetches what was missed, exactly once each, in order', () => {
    const stream = new CaseEventStream();
    stream.joined(0);
    expect(seqs(stream.receive(event(1)).apply)).toEqual([1]);

    // 50 events happen while the socket is away; on rejoin the server is at 51.
    const rejoin = stream.joined(51);
    expect(rejoin).toEqual({ apply: [], fetchAfter: 1 });
    // Live events arriving during the fetch, some of them duplicated by the fetch itself.
    expect(stream.receive(event(51)).apply).toEqual([]);
    expect(stream.receive(event(52)).apply).toEqual([]);
    const applied = stream.caughtUp(range(2, 51)).apply;
    expect(seqs(applied)).toEqual(range(2, 52).map((e) => e.seq));
    expect(stream.lastSeq).toBe(52);
  });

  it('does not fetch on a rejoin when nothing was missed', () => {
    const stream = new CaseEventStream(4);
    expect(stream.joined(4)).toEqual({ apply: [], fetchAfter: null });
  });

  it('lets a later gap ask again after a failed catch-up', () => {
    const stream = new CaseEventStream(1);
    expect(stream.receive(event(3)).fetchAfter).toBe(1);
    stream.syncFailed();
    expect(stream.isSyncing).toBeFalse();
    expect(stream.joined(3).fetchAfter).toBe(1);
  });
});
