import { HttpStatus, UseFilters, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import {
  CLARIFICATION_MAX_UPDATE_BYTES,
  CLARIFICATION_SOCKET_EVENTS,
  type SocketError,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { ACCESS_RECHECK_MS } from '../realtime/realtime.gateway';
import type { SimpulSocket } from '../realtime/realtime-server';
import { WsExceptionsFilter } from '../realtime/ws-exceptions.filter';
import { asSocketError, clarificationErrors } from './clarification-errors';
import { ClarificationsService } from './clarifications.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The room of one draft's sockets (also used by the review gateway). */
export const clarificationRoom = (draftId: string) => `clarification:${draftId}`;
const room = clarificationRoom;

/**
 * How long the policy's "may edit" for one socket and draft is trusted before an update asks it
 * again; the sockets in a draft's room are also checked for reading this often (as case rooms are).
 */
export const EDIT_ACCESS_CACHE_MS = ACCESS_RECHECK_MS;

interface Frame {
  draftId?: unknown;
  update?: unknown;
  stateVector?: unknown;
}

/**
 * Co-editing over the existing socket.io connection: one room per draft, Yjs updates and
 * y-protocols awareness updates as binary buffers. Every update is checked against the access
 * policy (its answer kept per socket for {@link EDIT_ACCESS_CACHE_MS}) and stored before it is
 * broadcast; updates for a draft the socket did not join are refused. Every
 * {@link EDIT_ACCESS_CACHE_MS} the joined sockets are asked again whether they still read their
 * drafts; a socket that does not leaves the room.
 */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
@UseFilters(new WsExceptionsFilter())
export class ClarificationGateway implements OnModuleInit, OnModuleDestroy {
  private readonly joined = new Map<SimpulSocket, Set<string>>();
  /** Per socket and draft: until when the policy's "may edit" answer holds. */
  private readonly mayEditUntil = new WeakMap<SimpulSocket, Map<string, number>>();
  private recheckTimer: NodeJS.Timeout | null = null;
  private rechecking = false;

  constructor(private readonly drafts: ClarificationsService) {}

  onModuleInit(): void {
    this.recheckTimer = setInterval(() => void this.recheckReaders(), EDIT_ACCESS_CACHE_MS);
    this.recheckTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
  }

  /** Sockets whose access to a joined draft ended (agency left, role changed) leave its room. */
  private async recheckReaders(): Promise<void> {
    if (this.rechecking) return;
    this.rechecking = true;
    try {
      for (const [socket, drafts] of [...this.joined]) {
        if (!socket.connected) {
          this.joined.delete(socket);
          continue;
        }
        for (const draftId of [...drafts])
          if (!(await this.drafts.mayRead(this.actorOf(socket), draftId)))
            await this.forget(socket, draftId, true);
      }
    } finally {
      this.rechecking = false;
    }
  }

  private trustEdits(socket: SimpulSocket, draftId: string): void {
    const until = this.mayEditUntil.get(socket) ?? new Map<string, number>();
    until.set(draftId, Date.now() + EDIT_ACCESS_CACHE_MS);
    this.mayEditUntil.set(socket, until);
  }

  private async forget(socket: SimpulSocket, draftId: string, leave: boolean): Promise<void> {
    this.mayEditUntil.get(socket)?.delete(draftId);
    if (!leave) return;
    this.joined.get(socket)?.delete(draftId);
    await socket.leave(room(draftId));
  }

  private draftIdOf(frame: unknown): string {
    const draftId = (frame as Frame | null)?.draftId;
    if (typeof draftId !== 'string' || !UUID.test(draftId)) throw clarificationErrors.notJoined();
    return draftId;
  }

  private actorOf(socket: SimpulSocket): Actor {
    return socket.data.actor as Actor;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | SocketError> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiException) return asSocketError(error);
      throw error;
    }
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.join)
  join(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      const reply = await this.drafts.diffFor(
        this.actorOf(socket),
        draftId,
        (frame as Frame).stateVector,
      );
      await socket.join(room(draftId));
      let set = this.joined.get(socket);
      if (!set) {
        set = new Set<string>();
        this.joined.set(socket, set);
        socket.once('disconnect', () => this.joined.delete(socket));
      }
      set.add(draftId);
      if (reply.canEdit) this.trustEdits(socket, draftId);
      else await this.forget(socket, draftId, false);
      return reply;
    });
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.leave)
  leave(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      await this.forget(socket, draftId, true);
      return { ok: true as const };
    });
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.update)
  update(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      if (!this.joined.get(socket)?.has(draftId)) throw clarificationErrors.notJoined();
      const update = (frame as Frame).update;
      const askPolicy = (this.mayEditUntil.get(socket)?.get(draftId) ?? 0) <= Date.now();
      try {
        await this.drafts.applyUpdate(this.actorOf(socket), draftId, update, {
          askPolicy,
          // Stored (committed): only now to the others.
          stored: () =>
            socket.to(room(draftId)).emit(CLARIFICATION_SOCKET_EVENTS.update, {
              draftId,
              update: update as Uint8Array,
            }),
        });
      } catch (error) {
        if (error instanceof ApiException && error.getStatus() !== HttpStatus.BAD_REQUEST)
          await this.forget(socket, draftId, error.getStatus() === HttpStatus.NOT_FOUND);
        throw error;
      }
      if (askPolicy) this.trustEdits(socket, draftId);
      return { ok: true as const };
    });
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.awareness)
  awareness(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      if (!this.joined.get(socket)?.has(draftId)) throw clarificationErrors.notJoined();
      const update = (frame as Frame).update;
      if (!(update instanceof Uint8Array)) throw clarificationErrors.malformed();
      if (update.byteLength > CLARIFICATION_MAX_UPDATE_BYTES) throw clarificationErrors.tooLarge();
      socket.to(room(draftId)).emit(CLARIFICATION_SOCKET_EVENTS.awareness, { draftId, update });
      return { ok: true as const };
    });
  }
}
