import { SharedThrottlerStorage } from './shared-throttler-storage';

describe('SharedThrottlerStorage while Redis cannot be reached', () => {
  it('keeps limiting in this process instead of failing the request', async () => {
    // Port 1 on the loopback refuses at once: no Redis there.
    const storage = new SharedThrottlerStorage('redis://127.0.0.1:1', 'simpul-unit:');
    try {
      const hits = [];
      for (let i = 0; i < 3; i++) {
        hits.push(await storage.increment('203.0.113.7', 60_000, 2, 60_000, 'public'));
      }
      expect(hits.map((hit) => [hit.totalHits, hit.isBlocked])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
    } finally {
      storage.onApplicationShutdown();
    }
  });
});
