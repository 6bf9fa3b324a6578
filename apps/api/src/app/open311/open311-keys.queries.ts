/** Types generated for queries found in "apps/api/src/app/open311/open311-keys.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'KeyClient' parameters type */
export interface IKeyClientParams {
  keyHash: string;
}

/** 'KeyClient' return type */
export interface IKeyClientResult {
  agencyId: string;
  email: string;
  keyId: string;
  name: string;
  role: string;
  userId: string;
}

/** 'KeyClient' query type */
export interface IKeyClientQuery {
  params: IKeyClientParams;
  result: IKeyClientResult;
}

const keyClientIR: any = {"usedParamSet":{"keyHash":true},"params":[{"name":"keyHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":305,"b":313}]}],"statement":"SELECT k.id AS \"keyId\", k.agency_id AS \"agencyId\", u.id AS \"userId\", u.name, u.email, m.role\nFROM open311_key k\nJOIN app_user u ON u.id = k.service_user_id AND u.active\nJOIN membership m ON m.user_id = u.id AND m.agency_id = k.agency_id\nJOIN agency a ON a.id = k.agency_id AND a.active\nWHERE k.key_hash = :keyHash! AND k.revoked_at IS NULL                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.id AS "keyId", k.agency_id AS "agencyId", u.id AS "userId", u.name, u.email, m.role
 * FROM open311_key k
 * JOIN app_user u ON u.id = k.service_user_id AND u.active
 * JOIN membership m ON m.user_id = u.id AND m.agency_id = k.agency_id
 * JOIN agency a ON a.id = k.agency_id AND a.active
 * WHERE k.key_hash = :keyHash! AND k.revoked_at IS NULL                                                              
 * ```
 */
export const keyClient = new PreparedQuery<IKeyClientParams,IKeyClientResult>(keyClientIR);


/** 'InsertServiceUser' parameters type */
export interface IInsertServiceUserParams {
  email: string;
  name: string;
}

/** 'InsertServiceUser' return type */
export interface IInsertServiceUserResult {
  id: string;
}

/** 'InsertServiceUser' query type */
export interface IInsertServiceUserQuery {
  params: IInsertServiceUserParams;
  result: IInsertServiceUserResult;
}

const insertServiceUserIR: any = {"usedParamSet":{"email":true,"name":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":72}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":75,"b":80}]}],"statement":"INSERT INTO app_user (email, name, password_hash, active) VALUES (:email!, :name!, NULL, true) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO app_user (email, name, password_hash, active) VALUES (:email!, :name!, NULL, true) RETURNING id
 * ```
 */
export const insertServiceUser = new PreparedQuery<IInsertServiceUserParams,IInsertServiceUserResult>(insertServiceUserIR);


/** 'InsertServiceMembership' parameters type */
export interface IInsertServiceMembershipParams {
  agencyId: string;
  role: string;
  userId: string;
}

/** 'InsertServiceMembership' return type */
export type IInsertServiceMembershipResult = void;

/** 'InsertServiceMembership' query type */
export interface IInsertServiceMembershipQuery {
  params: IInsertServiceMembershipParams;
  result: IInsertServiceMembershipResult;
}

const insertServiceMembershipIR: any = {"usedParamSet":{"userId":true,"agencyId":true,"role":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":85}]}],"statement":"INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)
 * ```
 */
export const insertServiceMembership = new PreparedQuery<IInsertServiceMembershipParams,IInsertServiceMembershipResult>(insertServiceMembershipIR);


/** 'InsertKey' parameters type */
export interface IInsertKeyParams {
  agencyId: string;
  createdBy: string;
  id: string;
  keyHash: string;
  label: string;
  serviceUserId: string;
}

/** 'InsertKey' return type */
export type IInsertKeyResult = void;

/** 'InsertKey' query type */
export interface IInsertKeyQuery {
  params: IInsertKeyParams;
  result: IInsertKeyResult;
}

const insertKeyIR: any = {"usedParamSet":{"id":true,"agencyId":true,"serviceUserId":true,"keyHash":true,"label":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":97}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":109}]},{"name":"serviceUserId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":126}]},{"name":"keyHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":137}]},{"name":"label","required":true,"transform":{"type":"scalar"},"locs":[{"a":140,"b":146}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":159}]}],"statement":"INSERT INTO open311_key (id, agency_id, service_user_id, key_hash, label, created_by)\nVALUES (:id!, :agencyId!, :serviceUserId!, :keyHash!, :label!, :createdBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO open311_key (id, agency_id, service_user_id, key_hash, label, created_by)
 * VALUES (:id!, :agencyId!, :serviceUserId!, :keyHash!, :label!, :createdBy!)
 * ```
 */
export const insertKey = new PreparedQuery<IInsertKeyParams,IInsertKeyResult>(insertKeyIR);


/** 'AgencyKeys' parameters type */
export interface IAgencyKeysParams {
  agencyId: string;
}

/** 'AgencyKeys' return type */
export interface IAgencyKeysResult {
  created_at: Date;
  created_by_name: string | null;
  id: string;
  label: string;
  revoked_at: Date | null;
  service_user_id: string;
}

/** 'AgencyKeys' query type */
export interface IAgencyKeysQuery {
  params: IAgencyKeysParams;
  result: IAgencyKeysResult;
}

const agencyKeysIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":190}]}],"statement":"SELECT k.id, k.label, k.service_user_id, k.created_at, u.name AS \"created_by_name?\", k.revoked_at\nFROM open311_key k LEFT JOIN app_user u ON u.id = k.created_by\nWHERE k.agency_id = :agencyId! ORDER BY k.created_at DESC, k.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.id, k.label, k.service_user_id, k.created_at, u.name AS "created_by_name?", k.revoked_at
 * FROM open311_key k LEFT JOIN app_user u ON u.id = k.created_by
 * WHERE k.agency_id = :agencyId! ORDER BY k.created_at DESC, k.id
 * ```
 */
export const agencyKeys = new PreparedQuery<IAgencyKeysParams,IAgencyKeysResult>(agencyKeysIR);


/** 'RevokeKey' parameters type */
export interface IRevokeKeyParams {
  agencyId: string;
  keyId: string;
}

/** 'RevokeKey' return type */
export interface IRevokeKeyResult {
  label: string;
  service_user_id: string;
}

/** 'RevokeKey' query type */
export interface IRevokeKeyQuery {
  params: IRevokeKeyParams;
  result: IRevokeKeyResult;
}

const revokeKeyIR: any = {"usedParamSet":{"keyId":true,"agencyId":true},"params":[{"name":"keyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":53,"b":59}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]}],"statement":"UPDATE open311_key SET revoked_at = now()\nWHERE id = :keyId! AND agency_id = :agencyId! AND revoked_at IS NULL RETURNING service_user_id, label"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE open311_key SET revoked_at = now()
 * WHERE id = :keyId! AND agency_id = :agencyId! AND revoked_at IS NULL RETURNING service_user_id, label
 * ```
 */
export const revokeKey = new PreparedQuery<IRevokeKeyParams,IRevokeKeyResult>(revokeKeyIR);


/** 'AgencyKeyExists' parameters type */
export interface IAgencyKeyExistsParams {
  agencyId: string;
  keyId: string;
}

/** 'AgencyKeyExists' return type */
export interface IAgencyKeyExistsResult {
  id: string;
}

/** 'AgencyKeyExists' query type */
export interface IAgencyKeyExistsQuery {
  params: IAgencyKeyExistsParams;
  result: IAgencyKeyExistsResult;
}

const agencyKeyExistsIR: any = {"usedParamSet":{"keyId":true,"agencyId":true},"params":[{"name":"keyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":38,"b":44}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":71}]}],"statement":"SELECT id FROM open311_key WHERE id = :keyId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM open311_key WHERE id = :keyId! AND agency_id = :agencyId!
 * ```
 */
export const agencyKeyExists = new PreparedQuery<IAgencyKeyExistsParams,IAgencyKeyExistsResult>(agencyKeyExistsIR);


/** 'DeactivateServiceUser' parameters type */
export interface IDeactivateServiceUserParams {
  userId: string;
}

/** 'DeactivateServiceUser' return type */
export type IDeactivateServiceUserResult = void;

/** 'DeactivateServiceUser' query type */
export interface IDeactivateServiceUserQuery {
  params: IDeactivateServiceUserParams;
  result: IDeactivateServiceUserResult;
}

const deactivateServiceUserIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":73}]}],"statement":"UPDATE app_user SET active = false, updated_at = now() WHERE id = :userId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE app_user SET active = false, updated_at = now() WHERE id = :userId!
 * ```
 */
export const deactivateServiceUser = new PreparedQuery<IDeactivateServiceUserParams,IDeactivateServiceUserResult>(deactivateServiceUserIR);


