import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type ApiErrorBody,
  type CaseJoinReply,
  type MembershipRole,
  type SocketError,
} from '@simpul/contracts';
import { casePolicy, type CaseRelation } from '../access/access-policy';
import { CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { bilingual } from '../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { queryRows } from '../database/query-rows';
import {
  TYPING_TTL_MS,
  fieldHolder,
  fieldLockLapsed,
  isIdle,
  isTyping,
  newSlot,
  presenceMembers,
} from './presence';
import {
  CASE_ROOM_PREFIX,
  isOversightRole,
  RealtimeServer,
  rooms,
  type SimpulServer,
  type SimpulSocket,
  type SocketData,
} from './realtime-server';

/** Turns an API error into the socket reply shape. */
export function socketError(error: unknown): SocketError {
  if (error instanceof HttpException) {
    const body = error.getResponse() as ApiErrorBody;
    return { error: { code: body.code, message: body.message, field: body.fields?.[0]?.field } };
  }
  return {
    error: {
      code: 'INTERNAL',
      message: bilingual('Terjadi kesalahan di server', 'Something went wrong on the server'),
    },
  };
}

/** A browser tab shows a handful of cases; this bounds what one socket makes the server check. */
export const MAX_CASE_ROOMS_PER_SOCKET = 50;

const notJoined = (): SocketError => ({
  error: {
    code: 'NOT_IN_CASE_ROOM',
    message: bilingual(
      'Buka kasus ini dulu (case:join) sebelum mengirim kehadiran',
      'Join this case (case:join) before sending presence',
    ),
    field: 'caseId',
  },
});

/**
 * Case rooms under the access policy, and presence inside them. Joining asks the same guard as
 * REST (`CaseUnitOfWork`, `simpul_case_relations`) every time; membership of joined rooms is asked
 * again periodically and right after a case's participants change, and sockets that lost access
 * leave the room and get `case:access_revoked`. Presence lives in `socket.data`, so every
 * process computes the same member list with `fetchSockets()` through the adapter.
 */
@Injectable()
export class CaseRooms {
  private readonly logger = new Logger(CaseRooms.name);
  private readonly pendingPresence = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly hub: RealtimeServer,
    private readonly unitOfWork: CaseUnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  private get server(): SimpulServer {
    if (!this.hub.server) throw new Error('socket.io server not ready');
    return this.hub.server;
  }

  /** Rooms every socket is in from the start: its person and its acting agency. */
  async enterPersonalRooms(socket: SimpulSocket): Promise<void> {
    const actor = socket.data.actor;
    socket.data.presence = {};
    await socket.join(rooms.user(actor.userId));
    if (actor.agencyId) {
      await socket.join(rooms.agency(actor.agencyId));
      if (isOversightRole(actor.role)) await socket.join(rooms.agencyOversight(actor.agencyId));
    }
  }

  /**
   * The policy first, then the room, then the last sequence number: an event committed after
   * that number was read is relayed after the socket is in the room, so the client misses
   * nothing between `lastSeq` and the live stream.
   */
  async join(socket: SimpulSocket, caseId: string): Promise<CaseJoinReply | SocketError> {
    const room = rooms.case(caseId);
    const wasIn = socket.rooms.has(room);
    if (!wasIn && this.caseIdsOf(socket).length >= MAX_CASE_ROOMS_PER_SOCKET) {
      return {
        error: {
          code: 'TOO_MANY_CASE_ROOMS',
          message: bilingual(
            `Paling banyak ${MAX_CASE_ROOMS_PER_SOCKET} kasus terbuka sekaligus; tutup yang lain dulu`,
            `At most ${MAX_CASE_ROOMS_PER_SOCKET} cases open at once; leave another first`,
          ),
          field: 'caseId',
        },
      };
    }
    try {
      await this.unitOfWork.run(socket.data.actor, caseId, 'read', async () => undefined);
      // Disconnected while the policy was asked: nothing to join.
      if (!socket.connected) return socketError(new Error('disconnected'));
      const now = Date.now();
      const slot = (wasIn && socket.data.presence[caseId]) || newSlot(now);
      slot.activeAt = now;
      socket.data.presence[caseId] = slot;
      await socket.join(room);
      const lastSeq = await this.unitOfWork.run(
        socket.data.actor,
        caseId,
        'read',
        async (manager) => {
          const [row] = await queryRows<{ last_event_seq: number }>(
            manager,
            `SELECT "last_event_seq" FROM "case" WHERE "id" = $1`,
            [caseId],
          );
          return row?.last_event_seq ?? 0;
        },
      );
      this.presenceChanged(caseId);
      return { caseId, lastSeq };
    } catch (error) {
      // Refused (or access ended between the two questions): not in the room, even if it was.
      if (socket.rooms.has(room)) {
        await socket.leave(room);
        delete socket.data.presence?.[caseId];
        if (wasIn) this.presenceChanged(caseId);
      }
      if (!(error instanceof HttpException)) this.logger.error(error);
      return socketError(error);
    }
  }

  async leave(socket: SimpulSocket, caseId: string): Promise<void> {
    await socket.leave(rooms.case(caseId));
    if (socket.data.presence) delete socket.data.presence[caseId];
    this.presenceChanged(caseId);
  }

  /** After a disconnect: the rooms it was in need a new member list. */
  left(caseIds: string[]): void {
    for (const caseId of caseIds) this.presenceChanged(caseId);
  }

  typing(socket: SimpulSocket, caseId: string, typing: boolean): SocketError | null {
    const slot = this.slot(socket, caseId);
    if (!slot) return notJoined();
    const now = Date.now();
    slot.activeAt = now;
    slot.typingUntil = typing ? now + TYPING_TTL_MS : 0;
    this.refresh(socket, caseId, now);
    return null;
  }

  active(socket: SimpulSocket, caseId: string): SocketError | null {
    const slot = this.slot(socket, caseId);
    if (!slot) return notJoined();
    slot.activeAt = Date.now();
    this.refresh(socket, caseId, slot.activeAt);
    return null;
  }

  /**
   * Soft lock of a field: only someone who may change the case takes one (the same policy as
   * `PATCH cases/{id}`); refused while someone else holds it, unless taken over. It ends with
   * `field: null` (save, cancel), the socket leaving, another field, a take-over, or
   * `FIELD_LOCK_TTL_MS` (presence.ts) without a sign of life.
   */
  async fieldLock(
    socket: SimpulSocket,
    caseId: string,
    field: string | null,
    takeOver: boolean,
  ): Promise<SocketError | null> {
    const slot = this.slot(socket, caseId);
    if (!slot) return notJoined();
    const now = Date.now();
    slot.activeAt = now;
    if (field === null) {
      slot.field = null;
      this.presenceChanged(caseId);
      return null;
    }
    try {
      await this.unitOfWork.run(socket.data.actor, caseId, 'update', async () => undefined);
    } catch (error) {
      if (!(error instanceof HttpException)) this.logger.error(error);
      const refusal = socketError(error);
      return { error: { ...refusal.error, field: 'caseId' } };
    }
    let sockets;
    try {
      sockets = await this.server.in(rooms.case(caseId)).fetchSockets();
    } catch (error) {
      // Another process did not answer (Redis down, a process just died): try again shortly.
      this.logger.warn(`field lock in case ${caseId}: ${(error as Error).message}`);
      return {
        error: {
          code: 'PRESENCE_UNAVAILABLE',
          message: bilingual(
            'Status penyuntingan tidak dapat diperiksa sekarang; coba lagi sebentar lagi',
            'Who is editing cannot be checked right now; try again in a moment',
          ),
        },
      };
    }
    const holder = fieldHolder(sockets, caseId, field, socket.id);
    if (holder && !takeOver) {
      const who = holder.data.actor?.name ?? '?';
      return {
        error: {
          code: 'FIELD_LOCKED',
          message: bilingual(
            `${who} sedang mengubah ${field}; ambil alih bila perlu`,
            `${who} is editing ${field}; take over if needed`,
          ),
          field: 'field',
        },
      };
    }
    slot.field = field;
    slot.fieldSince = now;
    if (holder) this.release(holder.id, caseId, field);
    this.presenceChanged(caseId);
    return null;
  }

  /** Clears a field lock held by a socket on this process or (through the adapter) another. */
  release(socketId: string, caseId: string, field: string): void {
    if (!this.releaseLocal(socketId, caseId, field) && this.config.redisUrl)
      this.server.serverSideEmit('presence:release', { socketId, caseId, field });
  }

  /** Clears the lock if the socket lives on this process; false when it does not. */
  releaseLocal(socketId: string, caseId: string, field: string): boolean {
    const local = this.server.sockets.sockets.get(socketId) as SimpulSocket | undefined;
    if (!local) return false;
    const slot = local.data.presence?.[caseId];
    if (slot?.field === field) slot.field = null;
    return true;
  }

  /**
   * Once a second: typing that ran out and members who went idle (or came back) change what the
   * room shows. Only this process's sockets are looked at; each process reports its own.
   */
  tick(): void {
    const now = Date.now();
    for (const socket of this.server.sockets.sockets.values() as Iterable<SimpulSocket>) {
      for (const caseId of Object.keys(socket.data.presence ?? {})) {
        // Removed from the room by another process (access revoked there): forget the slot.
        if (!socket.rooms.has(rooms.case(caseId))) delete socket.data.presence[caseId];
        else {
          this.lapseFieldLock(socket, caseId, now);
          this.refresh(socket, caseId, now);
        }
      }
    }
  }

  /**
   * Asks the policy again for every case room this process's sockets are in, one query per
   * acting agency and role. Roles are re-read too: a demoted pimpinan loses what it read as
   * an ancestor; a socket whose acting membership ended is disconnected.
   */
  async recheckLocal(): Promise<void> {
    const sockets = [...this.server.sockets.sockets.values()] as SimpulSocket[];
    if (sockets.length === 0) return;
    await this.refreshRoles(sockets);
    const joined = sockets.filter((s) => s.connected && this.caseIdsOf(s).length > 0);
    await this.enforce(
      joined.map((s) => ({ socket: s, data: s.data, caseIds: this.caseIdsOf(s) })),
      (entry, caseId) => this.revokeLocal(entry.socket, caseId),
    );
  }

  /** Asks the policy again for everyone in one case room, on every process (participants changed). */
  async recheckCase(caseId: string): Promise<void> {
    const remote = await this.server.in(rooms.case(caseId)).fetchSockets();
    await this.enforce(
      remote.map((s) => ({ socket: s, data: s.data, caseIds: [caseId] })),
      (entry) => {
        entry.socket.emit(SOCKET_EVENTS.caseAccessRevoked, { caseId });
        entry.socket.leave(rooms.case(caseId));
      },
    );
    this.presenceChanged(caseId);
  }

  caseIdsOf(socket: SimpulSocket): string[] {
    return [...socket.rooms]
      .filter((room) => room.startsWith(CASE_ROOM_PREFIX))
      .map((room) => room.slice(CASE_ROOM_PREFIX.length));
  }

  /** Debounced: one member list per room for a burst of changes. */
  presenceChanged(caseId: string): void {
    if (this.pendingPresence.has(caseId)) return;
    const timer = setTimeout(() => {
      this.pendingPresence.delete(caseId);
      // Fire and forget: broadcastPresence logs its own failures and retries later.
      void this.broadcastPresence(caseId);
    }, 30);
    timer.unref();
    this.pendingPresence.set(caseId, timer);
  }

  cancelPending(): void {
    for (const timer of this.pendingPresence.values()) clearTimeout(timer);
    this.pendingPresence.clear();
  }

  private async broadcastPresence(caseId: string): Promise<void> {
    const hub = this.hub.server;
    if (!hub) return;
    try {
      const sockets = await hub.in(rooms.case(caseId)).fetchSockets();
      hub.to(rooms.case(caseId)).emit(SOCKET_EVENTS.presenceState, {
        caseId,
        members: presenceMembers(sockets, caseId, Date.now()),
      });
    } catch (error) {
      // Another process did not answer in time (it may have just died): try once more later.
      this.logger.warn(`presence of case ${caseId}: ${(error as Error).message}`);
      setTimeout(() => this.presenceChanged(caseId), 2_000).unref();
    }
  }

  private slot(socket: SimpulSocket, caseId: string) {
    if (!socket.rooms.has(rooms.case(caseId))) return null;
    return socket.data.presence?.[caseId] ?? null;
  }

  /** A lock whose holder showed no sign of life for a while is released for the others. */
  private lapseFieldLock(socket: SimpulSocket, caseId: string, now: number): void {
    const slot = socket.data.presence?.[caseId];
    if (!slot || !fieldLockLapsed(slot, now)) return;
    slot.field = null;
    this.presenceChanged(caseId);
  }

  /** Tells the room when what it shows of this socket (typing, idle) no longer holds. */
  private refresh(socket: SimpulSocket, caseId: string, now: number): void {
    const slot = socket.data.presence?.[caseId];
    if (!slot) return;
    const typing = isTyping(slot, now);
    const idle = isIdle(slot, now);
    if (typing === slot.shown.typing && idle === slot.shown.idle) return;
    slot.shown = { typing, idle };
    this.presenceChanged(caseId);
  }

  private revokeLocal(socket: SimpulSocket, caseId: string): void {
    socket.emit(SOCKET_EVENTS.caseAccessRevoked, { caseId });
    // Leaving is local to this process's adapter and cannot fail; nothing waits for it.
    void socket.leave(rooms.case(caseId));
    if (socket.data.presence) delete socket.data.presence[caseId];
    this.presenceChanged(caseId);
  }

  /** Re-reads each socket's role in its acting agency (one query for all of this process's sockets). */
  private async refreshRoles(sockets: SimpulSocket[]): Promise<void> {
    const acting = sockets.filter((s) => s.data.actor?.agencyId);
    if (acting.length === 0) return;
    const rows: { user_id: string; agency_id: string; role: MembershipRole | null }[] =
      await this.dataSource.query(
        `SELECT p.user_id, p.agency_id, m.role
           FROM unnest($1::uuid[], $2::uuid[]) AS p(user_id, agency_id)
           LEFT JOIN "membership" m ON m.user_id = p.user_id AND m.agency_id = p.agency_id
             AND EXISTS (SELECT 1 FROM "agency" a WHERE a.id = m.agency_id AND a.active)`,
        [acting.map((s) => s.data.actor.userId), acting.map((s) => s.data.actor.agencyId)],
      );
    const roles = new Map(rows.map((r) => [`${r.user_id}:${r.agency_id}`, r.role]));
    for (const socket of acting) {
      const actor = socket.data.actor;
      const role = roles.get(`${actor.userId}:${actor.agencyId}`) ?? null;
      if (role === actor.role) continue;
      if (role === null) {
        socket.disconnect(true);
        continue;
      }
      socket.data.actor = {
        ...actor,
        role,
        memberships: actor.memberships.map((m) =>
          m.agencyId === actor.agencyId ? { ...m, role } : m,
        ),
      };
      const oversight = rooms.agencyOversight(actor.agencyId as string);
      if (isOversightRole(role)) await socket.join(oversight);
      else await socket.leave(oversight);
    }
  }

  /**
   * The read rule for many (socket, case) pairs at once: `simpul_case_relations` (what RLS and
   * `caseAccess` use) per acting agency and role, then `casePolicy.read`.
   */
  private async enforce<E extends { data: Partial<SocketData>; caseIds: string[] }>(
    entries: E[],
    revoke: (entry: E, caseId: string) => void,
  ): Promise<void> {
    const groups = new Map<
      string,
      { agencyId: string | null; role: string | null; entries: E[] }
    >();
    for (const entry of entries) {
      const actor = entry.data.actor;
      if (!actor) continue;
      const key = `${actor.agencyId}:${actor.role}`;
      const group = groups.get(key) ?? { agencyId: actor.agencyId, role: actor.role, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const caseIds = [...new Set(group.entries.flatMap((e) => e.caseIds))];
      const readable = new Set<string>();
      if (group.agencyId) {
        const rows: { case_id: string; relations: CaseRelation[] }[] = await this.dataSource.query(
          `SELECT c AS case_id, simpul_case_relations(c, $2, $3) AS relations FROM unnest($1::uuid[]) AS c`,
          [caseIds, group.agencyId, group.role],
        );
        for (const row of rows) {
          const access = { relations: row.relations, role: null, isIntakeAgency: false };
          if (casePolicy.read(access)) readable.add(row.case_id);
        }
      }
      for (const entry of group.entries) {
        for (const caseId of entry.caseIds) if (!readable.has(caseId)) revoke(entry, caseId);
      }
    }
  }
}
