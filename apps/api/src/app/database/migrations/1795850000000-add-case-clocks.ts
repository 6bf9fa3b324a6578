import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * SLA clocks per case, the editable holiday calendar, and the system actor: timers act on cases
 * of every agency, so the case visibility function learns one more relation, the system's.
 */
export class AddCaseClocks1795850000000 implements MigrationInterface {
  name = 'AddCaseClocks1795850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calendar_override" (
        "date" date PRIMARY KEY,
        "kind" varchar(16) NOT NULL,
        "name" varchar(120) NULL,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_calendar_override_kind" CHECK ("kind" IN ('holiday', 'working'))
      )`);
    await q.query(`
      CREATE TABLE "case_clock" (
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "clock" varchar(32) NOT NULL,
        "kind" varchar(16) NOT NULL,
        "amount" numeric NOT NULL,
        "started_at" timestamptz NOT NULL,
        "pauses" jsonb NOT NULL DEFAULT '[]',
        "deadline" timestamptz NULL,
        "completed_at" timestamptz NULL,
        "escalated_at" timestamptz NULL,
        PRIMARY KEY ("case_id", "clock")
      )`);
    await q.query(
      `CREATE INDEX "ix_case_clock_due" ON "case_clock" ("deadline") WHERE "completed_at" IS NULL AND "escalated_at" IS NULL`,
    );
    await q.query(`ALTER TABLE "case_clock" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "case_clock_all" ON "case_clock" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('case_clock'));
    await q.query(grantTableToApp('calendar_override'));

    // The system actor (SLA timers, auto-close, auto-archive) is one more relation, added here.
    await q.query(`
      CREATE OR REPLACE FUNCTION simpul_case_visible(p_case uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT current_setting('simpul.system', true) = 'on'
            OR (simpul_actor_agency() IS NOT NULL
                AND cardinality(simpul_case_relations(p_case, simpul_actor_agency(), simpul_actor_role())) > 0)
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION simpul_case_visible(p_case uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT simpul_actor_agency() IS NOT NULL
           AND cardinality(simpul_case_relations(p_case, simpul_actor_agency(), simpul_actor_role())) > 0
      $$`);
    await q.query(`DROP TABLE "case_clock"`);
    await q.query(`DROP TABLE "calendar_override"`);
  }
}
