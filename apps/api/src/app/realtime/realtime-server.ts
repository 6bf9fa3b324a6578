import { Injectable } from '@nestjs/common';
import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, MembershipRole, ServerToClientEvents } from '@simpul/contracts';
import type { Actor } from '../access/actor';

/** What this socket shows in one case room; kept in `socket.data` so every process can read it. */
export interface PresenceSlot {
  joinedAt: number;
  /** Last sign of life (join, typing, field lock, `presence:active`). */
  activeAt: number;
  /** Typing until this time (0: not typing); typing clears itself without a signal. */
  typingUntil: number;
  field: string | null;
  /** When the field was taken: of two claims of one field the later wins. */
  fieldSince: number;
  /** What the room was last told of this socket (typing, idle), to notice changes by time. */
  shown: { typing: boolean; idle: boolean };
}

export interface SocketData {
  actor: Actor;
  /** Short name of the acting agency, for presence lists. */
  agencyName: string | null;
  /** Case id → presence in that case room. */
  presence: Record<string, PresenceSlot>;
}

/** Messages between API processes (through the adapter when REDIS_URL is set). */
export interface InterServerEvents {
  'presence:release': (message: { socketId: string; caseId: string; field: string }) => void;
}

export type SimpulServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type SimpulSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** Room names: the only place they are spelled. */
export const rooms = {
  /** Every socket of one person (all tabs, all processes). */
  user: (userId: string) => `user:${userId}`,
  /** Every socket acting for an agency. */
  agency: (agencyId: string) => `agency:${agencyId}`,
  /**
   * Sockets of an agency's pimpinan, admins and humas (they read what the agency's descendants
   * hold: relations `ancestor` and `humas_subtree`).
   */
  agencyOversight: (agencyId: string) => `agency:${agencyId}:oversight`,
  /** Sockets that joined a case after the access policy allowed it. */
  case: (caseId: string) => `case:${caseId}`,
};

export const CASE_ROOM_PREFIX = 'case:';
export const OVERSIGHT_ROLES: readonly MembershipRole[] = ['pimpinan', 'admin', 'humas'];
export const isOversightRole = (role: MembershipRole | null): boolean =>
  role !== null && OVERSIGHT_ROLES.includes(role);

/** The socket.io server, set by the gateway once it exists, for services that emit to rooms. */
@Injectable()
export class RealtimeServer {
  server: SimpulServer | null = null;
}
