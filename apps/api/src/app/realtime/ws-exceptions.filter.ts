import {
  Catch,
  HttpException,
  Logger,
  type ArgumentsHost,
  type WsExceptionFilter,
} from '@nestjs/common';
import type { SocketError } from '@simpul/contracts';
import { socketError } from './case-rooms';

/**
 * The gateway's only exception filter. Nest's default one (`BaseWsExceptionFilter`) emits an
 * `exception` event carrying the inbound payload as its cause: an echo of whatever a client sent,
 * and for a pathological payload a second crash while serializing it. Here an error in a handler
 * becomes the API's socket error shape in the ack (if the client asked for one: an API error keeps
 * its code, anything else is a generic `INTERNAL`) and a log line naming the event and socket,
 * never the payload.
 */
@Catch()
export class WsExceptionsFilter implements WsExceptionFilter {
  private readonly logger = new Logger('RealtimeGateway');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ws = host.switchToWs();
    // Nest calls a gateway handler with (socket, data, ack, pattern).
    const args = host.getArgs<unknown[]>();
    const ack = typeof args[2] === 'function' ? (args[2] as (reply: SocketError) => void) : null;
    const socket = ws.getClient<{ id?: string } | undefined>();
    const event = String(ws.getPattern() ?? '?');
    if (!(exception instanceof HttpException)) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        `${event} from socket ${socket?.id ?? '?'} failed: ${error.message}`,
        error.stack,
      );
    }
    if (!ack) return;
    try {
      ack(socketError(exception));
    } catch (error) {
      // The socket may be gone; nothing else to tell it.
      this.logger.warn(`${event}: error reply not sent: ${(error as Error).message}`);
    }
  }
}
