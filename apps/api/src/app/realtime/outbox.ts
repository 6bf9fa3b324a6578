import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  SOCKET_EVENTS,
  type NotificationReadMessage,
  type NotificationView,
} from '@simpul/contracts';

/**
 * Who receives an outbox message: `user` → room `user:<id>` (every tab of that person),
 * `agency` → room `agency:<id>` (everyone acting for that agency). Case events reach room
 * `case:<id>` through the database trigger on `case_event`, never through this service.
 */
export type OutboxChannel = 'user' | 'agency';

/** What other modules may publish, with the payload type the socket event carries. */
export type OutboxMessage =
  | {
      channel: OutboxChannel;
      target: string;
      event: typeof SOCKET_EVENTS.notificationNew;
      payload: NotificationView;
    }
  | {
      channel: OutboxChannel;
      target: string;
      event: typeof SOCKET_EVENTS.notificationRead;
      payload: NotificationReadMessage;
    };

/** Events the relay accepts from `user`/`agency` rows (anything else is logged and dropped). */
export const PUBLISHABLE_EVENTS: readonly string[] = [
  SOCKET_EVENTS.notificationNew,
  SOCKET_EVENTS.notificationRead,
];

/**
 * The transactional outbox: call {@link publish} with the manager of the transaction that makes
 * the change, and the message goes out through socket.io only after that transaction commits
 * (and not at all if it rolls back). Delivery is at least once; receivers drop duplicates.
 */
@Injectable()
export class Outbox {
  async publish(manager: EntityManager, message: OutboxMessage): Promise<void> {
    await manager.query(
      `INSERT INTO "outbox" ("channel", "target", "event", "payload") VALUES ($1, $2, $3, $4)`,
      [message.channel, message.target, message.event, JSON.stringify(message.payload)],
    );
  }
}
