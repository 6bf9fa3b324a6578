/* Sign-in, sessions, tokens and the sign-in throttle (auth/*.ts). Types: npm run sql:types. */

/* The account an email signs in to, with its first agency (for the audit of a failure). */
/* @name SignInUser */
SELECT u.id, u.password_hash, u.active,
  (SELECT m.agency_id FROM "membership" m WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS "agency_id?"
FROM "app_user" u WHERE lower(u.email) = :email!;

/* @name PasswordHash */
SELECT "password_hash" FROM "app_user" WHERE "id" = :userId!;

/* @name ActiveUserByEmail */
SELECT id, email FROM "app_user" WHERE lower(email) = :email! AND active;

/* @name SetPassword */
UPDATE "app_user" SET "password_hash" = :passwordHash!, "must_change_password" = false, "updated_at" = now() WHERE "id" = :userId!;

/* @name UserEmail */
SELECT email FROM "app_user" WHERE id = :userId!;

/* Of the given user/session pairs, those no longer valid, as `user:session`. */
/* @name InvalidPrincipals */
SELECT p.user_id || ':' || p.session_id AS "key!"
FROM unnest(:userIds!::uuid[], :sessionIds!::uuid[]) AS p(user_id, session_id)
WHERE NOT EXISTS (
  SELECT 1 FROM "auth_session" s JOIN "app_user" u ON u.id = s.user_id
  WHERE s.id = p.session_id AND u.id = p.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now());

/* An active user in a live session, with the memberships in active agencies (JSON, oldest first). */
/* @name LoadPrincipal */
SELECT u.id, u.email, u.name, u.is_superadmin, u.must_change_password,
  COALESCE(json_agg(json_build_object(
    'agencyId', a.id, 'agencyName', a.name, 'agencyShortName', a.short_name, 'role', m.role)
    ORDER BY m.created_at, a.short_name) FILTER (WHERE a.id IS NOT NULL), '[]') AS "memberships!"
FROM "app_user" u
JOIN "auth_session" s ON s.user_id = u.id AND s.id = :sessionId! AND s.revoked_at IS NULL AND s.expires_at > now()
LEFT JOIN "membership" m ON m.user_id = u.id
LEFT JOIN "agency" a ON a.id = m.agency_id AND a.active
WHERE u.id = :userId! AND u.active
GROUP BY u.id;

/* Opens a session and stamps the sign-in, in one round trip (sign-in latency matters). */
/* @name CreateSession */
WITH session AS (
  INSERT INTO "auth_session" ("user_id", "expires_at", "user_agent", "ip")
  VALUES (:userId!, now() + make_interval(days => :ttlDays!), :userAgent, :ip) RETURNING id
), token AS (
  INSERT INTO "refresh_token" ("token_hash", "session_id") SELECT :tokenHash!, id FROM session
), stamp AS (
  UPDATE "app_user" SET "last_sign_in_at" = now() WHERE "id" = :userId!
)
SELECT id AS "id!" FROM session;

/* @name LockRefreshToken */
SELECT t.session_id, s.user_id,
  t.used_at IS NOT NULL AS "reused!",
  t.used_at > now() - make_interval(secs => :graceSeconds!) AS grace
FROM "refresh_token" t JOIN "auth_session" s ON s.id = t.session_id
JOIN "app_user" u ON u.id = s.user_id
WHERE t.token_hash = :tokenHash! AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
FOR UPDATE OF t;

/* @name RevokeSessionNow */
UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = :sessionId!;

/* @name UseRefreshToken */
UPDATE "refresh_token" SET "used_at" = now() WHERE "token_hash" = :tokenHash!;

/* @name InsertSuccessorToken */
INSERT INTO "refresh_token" ("token_hash", "session_id") VALUES (:tokenHash!, :sessionId!)
ON CONFLICT ("token_hash") DO NOTHING;

/* @name RevokeByRefreshToken */
UPDATE "auth_session" s SET "revoked_at" = now()
FROM "refresh_token" t
WHERE t.token_hash = :tokenHash! AND t.session_id = s.id AND s.revoked_at IS NULL
RETURNING s.user_id;

/* @name RevokeSession */
UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = :sessionId! AND "revoked_at" IS NULL;

/* @name RevokeUserSessions */
UPDATE "auth_session" SET "revoked_at" = now()
WHERE "user_id" = :userId! AND "revoked_at" IS NULL AND (:exceptSessionId::uuid IS NULL OR "id" <> :exceptSessionId::uuid);

/* @name SignInAttempt */
SELECT failures,
  CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now())) END AS locked_seconds,
  extract(epoch FROM now() - last_failure_at) * 1000 AS since_failure_ms
FROM "sign_in_attempt" WHERE "email_key" = :emailKey!;

/* A failure after a lock that ran out starts the count again. */
/* @name RecordSignInFailure */
INSERT INTO "sign_in_attempt" ("email_key", "failures", "last_failure_at")
VALUES (:emailKey!, 1, now())
ON CONFLICT ("email_key") DO UPDATE SET
  "failures" = CASE WHEN "sign_in_attempt"."locked_until" < now() THEN 1 ELSE "sign_in_attempt"."failures" + 1 END,
  "last_failure_at" = now(),
  "locked_until" = CASE WHEN "sign_in_attempt"."locked_until" < now() THEN NULL ELSE "sign_in_attempt"."locked_until" END
RETURNING "failures";

/* @name LockSignIn */
UPDATE "sign_in_attempt" SET "locked_until" = now() + make_interval(mins => :minutes!) WHERE "email_key" = :emailKey!;

/* @name JwtSecret */
SELECT "value" #>> '{}' AS value FROM "app_meta" WHERE "key" = :key!;

/* @name RetireUserTokens */
UPDATE "user_token" SET "used_at" = now() WHERE "user_id" = :userId! AND "purpose" = :purpose! AND "used_at" IS NULL;

/* @name InsertUserToken */
INSERT INTO "user_token" ("token_hash", "user_id", "purpose", "expires_at", "created_by")
VALUES (:tokenHash!, :userId!, :purpose!, now() + make_interval(hours => :hours!), :createdBy);

/* @name ConsumeUserToken */
UPDATE "user_token" SET "used_at" = now()
WHERE "token_hash" = :tokenHash! AND "purpose" = :purpose! AND "used_at" IS NULL AND "expires_at" > now()
RETURNING "user_id";
