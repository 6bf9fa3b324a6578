import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Location you can trust (issue #14 item 4). `location_landmark`: the reporter's landmark
 * ("Patokan": "depan pasar, dekat pertigaan"), from a location-request answer or typed at intake,
 * shown in the case's location block (before, it lived only in the timeline event).
 * `area_source`: where the case's area codes come from: `segment` (the road-registry segment the
 * pin lies on names its regency and district), `staff` (chosen by staff) or `text` (named by the
 * complaint's words). A point whose area is not `segment` lies on no known segment: the page says
 * the pin's area is not known (there is no boundary data offline). Existing cases: `text` and
 * `staff` where the location source says so, else unknown (null).
 */
export class AddCaseLandmarkAreaSource1796653627498 implements MigrationInterface {
  name = 'AddCaseLandmarkAreaSource1796653627498';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "location_landmark" varchar(500) NULL,
        ADD COLUMN "area_source" varchar(16) NULL,
        ADD CONSTRAINT "ck_case_area_source" CHECK ("area_source" IS NULL OR "area_source" IN ('segment', 'staff', 'text'))`);
    await q.query(`
      UPDATE "case" SET "area_source" = CASE
          WHEN "location_source" = 'text' THEN 'text'
          WHEN "location_source" = 'staff' AND "location_confidence" = 'area' THEN 'staff'
        END
      WHERE "regency_code" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case" DROP COLUMN "location_landmark", DROP COLUMN "area_source"`);
  }
}
