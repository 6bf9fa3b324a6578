/* Routing rules' statements (routing-rules.service.ts). Types: npm run sql:types.
   Rules are never edited in place: an edit closes the row (valid_to) and adds the next one. */

/* @name RuleRows */
SELECT r.id, r.category, r.regency_code, r.road_status, r.agency_id, a.short_name AS agency_short_name, r.mode,
  r.note, r.is_sample, to_char(r.valid_from, 'YYYY-MM-DD') AS "valid_from!", to_char(r.valid_to, 'YYYY-MM-DD') AS valid_to,
  r.created_at, u.name AS "created_by_name?"
FROM routing_rule r
JOIN agency a ON a.id = r.agency_id
LEFT JOIN app_user u ON u.id = r.created_by
WHERE (:includeClosed!::boolean OR r.valid_to IS NULL) AND (:id::uuid IS NULL OR r.id = :id::uuid)
ORDER BY r.category, r.regency_code NULLS LAST, r.road_status NULLS LAST, r.valid_from DESC, r.created_at DESC;

/* @name LockOpenRule */
SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!" FROM routing_rule WHERE id = :id! AND valid_to IS NULL FOR UPDATE;

/* @name CloseRule */
UPDATE routing_rule SET valid_to = :validTo!::date, closed_by = :closedBy WHERE id = :id! AND valid_to IS NULL RETURNING id;

/* @name InsertRule */
INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, is_sample, replaces_id, valid_from, created_by)
VALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :isSample!, :replacesId, :validFrom!::date, :createdBy)
RETURNING id;

/* @name AgencyExists */
SELECT id FROM agency WHERE id = :id!;

/* @name ActsForCoordinator */
SELECT EXISTS (SELECT 1 FROM agency_coordination WHERE coordinator_id = :agencyId!) AS "coordinator!";
