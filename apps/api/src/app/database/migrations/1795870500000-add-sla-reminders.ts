import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Which SLA deadlines people were already reminded of: one row per clock and deadline (a pause
 * moves the deadline, and the new one earns its own reminder). Claiming a row is what lets only
 * one API process send each reminder.
 */
export class AddSlaReminders1795870500000 implements MigrationInterface {
  name = 'AddSlaReminders1795870500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "sla_reminder" (
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "clock" varchar(32) NOT NULL,
        "deadline" timestamptz NOT NULL,
        "reminded_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("case_id", "clock", "deadline")
      )`);
    await q.query(`ALTER TABLE "sla_reminder" ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY "sla_reminder_all" ON "sla_reminder" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(grantTableToApp('sla_reminder', 'SELECT, INSERT'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sla_reminder"`);
  }
}
