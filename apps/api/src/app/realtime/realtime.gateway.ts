import { Logger } from '@nestjs/common';
import {
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
} from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import {
  SOCKET_EVENTS,
  type ClientToServerEvents,
  type PongPayload,
  type ServerToClientEvents,
  type SocketError,
} from '@simpul/contracts';
import { summarizeFieldErrors } from '../common/validation-messages';
import { validatePayload } from '../common/validation';
import { PingDto } from './dto/ping.dto';

type SimpulSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** The one socket.io endpoint, on the API's own port (`/socket.io`). */
@WebSocketGateway({ cors: { origin: false }, serveClient: false })
export class RealtimeGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(RealtimeGateway.name);

  handleConnection(socket: SimpulSocket): void {
    this.logger.debug(`connected ${socket.id}`);
  }

  handleDisconnect(socket: SimpulSocket): void {
    this.logger.debug(`disconnected ${socket.id}`);
  }

  @SubscribeMessage(SOCKET_EVENTS.ping)
  async ping(@MessageBody() payload: unknown): Promise<PongPayload | SocketError> {
    const result = await validatePayload(PingDto, payload);
    if (!result.ok) {
      return {
        error: {
          code: 'VALIDATION_FAILED',
          message: summarizeFieldErrors(result.fields),
          field: result.fields[0]?.field,
        },
      };
    }
    return { sentAt: result.value.sentAt, serverTime: new Date().toISOString() };
  }
}
