/* Splitting a case (case-split.service.ts). Types: npm run sql:types. */

/* @name NewSplitCaseId */
SELECT gen_random_uuid() AS "id!";

/* @name InsertSplitCase */
INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
  "incident_date", "location_text", "regency_code", "intake_agency_id", "split_from_case_id", "split_at")
SELECT :id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
  :title!, c.description, c.classification, c.channel, c.category, c.priority, c.incident_date, c.location_text,
  c.regency_code, :intakeAgencyId!, c.id, now()
FROM "case" c WHERE c.id = :sourceId!;

/* @name InsertSplitLead */
INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!);

/* @name CaseReportIds */
SELECT id FROM case_report WHERE case_id = :caseId! ORDER BY created_at, id FOR UPDATE;

/* @name MoveReports */
UPDATE case_report SET case_id = :toCaseId! WHERE case_id = :fromCaseId! AND id = ANY(:reportIds!::uuid[]) RETURNING id;

/* @name SplitCaseNumber */
SELECT number FROM "case" WHERE id = :caseId!;
