/* "Copy to LAPOR"'s statements (lapor-follow-up.service.ts). Types: npm run sql:types.
   Follow-ups are status changes by the `follow_up` action, whose note is what the reporter reads;
   LatestFollowUp and FollowUpAt select them alike. */

/* @name LatestFollowUp */
SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS "agency_name?", c.number
FROM case_event e
JOIN "case" c ON c.id = e.case_id
LEFT JOIN agency a ON a.id = e.actor_agency_id
WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
ORDER BY e.seq DESC LIMIT 1;

/* @name FollowUpAt */
SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS "agency_name?", c.number
FROM case_event e
JOIN "case" c ON c.id = e.case_id
LEFT JOIN agency a ON a.id = e.actor_agency_id
WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
  AND e.seq = :seq!;

/* @name LockCase */
SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name LaporTrackingId */
SELECT tracking_id AS "tracking_id!" FROM case_report WHERE case_id = :caseId! AND tracking_id IS NOT NULL
ORDER BY created_at LIMIT 1;

/* @name FollowUpPosted */
SELECT e.at, u.name AS "name?" FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
WHERE e.case_id = :caseId! AND e.type = 'case.lapor_follow_up_posted' AND e.after->>'followUpSeq' = :seq!::text
ORDER BY e.seq LIMIT 1;
