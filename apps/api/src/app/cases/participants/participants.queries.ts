/** Types generated for queries found in "apps/api/src/app/cases/participants/participants.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ActiveOfficer' parameters type */
export interface IActiveOfficerParams {
  agencyId: string;
  userId: string;
}

/** 'ActiveOfficer' return type */
export interface IActiveOfficerResult {
  agency_id: string;
  name: string;
}

/** 'ActiveOfficer' query type */
export interface IActiveOfficerQuery {
  params: IActiveOfficerParams;
  result: IActiveOfficerResult;
}

const activeOfficerIR: any = {"usedParamSet":{"userId":true,"agencyId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":135}]}],"statement":"SELECT u.name, m.agency_id FROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.user_id = :userId! AND m.agency_id = :agencyId! AND u.active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.name, m.agency_id FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.user_id = :userId! AND m.agency_id = :agencyId! AND u.active
 * ```
 */
export const activeOfficer = new PreparedQuery<IActiveOfficerParams,IActiveOfficerResult>(activeOfficerIR);


/** 'AssignOfficer' parameters type */
export interface IAssignOfficerParams {
  agencyId: string;
  assignedBy: string;
  caseId: string;
  userId: string;
}

/** 'AssignOfficer' return type */
export interface IAssignOfficerResult {
  user_id: string;
}

/** 'AssignOfficer' query type */
export interface IAssignOfficerQuery {
  params: IAssignOfficerParams;
  result: IAssignOfficerResult;
}

const assignOfficerIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"userId":true,"assignedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":84}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":96}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":120}]}],"statement":"INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)\nON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)
 * ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id
 * ```
 */
export const assignOfficer = new PreparedQuery<IAssignOfficerParams,IAssignOfficerResult>(assignOfficerIR);


/** 'UnassignOfficer' parameters type */
export interface IUnassignOfficerParams {
  agencyId: string;
  caseId: string;
  userId: string;
}

/** 'UnassignOfficer' return type */
export interface IUnassignOfficerResult {
  user_id: string;
}

/** 'UnassignOfficer' query type */
export interface IUnassignOfficerQuery {
  params: IUnassignOfficerParams;
  result: IUnassignOfficerResult;
}

const unassignOfficerIR: any = {"usedParamSet":{"caseId":true,"userId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":72}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":99}]}],"statement":"DELETE FROM case_assignee WHERE case_id = :caseId! AND user_id = :userId! AND agency_id = :agencyId! RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_assignee WHERE case_id = :caseId! AND user_id = :userId! AND agency_id = :agencyId! RETURNING user_id
 * ```
 */
export const unassignOfficer = new PreparedQuery<IUnassignOfficerParams,IUnassignOfficerResult>(unassignOfficerIR);


/** 'ActiveAgency' parameters type */
export interface IActiveAgencyParams {
  agencyId: string;
}

/** 'ActiveAgency' return type */
export interface IActiveAgencyResult {
  id: string;
}

/** 'ActiveAgency' query type */
export interface IActiveAgencyQuery {
  params: IActiveAgencyParams;
  result: IActiveAgencyResult;
}

const activeAgencyIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":42}]}],"statement":"SELECT id FROM agency WHERE id = :agencyId! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM agency WHERE id = :agencyId! AND active
 * ```
 */
export const activeAgency = new PreparedQuery<IActiveAgencyParams,IActiveAgencyResult>(activeAgencyIR);


/** 'AddObserver' parameters type */
export interface IAddObserverParams {
  addedBy: string;
  agencyId: string;
  caseId: string;
}

/** 'AddObserver' return type */
export interface IAddObserverResult {
  agency_id: string;
}

/** 'AddObserver' query type */
export interface IAddObserverQuery {
  params: IAddObserverParams;
  result: IAddObserverResult;
}

const addObserverIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":116}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'observer', :addedBy!)\nON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'observer', :addedBy!)
 * ON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id
 * ```
 */
export const addObserver = new PreparedQuery<IAddObserverParams,IAddObserverResult>(addObserverIR);


