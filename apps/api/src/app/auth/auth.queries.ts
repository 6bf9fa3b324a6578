/** Types generated for queries found in "apps/api/src/app/auth/auth.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'SignInUser' parameters type */
export interface ISignInUserParams {
  email: string;
}

/** 'SignInUser' return type */
export interface ISignInUserResult {
  active: boolean;
  agency_id: string | null;
  id: string;
  password_hash: string | null;
}

/** 'SignInUser' query type */
export interface ISignInUserQuery {
  params: ISignInUserParams;
  result: ISignInUserResult;
}

const signInUserIR: any = {"usedParamSet":{"email":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":199}]}],"statement":"SELECT u.id, u.password_hash, u.active,\n  (SELECT m.agency_id FROM \"membership\" m WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS \"agency_id?\"\nFROM \"app_user\" u WHERE lower(u.email) = :email!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id, u.password_hash, u.active,
 *   (SELECT m.agency_id FROM "membership" m WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS "agency_id?"
 * FROM "app_user" u WHERE lower(u.email) = :email!
 * ```
 */
export const signInUser = new PreparedQuery<ISignInUserParams,ISignInUserResult>(signInUserIR);


/** 'PasswordHash' parameters type */
export interface IPasswordHashParams {
  userId: string;
}

/** 'PasswordHash' return type */
export interface IPasswordHashResult {
  password_hash: string | null;
}

/** 'PasswordHash' query type */
export interface IPasswordHashQuery {
  params: IPasswordHashParams;
  result: IPasswordHashResult;
}

const passwordHashIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":59}]}],"statement":"SELECT \"password_hash\" FROM \"app_user\" WHERE \"id\" = :userId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT "password_hash" FROM "app_user" WHERE "id" = :userId!
 * ```
 */
export const passwordHash = new PreparedQuery<IPasswordHashParams,IPasswordHashResult>(passwordHashIR);


/** 'ActiveUserByEmail' parameters type */
export interface IActiveUserByEmailParams {
  email: string;
}

/** 'ActiveUserByEmail' return type */
export interface IActiveUserByEmailResult {
  email: string;
  id: string;
}

/** 'ActiveUserByEmail' query type */
export interface IActiveUserByEmailQuery {
  params: IActiveUserByEmailParams;
  result: IActiveUserByEmailResult;
}

const activeUserByEmailIR: any = {"usedParamSet":{"email":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":60}]}],"statement":"SELECT id, email FROM \"app_user\" WHERE lower(email) = :email! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, email FROM "app_user" WHERE lower(email) = :email! AND active
 * ```
 */
export const activeUserByEmail = new PreparedQuery<IActiveUserByEmailParams,IActiveUserByEmailResult>(activeUserByEmailIR);


/** 'SetPassword' parameters type */
export interface ISetPasswordParams {
  passwordHash: string;
  userId: string;
}

/** 'SetPassword' return type */
export type ISetPasswordResult = void;

/** 'SetPassword' query type */
export interface ISetPasswordQuery {
  params: ISetPasswordParams;
  result: ISetPasswordResult;
}

const setPasswordIR: any = {"usedParamSet":{"passwordHash":true,"userId":true},"params":[{"name":"passwordHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":53}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":129}]}],"statement":"UPDATE \"app_user\" SET \"password_hash\" = :passwordHash!, \"must_change_password\" = false, \"updated_at\" = now() WHERE \"id\" = :userId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "app_user" SET "password_hash" = :passwordHash!, "must_change_password" = false, "updated_at" = now() WHERE "id" = :userId!
 * ```
 */
export const setPassword = new PreparedQuery<ISetPasswordParams,ISetPasswordResult>(setPasswordIR);


/** 'UserEmail' parameters type */
export interface IUserEmailParams {
  userId: string;
}

/** 'UserEmail' return type */
export interface IUserEmailResult {
  email: string;
}

/** 'UserEmail' query type */
export interface IUserEmailQuery {
  params: IUserEmailParams;
  result: IUserEmailResult;
}

const userEmailIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":47}]}],"statement":"SELECT email FROM \"app_user\" WHERE id = :userId!                                                                                "};

/**
 * Query generated from SQL:
 * ```
 * SELECT email FROM "app_user" WHERE id = :userId!                                                                                
 * ```
 */
export const userEmail = new PreparedQuery<IUserEmailParams,IUserEmailResult>(userEmailIR);


/** 'InvalidPrincipals' parameters type */
export interface IInvalidPrincipalsParams {
  sessionIds: stringArray;
  userIds: stringArray;
}

/** 'InvalidPrincipals' return type */
export interface IInvalidPrincipalsResult {
  key: string;
}

/** 'InvalidPrincipals' query type */
export interface IInvalidPrincipalsQuery {
  params: IInvalidPrincipalsParams;
  result: IInvalidPrincipalsResult;
}

const invalidPrincipalsIR: any = {"usedParamSet":{"userIds":true,"sessionIds":true},"params":[{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":70}]},{"name":"sessionIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":92}]}],"statement":"SELECT p.user_id || ':' || p.session_id AS \"key!\"\nFROM unnest(:userIds!::uuid[], :sessionIds!::uuid[]) AS p(user_id, session_id)\nWHERE NOT EXISTS (\n  SELECT 1 FROM \"auth_session\" s JOIN \"app_user\" u ON u.id = s.user_id\n  WHERE s.id = p.session_id AND u.id = p.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now())                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT p.user_id || ':' || p.session_id AS "key!"
 * FROM unnest(:userIds!::uuid[], :sessionIds!::uuid[]) AS p(user_id, session_id)
 * WHERE NOT EXISTS (
 *   SELECT 1 FROM "auth_session" s JOIN "app_user" u ON u.id = s.user_id
 *   WHERE s.id = p.session_id AND u.id = p.user_id AND u.active AND s.revoked_at IS NULL AND s.expires_at > now())                                                                                                     
 * ```
 */
export const invalidPrincipals = new PreparedQuery<IInvalidPrincipalsParams,IInvalidPrincipalsResult>(invalidPrincipalsIR);


/** 'LoadPrincipal' parameters type */
export interface ILoadPrincipalParams {
  sessionId: string;
  userId: string;
}

/** 'LoadPrincipal' return type */
export interface ILoadPrincipalResult {
  email: string;
  id: string;
  is_superadmin: boolean;
  memberships: Json;
  must_change_password: boolean;
  name: string;
}

/** 'LoadPrincipal' query type */
export interface ILoadPrincipalQuery {
  params: ILoadPrincipalParams;
  result: ILoadPrincipalResult;
}

const loadPrincipalIR: any = {"usedParamSet":{"sessionId":true,"userId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":372,"b":382}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":548,"b":555}]}],"statement":"SELECT u.id, u.email, u.name, u.is_superadmin, u.must_change_password,\n  COALESCE(json_agg(json_build_object(\n    'agencyId', a.id, 'agencyName', a.name, 'agencyShortName', a.short_name, 'role', m.role)\n    ORDER BY m.created_at, a.short_name) FILTER (WHERE a.id IS NOT NULL), '[]') AS \"memberships!\"\nFROM \"app_user\" u\nJOIN \"auth_session\" s ON s.user_id = u.id AND s.id = :sessionId! AND s.revoked_at IS NULL AND s.expires_at > now()\nLEFT JOIN \"membership\" m ON m.user_id = u.id\nLEFT JOIN \"agency\" a ON a.id = m.agency_id AND a.active\nWHERE u.id = :userId! AND u.active\nGROUP BY u.id                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id, u.email, u.name, u.is_superadmin, u.must_change_password,
 *   COALESCE(json_agg(json_build_object(
 *     'agencyId', a.id, 'agencyName', a.name, 'agencyShortName', a.short_name, 'role', m.role)
 *     ORDER BY m.created_at, a.short_name) FILTER (WHERE a.id IS NOT NULL), '[]') AS "memberships!"
 * FROM "app_user" u
 * JOIN "auth_session" s ON s.user_id = u.id AND s.id = :sessionId! AND s.revoked_at IS NULL AND s.expires_at > now()
 * LEFT JOIN "membership" m ON m.user_id = u.id
 * LEFT JOIN "agency" a ON a.id = m.agency_id AND a.active
 * WHERE u.id = :userId! AND u.active
 * GROUP BY u.id                                                                                          
 * ```
 */
export const loadPrincipal = new PreparedQuery<ILoadPrincipalParams,ILoadPrincipalResult>(loadPrincipalIR);


/** 'CreateSession' parameters type */
export interface ICreateSessionParams {
  ip?: string | null | void;
  tokenHash: string;
  ttlDays: number;
  userAgent?: string | null | void;
  userId: string;
}

/** 'CreateSession' return type */
export interface ICreateSessionResult {
  id: string;
}

/** 'CreateSession' query type */
export interface ICreateSessionQuery {
  params: ICreateSessionParams;
  result: ICreateSessionResult;
}

const createSessionIR: any = {"usedParamSet":{"userId":true,"ttlDays":true,"userAgent":true,"ip":true,"tokenHash":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":110},{"a":371,"b":378}]},{"name":"ttlDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":151}]},{"name":"userAgent","required":false,"transform":{"type":"scalar"},"locs":[{"a":155,"b":164}]},{"name":"ip","required":false,"transform":{"type":"scalar"},"locs":[{"a":167,"b":169}]},{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":275}]}],"statement":"WITH session AS (\n  INSERT INTO \"auth_session\" (\"user_id\", \"expires_at\", \"user_agent\", \"ip\")\n  VALUES (:userId!, now() + make_interval(days => :ttlDays!), :userAgent, :ip) RETURNING id\n), token AS (\n  INSERT INTO \"refresh_token\" (\"token_hash\", \"session_id\") SELECT :tokenHash!, id FROM session\n), stamp AS (\n  UPDATE \"app_user\" SET \"last_sign_in_at\" = now() WHERE \"id\" = :userId!\n)\nSELECT id AS \"id!\" FROM session"};

/**
 * Query generated from SQL:
 * ```
 * WITH session AS (
 *   INSERT INTO "auth_session" ("user_id", "expires_at", "user_agent", "ip")
 *   VALUES (:userId!, now() + make_interval(days => :ttlDays!), :userAgent, :ip) RETURNING id
 * ), token AS (
 *   INSERT INTO "refresh_token" ("token_hash", "session_id") SELECT :tokenHash!, id FROM session
 * ), stamp AS (
 *   UPDATE "app_user" SET "last_sign_in_at" = now() WHERE "id" = :userId!
 * )
 * SELECT id AS "id!" FROM session
 * ```
 */
export const createSession = new PreparedQuery<ICreateSessionParams,ICreateSessionResult>(createSessionIR);


/** 'LockRefreshToken' parameters type */
export interface ILockRefreshTokenParams {
  graceSeconds: number;
  tokenHash: string;
}

/** 'LockRefreshToken' return type */
export interface ILockRefreshTokenResult {
  grace: boolean | null;
  reused: boolean;
  session_id: string;
  user_id: string;
}

/** 'LockRefreshToken' query type */
export interface ILockRefreshTokenQuery {
  params: ILockRefreshTokenParams;
  result: ILockRefreshTokenResult;
}

const lockRefreshTokenIR: any = {"usedParamSet":{"graceSeconds":true,"tokenHash":true},"params":[{"name":"graceSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":127}]},{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":266,"b":276}]}],"statement":"SELECT t.session_id, s.user_id,\n  t.used_at IS NOT NULL AS \"reused!\",\n  t.used_at > now() - make_interval(secs => :graceSeconds!) AS grace\nFROM \"refresh_token\" t JOIN \"auth_session\" s ON s.id = t.session_id\nJOIN \"app_user\" u ON u.id = s.user_id\nWHERE t.token_hash = :tokenHash! AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active\nFOR UPDATE OF t"};

/**
 * Query generated from SQL:
 * ```
 * SELECT t.session_id, s.user_id,
 *   t.used_at IS NOT NULL AS "reused!",
 *   t.used_at > now() - make_interval(secs => :graceSeconds!) AS grace
 * FROM "refresh_token" t JOIN "auth_session" s ON s.id = t.session_id
 * JOIN "app_user" u ON u.id = s.user_id
 * WHERE t.token_hash = :tokenHash! AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
 * FOR UPDATE OF t
 * ```
 */
export const lockRefreshToken = new PreparedQuery<ILockRefreshTokenParams,ILockRefreshTokenResult>(lockRefreshTokenIR);


/** 'RevokeSessionNow' parameters type */
export interface IRevokeSessionNowParams {
  sessionId: string;
}

/** 'RevokeSessionNow' return type */
export type IRevokeSessionNowResult = void;

/** 'RevokeSessionNow' query type */
export interface IRevokeSessionNowQuery {
  params: IRevokeSessionNowParams;
  result: IRevokeSessionNowResult;
}

const revokeSessionNowIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":70}]}],"statement":"UPDATE \"auth_session\" SET \"revoked_at\" = now() WHERE \"id\" = :sessionId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = :sessionId!
 * ```
 */
export const revokeSessionNow = new PreparedQuery<IRevokeSessionNowParams,IRevokeSessionNowResult>(revokeSessionNowIR);


/** 'UseRefreshToken' parameters type */
export interface IUseRefreshTokenParams {
  tokenHash: string;
}

/** 'UseRefreshToken' return type */
export type IUseRefreshTokenResult = void;

/** 'UseRefreshToken' query type */
export interface IUseRefreshTokenQuery {
  params: IUseRefreshTokenParams;
  result: IUseRefreshTokenResult;
}

const useRefreshTokenIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":76}]}],"statement":"UPDATE \"refresh_token\" SET \"used_at\" = now() WHERE \"token_hash\" = :tokenHash!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "refresh_token" SET "used_at" = now() WHERE "token_hash" = :tokenHash!
 * ```
 */
export const useRefreshToken = new PreparedQuery<IUseRefreshTokenParams,IUseRefreshTokenResult>(useRefreshTokenIR);


/** 'InsertSuccessorToken' parameters type */
export interface IInsertSuccessorTokenParams {
  sessionId: string;
  tokenHash: string;
}

/** 'InsertSuccessorToken' return type */
export type IInsertSuccessorTokenResult = void;

/** 'InsertSuccessorToken' query type */
export interface IInsertSuccessorTokenQuery {
  params: IInsertSuccessorTokenParams;
  result: IInsertSuccessorTokenResult;
}

const insertSuccessorTokenIR: any = {"usedParamSet":{"tokenHash":true,"sessionId":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":75}]},{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":88}]}],"statement":"INSERT INTO \"refresh_token\" (\"token_hash\", \"session_id\") VALUES (:tokenHash!, :sessionId!)\nON CONFLICT (\"token_hash\") DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "refresh_token" ("token_hash", "session_id") VALUES (:tokenHash!, :sessionId!)
 * ON CONFLICT ("token_hash") DO NOTHING
 * ```
 */
export const insertSuccessorToken = new PreparedQuery<IInsertSuccessorTokenParams,IInsertSuccessorTokenResult>(insertSuccessorTokenIR);


/** 'RevokeByRefreshToken' parameters type */
export interface IRevokeByRefreshTokenParams {
  tokenHash: string;
}

/** 'RevokeByRefreshToken' return type */
export interface IRevokeByRefreshTokenResult {
  user_id: string;
}

/** 'RevokeByRefreshToken' query type */
export interface IRevokeByRefreshTokenQuery {
  params: IRevokeByRefreshTokenParams;
  result: IRevokeByRefreshTokenResult;
}

const revokeByRefreshTokenIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":103}]}],"statement":"UPDATE \"auth_session\" s SET \"revoked_at\" = now()\nFROM \"refresh_token\" t\nWHERE t.token_hash = :tokenHash! AND t.session_id = s.id AND s.revoked_at IS NULL\nRETURNING s.user_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "auth_session" s SET "revoked_at" = now()
 * FROM "refresh_token" t
 * WHERE t.token_hash = :tokenHash! AND t.session_id = s.id AND s.revoked_at IS NULL
 * RETURNING s.user_id
 * ```
 */
export const revokeByRefreshToken = new PreparedQuery<IRevokeByRefreshTokenParams,IRevokeByRefreshTokenResult>(revokeByRefreshTokenIR);


/** 'RevokeSession' parameters type */
export interface IRevokeSessionParams {
  sessionId: string;
}

/** 'RevokeSession' return type */
export type IRevokeSessionResult = void;

/** 'RevokeSession' query type */
export interface IRevokeSessionQuery {
  params: IRevokeSessionParams;
  result: IRevokeSessionResult;
}

const revokeSessionIR: any = {"usedParamSet":{"sessionId":true},"params":[{"name":"sessionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":70}]}],"statement":"UPDATE \"auth_session\" SET \"revoked_at\" = now() WHERE \"id\" = :sessionId! AND \"revoked_at\" IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "auth_session" SET "revoked_at" = now() WHERE "id" = :sessionId! AND "revoked_at" IS NULL
 * ```
 */
export const revokeSession = new PreparedQuery<IRevokeSessionParams,IRevokeSessionResult>(revokeSessionIR);


/** 'RevokeUserSessions' parameters type */
export interface IRevokeUserSessionsParams {
  exceptSessionId?: string | null | void;
  userId: string;
}

/** 'RevokeUserSessions' return type */
export type IRevokeUserSessionsResult = void;

/** 'RevokeUserSessions' query type */
export interface IRevokeUserSessionsQuery {
  params: IRevokeUserSessionsParams;
  result: IRevokeUserSessionsResult;
}

const revokeUserSessionsIR: any = {"usedParamSet":{"userId":true,"exceptSessionId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":72}]},{"name":"exceptSessionId","required":false,"transform":{"type":"scalar"},"locs":[{"a":104,"b":119},{"a":146,"b":161}]}],"statement":"UPDATE \"auth_session\" SET \"revoked_at\" = now()\nWHERE \"user_id\" = :userId! AND \"revoked_at\" IS NULL AND (:exceptSessionId::uuid IS NULL OR \"id\" <> :exceptSessionId::uuid)"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "auth_session" SET "revoked_at" = now()
 * WHERE "user_id" = :userId! AND "revoked_at" IS NULL AND (:exceptSessionId::uuid IS NULL OR "id" <> :exceptSessionId::uuid)
 * ```
 */
export const revokeUserSessions = new PreparedQuery<IRevokeUserSessionsParams,IRevokeUserSessionsResult>(revokeUserSessionsIR);


/** 'SignInAttempt' parameters type */
export interface ISignInAttemptParams {
  emailKey: string;
}

/** 'SignInAttempt' return type */
export interface ISignInAttemptResult {
  failures: number;
  locked_seconds: string | null;
  since_failure_ms: string | null;
}

/** 'SignInAttempt' query type */
export interface ISignInAttemptQuery {
  params: ISignInAttemptParams;
  result: ISignInAttemptResult;
}

const signInAttemptIR: any = {"usedParamSet":{"emailKey":true},"params":[{"name":"emailKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":250}]}],"statement":"SELECT failures,\n  CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now())) END AS locked_seconds,\n  extract(epoch FROM now() - last_failure_at) * 1000 AS since_failure_ms\nFROM \"sign_in_attempt\" WHERE \"email_key\" = :emailKey!                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT failures,
 *   CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now())) END AS locked_seconds,
 *   extract(epoch FROM now() - last_failure_at) * 1000 AS since_failure_ms
 * FROM "sign_in_attempt" WHERE "email_key" = :emailKey!                                                                 
 * ```
 */
export const signInAttempt = new PreparedQuery<ISignInAttemptParams,ISignInAttemptResult>(signInAttemptIR);


/** 'RecordSignInFailure' parameters type */
export interface IRecordSignInFailureParams {
  emailKey: string;
}

/** 'RecordSignInFailure' return type */
export interface IRecordSignInFailureResult {
  failures: number;
}

/** 'RecordSignInFailure' query type */
export interface IRecordSignInFailureQuery {
  params: IRecordSignInFailureParams;
  result: IRecordSignInFailureResult;
}

const recordSignInFailureIR: any = {"usedParamSet":{"emailKey":true},"params":[{"name":"emailKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":92}]}],"statement":"INSERT INTO \"sign_in_attempt\" (\"email_key\", \"failures\", \"last_failure_at\")\nVALUES (:emailKey!, 1, now())\nON CONFLICT (\"email_key\") DO UPDATE SET\n  \"failures\" = CASE WHEN \"sign_in_attempt\".\"locked_until\" < now() THEN 1 ELSE \"sign_in_attempt\".\"failures\" + 1 END,\n  \"last_failure_at\" = now(),\n  \"locked_until\" = CASE WHEN \"sign_in_attempt\".\"locked_until\" < now() THEN NULL ELSE \"sign_in_attempt\".\"locked_until\" END\nRETURNING \"failures\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "sign_in_attempt" ("email_key", "failures", "last_failure_at")
 * VALUES (:emailKey!, 1, now())
 * ON CONFLICT ("email_key") DO UPDATE SET
 *   "failures" = CASE WHEN "sign_in_attempt"."locked_until" < now() THEN 1 ELSE "sign_in_attempt"."failures" + 1 END,
 *   "last_failure_at" = now(),
 *   "locked_until" = CASE WHEN "sign_in_attempt"."locked_until" < now() THEN NULL ELSE "sign_in_attempt"."locked_until" END
 * RETURNING "failures"
 * ```
 */
export const recordSignInFailure = new PreparedQuery<IRecordSignInFailureParams,IRecordSignInFailureResult>(recordSignInFailureIR);


/** 'LockSignIn' parameters type */
export interface ILockSignInParams {
  emailKey: string;
  minutes: number;
}

/** 'LockSignIn' return type */
export type ILockSignInResult = void;

/** 'LockSignIn' query type */
export interface ILockSignInQuery {
  params: ILockSignInParams;
  result: ILockSignInResult;
}

const lockSignInIR: any = {"usedParamSet":{"minutes":true,"emailKey":true},"params":[{"name":"minutes","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":84}]},{"name":"emailKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":116}]}],"statement":"UPDATE \"sign_in_attempt\" SET \"locked_until\" = now() + make_interval(mins => :minutes!) WHERE \"email_key\" = :emailKey!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "sign_in_attempt" SET "locked_until" = now() + make_interval(mins => :minutes!) WHERE "email_key" = :emailKey!
 * ```
 */
export const lockSignIn = new PreparedQuery<ILockSignInParams,ILockSignInResult>(lockSignInIR);


/** 'JwtSecret' parameters type */
export interface IJwtSecretParams {
  key: string;
}

/** 'JwtSecret' return type */
export interface IJwtSecretResult {
  value: string | null;
}

/** 'JwtSecret' query type */
export interface IJwtSecretQuery {
  params: IJwtSecretParams;
  result: IJwtSecretResult;
}

const jwtSecretIR: any = {"usedParamSet":{"key":true},"params":[{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":67}]}],"statement":"SELECT \"value\" #>> '{}' AS value FROM \"app_meta\" WHERE \"key\" = :key!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT "value" #>> '{}' AS value FROM "app_meta" WHERE "key" = :key!
 * ```
 */
export const jwtSecret = new PreparedQuery<IJwtSecretParams,IJwtSecretResult>(jwtSecretIR);


/** 'RetireUserTokens' parameters type */
export interface IRetireUserTokensParams {
  purpose: string;
  userId: string;
}

/** 'RetireUserTokens' return type */
export type IRetireUserTokensResult = void;

/** 'RetireUserTokens' query type */
export interface IRetireUserTokensQuery {
  params: IRetireUserTokensParams;
  result: IRetireUserTokensResult;
}

const retireUserTokensIR: any = {"usedParamSet":{"userId":true,"purpose":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":67}]},{"name":"purpose","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":93}]}],"statement":"UPDATE \"user_token\" SET \"used_at\" = now() WHERE \"user_id\" = :userId! AND \"purpose\" = :purpose! AND \"used_at\" IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "user_token" SET "used_at" = now() WHERE "user_id" = :userId! AND "purpose" = :purpose! AND "used_at" IS NULL
 * ```
 */
export const retireUserTokens = new PreparedQuery<IRetireUserTokensParams,IRetireUserTokensResult>(retireUserTokensIR);


/** 'InsertUserToken' parameters type */
export interface IInsertUserTokenParams {
  createdBy?: string | null | void;
  hours: number;
  purpose: string;
  tokenHash: string;
  userId: string;
}

/** 'InsertUserToken' return type */
export type IInsertUserTokenResult = void;

/** 'InsertUserToken' query type */
export interface IInsertUserTokenQuery {
  params: IInsertUserTokenParams;
  result: IInsertUserTokenResult;
}

const insertUserTokenIR: any = {"usedParamSet":{"tokenHash":true,"userId":true,"purpose":true,"hours":true,"createdBy":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":108}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":118}]},{"name":"purpose","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":129}]},{"name":"hours","required":true,"transform":{"type":"scalar"},"locs":[{"a":163,"b":169}]},{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":173,"b":182}]}],"statement":"INSERT INTO \"user_token\" (\"token_hash\", \"user_id\", \"purpose\", \"expires_at\", \"created_by\")\nVALUES (:tokenHash!, :userId!, :purpose!, now() + make_interval(hours => :hours!), :createdBy)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "user_token" ("token_hash", "user_id", "purpose", "expires_at", "created_by")
 * VALUES (:tokenHash!, :userId!, :purpose!, now() + make_interval(hours => :hours!), :createdBy)
 * ```
 */
export const insertUserToken = new PreparedQuery<IInsertUserTokenParams,IInsertUserTokenResult>(insertUserTokenIR);


/** 'ConsumeUserToken' parameters type */
export interface IConsumeUserTokenParams {
  purpose: string;
  tokenHash: string;
}

/** 'ConsumeUserToken' return type */
export interface IConsumeUserTokenResult {
  user_id: string;
}

/** 'ConsumeUserToken' query type */
export interface IConsumeUserTokenQuery {
  params: IConsumeUserTokenParams;
  result: IConsumeUserTokenResult;
}

const consumeUserTokenIR: any = {"usedParamSet":{"tokenHash":true,"purpose":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":73}]},{"name":"purpose","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":99}]}],"statement":"UPDATE \"user_token\" SET \"used_at\" = now()\nWHERE \"token_hash\" = :tokenHash! AND \"purpose\" = :purpose! AND \"used_at\" IS NULL AND \"expires_at\" > now()\nRETURNING \"user_id\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "user_token" SET "used_at" = now()
 * WHERE "token_hash" = :tokenHash! AND "purpose" = :purpose! AND "used_at" IS NULL AND "expires_at" > now()
 * RETURNING "user_id"
 * ```
 */
export const consumeUserToken = new PreparedQuery<IConsumeUserTokenParams,IConsumeUserTokenResult>(consumeUserTokenIR);


