import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

/**
 * The inbox at a million cases. The read rule stays the one in `simpul_case_relations` (participant,
 * pimpinan/admin of an ancestor, coordinator), but it is also expressed as a SET of agencies whose
 * participation makes a case readable, computed once per statement by
 * `simpul_readable_agencies()`. Each case keeps the array of its participating agencies (kept in step
 * by a trigger on `case_participant`), so the case policy becomes an array overlap the planner can
 * evaluate per row in well under a microsecond (or through a GIN index) instead of a function call
 * with a recursive query per row. The next SLA deadline and the escalation flag are kept on the case
 * the same way (trigger on `case_clock`), so sorting by due date and the SLA filters use an index.
 */
export class AddInboxVisibilitySet1795890000000 implements MigrationInterface {
  name = 'AddInboxVisibilitySet1795890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "case"
        ADD COLUMN "participant_agency_ids" uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN "next_deadline" timestamptz NULL,
        ADD COLUMN "sla_escalated" boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE "case" c SET "participant_agency_ids" = ARRAY(
        SELECT p.agency_id FROM case_participant p WHERE p.case_id = c.id ORDER BY p.agency_id)`);
    await q.query(`
      UPDATE "case" c SET "next_deadline" = k.next_deadline, "sla_escalated" = k.escalated
      FROM (SELECT case_id, min(deadline) AS next_deadline, bool_or(escalated_at IS NOT NULL) AS escalated
            FROM case_clock WHERE completed_at IS NULL GROUP BY case_id) k
      WHERE k.case_id = c.id`);

    // Triggers run as the owner so that adding a participant to a case the actor cannot read yet
    // (intake routing to another agency) still keeps the array right.
    await q.query(`
      CREATE FUNCTION simpul_sync_participant_agencies() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_case uuid;
      BEGIN
        FOR v_case IN
          SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) AS x
          WHERE x IS NOT NULL
        LOOP
          UPDATE "case" SET "participant_agency_ids" = ARRAY(
            SELECT agency_id FROM case_participant WHERE case_id = v_case ORDER BY agency_id)
          WHERE id = v_case;
        END LOOP;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_participant_agencies"
      AFTER INSERT OR UPDATE OF "agency_id", "case_id" OR DELETE ON "case_participant"
      FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies()`);

    await q.query(`
      CREATE FUNCTION simpul_sync_case_deadline() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        v_case uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
        v_deadline timestamptz;
        v_escalated boolean;
      BEGIN
        SELECT min(deadline), coalesce(bool_or(escalated_at IS NOT NULL), false)
          INTO v_deadline, v_escalated
          FROM case_clock WHERE case_id = v_case AND completed_at IS NULL;
        UPDATE "case" SET "next_deadline" = v_deadline, "sla_escalated" = v_escalated
         WHERE id = v_case
           AND ("next_deadline" IS DISTINCT FROM v_deadline OR "sla_escalated" IS DISTINCT FROM v_escalated);
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "tr_case_clock_deadline"
      AFTER INSERT OR UPDATE OR DELETE ON "case_clock"
      FOR EACH ROW EXECUTE FUNCTION simpul_sync_case_deadline()`);

    // The agencies whose participation makes a case readable for the acting agency and role: the
    // same three relations as simpul_case_relations (which stays the source of the relation names).
    await q.query(`
      CREATE FUNCTION simpul_readable_agencies() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        WITH RECURSIVE actor AS (
          SELECT simpul_actor_agency() AS agency_id, simpul_actor_role() AS role
        ), descendants AS (
          SELECT a.id FROM agency a, actor
          WHERE a.parent_id = actor.agency_id AND actor.role IN ('pimpinan', 'admin')
          UNION
          SELECT a.id FROM agency a JOIN descendants d ON a.parent_id = d.id
        )
        SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
          SELECT agency_id AS id FROM actor WHERE agency_id IS NOT NULL
          UNION SELECT id FROM descendants
          UNION SELECT c.coordinated_id FROM agency_coordination c, actor
                WHERE c.coordinator_id = actor.agency_id
        ) readable
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_readable_agencies() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_readable_agencies() TO ${APP_DB_ROLE}`);

    await q.query(`DROP POLICY "case_read" ON "case"`);
    await q.query(`DROP POLICY "case_update" ON "case"`);
    await q.query(`
      CREATE POLICY "case_read" ON "case" FOR SELECT TO ${APP_DB_ROLE} USING (
        current_setting('simpul.system', true) = 'on'
        OR "participant_agency_ids" && (SELECT simpul_readable_agencies()))`);
    await q.query(`
      CREATE POLICY "case_update" ON "case" FOR UPDATE TO ${APP_DB_ROLE}
      USING (current_setting('simpul.system', true) = 'on'
             OR "participant_agency_ids" && (SELECT simpul_readable_agencies()))
      WITH CHECK (current_setting('simpul.system', true) = 'on'
                  OR "participant_agency_ids" && (SELECT simpul_readable_agencies()))`);

    // Participants and assignees: a row of a readable agency is readable without the per-row
    // relation check, which still decides every other row (same result, far fewer calls).
    for (const table of ['case_participant', 'case_assignee']) {
      await q.query(`DROP POLICY "${table}_read" ON "${table}"`);
      await q.query(`DROP POLICY "${table}_write" ON "${table}"`);
      await q.query(`
        CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_DB_ROLE}
        USING ("agency_id" = ANY ((SELECT simpul_readable_agencies())::uuid[]) OR simpul_case_visible("case_id"))`);
    }
    await q.query(`
      CREATE POLICY "case_participant_write" ON "case_participant" FOR ALL TO ${APP_DB_ROLE}
      USING ("agency_id" = ANY ((SELECT simpul_readable_agencies())::uuid[]) OR simpul_case_visible("case_id"))
      WITH CHECK (simpul_case_visible("case_id") OR simpul_case_intake_agency("case_id") = simpul_actor_agency())`);
    await q.query(`
      CREATE POLICY "case_assignee_write" ON "case_assignee" FOR ALL TO ${APP_DB_ROLE}
      USING ("agency_id" = ANY ((SELECT simpul_readable_agencies())::uuid[]) OR simpul_case_visible("case_id"))
      WITH CHECK (simpul_case_visible("case_id"))`);

    // Text search through the indexes. Row-level security keeps operators that are not leakproof
    // (full-text @@, trigram matching) from using an index, so this function, running as the owner,
    // finds matching cases by index and applies the same readable-agency rule itself.
    await q.query(`
      CREATE FUNCTION simpul_case_text_search(p_query text) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
      SET pg_trgm.word_similarity_threshold = 0.5 AS $$
        SELECT c.id FROM "case" c
        WHERE (c.search_vector @@ websearch_to_tsquery('indonesian', p_query) OR p_query <% c.title)
          AND (current_setting('simpul.system', true) = 'on'
               OR c.participant_agency_ids && simpul_readable_agencies())
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION simpul_case_text_search(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION simpul_case_text_search(text) TO ${APP_DB_ROLE}`);

    await q.query(
      `CREATE INDEX "ix_case_participant_agencies" ON "case" USING gin ("participant_agency_ids")`,
    );
    // Sorting by due date orders by this expression (cases without a running clock last).
    await q.query(
      `CREATE INDEX "ix_case_due" ON "case" ((coalesce("next_deadline", 'infinity'::timestamptz)), "id")`,
    );
    await q.query(
      `CREATE INDEX "ix_case_status_created" ON "case" ("status", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_case_category_created" ON "case" ("category", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_case_regency_created" ON "case" ("regency_code", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_case_regency_created"`);
    await q.query(`DROP INDEX "ix_case_category_created"`);
    await q.query(`DROP INDEX "ix_case_status_created"`);
    await q.query(`DROP INDEX "ix_case_due"`);
    await q.query(`DROP INDEX "ix_case_participant_agencies"`);
    await q.query(`DROP FUNCTION simpul_case_text_search(text)`);
    for (const table of ['case_participant', 'case_assignee']) {
      await q.query(`DROP POLICY "${table}_read" ON "${table}"`);
      await q.query(`DROP POLICY "${table}_write" ON "${table}"`);
      await q.query(
        `CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("case_id"))`,
      );
    }
    await q.query(`
      CREATE POLICY "case_participant_write" ON "case_participant" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id"))
      WITH CHECK (simpul_case_visible("case_id") OR simpul_case_intake_agency("case_id") = simpul_actor_agency())`);
    await q.query(`
      CREATE POLICY "case_assignee_write" ON "case_assignee" FOR ALL TO ${APP_DB_ROLE}
      USING (simpul_case_visible("case_id")) WITH CHECK (simpul_case_visible("case_id"))`);
    await q.query(`DROP POLICY "case_read" ON "case"`);
    await q.query(`DROP POLICY "case_update" ON "case"`);
    await q.query(
      `CREATE POLICY "case_read" ON "case" FOR SELECT TO ${APP_DB_ROLE} USING (simpul_case_visible("id"))`,
    );
    await q.query(
      `CREATE POLICY "case_update" ON "case" FOR UPDATE TO ${APP_DB_ROLE} USING (simpul_case_visible("id")) WITH CHECK (simpul_case_visible("id"))`,
    );
    await q.query(`DROP FUNCTION simpul_readable_agencies()`);
    await q.query(`DROP TRIGGER "tr_case_clock_deadline" ON "case_clock"`);
    await q.query(`DROP FUNCTION simpul_sync_case_deadline()`);
    await q.query(`DROP TRIGGER "tr_case_participant_agencies" ON "case_participant"`);
    await q.query(`DROP FUNCTION simpul_sync_participant_agencies()`);
    await q.query(
      `ALTER TABLE "case" DROP COLUMN "sla_escalated", DROP COLUMN "next_deadline", DROP COLUMN "participant_agency_ids"`,
    );
  }
}
