import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/** How often the server pings and how long it waits for the pong (proxies must allow longer idle). */
export const SOCKET_PING_INTERVAL_MS = 25_000;
export const SOCKET_PING_TIMEOUT_MS = 20_000;

/**
 * socket.io on the API's HTTP server. With `REDIS_URL` every API process shares rooms through
 * socket.io's Redis Streams adapter (broadcasts, `fetchSockets()`, remote joins and leaves);
 * without it the in-memory adapter serves one process. Connection-state recovery stays off:
 * it would put a socket back into case rooms without asking the access policy again, and the
 * clients resync from the event log after every reconnect anyway.
 */
export class SimpulIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Realtime');
  private redis: Redis | null = null;
  private lastRedisError = 0;

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
      shared.adapter = createAdapter(this.redis) as unknown as ServerOptions['adapter'];
      this.logger.log('socket.io berbagi ruang lewat Redis / socket.io shares rooms through Redis');
    }
    return super.createIOServer(port, { ...options, ...shared } as ServerOptions) as Server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    this.redis?.disconnect();
    this.redis = null;
  }
}
