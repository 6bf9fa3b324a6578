import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantTableToApp } from '../app-role';

export class CreateAgenciesAndCases1795834248234 implements MigrationInterface {
  name = 'CreateAgenciesAndCases1795834248234';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "agency" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar(64) NOT NULL,
        "name" varchar(200) NOT NULL,
        "short_name" varchar(80) NOT NULL,
        "kind" varchar(40) NOT NULL,
        "parent_id" uuid NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "regency_codes" text[] NOT NULL DEFAULT '{}',
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_agency_code" UNIQUE ("code"),
        CONSTRAINT "ck_agency_kind" CHECK ("kind" IN ('provincial_department', 'field_unit',
          'national_road_authority', 'national_work_unit', 'regency_office', 'village_government',
          'government_body', 'utility')),
        CONSTRAINT "ck_agency_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_agency_parent" ON "agency" ("parent_id")`);

    await queryRunner.query(`CREATE SEQUENCE "case_number_seq"`);
    await queryRunner.query(`
      CREATE TABLE "case" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "number" varchar(32) NOT NULL,
        "title" varchar(300) NOT NULL,
        "description" text NOT NULL,
        "classification" varchar(32) NOT NULL,
        "channel" varchar(32) NOT NULL,
        "category" varchar(64) NOT NULL,
        "status" varchar(32) NOT NULL DEFAULT 'new',
        "lead_agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "regency_code" varchar(8) NULL,
        "location_text" text NULL,
        "incident_date" date NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_case_number" UNIQUE ("number"),
        CONSTRAINT "ck_case_classification" CHECK ("classification" IN ('aspirasi', 'pengaduan', 'permintaan_informasi')),
        CONSTRAINT "ck_case_channel" CHECK ("channel" IN ('lapor', 'whatsapp', 'instagram', 'phone', 'letter', 'walk_in', 'open311'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_lead_agency" ON "case" ("lead_agency_id", "created_at" DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE "app_meta" (
        "key" varchar(100) PRIMARY KEY,
        "value" jsonb NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(grantTableToApp('agency'));
    await queryRunner.query(grantTableToApp('case'));
    await queryRunner.query(grantTableToApp('app_meta', 'SELECT'));
    await queryRunner.query(`GRANT USAGE ON SEQUENCE "case_number_seq" TO simpul_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "app_meta"`);
    await queryRunner.query(`DROP TABLE "case"`);
    await queryRunner.query(`DROP SEQUENCE "case_number_seq"`);
    await queryRunner.query(`DROP TABLE "agency"`);
  }
}
