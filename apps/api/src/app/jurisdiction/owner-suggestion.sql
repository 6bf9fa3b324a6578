/* The owner suggestion's reads (owner-suggestion.service.ts). Types: npm run sql:types.
   The in-memory index holds every version of the registry; each lookup filters by validity. */

/* @name RegistrySegments */
SELECT id, version_id, link_number, km_from, km_to, name, status, regency_code, district_code,
  agency_id, geometry, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!",
  to_char(valid_to, 'YYYY-MM-DD') AS valid_to
FROM road_segment
ORDER BY id;

/* @name RoutingRules */
SELECT id, category, regency_code, road_status, agency_id, mode,
  to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!", to_char(valid_to, 'YYYY-MM-DD') AS valid_to
FROM routing_rule
WHERE valid_to IS NULL OR valid_to > valid_from;

/* @name SuggestionAgencies */
SELECT id, short_name, name, kind, regency_codes, active FROM agency;

/* @name CaseForSuggestion */
SELECT id, lat, lng, title, description, location_text, category, regency_code,
  to_char(COALESCE(incident_date, (created_at AT TIME ZONE :timeZone!)::date), 'YYYY-MM-DD') AS "as_of!"
FROM "case" WHERE id = :caseId!;

/* @name StoreCaseRoad */
UPDATE "case" SET road_segment_id = :segmentId, road_status = :roadStatus
WHERE id = :caseId!
  AND (road_segment_id IS DISTINCT FROM :segmentId OR road_status IS DISTINCT FROM :roadStatus)
RETURNING id;
