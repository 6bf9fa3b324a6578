import { Injectable } from '@nestjs/common';
import type { EntityManager, QueryRunner } from 'typeorm';
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

const OUTBOX_WRITTEN = 'simpulOutboxWritten';

/**
 * Notes that the manager's transaction wrote outbox rows (directly, or through the trigger on
 * `case_event`), so that the relay is woken the moment it commits. Writers outside a TypeORM
 * transaction, and outside the API, are found by the relay's poll (or call
 * `pg_notify('simpul_outbox', '')` after their commit).
 */
export function noteOutboxWrite(manager: EntityManager): void {
  const runner = manager.queryRunner;
  if (runner) runner.data = { ...runner.data, [OUTBOX_WRITTEN]: true };
}

/** Whether a transaction that just ended wrote outbox rows (see {@link noteOutboxWrite}). */
export function wroteOutbox(runner: QueryRunner | undefined): boolean {
  return Boolean(runner?.data?.[OUTBOX_WRITTEN]);
}

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
    noteOutboxWrite(manager);
  }
}
