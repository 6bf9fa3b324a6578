import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Hoax clarifications (issue #15). A draft belongs to the agency that opened it; other agencies
 * co-own it once their humas accept an invitation (`clarification_agency`). The co-edited text
 * lives in one Yjs document per draft, stored as appended binary updates
 * (`clarification_update`), compacted now and then into one merged update. Linked cases give
 * their agencies read access. The approval chain is configured per agency
 * (`clarification_chain_step`); each decision (`clarification_approval`) is bound to a hash of the
 * whole content and voided by any later edit. `clarification_publication` holds the published
 * `ClarificationContent` snapshot the public outputs render from.
 *
 * Row-level security: `simpul_clarification_visible(draft)` — the acting agency opened the draft,
 * is invited to or co-owns it, or reads one of its linked cases. Publications are public to read.
 */
export class AddClarifications1796400000000 implements MigrationInterface {
  name = 'AddClarifications1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "clarification_draft" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "label" varchar(16) NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'draft',
        "platform" varchar(100) NOT NULL DEFAULT '',
        "source_urls" text[] NOT NULL DEFAULT '{}',
        "archive_urls" text[] NOT NULL DEFAULT '{}',
        "logged_at" timestamptz NOT NULL DEFAULT now(),
        "published_at" timestamptz NULL,
        "search_text" text NOT NULL DEFAULT '',
        "chain_started_at" timestamptz NOT NULL DEFAULT now(),
        "reminded_at" timestamptz NULL,
        "version" integer NOT NULL DEFAULT 1,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ck_clarification_label" CHECK ("label" IN ('HOAKS', 'DISINFORMASI', 'MISINFORMASI', 'KLARIFIKASI')),
        CONSTRAINT "ck_clarification_status" CHECK ("status" IN ('draft', 'in_review', 'approved', 'published', 'corrected', 'retracted'))
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_draft_search" ON "clarification_draft" USING gin ("search_text" gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE "clarification_agency" (
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "status" varchar(16) NOT NULL DEFAULT 'invited',
        "invited_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "invited_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "decided_at" timestamptz NULL,
        PRIMARY KEY ("draft_id", "agency_id"),
        CONSTRAINT "ck_clarification_agency_status" CHECK ("status" IN ('owner', 'invited', 'active', 'declined'))
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_agency_agency" ON "clarification_agency" ("agency_id", "status")`,
    );
    await q.query(`
      CREATE TABLE "clarification_case" (
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "linked_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "linked_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("draft_id", "case_id")
      )`);
    await q.query(`CREATE INDEX "ix_clarification_case_case" ON "clarification_case" ("case_id")`);
    await q.query(`
      CREATE TABLE "clarification_update" (
        "id" bigserial PRIMARY KEY,
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "update" bytea NOT NULL,
        "user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "compacted" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_update_draft" ON "clarification_update" ("draft_id", "id")`,
    );
    await q.query(`
      CREATE TABLE "clarification_editor" (
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
        "last_edit_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("draft_id", "user_id")
      )`);
    await q.query(`
      CREATE TABLE "clarification_chain_step" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "position" integer NOT NULL,
        "name" varchar(200) NOT NULL,
        "approver_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE CASCADE,
        "role" varchar(16) NULL,
        "user_ids" uuid[] NOT NULL DEFAULT '{}',
        "alternate_user_ids" uuid[] NOT NULL DEFAULT '{}',
        "updated_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "uq_clarification_chain_position" UNIQUE ("agency_id", "position"),
        CONSTRAINT "ck_clarification_chain_who" CHECK (("role" IS NOT NULL AND "approver_agency_id" IS NOT NULL) OR cardinality("user_ids") > 0)
      )`);
    await q.query(`
      CREATE TABLE "clarification_approval" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "step_key" varchar(100) NOT NULL,
        "user_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "decision" varchar(16) NOT NULL,
        "content_hash" varchar(64) NOT NULL,
        "note" varchar(2000) NULL,
        "decided_at" timestamptz NOT NULL DEFAULT now(),
        "voided_at" timestamptz NULL,
        CONSTRAINT "ck_clarification_decision" CHECK ("decision" IN ('approved', 'rejected')),
        CONSTRAINT "ck_clarification_rejection_note" CHECK ("decision" = 'approved' OR length(coalesce("note", '')) > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_clarification_approval_live" ON "clarification_approval" ("draft_id", "step_key") WHERE "voided_at" IS NULL`,
    );
    await q.query(`
      CREATE TABLE "clarification_event" (
        "id" bigserial PRIMARY KEY,
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "type" varchar(64) NOT NULL,
        "actor_id" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "payload" jsonb NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "ix_clarification_event_draft" ON "clarification_event" ("draft_id", "id")`,
    );
    await q.query(`
      CREATE TABLE "clarification_publication" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "draft_id" uuid NOT NULL REFERENCES "clarification_draft"("id") ON DELETE CASCADE,
        "slug" varchar(200) NOT NULL UNIQUE,
        "content" jsonb NOT NULL,
        "content_hash" varchar(64) NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'published',
        "published_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "notes" jsonb NOT NULL DEFAULT '[]',
        "published_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_clarification_publication_status" CHECK ("status" IN ('published', 'corrected', 'retracted'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_clarification_publication_draft" ON "clarification_publication" ("draft_id")`,
    );

    await q.query(`
      CREATE FUNCTION simpul_clarification_visible(p_draft uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT simpul_actor_agency() IS NOT NULL AND (
          EXISTS (SELECT 1 FROM clarification_draft d WHERE d.id = p_draft AND d.agency_id = simpul_actor_agency())
          OR EXISTS (SELECT 1 FROM clarification_agency a WHERE a.draft_id = p_draft
                       AND a.agency_id = simpul_actor_agency() AND a.status IN ('owner', 'invited', 'active'))
          OR EXISTS (SELECT 1 FROM clarification_case c WHERE c.draft_id = p_draft AND simpul_case_visible(c.case_id)))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_clarification_visible(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_clarification_visible(uuid) TO ${APP_DB_ROLE}`);

    await q.query(`ALTER TABLE "clarification_draft" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "clarification_draft_read" ON "clarification_draft" FOR SELECT TO ${APP_DB_ROLE}
        USING ("agency_id" = simpul_actor_agency() OR simpul_clarification_visible("id"))`);
    await q.query(`
      CREATE POLICY "clarification_draft_insert" ON "clarification_draft" FOR INSERT TO ${APP_DB_ROLE}
        WITH CHECK ("agency_id" = simpul_actor_agency())`);
    await q.query(`
      CREATE POLICY "clarification_draft_update" ON "clarification_draft" FOR UPDATE TO ${APP_DB_ROLE}
        USING (simpul_clarification_visible("id")) WITH CHECK (simpul_clarification_visible("id"))`);
    await q.query(grantTableToApp('clarification_draft', 'SELECT, INSERT, UPDATE'));

    for (const table of [
      'clarification_agency',
      'clarification_case',
      'clarification_update',
      'clarification_editor',
      'clarification_approval',
      'clarification_event',
    ]) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY "${table}_access" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
          USING (simpul_clarification_visible("draft_id")) WITH CHECK (simpul_clarification_visible("draft_id"))`);
      await q.query(grantTableToApp(table));
    }
    await q.query(
      `GRANT USAGE, SELECT ON SEQUENCE "clarification_update_id_seq", "clarification_event_id_seq" TO ${APP_DB_ROLE}`,
    );

    await q.query(`ALTER TABLE "clarification_chain_step" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_read" ON "clarification_chain_step" FOR SELECT TO ${APP_DB_ROLE}
        USING (simpul_actor_agency() IS NOT NULL)`);
    await q.query(`
      CREATE POLICY "clarification_chain_step_write" ON "clarification_chain_step" FOR ALL TO ${APP_DB_ROLE}
        USING ("agency_id" = simpul_actor_agency()) WITH CHECK ("agency_id" = simpul_actor_agency())`);
    await q.query(grantTableToApp('clarification_chain_step'));

    await q.query(`ALTER TABLE "clarification_publication" ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY "clarification_publication_read" ON "clarification_publication" FOR SELECT TO ${APP_DB_ROLE}
        USING (true)`);
    await q.query(`
      CREATE POLICY "clarification_publication_write" ON "clarification_publication" FOR ALL TO ${APP_DB_ROLE}
        USING (simpul_clarification_visible("draft_id")) WITH CHECK (simpul_clarification_visible("draft_id"))`);
    await q.query(grantTableToApp('clarification_publication', 'SELECT, INSERT, UPDATE'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'clarification_publication',
      'clarification_event',
      'clarification_approval',
      'clarification_chain_step',
      'clarification_editor',
      'clarification_update',
      'clarification_case',
      'clarification_agency',
    ])
      await q.query(`DROP TABLE "${table}"`);
    await q.query(`DROP FUNCTION simpul_clarification_visible(uuid)`);
    await q.query(`DROP TABLE "clarification_draft"`);
  }
}
