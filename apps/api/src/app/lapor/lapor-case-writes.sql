/* The writes the LAPOR import and conflict resolution share (lapor-case-writes.ts). Types: npm run sql:types. */

/* @name RefreshConflict */
UPDATE lapor_conflict SET simpul_value = :simpulValue, lapor_value = :laporValue, detected_at = now() WHERE id = :conflictId!;

/* @name InsertConflict */
INSERT INTO lapor_conflict (case_id, report_id, field, simpul_value, lapor_value)
VALUES (:caseId!, :reportId!, :field!, :simpulValue, :laporValue) RETURNING id;

/* A report's synced fields: each one written only when its flag is set (the others keep their value). */
/* @name SetReportFields */
UPDATE case_report SET
  anonymous = CASE WHEN :setAnonymous!::boolean THEN :anonymous::boolean ELSE anonymous END,
  confidential = CASE WHEN :setConfidential!::boolean THEN :confidential::boolean ELSE confidential END,
  reporter_name = CASE WHEN :setReporterName!::boolean THEN :reporterName::text ELSE reporter_name END,
  reporter_contact = CASE WHEN :setReporterContact!::boolean THEN :reporterContact::text ELSE reporter_contact END,
  reporter_nik = CASE WHEN :setReporterNik!::boolean THEN :reporterNik::text ELSE reporter_nik END
WHERE id = :reportId!;
