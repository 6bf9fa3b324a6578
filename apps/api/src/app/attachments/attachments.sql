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

/* A case's attachments that are not deleted (or one of them), with who uploaded each. */
/* @name LoadAttachments */
SELECT a.id, a.case_id, a.kind, a.media_type, a.file_name, a.byte_size, a.caption, a.width, a.height,
  a.storage_key, a.view_media_type, a.has_thumbnail, a.gps_lat, a.gps_lng, a.taken_at, a.source, a.uploaded_by,
  a.uploader_agency_id, u.name AS "uploader_name?", ag.short_name AS "uploader_agency_short_name?", a.created_at,
  a.public_at, (SELECT c.ever_confidential FROM "case" c WHERE c.id = a.case_id) AS "ever_confidential!"
FROM case_attachment a
  LEFT JOIN app_user u ON u.id = a.uploaded_by
  LEFT JOIN agency ag ON ag.id = a.uploader_agency_id
WHERE a.case_id = :caseId! AND a.deleted_at IS NULL AND (:attachmentId::uuid IS NULL OR a.id = :attachmentId)
ORDER BY a.created_at, a.id;

/* @name LockAttachment */
SELECT id FROM case_attachment WHERE id = :attachmentId! AND case_id = :caseId! AND deleted_at IS NULL FOR UPDATE;

/* Marks a photo public (or not): it may then appear on a clarification's public outputs. */
/* @name SetAttachmentPublic */
UPDATE case_attachment
SET public_at = CASE WHEN :public!::boolean THEN coalesce(public_at, now()) END,
    public_by = CASE WHEN :public!::boolean THEN coalesce(public_by, :userId!) END
WHERE id = :attachmentId! AND case_id = :caseId!;
