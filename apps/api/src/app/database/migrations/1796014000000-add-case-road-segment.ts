import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The road segment a case's point lies on (issue #13), judged by the registry valid at the
 * case's incident date (else its received date), and that segment's status. The 1×24 h pothole
 * clock runs when the status is provincial. A registry version change leaves existing cases as
 * they were judged: only a new point (or a new case) reads the registry again.
 */
export class AddCaseRoadSegment1796014000000 implements MigrationInterface {
  name = 'AddCaseRoadSegment1796014000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "road_segment_id" uuid NULL REFERENCES "road_segment"("id") ON DELETE SET NULL,
        ADD COLUMN "road_status" varchar(16) NULL,
        ADD CONSTRAINT "ck_case_road_status" CHECK ("road_status" IS NULL OR "road_status" IN ('nasional', 'provinsi', 'kabupaten', 'kota', 'desa'))`);
    await q.query(
      `CREATE INDEX "ix_case_road_segment" ON "case" ("road_segment_id") WHERE "road_segment_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case" DROP COLUMN "road_segment_id", DROP COLUMN "road_status"`);
  }
}
