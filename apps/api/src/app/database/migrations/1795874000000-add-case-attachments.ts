import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Photos and documents of a case. The bytes live in the attachment storage (disk now,
 * S3-compatible later) under `storage_key`; this row is what the access policy guards. Deleting is
 * soft, so the ids that comments reference stay stable and the timeline can still name the file.
 */
export class AddCaseAttachments1795874000000 implements MigrationInterface {
  name = 'AddCaseAttachments1795874000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_attachment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "kind" varchar(8) NOT NULL CHECK ("kind" IN ('image', 'document')),
        "media_type" varchar(32) NOT NULL
          CHECK ("media_type" IN ('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf')),
        "file_name" varchar(255) NOT NULL,
        "byte_size" integer NOT NULL CHECK ("byte_size" > 0),
        "sha256" char(64) NOT NULL,
        "caption" varchar(500) NULL,
        "width" integer NULL,
        "height" integer NULL,
        "storage_key" varchar(200) NOT NULL UNIQUE,
        "view_media_type" varchar(32) NOT NULL,
        "has_thumbnail" boolean NOT NULL DEFAULT false,
        "gps_lat" double precision NULL,
        "gps_lng" double precision NULL,
        "taken_at" timestamptz NULL,
        "source" varchar(8) NOT NULL DEFAULT 'staff' CHECK ("source" IN ('staff', 'reporter')),
        "uploaded_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "uploader_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "location_request" char(64) NULL REFERENCES "location_request"("token_hash") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "deleted_at" timestamptz NULL,
        "deleted_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_case_attachment_gps" CHECK (("gps_lat" IS NULL) = ("gps_lng" IS NULL)
          AND ("gps_lat" IS NULL OR ("gps_lat" BETWEEN -90 AND 90 AND "gps_lng" BETWEEN -180 AND 180)))
      )`);
    await q.query(
      `CREATE INDEX "ix_case_attachment_case" ON "case_attachment" ("case_id", "created_at") WHERE "deleted_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_case_attachment_location_request" ON "case_attachment" ("location_request") WHERE "location_request" IS NOT NULL`,
    );
    await q.query(`ALTER TABLE "case_attachment" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "case_attachment_all" ON "case_attachment" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    // Rows are soft-deleted, never removed by the application.
    await q.query(grantTableToApp('case_attachment', 'SELECT, INSERT, UPDATE'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "case_attachment"`);
  }
}
