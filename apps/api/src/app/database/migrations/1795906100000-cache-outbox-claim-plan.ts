import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relay's claim, rewritten from LANGUAGE sql to plpgsql with the same query, for the reason
 * given in CacheAccessFunctionPlans1795906000000: a SECURITY DEFINER SQL function is planned again
 * at every call, and the relay calls this one for every drain (each NOTIFY), a hundred times a
 * second at 100 comments/s. plpgsql keeps the plan on the relay's connection.
 */
const CLAIM = `
        WITH claimed AS (
          DELETE FROM outbox o
           WHERE o.id IN (SELECT i.id FROM outbox i ORDER BY i.id LIMIT p_limit FOR UPDATE SKIP LOCKED)
          RETURNING o.id, o.channel, o.target, o.event, o.payload
        )
        SELECT c.id, c.channel, c.target, c.event, c.payload,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 SELECT p.agency_id FROM case_participant p WHERE p.case_id = c.target
                 UNION
                 SELECT ac.coordinator_id FROM case_participant p
                   JOIN agency_coordination ac ON ac.coordinated_id = p.agency_id
                  WHERE p.case_id = c.target) END,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 WITH RECURSIVE ancestors AS (
                   SELECT a.parent_id AS aid FROM case_participant p JOIN agency a ON a.id = p.agency_id
                    WHERE p.case_id = c.target AND a.parent_id IS NOT NULL
                   UNION
                   SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.aid WHERE a.parent_id IS NOT NULL
                 )
                 SELECT aid FROM ancestors) END
          FROM claimed c
         ORDER BY c.id`;

// CREATE OR REPLACE keeps the function's owner and grants.
const define = (language: 'sql' | 'plpgsql') => `
      CREATE OR REPLACE FUNCTION simpul_outbox_claim(p_limit integer)
      RETURNS TABLE (id bigint, channel varchar, target uuid, event varchar, payload jsonb,
                     agencies uuid[], oversight uuid[])
      LANGUAGE ${language} VOLATILE SECURITY DEFINER SET search_path = public AS $$${
        language === 'sql'
          ? CLAIM
          : `\n      #variable_conflict use_column\n      BEGIN\n        RETURN QUERY${CLAIM};\n      END`
      }
      $$`;

export class CacheOutboxClaimPlan1795906100000 implements MigrationInterface {
  name = 'CacheOutboxClaimPlan1795906100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(define('plpgsql'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(define('sql'));
  }
}
