/* The attachments' write statements (attachments.service.ts). Types: npm run sql:types. */

/* @name SoftDeleteAttachment */
UPDATE case_attachment SET deleted_at = now(), deleted_by = :deletedBy! WHERE id = :attachmentId!;

/* @name AnswerLocationRequest */
UPDATE location_request SET answered_at = now(), answer = :answer! WHERE token_hash = :tokenHash!;

/* @name OpenLocationRequest */
SELECT l.case_id, l.answered_at,
       (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS "photos!"
FROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now();

/* @name LockOpenLocationRequest */
SELECT l.case_id, l.answered_at,
       (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS "photos!"
FROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now()
FOR UPDATE OF l;

/* @name InsertAttachment */
INSERT INTO case_attachment (id, case_id, kind, media_type, file_name, byte_size, sha256, caption, width, height,
  storage_key, view_media_type, has_thumbnail, gps_lat, gps_lng, taken_at, source, uploaded_by,
  uploader_agency_id, location_request)
VALUES (:id!, :caseId!, :kind!, :mediaType!, :fileName!, :byteSize!, :sha256!, :caption, :width, :height,
  :storageKey!, :viewMediaType!, :hasThumbnail!, :gpsLat, :gpsLng, :takenAt, :source!, :uploadedBy,
  :uploaderAgencyId, :locationRequest);
