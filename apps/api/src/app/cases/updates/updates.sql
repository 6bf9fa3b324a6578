/* Updates' statements (case-updates.service.ts). Types: npm run sql:types. */

/* @name LockReportTrackingId */
SELECT tracking_id FROM case_report WHERE id = :reportId! AND case_id = :caseId! FOR UPDATE;

/* @name LinkTrackingId */
UPDATE case_report SET tracking_id = :trackingId! WHERE id = :reportId!;
