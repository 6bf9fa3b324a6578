import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Location as a first-class field with a confidence (DOMAIN.md §4), and one-time links that ask
 * the reporter for it.
 */
export class AddCaseLocation1795854000000 implements MigrationInterface {
  name = 'AddCaseLocation1795854000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "lat" double precision NULL,
        ADD COLUMN "lng" double precision NULL,
        ADD COLUMN "province_code" varchar(2) NULL,
        ADD COLUMN "district_code" varchar(8) NULL,
        ADD COLUMN "village_code" varchar(13) NULL,
        ADD COLUMN "location_confidence" varchar(8) NOT NULL DEFAULT 'unknown',
        ADD COLUMN "location_source" varchar(16) NULL,
        ADD COLUMN "location_updated_at" timestamptz NULL,
        ADD CONSTRAINT "ck_case_location_confidence" CHECK ("location_confidence" IN ('gps', 'pinned', 'text', 'area', 'unknown')),
        ADD CONSTRAINT "ck_case_point" CHECK (("lat" IS NULL) = ("lng" IS NULL)
          AND ("lat" IS NULL OR ("lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180)))`);
    await q.query(`
      UPDATE "case" SET
        "province_code" = CASE WHEN "regency_code" IS NOT NULL THEN left("regency_code", 2) END,
        "location_confidence" = CASE WHEN "regency_code" IS NOT NULL THEN 'area' WHEN "location_text" IS NOT NULL THEN 'text' ELSE 'unknown' END`);
    await q.query(
      `CREATE INDEX "ix_case_needs_location" ON "case" ("created_at" DESC) WHERE "location_confidence" IN ('unknown', 'text')`,
    );

    await q.query(`
      CREATE TABLE "location_request" (
        "token_hash" char(64) PRIMARY KEY,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "answered_at" timestamptz NULL,
        "answer" jsonb NULL
      )`);
    await q.query(`CREATE INDEX "ix_location_request_case" ON "location_request" ("case_id")`);
    await q.query(`ALTER TABLE "location_request" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "location_request_all" ON "location_request" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('location_request'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "location_request"`);
    await q.query(`DROP INDEX "ix_case_needs_location"`);
    await q.query(`
      ALTER TABLE "case" DROP CONSTRAINT "ck_case_point", DROP CONSTRAINT "ck_case_location_confidence",
        DROP COLUMN "location_updated_at", DROP COLUMN "location_source", DROP COLUMN "location_confidence",
        DROP COLUMN "village_code", DROP COLUMN "district_code", DROP COLUMN "province_code", DROP COLUMN "lng", DROP COLUMN "lat"`);
  }
}
