import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * The inbox reads cases through `case_inbox`, a view owned by the schema owner that applies the
 * access policy's readable-agency rule itself (the same rule as the `case` table's row-level
 * security, in its set form `simpul_readable_agencies()`). Under row-level security PostgreSQL may
 * not use an index for operators that are not leakproof (array overlap, text search), so at a
 * million cases every filtered inbox query became a sequential scan; through the view the planner
 * can use the GIN index of participating agencies for a small agency and walk the date index for a
 * department that reads most cases. The view lists the columns of `case` at creation: a migration
 * that adds a column the inbox needs recreates it.
 */
export class AddCaseInboxView1795898000000 implements MigrationInterface {
  name = 'AddCaseInboxView1795898000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW "case_inbox" AS
      SELECT c.* FROM "case" c
      WHERE current_setting('simpul.system', true) = 'on'
         OR c.participant_agency_ids && (SELECT simpul_readable_agencies())`);
    await q.query(`GRANT SELECT ON "case_inbox" TO ${APP_DB_ROLE}`);
    // Escalated cases by due date: a small partial index instead of walking every open case.
    await q.query(`
      CREATE INDEX "ix_case_escalated_due" ON "case" ((coalesce("next_deadline", 'infinity'::timestamptz)), "id")
      WHERE "sla_escalated"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_escalated_due"`);
    await q.query(`DROP VIEW "case_inbox"`);
  }
}
