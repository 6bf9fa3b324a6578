import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Open311 GeoReport v2 intake: API keys per agency (only their SHA-256 is stored), each acting
 * through a service account that can never sign in, and the Open311 facts of the cases they
 * create (which key, the media URL as text).
 */
export class AddOpen311Keys1795858000000 implements MigrationInterface {
  name = 'AddOpen311Keys1795858000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "open311_key" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "service_user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE RESTRICT,
        "key_hash" char(64) NOT NULL,
        "label" varchar(80) NOT NULL,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz NULL,
        CONSTRAINT "uq_open311_key_hash" UNIQUE ("key_hash")
      )`);
    await q.query(
      `CREATE INDEX "ix_open311_key_agency" ON "open311_key" ("agency_id", "created_at" DESC)`,
    );
    await q.query(grantTableToApp('open311_key', 'SELECT, INSERT, UPDATE'));

    await q.query(`
      CREATE TABLE "open311_request" (
        "case_id" uuid PRIMARY KEY REFERENCES "case"("id") ON DELETE CASCADE,
        "key_id" uuid NOT NULL REFERENCES "open311_key"("id") ON DELETE RESTRICT,
        "media_url" text NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "ix_open311_request_key" ON "open311_request" ("key_id")`);
    await q.query(`ALTER TABLE "open311_request" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "open311_request_all" ON "open311_request" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('open311_request', 'SELECT, INSERT'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "open311_request"`);
    await q.query(`DROP TABLE "open311_key"`);
  }
}
