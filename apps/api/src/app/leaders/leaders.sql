/* The leaders' view (docs/indicators.md). Every statement runs in system mode, limited to the
   covered agencies it is given: figures count by holding history, not by what is readable now. */

/* @name ScopeOfAgency */
WITH RECURSIVE subtree AS (
  SELECT a.id FROM agency a WHERE a.id = :agencyId!
  UNION
  SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id
)
SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!", a.kind AS "kind!",
       a.parent_id AS "parentId",
       CASE WHEN a.id = :agencyId! THEN 'self'
            WHEN a.id IN (SELECT id FROM subtree) THEN 'unit'
            ELSE 'coordinated' END AS "relation!"
FROM agency a
WHERE a.id IN (SELECT id FROM subtree)
   OR a.id IN (SELECT coordinated_id FROM agency_coordination WHERE coordinator_id = :agencyId!)
ORDER BY a.short_name;

/* @name AllAgencies */
SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!", a.kind AS "kind!",
       a.parent_id AS "parentId", 'installation' AS "relation!"
FROM agency a ORDER BY a.short_name;

/* @name SubtreeOfAgency */
WITH RECURSIVE subtree AS (
  SELECT a.id FROM agency a WHERE a.id = :agencyId!
  UNION
  SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id
)
SELECT id AS "id!" FROM subtree;

/* @name AgencyExists */
SELECT count(*)::int AS "count!" FROM agency WHERE id = :agencyId!;

/* @name OpenCasesHeld */
SELECT c.id AS "caseId!", c.status AS "status!", p.agency_id AS "agencyId!",
       c.created_at AS "createdAt!", c.location_confidence AS "locationConfidence!",
       (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id) AS "lastEventAt"
FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
WHERE p.agency_id = ANY(:agencies!::uuid[])
  AND c.status NOT IN ('resolved', 'archived')
  AND (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category);

/* @name ClocksOfCases */
SELECT k.* FROM case_clock k WHERE k.case_id = ANY(:caseIds!::uuid[]);

/* @name WaitingHandoffs */
SELECT h.case_id AS "caseId!", h.status AS "status!", h.proposed_at AS "proposedAt!"
FROM case_handoff h JOIN "case" c ON c.id = h.case_id
WHERE h.status IN ('open', 'frozen')
  AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[])
       OR (h.status = 'frozen' AND h.arbiter_agency_id = ANY(:agencies!::uuid[])))
  AND (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category);

/* @name HandoffFlow */
SELECT h.from_agency_id AS "fromAgencyId!", h.to_agency_id AS "toAgencyId!",
       count(*)::int AS "proposed!",
       count(*) FILTER (WHERE h.status = 'accepted')::int AS "accepted!",
       count(*) FILTER (WHERE h.status = 'declined')::int AS "declined!",
       count(*) FILTER (WHERE h.status = 'withdrawn')::int AS "withdrawn!",
       count(*) FILTER (WHERE h.status = 'expired')::int AS "expired!",
       count(*) FILTER (WHERE h.status IN ('frozen', 'arbitrated'))::int AS "frozen!"
FROM case_handoff h JOIN "case" c ON c.id = h.case_id
WHERE h.proposed_at >= :start! AND h.proposed_at < :end!
  AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[]))
  AND (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category)
GROUP BY h.from_agency_id, h.to_agency_id
ORDER BY 3 DESC, 1, 2;

/* @name StintsInPeriod */
SELECT h.case_id AS "caseId!", h.agency_id AS "agencyId!", h.started_at AS "startedAt!", h.ended_at AS "endedAt"
FROM case_hand h JOIN "case" c ON c.id = h.case_id
WHERE h.agency_id = ANY(:agencies!::uuid[])
  AND h.started_at < :end! AND (h.ended_at IS NULL OR h.ended_at > :start!)
  AND (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category);

/* @name CasesActiveInPeriod */
SELECT c.id AS "caseId!", c.created_at AS "createdAt!"
FROM "case" c
WHERE (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category)
  AND EXISTS (SELECT 1 FROM case_hand h
              WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]) AND h.started_at < :end!)
  AND ((c.created_at >= :start! AND c.created_at < :end!)
       OR EXISTS (SELECT 1 FROM case_event e
                  WHERE e.case_id = c.id AND e.type = 'case.status_changed'
                    AND e.at >= :start! AND e.at < :end!
                    AND e.after->>'action' IN ('verify', 'route', 'follow_up', 'resolve')));

/* @name CoveredStintsOfCases */
SELECT h.case_id AS "caseId!", h.agency_id AS "agencyId!", h.started_at AS "startedAt!", h.ended_at AS "endedAt"
FROM case_hand h
WHERE h.case_id = ANY(:caseIds!::uuid[]) AND h.agency_id = ANY(:agencies!::uuid[]);

/* @name TransitionsOfCases */
SELECT e.case_id AS "caseId!", e.at AS "at!", e.after->>'action' AS "action!",
       e.after->>'status' AS "toStatus!", e.before->>'status' AS "fromStatus"
FROM case_event e
WHERE e.case_id = ANY(:caseIds!::uuid[]) AND e.type = 'case.status_changed'
ORDER BY e.case_id, e.seq;

/* @name RatingsInPeriod */
SELECT r.case_id AS "caseId!", r.stars AS "stars!"
FROM reporter_rating r JOIN "case" c ON c.id = r.case_id
WHERE r.rated_at >= :start! AND r.rated_at < :end!
  AND (:regency::text IS NULL OR c.regency_code = :regency)
  AND (:category::text IS NULL OR c.category = :category)
  AND EXISTS (SELECT 1 FROM case_hand h WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]));

/* @name ThresholdsOf */
SELECT agency_id AS "agencyId!", due_soon_fraction AS "dueSoonFraction!",
       due_soon_min_working_days AS "dueSoonMinWorkingDays!", stalled_working_days AS "stalledWorkingDays!"
FROM agency_leader_threshold WHERE agency_id = ANY(:agencies!::uuid[]);

/* @name SaveThresholds */
INSERT INTO agency_leader_threshold (agency_id, due_soon_fraction, due_soon_min_working_days, stalled_working_days, updated_by)
VALUES (:agencyId!, :dueSoonFraction!, :dueSoonMinWorkingDays!, :stalledWorkingDays!, :userId!)
ON CONFLICT (agency_id) DO UPDATE SET due_soon_fraction = EXCLUDED.due_soon_fraction,
  due_soon_min_working_days = EXCLUDED.due_soon_min_working_days,
  stalled_working_days = EXCLUDED.stalled_working_days,
  updated_by = EXCLUDED.updated_by, updated_at = now();
