import * as Y from 'yjs';
import { CLARIFICATION_SOCKET_EVENTS, type SocketError } from '@simpul/contracts';
import { connectSocket, type TestSocket } from './realtime';

type Reply = {
  ok?: true;
  update?: Uint8Array;
  stateVector?: Uint8Array;
  canEdit?: boolean;
} & Partial<SocketError>;

/**
 * A co-editing client as the browser runs it: a real Y.Doc synced over a real socket.io socket.
 * Local changes are sent as Yjs updates (acknowledged once stored); remote ones applied. While
 * offline, changes stay in the document; on reconnect the client sends what the server lacks.
 */
export class ClarificationClient {
  readonly doc = new Y.Doc();
  socket: TestSocket | null = null;
  readonly refusals: SocketError[] = [];
  private pending: Promise<unknown>[] = [];

  constructor(
    private readonly url: () => string,
    private readonly token: string,
    readonly draftId: string,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote' || !this.socket?.connected) return;
      this.pending.push(this.send(update));
    });
  }

  private emit(event: string, payload: unknown): Promise<Reply> {
    const socket = this.socket as unknown as {
      timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<Reply> };
    };
    return socket.timeout(10_000).emitWithAck(event, payload);
  }

  private async send(update: Uint8Array) {
    const reply = await this.emit(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId: this.draftId,
      update,
    });
    if (reply.error) this.refusals.push(reply as SocketError);
    return reply;
  }

  async connect(): Promise<Reply> {
    this.socket = await connectSocket(this.url(), this.token);
    const socket = this.socket as unknown as {
      on(
        event: string,
        listener: (message: { draftId: string; update: ArrayBuffer }) => void,
      ): void;
    };
    socket.on(CLARIFICATION_SOCKET_EVENTS.update, (message) => {
      if (message.draftId === this.draftId)
        Y.applyUpdate(this.doc, new Uint8Array(message.update), 'remote');
    });
    const reply = await this.emit(CLARIFICATION_SOCKET_EVENTS.join, {
      draftId: this.draftId,
      stateVector: Y.encodeStateVector(this.doc),
    });
    if (reply.error) return reply;
    Y.applyUpdate(this.doc, new Uint8Array(reply.update as Uint8Array), 'remote');
    // What this client wrote offline and the server lacks.
    const missing = Y.encodeStateAsUpdate(
      this.doc,
      new Uint8Array(reply.stateVector as Uint8Array),
    );
    if (missing.byteLength > 2) this.pending.push(this.send(missing));
    return reply;
  }

  disconnect() {
    this.socket?.disconnect();
  }

  /** Every sent update acknowledged (stored). */
  async flushed(): Promise<Reply[]> {
    const all = (await Promise.all(this.pending)) as Reply[];
    this.pending = [];
    return all;
  }

  text(section = 'penjelasan') {
    return this.doc.getText(section).toString();
  }

  raw(event: string, payload: unknown) {
    return this.emit(event, payload);
  }
}
