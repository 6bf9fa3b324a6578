import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

const PERSONAL_FIELDS = `'reporterName', 'reporterContact', 'reporterNik'`;

/**
 * SP4N-LAPOR! file import: per report, the values the last import brought (to tell fields edited
 * in Simpul from fields nobody touched) and LAPOR's status; conflicts between a Simpul edit and a
 * later LAPOR change, kept for an officer to resolve.
 */
export class AddLaporImport1795846000000 implements MigrationInterface {
  name = 'AddLaporImport1795846000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case_report"
        ADD COLUMN "lapor_snapshot" jsonb NULL,
        ADD COLUMN "lapor_status" varchar(100) NULL,
        ADD COLUMN "lapor_imported_at" timestamptz NULL`);

    await q.query(`
      CREATE TABLE "lapor_conflict" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "report_id" uuid NOT NULL REFERENCES "case_report"("id") ON DELETE CASCADE,
        "field" varchar(32) NOT NULL,
        "simpul_value" jsonb NULL,
        "lapor_value" jsonb NULL,
        "detected_at" timestamptz NOT NULL DEFAULT now(),
        "resolved_at" timestamptz NULL,
        "resolved_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "resolution" varchar(16) NULL,
        CONSTRAINT "ck_lapor_conflict_field" CHECK ("field" IN ('title', 'description', 'incidentDate',
          'category', 'locationText', 'classification', 'anonymous', 'confidential', ${PERSONAL_FIELDS})),
        CONSTRAINT "ck_lapor_conflict_resolution" CHECK ("resolution" IN ('keep_simpul', 'take_lapor')),
        CONSTRAINT "ck_lapor_conflict_resolved" CHECK (("resolved_at" IS NULL) = ("resolution" IS NULL))
      )`);
    // At most one open conflict per field of a report: a newer LAPOR value replaces its value.
    await q.query(
      `CREATE UNIQUE INDEX "uq_lapor_conflict_open" ON "lapor_conflict" ("report_id", "field") WHERE "resolved_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "ix_lapor_conflict_case" ON "lapor_conflict" ("case_id", "detected_at")`,
    );

    await q.query(`ALTER TABLE "lapor_conflict" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "lapor_conflict_read" ON "lapor_conflict" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("case_id"))`,
    );
    await q.query(
      `CREATE POLICY "lapor_conflict_insert" ON "lapor_conflict" FOR INSERT TO ${APP_DB_ROLE} WITH CHECK (simpul_case_visible("case_id"))`,
    );
    await q.query(`CREATE POLICY "lapor_conflict_update" ON "lapor_conflict" FOR UPDATE TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    // Conflicts are history once resolved: the application never deletes them.
    await q.query(grantTableToApp('lapor_conflict', 'SELECT, INSERT, UPDATE'));

    // Tracking IDs are unique across agencies. An import must tell "recorded by another agency"
    // from "new" without seeing that agency's case: this answers yes or no, and nothing else.
    await q.query(`
      CREATE FUNCTION simpul_lapor_tracking_taken(p_tracking_id text) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM case_report WHERE tracking_id = p_tracking_id)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_lapor_tracking_taken(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_lapor_tracking_taken(text) TO ${APP_DB_ROLE}`);

    // UU PDP retention erases reporter data from case_report; the copies an import keeps (the
    // snapshot and conflict values) go with it, whoever erases.
    await q.query(`
      CREATE FUNCTION simpul_lapor_forget_reporter() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          NEW.lapor_snapshot := NEW.lapor_snapshot - ARRAY[${PERSONAL_FIELDS}];
          UPDATE lapor_conflict SET simpul_value = NULL, lapor_value = NULL
           WHERE report_id = NEW.id AND field IN (${PERSONAL_FIELDS});
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_lapor_forget_reporter() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER "tr_case_report_lapor_forget_reporter"
        BEFORE UPDATE OF "personal_data_purged_at" ON "case_report"
        FOR EACH ROW EXECUTE FUNCTION simpul_lapor_forget_reporter()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_case_report_lapor_forget_reporter" ON "case_report"`);
    await q.query(`DROP FUNCTION simpul_lapor_forget_reporter()`);
    await q.query(`DROP FUNCTION simpul_lapor_tracking_taken(text)`);
    await q.query(`DROP TABLE "lapor_conflict"`);
    await q.query(`
      ALTER TABLE "case_report"
        DROP COLUMN "lapor_imported_at", DROP COLUMN "lapor_status", DROP COLUMN "lapor_snapshot"`);
  }
}
