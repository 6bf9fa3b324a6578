import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox's tag filter (`tags @> ARRAY[...]`) through a GIN index instead of a scan. */
export class AddCaseTagsIndex1795886000000 implements MigrationInterface {
  name = 'AddCaseTagsIndex1795886000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_case_tags" ON "case" USING gin ("tags")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_tags"`);
  }
}
