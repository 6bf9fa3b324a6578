/* The agencies' statements (agencies.service.ts). Types: npm run sql:types. */

/* Every agency (or one), with the agencies it coordinates. */
/* @name LoadAgencies */
SELECT a.id, a.code, a.name, a.short_name, a.kind, a.parent_id, a.regency_codes, a.active,
  COALESCE((SELECT array_agg(c.coordinated_id ORDER BY c.coordinated_id) FROM agency_coordination c WHERE c.coordinator_id = a.id), '{}') AS "coordinates_ids!"
FROM agency a
WHERE (:agencyId::uuid IS NULL OR a.id = :agencyId)
ORDER BY a.kind, a.short_name;

/* @name AgencyCodeTaken */
SELECT id FROM agency WHERE code = :code!;

/* @name InsertAgency */
INSERT INTO agency (code, name, short_name, kind, parent_id, regency_codes)
VALUES (:code!, :name!, :shortName!, :kind!, :parentId, :regencyCodes!) RETURNING id;

/* Fields left null keep their value; the parent is set (to a value or none) when setParent is. */
/* @name UpdateAgency */
UPDATE agency SET
  name = COALESCE(:name, name), short_name = COALESCE(:shortName, short_name), kind = COALESCE(:kind, kind),
  parent_id = CASE WHEN :setParent!::boolean THEN :parentId::uuid ELSE parent_id END,
  regency_codes = COALESCE(:regencyCodes, regency_codes), active = COALESCE(:active, active), updated_at = now()
WHERE id = :agencyId!;

/* Whether the parent chain from parentId reaches selfId (null: parentId is no agency). */
/* @name ParentCycle */
WITH RECURSIVE up AS (SELECT id, parent_id FROM agency WHERE id = :parentId!
  UNION SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)
SELECT bool_or(id = :selfId::uuid) AS cycle FROM up;

/* @name CountAgencies */
SELECT count(*)::int AS "count!" FROM agency WHERE id = ANY(:ids!::uuid[]);

/* @name ClearCoordination */
DELETE FROM agency_coordination WHERE coordinator_id = :coordinatorId!;

/* @name InsertCoordination */
INSERT INTO agency_coordination (coordinator_id, coordinated_id) SELECT :coordinatorId!, unnest(:coordinatedIds!::uuid[]);
