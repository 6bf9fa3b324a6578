/** Types generated for queries found in "apps/api/src/app/lapor/lapor-conflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ConflictCase' parameters type */
export interface IConflictCaseParams {
  conflictId: string;
}

/** 'ConflictCase' return type */
export interface IConflictCaseResult {
  case_id: string;
}

/** 'ConflictCase' query type */
export interface IConflictCaseQuery {
  params: IConflictCaseParams;
  result: IConflictCaseResult;
}

const conflictCaseIR: any = {"usedParamSet":{"conflictId":true},"params":[{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":57}]}],"statement":"SELECT case_id FROM lapor_conflict WHERE id = :conflictId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id FROM lapor_conflict WHERE id = :conflictId!
 * ```
 */
export const conflictCase = new PreparedQuery<IConflictCaseParams,IConflictCaseResult>(conflictCaseIR);


/** 'LockConflictCase' parameters type */
export interface ILockConflictCaseParams {
  caseId: string;
}

/** 'LockConflictCase' return type */
export interface ILockConflictCaseResult {
  id: string;
}

/** 'LockConflictCase' query type */
export interface ILockConflictCaseQuery {
  params: ILockConflictCaseParams;
  result: ILockConflictCaseResult;
}

const lockConflictCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]}],"statement":"SELECT id FROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockConflictCase = new PreparedQuery<ILockConflictCaseParams,ILockConflictCaseResult>(lockConflictCaseIR);


/** 'LockConflict' parameters type */
export interface ILockConflictParams {
  conflictId: string;
}

/** 'LockConflict' return type */
export interface ILockConflictResult {
  id: string;
}

/** 'LockConflict' query type */
export interface ILockConflictQuery {
  params: ILockConflictParams;
  result: ILockConflictResult;
}

const lockConflictIR: any = {"usedParamSet":{"conflictId":true},"params":[{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":52}]}],"statement":"SELECT id FROM lapor_conflict WHERE id = :conflictId! FOR UPDATE                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM lapor_conflict WHERE id = :conflictId! FOR UPDATE                                                                                                                 
 * ```
 */
export const lockConflict = new PreparedQuery<ILockConflictParams,ILockConflictResult>(lockConflictIR);


/** 'LoadConflicts' parameters type */
export interface ILoadConflictsParams {
  caseId?: string | null | void;
  conflictId?: string | null | void;
  fields: stringArray;
}

/** 'LoadConflicts' return type */
export interface ILoadConflictsResult {
  anonymous: boolean;
  case_id: string;
  detected_at: Date;
  field: string;
  id: string;
  intake_agency_id: string;
  lapor_value: Json | null;
  personal_data_purged_at: Date | null;
  report_id: string;
  resolution: string | null;
  resolved_at: Date | null;
  resolved_by_name: string | null;
  simpul_value: Json | null;
  tracking_id: string | null;
}

/** 'LoadConflicts' query type */
export interface ILoadConflictsQuery {
  params: ILoadConflictsParams;
  result: ILoadConflictsResult;
}

const loadConflictsIR: any = {"usedParamSet":{"conflictId":true,"caseId":true,"fields":true},"params":[{"name":"conflictId","required":false,"transform":{"type":"scalar"},"locs":[{"a":351,"b":361},{"a":387,"b":397}]},{"name":"caseId","required":false,"transform":{"type":"scalar"},"locs":[{"a":407,"b":413},{"a":445,"b":451}]},{"name":"fields","required":true,"transform":{"type":"scalar"},"locs":[{"a":520,"b":527}]}],"statement":"SELECT k.id, k.case_id, k.report_id, r.tracking_id, r.anonymous, r.intake_agency_id, r.personal_data_purged_at,\n    k.field, k.simpul_value, k.lapor_value, k.detected_at, k.resolved_at, u.name AS \"resolved_by_name?\", k.resolution\n  FROM lapor_conflict k\n  JOIN case_report r ON r.id = k.report_id\n  LEFT JOIN app_user u ON u.id = k.resolved_by\nWHERE (:conflictId::uuid IS NULL OR k.id = :conflictId)\n  AND (:caseId::uuid IS NULL OR (k.case_id = :caseId AND k.resolved_at IS NULL))\nORDER BY k.detected_at, array_position(:fields!::text[], k.field::text)                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.id, k.case_id, k.report_id, r.tracking_id, r.anonymous, r.intake_agency_id, r.personal_data_purged_at,
 *     k.field, k.simpul_value, k.lapor_value, k.detected_at, k.resolved_at, u.name AS "resolved_by_name?", k.resolution
 *   FROM lapor_conflict k
 *   JOIN case_report r ON r.id = k.report_id
 *   LEFT JOIN app_user u ON u.id = k.resolved_by
 * WHERE (:conflictId::uuid IS NULL OR k.id = :conflictId)
 *   AND (:caseId::uuid IS NULL OR (k.case_id = :caseId AND k.resolved_at IS NULL))
 * ORDER BY k.detected_at, array_position(:fields!::text[], k.field::text)                                                           
 * ```
 */
export const loadConflicts = new PreparedQuery<ILoadConflictsParams,ILoadConflictsResult>(loadConflictsIR);


/** 'CurrentCaseValues' parameters type */
export interface ICurrentCaseValuesParams {
  caseId: string;
}

/** 'CurrentCaseValues' return type */
export interface ICurrentCaseValuesResult {
  category: string;
  classification: string;
  description: string;
  incident_date: string | null;
  location_text: string | null;
  title: string;
}

/** 'CurrentCaseValues' query type */
export interface ICurrentCaseValuesQuery {
  params: ICurrentCaseValuesParams;
  result: ICurrentCaseValuesResult;
}

const currentCaseValuesIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":154}]}],"statement":"SELECT title, description, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, category, location_text,\n  classification\nFROM \"case\" WHERE id = :caseId!                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT title, description, to_char(incident_date, 'YYYY-MM-DD') AS incident_date, category, location_text,
 *   classification
 * FROM "case" WHERE id = :caseId!                                                             
 * ```
 */
export const currentCaseValues = new PreparedQuery<ICurrentCaseValuesParams,ICurrentCaseValuesResult>(currentCaseValuesIR);


/** 'CurrentReportValues' parameters type */
export interface ICurrentReportValuesParams {
  reportId: string;
}

/** 'CurrentReportValues' return type */
export interface ICurrentReportValuesResult {
  anonymous: boolean;
  confidential: boolean;
  reporter_contact: string | null;
  reporter_name: string | null;
  reporter_nik: string | null;
}

/** 'CurrentReportValues' query type */
export interface ICurrentReportValuesQuery {
  params: ICurrentReportValuesParams;
  result: ICurrentReportValuesResult;
}

const currentReportValuesIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":115}]}],"statement":"SELECT anonymous, confidential, reporter_name, reporter_contact, reporter_nik FROM case_report WHERE id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT anonymous, confidential, reporter_name, reporter_contact, reporter_nik FROM case_report WHERE id = :reportId!
 * ```
 */
export const currentReportValues = new PreparedQuery<ICurrentReportValuesParams,ICurrentReportValuesResult>(currentReportValuesIR);


/** 'ResolveConflict' parameters type */
export interface IResolveConflictParams {
  conflictId: string;
  resolution: string;
  resolvedBy: string;
}

/** 'ResolveConflict' return type */
export type IResolveConflictResult = void;

/** 'ResolveConflict' query type */
export interface IResolveConflictQuery {
  params: IResolveConflictParams;
  result: IResolveConflictResult;
}

const resolveConflictIR: any = {"usedParamSet":{"resolvedBy":true,"resolution":true,"conflictId":true},"params":[{"name":"resolvedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":72}]},{"name":"resolution","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":99}]},{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":123}]}],"statement":"UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!
 * ```
 */
export const resolveConflict = new PreparedQuery<IResolveConflictParams,IResolveConflictResult>(resolveConflictIR);


