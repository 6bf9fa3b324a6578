import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Issue #11 (findings 3 and 4): who took a complaint in, and whether a case ever held a rahasia
 * report, belong to what a merge moves and what it leaves behind.
 *
 * - `case_report.intake_agency_id`: the agency that took the report in (sees its NIK, may reveal
 *   its anonymous reporter). It moves with the report in a merge, so absorbing another agency's
 *   case no longer makes the absorbing agency the intake agency of that case's reporters. Filled
 *   from the case on insert (every intake path inserts the report right after its case) and never
 *   changed afterwards. `case.intake_agency_id` stays as the agency that opened the case row.
 * - `case.ever_confidential`: set by a trigger whenever a rahasia report is on the case (inserted,
 *   marked rahasia, or moved in by a merge) and never cleared, so the archived duplicate whose
 *   reports moved away stays out of every public output, and so does the case that absorbed them.
 *   Cases merged before this migration are found through their `case.merged_into` events.
 * - `case_merge_request`: when another agency leads the duplicate, merging is a request that agency
 *   accepts or declines.
 * - `simpul_case_intake_agency()` (the row-level-security clause that lets a case's creator add its
 *   first rows) now answers only while the case has no participant yet: before, the agency that
 *   opened a case could add participant rows to it (itself included) long after losing it.
 */
const INTAKE_FUNCTION = 'simpul_case_intake_agency(p_case uuid) RETURNS uuid';
const INTAKE_BODY_BEFORE = `
        SELECT intake_agency_id FROM "case" WHERE id = p_case`;
const INTAKE_BODY_AFTER = `
        SELECT c.intake_agency_id FROM "case" c
        WHERE c.id = p_case AND NOT EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = p_case)`;

const defineIntakeFunction = (body: string) => `
      CREATE OR REPLACE FUNCTION ${INTAKE_FUNCTION}
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        RETURN (${body}
        );
      END
      $$`;

/** The notification kinds as the database allows them now, read from the constraint. */
async function notificationKinds(q: QueryRunner): Promise<string[]> {
  const [row]: { definition: string }[] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'ck_notification_kind'`,
  );
  return [...row.definition.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

async function setNotificationKinds(q: QueryRunner, kinds: string[]): Promise<void> {
  await q.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_kind"`);
  await q.query(
    `ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_kind" CHECK ("kind" IN (${kinds
      .map((k) => `'${k}'`)
      .join(', ')}))`,
  );
}

export class MoveIntakeAgencyToReport1795938000000 implements MigrationInterface {
  name = 'MoveIntakeAgencyToReport1795938000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "case_report" ADD COLUMN "intake_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE RESTRICT`,
    );
    await q.query(
      `UPDATE "case_report" r SET "intake_agency_id" = c."intake_agency_id" FROM "case" c WHERE c."id" = r."case_id"`,
    );
    // Reports already merged into another case came from the merged case's intake agency.
    await q.query(`
      UPDATE "case_report" r SET "intake_agency_id" = d."intake_agency_id"
      FROM "case_event" e JOIN "case" d ON d."id" = e."case_id"
      WHERE e."type" = 'case.merged_into' AND e."after" ? 'reportIds'
        AND r."id"::text IN (SELECT jsonb_array_elements_text(e."after"->'reportIds'))`);
    await q.query(`ALTER TABLE "case_report" ALTER COLUMN "intake_agency_id" SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION simpul_case_report_intake() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.intake_agency_id IS NULL THEN
            SELECT intake_agency_id INTO NEW.intake_agency_id FROM "case" WHERE id = NEW.case_id;
          END IF;
        ELSE
          -- Who took the report in is a fact: a merge moves the report, never its intake agency.
          NEW.intake_agency_id := OLD.intake_agency_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_report_intake" BEFORE INSERT OR UPDATE OF "intake_agency_id" ON "case_report"
      FOR EACH ROW EXECUTE FUNCTION simpul_case_report_intake()`);
    await q.query(
      `CREATE INDEX "ix_case_report_intake" ON "case_report" ("intake_agency_id", "case_id")`,
    );

    await q.query(
      `ALTER TABLE "case" ADD COLUMN "ever_confidential" boolean NOT NULL DEFAULT false`,
    );
    await q.query(`
      UPDATE "case" c SET "ever_confidential" = true
      WHERE EXISTS (SELECT 1 FROM "case_report" r WHERE r."case_id" = c."id" AND r."confidential")
         OR EXISTS (
           SELECT 1 FROM "case_event" e JOIN "case_report" r
             ON r."id"::text IN (SELECT jsonb_array_elements_text(e."after"->'reportIds'))
           WHERE e."case_id" = c."id" AND e."type" = 'case.merged_into' AND e."after" ? 'reportIds'
             AND r."confidential")`);
    await q.query(`
      CREATE FUNCTION simpul_case_mark_confidential() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE "case" SET ever_confidential = true WHERE id = NEW.case_id AND NOT ever_confidential;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_report_confidential" AFTER INSERT OR UPDATE OF "case_id", "confidential" ON "case_report"
      FOR EACH ROW WHEN (NEW."confidential") EXECUTE FUNCTION simpul_case_mark_confidential()`);
    // Never cleared: a case that once held a rahasia report stays out of public output for good.
    await q.query(`
      CREATE FUNCTION simpul_case_keep_confidential() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.ever_confidential := true;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_keep_confidential" BEFORE UPDATE OF "ever_confidential" ON "case"
      FOR EACH ROW WHEN (OLD."ever_confidential" AND NOT NEW."ever_confidential")
      EXECUTE FUNCTION simpul_case_keep_confidential()`);

    await q.query(`
      CREATE TABLE "case_merge_request" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "surviving_case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "duplicate_case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "requested_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "requested_by_agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "note" text NULL,
        "status" varchar(16) NOT NULL DEFAULT 'pending',
        "decided_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "decided_by_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "decided_at" timestamptz NULL,
        "decision_note" text NULL,
        CONSTRAINT "ck_merge_request_status" CHECK ("status" IN ('pending', 'accepted', 'declined', 'void')),
        CONSTRAINT "ck_merge_request_decided" CHECK (("status" = 'pending') = ("decided_at" IS NULL)),
        CONSTRAINT "ck_merge_request_two_cases" CHECK ("surviving_case_id" <> "duplicate_case_id")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_merge_request_pending" ON "case_merge_request" ("surviving_case_id", "duplicate_case_id") WHERE "status" = 'pending'`,
    );
    await q.query(
      `CREATE INDEX "ix_merge_request_duplicate" ON "case_merge_request" ("duplicate_case_id", "requested_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_merge_request_surviving" ON "case_merge_request" ("surviving_case_id", "requested_at")`,
    );
    await q.query(`ALTER TABLE "case_merge_request" ENABLE ROW LEVEL SECURITY`);
    // Both sides read the request on their own case; it is written by agencies that read both
    // (the request) or the duplicate (the decision).
    await q.query(`CREATE POLICY "case_merge_request_read" ON "case_merge_request" FOR SELECT TO ${APP_DB_ROLE}
      USING (simpul_case_visible("surviving_case_id") OR simpul_case_visible("duplicate_case_id"))`);
    await q.query(`CREATE POLICY "case_merge_request_insert" ON "case_merge_request" FOR INSERT TO ${APP_DB_ROLE}
      WITH CHECK (simpul_case_visible("surviving_case_id") AND simpul_case_visible("duplicate_case_id")
        AND "requested_by_agency_id" = simpul_actor_agency())`);
    await q.query(`CREATE POLICY "case_merge_request_update" ON "case_merge_request" FOR UPDATE TO ${APP_DB_ROLE}
      USING (simpul_case_visible("duplicate_case_id") OR simpul_case_visible("surviving_case_id"))`);
    await q.query(grantTableToApp('case_merge_request', 'SELECT, INSERT, UPDATE'));

    await q.query(defineIntakeFunction(INTAKE_BODY_AFTER));
    await setNotificationKinds(q, [
      ...(await notificationKinds(q)).filter((k) => k !== 'merge_request'),
      'merge_request',
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "notification" WHERE "kind" = 'merge_request'`);
    await setNotificationKinds(
      q,
      (await notificationKinds(q)).filter((k) => k !== 'merge_request'),
    );
    await q.query(defineIntakeFunction(INTAKE_BODY_BEFORE));
    await q.query(`DROP TABLE "case_merge_request"`);
    await q.query(`DROP TRIGGER "tr_case_keep_confidential" ON "case"`);
    await q.query(`DROP FUNCTION simpul_case_keep_confidential()`);
    await q.query(`DROP TRIGGER "tr_case_report_confidential" ON "case_report"`);
    await q.query(`DROP FUNCTION simpul_case_mark_confidential()`);
    await q.query(`ALTER TABLE "case" DROP COLUMN "ever_confidential"`);
    await q.query(`DROP INDEX "ix_case_report_intake"`);
    await q.query(`DROP TRIGGER "tr_case_report_intake" ON "case_report"`);
    await q.query(`DROP FUNCTION simpul_case_report_intake()`);
    await q.query(`ALTER TABLE "case_report" DROP COLUMN "intake_agency_id"`);
  }
}
