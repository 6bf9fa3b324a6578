import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Co-ownership (issue #13): the lead invites another agency as a collaborator with a task; the
 * invited agency reads the case as an observer until it accepts (then it is a collaborator) or
 * declines; the collaborator moves its task through open → in_progress → done; a participant can
 * be ended. The participant rows (case_participant) stay what access is derived from; this table
 * keeps the invitation, the task and the history of each stint, so an ended participant's record
 * stays. One open (invited or active) collaboration per case and agency; the task carries a
 * version so concurrent edits never overwrite each other.
 *
 * Splits: a case split off another names it (`split_from_case_id`), both directions of the link
 * are read from there.
 */
export class AddCaseCollaborations1796100000000 implements MigrationInterface {
  name = 'AddCaseCollaborations1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_collaboration" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "task" varchar(500) NOT NULL,
        "required" boolean NOT NULL DEFAULT true,
        "status" varchar(16) NOT NULL DEFAULT 'invited',
        "task_status" varchar(16) NOT NULL DEFAULT 'open',
        "version" integer NOT NULL DEFAULT 1,
        "joined_as_observer" boolean NOT NULL DEFAULT false,
        "invited_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "invited_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "decided_at" timestamptz NULL,
        "decline_reason" varchar(1000) NULL,
        "task_updated_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "task_updated_at" timestamptz NOT NULL DEFAULT now(),
        "ended_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "ended_at" timestamptz NULL,
        "end_reason" varchar(1000) NULL,
        CONSTRAINT "ck_collaboration_status" CHECK ("status" IN ('invited', 'active', 'declined', 'ended')),
        CONSTRAINT "ck_collaboration_task_status" CHECK ("task_status" IN ('open', 'in_progress', 'done')),
        CONSTRAINT "ck_collaboration_ended" CHECK (("status" = 'ended') = ("ended_at" IS NOT NULL))
      )`);
    // One open collaboration per case and agency: a concurrent second invitation fails here.
    await q.query(
      `CREATE UNIQUE INDEX "uq_collaboration_open" ON "case_collaboration" ("case_id", "agency_id") WHERE "status" IN ('invited', 'active')`,
    );
    await q.query(
      `CREATE INDEX "ix_collaboration_agency" ON "case_collaboration" ("agency_id", "status")`,
    );
    await q.query(`ALTER TABLE "case_collaboration" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "case_collaboration_read" ON "case_collaboration" FOR SELECT TO ${APP_DB_ROLE}
        USING (simpul_case_visible("case_id"))`);
    await q.query(`
      CREATE POLICY "case_collaboration_write" ON "case_collaboration" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('case_collaboration', 'SELECT, INSERT, UPDATE'));

    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "split_from_case_id" uuid NULL REFERENCES "case"("id") ON DELETE SET NULL,
        ADD COLUMN "split_at" timestamptz NULL,
        ADD CONSTRAINT "ck_case_not_split_from_itself" CHECK ("split_from_case_id" <> "id"),
        ADD CONSTRAINT "ck_case_split_at" CHECK (("split_from_case_id" IS NULL) = ("split_at" IS NULL))`);
    await q.query(
      `CREATE INDEX "ix_case_split_from" ON "case" ("split_from_case_id") WHERE "split_from_case_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_split_from"`);
    await q.query(`
      ALTER TABLE "case" DROP CONSTRAINT "ck_case_split_at", DROP CONSTRAINT "ck_case_not_split_from_itself",
        DROP COLUMN "split_at", DROP COLUMN "split_from_case_id"`);
    await q.query(`DROP TABLE "case_collaboration"`);
  }
}
