import { HttpException, Logger, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  SOCKET_EVENTS,
  type ApiErrorBody,
  type ClientToServerEvents,
  type PongPayload,
  type ServerToClientEvents,
  type SocketError,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { ActorResolver } from '../auth/actor-resolver';
import { authErrors } from '../auth/auth-errors';
import { PRINCIPAL_CACHE_MS, PrincipalService } from '../auth/principal.service';
import { summarizeFieldErrors } from '../common/validation-messages';
import { validatePayload } from '../common/validation';
import { UserAccessRevokedEvent } from '../users/users.service';
import { PingDto } from './dto/ping.dto';

interface SocketData {
  actor: Actor;
}
type SimpulServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
type SimpulSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/**
 * The one socket.io endpoint, on the API's own port (`/socket.io`). The handshake must carry a
 * valid access token (`auth: { token, agencyId? }`); sockets of users whose access ended are
 * dropped at once on this process and within {@link PRINCIPAL_CACHE_MS} on every other.
 */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private sweeper: NodeJS.Timeout | null = null;

  @WebSocketServer()
  private server!: SimpulServer;

  constructor(
    private readonly actors: ActorResolver,
    private readonly principals: PrincipalService,
  ) {}

  afterInit(server: SimpulServer): void {
    server.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; agencyId?: unknown };
      const token = typeof auth.token === 'string' ? auth.token : null;
      const agencyId =
        typeof auth.agencyId === 'string' && auth.agencyId !== '' ? auth.agencyId : null;
      this.actors
        .resolve(token, agencyId, socket.handshake.address ?? null)
        .then((actor) => {
          if (actor.mustChangePassword) throw authErrors.passwordChangeRequired();
          socket.data.actor = actor;
          next();
        })
        .catch((error: unknown) => next(this.handshakeError(error)));
    });
    this.sweeper = setInterval(() => void this.dropEndedSessions(), PRINCIPAL_CACHE_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  @OnEvent(UserAccessRevokedEvent.NAME)
  dropUser(event: UserAccessRevokedEvent): void {
    for (const socket of this.server.sockets.sockets.values()) {
      if (socket.data.actor?.userId === event.userId) socket.disconnect(true);
    }
  }

  @SubscribeMessage(SOCKET_EVENTS.ping)
  async ping(@MessageBody() payload: unknown): Promise<PongPayload | SocketError> {
    const result = await validatePayload(PingDto, payload);
    if (!result.ok) {
      return {
        error: {
          code: 'VALIDATION_FAILED',
          message: summarizeFieldErrors(result.fields),
          field: result.fields[0]?.field,
        },
      };
    }
    return { sentAt: result.value.sentAt, serverTime: new Date().toISOString() };
  }

  /** Deactivation, sign-out or revocation seen by any process ends the sockets on this one. */
  private async dropEndedSessions(): Promise<void> {
    const sockets = [...this.server.sockets.sockets.values()] as SimpulSocket[];
    if (sockets.length === 0) return;
    try {
      const invalid = await this.principals.invalid(
        sockets.map((s) => ({ userId: s.data.actor.userId, sessionId: s.data.actor.sessionId })),
      );
      for (const socket of sockets) {
        if (invalid.has(`${socket.data.actor.userId}:${socket.data.actor.sessionId}`))
          socket.disconnect(true);
      }
    } catch (error) {
      this.logger.warn(`session sweep failed: ${(error as Error).message}`);
    }
  }

  private handshakeError(error: unknown): Error & { data?: ApiErrorBody } {
    const refusal = new Error('UNAUTHORIZED') as Error & { data?: ApiErrorBody };
    if (error instanceof HttpException) refusal.data = error.getResponse() as ApiErrorBody;
    else this.logger.error(error);
    return refusal;
  }
}
