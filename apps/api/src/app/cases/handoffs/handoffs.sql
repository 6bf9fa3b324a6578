/* Handoffs (pelimpahan), disposition and arbitration (handoffs.service.ts). Types: npm run sql:types. */

/* @name PendingHandoffOfCase */
SELECT id, status FROM case_handoff WHERE case_id = :caseId! AND status IN ('open', 'frozen') FOR UPDATE;

/* @name LockHandoff */
SELECT id, case_id, from_agency_id, to_agency_id, reason, note, sender_choice, status, deadline,
  proposed_by, arbiter_agency_id
FROM case_handoff WHERE id = :handoffId! AND case_id = :caseId! FOR UPDATE;

/* @name ActiveAgencyRef */
SELECT id, short_name, name, parent_id FROM agency WHERE id = :agencyId! AND active;

/* @name CaseAttachmentIds */
SELECT id FROM case_attachment WHERE case_id = :caseId! AND id = ANY(:ids!::uuid[]) AND deleted_at IS NULL;

/* @name AcceptedSinceArbitration */
SELECT from_agency_id, to_agency_id FROM case_handoff
WHERE case_id = :caseId! AND status = 'accepted'
  AND proposed_at > coalesce((SELECT max(answered_at) FROM case_handoff WHERE case_id = :caseId! AND status = 'arbitrated'), '-infinity')
ORDER BY proposed_at;

/* @name InsertHandoff */
INSERT INTO case_handoff (case_id, from_agency_id, to_agency_id, reason, note, evidence, sender_choice, status,
  proposed_by, deadline, arbiter_agency_id)
VALUES (:caseId!, :fromAgencyId!, :toAgencyId!, :reason!, :note, :evidence!, :senderChoice!, :status!,
  :proposedBy, :deadline!, :arbiterAgencyId)
RETURNING id;

/* @name CloseHandoff */
UPDATE case_handoff SET status = :status!, answered_by = :answeredBy, answered_by_agency_id = :answeredByAgencyId,
  answered_at = now(), answer_reason = :answerReason, decided_agency_id = :decidedAgencyId, rule_id = :ruleId
WHERE id = :handoffId!;

/* @name DemoteLead */
UPDATE case_participant SET role = 'collaborator' WHERE case_id = :caseId! AND agency_id = :agencyId! AND role = 'lead';

/* @name RemoveParticipant */
DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId!;

/* @name RemoveAgencyAssignees */
DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!;

/* @name MakeLead */
INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy)
ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'lead';

/* @name HandoffViews */
SELECT h.id, h.case_id, c.number, c.title, h.from_agency_id, fa.short_name AS from_short_name, fa.name AS from_name,
  h.to_agency_id, ta.short_name AS to_short_name, ta.name AS to_name, h.reason, h.note, h.evidence, h.sender_choice,
  h.status, h.proposed_at, pu.name AS "proposed_by_name?", h.deadline, h.answered_at, au.name AS "answered_by_name?",
  h.answer_reason, h.arbiter_agency_id, ra.short_name AS "arbiter_short_name?", h.decided_agency_id,
  da.short_name AS "decided_short_name?", h.rule_id
FROM case_handoff h
  JOIN "case" c ON c.id = h.case_id
  JOIN agency fa ON fa.id = h.from_agency_id
  JOIN agency ta ON ta.id = h.to_agency_id
  LEFT JOIN app_user pu ON pu.id = h.proposed_by
  LEFT JOIN app_user au ON au.id = h.answered_by
  LEFT JOIN agency ra ON ra.id = h.arbiter_agency_id
  LEFT JOIN agency da ON da.id = h.decided_agency_id
WHERE (:caseId::uuid IS NULL OR h.case_id = :caseId)
  AND (:handoffIds::uuid[] IS NULL OR h.id = ANY(:handoffIds))
  AND (:toAgencyId::uuid IS NULL OR h.to_agency_id = :toAgencyId)
  AND (:fromAgencyId::uuid IS NULL OR h.from_agency_id = :fromAgencyId)
  AND (:statuses::text[] IS NULL OR h.status = ANY(:statuses))
ORDER BY (h.status IN ('open', 'frozen')) DESC, h.proposed_at DESC
LIMIT :limit!;

/* @name ChainOfCase */
SELECT id FROM case_handoff WHERE case_id = :caseId! ORDER BY proposed_at;

/* @name FrozenForArbiter */
SELECT id FROM case_handoff
WHERE status = 'frozen' AND (:all!::boolean OR arbiter_agency_id = :agencyId)
ORDER BY proposed_at LIMIT 100;

/*
  The arbiter of agencies that bounced a case: the nearest agency that is an ancestor (or itself)
  of every one of them, else one that coordinates every one of them.
*/
/* @name ArbiterOf */
WITH RECURSIVE up AS (
  SELECT a.id AS agency_id, a.id AS ancestor_id, 0 AS depth FROM agency a WHERE a.id = ANY(:agencyIds!::uuid[])
  UNION ALL
  SELECT up.agency_id, a.parent_id, up.depth + 1 FROM up JOIN agency a ON a.id = up.ancestor_id
  WHERE a.parent_id IS NOT NULL AND up.depth < 20
), common AS (
  SELECT ancestor_id AS id, max(depth) AS depth FROM up GROUP BY ancestor_id
  HAVING count(DISTINCT agency_id) = cardinality(:agencyIds!::uuid[])
), coordinators AS (
  SELECT coordinator_id AS id, 1000 AS depth FROM agency_coordination WHERE coordinated_id = ANY(:agencyIds!::uuid[])
  GROUP BY coordinator_id HAVING count(DISTINCT coordinated_id) = cardinality(:agencyIds!::uuid[])
)
SELECT id AS "id!" FROM (SELECT * FROM common UNION ALL SELECT * FROM coordinators) c ORDER BY depth, id LIMIT 1;

/* @name DueHandoffs */
SELECT id, case_id, deadline FROM case_handoff WHERE status = 'open' AND deadline <= now() + make_interval(mins => :minutes!);

/* @name LockCaseOfHandoff */
SELECT case_id FROM case_handoff WHERE id = :handoffId!;

/* @name AgencyOfficers */
SELECT m.user_id, u.name FROM membership m JOIN app_user u ON u.id = m.user_id
WHERE m.agency_id = :agencyId! AND m.user_id = ANY(:userIds!::uuid[]) AND u.active AND m.role IN ('admin', 'petugas', 'pimpinan');

/* @name AssignOfficerFromDisposition */
INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)
ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id;

/* @name Superadmins */
SELECT id FROM app_user WHERE is_superadmin AND active;

/* @name TrackingHandoffs */
SELECT h.answered_at AS "at!", fa.short_name AS from_short_name, ta.short_name AS to_short_name,
  da.short_name AS "decided_short_name?", h.reason, h.evidence, h.status
FROM case_handoff h
  JOIN agency fa ON fa.id = h.from_agency_id
  JOIN agency ta ON ta.id = h.to_agency_id
  LEFT JOIN agency da ON da.id = h.decided_agency_id
WHERE h.case_id = :caseId! AND h.status IN ('accepted', 'arbitrated')
ORDER BY h.answered_at;
