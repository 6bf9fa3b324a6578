/* The LAPOR import's write statements (lapor-import.service.ts). Types: npm run sql:types.
   The acting agency is checked by the import (null fails the NOT NULL columns all the same). */

/* @name TrackingIdTaken */
SELECT simpul_lapor_tracking_taken(:trackingId!) AS "taken!";

/* @name NewLaporCaseId */
SELECT gen_random_uuid() AS "id!";

/* @name InsertLaporCase */
INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category",
  "priority", "incident_date", "location_text", "intake_agency_id")
VALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
  :title!, :description!, :classification!, 'lapor', :category!, 'normal', :incidentDate, :locationText, :intakeAgencyId);

/* @name InsertLaporLead */
INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId, 'lead', :addedBy!);

/* @name InsertLaporReport */
INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous,
  confidential, lapor_snapshot, lapor_status, lapor_imported_at)
VALUES (:caseId!, :trackingId!, :reporterName, :reporterContact, :reporterNik, :anonymous!, :confidential!, :snapshot!, :laporStatus, now());

/* @name ImportedCaseNumber */
SELECT number FROM "case" WHERE id = :caseId!;

/* @name StoreLaporSnapshot */
UPDATE case_report SET lapor_snapshot = :snapshot!, lapor_imported_at = now() WHERE id = :reportId!;

/* @name SetLaporStatus */
UPDATE case_report SET lapor_status = :laporStatus WHERE id = :reportId!;

/* @name LockLinkedReport */
SELECT r.id FROM case_report r JOIN "case" c ON c.id = r.case_id WHERE r.tracking_id = :trackingId! FOR UPDATE OF c, r;

/* A report that carries the Tracking ID, with its case, as the acting agency sees them. */
/* @name FindLinkedReport */
SELECT r.id AS report_id, r.case_id, c.number, c.title, c.description,
       to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.category, c.location_text,
       c.classification, r.anonymous, r.confidential, r.reporter_name, r.reporter_contact,
       r.reporter_nik, r.personal_data_purged_at, r.lapor_snapshot, r.lapor_status
FROM case_report r JOIN "case" c ON c.id = r.case_id
WHERE r.tracking_id = :trackingId!;

/* @name OpenReportConflicts */
SELECT id, field, lapor_value FROM lapor_conflict WHERE report_id = :reportId! AND resolved_at IS NULL;
