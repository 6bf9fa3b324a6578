import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * The reporter's side of a case (issue 4, points 6 and 9): a secret tracking link per report (only
 * its SHA-256 is kept), the reporter's confirmation, dispute and 1–5 star rating, and the log of
 * messages officers send to reporters by WhatsApp, SMS or email.
 */
export class AddReporterTrackingAndMessages1795882000000 implements MigrationInterface {
  name = 'AddReporterTrackingAndMessages1795882000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "report_tracking" (
        "report_id" uuid PRIMARY KEY REFERENCES "case_report"("id") ON DELETE CASCADE,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "token_hash" char(64) NOT NULL,
        "issued_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "issued_at" timestamptz NOT NULL DEFAULT now(),
        "confirmed_at" timestamptz NULL,
        "disputed_at" timestamptz NULL
      )`);
    await q.query(`CREATE INDEX "ix_report_tracking_case" ON "report_tracking" ("case_id")`);

    await q.query(`
      CREATE TABLE "reporter_rating" (
        "report_id" uuid PRIMARY KEY REFERENCES "case_report"("id") ON DELETE CASCADE,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "stars" smallint NOT NULL,
        "comment" varchar(500) NULL,
        "rated_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_reporter_rating_stars" CHECK ("stars" BETWEEN 1 AND 5)
      )`);
    await q.query(`CREATE INDEX "ix_reporter_rating_case" ON "reporter_rating" ("case_id")`);

    await q.query(`
      CREATE TABLE "reporter_message" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "report_id" uuid NOT NULL REFERENCES "case_report"("id") ON DELETE CASCADE,
        "channel" varchar(16) NOT NULL,
        "template" varchar(32) NOT NULL,
        "recipient" varchar(200) NOT NULL,
        "subject" varchar(200) NULL,
        "body" text NOT NULL,
        "sent_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "sent_by_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "sent_at" timestamptz NOT NULL DEFAULT now(),
        "status" varchar(10) NOT NULL,
        "status_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_reporter_message_channel" CHECK ("channel" IN ('whatsapp', 'sms', 'email')),
        CONSTRAINT "ck_reporter_message_template" CHECK ("template" IN ('acknowledgement', 'location_request', 'follow_up', 'tracking_link')),
        CONSTRAINT "ck_reporter_message_status" CHECK ("status" IN ('prepared', 'sent', 'failed'))
      )`);
    await q.query(
      `CREATE INDEX "ix_reporter_message_case" ON "reporter_message" ("case_id", "sent_at" DESC)`,
    );

    for (const table of ['report_tracking', 'reporter_rating', 'reporter_message']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_all" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    }
    await q.query(grantTableToApp('report_tracking', 'SELECT, INSERT, UPDATE'));
    await q.query(grantTableToApp('reporter_rating', 'SELECT, INSERT, UPDATE'));
    // The send log is history: the application only adds entries and updates their status.
    await q.query(grantTableToApp('reporter_message', 'SELECT, INSERT, UPDATE'));

    // UU PDP retention erases reporter data from case_report; the addresses messages went to go
    // with it, whoever erases.
    await q.query(`
      CREATE FUNCTION simpul_reporter_message_forget() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          UPDATE reporter_message SET recipient = '[dihapus]' WHERE report_id = NEW.id;
          UPDATE reporter_rating SET comment = NULL WHERE report_id = NEW.id;
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_reporter_message_forget() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER "tr_case_report_reporter_message_forget"
        BEFORE UPDATE OF "personal_data_purged_at" ON "case_report"
        FOR EACH ROW EXECUTE FUNCTION simpul_reporter_message_forget()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_case_report_reporter_message_forget" ON "case_report"`);
    await q.query(`DROP FUNCTION simpul_reporter_message_forget()`);
    await q.query(`DROP TABLE "reporter_message"`);
    await q.query(`DROP TABLE "reporter_rating"`);
    await q.query(`DROP TABLE "report_tracking"`);
  }
}
