/* The location writer's statements (case-location-writer.ts). Types: npm run sql:types. */

/* @name LockPointBefore */
SELECT lat, lng, status, status_before_hold,
  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name LockAreaBefore */
SELECT lat, lng, regency_code, district_code, village_code, location_confidence,
  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
FROM "case" WHERE id = :caseId! FOR UPDATE;

/*
  The area the pin's road segment names (the registry carries each segment's regency and
  district): the case's regency and district become the segment's; a district the segment does not
  give is kept only within the same regency, a village only within the resulting district.
*/
/* @name NameAreaFromSegment */
UPDATE "case" SET
  province_code = left(:regencyCode!, 2),
  regency_code = :regencyCode!,
  district_code = CASE
    WHEN CAST(:districtCode AS text) IS NOT NULL THEN :districtCode
    WHEN regency_code = :regencyCode! THEN district_code
  END,
  village_code = CASE
    WHEN CAST(:districtCode AS text) IS NOT NULL THEN
      CASE WHEN left(village_code, length(:districtCode)) = :districtCode THEN village_code END
    WHEN regency_code = :regencyCode! THEN village_code
  END,
  area_source = 'segment'
WHERE id = :caseId!
RETURNING id;
