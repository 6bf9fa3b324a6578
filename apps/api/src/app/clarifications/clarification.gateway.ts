import { UseFilters } from '@nestjs/common';
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
import type { SimpulSocket } from '../realtime/realtime-server';
import { WsExceptionsFilter } from '../realtime/ws-exceptions.filter';
import { asSocketError, clarificationErrors } from './clarification-errors';
import { ClarificationsService } from './clarifications.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The room of one draft's sockets (also used by the review gateway). */
export const clarificationRoom = (draftId: string) => `clarification:${draftId}`;
const room = clarificationRoom;

interface Frame {
  draftId?: unknown;
  update?: unknown;
  stateVector?: unknown;
}

/**
 * Co-editing over the existing socket.io connection: one room per draft, Yjs updates and
 * y-protocols awareness updates as binary buffers. Every update is checked against the access
 * policy and stored before it is broadcast; updates for a draft the socket did not join are refused.
 */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
@UseFilters(new WsExceptionsFilter())
export class ClarificationGateway {
  private readonly joined = new WeakMap<SimpulSocket, Set<string>>();

  constructor(private readonly drafts: ClarificationsService) {}

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
      const set = this.joined.get(socket) ?? new Set<string>();
      set.add(draftId);
      this.joined.set(socket, set);
      return reply;
    });
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.leave)
  leave(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      this.joined.get(socket)?.delete(draftId);
      await socket.leave(room(draftId));
      return { ok: true as const };
    });
  }

  @SubscribeMessage(CLARIFICATION_SOCKET_EVENTS.update)
  update(@ConnectedSocket() socket: SimpulSocket, @MessageBody() frame: unknown) {
    return this.guard(async () => {
      const draftId = this.draftIdOf(frame);
      if (!this.joined.get(socket)?.has(draftId)) throw clarificationErrors.notJoined();
      const update = (frame as Frame).update;
      await this.drafts.applyUpdate(this.actorOf(socket), draftId, update);
      socket.to(room(draftId)).emit(CLARIFICATION_SOCKET_EVENTS.update, {
        draftId,
        update: update as Uint8Array,
      });
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
