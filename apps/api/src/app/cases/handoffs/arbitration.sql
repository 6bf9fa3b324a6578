/* Arbitration of cases that bounced between agencies (arbitration.service.ts). Types: npm run sql:types. */

/* @name CloseOpenRoutingRule */
UPDATE routing_rule SET valid_to = greatest(valid_from, :today!::date), closed_by = :userId
WHERE category = :category! AND regency_code IS NOT DISTINCT FROM :regencyCode
  AND road_status IS NOT DISTINCT FROM :roadStatus AND valid_to IS NULL
RETURNING id;

/* @name InsertRoutingRule */
INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, replaces_id, valid_from, created_by)
VALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :replacesId, :today!::date, :userId)
RETURNING id;

/* What a routing rule made from the decision is pre-filled with: the case's category, regency and road. */
/* @name ArbitrationCaseFacts */
SELECT category, regency_code, road_status FROM "case" WHERE id = :caseId!;
