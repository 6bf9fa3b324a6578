import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * The case timeline as an append-only event log with a per-case, gap-free sequence (taken from a
 * counter on the case row inside the changing transaction), the full LAPOR status set, priority,
 * tags, and the officers assigned inside each agency.
 */
export class AddCaseTimelineAndStatus1795842000000 implements MigrationInterface {
  name = 'AddCaseTimelineAndStatus1795842000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "status_before_hold" varchar(32) NULL,
        ADD COLUMN "priority" varchar(16) NOT NULL DEFAULT 'normal',
        ADD COLUMN "tags" text[] NOT NULL DEFAULT '{}',
        ADD COLUMN "last_event_seq" integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT "ck_case_status" CHECK ("status" IN ('new', 'needs_information', 'verified', 'routed',
          'in_progress', 'followed_up', 'resolved', 'archived', 'reopened')),
        ADD CONSTRAINT "ck_case_priority" CHECK ("priority" IN ('low', 'normal', 'high', 'urgent'))`);
    await q.query(`
      CREATE TABLE "case_event" (
        "id" bigserial PRIMARY KEY,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "seq" integer NOT NULL,
        "at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "type" varchar(48) NOT NULL,
        "actor_user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "actor_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "before" jsonb NULL,
        "after" jsonb NULL,
        CONSTRAINT "uq_case_event_seq" UNIQUE ("case_id", "seq")
      )`);
    await q.query(`
      CREATE TABLE "case_assignee" (
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "assigned_at" timestamptz NOT NULL DEFAULT now(),
        "assigned_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        PRIMARY KEY ("case_id", "user_id")
      )`);
    await q.query(`CREATE INDEX "ix_case_assignee_user" ON "case_assignee" ("user_id", "case_id")`);

    // Existing cases get a first event so every timeline starts at seq 1.
    await q.query(`
      INSERT INTO "case_event" ("case_id", "seq", "at", "type", "actor_agency_id", "after")
      SELECT c.id, 1, c.created_at, 'case.created', c.intake_agency_id,
             jsonb_build_object('status', c.status, 'title', c.title)
      FROM "case" c`);
    await q.query(`UPDATE "case" SET "last_event_seq" = 1`);

    for (const table of ['case_event', 'case_assignee']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("case_id"))`,
      );
    }
    await q.query(`CREATE POLICY "case_event_insert" ON "case_event" FOR INSERT TO ${APP_DB_ROLE}
      WITH CHECK (simpul_case_visible("case_id") OR simpul_case_intake_agency("case_id") = simpul_actor_agency())`);
    await q.query(`CREATE POLICY "case_assignee_write" ON "case_assignee" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    // The timeline is history: the application appends, never rewrites.
    await q.query(grantTableToApp('case_event', 'SELECT, INSERT'));
    await q.query(`GRANT USAGE ON SEQUENCE "case_event_id_seq" TO ${APP_DB_ROLE}`);
    await q.query(grantTableToApp('case_assignee'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "case_assignee"`);
    await q.query(`DROP TABLE "case_event"`);
    await q.query(`
      ALTER TABLE "case" DROP CONSTRAINT "ck_case_priority", DROP CONSTRAINT "ck_case_status",
        DROP COLUMN "last_event_seq", DROP COLUMN "tags", DROP COLUMN "priority", DROP COLUMN "status_before_hold"`);
  }
}
