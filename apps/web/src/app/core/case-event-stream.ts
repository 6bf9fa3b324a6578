import type { CaseEvent } from '@simpul/contracts';

/** What the caller must do after feeding the stream. */
export interface StreamStep {
  /** Events to apply now, in sequence order, each exactly once. */
  apply: CaseEvent[];
  /** Fetch `GET /cases/:id/events?afterSeq=` with this value, then pass the result to `caughtUp`. */
  fetchAfter: number | null;
}

const NOTHING: StreamStep = { apply: [], fetchAfter: null };

/**
 * One open case's event log as this tab has applied it: gap-free and without duplicates,
 * whatever the socket delivers. Socket events, join replies and catch-up pages all go through
 * here; the stream says what to apply and when to ask the API for what is missing. Pure: no
 * timers, no I/O, so the rules can be tested on their own.
 */
export class CaseEventStream {
  /** The last sequence number applied; null until the first join says where the log stands. */
  private last: number | null;
  /** Events that arrived ahead of a gap, kept until the gap is filled. */
  private readonly ahead = new Map<number, CaseEvent>();
  private syncing = false;

  constructor(lastSeq: number | null = null) {
    this.last = lastSeq;
  }

  get lastSeq(): number | null {
    return this.last;
  }

  /** A catch-up request is out; further gaps wait for its answer instead of asking again. */
  get isSyncing(): boolean {
    return this.syncing;
  }

  /**
   * The room was (re)joined and the server's log ends at `headSeq`. The first join only sets the
   * starting point (what came before is the page's own load); a later one asks for what was
   * missed while the socket was away.
   */
  joined(headSeq: number): StreamStep {
    if (this.last === null) {
      this.last = headSeq;
      for (const seq of this.ahead.keys()) if (seq <= headSeq) this.ahead.delete(seq);
      return this.settle();
    }
    if (headSeq > this.last || this.ahead.size > 0) {
      return { apply: [], fetchAfter: this.startSync() };
    }
    return NOTHING;
  }

  /** One event from the socket. */
  receive(event: CaseEvent): StreamStep {
    if (this.last === null) {
      // Not joined yet: keep it; the join reply decides whether it is new.
      this.ahead.set(event.seq, event);
      return NOTHING;
    }
    if (event.seq <= this.last || this.ahead.has(event.seq)) return NOTHING;
    this.ahead.set(event.seq, event);
    return this.settle();
  }

  /** The answer to a catch-up request: the events after the `fetchAfter` that was asked for. */
  caughtUp(events: readonly CaseEvent[]): StreamStep {
    this.syncing = false;
    if (this.last === null) return NOTHING;
    for (const event of events) {
      if (event.seq > this.last) this.ahead.set(event.seq, event);
    }
    return this.settle();
  }

  /** The catch-up request failed; the next join or gap asks again. */
  syncFailed(): void {
    this.syncing = false;
  }

  /** Applies whatever now follows without a gap; asks for the rest when something is missing. */
  private settle(): StreamStep {
    const apply: CaseEvent[] = [];
    if (this.last === null) return NOTHING;
    let next = this.ahead.get(this.last + 1);
    while (next) {
      apply.push(next);
      this.ahead.delete(next.seq);
      this.last = next.seq;
      next = this.ahead.get(this.last + 1);
    }
    const fetchAfter = this.ahead.size > 0 ? this.startSync() : null;
    return { apply, fetchAfter };
  }

  private startSync(): number | null {
    if (this.syncing || this.last === null) return null;
    this.syncing = true;
    return this.last;
  }
}
