/* The LAPOR conflicts' statements (lapor-conflicts.service.ts). Types: npm run sql:types. */

/* @name ConflictCase */
SELECT case_id FROM lapor_conflict WHERE id = :conflictId!;

/* @name LockConflictCase */
SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name LockConflict */
SELECT id FROM lapor_conflict WHERE id = :conflictId! FOR UPDATE;

/* One conflict (conflictId), or the open conflicts of a case (caseId) in the order of the case form (fields). */
/* @name LoadConflicts */
SELECT k.id, k.case_id, k.report_id, r.tracking_id, r.anonymous, r.intake_agency_id, r.personal_data_purged_at,
    k.field, k.simpul_value, k.lapor_value, k.detected_at, k.resolved_at, u.name AS "resolved_by_name?", k.resolution
  FROM lapor_conflict k
  JOIN case_report r ON r.id = k.report_id
  LEFT JOIN app_user u ON u.id = k.resolved_by
WHERE (:conflictId::uuid IS NULL OR k.id = :conflictId)
  AND (:caseId::uuid IS NULL OR (k.case_id = :caseId AND k.resolved_at IS NULL))
ORDER BY k.detected_at, array_position(:fields!::text[], k.field::text);

/* The synced fields of a case as Simpul holds them now. */
/* @name CurrentCaseValues */
SELECT title, description, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, category, location_text,
  classification
FROM "case" WHERE id = :caseId!;

/* The synced fields of a report as Simpul holds them now. */
/* @name CurrentReportValues */
SELECT anonymous, confidential, reporter_name, reporter_contact, reporter_nik FROM case_report WHERE id = :reportId!;

/* @name ResolveConflict */
UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!;
