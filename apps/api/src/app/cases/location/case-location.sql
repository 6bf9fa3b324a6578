/* The location requests' statements (case-location.service.ts). Types: npm run sql:types. */

/* The case locked, with the first contact of a reporter who is not anonymous. */
/* @name LockLocationCase */
SELECT c.number, c.status, c.status_before_hold,
  (SELECT r.reporter_contact FROM case_report r WHERE r.case_id = c.id AND NOT r.anonymous ORDER BY r.created_at LIMIT 1) AS "contact?"
FROM "case" c WHERE c.id = :caseId! FOR UPDATE;

/* @name InsertLocationRequest */
INSERT INTO location_request (token_hash, case_id, created_by, expires_at)
VALUES (:tokenHash!, :caseId!, :createdBy!, now() + make_interval(days => :days!)) RETURNING expires_at;

/* A case that ever held a rahasia report is named by its number on the public page. */
/* @name PublicLocationRequest */
SELECT c.number, CASE WHEN c.ever_confidential THEN c.number ELSE c.title END AS "title!",
  l.expires_at, l.answered_at
FROM location_request l JOIN "case" c ON c.id = l.case_id
WHERE l.token_hash = :tokenHash! AND l.expires_at > now();

/* @name AnswerLocationLink */
UPDATE location_request SET answered_at = now(), answer = :answer!
WHERE token_hash = :tokenHash! AND expires_at > now() AND answered_at IS NULL RETURNING case_id;

/* @name LocationLinkAnswered */
SELECT answered_at FROM location_request WHERE token_hash = :tokenHash! AND expires_at > now();

/* The case's landmark and where its area comes from (the location block of the case page). */
/* @name LocationExtras */
SELECT location_landmark, area_source FROM "case" WHERE id = :caseId!;
