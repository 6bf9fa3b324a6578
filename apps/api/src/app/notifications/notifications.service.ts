import { HttpStatus, Injectable } from '@nestjs/common';
import {
  SOCKET_EVENTS,
  type NotificationKind,
  type NotificationPage,
  type NotificationReadMessage,
  type NotificationView,
} from '@simpul/contracts';
import type { EntityManager } from 'typeorm';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { queryRows } from '../database/query-rows';
import { runQuery } from '../database/typed-query';
import { Outbox } from '../outbox/outbox';
import { groupOfKey } from './notification-groups';
import type { MarkNotificationsReadDto, NotificationsQueryDto } from './dto/notifications.dto';
import { markRead, unreadCount } from './notifications.queries';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  case_id: string | null;
  case_number: string | null;
  title: string;
  body: string | null;
  actor_name: string | null;
  created_at: Date;
  read_at: Date | null;
  group_key: string | null;
  group_count: number;
}

/**
 * Each person's notification centre. Row-level security lets a transaction read and mark only the
 * notifications of the user it acts for (`simpul.user_id`, set by ActorDatabase); the queries
 * name the user too, so an index serves them.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly outbox: Outbox,
  ) {}

  list(actor: Actor, query: NotificationsQueryDto): Promise<NotificationPage> {
    const limit = query.limit ?? 20;
    const cursor = decodeKeysetCursor(query.cursor);
    return this.db.run(actor, async (manager) => {
      // The case number is shown only while the case is still visible to the reader.
      const rows = await queryRows<NotificationRow>(
        manager,
        `SELECT n.id, n.kind, n.case_id, c.number AS case_number, n.title, n.body, u.name AS actor_name,
                n.created_at, n.read_at, n.group_key, n.group_count
         FROM notification n
         LEFT JOIN "case" c ON c.id = n.case_id
         LEFT JOIN app_user u ON u.id = n.actor_user_id
         WHERE n.user_id = $1 AND (NOT $2::boolean OR n.read_at IS NULL)
           AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
         ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
        [
          actor.userId,
          query.unreadOnly ?? false,
          cursor?.at ?? null,
          cursor?.id ?? null,
          limit + 1,
        ],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map(toView),
        unreadCount: await this.unreadCount(manager, actor.userId),
        nextCursor:
          rows.length > limit && last ? encodeKeysetCursor(last.created_at, last.id) : null,
      };
    });
  }

  /** Marks some (or all) of the actor's notifications read, and tells every open tab. */
  markRead(actor: Actor, body: MarkNotificationsReadDto): Promise<NotificationReadMessage> {
    const all = body.all === true || body.ids === undefined;
    if (body.all === true && body.ids !== undefined) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual('Data tidak valid: pilih ids atau all', 'Invalid input: give either ids or all'),
        [
          {
            field: 'ids',
            message: bilingual(
              'ids tidak boleh dikirim bersama all',
              'ids must not be sent together with all',
            ),
          },
        ],
      );
    }
    return this.db.run(actor, async (manager) => {
      const marked = await runQuery(manager, markRead, {
        userId: actor.userId,
        all,
        ids: body.ids ?? [],
      });
      const message: NotificationReadMessage = {
        ids: all ? 'all' : marked.map((row) => row.id),
        unreadCount: await this.unreadCount(manager, actor.userId),
      };
      if (marked.length > 0) {
        await this.outbox.publish(manager, {
          channel: 'user',
          target: actor.userId,
          event: SOCKET_EVENTS.notificationRead,
          payload: message,
        });
      }
      return message;
    });
  }

  private async unreadCount(manager: EntityManager, userId: string): Promise<number> {
    const [{ n }] = await runQuery(manager, unreadCount, { userId });
    return n;
  }
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.case_id,
    caseNumber: row.case_number,
    title: row.title,
    body: row.body,
    actorName: row.actor_name,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
    group: groupOfKey(row.group_key),
    groupCount: row.group_count,
  };
}
