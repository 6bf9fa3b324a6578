import { PublishLedger, adapterPublishes, registerPublishes } from './publish-ledger';

/**
 * A publish whose outcome the test decides. `track` hands the publish back for the adapter to
 * handle; the tests here judge it through the ledger only, hence the `void` where it is accepted.
 */
function pending() {
  let accept!: () => void;
  let fail!: () => void;
  const promise = new Promise<string>((resolve, reject) => {
    accept = () => resolve('1-0');
    fail = () => reject(new Error('Connection is closed.'));
  });
  return { promise, accept, fail };
}

describe('PublishLedger', () => {
  it('is accepted when every publish since the mark was taken', async () => {
    const ledger = new PublishLedger();
    const mark = ledger.mark();
    const a = pending();
    const b = pending();
    void ledger.track(a.promise);
    void ledger.track(b.promise);
    const verdict = ledger.acceptedSince(mark);
    a.accept();
    b.accept();
    await expect(verdict).resolves.toBe(true);
  });

  it('is not accepted when one publish since the mark failed, even after it settled', async () => {
    const ledger = new PublishLedger();
    const mark = ledger.mark();
    const a = pending();
    ledger.track(a.promise).catch(() => undefined);
    a.fail();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(ledger.acceptedSince(mark)).resolves.toBe(false);
    // A later batch is judged on its own publishes.
    const next = ledger.mark();
    const b = pending();
    void ledger.track(b.promise);
    b.accept();
    await expect(ledger.acceptedSince(next)).resolves.toBe(true);
  });

  it('ignores a failure of a publish started before the mark', async () => {
    const ledger = new PublishLedger();
    const before = pending();
    ledger.track(before.promise).catch(() => undefined);
    const mark = ledger.mark();
    const after = pending();
    void ledger.track(after.promise);
    before.fail();
    after.accept();
    await expect(ledger.acceptedSince(mark)).resolves.toBe(true);
  });

  it('counts a publish that does not answer in time as not accepted', async () => {
    const ledger = new PublishLedger();
    const mark = ledger.mark();
    void ledger.track(pending().promise); // never settles
    await expect(ledger.acceptedSince(mark, 20)).resolves.toBe(false);
  });

  it('is found through the server for the adapter it was registered with, else null', () => {
    const ledger = new PublishLedger();
    const adapter = {};
    registerPublishes(adapter, ledger);
    expect(adapterPublishes({ sockets: { adapter } })).toBe(ledger);
    expect(adapterPublishes({ sockets: { adapter: {} } })).toBeNull();
    expect(adapterPublishes({})).toBeNull();
  });
});
