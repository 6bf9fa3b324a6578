import type { Logger } from '@nestjs/common';
import type { SocketError } from '@simpul/contracts';
import type { SimpulSocket } from './realtime-server';
import {
  FLOOD_STRIKES,
  FRAME_BURST,
  FRAME_REFILL_PER_SECOND,
  MAX_EVENT_BINARY_BYTES,
  MAX_EVENT_JSON_BYTES,
  TokenBucket,
  frameGuard,
  payloadSize,
} from './socket-frame-guard';

const CASE = '6f1c1a4e-2b1d-4c55-9a51-0d6f3b1f2a10';

function deep(levels: number): unknown {
  let value: unknown = { caseId: CASE };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

function harness() {
  let now = 1_000_000;
  const socket = {
    id: 's1',
    connected: true,
    data: { actor: { userId: 'u1' } },
    disconnect: jest.fn((): void => undefined),
  };
  socket.disconnect.mockImplementation(() => {
    socket.connected = false;
  });
  const logger = { warn: jest.fn() } as unknown as Logger;
  const guard = frameGuard(socket as unknown as SimpulSocket, logger, () => now);
  /** One frame through the guard: 'next' when passed on, else the ack's reply (or null). */
  const send = (...args: unknown[]) => {
    let outcome: 'next' | SocketError | null = null;
    guard(['presence:typing', ...args, (reply: SocketError) => (outcome = reply)], () => {
      outcome = 'next';
    });
    return outcome as 'next' | SocketError | null;
  };
  return { socket, logger, send, advance: (ms: number) => (now += ms) };
}

describe('frameGuard', () => {
  it('passes ordinary frames on and answers nothing itself', () => {
    const { send } = harness();
    expect(send({ caseId: CASE, typing: true })).toBe('next');
  });

  it('refuses a payload deeper than 32 levels, in any argument, without echoing it', () => {
    const { send, socket } = harness();
    expect(send(deep(32))).toBe('next');
    for (const reply of [send(deep(33)), send({ caseId: CASE }, deep(5_000))]) {
      expect(reply).toEqual({
        error: { code: 'PAYLOAD_TOO_DEEP', message: expect.any(Object), field: 'payload' },
      });
      expect(JSON.stringify(reply)).not.toContain(CASE);
    }
    expect(socket.connected).toBe(true);
  });

  it('refuses more than 16 KB of JSON but lets a binary update of up to 256 KB through', () => {
    const { send } = harness();
    const big = send({ caseId: CASE, note: 'x'.repeat(MAX_EVENT_JSON_BYTES) }) as SocketError;
    expect(big.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(big.error.message.en).toContain('16 KB');
    expect(send({ caseId: CASE, update: Buffer.alloc(MAX_EVENT_BINARY_BYTES - 1024) })).toBe(
      'next',
    );
    expect(
      (send({ caseId: CASE, update: Buffer.alloc(MAX_EVENT_BINARY_BYTES + 1) }) as SocketError)
        .error.code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });

  it('allows a burst, refuses beyond it with RATE_LIMITED, and refills over time', () => {
    const { send, advance, socket } = harness();
    for (let i = 0; i < FRAME_BURST; i++) expect(send({ caseId: CASE })).toBe('next');
    const refused = send({ caseId: CASE }) as SocketError;
    expect(refused.error.code).toBe('RATE_LIMITED');
    expect(refused.error.message.id).toContain('Terlalu banyak');
    advance(1_000);
    for (let i = 0; i < FRAME_REFILL_PER_SECOND; i++) expect(send({ caseId: CASE })).toBe('next');
    expect((send({ caseId: CASE }) as SocketError).error.code).toBe('RATE_LIMITED');
    expect(socket.connected).toBe(true);
  });

  it('never limits typing every 250 ms for an hour', () => {
    const { send, advance } = harness();
    for (let i = 0; i < 4 * 3_600; i++) {
      expect(send({ caseId: CASE, typing: i % 2 === 0 })).toBe('next');
      advance(250);
    }
  });

  it('disconnects a socket after repeated refusals within the window, and logs it once', () => {
    const { send, socket, logger } = harness();
    for (let i = 0; i < FRAME_BURST; i++) send({ caseId: CASE });
    for (let i = 1; i < FLOOD_STRIKES; i++) send({ caseId: CASE });
    expect(socket.disconnect).not.toHaveBeenCalled();
    expect(send({ caseId: CASE })).toBeNull();
    expect(socket.disconnect).toHaveBeenCalledWith(true);
    send({ caseId: CASE });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('forgets refusals older than the window', () => {
    const { send, socket, advance } = harness();
    // Bursts now and then, each refused a little below the limit: never disconnected.
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < FRAME_BURST + FLOOD_STRIKES - 1; i++) send({ caseId: CASE });
      advance(11_000);
    }
    expect(socket.disconnect).not.toHaveBeenCalled();
  });
});

describe('TokenBucket', () => {
  it('holds at most its capacity', () => {
    const bucket = new TokenBucket(2, 1, 0);
    expect([bucket.take(10_000), bucket.take(10_000), bucket.take(10_000)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('payloadSize', () => {
  it('counts JSON bytes roughly and binary bytes exactly, stopping past the limit', () => {
    expect(payloadSize({ caseId: CASE }).json).toBeGreaterThanOrEqual(
      JSON.stringify({ caseId: CASE }).length,
    );
    expect(payloadSize([Buffer.alloc(10), new Uint8Array(5)]).binary).toBe(15);
    const wide = Array.from({ length: 1_000_000 }, () => 0);
    expect(payloadSize(wide).json).toBeGreaterThan(MAX_EVENT_JSON_BYTES);
  });
});
