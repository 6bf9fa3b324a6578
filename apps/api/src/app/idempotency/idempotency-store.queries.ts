/** Types generated for queries found in "apps/api/src/app/idempotency/idempotency-store.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'ClaimKey' parameters type */
export interface IClaimKeyParams {
  key: string;
  leaseSeconds: number;
  requestHash: string;
  scope: string;
  ttlSeconds: number;
  userId: string;
}

/** 'ClaimKey' return type */
export interface IClaimKeyResult {
  user_id: string;
}

/** 'ClaimKey' query type */
export interface IClaimKeyQuery {
  params: IClaimKeyParams;
  result: IClaimKeyResult;
}

const claimKeyIR: any = {"usedParamSet":{"userId":true,"scope":true,"key":true,"requestHash":true,"ttlSeconds":true,"leaseSeconds":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":98}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":107}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":114}]},{"name":"requestHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":129}]},{"name":"ttlSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":186}]},{"name":"leaseSeconds","required":true,"transform":{"type":"scalar"},"locs":[{"a":620,"b":633}]}],"statement":"INSERT INTO idempotency_key (user_id, scope, key, request_hash, state, expires_at)\nVALUES (:userId!, :scope!, :key!, :requestHash!, 'in_flight', now() + make_interval(secs => :ttlSeconds!))\nON CONFLICT (user_id, scope, key) DO UPDATE SET\n  request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,\n  created_at = now(), locked_at = now(), expires_at = EXCLUDED.expires_at\nWHERE idempotency_key.expires_at < now()\n   OR (idempotency_key.state = 'in_flight' AND idempotency_key.request_hash = EXCLUDED.request_hash\n       AND idempotency_key.locked_at < now() - make_interval(secs => :leaseSeconds!))\nRETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO idempotency_key (user_id, scope, key, request_hash, state, expires_at)
 * VALUES (:userId!, :scope!, :key!, :requestHash!, 'in_flight', now() + make_interval(secs => :ttlSeconds!))
 * ON CONFLICT (user_id, scope, key) DO UPDATE SET
 *   request_hash = EXCLUDED.request_hash, state = 'in_flight', status_code = NULL, response = NULL,
 *   created_at = now(), locked_at = now(), expires_at = EXCLUDED.expires_at
 * WHERE idempotency_key.expires_at < now()
 *    OR (idempotency_key.state = 'in_flight' AND idempotency_key.request_hash = EXCLUDED.request_hash
 *        AND idempotency_key.locked_at < now() - make_interval(secs => :leaseSeconds!))
 * RETURNING user_id
 * ```
 */
export const claimKey = new PreparedQuery<IClaimKeyParams,IClaimKeyResult>(claimKeyIR);


/** 'StoredKey' parameters type */
export interface IStoredKeyParams {
  key: string;
  scope: string;
  userId: string;
}

/** 'StoredKey' return type */
export interface IStoredKeyResult {
  request_hash: string;
  response: Json | null;
  state: string;
  status_code: number | null;
}

/** 'StoredKey' query type */
export interface IStoredKeyQuery {
  params: IStoredKeyParams;
  result: IStoredKeyResult;
}

const storedKeyIR: any = {"usedParamSet":{"userId":true,"scope":true,"key":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":94}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":114}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":130}]}],"statement":"SELECT request_hash, state, status_code, response FROM idempotency_key\nWHERE user_id = :userId! AND scope = :scope! AND key = :key!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT request_hash, state, status_code, response FROM idempotency_key
 * WHERE user_id = :userId! AND scope = :scope! AND key = :key!
 * ```
 */
export const storedKey = new PreparedQuery<IStoredKeyParams,IStoredKeyResult>(storedKeyIR);


/** 'CompleteKey' parameters type */
export interface ICompleteKeyParams {
  key: string;
  response: Json;
  scope: string;
  statusCode: number;
  userId: string;
}

/** 'CompleteKey' return type */
export type ICompleteKeyResult = void;

/** 'CompleteKey' query type */
export interface ICompleteKeyQuery {
  params: ICompleteKeyParams;
  result: ICompleteKeyResult;
}

const completeKeyIR: any = {"usedParamSet":{"statusCode":true,"response":true,"userId":true,"scope":true,"key":true},"params":[{"name":"statusCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":68}]},{"name":"response","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":91}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":116}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":136}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":152}]}],"statement":"UPDATE idempotency_key SET state = 'done', status_code = :statusCode!, response = :response!\nWHERE user_id = :userId! AND scope = :scope! AND key = :key!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE idempotency_key SET state = 'done', status_code = :statusCode!, response = :response!
 * WHERE user_id = :userId! AND scope = :scope! AND key = :key!
 * ```
 */
export const completeKey = new PreparedQuery<ICompleteKeyParams,ICompleteKeyResult>(completeKeyIR);


/** 'ReleaseKey' parameters type */
export interface IReleaseKeyParams {
  key: string;
  scope: string;
  userId: string;
}

/** 'ReleaseKey' return type */
export type IReleaseKeyResult = void;

/** 'ReleaseKey' query type */
export interface IReleaseKeyQuery {
  params: IReleaseKeyParams;
  result: IReleaseKeyResult;
}

const releaseKeyIR: any = {"usedParamSet":{"userId":true,"scope":true,"key":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":51}]},{"name":"scope","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":71}]},{"name":"key","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":87}]}],"statement":"DELETE FROM idempotency_key WHERE user_id = :userId! AND scope = :scope! AND key = :key! AND state = 'in_flight'"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM idempotency_key WHERE user_id = :userId! AND scope = :scope! AND key = :key! AND state = 'in_flight'
 * ```
 */
export const releaseKey = new PreparedQuery<IReleaseKeyParams,IReleaseKeyResult>(releaseKeyIR);


/** 'PurgeExpiredKeys' parameters type */
export type IPurgeExpiredKeysParams = void;

/** 'PurgeExpiredKeys' return type */
export interface IPurgeExpiredKeysResult {
  user_id: string;
}

/** 'PurgeExpiredKeys' query type */
export interface IPurgeExpiredKeysQuery {
  params: IPurgeExpiredKeysParams;
  result: IPurgeExpiredKeysResult;
}

const purgeExpiredKeysIR: any = {"usedParamSet":{},"params":[],"statement":"DELETE FROM idempotency_key WHERE expires_at < now() RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM idempotency_key WHERE expires_at < now() RETURNING user_id
 * ```
 */
export const purgeExpiredKeys = new PreparedQuery<IPurgeExpiredKeysParams,IPurgeExpiredKeysResult>(purgeExpiredKeysIR);


