/* The merge requests' statements (merge-requests.service.ts). Types: npm run sql:types. */

/* Both cases locked in one order with the merge itself, so a request and a merge cannot deadlock. */
/* @name LockRequestCases */
SELECT id, number, status, status_before_hold, merged_into_case_id FROM "case"
WHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE;

/* @name PendingRequest */
SELECT id FROM case_merge_request
WHERE surviving_case_id = :survivingId! AND duplicate_case_id = :duplicateId! AND status = 'pending';

/* @name InsertRequest */
INSERT INTO case_merge_request (surviving_case_id, duplicate_case_id, requested_by, requested_by_agency_id, note)
VALUES (:survivingId!, :duplicateId!, :requestedBy!, :requestedByAgencyId!, :note) RETURNING id;

/* @name LeadAgency */
SELECT agency_id FROM case_participant WHERE case_id = :caseId! AND role = 'lead';

/* @name DecideRequest */
UPDATE case_merge_request SET status = :status!, decided_by = :decidedBy!, decided_by_agency_id = :decidedByAgencyId!,
  decided_at = now(), decision_note = :decisionNote
WHERE id = :requestId! AND status = 'pending' RETURNING id;

/* @name LockRequest */
SELECT id FROM case_merge_request WHERE id = :requestId! AND duplicate_case_id = :duplicateId! FOR UPDATE;

/* @name RequesterRole */
SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
WHERE m.user_id = :userId AND m.agency_id = :agencyId! AND u.active;

/* @name AgencyRelations */
SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS "relations!";

/* @name JoinedSince */
SELECT count(*)::int AS "n!" FROM case_participant WHERE case_id = :caseId! AND added_at > :since!;

/* A request with both cases' numbers and titles and the surviving case's agencies (run with the
   system's reach: the caller decides who may see each). */
/* @name LoadRequests */
SELECT q.id, q.status, q.surviving_case_id, s.number AS surviving_number,
    s.title AS surviving_title, q.duplicate_case_id, d.number AS duplicate_number, d.title AS duplicate_title,
    q.requested_by, q.requested_by_agency_id, a.short_name AS requested_by_agency, ru.name AS "requested_by_name?",
    q.requested_at, q.note, q.decided_at, du.name AS "decided_by_name?", q.decision_note,
    (SELECT coalesce(json_agg(json_build_object('agencyId', p.agency_id, 'agencyShortName', pa.short_name, 'role', p.role)
              ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, pa.short_name), '[]')
       FROM case_participant p JOIN agency pa ON pa.id = p.agency_id
      WHERE p.case_id = q.surviving_case_id) AS "surviving_participants!"
  FROM case_merge_request q
  JOIN "case" s ON s.id = q.surviving_case_id
  JOIN "case" d ON d.id = q.duplicate_case_id
  JOIN agency a ON a.id = q.requested_by_agency_id
  LEFT JOIN app_user ru ON ru.id = q.requested_by
  LEFT JOIN app_user du ON du.id = q.decided_by
WHERE (:caseId::uuid IS NULL OR q.surviving_case_id = :caseId OR q.duplicate_case_id = :caseId)
  AND (:requestId::uuid IS NULL OR q.id = :requestId)
ORDER BY (q.status = 'pending') DESC, q.requested_at DESC LIMIT 20;
