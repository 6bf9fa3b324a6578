/** How long the relay waits for the adapter to take what it emitted before counting it as lost. */
export const PUBLISH_ACCEPT_TIMEOUT_MS = 3_000;

/**
 * What the socket.io adapter handed to Redis for the other API processes, and whether Redis took
 * it. The Redis Streams adapter broadcasts without reporting a failed `XADD` (it logs it at debug
 * level and still delivers to this process's sockets), so without this a Redis outage drops live
 * events for every other process silently. The outbox relay marks the ledger before emitting a
 * batch and commits its claim only when everything published since was accepted.
 */
export class PublishLedger {
  private next = 0;
  private lastFailed = -1;
  private readonly pending = new Map<number, Promise<void>>();

  /** Records one publish; returns it unchanged (the adapter still handles its result). */
  track<T>(publish: Promise<T>): Promise<T> {
    const id = this.next++;
    const settled = publish
      .then(
        () => undefined,
        () => {
          this.lastFailed = Math.max(this.lastFailed, id);
        },
      )
      .finally(() => this.pending.delete(id));
    this.pending.set(id, settled);
    return publish;
  }

  /** A point in the ledger: {@link acceptedSince} judges the publishes started after it. */
  mark(): number {
    return this.next;
  }

  /**
   * Waits for every publish started since `mark` and tells whether all were accepted; one that
   * failed, or did not answer within `timeoutMs`, makes it false. (It may still arrive later:
   * delivery is at least once, receivers drop duplicates.)
   */
  async acceptedSince(mark: number, timeoutMs = PUBLISH_ACCEPT_TIMEOUT_MS): Promise<boolean> {
    const waiting = [...this.pending].filter(([id]) => id >= mark).map(([, settled]) => settled);
    if (waiting.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const answered = await Promise.race([
        Promise.all(waiting).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!answered) return false;
    }
    return this.lastFailed < mark;
  }
}

const ledgers = new WeakMap<object, PublishLedger>();

/** Called by the adapter factory for each namespace adapter it creates. */
export function registerPublishes(adapter: object, ledger: PublishLedger): void {
  ledgers.set(adapter, ledger);
}

/**
 * The ledger of a server's main namespace; null with the in-memory adapter (one process, nothing
 * published anywhere else).
 */
export function adapterPublishes(server: { sockets?: { adapter?: object } }): PublishLedger | null {
  const adapter = server.sockets?.adapter;
  return (adapter && ledgers.get(adapter)) ?? null;
}
