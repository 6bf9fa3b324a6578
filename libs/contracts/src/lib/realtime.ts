/** Socket.io event names, typed once for the API gateway and the web client. */
export const SOCKET_EVENTS = {
  ping: 'system:ping',
} as const;

export interface PingPayload {
  /** Client's clock when sending, echoed back for round-trip measurement. */
  sentAt: number;
}

export interface PongPayload {
  sentAt: number;
  serverTime: string;
}

export interface ClientToServerEvents {
  [SOCKET_EVENTS.ping]: (
    payload: PingPayload,
    ack: (reply: PongPayload | SocketError) => void,
  ) => void;
}

/** Events the server pushes; the case and collaboration issues add theirs here. */
export type ServerToClientEvents = Record<never, never>;

export interface SocketError {
  error: { code: string; message: { id: string; en: string }; field?: string };
}
