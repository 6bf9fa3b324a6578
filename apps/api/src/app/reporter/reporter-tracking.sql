/* The tracking page's write statements (reporter-tracking.service.ts). Types: npm run sql:types. */

/* @name ReportCaseNumber */
SELECT c.number FROM case_report r JOIN "case" c ON c.id = r.case_id WHERE r.id = :reportId! AND r.case_id = :caseId!;

/* @name IssueTracking */
INSERT INTO report_tracking (report_id, case_id, token_hash, issued_by)
VALUES (:reportId!, :caseId!, :tokenHash!, :issuedBy!)
ON CONFLICT (report_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, case_id = EXCLUDED.case_id,
  issued_by = EXCLUDED.issued_by, issued_at = now()
RETURNING issued_at, (xmax <> 0) AS "replaced!";

/* @name ConfirmTracking */
UPDATE report_tracking SET confirmed_at = now(), disputed_at = NULL WHERE report_id = :reportId!;

/* @name DisputeTracking */
UPDATE report_tracking SET disputed_at = now(), confirmed_at = NULL WHERE report_id = :reportId!;

/* @name PreviousRating */
SELECT stars FROM reporter_rating WHERE report_id = :reportId!;

/* @name RateCase */
INSERT INTO reporter_rating (report_id, case_id, stars, comment) VALUES (:reportId!, :caseId!, :stars!, :comment)
ON CONFLICT (report_id) DO UPDATE SET stars = EXCLUDED.stars, comment = EXCLUDED.comment, updated_at = now();

/* @name TrackingCandidates */
SELECT t.report_id, r.case_id, t.token_hash, t.confirmed_at, t.disputed_at,
       CASE WHEN r.anonymous THEN NULL ELSE r.reporter_name END AS reporter_name
FROM report_tracking t JOIN case_report r ON r.id = t.report_id
WHERE t.case_id = (SELECT id FROM "case" WHERE number = :caseNumber!)
   OR r.case_id = (SELECT id FROM "case" WHERE number = :caseNumber!);

/* @name LockCaseStatus */
SELECT status, status_before_hold FROM "case" WHERE id = :caseId! FOR UPDATE;
