/** Types generated for queries found in "apps/api/src/app/duplicates/merge-requests.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LockRequestCases' parameters type */
export interface ILockRequestCasesParams {
  caseIds: stringArray;
}

/** 'LockRequestCases' return type */
export interface ILockRequestCasesResult {
  id: string;
  merged_into_case_id: string | null;
  number: string;
  status: string;
  status_before_hold: string | null;
}

/** 'LockRequestCases' query type */
export interface ILockRequestCasesQuery {
  params: ILockRequestCasesParams;
  result: ILockRequestCasesResult;
}

const lockRequestCasesIR: any = {"usedParamSet":{"caseIds":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":102}]}],"statement":"SELECT id, number, status, status_before_hold, merged_into_case_id FROM \"case\"\nWHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, status, status_before_hold, merged_into_case_id FROM "case"
 * WHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE
 * ```
 */
export const lockRequestCases = new PreparedQuery<ILockRequestCasesParams,ILockRequestCasesResult>(lockRequestCasesIR);


/** 'PendingRequest' parameters type */
export interface IPendingRequestParams {
  duplicateId: string;
  survivingId: string;
}

/** 'PendingRequest' return type */
export interface IPendingRequestResult {
  id: string;
}

/** 'PendingRequest' query type */
export interface IPendingRequestQuery {
  params: IPendingRequestParams;
  result: IPendingRequestResult;
}

const pendingRequestIR: any = {"usedParamSet":{"survivingId":true,"duplicateId":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":72}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":110}]}],"statement":"SELECT id FROM case_merge_request\nWHERE surviving_case_id = :survivingId! AND duplicate_case_id = :duplicateId! AND status = 'pending'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_merge_request
 * WHERE surviving_case_id = :survivingId! AND duplicate_case_id = :duplicateId! AND status = 'pending'
 * ```
 */
export const pendingRequest = new PreparedQuery<IPendingRequestParams,IPendingRequestResult>(pendingRequestIR);


/** 'InsertRequest' parameters type */
export interface IInsertRequestParams {
  duplicateId: string;
  note?: string | null | void;
  requestedBy: string;
  requestedByAgencyId: string;
  survivingId: string;
}

/** 'InsertRequest' return type */
export interface IInsertRequestResult {
  id: string;
}

/** 'InsertRequest' query type */
export interface IInsertRequestQuery {
  params: IInsertRequestParams;
  result: IInsertRequestResult;
}

const insertRequestIR: any = {"usedParamSet":{"survivingId":true,"duplicateId":true,"requestedBy":true,"requestedByAgencyId":true,"note":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":134}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":149}]},{"name":"requestedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":164}]},{"name":"requestedByAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":187}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":190,"b":194}]}],"statement":"INSERT INTO case_merge_request (surviving_case_id, duplicate_case_id, requested_by, requested_by_agency_id, note)\nVALUES (:survivingId!, :duplicateId!, :requestedBy!, :requestedByAgencyId!, :note) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_merge_request (surviving_case_id, duplicate_case_id, requested_by, requested_by_agency_id, note)
 * VALUES (:survivingId!, :duplicateId!, :requestedBy!, :requestedByAgencyId!, :note) RETURNING id
 * ```
 */
export const insertRequest = new PreparedQuery<IInsertRequestParams,IInsertRequestResult>(insertRequestIR);


/** 'LeadAgency' parameters type */
export interface ILeadAgencyParams {
  caseId: string;
}

/** 'LeadAgency' return type */
export interface ILeadAgencyResult {
  agency_id: string;
}

/** 'LeadAgency' query type */
export interface ILeadAgencyQuery {
  params: ILeadAgencyParams;
  result: ILeadAgencyResult;
}

const leadAgencyIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":62}]}],"statement":"SELECT agency_id FROM case_participant WHERE case_id = :caseId! AND role = 'lead'"};

/**
 * Query generated from SQL:
 * ```
 * SELECT agency_id FROM case_participant WHERE case_id = :caseId! AND role = 'lead'
 * ```
 */
export const leadAgency = new PreparedQuery<ILeadAgencyParams,ILeadAgencyResult>(leadAgencyIR);


/** 'DecideRequest' parameters type */
export interface IDecideRequestParams {
  decidedBy: string;
  decidedByAgencyId: string;
  decisionNote?: string | null | void;
  requestId: string;
  status: string;
}

/** 'DecideRequest' return type */
export interface IDecideRequestResult {
  id: string;
}

/** 'DecideRequest' query type */
export interface IDecideRequestQuery {
  params: IDecideRequestParams;
  result: IDecideRequestResult;
}

const decideRequestIR: any = {"usedParamSet":{"status":true,"decidedBy":true,"decidedByAgencyId":true,"decisionNote":true,"requestId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":46}]},{"name":"decidedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":72}]},{"name":"decidedByAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":98,"b":116}]},{"name":"decisionNote","required":false,"transform":{"type":"scalar"},"locs":[{"a":157,"b":169}]},{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":192}]}],"statement":"UPDATE case_merge_request SET status = :status!, decided_by = :decidedBy!, decided_by_agency_id = :decidedByAgencyId!,\n  decided_at = now(), decision_note = :decisionNote\nWHERE id = :requestId! AND status = 'pending' RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_merge_request SET status = :status!, decided_by = :decidedBy!, decided_by_agency_id = :decidedByAgencyId!,
 *   decided_at = now(), decision_note = :decisionNote
 * WHERE id = :requestId! AND status = 'pending' RETURNING id
 * ```
 */
export const decideRequest = new PreparedQuery<IDecideRequestParams,IDecideRequestResult>(decideRequestIR);


/** 'LockRequest' parameters type */
export interface ILockRequestParams {
  duplicateId: string;
  requestId: string;
}

/** 'LockRequest' return type */
export interface ILockRequestResult {
  id: string;
}

/** 'LockRequest' query type */
export interface ILockRequestQuery {
  params: ILockRequestParams;
  result: ILockRequestResult;
}

const lockRequestIR: any = {"usedParamSet":{"requestId":true,"duplicateId":true},"params":[{"name":"requestId","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":55}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":93}]}],"statement":"SELECT id FROM case_merge_request WHERE id = :requestId! AND duplicate_case_id = :duplicateId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_merge_request WHERE id = :requestId! AND duplicate_case_id = :duplicateId! FOR UPDATE
 * ```
 */
export const lockRequest = new PreparedQuery<ILockRequestParams,ILockRequestResult>(lockRequestIR);


/** 'RequesterRole' parameters type */
export interface IRequesterRoleParams {
  agencyId: string;
  userId?: string | null | void;
}

/** 'RequesterRole' return type */
export interface IRequesterRoleResult {
  role: string;
}

/** 'RequesterRole' query type */
export interface IRequesterRoleQuery {
  params: IRequesterRoleParams;
  result: IRequesterRoleResult;
}

const requesterRoleIR: any = {"usedParamSet":{"userId":true,"agencyId":true},"params":[{"name":"userId","required":false,"transform":{"type":"scalar"},"locs":[{"a":86,"b":92}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":121}]}],"statement":"SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.user_id = :userId AND m.agency_id = :agencyId! AND u.active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.user_id = :userId AND m.agency_id = :agencyId! AND u.active
 * ```
 */
export const requesterRole = new PreparedQuery<IRequesterRoleParams,IRequesterRoleResult>(requesterRoleIR);


/** 'AgencyRelations' parameters type */
export interface IAgencyRelationsParams {
  agencyId: string;
  caseId: string;
  role?: string | null | void;
}

/** 'AgencyRelations' return type */
export interface IAgencyRelationsResult {
  relations: stringArray;
}

/** 'AgencyRelations' query type */
export interface IAgencyRelationsQuery {
  params: IAgencyRelationsParams;
  result: IAgencyRelationsResult;
}

const agencyRelationsIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"role":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":36}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":48}]},{"name":"role","required":false,"transform":{"type":"scalar"},"locs":[{"a":51,"b":55}]}],"statement":"SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS \"relations!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS "relations!"
 * ```
 */
export const agencyRelations = new PreparedQuery<IAgencyRelationsParams,IAgencyRelationsResult>(agencyRelationsIR);


/** 'JoinedSince' parameters type */
export interface IJoinedSinceParams {
  caseId: string;
  since: DateOrString;
}

/** 'JoinedSince' return type */
export interface IJoinedSinceResult {
  n: number;
}

/** 'JoinedSince' query type */
export interface IJoinedSinceQuery {
  params: IJoinedSinceParams;
  result: IJoinedSinceResult;
}

const joinedSinceIR: any = {"usedParamSet":{"caseId":true,"since":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":74}]},{"name":"since","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":97}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM case_participant WHERE case_id = :caseId! AND added_at > :since!                                                                                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM case_participant WHERE case_id = :caseId! AND added_at > :since!                                                                                                                                                            
 * ```
 */
export const joinedSince = new PreparedQuery<IJoinedSinceParams,IJoinedSinceResult>(joinedSinceIR);


/** 'LoadRequests' parameters type */
export interface ILoadRequestsParams {
  caseId?: string | null | void;
  requestId?: string | null | void;
}

/** 'LoadRequests' return type */
export interface ILoadRequestsResult {
  decided_at: Date | null;
  decided_by_name: string | null;
  decision_note: string | null;
  duplicate_case_id: string;
  duplicate_number: string;
  duplicate_title: string;
  id: string;
  note: string | null;
  requested_at: Date;
  requested_by: string | null;
  requested_by_agency: string;
  requested_by_agency_id: string;
  requested_by_name: string | null;
  status: string;
  surviving_case_id: string;
  surviving_number: string;
  surviving_participants: Json;
  surviving_title: string;
}

/** 'LoadRequests' query type */
export interface ILoadRequestsQuery {
  params: ILoadRequestsParams;
  result: ILoadRequestsResult;
}

const loadRequestsIR: any = {"usedParamSet":{"caseId":true,"requestId":true},"params":[{"name":"caseId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1048,"b":1054},{"a":1095,"b":1101},{"a":1128,"b":1134}]},{"name":"requestId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1144,"b":1153},{"a":1179,"b":1188}]}],"statement":"SELECT q.id, q.status, q.surviving_case_id, s.number AS surviving_number,\n    s.title AS surviving_title, q.duplicate_case_id, d.number AS duplicate_number, d.title AS duplicate_title,\n    q.requested_by, q.requested_by_agency_id, a.short_name AS requested_by_agency, ru.name AS \"requested_by_name?\",\n    q.requested_at, q.note, q.decided_at, du.name AS \"decided_by_name?\", q.decision_note,\n    (SELECT coalesce(json_agg(json_build_object('agencyId', p.agency_id, 'agencyShortName', pa.short_name, 'role', p.role)\n              ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, pa.short_name), '[]')\n       FROM case_participant p JOIN agency pa ON pa.id = p.agency_id\n      WHERE p.case_id = q.surviving_case_id) AS \"surviving_participants!\"\n  FROM case_merge_request q\n  JOIN \"case\" s ON s.id = q.surviving_case_id\n  JOIN \"case\" d ON d.id = q.duplicate_case_id\n  JOIN agency a ON a.id = q.requested_by_agency_id\n  LEFT JOIN app_user ru ON ru.id = q.requested_by\n  LEFT JOIN app_user du ON du.id = q.decided_by\nWHERE (:caseId::uuid IS NULL OR q.surviving_case_id = :caseId OR q.duplicate_case_id = :caseId)\n  AND (:requestId::uuid IS NULL OR q.id = :requestId)\nORDER BY (q.status = 'pending') DESC, q.requested_at DESC LIMIT 20"};

/**
 * Query generated from SQL:
 * ```
 * SELECT q.id, q.status, q.surviving_case_id, s.number AS surviving_number,
 *     s.title AS surviving_title, q.duplicate_case_id, d.number AS duplicate_number, d.title AS duplicate_title,
 *     q.requested_by, q.requested_by_agency_id, a.short_name AS requested_by_agency, ru.name AS "requested_by_name?",
 *     q.requested_at, q.note, q.decided_at, du.name AS "decided_by_name?", q.decision_note,
 *     (SELECT coalesce(json_agg(json_build_object('agencyId', p.agency_id, 'agencyShortName', pa.short_name, 'role', p.role)
 *               ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, pa.short_name), '[]')
 *        FROM case_participant p JOIN agency pa ON pa.id = p.agency_id
 *       WHERE p.case_id = q.surviving_case_id) AS "surviving_participants!"
 *   FROM case_merge_request q
 *   JOIN "case" s ON s.id = q.surviving_case_id
 *   JOIN "case" d ON d.id = q.duplicate_case_id
 *   JOIN agency a ON a.id = q.requested_by_agency_id
 *   LEFT JOIN app_user ru ON ru.id = q.requested_by
 *   LEFT JOIN app_user du ON du.id = q.decided_by
 * WHERE (:caseId::uuid IS NULL OR q.surviving_case_id = :caseId OR q.duplicate_case_id = :caseId)
 *   AND (:requestId::uuid IS NULL OR q.id = :requestId)
 * ORDER BY (q.status = 'pending') DESC, q.requested_at DESC LIMIT 20
 * ```
 */
export const loadRequests = new PreparedQuery<ILoadRequestsParams,ILoadRequestsResult>(loadRequestsIR);


