/* The merge's write statements (case-merge.service.ts). Types: npm run sql:types. */

/* @name MoveReports */
UPDATE case_report SET case_id = :survivingId! WHERE case_id = :duplicateId! RETURNING id, tracking_id;

/* @name MarkMerged */
UPDATE "case" SET merged_into_case_id = :survivingId!, merged_at = now(), merged_by = :mergedBy! WHERE id = :duplicateId!;

/* @name VoidOtherRequests */
UPDATE case_merge_request SET status = 'void', decided_at = now(), decision_note = :note!
WHERE status = 'pending' AND id IS DISTINCT FROM :requestId::uuid
  AND (duplicate_case_id = :duplicateId! OR surviving_case_id = :duplicateId!);

/* @name CopyAssignees */
WITH added AS (
  INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by)
  SELECT :survivingId!, a.agency_id, a.user_id, :assignedBy! FROM case_assignee a WHERE a.case_id = :duplicateId!
  ON CONFLICT (case_id, user_id) DO NOTHING
  RETURNING user_id, agency_id)
SELECT added.user_id, added.agency_id, u.name FROM added JOIN app_user u ON u.id = added.user_id
ORDER BY u.name;

/* Both rows locked in one order, so two opposite merges cannot deadlock. */
/* @name LockMergeCases */
SELECT id, number, title, status, status_before_hold, version, merged_into_case_id
FROM "case" WHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE;

/* The duplicate's lead and collaborators join as collaborators, its observers as observers; an
   observer already there who worked the duplicate becomes a collaborator. */
/* @name JoinParticipants */
INSERT INTO case_participant (case_id, agency_id, role, added_by)
SELECT :survivingId!, p.agency_id, CASE WHEN p.role = 'observer' THEN 'observer' ELSE 'collaborator' END, :addedBy!
FROM case_participant p WHERE p.case_id = :duplicateId!
ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, p.agency_id
ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator'
  WHERE case_participant.role = 'observer' AND EXCLUDED.role = 'collaborator'
RETURNING agency_id, role, (xmax = 0) AS "inserted!";
