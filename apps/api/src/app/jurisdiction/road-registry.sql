/* The road-status registry's statements (road-registry.service.ts). Types: npm run sql:types.
   A version is one import batch and its job; its segments are written in one transaction. */

/* @name AgencyCodes */
SELECT id, code FROM agency;

/* @name CreateVersion */
INSERT INTO road_registry_version (source, label, file_name, is_sample, valid_from, total_features, upload, created_by)
VALUES (:source!, :label!, :fileName, :isSample!, :validFrom!::date, :totalFeatures!, :upload, :createdBy)
RETURNING id;

/* @name VersionRows */
SELECT v.id, v.source, v.label, v.file_name, v.is_sample, to_char(v.valid_from, 'YYYY-MM-DD') AS "valid_from!",
  v.status, v.total_features, v.done_features, v.segment_count, v.closed_count, v.errors, v.cancel_requested,
  v.created_at, v.finished_at, u.name AS "created_by_name?"
FROM road_registry_version v LEFT JOIN app_user u ON u.id = v.created_by
WHERE (:id::uuid IS NULL OR v.id = :id::uuid)
ORDER BY v.created_at DESC
LIMIT :limit!;

/* @name ClaimVersion */
UPDATE road_registry_version SET status = 'running'
WHERE id = :id! AND status = 'queued' AND NOT cancel_requested
RETURNING id, source, label, upload, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!", is_sample, created_by;

/* @name SetProgress */
UPDATE road_registry_version SET done_features = LEAST(:done!, total_features), total_features = :total!
WHERE id = :id! AND status = 'running'
RETURNING cancel_requested;

/* @name FinishVersion */
UPDATE road_registry_version
SET status = :status!::text, errors = :errors!::jsonb, segment_count = :segmentCount!, closed_count = :closedCount!,
  done_features = CASE WHEN :status!::text = 'done' THEN total_features ELSE done_features END,
  upload = NULL, finished_at = now()
WHERE id = :id!
RETURNING id;

/* @name RequestCancel */
UPDATE road_registry_version
SET cancel_requested = true,
  status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
  finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END,
  upload = CASE WHEN status = 'queued' THEN NULL ELSE upload END
WHERE id = :id! AND status IN ('queued', 'running')
RETURNING id, status, label, created_by;

/* @name UnclosableOverlaps */
-- Rows a new version's features overlap (same link, overlapping km) that it cannot close,
-- because they start on or after its first day.
SELECT n.idx AS "idx!", old.link_number AS "link_number!", to_char(old.valid_from, 'YYYY-MM-DD') AS "valid_from!"
FROM jsonb_to_recordset(:rows!::jsonb) AS n(idx int, link_number text, km_from numeric, km_to numeric)
JOIN road_segment old ON old.link_number = n.link_number
  AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')
  AND old.valid_from >= :validFrom!::date
  AND old.version_id <> :versionId!::uuid
  AND (old.valid_to IS NULL OR old.valid_to > old.valid_from)
ORDER BY n.idx;

/* @name CloseSuperseded */
UPDATE road_segment old SET valid_to = :validFrom!::date
FROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric)
WHERE old.link_number = n.link_number
  AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')
  AND old.valid_from < :validFrom!::date
  AND (old.valid_to IS NULL OR old.valid_to > :validFrom!::date)
RETURNING old.id;

/* @name InsertSegments */
INSERT INTO road_segment (version_id, link_number, km_from, km_to, name, status, regency_code, district_code,
  agency_id, geometry, min_lng, min_lat, max_lng, max_lat, source_note, valid_from)
SELECT :versionId!::uuid, n.link_number, n.km_from, n.km_to, n.name, n.status, n.regency_code, n.district_code,
  n.agency_id, n.geometry, n.min_lng, n.min_lat, n.max_lng, n.max_lat, n.source_note, :validFrom!::date
FROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric, name text,
  status text, regency_code text, district_code text, agency_id uuid, geometry jsonb, min_lng float8,
  min_lat float8, max_lng float8, max_lat float8, source_note text)
RETURNING id;

/* @name SegmentsInBox */
SELECT s.id, s.version_id, s.link_number, s.km_from, s.km_to, s.name, s.status, s.regency_code, s.district_code,
  s.agency_id, a.short_name AS agency_short_name, s.geometry, to_char(s.valid_from, 'YYYY-MM-DD') AS "valid_from!",
  to_char(s.valid_to, 'YYYY-MM-DD') AS valid_to, s.source_note, v.is_sample
FROM road_segment s
JOIN agency a ON a.id = s.agency_id
JOIN road_registry_version v ON v.id = s.version_id
WHERE s.max_lng >= :minLng! AND s.min_lng <= :maxLng! AND s.max_lat >= :minLat! AND s.min_lat <= :maxLat!
  AND s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date)
ORDER BY s.id
LIMIT :limit!;

/* @name RegistrySummary */
SELECT count(*)::int AS "total!", COALESCE(bool_or(v.is_sample), false) AS "sample!"
FROM road_segment s JOIN road_registry_version v ON v.id = s.version_id
WHERE s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date);

/* @name CloseOutsideVersion */
-- "Replace the whole network": every row of other versions in force on the new version's first
-- day ends that day (a network without link numbers cannot be matched row by row).
UPDATE road_segment SET valid_to = :validFrom!::date
WHERE version_id <> :versionId!::uuid
  AND valid_from < :validFrom!::date
  AND (valid_to IS NULL OR valid_to > :validFrom!::date)
RETURNING id;

/* @name LaterSegments */
-- Rows of the registry that start on or after a replacing version's first day: it cannot end them.
SELECT count(*)::int AS "count!", to_char(max(valid_from), 'YYYY-MM-DD') AS last_valid_from
FROM road_segment
WHERE valid_from >= :validFrom!::date AND (valid_to IS NULL OR valid_to > valid_from)
  AND version_id <> :versionId!::uuid;

/* @name SampleVersionExists */
SELECT id FROM road_registry_version WHERE is_sample LIMIT 1;
