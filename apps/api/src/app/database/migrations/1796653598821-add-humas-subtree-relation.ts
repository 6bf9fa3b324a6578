import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: the humas of DPU BM Jatim could not open a case its own UPT holds, yet clarifications
 * are written from those cases. The humas of an agency now read the cases of its subtree: a new
 * relation `humas_subtree` in `simpul_case_relations` (the humas of a strict ancestor of a
 * participating agency, beside the `ancestor` relation of its pimpinan and admins, which stays as
 * it was). Every earlier branch is kept (participant, ancestor, coordinator, handoff_receiver,
 * collaboration_invitee). The access policy maps `humas_subtree` to reading only: no comment, no
 * evidence, no reporter identity (it is no participant). `simpul_readable_agencies()` (the inbox's
 * readable set and the case's row-level security) takes the descendants for a humas too.
 */
const ANCESTORS = `
        WITH RECURSIVE ancestors AS (
          SELECT a.parent_id AS id FROM case_participant p JOIN agency a ON a.id = p.agency_id
          WHERE p.case_id = p_case AND a.parent_id IS NOT NULL
          UNION
          SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.id WHERE a.parent_id IS NOT NULL
        )`;

const relations = (withHumas: boolean) => `${ANCESTORS}
        SELECT array_remove(ARRAY[
          (SELECT 'participant:' || p.role FROM case_participant p WHERE p.case_id = p_case AND p.agency_id = p_agency),
          CASE WHEN p_role IN ('pimpinan', 'admin') AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'ancestor' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_participant p JOIN agency_coordination c ON c.coordinated_id = p.agency_id
                            WHERE p.case_id = p_case AND c.coordinator_id = p_agency)
               THEN 'coordinator' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_handoff h
                            WHERE h.case_id = p_case AND h.to_agency_id = p_agency AND h.status = 'open')
               THEN 'handoff_receiver' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_collaboration k
                            WHERE k.case_id = p_case AND k.agency_id = p_agency AND k.status = 'invited')
               THEN 'collaboration_invitee' END${
                 withHumas
                   ? `,
          CASE WHEN p_role = 'humas' AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'humas_subtree' END`
                   : ''
               }
        ], NULL)`;

const readable = (roles: string) => `
        WITH RECURSIVE actor AS (
          SELECT simpul_actor_agency() AS agency_id, simpul_actor_role() AS role
        ), descendants AS (
          SELECT a.id FROM agency a, actor
          WHERE a.parent_id = actor.agency_id AND actor.role IN (${roles})
          UNION
          SELECT a.id FROM agency a JOIN descendants d ON a.parent_id = d.id
        )
        SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
          SELECT agency_id AS id FROM actor WHERE agency_id IS NOT NULL
          UNION SELECT id FROM descendants
          UNION SELECT c.coordinated_id FROM agency_coordination c, actor
                WHERE c.coordinator_id = actor.agency_id
        ) readable`;

// CREATE OR REPLACE keeps each function's owner and grants.
const define = (signature: string, body: string) => `
      CREATE OR REPLACE FUNCTION ${signature}
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        RETURN (${body}
        );
      END
      $$`;

const RELATIONS = 'simpul_case_relations(p_case uuid, p_agency uuid, p_role text) RETURNS text[]';
const READABLE = 'simpul_readable_agencies() RETURNS uuid[]';

export class AddHumasSubtreeRelation1796653598821 implements MigrationInterface {
  name = 'AddHumasSubtreeRelation1796653598821';

  async up(q: QueryRunner): Promise<void> {
    await q.query(define(RELATIONS, relations(true)));
    await q.query(define(READABLE, readable(`'pimpinan', 'admin', 'humas'`)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(define(READABLE, readable(`'pimpinan', 'admin'`)));
    await q.query(define(RELATIONS, relations(false)));
  }
}
