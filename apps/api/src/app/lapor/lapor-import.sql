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
