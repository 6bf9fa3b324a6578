import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

/**
 * Handoffs (pelimpahan, issue #13): the lead agency proposes that another agency take a case over;
 * the receiver accepts (becomes lead) or declines; an unanswered proposal expires. One open (or
 * frozen) proposal per case, held by a partial unique index, so two concurrent proposals cannot
 * both be stored. A proposal that would make the case bounce is stored `frozen` and waits for an
 * arbiter (the pimpinan of the nearest common ancestor or a coordinating agency, else the
 * superadmin), whose decision is kept on the same row.
 *
 * While a proposal is open the receiver reads the case: `simpul_case_relations` gains the relation
 * `handoff_receiver` (one branch; the access policy maps it to reading without the reporter's
 * identity), and the receiver's agency is listed in `case.participant_agency_ids` beside the
 * participants, which the case's row-level security reads.
 */
const RELATIONS_WITH_RECEIVER = `
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
               THEN 'coordinator' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_handoff h
                            WHERE h.case_id = p_case AND h.to_agency_id = p_agency AND h.status = 'open')
               THEN 'handoff_receiver' END
        ], NULL)`;

const RELATIONS_BEFORE = `
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
        ], NULL)`;

const defineRelations = (body: string) => `
      CREATE OR REPLACE FUNCTION simpul_case_relations(p_case uuid, p_agency uuid, p_role text) RETURNS text[]
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        RETURN (${body}
        );
      END
      $$`;

const defineParticipantAgencies = (withReceivers: boolean) => `
      CREATE OR REPLACE FUNCTION simpul_sync_participant_agencies() RETURNS trigger
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
            SELECT agency_id FROM case_participant WHERE case_id = v_case${
              withReceivers
                ? `
            UNION SELECT to_agency_id FROM case_handoff WHERE case_id = v_case AND status = 'open'`
                : ''
            }
            ORDER BY 1)
          WHERE id = v_case;
        END LOOP;
        RETURN NULL;
      END
      $$`;

export class AddCaseHandoffs1796050000000 implements MigrationInterface {
  name = 'AddCaseHandoffs1796050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "case_handoff" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "case_id" uuid NOT NULL REFERENCES "case"("id") ON DELETE CASCADE,
        "from_agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "to_agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "reason" varchar(16) NOT NULL,
        "note" text NULL,
        "evidence" jsonb NOT NULL DEFAULT '{"suggestion": null, "attachmentIds": []}',
        "sender_choice" varchar(24) NOT NULL,
        "status" varchar(12) NOT NULL DEFAULT 'open',
        "proposed_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "proposed_at" timestamptz NOT NULL DEFAULT now(),
        "deadline" timestamptz NOT NULL,
        "answered_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "answered_by_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "answered_at" timestamptz NULL,
        "answer_reason" text NULL,
        "arbiter_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "decided_agency_id" uuid NULL REFERENCES "agency"("id") ON DELETE SET NULL,
        "rule_id" uuid NULL,
        CONSTRAINT "ck_handoff_reason" CHECK ("reason" IN ('road_status', 'category', 'outside_area', 'other')),
        CONSTRAINT "ck_handoff_sender_choice" CHECK ("sender_choice" IN ('stay_as_collaborator', 'leave')),
        CONSTRAINT "ck_handoff_status" CHECK ("status" IN ('open', 'accepted', 'declined', 'withdrawn', 'expired', 'frozen', 'arbitrated')),
        CONSTRAINT "ck_handoff_not_to_itself" CHECK ("from_agency_id" <> "to_agency_id"),
        CONSTRAINT "ck_handoff_note_length" CHECK (char_length("note") <= 2000 AND char_length("answer_reason") <= 2000),
        CONSTRAINT "ck_handoff_answered" CHECK (("status" IN ('open', 'frozen')) = ("answered_at" IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_handoff_one_pending" ON "case_handoff" ("case_id") WHERE "status" IN ('open', 'frozen')`,
    );
    await q.query(`CREATE INDEX "ix_handoff_case" ON "case_handoff" ("case_id", "proposed_at")`);
    await q.query(
      `CREATE INDEX "ix_handoff_to_open" ON "case_handoff" ("to_agency_id", "deadline") WHERE "status" = 'open'`,
    );
    await q.query(
      `CREATE INDEX "ix_handoff_from" ON "case_handoff" ("from_agency_id", "proposed_at")`,
    );
    await q.query(
      `CREATE INDEX "ix_handoff_frozen" ON "case_handoff" ("arbiter_agency_id") WHERE "status" = 'frozen'`,
    );
    await q.query(`ALTER TABLE "case_handoff" ENABLE ROW LEVEL SECURITY`);
    // Readers of the case read its handoffs; each side reads its own proposals after the case is gone from its view.
    await q.query(`CREATE POLICY "case_handoff_read" ON "case_handoff" FOR SELECT TO ${APP_DB_ROLE}
      USING (current_setting('simpul.system', true) = 'on' OR simpul_case_visible("case_id")
             OR "from_agency_id" = simpul_actor_agency() OR "to_agency_id" = simpul_actor_agency())`);
    await q.query(`CREATE POLICY "case_handoff_insert" ON "case_handoff" FOR INSERT TO ${APP_DB_ROLE}
      WITH CHECK (current_setting('simpul.system', true) = 'on'
                  OR (simpul_case_visible("case_id") AND "from_agency_id" = simpul_actor_agency()))`);
    await q.query(`CREATE POLICY "case_handoff_update" ON "case_handoff" FOR UPDATE TO ${APP_DB_ROLE}
      USING (current_setting('simpul.system', true) = 'on' OR simpul_case_visible("case_id"))
      WITH CHECK (current_setting('simpul.system', true) = 'on' OR simpul_case_visible("case_id")
                  OR "from_agency_id" = simpul_actor_agency() OR "to_agency_id" = simpul_actor_agency())`);
    await q.query(grantTableToApp('case_handoff', 'SELECT, INSERT, UPDATE'));

    await q.query(defineRelations(RELATIONS_WITH_RECEIVER));
    await q.query(defineParticipantAgencies(true));
    await q.query(`
      CREATE TRIGGER "tr_case_handoff_agencies" AFTER INSERT OR DELETE OR UPDATE OF "status", "to_agency_id"
      ON "case_handoff" FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "tr_case_handoff_agencies" ON "case_handoff"`);
    await q.query(defineParticipantAgencies(false));
    await q.query(defineRelations(RELATIONS_BEFORE));
    await q.query(`DROP TABLE "case_handoff"`);
    await q.query(`
      UPDATE "case" c SET "participant_agency_ids" = ARRAY(
        SELECT agency_id FROM case_participant p WHERE p.case_id = c.id ORDER BY agency_id)`);
  }
}
