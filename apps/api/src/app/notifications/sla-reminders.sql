/* The SLA reminders' statements (sla-reminders.ts). Types: npm run sql:types. */

/* @name ClaimReminder */
INSERT INTO sla_reminder (case_id, clock, deadline)
SELECT k.case_id, k.clock, k.deadline FROM case_clock k
WHERE k.case_id = :caseId! AND k.clock = :clock! AND k.deadline = :deadline! AND k.deadline > now()
  AND k.completed_at IS NULL AND k.escalated_at IS NULL
ON CONFLICT DO NOTHING
RETURNING case_id, clock, deadline;

/* @name ClaimDueReminders */
INSERT INTO sla_reminder (case_id, clock, deadline)
SELECT k.case_id, k.clock, k.deadline FROM case_clock k
WHERE k.completed_at IS NULL AND k.escalated_at IS NULL
  AND k.deadline > :now! AND k.deadline <= :now! + make_interval(hours => :withinHours!)
  AND :now! - k.started_at >= (k.deadline - k.started_at) * :afterFraction!
ORDER BY k.deadline LIMIT :limit!
ON CONFLICT DO NOTHING
RETURNING case_id, clock, deadline;

/* @name ReminderCase */
SELECT c.number, c.title, p.agency_id AS lead FROM "case" c
JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!;

/* @name CaseAssignees */
SELECT user_id FROM case_assignee WHERE case_id = :caseId!;
