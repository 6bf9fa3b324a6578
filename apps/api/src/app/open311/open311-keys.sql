/* The Open311 API keys' statements (open311-keys.service.ts). Types: npm run sql:types. */

/* The service account behind a live key, in a live agency. */
/* @name KeyClient */
SELECT k.id AS "keyId", k.agency_id AS "agencyId", u.id AS "userId", u.name, u.email, m.role
FROM open311_key k
JOIN app_user u ON u.id = k.service_user_id AND u.active
JOIN membership m ON m.user_id = u.id AND m.agency_id = k.agency_id
JOIN agency a ON a.id = k.agency_id AND a.active
WHERE k.key_hash = :keyHash! AND k.revoked_at IS NULL;

/* A service account: no password, so it can never sign in. */
/* @name InsertServiceUser */
INSERT INTO app_user (email, name, password_hash, active) VALUES (:email!, :name!, NULL, true) RETURNING id;

/* @name InsertServiceMembership */
INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!);

/* @name InsertKey */
INSERT INTO open311_key (id, agency_id, service_user_id, key_hash, label, created_by)
VALUES (:id!, :agencyId!, :serviceUserId!, :keyHash!, :label!, :createdBy!);

/* @name AgencyKeys */
SELECT k.id, k.label, k.service_user_id, k.created_at, u.name AS "created_by_name?", k.revoked_at
FROM open311_key k LEFT JOIN app_user u ON u.id = k.created_by
WHERE k.agency_id = :agencyId! ORDER BY k.created_at DESC, k.id;

/* @name RevokeKey */
UPDATE open311_key SET revoked_at = now()
WHERE id = :keyId! AND agency_id = :agencyId! AND revoked_at IS NULL RETURNING service_user_id, label;

/* @name AgencyKeyExists */
SELECT id FROM open311_key WHERE id = :keyId! AND agency_id = :agencyId!;

/* @name DeactivateServiceUser */
UPDATE app_user SET active = false, updated_at = now() WHERE id = :userId!;
