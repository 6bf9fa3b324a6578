/** Types generated for queries found in "apps/api/src/app/cases/handoffs/arbitration.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'CloseOpenRoutingRule' parameters type */
export interface ICloseOpenRoutingRuleParams {
  category: string;
  regencyCode?: string | null | void;
  roadStatus?: string | null | void;
  today: DateOrString;
  userId?: string | null | void;
}

/** 'CloseOpenRoutingRule' return type */
export interface ICloseOpenRoutingRuleResult {
  id: string;
}

/** 'CloseOpenRoutingRule' query type */
export interface ICloseOpenRoutingRuleQuery {
  params: ICloseOpenRoutingRuleParams;
  result: ICloseOpenRoutingRuleResult;
}

const closeOpenRoutingRuleIR: any = {"usedParamSet":{"today":true,"userId":true,"category":true,"regencyCode":true,"roadStatus":true},"params":[{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":62}]},{"name":"userId","required":false,"transform":{"type":"scalar"},"locs":[{"a":84,"b":90}]},{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":118}]},{"name":"regencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":158,"b":169}]},{"name":"roadStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":210,"b":220}]}],"statement":"UPDATE routing_rule SET valid_to = greatest(valid_from, :today!::date), closed_by = :userId\nWHERE category = :category! AND regency_code IS NOT DISTINCT FROM :regencyCode\n  AND road_status IS NOT DISTINCT FROM :roadStatus AND valid_to IS NULL\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE routing_rule SET valid_to = greatest(valid_from, :today!::date), closed_by = :userId
 * WHERE category = :category! AND regency_code IS NOT DISTINCT FROM :regencyCode
 *   AND road_status IS NOT DISTINCT FROM :roadStatus AND valid_to IS NULL
 * RETURNING id
 * ```
 */
export const closeOpenRoutingRule = new PreparedQuery<ICloseOpenRoutingRuleParams,ICloseOpenRoutingRuleResult>(closeOpenRoutingRuleIR);


/** 'InsertRoutingRule' parameters type */
export interface IInsertRoutingRuleParams {
  agencyId: string;
  category: string;
  mode: string;
  note?: string | null | void;
  regencyCode?: string | null | void;
  replacesId?: string | null | void;
  roadStatus?: string | null | void;
  today: DateOrString;
  userId?: string | null | void;
}

/** 'InsertRoutingRule' return type */
export interface IInsertRoutingRuleResult {
  id: string;
}

/** 'InsertRoutingRule' query type */
export interface IInsertRoutingRuleQuery {
  params: IInsertRoutingRuleParams;
  result: IInsertRoutingRuleResult;
}

const insertRoutingRuleIR: any = {"usedParamSet":{"category":true,"regencyCode":true,"roadStatus":true,"agencyId":true,"mode":true,"note":true,"replacesId":true,"today":true,"userId":true},"params":[{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":140}]},{"name":"regencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":143,"b":154}]},{"name":"roadStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":157,"b":167}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":179}]},{"name":"mode","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":187}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":190,"b":194}]},{"name":"replacesId","required":false,"transform":{"type":"scalar"},"locs":[{"a":197,"b":207}]},{"name":"today","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":216}]},{"name":"userId","required":false,"transform":{"type":"scalar"},"locs":[{"a":225,"b":231}]}],"statement":"INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, replaces_id, valid_from, created_by)\nVALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :replacesId, :today!::date, :userId)\nRETURNING id                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, replaces_id, valid_from, created_by)
 * VALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :replacesId, :today!::date, :userId)
 * RETURNING id                                                                                                           
 * ```
 */
export const insertRoutingRule = new PreparedQuery<IInsertRoutingRuleParams,IInsertRoutingRuleResult>(insertRoutingRuleIR);


/** 'ArbitrationCaseFacts' parameters type */
export interface IArbitrationCaseFactsParams {
  caseId: string;
}

/** 'ArbitrationCaseFacts' return type */
export interface IArbitrationCaseFactsResult {
  category: string;
  regency_code: string | null;
  road_status: string | null;
}

/** 'ArbitrationCaseFacts' query type */
export interface IArbitrationCaseFactsQuery {
  params: IArbitrationCaseFactsParams;
  result: IArbitrationCaseFactsResult;
}

const arbitrationCaseFactsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":73}]}],"statement":"SELECT category, regency_code, road_status FROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT category, regency_code, road_status FROM "case" WHERE id = :caseId!
 * ```
 */
export const arbitrationCaseFacts = new PreparedQuery<IArbitrationCaseFactsParams,IArbitrationCaseFactsResult>(arbitrationCaseFactsIR);


