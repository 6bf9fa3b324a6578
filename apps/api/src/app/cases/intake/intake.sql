/* Manual intake's statements (intake.service.ts). Types: npm run sql:types. */

/* @name NewCaseId */
SELECT gen_random_uuid() AS "id!";

/* @name InsertCase */
INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
  "incident_date", "location_text", "location_landmark", "regency_code", "intake_agency_id")
VALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
  :title!, :description!, :classification!, :channel!, :category!, :priority!, :incidentDate, :locationText, :landmark, :regencyCode, :intakeAgencyId!);

/* @name InsertLead */
INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!);

/* @name InsertReport */
INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)
VALUES (:caseId!, :trackingId, :name, :contact, :nik, :anonymous!, :confidential!);
