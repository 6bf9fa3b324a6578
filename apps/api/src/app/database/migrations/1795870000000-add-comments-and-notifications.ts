import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * The case's conversation (internal notes between agencies, public replies the reporter sees, and
 * the reporter's own replies) with its edit history, each person's notifications, and the stored
 * first results of idempotent POSTs.
 */
export class AddCommentsAndNotifications1795870000000 implements MigrationInterface {
  name = 'AddCommentsAndNotifications1795870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_comment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "visibility" varchar(16) NOT NULL,
        "body" text NULL,
        "author_kind" varchar(16) NOT NULL,
        "author_user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "author_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "report_id" uuid NULL REFERENCES "case_report"("id") ON DELETE SET NULL,
        "author_name" varchar(120) NULL,
        "mentions" jsonb NOT NULL DEFAULT '[]',
        "attachment_ids" uuid[] NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "edited_at" timestamptz NULL,
        "deleted_at" timestamptz NULL,
        "deleted_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "version" integer NOT NULL DEFAULT 1,
        "seq" integer NOT NULL,
        CONSTRAINT "ck_case_comment_visibility" CHECK ("visibility" IN ('internal', 'public')),
        CONSTRAINT "ck_case_comment_author_kind" CHECK ("author_kind" IN ('officer', 'reporter')),
        CONSTRAINT "ck_case_comment_reporter_public" CHECK ("author_kind" = 'officer' OR "visibility" = 'public'),
        CONSTRAINT "ck_case_comment_body" CHECK ("body" IS NOT NULL OR "deleted_at" IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX "ix_case_comment_case" ON "case_comment" ("case_id", "created_at", "id")`,
    );
    // The reporter's tracking page reads only the public thread.
    await q.query(
      `CREATE INDEX "ix_case_comment_public" ON "case_comment" ("case_id", "created_at") WHERE "visibility" = 'public' AND "deleted_at" IS NULL`,
    );

    // Every version of a comment's text (version 1 is the original); the case id is repeated so
    // row-level security needs no join.
    await q.query(`
      CREATE TABLE "case_comment_revision" (
        "comment_id" uuid NOT NULL REFERENCES "case_comment"("id") ON DELETE CASCADE,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "version" integer NOT NULL,
        "body" text NOT NULL,
        "edited_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "editor_user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        PRIMARY KEY ("comment_id", "version")
      )`);

    for (const table of ['case_comment', 'case_comment_revision']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_all" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    }
    // Comments are soft-deleted (the body is cleared, the row stays); history is append-only.
    await q.query(grantTableToApp('case_comment', 'SELECT, INSERT, UPDATE'));
    await q.query(grantTableToApp('case_comment_revision', 'SELECT, INSERT'));
    // UU PDP retention erases reporter data from case_report; the name signing their replies goes
    // with it, whoever erases.
    await q.query(`
      CREATE FUNCTION simpul_case_comment_forget_reporter() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          UPDATE case_comment SET author_name = NULL WHERE report_id = NEW.id;
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_case_comment_forget_reporter() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER "tr_case_report_comment_forget_reporter"
        BEFORE UPDATE OF "personal_data_purged_at" ON "case_report"
        FOR EACH ROW EXECUTE FUNCTION simpul_case_comment_forget_reporter()`);

    await q.query(`
      CREATE TABLE "notification" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "kind" varchar(32) NOT NULL,
        "case_id" uuid NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "title" varchar(300) NOT NULL,
        "body" text NULL,
        "actor_user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "read_at" timestamptz NULL,
        CONSTRAINT "ck_notification_kind" CHECK ("kind" IN ('mention', 'agency_mention', 'new_case',
          'sla_reminder', 'sla_escalation', 'handoff_request'))
      )`);
    await q.query(
      `CREATE INDEX "ix_notification_user" ON "notification" ("user_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_notification_unread" ON "notification" ("user_id") WHERE "read_at" IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION simpul_actor_user() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('simpul.user_id', true), '')::uuid
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_actor_user() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_actor_user() TO ${APP_DB_ROLE}`);
    // A notification is read (and marked read) by its recipient only; anyone acting (a person or
    // the system's timers) may leave one for someone else, as the application decides.
    await q.query(`ALTER TABLE "notification" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "notification_own" ON "notification" FOR SELECT TO ${APP_DB_ROLE}
      USING ("user_id" = simpul_actor_user())`);
    await q.query(`CREATE POLICY "notification_mark_read" ON "notification" FOR UPDATE TO ${APP_DB_ROLE}
      USING ("user_id" = simpul_actor_user()) WITH CHECK ("user_id" = simpul_actor_user())`);
    await q.query(`CREATE POLICY "notification_insert" ON "notification" FOR INSERT TO ${APP_DB_ROLE}
      WITH CHECK (simpul_actor_user() IS NOT NULL OR current_setting('simpul.system', true) = 'on')`);
    await q.query(grantTableToApp('notification', 'SELECT, INSERT, UPDATE'));

    // The first result of an idempotent POST per (user, method and path, key). The row is
    // committed as in_flight before the work starts, so retries see it; expired rows are purged.
    await q.query(`
      CREATE TABLE "idempotency_key" (
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "scope" varchar(300) NOT NULL,
        "key" varchar(200) NOT NULL,
        "request_hash" char(64) NOT NULL,
        "state" varchar(16) NOT NULL,
        "status_code" integer NULL,
        "response" jsonb NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "locked_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        PRIMARY KEY ("user_id", "scope", "key"),
        CONSTRAINT "ck_idempotency_key_state" CHECK ("state" IN ('in_flight', 'done'))
      )`);
    await q.query(`CREATE INDEX "ix_idempotency_key_expires" ON "idempotency_key" ("expires_at")`);
    await q.query(grantTableToApp('idempotency_key'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
    await q.query(`DROP TABLE "notification"`);
    await q.query(`DROP FUNCTION simpul_actor_user()`);
    await q.query(`DROP TRIGGER "tr_case_report_comment_forget_reporter" ON "case_report"`);
    await q.query(`DROP FUNCTION simpul_case_comment_forget_reporter()`);
    await q.query(`DROP TABLE "case_comment_revision"`);
    await q.query(`DROP TABLE "case_comment"`);
  }
}
