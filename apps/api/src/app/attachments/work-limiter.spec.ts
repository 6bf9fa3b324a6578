import { acceptableImageSize, WorkLimiter } from './attachment-processor';

describe('WorkLimiter', () => {
  it('runs at most `limit` tasks at once and the rest in arrival order', async () => {
    const limiter = new WorkLimiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const tasks = [0, 1, 2, 3, 4].map((n) =>
      limiter.run(async () => {
        started.push(n);
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return n;
      }),
    );
    for (let step = 0; step < 5; step++) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(running).toBeLessThanOrEqual(2);
      releases.shift()?.();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new WorkLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('rusak')))).rejects.toThrow('rusak');
    await expect(limiter.run(() => Promise.resolve('berikutnya'))).resolves.toBe('berikutnya');
  });
});

describe('acceptableImageSize', () => {
  it('bounds each side as well as the area', () => {
    expect(acceptableImageSize(8000, 6000)).toBe(true);
    expect(acceptableImageSize(1, 60_000_000)).toBe(false);
    expect(acceptableImageSize(60_000_000, 1)).toBe(false);
    expect(acceptableImageSize(16_383, 3000)).toBe(true);
    expect(acceptableImageSize(16_384, 100)).toBe(false);
    expect(acceptableImageSize(10_000, 10_000)).toBe(false);
    expect(acceptableImageSize(0, 100)).toBe(false);
  });
});
