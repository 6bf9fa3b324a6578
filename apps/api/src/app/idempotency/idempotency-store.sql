/* The idempotency keys' statements (idempotency-store.ts). Types: npm run sql:types. */

/* Claims a key: new, expired, or in flight with the same body past its lease. */
/* @name ClaimKey */
INSERT INTO idempotency_key (user_id, scope, key, request_hash, state, expires_at)
VALUES (:userId!, :scope!, :key!, :requestHash!, 'in_flight', now() + make_interval(secs => :ttlSeconds!))
ON CONFLICT (user_id, scope, key) DO UPDATE SET
  request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,
  created_at = now(), locked_at = now(), expires_at = EXCLUDED.expires_at
WHERE idempotency_key.expires_at < now()
   OR (idempotency_key.state = 'in_flight' AND idempotency_key.request_hash = EXCLUDED.request_hash
       AND idempotency_key.locked_at < now() - make_interval(secs => :leaseSeconds!))
RETURNING user_id;

/* @name StoredKey */
SELECT request_hash, state, status_code, response FROM idempotency_key
WHERE user_id = :userId! AND scope = :scope! AND key = :key!;

/* @name CompleteKey */
UPDATE idempotency_key SET state = 'done', status_code = :statusCode!, response = :response!
WHERE user_id = :userId! AND scope = :scope! AND key = :key!;

/* @name ReleaseKey */
DELETE FROM idempotency_key WHERE user_id = :userId! AND scope = :scope! AND key = :key! AND state = 'in_flight';

/* @name PurgeExpiredKeys */
DELETE FROM idempotency_key WHERE expires_at < now() RETURNING user_id;
