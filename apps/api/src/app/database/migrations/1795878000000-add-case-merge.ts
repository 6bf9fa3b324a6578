import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate cases: a merged case points at the case that absorbed its reports (the link both
 * ways: `merged_into_case_id` here, and the surviving case finds its merged cases through the
 * index), and an index that narrows duplicate suggestions to open cases of one category inside a
 * bounding box around a point before the exact (haversine) distance is computed. No PostGIS.
 */
export class AddCaseMerge1795878000000 implements MigrationInterface {
  name = 'AddCaseMerge1795878000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "merged_into_case_id" uuid NULL REFERENCES "case"("id") ON DELETE SET NULL,
        ADD COLUMN "merged_at" timestamptz NULL,
        ADD COLUMN "merged_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        ADD CONSTRAINT "ck_case_not_merged_into_itself" CHECK ("merged_into_case_id" <> "id"),
        ADD CONSTRAINT "ck_case_merged_at" CHECK (("merged_into_case_id" IS NULL) = ("merged_at" IS NULL))`);
    await q.query(
      `CREATE INDEX "ix_case_merged_into" ON "case" ("merged_into_case_id") WHERE "merged_into_case_id" IS NOT NULL`,
    );
    await q.query(`
      CREATE INDEX "ix_case_open_point" ON "case" ("category", "lat", "lng")
      WHERE "lat" IS NOT NULL AND "status" NOT IN ('resolved', 'archived')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_open_point"`);
    await q.query(`DROP INDEX "ix_case_merged_into"`);
    await q.query(`
      ALTER TABLE "case" DROP CONSTRAINT "ck_case_merged_at", DROP CONSTRAINT "ck_case_not_merged_into_itself",
        DROP COLUMN "merged_by", DROP COLUMN "merged_at", DROP COLUMN "merged_into_case_id"`);
  }
}
