/** Types generated for queries found in "apps/api/src/app/cases/detail/case-detail.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'Open311MediaUrl' parameters type */
export interface IOpen311MediaUrlParams {
  caseId: string;
}

/** 'Open311MediaUrl' return type */
export interface IOpen311MediaUrlResult {
  media_url: string | null;
}

/** 'Open311MediaUrl' query type */
export interface IOpen311MediaUrlQuery {
  params: IOpen311MediaUrlParams;
  result: IOpen311MediaUrlResult;
}

const open311MediaUrlIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":61}]}],"statement":"SELECT media_url FROM open311_request WHERE case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT media_url FROM open311_request WHERE case_id = :caseId!
 * ```
 */
export const open311MediaUrl = new PreparedQuery<IOpen311MediaUrlParams,IOpen311MediaUrlResult>(open311MediaUrlIR);


