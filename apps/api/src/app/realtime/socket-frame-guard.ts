import { Logger } from '@nestjs/common';
import type { SocketError } from '@simpul/contracts';
import { bilingual } from '../common/bilingual';
import { MAX_PAYLOAD_DEPTH, isTooDeep } from '../common/payload-bounds';
import type { SimpulSocket } from './realtime-server';

/**
 * The JSON part of one event's payload, measured before any handler or validator sees it. Every
 * client → server event today is a few ids and flags (< 300 bytes); 16 KB leaves room for growth
 * without letting a frame make class-transformer and class-validator walk 256 KB of structure.
 */
export const MAX_EVENT_JSON_BYTES = 16 * 1024;
/**
 * Binary attachments of one event (socket.io buffers), for the binary co-editing updates to come.
 * The same as the whole frame's limit (`maxHttpBufferSize` in socket-io-adapter.ts).
 */
export const MAX_EVENT_BINARY_BYTES = 256 * 1024;

/**
 * Per-socket rate of inbound frames, a token bucket: {@link FRAME_BURST} at once, refilled at
 * {@link FRAME_REFILL_PER_SECOND}. What a browser tab sends: typing start/stop (at most two frames
 * a second while someone types), a field lock per focus change, `presence:active` per open room
 * every 30 s, and on (re)connecting one `case:join` per open room (at most 50, the room limit per
 * socket), so a page never comes near it. A script repeating `presence:typing` in a loop does.
 */
export const FRAME_BURST = 60;
export const FRAME_REFILL_PER_SECOND = 15;
/**
 * A socket whose frames were refused this many times within {@link FLOOD_WINDOW_MS} (over the rate,
 * too deep, too large) is disconnected: one bad frame is answered, a flood is ended.
 */
export const FLOOD_STRIKES = 50;
export const FLOOD_WINDOW_MS = 10_000;

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export const frameRefusals = {
  tooDeep: (): SocketError => ({
    error: {
      code: 'PAYLOAD_TOO_DEEP',
      message: bilingual(
        `Data terlalu bertingkat: paling banyak ${MAX_PAYLOAD_DEPTH} tingkat`,
        `Payload nested too deeply: at most ${MAX_PAYLOAD_DEPTH} levels`,
      ),
      field: 'payload',
    },
  }),
  tooLarge: (): SocketError => ({
    error: {
      code: 'PAYLOAD_TOO_LARGE',
      message: bilingual(
        `Data terlalu besar: paling banyak ${kb(MAX_EVENT_JSON_BYTES)} (lampiran biner ${kb(MAX_EVENT_BINARY_BYTES)})`,
        `Payload too large: at most ${kb(MAX_EVENT_JSON_BYTES)} (binary attachments ${kb(MAX_EVENT_BINARY_BYTES)})`,
      ),
      field: 'payload',
    },
  }),
  rateLimited: (): SocketError => ({
    error: {
      code: 'RATE_LIMITED',
      message: bilingual(
        'Terlalu banyak pesan dalam waktu singkat; coba lagi sebentar lagi',
        'Too many messages in a short time; try again in a moment',
      ),
    },
  }),
};

/** Tokens refill continuously; a frame takes one. `now` is injectable for tests. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perSecond) / 1000);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const isBinary = (node: object) =>
  Buffer.isBuffer(node) || ArrayBuffer.isView(node) || node instanceof ArrayBuffer;

/**
 * About how many bytes of JSON a parsed payload came from (keys, strings, punctuation), and how
 * many bytes of binary attachments it carries, walked iteratively. Stops as soon as either passes
 * its limit; call it only on values whose depth was bounded first.
 */
export function payloadSize(
  value: unknown,
  limits = { json: MAX_EVENT_JSON_BYTES, binary: MAX_EVENT_BINARY_BYTES },
): { json: number; binary: number } {
  let json = 0;
  let binary = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && json <= limits.json && binary <= limits.binary) {
    const node = stack.pop();
    if (typeof node === 'string') json += node.length + 3;
    else if (node === null || typeof node !== 'object') json += 8;
    else if (isBinary(node)) binary += (node as ArrayBufferLike | ArrayBufferView).byteLength;
    else if (Array.isArray(node)) {
      json += 2 + node.length;
      for (const child of node) stack.push(child);
    } else {
      json += 2;
      for (const [key, child] of Object.entries(node)) {
        json += key.length + 4;
        stack.push(child);
      }
    }
  }
  return { json, binary };
}

type Ack = (reply: SocketError) => void;

/**
 * A `socket.use` middleware for one socket: every inbound event frame passes the rate limit, the
 * depth limit ({@link MAX_PAYLOAD_DEPTH}) and the size limits before any handler, validator or
 * logger walks it. A refused frame gets an error ack (if it asked for one) that names the rule and
 * never echoes the payload, and is dropped: `next(error)` would make socket.io emit `error` on the
 * socket. The socket stays connected unless it keeps sending refused frames.
 */
export function frameGuard(
  socket: SimpulSocket,
  logger: Logger,
  clock: () => number = Date.now,
): (event: unknown[], next: (error?: Error) => void) => void {
  const bucket = new TokenBucket(FRAME_BURST, FRAME_REFILL_PER_SECOND, clock());
  let strikes: number[] = [];
  return (event, next) => {
    const last = event[event.length - 1];
    const ack = typeof last === 'function' ? (last as Ack) : null;
    const args = event.slice(1, ack ? -1 : undefined);
    const now = clock();
    const refusal = !bucket.take(now)
      ? frameRefusals.rateLimited()
      : args.some((arg) => isTooDeep(arg))
        ? frameRefusals.tooDeep()
        : exceedsSize(args)
          ? frameRefusals.tooLarge()
          : null;
    if (!refusal) return next();

    strikes = strikes.filter((at) => now - at < FLOOD_WINDOW_MS);
    strikes.push(now);
    if (strikes.length >= FLOOD_STRIKES) {
      // Once per socket: the frames still queued behind this one find it disconnected.
      if (socket.connected) {
        const actor = socket.data.actor;
        logger.warn(
          `socket ${socket.id} (user ${actor?.userId ?? '?'}) disconnected: ${strikes.length} refused frames in ${FLOOD_WINDOW_MS / 1000} s, last ${refusal.error.code}`,
        );
        socket.disconnect(true);
      }
      return;
    }
    if (ack && socket.connected) ack(refusal);
  };
}

function exceedsSize(args: unknown[]): boolean {
  const size = payloadSize(args);
  return size.json > MAX_EVENT_JSON_BYTES || size.binary > MAX_EVENT_BINARY_BYTES;
}
