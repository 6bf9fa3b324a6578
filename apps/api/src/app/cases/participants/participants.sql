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
