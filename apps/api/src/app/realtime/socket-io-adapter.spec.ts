import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { from, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';
import { SimpulIoAdapter } from './socket-io-adapter';

/** What Nest's gateway binding does with a handler's result (a promise of the reply). */
const transform = (result: unknown) => from(Promise.resolve(result)) as Observable<unknown>;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** An ack that encodes its reply as socket.io does: JSON, which throws on a cycle or a BigInt. */
function encodingAck() {
  const sent: unknown[] = [];
  const ack = jest.fn((reply: unknown) => {
    sent.push(JSON.parse(JSON.stringify(reply)));
  });
  return { ack, sent };
}

describe('SimpulIoAdapter.bindMessageHandlers', () => {
  let socket: EventEmitter & { id: string; emit: EventEmitter['emit'] };
  const adapter = new SimpulIoAdapter(undefined as never, null);

  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    socket = Object.assign(new EventEmitter(), { id: 's1' });
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers a reply that cannot be encoded with a generic error, and keeps handling the event', async () => {
    const replies: unknown[] = [];
    const handler = jest.fn(async (data: { n: number }) => {
      if (data.n === 1) {
        const cycle: Record<string, unknown> = { n: 1 };
        cycle['self'] = cycle;
        return cycle;
      }
      if (data.n === 2) return { big: BigInt(2) };
      return { n: data.n };
    });
    adapter.bindMessageHandlers(
      socket as unknown as Socket,
      [
        {
          message: 'case:join',
          methodName: 'join',
          callback: handler,
          isAckHandledManually: false,
        },
      ],
      transform,
    );
    for (const n of [1, 2, 3]) {
      const { ack, sent } = encodingAck();
      socket.emit('case:join', { n }, ack);
      await settle();
      replies.push(...sent);
    }
    expect(replies).toEqual([
      { error: { code: 'INTERNAL', message: expect.objectContaining({ en: expect.any(String) }) } },
      { error: { code: 'INTERNAL', message: expect.objectContaining({ en: expect.any(String) }) } },
      { n: 3 },
    ]);
  });

  it('survives a handler whose result stream fails, and the next message is still handled', async () => {
    const handler = jest.fn(async (data: { n: number }) => ({ n: data.n }));
    let calls = 0;
    const failingOnce = (result: unknown) => {
      calls++;
      if (calls === 1) throw new Error('transform failed');
      return transform(result);
    };
    adapter.bindMessageHandlers(
      socket as unknown as Socket,
      [
        {
          message: 'system:ping',
          methodName: 'ping',
          callback: handler,
          isAckHandledManually: false,
        },
      ],
      failingOnce as (data: unknown) => Observable<unknown>,
    );
    const first = encodingAck();
    socket.emit('system:ping', { n: 1 }, first.ack);
    await settle();
    const second = encodingAck();
    socket.emit('system:ping', { n: 2 }, second.ack);
    await settle();
    expect(first.sent).toEqual([{ error: expect.objectContaining({ code: 'INTERNAL' }) }]);
    expect(second.sent).toEqual([{ n: 2 }]);
  });

  it('stops listening once the socket disconnects', async () => {
    const handler = jest.fn(async () => ({ ok: true }));
    adapter.bindMessageHandlers(
      socket as unknown as Socket,
      [
        {
          message: 'presence:active',
          methodName: 'active',
          callback: handler,
          isAckHandledManually: false,
        },
      ],
      transform,
    );
    socket.emit('disconnect', 'transport close');
    socket.emit('presence:active', {}, jest.fn());
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });
});
