/* The location writer's statements (case-location-writer.ts). Types: npm run sql:types. */

/* @name LockPointBefore */
SELECT lat, lng, status, status_before_hold,
  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name LockAreaBefore */
SELECT lat, lng, regency_code, district_code, village_code, location_confidence,
  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
FROM "case" WHERE id = :caseId! FOR UPDATE;
