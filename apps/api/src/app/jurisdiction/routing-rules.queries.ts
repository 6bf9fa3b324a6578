/** Types generated for queries found in "apps/api/src/app/jurisdiction/routing-rules.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'RuleRows' parameters type */
export interface IRuleRowsParams {
  id?: string | null | void;
  includeClosed: boolean;
}

/** 'RuleRows' return type */
export interface IRuleRowsResult {
  agency_id: string;
  agency_short_name: string;
  category: string;
  created_at: Date;
  created_by_name: string | null;
  id: string;
  is_sample: boolean;
  mode: string;
  note: string | null;
  regency_code: string | null;
  road_status: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** 'RuleRows' query type */
export interface IRuleRowsQuery {
  params: IRuleRowsParams;
  result: IRuleRowsResult;
}

const ruleRowsIR: any = {"usedParamSet":{"includeClosed":true,"id":true},"params":[{"name":"includeClosed","required":true,"transform":{"type":"scalar"},"locs":[{"a":388,"b":402}]},{"name":"id","required":false,"transform":{"type":"scalar"},"locs":[{"a":441,"b":443},{"a":469,"b":471}]}],"statement":"SELECT r.id, r.category, r.regency_code, r.road_status, r.agency_id, a.short_name AS agency_short_name, r.mode,\n  r.note, r.is_sample, to_char(r.valid_from, 'YYYY-MM-DD') AS \"valid_from!\", to_char(r.valid_to, 'YYYY-MM-DD') AS valid_to,\n  r.created_at, u.name AS \"created_by_name?\"\nFROM routing_rule r\nJOIN agency a ON a.id = r.agency_id\nLEFT JOIN app_user u ON u.id = r.created_by\nWHERE (:includeClosed!::boolean OR r.valid_to IS NULL) AND (:id::uuid IS NULL OR r.id = :id::uuid)\nORDER BY r.category, r.regency_code NULLS LAST, r.road_status NULLS LAST, r.valid_from DESC, r.created_at DESC"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.category, r.regency_code, r.road_status, r.agency_id, a.short_name AS agency_short_name, r.mode,
 *   r.note, r.is_sample, to_char(r.valid_from, 'YYYY-MM-DD') AS "valid_from!", to_char(r.valid_to, 'YYYY-MM-DD') AS valid_to,
 *   r.created_at, u.name AS "created_by_name?"
 * FROM routing_rule r
 * JOIN agency a ON a.id = r.agency_id
 * LEFT JOIN app_user u ON u.id = r.created_by
 * WHERE (:includeClosed!::boolean OR r.valid_to IS NULL) AND (:id::uuid IS NULL OR r.id = :id::uuid)
 * ORDER BY r.category, r.regency_code NULLS LAST, r.road_status NULLS LAST, r.valid_from DESC, r.created_at DESC
 * ```
 */
export const ruleRows = new PreparedQuery<IRuleRowsParams,IRuleRowsResult>(ruleRowsIR);


/** 'LockOpenRule' parameters type */
export interface ILockOpenRuleParams {
  id: string;
}

/** 'LockOpenRule' return type */
export interface ILockOpenRuleResult {
  id: string;
  valid_from: string;
}

/** 'LockOpenRule' query type */
export interface ILockOpenRuleQuery {
  params: ILockOpenRuleParams;
  result: ILockOpenRuleResult;
}

const lockOpenRuleIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":94}]}],"statement":"SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS \"valid_from!\" FROM routing_rule WHERE id = :id! AND valid_to IS NULL FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!" FROM routing_rule WHERE id = :id! AND valid_to IS NULL FOR UPDATE
 * ```
 */
export const lockOpenRule = new PreparedQuery<ILockOpenRuleParams,ILockOpenRuleResult>(lockOpenRuleIR);


/** 'CloseRule' parameters type */
export interface ICloseRuleParams {
  closedBy?: string | null | void;
  id: string;
  validTo: DateOrString;
}

/** 'CloseRule' return type */
export interface ICloseRuleResult {
  id: string;
}

/** 'CloseRule' query type */
export interface ICloseRuleQuery {
  params: ICloseRuleParams;
  result: ICloseRuleResult;
}

const closeRuleIR: any = {"usedParamSet":{"validTo":true,"closedBy":true,"id":true},"params":[{"name":"validTo","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":43}]},{"name":"closedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":64,"b":72}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":88}]}],"statement":"UPDATE routing_rule SET valid_to = :validTo!::date, closed_by = :closedBy WHERE id = :id! AND valid_to IS NULL RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE routing_rule SET valid_to = :validTo!::date, closed_by = :closedBy WHERE id = :id! AND valid_to IS NULL RETURNING id
 * ```
 */
export const closeRule = new PreparedQuery<ICloseRuleParams,ICloseRuleResult>(closeRuleIR);


/** 'InsertRule' parameters type */
export interface IInsertRuleParams {
  agencyId: string;
  category: string;
  createdBy?: string | null | void;
  isSample: boolean;
  mode: string;
  note?: string | null | void;
  regencyCode?: string | null | void;
  replacesId?: string | null | void;
  roadStatus?: string | null | void;
  validFrom: DateOrString;
}

/** 'InsertRule' return type */
export interface IInsertRuleResult {
  id: string;
}

/** 'InsertRule' query type */
export interface IInsertRuleQuery {
  params: IInsertRuleParams;
  result: IInsertRuleResult;
}

const insertRuleIR: any = {"usedParamSet":{"category":true,"regencyCode":true,"roadStatus":true,"agencyId":true,"mode":true,"note":true,"isSample":true,"replacesId":true,"validFrom":true,"createdBy":true},"params":[{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":151}]},{"name":"regencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":154,"b":165}]},{"name":"roadStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":168,"b":178}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":190}]},{"name":"mode","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":198}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":201,"b":205}]},{"name":"isSample","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":217}]},{"name":"replacesId","required":false,"transform":{"type":"scalar"},"locs":[{"a":220,"b":230}]},{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":243}]},{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":252,"b":261}]}],"statement":"INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, is_sample, replaces_id, valid_from, created_by)\nVALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :isSample!, :replacesId, :validFrom!::date, :createdBy)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO routing_rule (category, regency_code, road_status, agency_id, mode, note, is_sample, replaces_id, valid_from, created_by)
 * VALUES (:category!, :regencyCode, :roadStatus, :agencyId!, :mode!, :note, :isSample!, :replacesId, :validFrom!::date, :createdBy)
 * RETURNING id
 * ```
 */
export const insertRule = new PreparedQuery<IInsertRuleParams,IInsertRuleResult>(insertRuleIR);


/** 'AgencyExists' parameters type */
export interface IAgencyExistsParams {
  id: string;
}

/** 'AgencyExists' return type */
export interface IAgencyExistsResult {
  id: string;
}

/** 'AgencyExists' query type */
export interface IAgencyExistsQuery {
  params: IAgencyExistsParams;
  result: IAgencyExistsResult;
}

const agencyExistsIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":36}]}],"statement":"SELECT id FROM agency WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM agency WHERE id = :id!
 * ```
 */
export const agencyExists = new PreparedQuery<IAgencyExistsParams,IAgencyExistsResult>(agencyExistsIR);


/** 'ActsForCoordinator' parameters type */
export interface IActsForCoordinatorParams {
  agencyId: string;
}

/** 'ActsForCoordinator' return type */
export interface IActsForCoordinatorResult {
  coordinator: boolean;
}

/** 'ActsForCoordinator' query type */
export interface IActsForCoordinatorQuery {
  params: IActsForCoordinatorParams;
  result: IActsForCoordinatorResult;
}

const actsForCoordinatorIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":81}]}],"statement":"SELECT EXISTS (SELECT 1 FROM agency_coordination WHERE coordinator_id = :agencyId!) AS \"coordinator!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT EXISTS (SELECT 1 FROM agency_coordination WHERE coordinator_id = :agencyId!) AS "coordinator!"
 * ```
 */
export const actsForCoordinator = new PreparedQuery<IActsForCoordinatorParams,IActsForCoordinatorResult>(actsForCoordinatorIR);


