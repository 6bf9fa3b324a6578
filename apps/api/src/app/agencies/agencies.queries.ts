/** Types generated for queries found in "apps/api/src/app/agencies/agencies.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'LoadAgencies' parameters type */
export interface ILoadAgenciesParams {
  agencyId?: string | null | void;
}

/** 'LoadAgencies' return type */
export interface ILoadAgenciesResult {
  active: boolean;
  code: string;
  coordinates_ids: stringArray;
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  regency_codes: stringArray;
  short_name: string;
}

/** 'LoadAgencies' query type */
export interface ILoadAgenciesQuery {
  params: ILoadAgenciesParams;
  result: ILoadAgenciesResult;
}

const loadAgenciesIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":272,"b":280},{"a":306,"b":314}]}],"statement":"SELECT a.id, a.code, a.name, a.short_name, a.kind, a.parent_id, a.regency_codes, a.active,\n  COALESCE((SELECT array_agg(c.coordinated_id ORDER BY c.coordinated_id) FROM agency_coordination c WHERE c.coordinator_id = a.id), '{}') AS \"coordinates_ids!\"\nFROM agency a\nWHERE (:agencyId::uuid IS NULL OR a.id = :agencyId)\nORDER BY a.kind, a.short_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.code, a.name, a.short_name, a.kind, a.parent_id, a.regency_codes, a.active,
 *   COALESCE((SELECT array_agg(c.coordinated_id ORDER BY c.coordinated_id) FROM agency_coordination c WHERE c.coordinator_id = a.id), '{}') AS "coordinates_ids!"
 * FROM agency a
 * WHERE (:agencyId::uuid IS NULL OR a.id = :agencyId)
 * ORDER BY a.kind, a.short_name
 * ```
 */
export const loadAgencies = new PreparedQuery<ILoadAgenciesParams,ILoadAgenciesResult>(loadAgenciesIR);


/** 'AgencyCodeTaken' parameters type */
export interface IAgencyCodeTakenParams {
  code: string;
}

/** 'AgencyCodeTaken' return type */
export interface IAgencyCodeTakenResult {
  id: string;
}

/** 'AgencyCodeTaken' query type */
export interface IAgencyCodeTakenQuery {
  params: IAgencyCodeTakenParams;
  result: IAgencyCodeTakenResult;
}

const agencyCodeTakenIR: any = {"usedParamSet":{"code":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":40}]}],"statement":"SELECT id FROM agency WHERE code = :code!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM agency WHERE code = :code!
 * ```
 */
export const agencyCodeTaken = new PreparedQuery<IAgencyCodeTakenParams,IAgencyCodeTakenResult>(agencyCodeTakenIR);


/** 'InsertAgency' parameters type */
export interface IInsertAgencyParams {
  code: string;
  kind: string;
  name: string;
  parentId?: string | null | void;
  regencyCodes: stringArray;
  shortName: string;
}

/** 'InsertAgency' return type */
export interface IInsertAgencyResult {
  id: string;
}

/** 'InsertAgency' query type */
export interface IInsertAgencyQuery {
  params: IInsertAgencyParams;
  result: IInsertAgencyResult;
}

const insertAgencyIR: any = {"usedParamSet":{"code":true,"name":true,"shortName":true,"kind":true,"parentId":true,"regencyCodes":true},"params":[{"name":"code","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":89}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":97}]},{"name":"shortName","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":110}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":118}]},{"name":"parentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":121,"b":129}]},{"name":"regencyCodes","required":true,"transform":{"type":"scalar"},"locs":[{"a":132,"b":145}]}],"statement":"INSERT INTO agency (code, name, short_name, kind, parent_id, regency_codes)\nVALUES (:code!, :name!, :shortName!, :kind!, :parentId, :regencyCodes!) RETURNING id                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO agency (code, name, short_name, kind, parent_id, regency_codes)
 * VALUES (:code!, :name!, :shortName!, :kind!, :parentId, :regencyCodes!) RETURNING id                                                                                                  
 * ```
 */
export const insertAgency = new PreparedQuery<IInsertAgencyParams,IInsertAgencyResult>(insertAgencyIR);


/** 'UpdateAgency' parameters type */
export interface IUpdateAgencyParams {
  active?: boolean | null | void;
  agencyId: string;
  kind?: string | null | void;
  name?: string | null | void;
  parentId?: string | null | void;
  regencyCodes?: stringArray | null | void;
  setParent: boolean;
  shortName?: string | null | void;
}

/** 'UpdateAgency' return type */
export type IUpdateAgencyResult = void;

/** 'UpdateAgency' query type */
export interface IUpdateAgencyQuery {
  params: IUpdateAgencyParams;
  result: IUpdateAgencyResult;
}

const updateAgencyIR: any = {"usedParamSet":{"name":true,"shortName":true,"kind":true,"setParent":true,"parentId":true,"regencyCodes":true,"active":true,"agencyId":true},"params":[{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":36,"b":40}]},{"name":"shortName","required":false,"transform":{"type":"scalar"},"locs":[{"a":72,"b":81}]},{"name":"kind","required":false,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]},{"name":"setParent","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":161}]},{"name":"parentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":177,"b":185}]},{"name":"regencyCodes","required":false,"transform":{"type":"scalar"},"locs":[{"a":240,"b":252}]},{"name":"active","required":false,"transform":{"type":"scalar"},"locs":[{"a":289,"b":295}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":337,"b":346}]}],"statement":"UPDATE agency SET\n  name = COALESCE(:name, name), short_name = COALESCE(:shortName, short_name), kind = COALESCE(:kind, kind),\n  parent_id = CASE WHEN :setParent!::boolean THEN :parentId::uuid ELSE parent_id END,\n  regency_codes = COALESCE(:regencyCodes, regency_codes), active = COALESCE(:active, active), updated_at = now()\nWHERE id = :agencyId!                                                                                          "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE agency SET
 *   name = COALESCE(:name, name), short_name = COALESCE(:shortName, short_name), kind = COALESCE(:kind, kind),
 *   parent_id = CASE WHEN :setParent!::boolean THEN :parentId::uuid ELSE parent_id END,
 *   regency_codes = COALESCE(:regencyCodes, regency_codes), active = COALESCE(:active, active), updated_at = now()
 * WHERE id = :agencyId!                                                                                          
 * ```
 */
export const updateAgency = new PreparedQuery<IUpdateAgencyParams,IUpdateAgencyResult>(updateAgencyIR);


/** 'ParentCycle' parameters type */
export interface IParentCycleParams {
  parentId: string;
  selfId?: string | null | void;
}

/** 'ParentCycle' return type */
export interface IParentCycleResult {
  cycle: boolean | null;
}

/** 'ParentCycle' query type */
export interface IParentCycleQuery {
  params: IParentCycleParams;
  result: IParentCycleResult;
}

const parentCycleIR: any = {"usedParamSet":{"parentId":true,"selfId":true},"params":[{"name":"parentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":75}]},{"name":"selfId","required":false,"transform":{"type":"scalar"},"locs":[{"a":176,"b":182}]}],"statement":"WITH RECURSIVE up AS (SELECT id, parent_id FROM agency WHERE id = :parentId!\n  UNION SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)\nSELECT bool_or(id = :selfId::uuid) AS cycle FROM up"};

/**
 * Query generated from SQL:
 * ```
 * WITH RECURSIVE up AS (SELECT id, parent_id FROM agency WHERE id = :parentId!
 *   UNION SELECT a.id, a.parent_id FROM agency a JOIN up ON a.id = up.parent_id)
 * SELECT bool_or(id = :selfId::uuid) AS cycle FROM up
 * ```
 */
export const parentCycle = new PreparedQuery<IParentCycleParams,IParentCycleResult>(parentCycleIR);


/** 'CountAgencies' parameters type */
export interface ICountAgenciesParams {
  ids: stringArray;
}

/** 'CountAgencies' return type */
export interface ICountAgenciesResult {
  count: number;
}

/** 'CountAgencies' query type */
export interface ICountAgenciesQuery {
  params: ICountAgenciesParams;
  result: ICountAgenciesResult;
}

const countAgenciesIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":64}]}],"statement":"SELECT count(*)::int AS \"count!\" FROM agency WHERE id = ANY(:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!" FROM agency WHERE id = ANY(:ids!::uuid[])
 * ```
 */
export const countAgencies = new PreparedQuery<ICountAgenciesParams,ICountAgenciesResult>(countAgenciesIR);


/** 'ClearCoordination' parameters type */
export interface IClearCoordinationParams {
  coordinatorId: string;
}

/** 'ClearCoordination' return type */
export type IClearCoordinationResult = void;

/** 'ClearCoordination' query type */
export interface IClearCoordinationQuery {
  params: IClearCoordinationParams;
  result: IClearCoordinationResult;
}

const clearCoordinationIR: any = {"usedParamSet":{"coordinatorId":true},"params":[{"name":"coordinatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":69}]}],"statement":"DELETE FROM agency_coordination WHERE coordinator_id = :coordinatorId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM agency_coordination WHERE coordinator_id = :coordinatorId!
 * ```
 */
export const clearCoordination = new PreparedQuery<IClearCoordinationParams,IClearCoordinationResult>(clearCoordinationIR);


/** 'InsertCoordination' parameters type */
export interface IInsertCoordinationParams {
  coordinatedIds: stringArray;
  coordinatorId: string;
}

/** 'InsertCoordination' return type */
export type IInsertCoordinationResult = void;

/** 'InsertCoordination' query type */
export interface IInsertCoordinationQuery {
  params: IInsertCoordinationParams;
  result: IInsertCoordinationResult;
}

const insertCoordinationIR: any = {"usedParamSet":{"coordinatorId":true,"coordinatedIds":true},"params":[{"name":"coordinatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":86}]},{"name":"coordinatedIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":111}]}],"statement":"INSERT INTO agency_coordination (coordinator_id, coordinated_id) SELECT :coordinatorId!, unnest(:coordinatedIds!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO agency_coordination (coordinator_id, coordinated_id) SELECT :coordinatorId!, unnest(:coordinatedIds!::uuid[])
 * ```
 */
export const insertCoordination = new PreparedQuery<IInsertCoordinationParams,IInsertCoordinationResult>(insertCoordinationIR);


