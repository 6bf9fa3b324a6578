import {
  CLARIFICATION_REVIEW_EVENTS,
  type ClarificationCommentMessage,
  type ClarificationVersionMessage,
} from './clarification-review';
import { CLARIFICATION_SOCKET_EVENTS } from './clarifications';
import type { ApiErrorCode } from './api-error';
import type { CaseEvent } from './case-events';
import type { NotificationView } from './notifications';

/** Socket.io event names, typed once for the API gateway and the web client. */
export const SOCKET_EVENTS = {
  ping: 'system:ping',
  /** Client → server: join a case room (the access policy decides, on every join). */
  caseJoin: 'case:join',
  caseLeave: 'case:leave',
  /** Server → client: one committed event of the case's log, relayed from the outbox. */
  caseEvent: 'case:event',
  /** Server → client: the client lost access to a case it had joined; it was removed from the room. */
  caseAccessRevoked: 'case:access_revoked',
  /** Client → server: presence signals inside a joined case room. */
  presenceTyping: 'presence:typing',
  presenceFieldLock: 'presence:field_lock',
  presenceActive: 'presence:active',
  /** Server → client: who is in the case room now (full list each time it changes). */
  presenceState: 'presence:state',
  /** Server → client (user room): a new notification / a change of read state, across tabs. */
  notificationNew: 'notification:new',
  notificationRead: 'notification:read',
  /**
   * Server → client (agency rooms): a case visible to the agency changed; inbox refreshes it. Not
   * sent to sockets in that case's room: their `case:event` says the same (clients treat it so).
   */
  inboxCaseChanged: 'inbox:case_changed',
  /**
   * Server → client (every socket): live events may have been missed while the API processes'
   * shared channel (Redis) was down; catch up every open case and reload lists, as after a
   * reconnect.
   */
  realtimeResync: 'realtime:resync',
  /**
   * Server → client (agency oversight rooms: its pimpinan and admin): figures of the leaders' view
   * touching this agency may have changed (a case it takes part in, oversees or coordinates moved);
   * coalesced, at most one per agency every LEADERS_CHANGED_COALESCE_MS. Refetch the dashboard.
   */
  leadersChanged: 'leaders:changed',
} as const;

/** How long the relay gathers changes before one `leaders:changed` per agency. */
export const LEADERS_CHANGED_COALESCE_MS = 2_000;

export interface LeadersChangedMessage {
  agencyId: string;
}

export interface PingPayload {
  /** Client's clock when sending, echoed back for round-trip measurement. */
  sentAt: number;
}

export interface PongPayload {
  sentAt: number;
  serverTime: string;
}

export interface CaseRoomRequest {
  caseId: string;
}

/** Reply to `case:join`: the case's current last sequence number, so the client can catch up. */
export interface CaseJoinReply {
  caseId: string;
  lastSeq: number;
}

/** One case event as broadcast in the case room (the same shape `GET /cases/:id/events` returns). */
export interface CaseEventMessage {
  caseId: string;
  event: CaseEvent;
}

export interface CaseAccessRevokedMessage {
  caseId: string;
}

export interface TypingSignal {
  caseId: string;
  typing: boolean;
}

/** A soft lock: "I am editing this field"; others see it and may take it over. */
export interface FieldLockSignal {
  caseId: string;
  /** e.g. `title`, `description`, `priority`; null releases any lock this socket holds. */
  field: string | null;
  /** Take over a lock held by someone else. */
  takeOver?: boolean;
}

export interface ActiveSignal {
  caseId: string;
}

export interface PresenceMember {
  userId: string;
  name: string;
  agencyId: string;
  agencyName: string;
  typing: boolean;
  /** The field this person is editing (soft lock), if any. */
  editingField: string | null;
  /** No activity for a few minutes. */
  idle: boolean;
}

export interface PresenceStateMessage {
  caseId: string;
  members: PresenceMember[];
}

export interface NotificationReadMessage {
  /** Ids marked read, or `all` when everything up to `upTo` was marked read. */
  ids: string[] | 'all';
  unreadCount: number;
}

export interface InboxCaseChangedMessage {
  caseId: string;
  seq: number;
  type: string;
}

type Ack<T> = (reply: T | SocketError) => void;

export interface ClientToServerEvents {
  [SOCKET_EVENTS.ping]: (payload: PingPayload, ack: Ack<PongPayload>) => void;
  [SOCKET_EVENTS.caseJoin]: (payload: CaseRoomRequest, ack: Ack<CaseJoinReply>) => void;
  [SOCKET_EVENTS.caseLeave]: (payload: CaseRoomRequest, ack?: Ack<{ ok: true }>) => void;
  [SOCKET_EVENTS.presenceTyping]: (payload: TypingSignal, ack?: Ack<{ ok: true }>) => void;
  [SOCKET_EVENTS.presenceFieldLock]: (payload: FieldLockSignal, ack?: Ack<{ ok: true }>) => void;
  [SOCKET_EVENTS.presenceActive]: (payload: ActiveSignal, ack?: Ack<{ ok: true }>) => void;
}

export interface ServerToClientEvents {
  [SOCKET_EVENTS.caseEvent]: (message: CaseEventMessage) => void;
  [SOCKET_EVENTS.caseAccessRevoked]: (message: CaseAccessRevokedMessage) => void;
  [SOCKET_EVENTS.presenceState]: (message: PresenceStateMessage) => void;
  [SOCKET_EVENTS.notificationNew]: (notification: NotificationView) => void;
  [SOCKET_EVENTS.notificationRead]: (message: NotificationReadMessage) => void;
  [SOCKET_EVENTS.inboxCaseChanged]: (message: InboxCaseChangedMessage) => void;
  [SOCKET_EVENTS.realtimeResync]: (message: RealtimeResyncMessage) => void;
  [SOCKET_EVENTS.leadersChanged]: (message: LeadersChangedMessage) => void;
  [CLARIFICATION_SOCKET_EVENTS.update]: (message: ClarificationBinaryMessage) => void;
  [CLARIFICATION_SOCKET_EVENTS.awareness]: (message: ClarificationBinaryMessage) => void;
  [CLARIFICATION_REVIEW_EVENTS.comment]: (message: ClarificationCommentMessage) => void;
  [CLARIFICATION_REVIEW_EVENTS.version]: (message: ClarificationVersionMessage) => void;
}

/** A Yjs (or awareness) update of one clarification draft, relayed to the draft's room. */
export interface ClarificationBinaryMessage {
  draftId: string;
  update: Uint8Array;
}

export interface RealtimeResyncMessage {
  reason: 'adapter_outage';
}

export interface SocketError {
  error: { code: ApiErrorCode; message: { id: string; en: string }; field?: string };
}
