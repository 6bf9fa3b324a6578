/* The participants' statements (participants.service.ts). Types: npm run sql:types. */

/* @name ActiveOfficer */
SELECT u.name, m.agency_id FROM membership m JOIN app_user u ON u.id = m.user_id
WHERE m.user_id = :userId! AND m.agency_id = :agencyId! AND u.active;

/* @name AssignOfficer */
INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)
ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id;

/* @name UnassignOfficer */
DELETE FROM case_assignee WHERE case_id = :caseId! AND user_id = :userId! AND agency_id = :agencyId! RETURNING user_id;

/* @name ActiveAgency */
SELECT id FROM agency WHERE id = :agencyId! AND active;

/* @name AddObserver */
INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'observer', :addedBy!)
ON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id;

/* @name ParticipantOf */
SELECT p.role, a.short_name FROM case_participant p JOIN agency a ON a.id = p.agency_id
WHERE p.case_id = :caseId! AND p.agency_id = :agencyId!;

/* @name AgencyName */
SELECT short_name FROM agency WHERE id = :agencyId! AND active;

/* @name LockOpenCollaboration */
SELECT id, status, task_status, version, required FROM case_collaboration
WHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') FOR UPDATE;

/* @name InsertCollaboration */
INSERT INTO case_collaboration (case_id, agency_id, task, required, invited_by)
VALUES (:caseId!, :agencyId!, :task!, :required!, :invitedBy!) RETURNING id;

/* @name MakeCollaborator */
INSERT INTO case_participant (case_id, agency_id, role, added_by)
SELECT k.case_id, k.agency_id, 'collaborator', k.invited_by FROM case_collaboration k WHERE k.id = :collaborationId!
ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator' WHERE case_participant.role = 'observer'
RETURNING agency_id;

/* @name AcceptCollaboration */
UPDATE case_collaboration SET status = 'active', decided_by = :decidedBy!, decided_at = now(), version = 1 + version
WHERE id = :id! AND status = 'invited' RETURNING id;

/* @name DeclineCollaboration */
UPDATE case_collaboration SET status = 'declined', decided_by = :decidedBy!, decided_at = now(), decline_reason = :reason!,
  version = 1 + version
WHERE id = :id! AND status = 'invited' RETURNING id;

/* @name EndOpenCollaboration */
UPDATE case_collaboration SET status = 'ended', ended_by = :endedBy!, ended_at = now(), end_reason = :reason!,
  version = 1 + version
WHERE case_id = :caseId! AND agency_id = :agencyId! AND status IN ('invited', 'active') RETURNING id;

/* @name RemoveParticipant */
DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId! AND role <> 'lead' RETURNING role;

/* @name RemoveAgencyAssignees */
DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!;

/* @name UpdateTaskStatus */
UPDATE case_collaboration SET task_status = :status!, version = :version! + 1, task_updated_by = :updatedBy!,
  task_updated_at = now()
WHERE id = :id! AND status = 'active' AND version = :version! RETURNING version;

/* @name OpenRequiredTasks */
SELECT count(*)::int AS "open!" FROM case_collaboration
WHERE case_id = :caseId! AND required AND status IN ('invited', 'active') AND task_status <> 'done';

/* @name CaseCollaborations */
SELECT k.id, k.agency_id, a.short_name, k.task, k.required, k.status, k.task_status, k.version,
  k.invited_at, iu.name AS "invited_by_name?", k.decided_at, du.name AS "decided_by_name?", k.decline_reason,
  k.task_updated_at, tu.name AS "task_updated_by_name?", k.ended_at, eu.name AS "ended_by_name?", k.end_reason
FROM case_collaboration k JOIN agency a ON a.id = k.agency_id
  LEFT JOIN app_user iu ON iu.id = k.invited_by
  LEFT JOIN app_user du ON du.id = k.decided_by
  LEFT JOIN app_user tu ON tu.id = k.task_updated_by
  LEFT JOIN app_user eu ON eu.id = k.ended_by
WHERE k.case_id = :caseId!
ORDER BY k.invited_at DESC, k.id;

/* @name CaseParticipants */
SELECT p.agency_id, a.short_name, p.role, p.added_at, u.name AS "added_by_name?"
FROM case_participant p JOIN agency a ON a.id = p.agency_id LEFT JOIN app_user u ON u.id = p.added_by
WHERE p.case_id = :caseId!
ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, a.short_name;

/* @name SplitLinks */
SELECT 'split_into' AS "direction!", d.id AS "id!", d.number AS "number!", d.title AS "title!", d.split_at AS "at!" FROM "case" d WHERE d.split_from_case_id = :caseId!
UNION ALL
SELECT 'split_from', s.id, s.number, s.title, c.split_at FROM "case" c JOIN "case" s ON s.id = c.split_from_case_id
WHERE c.id = :caseId!
ORDER BY 5, 3;
