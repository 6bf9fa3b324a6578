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
