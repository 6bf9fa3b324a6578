import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inbox search: PostgreSQL full text with the `indonesian` configuration (stemming "perbaikan" to
 * "baik") over title and chronology, trigram matching for typos, and the keyset-pagination index.
 */
export class AddCaseSearch1795862000000 implements MigrationInterface {
  name = 'AddCaseSearch1795862000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      ALTER TABLE "case" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('indonesian', coalesce("title", '')), 'A') ||
        setweight(to_tsvector('indonesian', coalesce("description", '')), 'B')
      ) STORED`);
    await q.query(`CREATE INDEX "ix_case_search" ON "case" USING gin ("search_vector")`);
    await q.query(`CREATE INDEX "ix_case_title_trgm" ON "case" USING gin ("title" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "ix_case_created_id" ON "case" ("created_at" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_created_id"`);
    await q.query(`DROP INDEX "ix_case_title_trgm"`);
    await q.query(`DROP INDEX "ix_case_search"`);
    await q.query(`ALTER TABLE "case" DROP COLUMN "search_vector"`);
  }
}
