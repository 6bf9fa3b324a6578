import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * People, memberships, sessions, the append-only audit log, case participants and reports, and
 * the row-level security that backs the access policy in the database.
 */
export class AddIdentityAndAccess1795838000000 implements MigrationInterface {
  name = 'AddIdentityAndAccess1795838000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "agency_coordination" (
        "coordinator_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "coordinated_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("coordinator_id", "coordinated_id"),
        CONSTRAINT "ck_coordination_not_self" CHECK ("coordinator_id" <> "coordinated_id")
      )`);
    await q.query(
      `CREATE INDEX "ix_coordination_coordinated" ON "agency_coordination" ("coordinated_id")`,
    );

    await q.query(`
      CREATE TABLE "app_user" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "name" varchar(120) NOT NULL,
        "password_hash" text NULL,
        "is_superadmin" boolean NOT NULL DEFAULT false,
        "active" boolean NOT NULL DEFAULT true,
        "must_change_password" boolean NOT NULL DEFAULT false,
        "last_sign_in_at" timestamptz NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))`);

    await q.query(`
      CREATE TABLE "membership" (
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "role" varchar(16) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("user_id", "agency_id"),
        CONSTRAINT "ck_membership_role" CHECK ("role" IN ('admin', 'petugas', 'humas', 'pimpinan'))
      )`);
    await q.query(`CREATE INDEX "ix_membership_agency" ON "membership" ("agency_id")`);

    // Sign-in throttling keyed by the typed email, whether or not an account exists, so that
    // lockouts never reveal which emails are registered.
    await q.query(`
      CREATE TABLE "sign_in_attempt" (
        "email_key" varchar(254) PRIMARY KEY,
        "failures" integer NOT NULL DEFAULT 0,
        "last_failure_at" timestamptz NULL,
        "locked_until" timestamptz NULL
      )`);

    await q.query(`
      CREATE TABLE "auth_session" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz NULL,
        "user_agent" varchar(300) NULL,
        "ip" varchar(64) NULL
      )`);
    await q.query(`CREATE INDEX "ix_auth_session_user" ON "auth_session" ("user_id")`);
    await q.query(`
      CREATE TABLE "refresh_token" (
        "token_hash" char(64) PRIMARY KEY,
        "session_id" uuid NOT NULL REFERENCES "auth_session"("id") ON DELETE CASCADE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "used_at" timestamptz NULL
      )`);
    await q.query(`CREATE INDEX "ix_refresh_token_session" ON "refresh_token" ("session_id")`);

    await q.query(`
      CREATE TABLE "user_token" (
        "token_hash" char(64) PRIMARY KEY,
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "purpose" varchar(16) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz NULL,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_user_token_purpose" CHECK ("purpose" IN ('invite', 'reset'))
      )`);
    await q.query(`CREATE INDEX "ix_user_token_user" ON "user_token" ("user_id")`);

    await q.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial PRIMARY KEY,
        "at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "action" varchar(48) NOT NULL,
        "actor_user_id" uuid NULL,
        "agency_id" uuid NULL,
        "target_type" varchar(32) NULL,
        "target_id" varchar(64) NULL,
        "ip" varchar(64) NULL,
        "details" jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX "ix_audit_agency" ON "audit_log" ("agency_id", "id" DESC)`);

    // Cases: the intake agency (sees NIK, reveals anonymous identities), a version for
    // optimistic concurrency, participants with roles, and reports with the reporter.
    await q.query(
      `ALTER TABLE "case" ADD COLUMN "intake_agency_id" uuid NULL REFERENCES "agency"("id")`,
    );
    await q.query(`UPDATE "case" SET "intake_agency_id" = "lead_agency_id"`);
    await q.query(`ALTER TABLE "case" ALTER COLUMN "intake_agency_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "case" ADD COLUMN "version" integer NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE "case_participant" (
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "role" varchar(16) NOT NULL,
        "added_at" timestamptz NOT NULL DEFAULT now(),
        "added_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        PRIMARY KEY ("case_id", "agency_id"),
        CONSTRAINT "ck_participant_role" CHECK ("role" IN ('lead', 'collaborator', 'observer'))
      )`);
    await q.query(
      `CREATE INDEX "ix_participant_agency" ON "case_participant" ("agency_id", "case_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "uq_participant_one_lead" ON "case_participant" ("case_id") WHERE "role" = 'lead'`,
    );
    await q.query(
      `INSERT INTO "case_participant" ("case_id", "agency_id", "role") SELECT "id", "lead_agency_id", 'lead' FROM "case"`,
    );
    await q.query(`ALTER TABLE "case" DROP COLUMN "lead_agency_id"`);

    await q.query(`
      CREATE TABLE "case_report" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "tracking_id" varchar(20) NULL,
        "reporter_name" varchar(120) NULL,
        "reporter_contact" varchar(120) NULL,
        "reporter_nik" char(16) NULL,
        "anonymous" boolean NOT NULL DEFAULT false,
        "confidential" boolean NOT NULL DEFAULT false,
        "personal_data_purged_at" timestamptz NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_case_report_tracking" UNIQUE ("tracking_id"),
        CONSTRAINT "ck_case_report_nik" CHECK ("reporter_nik" IS NULL OR "reporter_nik" ~ '^[0-9]{16}$')
      )`);
    await q.query(`CREATE INDEX "ix_case_report_case" ON "case_report" ("case_id")`);
    await q.query(`ALTER TABLE "case" ADD COLUMN "closed_at" timestamptz NULL`);

    await this.createAccessFunctions(q);
    await this.enableRowLevelSecurity(q);

    for (const table of [
      'app_user',
      'membership',
      'sign_in_attempt',
      'auth_session',
      'refresh_token',
      'user_token',
      'case_participant',
      'case_report',
    ]) {
      await q.query(grantTableToApp(table));
    }
    await q.query(grantTableToApp('agency_coordination'));
    // Append-only: the application may add and read audit entries, never change or remove them.
    await q.query(grantTableToApp('audit_log', 'SELECT, INSERT'));
    await q.query(`GRANT USAGE ON SEQUENCE "audit_log_id_seq" TO ${APP_DB_ROLE}`);
  }

  /**
   * The read rule of the access policy, in the one place both the API and row-level security use:
   * an agency reads a case when it takes part in it, when it is an ancestor of a participant and
   * the actor is its pimpinan or admin, or when it coordinates a participant.
   */
  private async createAccessFunctions(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION simpul_actor_agency() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('simpul.agency_id', true), '')::uuid
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_actor_role() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT nullif(current_setting('simpul.role', true), '')
      $$`);
    // Relations of an agency (acting with a membership role) to a case; an empty array means none.
    // Later relations (the receiver of an open handoff) are added here and nowhere else.
    await q.query(`
      CREATE FUNCTION simpul_case_relations(p_case uuid, p_agency uuid, p_role text)
      RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH RECURSIVE ancestors AS (
          SELECT a.parent_id AS id FROM case_participant p JOIN agency a ON a.id = p.agency_id
          WHERE p.case_id = p_case AND a.parent_id IS NOT NULL
          UNION
          SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.id WHERE a.parent_id IS NOT NULL
        )
        SELECT array_remove(ARRAY[
          (SELECT 'participant:' || p.role FROM case_participant p WHERE p.case_id = p_case AND p.agency_id = p_agency),
          CASE WHEN p_role IN ('pimpinan', 'admin') AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'ancestor' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_participant p JOIN agency_coordination c ON c.coordinated_id = p.agency_id
                            WHERE p.case_id = p_case AND c.coordinator_id = p_agency)
               THEN 'coordinator' END
        ], NULL)
      $$`);
    await q.query(`
      CREATE FUNCTION simpul_case_visible(p_case uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT simpul_actor_agency() IS NOT NULL
           AND cardinality(simpul_case_relations(p_case, simpul_actor_agency(), simpul_actor_role())) > 0
      $$`);
    // Lets the intake agency add the first participants of a case it has just created.
    await q.query(`
      CREATE FUNCTION simpul_case_intake_agency(p_case uuid) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT intake_agency_id FROM "case" WHERE id = p_case
      $$`);
    // UU PDP retention: reporter personal data of cases closed longer ago than the retention
    // period is erased, across agencies, by a function the application may call but not bypass.
    await q.query(`
      CREATE FUNCTION simpul_purge_reporter_data(p_retention_days integer) RETURNS integer
      LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
        WITH purged AS (
          UPDATE case_report r
             SET reporter_name = NULL, reporter_contact = NULL, reporter_nik = NULL, personal_data_purged_at = now()
            FROM "case" c
           WHERE c.id = r.case_id AND r.personal_data_purged_at IS NULL
             AND c.closed_at IS NOT NULL AND c.closed_at < now() - make_interval(days => p_retention_days)
          RETURNING 1
        )
        SELECT count(*)::integer FROM purged
      $$`);
    for (const fn of [
      'simpul_purge_reporter_data(integer)',
      'simpul_actor_agency()',
      'simpul_actor_role()',
      'simpul_case_relations(uuid, uuid, text)',
      'simpul_case_visible(uuid)',
      'simpul_case_intake_agency(uuid)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_DB_ROLE}`);
    }
  }

  /** Backstop: without the per-transaction actor settings the application role sees no case data. */
  private async enableRowLevelSecurity(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "case_read" ON "case" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("id"))`,
    );
    await q.query(
      `CREATE POLICY "case_update" ON "case" FOR UPDATE TO ${APP_DB_ROLE} USING (simpul_case_visible("id")) WITH CHECK (simpul_case_visible("id"))`,
    );
    await q.query(
      `CREATE POLICY "case_insert" ON "case" FOR INSERT TO ${APP_DB_ROLE} WITH CHECK (simpul_actor_agency() IS NOT NULL AND "intake_agency_id" = simpul_actor_agency())`,
    );
    for (const table of ['case_participant', 'case_report']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("case_id"))`,
      );
      await q.query(`CREATE POLICY "${table}_write" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_case_visible("case_id"))
        WITH CHECK (simpul_case_visible("case_id") OR simpul_case_intake_agency("case_id") = simpul_actor_agency())`);
    }
    await q.query(`ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "audit_insert" ON "audit_log" FOR INSERT TO ${APP_DB_ROLE} WITH CHECK (true)`,
    );
    await q.query(`
      CREATE POLICY "audit_read" ON "audit_log" FOR SELECT TO ${APP_DB_ROLE} USING (
        current_setting('simpul.superadmin', true) = 'on'
        OR ("agency_id" = simpul_actor_agency() AND simpul_actor_role() = 'admin')
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "case_report"`);
    await q.query(
      `ALTER TABLE "case" ADD COLUMN "lead_agency_id" uuid NULL REFERENCES "agency"("id")`,
    );
    await q.query(
      `UPDATE "case" c SET "lead_agency_id" = p."agency_id" FROM "case_participant" p WHERE p."case_id" = c."id" AND p."role" = 'lead'`,
    );
    await q.query(`DROP TABLE "case_participant"`);
    for (const policy of ['case_read', 'case_update', 'case_insert'])
      await q.query(`DROP POLICY "${policy}" ON "case"`);
    await q.query(`ALTER TABLE "case" DISABLE ROW LEVEL SECURITY`);
    await q.query(
      `ALTER TABLE "case" DROP COLUMN "closed_at", DROP COLUMN "version", DROP COLUMN "intake_agency_id"`,
    );
    await q.query(`DROP FUNCTION simpul_purge_reporter_data(integer)`);
    await q.query(`DROP FUNCTION simpul_case_intake_agency(uuid)`);
    await q.query(`DROP FUNCTION simpul_case_visible(uuid)`);
    await q.query(`DROP FUNCTION simpul_case_relations(uuid, uuid, text)`);
    await q.query(`DROP FUNCTION simpul_actor_role()`);
    await q.query(`DROP FUNCTION simpul_actor_agency()`);
    for (const table of [
      'audit_log',
      'user_token',
      'refresh_token',
      'auth_session',
      'sign_in_attempt',
      'membership',
      'app_user',
      'agency_coordination',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
