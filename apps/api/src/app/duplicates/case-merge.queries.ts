/** Types generated for queries found in "apps/api/src/app/duplicates/case-merge.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'MoveReports' parameters type */
export interface IMoveReportsParams {
  duplicateId: string;
  survivingId: string;
}

/** 'MoveReports' return type */
export interface IMoveReportsResult {
  id: string;
  tracking_id: string | null;
}

/** 'MoveReports' query type */
export interface IMoveReportsQuery {
  params: IMoveReportsParams;
  result: IMoveReportsResult;
}

const moveReportsIR: any = {"usedParamSet":{"survivingId":true,"duplicateId":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":45}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":75}]}],"statement":"UPDATE case_report SET case_id = :survivingId! WHERE case_id = :duplicateId! RETURNING id, tracking_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET case_id = :survivingId! WHERE case_id = :duplicateId! RETURNING id, tracking_id
 * ```
 */
export const moveReports = new PreparedQuery<IMoveReportsParams,IMoveReportsResult>(moveReportsIR);


/** 'MarkMerged' parameters type */
export interface IMarkMergedParams {
  duplicateId: string;
  mergedBy: string;
  survivingId: string;
}

/** 'MarkMerged' return type */
export type IMarkMergedResult = void;

/** 'MarkMerged' query type */
export interface IMarkMergedQuery {
  params: IMarkMergedParams;
  result: IMarkMergedResult;
}

const markMergedIR: any = {"usedParamSet":{"survivingId":true,"mergedBy":true,"duplicateId":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":52}]},{"name":"mergedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":95}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":120}]}],"statement":"UPDATE \"case\" SET merged_into_case_id = :survivingId!, merged_at = now(), merged_by = :mergedBy! WHERE id = :duplicateId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "case" SET merged_into_case_id = :survivingId!, merged_at = now(), merged_by = :mergedBy! WHERE id = :duplicateId!
 * ```
 */
export const markMerged = new PreparedQuery<IMarkMergedParams,IMarkMergedResult>(markMergedIR);


/** 'VoidOtherRequests' parameters type */
export interface IVoidOtherRequestsParams {
  duplicateId: string;
  note: string;
  requestId?: string | null | void;
}

/** 'VoidOtherRequests' return type */
export type IVoidOtherRequestsResult = void;

/** 'VoidOtherRequests' query type */
export interface IVoidOtherRequestsQuery {
  params: IVoidOtherRequestsParams;
  result: IVoidOtherRequestsResult;
}

const voidOtherRequestsIR: any = {"usedParamSet":{"note":true,"requestId":true,"duplicateId":true},"params":[{"name":"note","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":88}]},{"name":"requestId","required":false,"transform":{"type":"scalar"},"locs":[{"a":139,"b":148}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":195},{"a":220,"b":232}]}],"statement":"UPDATE case_merge_request SET status = 'void', decided_at = now(), decision_note = :note!\nWHERE status = 'pending' AND id IS DISTINCT FROM :requestId::uuid\n  AND (duplicate_case_id = :duplicateId! OR surviving_case_id = :duplicateId!)"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_merge_request SET status = 'void', decided_at = now(), decision_note = :note!
 * WHERE status = 'pending' AND id IS DISTINCT FROM :requestId::uuid
 *   AND (duplicate_case_id = :duplicateId! OR surviving_case_id = :duplicateId!)
 * ```
 */
export const voidOtherRequests = new PreparedQuery<IVoidOtherRequestsParams,IVoidOtherRequestsResult>(voidOtherRequestsIR);


/** 'CopyAssignees' parameters type */
export interface ICopyAssigneesParams {
  assignedBy: string;
  duplicateId: string;
  survivingId: string;
}

/** 'CopyAssignees' return type */
export interface ICopyAssigneesResult {
  agency_id: string;
  name: string;
  user_id: string;
}

/** 'CopyAssignees' query type */
export interface ICopyAssigneesQuery {
  params: ICopyAssigneesParams;
  result: ICopyAssigneesResult;
}

const copyAssigneesIR: any = {"usedParamSet":{"survivingId":true,"assignedBy":true,"duplicateId":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":108}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":146}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":187,"b":199}]}],"statement":"WITH added AS (\n  INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by)\n  SELECT :survivingId!, a.agency_id, a.user_id, :assignedBy! FROM case_assignee a WHERE a.case_id = :duplicateId!\n  ON CONFLICT (case_id, user_id) DO NOTHING\n  RETURNING user_id, agency_id)\nSELECT added.user_id, added.agency_id, u.name FROM added JOIN app_user u ON u.id = added.user_id\nORDER BY u.name                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * WITH added AS (
 *   INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by)
 *   SELECT :survivingId!, a.agency_id, a.user_id, :assignedBy! FROM case_assignee a WHERE a.case_id = :duplicateId!
 *   ON CONFLICT (case_id, user_id) DO NOTHING
 *   RETURNING user_id, agency_id)
 * SELECT added.user_id, added.agency_id, u.name FROM added JOIN app_user u ON u.id = added.user_id
 * ORDER BY u.name                                                                            
 * ```
 */
export const copyAssignees = new PreparedQuery<ICopyAssigneesParams,ICopyAssigneesResult>(copyAssigneesIR);


/** 'LockMergeCases' parameters type */
export interface ILockMergeCasesParams {
  caseIds: stringArray;
}

/** 'LockMergeCases' return type */
export interface ILockMergeCasesResult {
  id: string;
  merged_into_case_id: string | null;
  number: string;
  status: string;
  status_before_hold: string | null;
  title: string;
  version: number;
}

/** 'LockMergeCases' query type */
export interface ILockMergeCasesQuery {
  params: ILockMergeCasesParams;
  result: ILockMergeCasesResult;
}

const lockMergeCasesIR: any = {"usedParamSet":{"caseIds":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":118}]}],"statement":"SELECT id, number, title, status, status_before_hold, version, merged_into_case_id\nFROM \"case\" WHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE                                                                                                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, number, title, status, status_before_hold, version, merged_into_case_id
 * FROM "case" WHERE id = ANY(:caseIds!::uuid[]) ORDER BY id FOR UPDATE                                                                                                                                                                             
 * ```
 */
export const lockMergeCases = new PreparedQuery<ILockMergeCasesParams,ILockMergeCasesResult>(lockMergeCasesIR);


/** 'JoinParticipants' parameters type */
export interface IJoinParticipantsParams {
  addedBy: string;
  duplicateId: string;
  survivingId: string;
}

/** 'JoinParticipants' return type */
export interface IJoinParticipantsResult {
  agency_id: string;
  inserted: boolean;
  role: string;
}

/** 'JoinParticipants' query type */
export interface IJoinParticipantsQuery {
  params: IJoinParticipantsParams;
  result: IJoinParticipantsResult;
}

const joinParticipantsIR: any = {"usedParamSet":{"survivingId":true,"addedBy":true,"duplicateId":true},"params":[{"name":"survivingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":85}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":180}]},{"name":"duplicateId","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":236}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by)\nSELECT :survivingId!, p.agency_id, CASE WHEN p.role = 'observer' THEN 'observer' ELSE 'collaborator' END, :addedBy!\nFROM case_participant p WHERE p.case_id = :duplicateId!\nORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, p.agency_id\nON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator'\n  WHERE case_participant.role = 'observer' AND EXCLUDED.role = 'collaborator'\nRETURNING agency_id, role, (xmax = 0) AS \"inserted!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by)
 * SELECT :survivingId!, p.agency_id, CASE WHEN p.role = 'observer' THEN 'observer' ELSE 'collaborator' END, :addedBy!
 * FROM case_participant p WHERE p.case_id = :duplicateId!
 * ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, p.agency_id
 * ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'collaborator'
 *   WHERE case_participant.role = 'observer' AND EXCLUDED.role = 'collaborator'
 * RETURNING agency_id, role, (xmax = 0) AS "inserted!"
 * ```
 */
export const joinParticipants = new PreparedQuery<IJoinParticipantsParams,IJoinParticipantsResult>(joinParticipantsIR);


