/* The LAPOR conflicts' write statements (lapor-conflicts.service.ts). Types: npm run sql:types. */

/* @name ConflictCase */
SELECT case_id FROM lapor_conflict WHERE id = :conflictId!;

/* @name LockConflictCase */
SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name ResolveConflict */
UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!;
