import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { DISCONNECT_EVENT } from '@nestjs/websockets/constants';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { EMPTY, defer, fromEvent, type Observable } from 'rxjs';
import { catchError, filter, first, map, mergeMap, share, takeUntil } from 'rxjs/operators';
import type { Server, ServerOptions, Socket } from 'socket.io';
import type { SocketError } from '@simpul/contracts';
import { socketError } from './case-rooms';
import { PublishLedger, registerPublishes } from './publish-ledger';
import type { SimpulSocket } from './realtime-server';
import { frameGuard } from './socket-frame-guard';

/** How often the server pings and how long it waits for the pong (proxies must allow longer idle). */
export const SOCKET_PING_INTERVAL_MS = 25_000;
export const SOCKET_PING_TIMEOUT_MS = 20_000;

/**
 * socket.io on the API's HTTP server. With `REDIS_URL` every API process shares rooms through
 * socket.io's Redis Streams adapter (broadcasts, `fetchSockets()`, remote joins and leaves);
 * without it the in-memory adapter serves one process. Connection-state recovery stays off:
 * it would put a socket back into case rooms without asking the access policy again, and the
 * clients resync from the event log after every reconnect anyway.
 *
 * Every socket gets {@link frameGuard} first (rate, depth and size of each inbound frame, before
 * any handler walks it), and the message handlers are bound so that nothing a handler returns or
 * throws can end the process (see {@link bindMessageHandlers}).
 */
export class SimpulIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Realtime');
  private redis: Redis | null = null;
  private lastRedisError = 0;
  /** What the Redis adapter published, for the outbox relay (see publish-ledger.ts). */
  private readonly publishes = new PublishLedger();

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string | null,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const shared: Partial<ServerOptions> = {
      pingInterval: SOCKET_PING_INTERVAL_MS,
      pingTimeout: SOCKET_PING_TIMEOUT_MS,
      // A case page sends small JSON; nothing legitimate comes close to this.
      maxHttpBufferSize: 256 * 1024,
    };
    if (this.redisUrl) {
      this.redis = new Redis(this.redisUrl, { maxRetriesPerRequest: 2 });
      // Without a listener an unreachable Redis would crash the process; it reconnects by itself.
      this.redis.on('error', (error: Error) => {
        if (Date.now() - this.lastRedisError < 10_000) return;
        this.lastRedisError = Date.now();
        this.logger.warn(`Redis: ${error.message}`);
      });
      // The adapter fires PUBLISH (fetchSockets, server-side emits) without handling a failure;
      // while Redis is down such a rejection must not end the process as an unhandled one.
      const redis = this.redis;
      const publish = redis.publish.bind(redis) as (...args: unknown[]) => Promise<number>;
      (redis as unknown as { publish: typeof publish }).publish = (...args) => {
        const result = publish(...args);
        result.catch(() => undefined);
        return result;
      };
      // Broadcasts reach the other processes through XADD, whose failure the adapter only logs at
      // debug level: record each one so the outbox relay can tell whether Redis took its events.
      const perNamespace = createAdapter(this.redis);
      const publishes = this.publishes;
      // A function, not an arrow: socket.io calls the adapter option with `new`.
      shared.adapter = function (nsp: unknown) {
        const adapter = perNamespace(nsp) as unknown as {
          publishAndReturnOffset(message: unknown): Promise<string>;
        };
        const toRedis = adapter.publishAndReturnOffset.bind(adapter);
        adapter.publishAndReturnOffset = (message) => publishes.track(toRedis(message));
        registerPublishes(adapter, publishes);
        return adapter;
      } as unknown as ServerOptions['adapter'];
      this.logger.log('socket.io berbagi ruang lewat Redis / socket.io shares rooms through Redis');
    }
    const server = super.createIOServer(port, { ...options, ...shared } as ServerOptions) as Server;
    // Registered before Nest binds the gateway, so the guard is the socket's first middleware.
    server.on('connection', (socket: SimpulSocket) => {
      socket.use(frameGuard(socket, this.logger));
      // socket.io emits `error` on a socket for a malformed packet (and closes its connection): an
      // EventEmitter's `error` without a listener is thrown, so it is logged here instead.
      socket.on('error', (error: Error) =>
        this.logger.warn(`socket ${socket.id}: ${error.message}`),
      );
    });
    return server;
  }

  /**
   * Nest's binding, made safe: a handler's reply that cannot be serialized (a cycle, a BigInt, an
   * overflow) is answered with a generic error instead of throwing out of an RxJS subscriber (which
   * rethrows it asynchronously, out of reach of any filter: the process ended), and one failed
   * message does not end that socket's subscription to the event.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    const disconnect$ = fromEvent(socket, DISCONNECT_EVENT).pipe(share(), first());
    for (const { message, callback, isAckHandledManually } of handlers) {
      fromEvent(socket, message)
        .pipe(
          mergeMap((payload: unknown) => {
            const { data, ack } = this.mapPayload(payload) as { data: unknown; ack?: unknown };
            const reply =
              typeof ack === 'function'
                ? this.safeAck(socket, message, ack as (...args: unknown[]) => void)
                : null;
            return defer(() => transform(callback(data, reply ?? undefined))).pipe(
              filter((response) => response !== null && response !== undefined),
              map((response) => ({ response, reply })),
              catchError((error: unknown) => {
                this.logger.error(`${String(message)} from socket ${socket.id}: ${String(error)}`);
                reply?.(socketError(error));
                return EMPTY;
              }),
            );
          }),
          takeUntil(disconnect$),
        )
        .subscribe({
          next: ({ response, reply }) => {
            // Nest's convention: `{ event, data }` is emitted instead of acknowledged.
            const { event, data } = response as { event?: unknown; data?: unknown };
            if (typeof event === 'string') socket.emit(event, data);
            else if (!isAckHandledManually) reply?.(response as SocketError);
          },
          error: (error: unknown) =>
            this.logger.error(`${String(message)} handler stopped: ${String(error)}`),
        });
    }
  }

  /** The client's ack, which answers with a generic error when the reply cannot be encoded. */
  private safeAck(socket: Socket, event: unknown, ack: (...args: unknown[]) => void) {
    return (...args: unknown[]) => {
      try {
        ack(...args);
      } catch (error) {
        this.logger.error(
          `${String(event)} from socket ${socket.id}: reply not sent: ${(error as Error).message}`,
        );
        try {
          ack(socketError(error));
        } catch {
          // Not even the generic error could be sent (the connection is gone).
        }
      }
    };
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    this.redis?.disconnect();
    this.redis = null;
  }
}
