/** Types generated for queries found in "apps/api/src/app/jurisdiction/road-registry.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

/** 'AgencyCodes' parameters type */
export type IAgencyCodesParams = void;

/** 'AgencyCodes' return type */
export interface IAgencyCodesResult {
  code: string;
  id: string;
}

/** 'AgencyCodes' query type */
export interface IAgencyCodesQuery {
  params: IAgencyCodesParams;
  result: IAgencyCodesResult;
}

const agencyCodesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id, code FROM agency"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, code FROM agency
 * ```
 */
export const agencyCodes = new PreparedQuery<IAgencyCodesParams,IAgencyCodesResult>(agencyCodesIR);


/** 'CreateVersion' parameters type */
export interface ICreateVersionParams {
  createdBy?: string | null | void;
  fileName?: string | null | void;
  isSample: boolean;
  label: string;
  source: string;
  totalFeatures: number;
  upload?: string | null | void;
  validFrom: DateOrString;
}

/** 'CreateVersion' return type */
export interface ICreateVersionResult {
  id: string;
}

/** 'CreateVersion' query type */
export interface ICreateVersionQuery {
  params: ICreateVersionParams;
  result: ICreateVersionResult;
}

const createVersionIR: any = {"usedParamSet":{"source":true,"label":true,"fileName":true,"isSample":true,"validFrom":true,"totalFeatures":true,"upload":true,"createdBy":true},"params":[{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":135}]},{"name":"label","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":144}]},{"name":"fileName","required":false,"transform":{"type":"scalar"},"locs":[{"a":147,"b":155}]},{"name":"isSample","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":167}]},{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":180}]},{"name":"totalFeatures","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":203}]},{"name":"upload","required":false,"transform":{"type":"scalar"},"locs":[{"a":206,"b":212}]},{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":215,"b":224}]}],"statement":"INSERT INTO road_registry_version (source, label, file_name, is_sample, valid_from, total_features, upload, created_by)\nVALUES (:source!, :label!, :fileName, :isSample!, :validFrom!::date, :totalFeatures!, :upload, :createdBy)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO road_registry_version (source, label, file_name, is_sample, valid_from, total_features, upload, created_by)
 * VALUES (:source!, :label!, :fileName, :isSample!, :validFrom!::date, :totalFeatures!, :upload, :createdBy)
 * RETURNING id
 * ```
 */
export const createVersion = new PreparedQuery<ICreateVersionParams,ICreateVersionResult>(createVersionIR);


/** 'VersionRows' parameters type */
export interface IVersionRowsParams {
  id?: string | null | void;
  limit: NumberOrString;
}

/** 'VersionRows' return type */
export interface IVersionRowsResult {
  cancel_requested: boolean;
  closed_count: number;
  created_at: Date;
  created_by_name: string | null;
  done_features: number;
  errors: Json;
  file_name: string | null;
  finished_at: Date | null;
  id: string;
  is_sample: boolean;
  label: string;
  segment_count: number;
  source: string;
  status: string;
  total_features: number;
  valid_from: string;
}

/** 'VersionRows' query type */
export interface IVersionRowsQuery {
  params: IVersionRowsParams;
  result: IVersionRowsResult;
}

const versionRowsIR: any = {"usedParamSet":{"id":true,"limit":true},"params":[{"name":"id","required":false,"transform":{"type":"scalar"},"locs":[{"a":362,"b":364},{"a":390,"b":392}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":434,"b":440}]}],"statement":"SELECT v.id, v.source, v.label, v.file_name, v.is_sample, to_char(v.valid_from, 'YYYY-MM-DD') AS \"valid_from!\",\n  v.status, v.total_features, v.done_features, v.segment_count, v.closed_count, v.errors, v.cancel_requested,\n  v.created_at, v.finished_at, u.name AS \"created_by_name?\"\nFROM road_registry_version v LEFT JOIN app_user u ON u.id = v.created_by\nWHERE (:id::uuid IS NULL OR v.id = :id::uuid)\nORDER BY v.created_at DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id, v.source, v.label, v.file_name, v.is_sample, to_char(v.valid_from, 'YYYY-MM-DD') AS "valid_from!",
 *   v.status, v.total_features, v.done_features, v.segment_count, v.closed_count, v.errors, v.cancel_requested,
 *   v.created_at, v.finished_at, u.name AS "created_by_name?"
 * FROM road_registry_version v LEFT JOIN app_user u ON u.id = v.created_by
 * WHERE (:id::uuid IS NULL OR v.id = :id::uuid)
 * ORDER BY v.created_at DESC
 * LIMIT :limit!
 * ```
 */
export const versionRows = new PreparedQuery<IVersionRowsParams,IVersionRowsResult>(versionRowsIR);


/** 'ClaimVersion' parameters type */
export interface IClaimVersionParams {
  id: string;
}

/** 'ClaimVersion' return type */
export interface IClaimVersionResult {
  created_by: string | null;
  id: string;
  is_sample: boolean;
  label: string;
  source: string;
  upload: string | null;
  valid_from: string;
}

/** 'ClaimVersion' query type */
export interface IClaimVersionQuery {
  params: IClaimVersionParams;
  result: IClaimVersionResult;
}

const claimVersionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":63,"b":66}]}],"statement":"UPDATE road_registry_version SET status = 'running'\nWHERE id = :id! AND status = 'queued' AND NOT cancel_requested\nRETURNING id, source, label, upload, to_char(valid_from, 'YYYY-MM-DD') AS \"valid_from!\", is_sample, created_by"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE road_registry_version SET status = 'running'
 * WHERE id = :id! AND status = 'queued' AND NOT cancel_requested
 * RETURNING id, source, label, upload, to_char(valid_from, 'YYYY-MM-DD') AS "valid_from!", is_sample, created_by
 * ```
 */
export const claimVersion = new PreparedQuery<IClaimVersionParams,IClaimVersionResult>(claimVersionIR);


/** 'SetProgress' parameters type */
export interface ISetProgressParams {
  done: number;
  id: string;
  total: number;
}

/** 'SetProgress' return type */
export interface ISetProgressResult {
  cancel_requested: boolean;
}

/** 'SetProgress' query type */
export interface ISetProgressQuery {
  params: ISetProgressParams;
  result: ISetProgressResult;
}

const setProgressIR: any = {"usedParamSet":{"done":true,"total":true,"id":true},"params":[{"name":"done","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":60}]},{"name":"total","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":103}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":119}]}],"statement":"UPDATE road_registry_version SET done_features = LEAST(:done!, total_features), total_features = :total!\nWHERE id = :id! AND status = 'running'\nRETURNING cancel_requested"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE road_registry_version SET done_features = LEAST(:done!, total_features), total_features = :total!
 * WHERE id = :id! AND status = 'running'
 * RETURNING cancel_requested
 * ```
 */
export const setProgress = new PreparedQuery<ISetProgressParams,ISetProgressResult>(setProgressIR);


/** 'FinishVersion' parameters type */
export interface IFinishVersionParams {
  closedCount: number;
  errors: Json;
  id: string;
  segmentCount: number;
  status: string;
}

/** 'FinishVersion' return type */
export interface IFinishVersionResult {
  id: string;
}

/** 'FinishVersion' query type */
export interface IFinishVersionQuery {
  params: IFinishVersionParams;
  result: IFinishVersionResult;
}

const finishVersionIR: any = {"usedParamSet":{"status":true,"errors":true,"segmentCount":true,"closedCount":true,"id":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49},{"a":174,"b":181}]},{"name":"errors","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":74}]},{"name":"segmentCount","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":113}]},{"name":"closedCount","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":143}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":290,"b":293}]}],"statement":"UPDATE road_registry_version\nSET status = :status!::text, errors = :errors!::jsonb, segment_count = :segmentCount!, closed_count = :closedCount!,\n  done_features = CASE WHEN :status!::text = 'done' THEN total_features ELSE done_features END,\n  upload = NULL, finished_at = now()\nWHERE id = :id!\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE road_registry_version
 * SET status = :status!::text, errors = :errors!::jsonb, segment_count = :segmentCount!, closed_count = :closedCount!,
 *   done_features = CASE WHEN :status!::text = 'done' THEN total_features ELSE done_features END,
 *   upload = NULL, finished_at = now()
 * WHERE id = :id!
 * RETURNING id
 * ```
 */
export const finishVersion = new PreparedQuery<IFinishVersionParams,IFinishVersionResult>(finishVersionIR);


/** 'RequestCancel' parameters type */
export interface IRequestCancelParams {
  id: string;
}

/** 'RequestCancel' return type */
export interface IRequestCancelResult {
  created_by: string | null;
  id: string;
  label: string;
  status: string;
}

/** 'RequestCancel' query type */
export interface IRequestCancelQuery {
  params: IRequestCancelParams;
  result: IRequestCancelResult;
}

const requestCancelIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":284,"b":287}]}],"statement":"UPDATE road_registry_version\nSET cancel_requested = true,\n  status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,\n  finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END,\n  upload = CASE WHEN status = 'queued' THEN NULL ELSE upload END\nWHERE id = :id! AND status IN ('queued', 'running')\nRETURNING id, status, label, created_by"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE road_registry_version
 * SET cancel_requested = true,
 *   status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,
 *   finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END,
 *   upload = CASE WHEN status = 'queued' THEN NULL ELSE upload END
 * WHERE id = :id! AND status IN ('queued', 'running')
 * RETURNING id, status, label, created_by
 * ```
 */
export const requestCancel = new PreparedQuery<IRequestCancelParams,IRequestCancelResult>(requestCancelIR);


/** 'UnclosableOverlaps' parameters type */
export interface IUnclosableOverlapsParams {
  rows: Json;
  validFrom: DateOrString;
  versionId: string;
}

/** 'UnclosableOverlaps' return type */
export interface IUnclosableOverlapsResult {
  idx: number;
  link_number: string;
  valid_from: string;
}

/** 'UnclosableOverlaps' query type */
export interface IUnclosableOverlapsQuery {
  params: IUnclosableOverlapsParams;
  result: IUnclosableOverlapsResult;
}

const unclosableOverlapsIR: any = {"usedParamSet":{"rows":true,"validFrom":true,"versionId":true},"params":[{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":278,"b":283}]},{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":521,"b":531}]},{"name":"versionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":563,"b":573}]}],"statement":"-- Rows a new version's features overlap (same link, overlapping km) that it cannot close,\n-- because they start on or after its first day.\nSELECT n.idx AS \"idx!\", old.link_number AS \"link_number!\", to_char(old.valid_from, 'YYYY-MM-DD') AS \"valid_from!\"\nFROM jsonb_to_recordset(:rows!::jsonb) AS n(idx int, link_number text, km_from numeric, km_to numeric)\nJOIN road_segment old ON old.link_number = n.link_number\n  AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')\n  AND old.valid_from >= :validFrom!::date\n  AND old.version_id <> :versionId!::uuid\n  AND (old.valid_to IS NULL OR old.valid_to > old.valid_from)\nORDER BY n.idx"};

/**
 * Query generated from SQL:
 * ```
 * -- Rows a new version's features overlap (same link, overlapping km) that it cannot close,
 * -- because they start on or after its first day.
 * SELECT n.idx AS "idx!", old.link_number AS "link_number!", to_char(old.valid_from, 'YYYY-MM-DD') AS "valid_from!"
 * FROM jsonb_to_recordset(:rows!::jsonb) AS n(idx int, link_number text, km_from numeric, km_to numeric)
 * JOIN road_segment old ON old.link_number = n.link_number
 *   AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')
 *   AND old.valid_from >= :validFrom!::date
 *   AND old.version_id <> :versionId!::uuid
 *   AND (old.valid_to IS NULL OR old.valid_to > old.valid_from)
 * ORDER BY n.idx
 * ```
 */
export const unclosableOverlaps = new PreparedQuery<IUnclosableOverlapsParams,IUnclosableOverlapsResult>(unclosableOverlapsIR);


/** 'CloseSuperseded' parameters type */
export interface ICloseSupersededParams {
  rows: Json;
  validFrom: DateOrString;
}

/** 'CloseSuperseded' return type */
export interface ICloseSupersededResult {
  id: string;
}

/** 'CloseSuperseded' query type */
export interface ICloseSupersededQuery {
  params: ICloseSupersededParams;
  result: ICloseSupersededResult;
}

const closeSupersededIR: any = {"usedParamSet":{"validFrom":true,"rows":true},"params":[{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":49},{"a":295,"b":305},{"a":359,"b":369}]},{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":86}]}],"statement":"UPDATE road_segment old SET valid_to = :validFrom!::date\nFROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric)\nWHERE old.link_number = n.link_number\n  AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')\n  AND old.valid_from < :validFrom!::date\n  AND (old.valid_to IS NULL OR old.valid_to > :validFrom!::date)\nRETURNING old.id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE road_segment old SET valid_to = :validFrom!::date
 * FROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric)
 * WHERE old.link_number = n.link_number
 *   AND numrange(old.km_from, old.km_to, '[)') && numrange(n.km_from, n.km_to, '[)')
 *   AND old.valid_from < :validFrom!::date
 *   AND (old.valid_to IS NULL OR old.valid_to > :validFrom!::date)
 * RETURNING old.id
 * ```
 */
export const closeSuperseded = new PreparedQuery<ICloseSupersededParams,ICloseSupersededResult>(closeSupersededIR);


/** 'InsertSegments' parameters type */
export interface IInsertSegmentsParams {
  rows: Json;
  validFrom: DateOrString;
  versionId: string;
}

/** 'InsertSegments' return type */
export interface IInsertSegmentsResult {
  id: string;
}

/** 'InsertSegments' query type */
export interface IInsertSegmentsQuery {
  params: IInsertSegmentsParams;
  result: IInsertSegmentsResult;
}

const insertSegmentsIR: any = {"usedParamSet":{"versionId":true,"validFrom":true,"rows":true},"params":[{"name":"versionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":211}]},{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":392,"b":402}]},{"name":"rows","required":true,"transform":{"type":"scalar"},"locs":[{"a":434,"b":439}]}],"statement":"INSERT INTO road_segment (version_id, link_number, km_from, km_to, name, status, regency_code, district_code,\n  agency_id, geometry, min_lng, min_lat, max_lng, max_lat, source_note, valid_from)\nSELECT :versionId!::uuid, n.link_number, n.km_from, n.km_to, n.name, n.status, n.regency_code, n.district_code,\n  n.agency_id, n.geometry, n.min_lng, n.min_lat, n.max_lng, n.max_lat, n.source_note, :validFrom!::date\nFROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric, name text,\n  status text, regency_code text, district_code text, agency_id uuid, geometry jsonb, min_lng float8,\n  min_lat float8, max_lng float8, max_lat float8, source_note text)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO road_segment (version_id, link_number, km_from, km_to, name, status, regency_code, district_code,
 *   agency_id, geometry, min_lng, min_lat, max_lng, max_lat, source_note, valid_from)
 * SELECT :versionId!::uuid, n.link_number, n.km_from, n.km_to, n.name, n.status, n.regency_code, n.district_code,
 *   n.agency_id, n.geometry, n.min_lng, n.min_lat, n.max_lng, n.max_lat, n.source_note, :validFrom!::date
 * FROM jsonb_to_recordset(:rows!::jsonb) AS n(link_number text, km_from numeric, km_to numeric, name text,
 *   status text, regency_code text, district_code text, agency_id uuid, geometry jsonb, min_lng float8,
 *   min_lat float8, max_lng float8, max_lat float8, source_note text)
 * RETURNING id
 * ```
 */
export const insertSegments = new PreparedQuery<IInsertSegmentsParams,IInsertSegmentsResult>(insertSegmentsIR);


/** 'SegmentsInBox' parameters type */
export interface ISegmentsInBoxParams {
  asOf: DateOrString;
  limit: NumberOrString;
  maxLat: number;
  maxLng: number;
  minLat: number;
  minLng: number;
}

/** 'SegmentsInBox' return type */
export interface ISegmentsInBoxResult {
  agency_id: string;
  agency_short_name: string;
  district_code: string | null;
  geometry: Json;
  id: string;
  is_sample: boolean;
  km_from: string | null;
  km_to: string | null;
  link_number: string | null;
  name: string;
  regency_code: string | null;
  source_note: string | null;
  status: string;
  valid_from: string;
  valid_to: string | null;
  version_id: string;
}

/** 'SegmentsInBox' query type */
export interface ISegmentsInBoxQuery {
  params: ISegmentsInBoxParams;
  result: ISegmentsInBoxResult;
}

const segmentsInBoxIR: any = {"usedParamSet":{"minLng":true,"maxLng":true,"minLat":true,"maxLat":true,"asOf":true,"limit":true},"params":[{"name":"minLng","required":true,"transform":{"type":"scalar"},"locs":[{"a":432,"b":439}]},{"name":"maxLng","required":true,"transform":{"type":"scalar"},"locs":[{"a":458,"b":465}]},{"name":"minLat","required":true,"transform":{"type":"scalar"},"locs":[{"a":484,"b":491}]},{"name":"maxLat","required":true,"transform":{"type":"scalar"},"locs":[{"a":510,"b":517}]},{"name":"asOf","required":true,"transform":{"type":"scalar"},"locs":[{"a":541,"b":546},{"a":594,"b":599}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":628,"b":634}]}],"statement":"SELECT s.id, s.version_id, s.link_number, s.km_from, s.km_to, s.name, s.status, s.regency_code, s.district_code,\n  s.agency_id, a.short_name AS agency_short_name, s.geometry, to_char(s.valid_from, 'YYYY-MM-DD') AS \"valid_from!\",\n  to_char(s.valid_to, 'YYYY-MM-DD') AS valid_to, s.source_note, v.is_sample\nFROM road_segment s\nJOIN agency a ON a.id = s.agency_id\nJOIN road_registry_version v ON v.id = s.version_id\nWHERE s.max_lng >= :minLng! AND s.min_lng <= :maxLng! AND s.max_lat >= :minLat! AND s.min_lat <= :maxLat!\n  AND s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date)\nORDER BY s.id\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.id, s.version_id, s.link_number, s.km_from, s.km_to, s.name, s.status, s.regency_code, s.district_code,
 *   s.agency_id, a.short_name AS agency_short_name, s.geometry, to_char(s.valid_from, 'YYYY-MM-DD') AS "valid_from!",
 *   to_char(s.valid_to, 'YYYY-MM-DD') AS valid_to, s.source_note, v.is_sample
 * FROM road_segment s
 * JOIN agency a ON a.id = s.agency_id
 * JOIN road_registry_version v ON v.id = s.version_id
 * WHERE s.max_lng >= :minLng! AND s.min_lng <= :maxLng! AND s.max_lat >= :minLat! AND s.min_lat <= :maxLat!
 *   AND s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date)
 * ORDER BY s.id
 * LIMIT :limit!
 * ```
 */
export const segmentsInBox = new PreparedQuery<ISegmentsInBoxParams,ISegmentsInBoxResult>(segmentsInBoxIR);


/** 'RegistrySummary' parameters type */
export interface IRegistrySummaryParams {
  asOf: DateOrString;
}

/** 'RegistrySummary' return type */
export interface IRegistrySummaryResult {
  sample: boolean;
  total: number;
}

/** 'RegistrySummary' query type */
export interface IRegistrySummaryQuery {
  params: IRegistrySummaryParams;
  result: IRegistrySummaryResult;
}

const registrySummaryIR: any = {"usedParamSet":{"asOf":true},"params":[{"name":"asOf","required":true,"transform":{"type":"scalar"},"locs":[{"a":179,"b":184},{"a":232,"b":237}]}],"statement":"SELECT count(*)::int AS \"total!\", COALESCE(bool_or(v.is_sample), false) AS \"sample!\"\nFROM road_segment s JOIN road_registry_version v ON v.id = s.version_id\nWHERE s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "total!", COALESCE(bool_or(v.is_sample), false) AS "sample!"
 * FROM road_segment s JOIN road_registry_version v ON v.id = s.version_id
 * WHERE s.valid_from <= :asOf!::date AND (s.valid_to IS NULL OR s.valid_to > :asOf!::date)
 * ```
 */
export const registrySummary = new PreparedQuery<IRegistrySummaryParams,IRegistrySummaryResult>(registrySummaryIR);


/** 'CloseOutsideVersion' parameters type */
export interface ICloseOutsideVersionParams {
  validFrom: DateOrString;
  versionId: string;
}

/** 'CloseOutsideVersion' return type */
export interface ICloseOutsideVersionResult {
  id: string;
}

/** 'CloseOutsideVersion' query type */
export interface ICloseOutsideVersionQuery {
  params: ICloseOutsideVersionParams;
  result: ICloseOutsideVersionResult;
}

const closeOutsideVersionIR: any = {"usedParamSet":{"validFrom":true,"versionId":true},"params":[{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":225},{"a":290,"b":300},{"a":346,"b":356}]},{"name":"versionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":253,"b":263}]}],"statement":"-- \"Replace the whole network\": every row of other versions in force on the new version's first\n-- day ends that day (a network without link numbers cannot be matched row by row).\nUPDATE road_segment SET valid_to = :validFrom!::date\nWHERE version_id <> :versionId!::uuid\n  AND valid_from < :validFrom!::date\n  AND (valid_to IS NULL OR valid_to > :validFrom!::date)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * -- "Replace the whole network": every row of other versions in force on the new version's first
 * -- day ends that day (a network without link numbers cannot be matched row by row).
 * UPDATE road_segment SET valid_to = :validFrom!::date
 * WHERE version_id <> :versionId!::uuid
 *   AND valid_from < :validFrom!::date
 *   AND (valid_to IS NULL OR valid_to > :validFrom!::date)
 * RETURNING id
 * ```
 */
export const closeOutsideVersion = new PreparedQuery<ICloseOutsideVersionParams,ICloseOutsideVersionResult>(closeOutsideVersionIR);


/** 'LaterSegments' parameters type */
export interface ILaterSegmentsParams {
  validFrom: DateOrString;
  versionId: string;
}

/** 'LaterSegments' return type */
export interface ILaterSegmentsResult {
  count: number;
  last_valid_from: string | null;
}

/** 'LaterSegments' query type */
export interface ILaterSegmentsQuery {
  params: ILaterSegmentsParams;
  result: ILaterSegmentsResult;
}

const laterSegmentsIR: any = {"usedParamSet":{"validFrom":true,"versionId":true},"params":[{"name":"validFrom","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":240}]},{"name":"versionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":316,"b":326}]}],"statement":"-- Rows of the registry that start on or after a replacing version's first day: it cannot end them.\nSELECT count(*)::int AS \"count!\", to_char(max(valid_from), 'YYYY-MM-DD') AS last_valid_from\nFROM road_segment\nWHERE valid_from >= :validFrom!::date AND (valid_to IS NULL OR valid_to > valid_from)\n  AND version_id <> :versionId!::uuid"};

/**
 * Query generated from SQL:
 * ```
 * -- Rows of the registry that start on or after a replacing version's first day: it cannot end them.
 * SELECT count(*)::int AS "count!", to_char(max(valid_from), 'YYYY-MM-DD') AS last_valid_from
 * FROM road_segment
 * WHERE valid_from >= :validFrom!::date AND (valid_to IS NULL OR valid_to > valid_from)
 *   AND version_id <> :versionId!::uuid
 * ```
 */
export const laterSegments = new PreparedQuery<ILaterSegmentsParams,ILaterSegmentsResult>(laterSegmentsIR);


/** 'SampleVersionExists' parameters type */
export type ISampleVersionExistsParams = void;

/** 'SampleVersionExists' return type */
export interface ISampleVersionExistsResult {
  id: string;
}

/** 'SampleVersionExists' query type */
export interface ISampleVersionExistsQuery {
  params: ISampleVersionExistsParams;
  result: ISampleVersionExistsResult;
}

const sampleVersionExistsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id FROM road_registry_version WHERE is_sample LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM road_registry_version WHERE is_sample LIMIT 1
 * ```
 */
export const sampleVersionExists = new PreparedQuery<ISampleVersionExistsParams,ISampleVersionExistsResult>(sampleVersionExistsIR);


