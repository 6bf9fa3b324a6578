/** Types generated for queries found in "apps/api/src/app/jurisdiction/owner-suggestion.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'RegistrySegments' parameters type */
export type IRegistrySegmentsParams = void;

/** 'RegistrySegments' return type */
export interface IRegistrySegmentsResult {
  agency_id: string;
  district_code: string | null;
  geometry: Json;
  id: string;
  km_from: string | null;
  km_to: string | null;
  link_number: string | null;
  name: string;
  regency_code: string | null;
  status: string;
  valid_from: string;
  valid_to: string | null;
  version_id: string;
}

/** 'RegistrySegments' query type */
export interface IRegistrySegmentsQuery {
  params: IRegistrySegmentsParams;
  result: IRegistrySegmentsResult;
}

const registrySegmentsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, version_id, link_number, km_from, km_to, name, status, regency_code, district_code,\n  agency_id, geometry, to_char(valid_from, 'YYYY-MM-DD') AS \"valid_from!\",\n  to_char(valid_to, 'YYYY-MM-DD') AS valid_to\nFROM road_segment\nORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, version_id, link_number, km_from, km_to, name, status, regency_code, district_code,
 *   agency_id, geometry, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!",
 *   to_char(valid_to, 'YYYY-MM-DD') AS valid_to
 * FROM road_segment
 * ORDER BY id
 * ```
 */
export const registrySegments = new PreparedQuery<IRegistrySegmentsParams,IRegistrySegmentsResult>(registrySegmentsIR);


/** 'RoutingRules' parameters type */
export type IRoutingRulesParams = void;

/** 'RoutingRules' return type */
export interface IRoutingRulesResult {
  agency_id: string;
  category: string;
  id: string;
  mode: string;
  regency_code: string | null;
  road_status: string | null;
  valid_from: string;
  valid_to: string | null;
}

/** 'RoutingRules' query type */
export interface IRoutingRulesQuery {
  params: IRoutingRulesParams;
  result: IRoutingRulesResult;
}

const routingRulesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, category, regency_code, road_status, agency_id, mode,\n  to_char(valid_from, 'YYYY-MM-DD') AS \"valid_from!\", to_char(valid_to, 'YYYY-MM-DD') AS valid_to\nFROM routing_rule\nWHERE valid_to IS NULL OR valid_to > valid_from"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, category, regency_code, road_status, agency_id, mode,
 *   to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!", to_char(valid_to, 'YYYY-MM-DD') AS valid_to
 * FROM routing_rule
 * WHERE valid_to IS NULL OR valid_to > valid_from
 * ```
 */
export const routingRules = new PreparedQuery<IRoutingRulesParams,IRoutingRulesResult>(routingRulesIR);


/** 'SuggestionAgencies' parameters type */
export type ISuggestionAgenciesParams = void;

/** 'SuggestionAgencies' return type */
export interface ISuggestionAgenciesResult {
  active: boolean;
  id: string;
  kind: string;
  name: string;
  regency_codes: stringArray;
  short_name: string;
}

/** 'SuggestionAgencies' query type */
export interface ISuggestionAgenciesQuery {
  params: ISuggestionAgenciesParams;
  result: ISuggestionAgenciesResult;
}

const suggestionAgenciesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, short_name, name, kind, regency_codes, active FROM agency"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, short_name, name, kind, regency_codes, active FROM agency
 * ```
 */
export const suggestionAgencies = new PreparedQuery<ISuggestionAgenciesParams,ISuggestionAgenciesResult>(suggestionAgenciesIR);


/** 'CaseForSuggestion' parameters type */
export interface ICaseForSuggestionParams {
  caseId: string;
  timeZone: string;
}

/** 'CaseForSuggestion' return type */
export interface ICaseForSuggestionResult {
  as_of: string;
  category: string;
  description: string;
  id: string;
  lat: number | null;
  lng: number | null;
  location_text: string | null;
  regency_code: string | null;
  title: string;
}

/** 'CaseForSuggestion' query type */
export interface ICaseForSuggestionQuery {
  params: ICaseForSuggestionParams;
  result: ICaseForSuggestionResult;
}

const caseForSuggestionIR: any = {"usedParamSet":{"timeZone":true,"caseId":true},"params":[{"name":"timeZone","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":148}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":208,"b":215}]}],"statement":"SELECT id, lat, lng, title, description, location_text, category, regency_code,\n  to_char(COALESCE(incident_date, (created_at AT TIME ZONE :timeZone!)::date), 'YYYY-MM-DD') AS \"as_of!\"\nFROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, lat, lng, title, description, location_text, category, regency_code,
 *   to_char(COALESCE(incident_date, (created_at AT TIME ZONE :timeZone!)::date), 'YYYY-MM-DD') AS "as_of!"
 * FROM "case" WHERE id = :caseId!
 * ```
 */
export const caseForSuggestion = new PreparedQuery<ICaseForSuggestionParams,ICaseForSuggestionResult>(caseForSuggestionIR);


/** 'StoreCaseRoad' parameters type */
export interface IStoreCaseRoadParams {
  caseId: string;
  roadStatus?: string | null | void;
  segmentId?: string | null | void;
}

/** 'StoreCaseRoad' return type */
export interface IStoreCaseRoadResult {
  id: string;
}

/** 'StoreCaseRoad' query type */
export interface IStoreCaseRoadQuery {
  params: IStoreCaseRoadParams;
  result: IStoreCaseRoadResult;
}

const storeCaseRoadIR: any = {"usedParamSet":{"segmentId":true,"roadStatus":true,"caseId":true},"params":[{"name":"segmentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":36,"b":45},{"a":134,"b":143}]},{"name":"roadStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":62,"b":72},{"a":177,"b":187}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":92}]}],"statement":"UPDATE \"case\" SET road_segment_id = :segmentId, road_status = :roadStatus\nWHERE id = :caseId!\n  AND (road_segment_id IS DISTINCT FROM :segmentId OR road_status IS DISTINCT FROM :roadStatus)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "case" SET road_segment_id = :segmentId, road_status = :roadStatus
 * WHERE id = :caseId!
 *   AND (road_segment_id IS DISTINCT FROM :segmentId OR road_status IS DISTINCT FROM :roadStatus)
 * RETURNING id
 * ```
 */
export const storeCaseRoad = new PreparedQuery<IStoreCaseRoadParams,IStoreCaseRoadResult>(storeCaseRoadIR);


