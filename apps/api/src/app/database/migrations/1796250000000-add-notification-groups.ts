import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';
import { notificationKinds, setNotificationKinds } from '../notification-kinds';

/**
 * Grouped notifications (issue #14, item 7). A notification may carry a `group_key`: while the
 * recipient has not read it, the next notification of the same key updates that row (its count
 * `group_count`, title, body and time) instead of adding another, so a 72-row LAPOR import leaves
 * one "72 aduan baru dari impor LAPOR" per colleague. One unread row per recipient and key is a
 * unique partial index, so concurrent writers cannot both add one.
 *
 * The writer acts for the person who caused the notification, and row-level security lets a
 * person read and update only their own notifications; the update of another person's grouped row
 * therefore goes through `simpul_notify_grouped`, SECURITY DEFINER, which writes only what the
 * insert policy already allows (an acting user or the system) and only grouped, unread rows.
 *
 * An invited observer agency gets its own kind `observer_invitation` (it was `new_case`, which the
 * web shows as "Kasus baru untuk instansi Anda"); earlier invitations are relabelled.
 */
const ADDED = ['observer_invitation'];

export class AddNotificationGroups1796250000000 implements MigrationInterface {
  name = 'AddNotificationGroups1796250000000';

  async up(q: QueryRunner): Promise<void> {
    const kinds = await notificationKinds(q);
    await setNotificationKinds(q, [...kinds, ...ADDED.filter((k) => !kinds.includes(k))]);
    await q.query(
      `UPDATE "notification" SET "kind" = 'observer_invitation'
       WHERE "kind" = 'new_case' AND "title" LIKE '% mengundang instansi Anda sebagai pengamat di %'`,
    );
    await q.query(`ALTER TABLE "notification"
      ADD COLUMN "group_key" character varying(120),
      ADD COLUMN "group_count" integer NOT NULL DEFAULT 1,
      ADD CONSTRAINT "ck_notification_group_count" CHECK ("group_count" >= 1)`);
    await q.query(`CREATE UNIQUE INDEX "uq_notification_open_group" ON "notification" ("user_id", "group_key")
      WHERE "read_at" IS NULL AND "group_key" IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION simpul_notify_grouped(
        p_user_ids uuid[], p_kind text, p_case_id uuid, p_title text, p_group_title text,
        p_body text, p_actor_user_id uuid, p_created_at timestamptz, p_group_key text)
      RETURNS TABLE (id uuid, user_id uuid, case_id uuid, title text, group_count integer)
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        INSERT INTO notification AS n
          (id, user_id, kind, case_id, title, body, actor_user_id, created_at, group_key, group_count)
        SELECT gen_random_uuid(), u, p_kind, p_case_id, left(p_title, 300), p_body, p_actor_user_id,
               p_created_at, p_group_key, 1
        FROM unnest(p_user_ids) AS u
        WHERE p_group_key IS NOT NULL
          AND (simpul_actor_user() IS NOT NULL OR current_setting('simpul.system', true) = 'on')
        ON CONFLICT (user_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
        DO UPDATE SET group_count = n.group_count + 1,
          title = left(replace(p_group_title, '{n}', (n.group_count + 1)::text), 300),
          case_id = NULL, body = EXCLUDED.body, actor_user_id = EXCLUDED.actor_user_id,
          created_at = EXCLUDED.created_at
        RETURNING n.id, n.user_id, n.case_id, n.title::text, n.group_count
      $$`);
    await q.query(
      `REVOKE ALL ON FUNCTION simpul_notify_grouped(uuid[], text, uuid, text, text, text, uuid, timestamptz, text) FROM PUBLIC`,
    );
    await q.query(
      `GRANT EXECUTE ON FUNCTION simpul_notify_grouped(uuid[], text, uuid, text, text, text, uuid, timestamptz, text) TO ${APP_DB_ROLE}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION simpul_notify_grouped(uuid[], text, uuid, text, text, text, uuid, timestamptz, text)`,
    );
    await q.query(`DROP INDEX "uq_notification_open_group"`);
    await q.query(`ALTER TABLE "notification" DROP COLUMN "group_key", DROP COLUMN "group_count"`);
    await q.query(
      `UPDATE "notification" SET "kind" = 'new_case' WHERE "kind" = 'observer_invitation'`,
    );
    await setNotificationKinds(
      q,
      (await notificationKinds(q)).filter((k) => !ADDED.includes(k)),
    );
  }
}
