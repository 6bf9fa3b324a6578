import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantTableToApp } from '../app-role';

/**
 * The leaders' view (#16): each agency's own "due soon" and "stalled" thresholds
 * (docs/indicators.md#thresholds). An agency without a row uses the defaults of the contract
 * (DEFAULT_LEADERS_THRESHOLDS). Settings of an agency, not case data: the API's access policy
 * (`leadersPolicy.setThresholds`) decides who writes them.
 */
export class AddLeaderThresholds1796653754934 implements MigrationInterface {
  name = 'AddLeaderThresholds1796653754934';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "agency_leader_threshold" (
        "agency_id" uuid PRIMARY KEY REFERENCES "agency"("id") ON DELETE CASCADE,
        "due_soon_fraction" double precision NOT NULL,
        "due_soon_min_working_days" double precision NOT NULL,
        "stalled_working_days" integer NOT NULL,
        "updated_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_leader_threshold_fraction" CHECK ("due_soon_fraction" >= 0 AND "due_soon_fraction" <= 1),
        CONSTRAINT "ck_leader_threshold_min_days"
          CHECK ("due_soon_min_working_days" >= 0 AND "due_soon_min_working_days" <= 10),
        CONSTRAINT "ck_leader_threshold_stalled" CHECK ("stalled_working_days" BETWEEN 1 AND 60)
      )`);
    await q.query(grantTableToApp('agency_leader_threshold', 'SELECT, INSERT, UPDATE'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "agency_leader_threshold"`);
  }
}
