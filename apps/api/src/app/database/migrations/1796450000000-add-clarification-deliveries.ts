import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * The delivery log of published clarifications (#15 item 4): who posted which output (WhatsApp
 * text, X thread, Instagram caption, share card, public link) on which channel and when. Append-only
 * for the app; readable and writable only by those who may see the draft.
 */
export class AddClarificationDeliveries1796450000000 implements MigrationInterface {
  name = 'AddClarificationDeliveries1796450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "clarification_delivery" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "output" varchar(16) NOT NULL,
        "channel" varchar(100) NOT NULL,
        "note" varchar(500) NULL,
        "posted_url" varchar(2000) NULL,
        "posted_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "posted_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_clarification_delivery_output"
          CHECK ("output" IN ('whatsapp', 'x', 'instagram', 'card', 'page'))
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_delivery_draft" ON "clarification_delivery" ("draft_id", "posted_at")`,
    );
    await q.query(`ALTER TABLE "clarification_delivery" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "clarification_delivery_access" ON "clarification_delivery" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_clarification_visible("draft_id")) WITH CHECK (simpul_clarification_visible("draft_id"))`);
    await q.query(grantTableToApp('clarification_delivery', 'SELECT, INSERT'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "clarification_delivery"`);
  }
}
