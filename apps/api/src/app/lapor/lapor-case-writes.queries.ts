/** Types generated for queries found in "apps/api/src/app/lapor/lapor-case-writes.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'RefreshConflict' parameters type */
export interface IRefreshConflictParams {
  conflictId: string;
  laporValue?: Json | null | void;
  simpulValue?: Json | null | void;
}

/** 'RefreshConflict' return type */
export type IRefreshConflictResult = void;

/** 'RefreshConflict' query type */
export interface IRefreshConflictQuery {
  params: IRefreshConflictParams;
  result: IRefreshConflictResult;
}

const refreshConflictIR: any = {"usedParamSet":{"simpulValue":true,"laporValue":true,"conflictId":true},"params":[{"name":"simpulValue","required":false,"transform":{"type":"scalar"},"locs":[{"a":41,"b":52}]},{"name":"laporValue","required":false,"transform":{"type":"scalar"},"locs":[{"a":69,"b":79}]},{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":124}]}],"statement":"UPDATE lapor_conflict SET simpul_value = :simpulValue, lapor_value = :laporValue, detected_at = now() WHERE id = :conflictId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE lapor_conflict SET simpul_value = :simpulValue, lapor_value = :laporValue, detected_at = now() WHERE id = :conflictId!
 * ```
 */
export const refreshConflict = new PreparedQuery<IRefreshConflictParams,IRefreshConflictResult>(refreshConflictIR);


/** 'InsertConflict' parameters type */
export interface IInsertConflictParams {
  caseId: string;
  field: string;
  laporValue?: Json | null | void;
  reportId: string;
  simpulValue?: Json | null | void;
}

/** 'InsertConflict' return type */
export interface IInsertConflictResult {
  id: string;
}

/** 'InsertConflict' query type */
export interface IInsertConflictQuery {
  params: IInsertConflictParams;
  result: IInsertConflictResult;
}

const insertConflictIR: any = {"usedParamSet":{"caseId":true,"reportId":true,"field":true,"simpulValue":true,"laporValue":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":97}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":109}]},{"name":"field","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":118}]},{"name":"simpulValue","required":false,"transform":{"type":"scalar"},"locs":[{"a":121,"b":132}]},{"name":"laporValue","required":false,"transform":{"type":"scalar"},"locs":[{"a":135,"b":145}]}],"statement":"INSERT INTO lapor_conflict (case_id, report_id, field, simpul_value, lapor_value)\nVALUES (:caseId!, :reportId!, :field!, :simpulValue, :laporValue) RETURNING id                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO lapor_conflict (case_id, report_id, field, simpul_value, lapor_value)
 * VALUES (:caseId!, :reportId!, :field!, :simpulValue, :laporValue) RETURNING id                                                                                                         
 * ```
 */
export const insertConflict = new PreparedQuery<IInsertConflictParams,IInsertConflictResult>(insertConflictIR);


/** 'SetReportFields' parameters type */
export interface ISetReportFieldsParams {
  anonymous?: boolean | null | void;
  confidential?: boolean | null | void;
  reporterContact?: string | null | void;
  reporterName?: string | null | void;
  reporterNik?: string | null | void;
  reportId: string;
  setAnonymous: boolean;
  setConfidential: boolean;
  setReporterContact: boolean;
  setReporterName: boolean;
  setReporterNik: boolean;
}

/** 'SetReportFields' return type */
export type ISetReportFieldsResult = void;

/** 'SetReportFields' query type */
export interface ISetReportFieldsQuery {
  params: ISetReportFieldsParams;
  result: ISetReportFieldsResult;
}

const setReportFieldsIR: any = {"usedParamSet":{"setAnonymous":true,"anonymous":true,"setConfidential":true,"confidential":true,"setReporterName":true,"reporterName":true,"setReporterContact":true,"reporterContact":true,"setReporterNik":true,"reporterNik":true,"reportId":true},"params":[{"name":"setAnonymous","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":60}]},{"name":"anonymous","required":false,"transform":{"type":"scalar"},"locs":[{"a":76,"b":85}]},{"name":"setConfidential","required":true,"transform":{"type":"scalar"},"locs":[{"a":143,"b":159}]},{"name":"confidential","required":false,"transform":{"type":"scalar"},"locs":[{"a":175,"b":187}]},{"name":"setReporterName","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":265}]},{"name":"reporterName","required":false,"transform":{"type":"scalar"},"locs":[{"a":281,"b":293}]},{"name":"setReporterContact","required":true,"transform":{"type":"scalar"},"locs":[{"a":356,"b":375}]},{"name":"reporterContact","required":false,"transform":{"type":"scalar"},"locs":[{"a":391,"b":406}]},{"name":"setReporterNik","required":true,"transform":{"type":"scalar"},"locs":[{"a":468,"b":483}]},{"name":"reporterNik","required":false,"transform":{"type":"scalar"},"locs":[{"a":499,"b":510}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":551,"b":560}]}],"statement":"UPDATE case_report SET\n  anonymous = CASE WHEN :setAnonymous!::boolean THEN :anonymous::boolean ELSE anonymous END,\n  confidential = CASE WHEN :setConfidential!::boolean THEN :confidential::boolean ELSE confidential END,\n  reporter_name = CASE WHEN :setReporterName!::boolean THEN :reporterName::text ELSE reporter_name END,\n  reporter_contact = CASE WHEN :setReporterContact!::boolean THEN :reporterContact::text ELSE reporter_contact END,\n  reporter_nik = CASE WHEN :setReporterNik!::boolean THEN :reporterNik::text ELSE reporter_nik END\nWHERE id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET
 *   anonymous = CASE WHEN :setAnonymous!::boolean THEN :anonymous::boolean ELSE anonymous END,
 *   confidential = CASE WHEN :setConfidential!::boolean THEN :confidential::boolean ELSE confidential END,
 *   reporter_name = CASE WHEN :setReporterName!::boolean THEN :reporterName::text ELSE reporter_name END,
 *   reporter_contact = CASE WHEN :setReporterContact!::boolean THEN :reporterContact::text ELSE reporter_contact END,
 *   reporter_nik = CASE WHEN :setReporterNik!::boolean THEN :reporterNik::text ELSE reporter_nik END
 * WHERE id = :reportId!
 * ```
 */
export const setReportFields = new PreparedQuery<ISetReportFieldsParams,ISetReportFieldsResult>(setReportFieldsIR);


