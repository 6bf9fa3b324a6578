import { HttpClient, HttpParams } from '@angular/common/http';
import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  InjectionToken,
  computed,
  effect,
  inject,
  signal,
  untracked,
  type Signal,
  type WritableSignal,
} from '@angular/core';
import {
  SOCKET_EVENTS,
  isApiErrorCode,
  type ApiErrorCode,
  type CaseEvent,
  type CaseJoinReply,
  type ClientToServerEvents,
  type InboxCaseChangedMessage,
  type NotificationReadMessage,
  type NotificationView,
  type PresenceMember,
  type ServerToClientEvents,
  type SocketError,
} from '@simpul/contracts';
import type { Socket } from 'socket.io-client';
import { Subject, filter, firstValueFrom, map, type Observable } from 'rxjs';
import { AuthService } from './auth.service';
import { CaseEventStream, type StreamStep } from './case-event-stream';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketAuth = (callback: (data: Record<string, unknown>) => void) => void;

/**
 * Creates the tab's socket (not yet connected). The handshake reads `auth` on every attempt, so a
 * reconnect always carries the current access token and acting agency. Tests provide a fake.
 */
export const REALTIME_SOCKET_FACTORY = new InjectionToken<
  (auth: SocketAuth) => RealtimeSocket | Promise<RealtimeSocket>
>('REALTIME_SOCKET_FACTORY', {
  providedIn: 'root',
  // socket.io-client loads after the first screen: it is not needed to show it.
  factory: () => async (auth) => {
    const { io } = await import('socket.io-client');
    return io({
      path: '/socket.io',
      autoConnect: false,
      // WebSocket only: no sticky sessions needed when several API processes serve the rooms.
      transports: ['websocket'],
      auth,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10_000,
    });
  },
});

/** `idle`: signed out; `connecting`: first attempt; `disconnected`: lost or refused, retrying. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'disconnected';

export interface AppliedCaseEvent {
  caseId: string;
  event: CaseEvent;
}

/** A component's interest in one case; the room is left when the last one is released. */
export interface CaseWatch {
  readonly caseId: string;
  /** The last sequence number applied in this tab; null until the room was joined. */
  readonly head: Signal<number | null>;
  /** Who else is in the room now (this user's other tabs excluded). */
  readonly presence: Signal<PresenceMember[]>;
  /** Set when the server removed this tab from the room (access ended). */
  readonly accessRevoked: Signal<boolean>;
  /** The case's events, each once and in order, as they are applied. */
  readonly events$: Observable<CaseEvent>;
  release(): void;
}

interface WatchedCase {
  refs: number;
  stream: CaseEventStream;
  head: WritableSignal<number | null>;
  presence: WritableSignal<PresenceMember[]>;
  accessRevoked: WritableSignal<boolean>;
  /** The highest sequence the server reported on join: catch-up is done once applied up to it. */
  knownHead: number;
  retryTimer: ReturnType<typeof setTimeout> | null;
}

const ACK_TIMEOUT_MS = 10_000;
/** Repeated catch-ups for the same hole wait this long, so a stuck gap cannot spin. */
const GAP_RETRY_MS = 1_500;
/** Activity is reported at most this often; the server marks people idle after a few minutes. */
const ACTIVE_EVERY_MS = 30_000;
/** Handshake refusals that a fresh access token may cure. */
const TOKEN_REFUSALS = new Set<ApiErrorCode>([
  'UNAUTHORIZED',
  'AUTH_REQUIRED',
  'INVALID_TOKEN',
  'SESSION_ENDED',
]);

function isSocketError(reply: unknown): reply is SocketError {
  return typeof reply === 'object' && reply !== null && 'error' in reply;
}

/**
 * The tab's one socket: authenticated as the signed-in user for the acting agency, reconnected
 * on agency switch and with a fresh token after a refusal. Every open case keeps its own
 * {@link CaseEventStream}: on each (re)join and on any gap it catches up through
 * `GET /cases/:id/events?afterSeq=`, so correctness never depends on the socket delivering
 * everything (connection-state recovery may help, it is not relied on).
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService {
  private readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly createSocket = inject(REALTIME_SOCKET_FACTORY);

  private socket: RealtimeSocket | null = null;
  private readonly cases = new Map<string, WatchedCase>();
  private readonly applied = new Subject<AppliedCaseEvent>();
  private readonly notificationNew = new Subject<NotificationView>();
  private readonly notificationRead = new Subject<NotificationReadMessage>();
  private readonly inboxChanged = new Subject<InboxCaseChangedMessage>();
  private readonly reconnected = new Subject<void>();
  private readonly connectionState = signal<ConnectionState>('idle');
  private refreshedForRefusal = false;
  private refusalTimer: ReturnType<typeof setTimeout> | null = null;
  private lastActiveAt = 0;
  /** Increases with every (dis)connect, so a socket still loading for an old one is dropped. */
  private generation = 0;

  readonly state = this.connectionState.asReadonly();
  /** The tab's one socket, for the clarification co-editing channel (its own events). */
  clarificationSocket(): RealtimeSocket | null {
    return this.socket;
  }

  /** Every case event applied in this tab. */
  readonly caseEvents$: Observable<AppliedCaseEvent> = this.applied.asObservable();
  readonly notificationNew$ = this.notificationNew.asObservable();
  readonly notificationRead$ = this.notificationRead.asObservable();
  readonly inboxCaseChanged$ = this.inboxChanged.asObservable();
  /**
   * Fires on every successful (re)connect, and when the server says live events may have been
   * missed (`realtime:resync`): lists without sequence numbers reload then.
   */
  readonly connected$ = this.reconnected.asObservable();

  constructor() {
    // One connection per signed-in user and acting agency; a switch means a new handshake. A token
    // refresh does not: the live socket stays, and the next handshake reads the new token.
    const identity = computed(
      () => {
        const user = this.auth.user();
        if (!user || user.mustChangePassword) return null;
        return { userId: user.id, agencyId: this.auth.actingAgencyId() ?? '' };
      },
      { equal: (a, b) => a?.userId === b?.userId && a?.agencyId === b?.agencyId },
    );
    effect(() => {
      const current = identity();
      untracked(() => this.reconnect(current ? current.agencyId : null));
    });
    const activity = () => this.reportActivity();
    for (const type of ['pointerdown', 'keydown', 'visibilitychange'] as const) {
      this.document.addEventListener(type, activity, { passive: true });
    }
    inject(DestroyRef).onDestroy(() => {
      for (const type of ['pointerdown', 'keydown', 'visibilitychange'] as const) {
        this.document.removeEventListener(type, activity);
      }
      this.disconnect();
    });
  }

  /** Joins the case's room (once per tab, however many components ask) until released. */
  watchCase(caseId: string): CaseWatch {
    let watched = this.cases.get(caseId);
    if (!watched) {
      watched = {
        refs: 0,
        stream: new CaseEventStream(),
        head: signal<number | null>(null),
        presence: signal<PresenceMember[]>([]),
        accessRevoked: signal(false),
        knownHead: 0,
        retryTimer: null,
      };
      this.cases.set(caseId, watched);
      if (this.socket?.connected) this.join(caseId);
    }
    watched.refs += 1;
    const entry = watched;
    let released = false;
    return {
      caseId,
      head: entry.head.asReadonly(),
      presence: entry.presence.asReadonly(),
      accessRevoked: entry.accessRevoked.asReadonly(),
      events$: this.applied.pipe(
        filter((applied) => applied.caseId === caseId),
        map((applied) => applied.event),
      ),
      release: () => {
        if (released) return;
        released = true;
        entry.refs -= 1;
        if (entry.refs > 0) return;
        if (entry.retryTimer) clearTimeout(entry.retryTimer);
        this.cases.delete(caseId);
        if (this.socket?.connected) this.socket.emit(SOCKET_EVENTS.caseLeave, { caseId });
      },
    };
  }

  setTyping(caseId: string, typing: boolean): void {
    if (this.socket?.connected && this.cases.has(caseId)) {
      this.socket.emit(SOCKET_EVENTS.presenceTyping, { caseId, typing });
    }
  }

  /** Soft lock on a field of the case (`null` releases); `takeOver` claims one someone else holds. */
  lockField(caseId: string, field: string | null, takeOver = false): void {
    if (this.socket?.connected && this.cases.has(caseId)) {
      this.socket.emit(SOCKET_EVENTS.presenceFieldLock, {
        caseId,
        field,
        ...(takeOver ? { takeOver: true } : {}),
      });
    }
  }

  private reconnect(agencyId: string | null): void {
    this.disconnect();
    if (agencyId === null) {
      this.connectionState.set('idle');
      return;
    }
    this.connectionState.set('connecting');
    const generation = ++this.generation;
    const created = this.createSocket((callback) =>
      callback({ token: this.auth.accessToken() ?? '', agencyId }),
    );
    if (created instanceof Promise) {
      created.then(
        (socket) => {
          if (generation === this.generation) this.start(socket);
        },
        () => this.connectionState.set('disconnected'),
      );
    } else {
      this.start(created);
    }
  }

  private start(socket: RealtimeSocket): void {
    this.socket = socket;
    socket.on('connect', () => {
      this.connectionState.set('connected');
      this.refreshedForRefusal = false;
      this.catchUpEverything();
    });
    // The API's processes lost their shared channel for a while: do what a reconnect does.
    socket.on(SOCKET_EVENTS.realtimeResync, () => this.catchUpEverything());
    socket.on('disconnect', () => {
      this.connectionState.set('disconnected');
      for (const watched of this.cases.values()) watched.presence.set([]);
    });
    socket.on('connect_error', (error: Error & { data?: { code?: ApiErrorCode } }) => {
      this.connectionState.set('disconnected');
      // socket.io retries network failures itself; a refusal by the server it leaves to us.
      if (!socket.active) {
        const code = error.data?.code ?? error.message;
        this.handleRefusal(socket, isApiErrorCode(code) ? code : null);
      }
    });
    socket.on(SOCKET_EVENTS.caseEvent, ({ caseId, event }) => {
      const watched = this.cases.get(caseId);
      if (watched) this.follow(caseId, watched, watched.stream.receive(event));
      // The server sends no inbox:case_changed to a socket in the case's room: this is it.
      this.inboxChanged.next({ caseId, seq: event.seq, type: event.type });
    });
    socket.on(SOCKET_EVENTS.presenceState, ({ caseId, members }) => {
      const me = this.auth.user()?.id;
      this.cases.get(caseId)?.presence.set(members.filter((m) => m.userId !== me));
    });
    socket.on(SOCKET_EVENTS.caseAccessRevoked, ({ caseId }) => {
      const watched = this.cases.get(caseId);
      if (!watched) return;
      watched.accessRevoked.set(true);
      watched.presence.set([]);
    });
    socket.on(SOCKET_EVENTS.notificationNew, (notification) =>
      this.notificationNew.next(notification),
    );
    socket.on(SOCKET_EVENTS.notificationRead, (message) => this.notificationRead.next(message));
    socket.on(SOCKET_EVENTS.inboxCaseChanged, (message) => this.inboxChanged.next(message));
    socket.connect();
  }

  /** Rejoins every open case (each join catches up from its last seq) and reloads the lists. */
  private catchUpEverything(): void {
    for (const caseId of this.cases.keys()) this.join(caseId);
    this.reconnected.next();
  }

  private disconnect(): void {
    this.generation += 1;
    if (this.refusalTimer) clearTimeout(this.refusalTimer);
    this.refusalTimer = null;
    if (!this.socket) return;
    this.socket.removeAllListeners();
    this.socket.disconnect();
    this.socket = null;
    for (const watched of this.cases.values()) watched.presence.set([]);
  }

  /** A refused handshake: refresh the access token once, then retry; otherwise back off. */
  private handleRefusal(socket: RealtimeSocket, code: ApiErrorCode | null): void {
    if (this.refusalTimer || socket !== this.socket) return;
    if (code === 'PASSWORD_CHANGE_REQUIRED') return;
    if (code && TOKEN_REFUSALS.has(code) && !this.refreshedForRefusal) {
      this.refreshedForRefusal = true;
      this.auth.refresh().subscribe({
        next: () => {
          // A new session re-runs the connection effect only when the user changed; reconnect here.
          if (socket === this.socket && !socket.connected) socket.connect();
        },
        error: () => undefined,
      });
      return;
    }
    this.refusalTimer = setTimeout(() => {
      this.refusalTimer = null;
      this.refreshedForRefusal = false;
      if (socket === this.socket && !socket.connected) socket.connect();
    }, 15_000);
  }

  private join(caseId: string): void {
    const socket = this.socket;
    if (!socket) return;
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emit(
        SOCKET_EVENTS.caseJoin,
        { caseId },
        (timedOut: Error | null, reply: CaseJoinReply | SocketError) => {
          const watched = this.cases.get(caseId);
          if (!watched || socket !== this.socket) return;
          if (timedOut) {
            // No answer: try again while still connected (the next connect rejoins anyway).
            this.retryLater(caseId, watched, () => socket.connected && this.join(caseId));
            return;
          }
          if (isSocketError(reply) && reply.error.code === 'RATE_LIMITED') {
            // Too many frames from this tab just now: not a refusal of the case, ask again shortly.
            this.retryLater(caseId, watched, () => socket.connected && this.join(caseId));
            return;
          }
          if (isSocketError(reply)) {
            // Refused by the access policy (or the case is gone): the page reloads and says so.
            watched.accessRevoked.set(true);
            return;
          }
          watched.accessRevoked.set(false);
          watched.knownHead = Math.max(watched.knownHead, reply.lastSeq);
          this.follow(caseId, watched, watched.stream.joined(reply.lastSeq));
          this.reportActivity(true);
        },
      );
  }

  private follow(caseId: string, watched: WatchedCase, step: StreamStep): void {
    for (const event of step.apply) this.applied.next({ caseId, event });
    if (step.apply.length > 0) watched.head.set(watched.stream.lastSeq);
    else if (watched.head() === null && watched.stream.lastSeq !== null)
      watched.head.set(watched.stream.lastSeq);
    if (step.fetchAfter !== null) void this.catchUp(caseId, watched, step.fetchAfter);
  }

  private async catchUp(caseId: string, watched: WatchedCase, afterSeq: number): Promise<void> {
    let events: CaseEvent[] | null = null;
    try {
      events = await firstValueFrom(
        this.http.get<CaseEvent[]>(`/api/cases/${encodeURIComponent(caseId)}/events`, {
          params: new HttpParams().set('afterSeq', afterSeq),
        }),
      );
    } catch {
      watched.stream.syncFailed();
    }
    if (this.cases.get(caseId) !== watched) return;
    if (events) {
      const step = watched.stream.caughtUp(events);
      // A hole left (a commit not yet visible to the query): apply what fits, ask again soon.
      if (step.fetchAfter !== null) watched.stream.syncFailed();
      this.follow(caseId, watched, { apply: step.apply, fetchAfter: null });
      if (step.fetchAfter === null && (watched.stream.lastSeq ?? 0) >= watched.knownHead) return;
    }
    this.retryLater(caseId, watched, () => {
      if (watched.stream.isSyncing) return;
      this.follow(caseId, watched, watched.stream.joined(watched.knownHead));
    });
  }

  private retryLater(caseId: string, watched: WatchedCase, run: () => void): void {
    if (watched.retryTimer) clearTimeout(watched.retryTimer);
    watched.retryTimer = setTimeout(() => {
      watched.retryTimer = null;
      if (this.cases.get(caseId) === watched) run();
    }, GAP_RETRY_MS);
  }

  /** Tells the open rooms this person is active, at most every {@link ACTIVE_EVERY_MS}. */
  private reportActivity(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastActiveAt < ACTIVE_EVERY_MS) return;
    if (this.document.visibilityState === 'hidden') return;
    const socket = this.socket;
    if (!socket?.connected) return;
    this.lastActiveAt = now;
    for (const caseId of this.cases.keys()) socket.emit(SOCKET_EVENTS.presenceActive, { caseId });
  }
}
