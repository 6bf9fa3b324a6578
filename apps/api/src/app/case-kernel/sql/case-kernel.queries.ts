/** Types generated for queries found in "apps/api/src/app/case-kernel/sql/case-kernel.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'LoadCase' parameters type */
export interface ILoadCaseParams {
  caseId: string;
}

/** 'LoadCase' return type */
export interface ILoadCaseResult {
  category: string;
  channel: string;
  classification: string;
  created_at: Date;
  description: string;
  district_code: string | null;
  id: string;
  incident_date: string | null;
  intake_agency_id: string;
  lat: number | null;
  lead_agency_id: string;
  lead_agency_short_name: string;
  lng: number | null;
  location_confidence: string;
  location_source: string | null;
  location_text: string | null;
  location_updated_at: Date | null;
  number: string;
  priority: string;
  province_code: string | null;
  regency_code: string | null;
  status: string;
  status_before_hold: string | null;
  tags: stringArray;
  title: string;
  updated_at: Date;
  version: number;
  village_code: string | null;
}

/** 'LoadCase' query type */
export interface ILoadCaseQuery {
  params: ILoadCaseParams;
  result: ILoadCaseResult;
}

const loadCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":635,"b":642}]}],"statement":"SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,\n  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,\n  c.location_confidence, c.location_source, c.location_updated_at,\n  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,\n  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name\nFROM \"case\" c\n  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'\n  JOIN agency la ON la.id = lp.agency_id\nWHERE c.id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
 *   c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
 *   c.location_confidence, c.location_source, c.location_updated_at,
 *   c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
 *   c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name
 * FROM "case" c
 *   JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
 *   JOIN agency la ON la.id = lp.agency_id
 * WHERE c.id = :caseId!
 * ```
 */
export const loadCase = new PreparedQuery<ILoadCaseParams,ILoadCaseResult>(loadCaseIR);


/** 'LockCase' parameters type */
export interface ILockCaseParams {
  caseId: string;
}

/** 'LockCase' return type */
export interface ILockCaseResult {
  category: string;
  channel: string;
  classification: string;
  created_at: Date;
  description: string;
  district_code: string | null;
  id: string;
  incident_date: string | null;
  intake_agency_id: string;
  lat: number | null;
  lead_agency_id: string;
  lead_agency_short_name: string;
  lng: number | null;
  location_confidence: string;
  location_source: string | null;
  location_text: string | null;
  location_updated_at: Date | null;
  number: string;
  priority: string;
  province_code: string | null;
  regency_code: string | null;
  status: string;
  status_before_hold: string | null;
  tags: stringArray;
  title: string;
  updated_at: Date;
  version: number;
  village_code: string | null;
}

/** 'LockCase' query type */
export interface ILockCaseQuery {
  params: ILockCaseParams;
  result: ILockCaseResult;
}

const lockCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":635,"b":642}]}],"statement":"SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,\n  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,\n  c.location_confidence, c.location_source, c.location_updated_at,\n  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,\n  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name\nFROM \"case\" c\n  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'\n  JOIN agency la ON la.id = lp.agency_id\nWHERE c.id = :caseId!\nFOR UPDATE OF c"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
 *   c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
 *   c.location_confidence, c.location_source, c.location_updated_at,
 *   c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
 *   c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name
 * FROM "case" c
 *   JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
 *   JOIN agency la ON la.id = lp.agency_id
 * WHERE c.id = :caseId!
 * FOR UPDATE OF c
 * ```
 */
export const lockCase = new PreparedQuery<ILockCaseParams,ILockCaseResult>(lockCaseIR);


/** 'CaseRelations' parameters type */
export interface ICaseRelationsParams {
  agencyId: string;
  caseId: string;
  role?: string | null | void;
}

/** 'CaseRelations' return type */
export interface ICaseRelationsResult {
  relations: stringArray | null;
}

/** 'CaseRelations' query type */
export interface ICaseRelationsQuery {
  params: ICaseRelationsParams;
  result: ICaseRelationsResult;
}

const caseRelationsIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"role":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":36}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":48}]},{"name":"role","required":false,"transform":{"type":"scalar"},"locs":[{"a":51,"b":55}]}],"statement":"SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS relations"};

/**
 * Query generated from SQL:
 * ```
 * SELECT simpul_case_relations(:caseId!, :agencyId!, :role) AS relations
 * ```
 */
export const caseRelations = new PreparedQuery<ICaseRelationsParams,ICaseRelationsResult>(caseRelationsIR);


/** 'MergedInto' parameters type */
export interface IMergedIntoParams {
  caseId: string;
}

/** 'MergedInto' return type */
export interface IMergedIntoResult {
  id: string;
  merged_at: Date;
  number: string;
  title: string;
}

/** 'MergedInto' query type */
export interface IMergedIntoQuery {
  params: IMergedIntoParams;
  result: IMergedIntoResult;
}

const mergedIntoIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":140}]}],"statement":"SELECT s.id, s.number, s.title, c.merged_at AS \"merged_at!\" FROM \"case\" c JOIN \"case\" s ON s.id = c.merged_into_case_id\nWHERE c.id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.id, s.number, s.title, c.merged_at AS "merged_at!" FROM "case" c JOIN "case" s ON s.id = c.merged_into_case_id
 * WHERE c.id = :caseId!
 * ```
 */
export const mergedInto = new PreparedQuery<IMergedIntoParams,IMergedIntoResult>(mergedIntoIR);


/** 'MergedFrom' parameters type */
export interface IMergedFromParams {
  caseId: string;
}

/** 'MergedFrom' return type */
export interface IMergedFromResult {
  id: string;
  merged_at: Date;
  number: string;
  title: string;
}

/** 'MergedFrom' query type */
export interface IMergedFromQuery {
  params: IMergedFromParams;
  result: IMergedFromResult;
}

const mergedFromIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":111}]}],"statement":"SELECT d.id, d.number, d.title, d.merged_at AS \"merged_at!\" FROM \"case\" d WHERE d.merged_into_case_id = :caseId!\nORDER BY d.merged_at, d.number"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id, d.number, d.title, d.merged_at AS "merged_at!" FROM "case" d WHERE d.merged_into_case_id = :caseId!
 * ORDER BY d.merged_at, d.number
 * ```
 */
export const mergedFrom = new PreparedQuery<IMergedFromParams,IMergedFromResult>(mergedFromIR);


/** 'MergeTarget' parameters type */
export interface IMergeTargetParams {
  caseId: string;
}

/** 'MergeTarget' return type */
export interface IMergeTargetResult {
  number: string | null;
}

/** 'MergeTarget' query type */
export interface IMergeTargetQuery {
  params: IMergeTargetParams;
  result: IMergeTargetResult;
}

const mergeTargetIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":107,"b":114}]}],"statement":"SELECT s.number AS \"number?\" FROM \"case\" c LEFT JOIN \"case\" s ON s.id = c.merged_into_case_id\nWHERE c.id = :caseId! AND c.merged_into_case_id IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.number AS "number?" FROM "case" c LEFT JOIN "case" s ON s.id = c.merged_into_case_id
 * WHERE c.id = :caseId! AND c.merged_into_case_id IS NOT NULL
 * ```
 */
export const mergeTarget = new PreparedQuery<IMergeTargetParams,IMergeTargetResult>(mergeTargetIR);


/** 'ReserveEventSeq' parameters type */
export interface IReserveEventSeqParams {
  caseId: string;
}

/** 'ReserveEventSeq' return type */
export interface IReserveEventSeqResult {
  seq: number;
}

/** 'ReserveEventSeq' query type */
export interface IReserveEventSeqQuery {
  params: IReserveEventSeqParams;
  result: IReserveEventSeqResult;
}

const reserveEventSeqIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":78}]}],"statement":"UPDATE \"case\" SET \"last_event_seq\" = \"last_event_seq\" + 1 WHERE \"id\" = :caseId! RETURNING \"last_event_seq\" AS seq"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "case" SET "last_event_seq" = "last_event_seq" + 1 WHERE "id" = :caseId! RETURNING "last_event_seq" AS seq
 * ```
 */
export const reserveEventSeq = new PreparedQuery<IReserveEventSeqParams,IReserveEventSeqResult>(reserveEventSeqIR);


/** 'InsertEvent' parameters type */
export interface IInsertEventParams {
  actorAgencyId?: string | null | void;
  actorUserId?: string | null | void;
  after?: Json | null | void;
  before?: Json | null | void;
  caseId: string;
  seq: number;
  type: string;
}

/** 'InsertEvent' return type */
export type IInsertEventResult = void;

/** 'InsertEvent' query type */
export interface IInsertEventQuery {
  params: IInsertEventParams;
  result: IInsertEventResult;
}

const insertEventIR: any = {"usedParamSet":{"caseId":true,"seq":true,"type":true,"actorUserId":true,"actorAgencyId":true,"before":true,"after":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":138},{"a":254,"b":261}]},{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":145}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":153}]},{"name":"actorUserId","required":false,"transform":{"type":"scalar"},"locs":[{"a":156,"b":167}]},{"name":"actorAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":170,"b":183}]},{"name":"before","required":false,"transform":{"type":"scalar"},"locs":[{"a":186,"b":192}]},{"name":"after","required":false,"transform":{"type":"scalar"},"locs":[{"a":195,"b":200}]}],"statement":"INSERT INTO \"case_event\" (\"case_id\", \"seq\", \"type\", \"actor_user_id\", \"actor_agency_id\", \"before\", \"after\", \"case_version\")\nVALUES (:caseId!, :seq!, :type!, :actorUserId, :actorAgencyId, :before, :after,\n  (SELECT c.\"version\" FROM \"case\" c WHERE c.\"id\" = :caseId!))                                                                                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "case_event" ("case_id", "seq", "type", "actor_user_id", "actor_agency_id", "before", "after", "case_version")
 * VALUES (:caseId!, :seq!, :type!, :actorUserId, :actorAgencyId, :before, :after,
 *   (SELECT c."version" FROM "case" c WHERE c."id" = :caseId!))                                                                                                                                                         
 * ```
 */
export const insertEvent = new PreparedQuery<IInsertEventParams,IInsertEventResult>(insertEventIR);


/** 'FactEventsSince' parameters type */
export interface IFactEventsSinceParams {
  baseVersion: number;
  caseId: string;
  types: readonly (string)[];
}

/** 'FactEventsSince' return type */
export interface IFactEventsSinceResult {
  actor_agency_id: string | null;
  actor_agency_short_name: string | null;
  actor_name: string | null;
  actor_user_id: string | null;
  after: Json | null;
  at: Date;
  seq: number;
  type: string;
}

/** 'FactEventsSince' query type */
export interface IFactEventsSinceQuery {
  params: IFactEventsSinceParams;
  result: IFactEventsSinceResult;
}

const factEventsSinceIR: any = {"usedParamSet":{"caseId":true,"baseVersion":true,"types":true},"params":[{"name":"types","required":true,"transform":{"type":"array_spread"},"locs":[{"a":341,"b":347}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":283,"b":290}]},{"name":"baseVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":325}]}],"statement":"SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS \"actor_name?\", e.actor_agency_id,\n  a.short_name AS \"actor_agency_short_name?\", e.after\nFROM \"case_event\" e\n  LEFT JOIN \"app_user\" u ON u.id = e.actor_user_id\n  LEFT JOIN \"agency\" a ON a.id = e.actor_agency_id\nWHERE e.case_id = :caseId! AND e.case_version > :baseVersion! AND e.type IN :types!\nORDER BY e.seq"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS "actor_name?", e.actor_agency_id,
 *   a.short_name AS "actor_agency_short_name?", e.after
 * FROM "case_event" e
 *   LEFT JOIN "app_user" u ON u.id = e.actor_user_id
 *   LEFT JOIN "agency" a ON a.id = e.actor_agency_id
 * WHERE e.case_id = :caseId! AND e.case_version > :baseVersion! AND e.type IN :types!
 * ORDER BY e.seq
 * ```
 */
export const factEventsSince = new PreparedQuery<IFactEventsSinceParams,IFactEventsSinceResult>(factEventsSinceIR);


/** 'EventsAfter' parameters type */
export interface IEventsAfterParams {
  afterSeq: number;
  caseId: string;
  limit: NumberOrString;
}

/** 'EventsAfter' return type */
export interface IEventsAfterResult {
  actor_agency_id: string | null;
  actor_name: string | null;
  actor_user_id: string | null;
  after: Json | null;
  at: Date;
  before: Json | null;
  seq: number;
  type: string;
}

/** 'EventsAfter' query type */
export interface IEventsAfterQuery {
  params: IEventsAfterParams;
  result: IEventsAfterResult;
}

const eventsAfterIR: any = {"usedParamSet":{"caseId":true,"afterSeq":true,"limit":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":201}]},{"name":"afterSeq","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":224}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":247,"b":253}]}],"statement":"SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS \"actor_name?\", e.actor_agency_id, e.before, e.after\nFROM \"case_event\" e LEFT JOIN \"app_user\" u ON u.id = e.actor_user_id\nWHERE e.case_id = :caseId! AND e.seq > :afterSeq! ORDER BY e.seq LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.seq, e.at, e.type, e.actor_user_id, u.name AS "actor_name?", e.actor_agency_id, e.before, e.after
 * FROM "case_event" e LEFT JOIN "app_user" u ON u.id = e.actor_user_id
 * WHERE e.case_id = :caseId! AND e.seq > :afterSeq! ORDER BY e.seq LIMIT :limit!
 * ```
 */
export const eventsAfter = new PreparedQuery<IEventsAfterParams,IEventsAfterResult>(eventsAfterIR);


