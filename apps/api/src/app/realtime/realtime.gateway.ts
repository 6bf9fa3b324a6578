import { HttpException, Logger, UseFilters, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { ClassConstructor } from 'class-transformer';
import {
  SOCKET_EVENTS,
  type ApiErrorBody,
  type CaseJoinReply,
  type PongPayload,
  type SocketError,
} from '@simpul/contracts';
import { ActorResolver } from '../auth/actor-resolver';
import { authErrors } from '../auth/auth-errors';
import { PRINCIPAL_CACHE_MS, PrincipalService } from '../auth/principal.service';
import { summarizeFieldErrors } from '../common/validation-messages';
import { validatePayload } from '../common/validation';
import { UserAccessRevokedEvent } from '../users/users.service';
import { CaseRooms } from './case-rooms';
import { ActiveDto, CaseRoomDto, FieldLockDto, TypingDto } from './dto/case-room.dto';
import { PingDto } from './dto/ping.dto';
import { RealtimeServer, rooms, type SimpulServer, type SimpulSocket } from './realtime-server';
import { WsExceptionsFilter } from './ws-exceptions.filter';

/** How often joined case rooms are checked against the access policy again. */
export const ACCESS_RECHECK_MS = 3_000;
/** How often typing that ran out and idle members are noticed. */
const PRESENCE_TICK_MS = 1_000;

const OK = { ok: true } as const;

/**
 * The one socket.io endpoint, on the API's own port (`/socket.io`). The handshake must carry a
 * valid access token (`auth: { token, agencyId? }`); sockets of users whose access ended are
 * dropped at once on this process and within {@link PRINCIPAL_CACHE_MS} on every other.
 *
 * Rooms: `user:<userId>` and `agency:<agencyId>` (plus `agency:<agencyId>:oversight` for its
 * pimpinan and admins) from the start; `case:<caseId>` after `case:join` passes the policy.
 * Every inbound payload is validated like an HTTP body, after the adapter's frame guard bounded
 * its rate, depth and size; an error in a handler is answered by {@link WsExceptionsFilter}, which
 * never echoes the payload. Nothing here writes case data: case events reach the rooms from the
 * outbox relay after their transaction commits.
 */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
@UseFilters(new WsExceptionsFilter())
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly timers: NodeJS.Timeout[] = [];

  @WebSocketServer()
  private server!: SimpulServer;

  constructor(
    private readonly actors: ActorResolver,
    private readonly principals: PrincipalService,
    private readonly hub: RealtimeServer,
    private readonly caseRooms: CaseRooms,
  ) {}

  afterInit(server: SimpulServer): void {
    this.hub.server = server;
    server.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as { token?: unknown; agencyId?: unknown };
      const token = typeof auth.token === 'string' ? auth.token : null;
      const agencyId =
        typeof auth.agencyId === 'string' && auth.agencyId !== '' ? auth.agencyId : null;
      this.actors
        .resolve(token, agencyId, socket.handshake.address ?? null)
        .then(async (actor) => {
          if (actor.mustChangePassword) throw authErrors.passwordChangeRequired();
          const principal = await this.principals.load(actor.userId, actor.sessionId);
          const membership = principal?.memberships.find((m) => m.agencyId === actor.agencyId);
          socket.data.actor = actor;
          socket.data.agencyName = membership?.agencyShortName ?? null;
          socket.data.presence = {};
          next();
        })
        .catch((error: unknown) => next(this.handshakeError(error)));
    });
    server.on('presence:release', ({ socketId, caseId, field }) => {
      this.caseRooms.releaseLocal(socketId, caseId, field);
    });
    this.every(PRINCIPAL_CACHE_MS, () => this.dropEndedSessions());
    this.every(ACCESS_RECHECK_MS, () => this.caseRooms.recheckLocal());
    this.every(PRESENCE_TICK_MS, async () => this.caseRooms.tick());
  }

  async handleConnection(socket: SimpulSocket): Promise<void> {
    let joined: string[] = [];
    socket.on('disconnecting', () => {
      joined = this.caseRooms.caseIdsOf(socket);
    });
    socket.on('disconnect', () => this.caseRooms.left(joined));
    // Nest does not catch what this returns: a rejection here would end the process.
    try {
      await this.caseRooms.enterPersonalRooms(socket);
    } catch (error) {
      this.logger.error(
        `socket ${socket.id}: personal rooms not joined: ${(error as Error).message}`,
      );
      socket.disconnect(true);
    }
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.caseRooms.cancelPending();
    this.hub.server = null;
  }

  @OnEvent(UserAccessRevokedEvent.NAME)
  dropUser(event: UserAccessRevokedEvent): void {
    // Every process's sockets of that person (through the adapter).
    this.server.in(rooms.user(event.userId)).disconnectSockets(true);
  }

  @SubscribeMessage(SOCKET_EVENTS.ping)
  async ping(@MessageBody() payload: unknown): Promise<PongPayload | SocketError> {
    const result = await this.validate(PingDto, payload);
    if (!result.ok) return result.error;
    return { sentAt: result.value.sentAt, serverTime: new Date().toISOString() };
  }

  @SubscribeMessage(SOCKET_EVENTS.caseJoin)
  async join(
    @ConnectedSocket() socket: SimpulSocket,
    @MessageBody() payload: unknown,
  ): Promise<CaseJoinReply | SocketError> {
    const result = await this.validate(CaseRoomDto, payload);
    if (!result.ok) return result.error;
    return this.caseRooms.join(socket, result.value.caseId);
  }

  @SubscribeMessage(SOCKET_EVENTS.caseLeave)
  async leave(
    @ConnectedSocket() socket: SimpulSocket,
    @MessageBody() payload: unknown,
  ): Promise<typeof OK | SocketError> {
    const result = await this.validate(CaseRoomDto, payload);
    if (!result.ok) return result.error;
    await this.caseRooms.leave(socket, result.value.caseId);
    return OK;
  }

  @SubscribeMessage(SOCKET_EVENTS.presenceTyping)
  async typing(
    @ConnectedSocket() socket: SimpulSocket,
    @MessageBody() payload: unknown,
  ): Promise<typeof OK | SocketError> {
    const result = await this.validate(TypingDto, payload);
    if (!result.ok) return result.error;
    return this.caseRooms.typing(socket, result.value.caseId, result.value.typing) ?? OK;
  }

  @SubscribeMessage(SOCKET_EVENTS.presenceFieldLock)
  async fieldLock(
    @ConnectedSocket() socket: SimpulSocket,
    @MessageBody() payload: unknown,
  ): Promise<typeof OK | SocketError> {
    const result = await this.validate(FieldLockDto, payload);
    if (!result.ok) return result.error;
    const { caseId, field, takeOver } = result.value;
    return (await this.caseRooms.fieldLock(socket, caseId, field, takeOver === true)) ?? OK;
  }

  @SubscribeMessage(SOCKET_EVENTS.presenceActive)
  async active(
    @ConnectedSocket() socket: SimpulSocket,
    @MessageBody() payload: unknown,
  ): Promise<typeof OK | SocketError> {
    const result = await this.validate(ActiveDto, payload);
    if (!result.ok) return result.error;
    return this.caseRooms.active(socket, result.value.caseId) ?? OK;
  }

  private async validate<T extends object>(
    dto: ClassConstructor<T>,
    payload: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: SocketError }> {
    const result = await validatePayload(dto, payload);
    if (result.ok) return result;
    return {
      ok: false,
      error: {
        error: {
          code: 'VALIDATION_FAILED',
          message: summarizeFieldErrors(result.fields),
          field: result.fields[0]?.field,
        },
      },
    };
  }

  private every(ms: number, work: () => Promise<void>): void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      work()
        .catch((error: Error) => this.logger.warn(`realtime sweep: ${error.message}`))
        .finally(() => (running = false));
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }

  /** Deactivation, sign-out or revocation seen by any process ends the sockets on this one. */
  private async dropEndedSessions(): Promise<void> {
    const sockets = [...this.server.sockets.sockets.values()] as SimpulSocket[];
    if (sockets.length === 0) return;
    const invalid = await this.principals.invalid(
      sockets.map((s) => ({ userId: s.data.actor.userId, sessionId: s.data.actor.sessionId })),
    );
    for (const socket of sockets) {
      if (invalid.has(`${socket.data.actor.userId}:${socket.data.actor.sessionId}`))
        socket.disconnect(true);
    }
  }

  private handshakeError(error: unknown): Error & { data?: ApiErrorBody } {
    const refusal = new Error('UNAUTHORIZED') as Error & { data?: ApiErrorBody };
    if (error instanceof HttpException) refusal.data = error.getResponse() as ApiErrorBody;
    else this.logger.error(error);
    return refusal;
  }
}
