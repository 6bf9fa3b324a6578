import type { RealtimeSocket, SocketAuth } from '../core/realtime.service';

type Listener = (...args: unknown[]) => void;
type AckCallback = (error: Error | null, reply?: unknown) => void;

interface SentMessage {
  event: string;
  payload: unknown;
  /** Present for emits that wait for an acknowledgement (`case:join`). */
  ack?: AckCallback;
}

/**
 * A stand-in for the tab's socket.io connection: it never touches the network. Specs drive it
 * like the server would (`serverConnect`, `serverEmit`) and read what the client sent (`sent`).
 */
export class FakeSocket {
  static readonly created: FakeSocket[] = [];
  static latest(): FakeSocket {
    const socket = FakeSocket.created[FakeSocket.created.length - 1];
    if (!socket) throw new Error('no socket was created');
    return socket;
  }

  connected = false;
  active = false;
  readonly sent: SentMessage[] = [];
  private readonly listeners = new Map<string, Listener[]>();

  constructor(readonly auth: SocketAuth) {
    FakeSocket.created.push(this);
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  connect(): this {
    this.active = true;
    return this;
  }

  disconnect(): this {
    this.active = false;
    this.connected = false;
    return this;
  }

  timeout(): { emit: (event: string, payload: unknown, ack: AckCallback) => void } {
    return { emit: (event, payload, ack) => this.sent.push({ event, payload, ack }) };
  }

  emit(event: string, payload: unknown): this {
    this.sent.push({ event, payload });
    return this;
  }

  /** What the handshake would carry now. */
  handshake(): Record<string, unknown> {
    let data: Record<string, unknown> = {};
    this.auth((value) => (data = value));
    return data;
  }

  serverConnect(): void {
    this.connected = true;
    this.fire('connect');
  }

  serverDisconnect(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  serverEmit(event: string, payload: unknown): void {
    this.fire(event, payload);
  }

  /** Answers the latest `event` the client sent with an acknowledgement. */
  ack(event: string, reply: unknown): void {
    const message = [...this.sent].reverse().find((m) => m.event === event && m.ack);
    if (!message?.ack) throw new Error(`no ${event} waiting for an answer`);
    const callback = message.ack;
    message.ack = undefined;
    callback(null, reply);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export function fakeSocketFactory(auth: SocketAuth): RealtimeSocket {
  return new FakeSocket(auth) as unknown as RealtimeSocket;
}
