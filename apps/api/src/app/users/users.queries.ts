/** Types generated for queries found in "apps/api/src/app/users/users.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ExistingAccount' parameters type */
export interface IExistingAccountParams {
  agencyId: string;
  email: string;
}

/** 'ExistingAccount' return type */
export interface IExistingAccountResult {
  email: string;
  id: string;
  invited: boolean;
  member: boolean;
}

/** 'ExistingAccount' query type */
export interface IExistingAccountQuery {
  params: IExistingAccountParams;
  result: IExistingAccountResult;
}

const existingAccountIR: any = {"usedParamSet":{"agencyId":true,"email":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":114},{"a":225,"b":234}]},{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":361,"b":367}]}],"statement":"SELECT u.id, u.email,\n       EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.agency_id = :agencyId!) AS \"member!\",\n       EXISTS (SELECT 1 FROM membership_invitation i WHERE i.user_id = u.id AND i.agency_id = :agencyId!\n               AND i.status = 'pending' AND i.expires_at > now()) AS \"invited!\"\nFROM app_user u WHERE lower(u.email) = lower(:email!)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id, u.email,
 *        EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.agency_id = :agencyId!) AS "member!",
 *        EXISTS (SELECT 1 FROM membership_invitation i WHERE i.user_id = u.id AND i.agency_id = :agencyId!
 *                AND i.status = 'pending' AND i.expires_at > now()) AS "invited!"
 * FROM app_user u WHERE lower(u.email) = lower(:email!)
 * ```
 */
export const existingAccount = new PreparedQuery<IExistingAccountParams,IExistingAccountResult>(existingAccountIR);


/** 'InsertUser' parameters type */
export interface IInsertUserParams {
  email: string;
  mustChangePassword: boolean;
  name: string;
  passwordHash?: string | null | void;
}

/** 'InsertUser' return type */
export interface IInsertUserResult {
  id: string;
}

/** 'InsertUser' query type */
export interface IInsertUserQuery {
  params: IInsertUserParams;
  result: IInsertUserResult;
}

const insertUserIR: any = {"usedParamSet":{"email":true,"name":true,"passwordHash":true,"mustChangePassword":true},"params":[{"name":"email","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":86}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":94}]},{"name":"passwordHash","required":false,"transform":{"type":"scalar"},"locs":[{"a":97,"b":109}]},{"name":"mustChangePassword","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":131}]}],"statement":"INSERT INTO app_user (email, name, password_hash, must_change_password)\nVALUES (:email!, :name!, :passwordHash, :mustChangePassword!) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO app_user (email, name, password_hash, must_change_password)
 * VALUES (:email!, :name!, :passwordHash, :mustChangePassword!) RETURNING id
 * ```
 */
export const insertUser = new PreparedQuery<IInsertUserParams,IInsertUserResult>(insertUserIR);


/** 'InsertMembership' parameters type */
export interface IInsertMembershipParams {
  agencyId: string;
  role: string;
  userId: string;
}

/** 'InsertMembership' return type */
export type IInsertMembershipResult = void;

/** 'InsertMembership' query type */
export interface IInsertMembershipQuery {
  params: IInsertMembershipParams;
  result: IInsertMembershipResult;
}

const insertMembershipIR: any = {"usedParamSet":{"userId":true,"agencyId":true,"role":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":85}]}],"statement":"INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO membership (user_id, agency_id, role) VALUES (:userId!, :agencyId!, :role!)
 * ```
 */
export const insertMembership = new PreparedQuery<IInsertMembershipParams,IInsertMembershipResult>(insertMembershipIR);


/** 'InsertInvitation' parameters type */
export interface IInsertInvitationParams {
  agencyId: string;
  days: number;
  invitedBy: string;
  role: string;
  userId: string;
}

/** 'InsertInvitation' return type */
export interface IInsertInvitationResult {
  created_at: Date;
  expires_at: Date;
  id: string;
}

/** 'InsertInvitation' query type */
export interface IInsertInvitationQuery {
  params: IInsertInvitationParams;
  result: IInsertInvitationResult;
}

const insertInvitationIR: any = {"usedParamSet":{"userId":true,"agencyId":true,"role":true,"invitedBy":true,"days":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":100}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":112}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":120}]},{"name":"invitedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":133}]},{"name":"days","required":true,"transform":{"type":"scalar"},"locs":[{"a":166,"b":171}]}],"statement":"INSERT INTO membership_invitation (user_id, agency_id, role, invited_by, expires_at)\nVALUES (:userId!, :agencyId!, :role!, :invitedBy!, now() + make_interval(days => :days!))\nRETURNING id, created_at, expires_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO membership_invitation (user_id, agency_id, role, invited_by, expires_at)
 * VALUES (:userId!, :agencyId!, :role!, :invitedBy!, now() + make_interval(days => :days!))
 * RETURNING id, created_at, expires_at
 * ```
 */
export const insertInvitation = new PreparedQuery<IInsertInvitationParams,IInsertInvitationResult>(insertInvitationIR);


/** 'ActiveAgency' parameters type */
export interface IActiveAgencyParams {
  agencyId: string;
}

/** 'ActiveAgency' return type */
export interface IActiveAgencyResult {
  id: string;
  name: string;
  short_name: string;
}

/** 'ActiveAgency' query type */
export interface IActiveAgencyQuery {
  params: IActiveAgencyParams;
  result: IActiveAgencyResult;
}

const activeAgencyIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":60}]}],"statement":"SELECT id, name, short_name FROM agency WHERE id = :agencyId! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, name, short_name FROM agency WHERE id = :agencyId! AND active
 * ```
 */
export const activeAgency = new PreparedQuery<IActiveAgencyParams,IActiveAgencyResult>(activeAgencyIR);


/** 'LockMembershipRole' parameters type */
export interface ILockMembershipRoleParams {
  agencyId: string;
  userId: string;
}

/** 'LockMembershipRole' return type */
export interface ILockMembershipRoleResult {
  role: string;
}

/** 'LockMembershipRole' query type */
export interface ILockMembershipRoleQuery {
  params: ILockMembershipRoleParams;
  result: ILockMembershipRoleResult;
}

const lockMembershipRoleIR: any = {"usedParamSet":{"userId":true,"agencyId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":51}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":78}]}],"statement":"SELECT role FROM membership WHERE user_id = :userId! AND agency_id = :agencyId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT role FROM membership WHERE user_id = :userId! AND agency_id = :agencyId! FOR UPDATE
 * ```
 */
export const lockMembershipRole = new PreparedQuery<ILockMembershipRoleParams,ILockMembershipRoleResult>(lockMembershipRoleIR);


/** 'ChangeMembershipRole' parameters type */
export interface IChangeMembershipRoleParams {
  agencyId: string;
  role: string;
  userId: string;
}

/** 'ChangeMembershipRole' return type */
export type IChangeMembershipRoleResult = void;

/** 'ChangeMembershipRole' query type */
export interface IChangeMembershipRoleQuery {
  params: IChangeMembershipRoleParams;
  result: IChangeMembershipRoleResult;
}

const changeMembershipRoleIR: any = {"usedParamSet":{"role":true,"userId":true,"agencyId":true},"params":[{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":34}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":59}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]}],"statement":"UPDATE membership SET role = :role! WHERE user_id = :userId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE membership SET role = :role! WHERE user_id = :userId! AND agency_id = :agencyId!
 * ```
 */
export const changeMembershipRole = new PreparedQuery<IChangeMembershipRoleParams,IChangeMembershipRoleResult>(changeMembershipRoleIR);


/** 'DeleteMembership' parameters type */
export interface IDeleteMembershipParams {
  agencyId: string;
  userId: string;
}

/** 'DeleteMembership' return type */
export type IDeleteMembershipResult = void;

/** 'DeleteMembership' query type */
export interface IDeleteMembershipQuery {
  params: IDeleteMembershipParams;
  result: IDeleteMembershipResult;
}

const deleteMembershipIR: any = {"usedParamSet":{"userId":true,"agencyId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":46}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":73}]}],"statement":"DELETE FROM membership WHERE user_id = :userId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM membership WHERE user_id = :userId! AND agency_id = :agencyId!
 * ```
 */
export const deleteMembership = new PreparedQuery<IDeleteMembershipParams,IDeleteMembershipResult>(deleteMembershipIR);


/** 'SetUserActive' parameters type */
export interface ISetUserActiveParams {
  active: boolean;
  userId: string;
}

/** 'SetUserActive' return type */
export type ISetUserActiveResult = void;

/** 'SetUserActive' query type */
export interface ISetUserActiveQuery {
  params: ISetUserActiveParams;
  result: ISetUserActiveResult;
}

const setUserActiveIR: any = {"usedParamSet":{"active":true,"userId":true},"params":[{"name":"active","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":36}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":76}]}],"statement":"UPDATE app_user SET active = :active!, updated_at = now() WHERE id = :userId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE app_user SET active = :active!, updated_at = now() WHERE id = :userId!
 * ```
 */
export const setUserActive = new PreparedQuery<ISetUserActiveParams,ISetUserActiveResult>(setUserActiveIR);


/** 'AgencyShortName' parameters type */
export interface IAgencyShortNameParams {
  agencyId: string;
}

/** 'AgencyShortName' return type */
export interface IAgencyShortNameResult {
  short_name: string;
}

/** 'AgencyShortName' query type */
export interface IAgencyShortNameQuery {
  params: IAgencyShortNameParams;
  result: IAgencyShortNameResult;
}

const agencyShortNameIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":50}]}],"statement":"SELECT short_name FROM agency WHERE id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT short_name FROM agency WHERE id = :agencyId!
 * ```
 */
export const agencyShortName = new PreparedQuery<IAgencyShortNameParams,IAgencyShortNameResult>(agencyShortNameIR);


/** 'LockAccountTarget' parameters type */
export interface ILockAccountTargetParams {
  userId: string;
}

/** 'LockAccountTarget' return type */
export interface ILockAccountTargetResult {
  email: string;
  invited_to: stringArray;
  is_superadmin: boolean;
  member_of: stringArray;
}

/** 'LockAccountTarget' query type */
export interface ILockAccountTargetQuery {
  params: ILockAccountTargetParams;
  result: ILockAccountTargetResult;
}

const lockAccountTargetIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":218,"b":225}]}],"statement":"SELECT u.email, u.is_superadmin,\n       ARRAY(SELECT m.agency_id FROM membership m WHERE m.user_id = u.id) AS \"member_of!\",\n       simpul_pending_invitation_agencies(u.id) AS \"invited_to!\"\nFROM app_user u WHERE u.id = :userId! FOR UPDATE OF u"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.email, u.is_superadmin,
 *        ARRAY(SELECT m.agency_id FROM membership m WHERE m.user_id = u.id) AS "member_of!",
 *        simpul_pending_invitation_agencies(u.id) AS "invited_to!"
 * FROM app_user u WHERE u.id = :userId! FOR UPDATE OF u
 * ```
 */
export const lockAccountTarget = new PreparedQuery<ILockAccountTargetParams,ILockAccountTargetResult>(lockAccountTargetIR);


