import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pending collaboration invitee reads the case to decide, like a handoff receiver, and sees no
 * reporter identity until it accepts. Until now the invitation added the agency as an observer
 * (a participant, so it saw a non-anonymous reporter's name and contact). From here the invitee
 * is no participant: `simpul_case_relations` gains the relation `collaboration_invitee` (one
 * branch; the access policy maps it to reading and answering, never to the identity), and
 * `case.participant_agency_ids` lists the invitee beside participants and handoff receivers (a
 * trigger on `case_collaboration`), which the case's row-level security and inbox entries read.
 * Accepting inserts the collaborator's participant row. Observers added only by a pending
 * invitation are removed (they become plain invitees), and `joined_as_observer` goes.
 */
const ANCESTORS = `
        WITH RECURSIVE ancestors AS (
          SELECT a.parent_id AS id FROM case_participant p JOIN agency a ON a.id = p.agency_id
          WHERE p.case_id = p_case AND a.parent_id IS NOT NULL
          UNION
          SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.id WHERE a.parent_id IS NOT NULL
        )`;

const relations = (withInvitee: boolean) => `${ANCESTORS}
        SELECT array_remove(ARRAY[
          (SELECT 'participant:' || p.role FROM case_participant p WHERE p.case_id = p_case AND p.agency_id = p_agency),
          CASE WHEN p_role IN ('pimpinan', 'admin') AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'ancestor' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_participant p JOIN agency_coordination c ON c.coordinated_id = p.agency_id
                            WHERE p.case_id = p_case AND c.coordinator_id = p_agency)
               THEN 'coordinator' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_handoff h
                            WHERE h.case_id = p_case AND h.to_agency_id = p_agency AND h.status = 'open')
               THEN 'handoff_receiver' END${
                 withInvitee
                   ? `,
          CASE WHEN EXISTS (SELECT 1 FROM case_collaboration k
                            WHERE k.case_id = p_case AND k.agency_id = p_agency AND k.status = 'invited')
               THEN 'collaboration_invitee' END`
                   : ''
               }
        ], NULL)`;

const defineRelations = (withInvitee: boolean) => `
      CREATE OR REPLACE FUNCTION simpul_case_relations(p_case uuid, p_agency uuid, p_role text) RETURNS text[]
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        RETURN (${relations(withInvitee)}
        );
      END
      $$`;

const defineParticipantAgencies = (withInvitees: boolean) => `
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
            SELECT agency_id FROM case_participant WHERE case_id = v_case
            UNION SELECT to_agency_id FROM case_handoff WHERE case_id = v_case AND status = 'open'${
              withInvitees
                ? `
            UNION SELECT agency_id FROM case_collaboration WHERE case_id = v_case AND status = 'invited'`
                : ''
            }
            ORDER BY 1)
          WHERE id = v_case;
        END LOOP;
        RETURN NULL;
      END
      $$`;

const resync = `
      UPDATE "case" c SET "participant_agency_ids" = ARRAY(
        SELECT agency_id FROM case_participant WHERE case_id = c.id
        UNION SELECT to_agency_id FROM case_handoff WHERE case_id = c.id AND status = 'open'
        UNION SELECT agency_id FROM case_collaboration WHERE case_id = c.id AND status = 'invited'
        ORDER BY 1)
      WHERE c.id IN (SELECT case_id FROM case_collaboration)`;

export class AddCollaborationInviteeRelation1796110000000 implements MigrationInterface {
  name = 'AddCollaborationInviteeRelation1796110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(defineRelations(true));
    await q.query(defineParticipantAgencies(true));
    await q.query(`
      CREATE TRIGGER "tr_case_collaboration_agencies" AFTER INSERT OR DELETE OR UPDATE OF "status", "agency_id"
      ON "case_collaboration" FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies()`);
    await q.query(`
      DELETE FROM case_participant p USING case_collaboration k
      WHERE k.case_id = p.case_id AND k.agency_id = p.agency_id AND k.status = 'invited'
        AND k.joined_as_observer AND p.role = 'observer'`);
    await q.query(`ALTER TABLE "case_collaboration" DROP COLUMN "joined_as_observer"`);
    await q.query(resync);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "case_collaboration" ADD COLUMN "joined_as_observer" boolean NOT NULL DEFAULT false`,
    );
    // Pending invitees read the case as observers again.
    await q.query(`
      WITH added AS (
        INSERT INTO case_participant (case_id, agency_id, role, added_by)
        SELECT k.case_id, k.agency_id, 'observer', k.invited_by FROM case_collaboration k
        WHERE k.status = 'invited'
        ON CONFLICT (case_id, agency_id) DO NOTHING
        RETURNING case_id, agency_id)
      UPDATE case_collaboration k SET joined_as_observer = true FROM added a
      WHERE k.case_id = a.case_id AND k.agency_id = a.agency_id AND k.status = 'invited'`);
    await q.query(`DROP TRIGGER "tr_case_collaboration_agencies" ON "case_collaboration"`);
    await q.query(defineParticipantAgencies(false));
    await q.query(defineRelations(false));
  }
}
