/** Types generated for queries found in "apps/api/src/app/leaders/leaders.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'ScopeOfAgency' parameters type */
export interface IScopeOfAgencyParams {
  agencyId: string;
}

/** 'ScopeOfAgency' return type */
export interface IScopeOfAgencyResult {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
  relation: string;
  shortName: string;
}

/** 'ScopeOfAgency' query type */
export interface IScopeOfAgencyQuery {
  params: IScopeOfAgencyParams;
  result: IScopeOfAgencyResult;
}

const scopeOfAgencyIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":78},{"a":303,"b":312},{"a":576,"b":585}]}],"statement":"WITH RECURSIVE subtree AS (\n  SELECT a.id FROM agency a WHERE a.id = :agencyId!\n  UNION\n  SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id\n)\nSELECT a.id AS \"id!\", a.short_name AS \"shortName!\", a.name AS \"name!\", a.kind AS \"kind!\",\n       a.parent_id AS \"parentId\",\n       CASE WHEN a.id = :agencyId! THEN 'self'\n            WHEN a.id IN (SELECT id FROM subtree) THEN 'unit'\n            ELSE 'coordinated' END AS \"relation!\"\nFROM agency a\nWHERE a.id IN (SELECT id FROM subtree)\n   OR a.id IN (SELECT coordinated_id FROM agency_coordination WHERE coordinator_id = :agencyId!)\nORDER BY a.short_name"};

/**
 * Query generated from SQL:
 * ```
 * WITH RECURSIVE subtree AS (
 *   SELECT a.id FROM agency a WHERE a.id = :agencyId!
 *   UNION
 *   SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id
 * )
 * SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!", a.kind AS "kind!",
 *        a.parent_id AS "parentId",
 *        CASE WHEN a.id = :agencyId! THEN 'self'
 *             WHEN a.id IN (SELECT id FROM subtree) THEN 'unit'
 *             ELSE 'coordinated' END AS "relation!"
 * FROM agency a
 * WHERE a.id IN (SELECT id FROM subtree)
 *    OR a.id IN (SELECT coordinated_id FROM agency_coordination WHERE coordinator_id = :agencyId!)
 * ORDER BY a.short_name
 * ```
 */
export const scopeOfAgency = new PreparedQuery<IScopeOfAgencyParams,IScopeOfAgencyResult>(scopeOfAgencyIR);


/** 'AllAgencies' parameters type */
export type IAllAgenciesParams = void;

/** 'AllAgencies' return type */
export interface IAllAgenciesResult {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
  relation: string;
  shortName: string;
}

/** 'AllAgencies' query type */
export interface IAllAgenciesQuery {
  params: IAllAgenciesParams;
  result: IAllAgenciesResult;
}

const allAgenciesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT a.id AS \"id!\", a.short_name AS \"shortName!\", a.name AS \"name!\", a.kind AS \"kind!\",\n       a.parent_id AS \"parentId\", 'installation' AS \"relation!\"\nFROM agency a ORDER BY a.short_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!", a.kind AS "kind!",
 *        a.parent_id AS "parentId", 'installation' AS "relation!"
 * FROM agency a ORDER BY a.short_name
 * ```
 */
export const allAgencies = new PreparedQuery<IAllAgenciesParams,IAllAgenciesResult>(allAgenciesIR);


/** 'SubtreeOfAgency' parameters type */
export interface ISubtreeOfAgencyParams {
  agencyId: string;
}

/** 'SubtreeOfAgency' return type */
export interface ISubtreeOfAgencyResult {
  id: string;
}

/** 'SubtreeOfAgency' query type */
export interface ISubtreeOfAgencyQuery {
  params: ISubtreeOfAgencyParams;
  result: ISubtreeOfAgencyResult;
}

const subtreeOfAgencyIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":78}]}],"statement":"WITH RECURSIVE subtree AS (\n  SELECT a.id FROM agency a WHERE a.id = :agencyId!\n  UNION\n  SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id\n)\nSELECT id AS \"id!\" FROM subtree"};

/**
 * Query generated from SQL:
 * ```
 * WITH RECURSIVE subtree AS (
 *   SELECT a.id FROM agency a WHERE a.id = :agencyId!
 *   UNION
 *   SELECT c.id FROM agency c JOIN subtree s ON c.parent_id = s.id
 * )
 * SELECT id AS "id!" FROM subtree
 * ```
 */
export const subtreeOfAgency = new PreparedQuery<ISubtreeOfAgencyParams,ISubtreeOfAgencyResult>(subtreeOfAgencyIR);


/** 'AgencyExists' parameters type */
export interface IAgencyExistsParams {
  agencyId: string;
}

/** 'AgencyExists' return type */
export interface IAgencyExistsResult {
  count: number;
}

/** 'AgencyExists' query type */
export interface IAgencyExistsQuery {
  params: IAgencyExistsParams;
  result: IAgencyExistsResult;
}

const agencyExistsIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":56,"b":65}]}],"statement":"SELECT count(*)::int AS \"count!\" FROM agency WHERE id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!" FROM agency WHERE id = :agencyId!
 * ```
 */
export const agencyExists = new PreparedQuery<IAgencyExistsParams,IAgencyExistsResult>(agencyExistsIR);


/** 'OpenCasesHeld' parameters type */
export interface IOpenCasesHeldParams {
  agencies: stringArray;
  category?: string | null | void;
  regency?: string | null | void;
}

/** 'OpenCasesHeld' return type */
export interface IOpenCasesHeldResult {
  agencyId: string;
  caseId: string;
  createdAt: Date;
  lastEventAt: Date | null;
  locationConfidence: string;
  status: string;
}

/** 'OpenCasesHeld' query type */
export interface IOpenCasesHeldQuery {
  params: IOpenCasesHeldParams;
  result: IOpenCasesHeldResult;
}

const openCasesHeldIR: any = {"usedParamSet":{"agencies":true,"regency":true,"category":true},"params":[{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":348,"b":357}]},{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":422,"b":429},{"a":465,"b":472}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":482,"b":490},{"a":522,"b":530}]}],"statement":"SELECT c.id AS \"caseId!\", c.status AS \"status!\", p.agency_id AS \"agencyId!\",\n       c.created_at AS \"createdAt!\", c.location_confidence AS \"locationConfidence!\",\n       (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id) AS \"lastEventAt\"\nFROM \"case\" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'\nWHERE p.agency_id = ANY(:agencies!::uuid[])\n  AND c.status NOT IN ('resolved', 'archived')\n  AND (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id AS "caseId!", c.status AS "status!", p.agency_id AS "agencyId!",
 *        c.created_at AS "createdAt!", c.location_confidence AS "locationConfidence!",
 *        (SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id) AS "lastEventAt"
 * FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
 * WHERE p.agency_id = ANY(:agencies!::uuid[])
 *   AND c.status NOT IN ('resolved', 'archived')
 *   AND (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 * ```
 */
export const openCasesHeld = new PreparedQuery<IOpenCasesHeldParams,IOpenCasesHeldResult>(openCasesHeldIR);


/** 'ClocksOfCases' parameters type */
export interface IClocksOfCasesParams {
  caseIds: stringArray;
}

/** 'ClocksOfCases' return type */
export interface IClocksOfCasesResult {
  amount: string;
  case_id: string;
  clock: string;
  completed_at: Date | null;
  deadline: Date | null;
  escalated_at: Date | null;
  kind: string;
  pauses: Json;
  started_at: Date;
}

/** 'ClocksOfCases' query type */
export interface IClocksOfCasesQuery {
  params: IClocksOfCasesParams;
  result: IClocksOfCasesResult;
}

const clocksOfCasesIR: any = {"usedParamSet":{"caseIds":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":51,"b":59}]}],"statement":"SELECT k.* FROM case_clock k WHERE k.case_id = ANY(:caseIds!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT k.* FROM case_clock k WHERE k.case_id = ANY(:caseIds!::uuid[])
 * ```
 */
export const clocksOfCases = new PreparedQuery<IClocksOfCasesParams,IClocksOfCasesResult>(clocksOfCasesIR);


/** 'WaitingHandoffs' parameters type */
export interface IWaitingHandoffsParams {
  agencies: stringArray;
  category?: string | null | void;
  regency?: string | null | void;
}

/** 'WaitingHandoffs' return type */
export interface IWaitingHandoffsResult {
  caseId: string;
  proposedAt: Date;
  status: string;
}

/** 'WaitingHandoffs' query type */
export interface IWaitingHandoffsQuery {
  params: IWaitingHandoffsParams;
  result: IWaitingHandoffsResult;
}

const waitingHandoffsIR: any = {"usedParamSet":{"agencies":true,"regency":true,"category":true},"params":[{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":215},{"a":250,"b":259},{"a":331,"b":340}]},{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":360,"b":367},{"a":403,"b":410}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":420,"b":428},{"a":460,"b":468}]}],"statement":"SELECT h.case_id AS \"caseId!\", h.status AS \"status!\", h.proposed_at AS \"proposedAt!\"\nFROM case_handoff h JOIN \"case\" c ON c.id = h.case_id\nWHERE h.status IN ('open', 'frozen')\n  AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[])\n       OR (h.status = 'frozen' AND h.arbiter_agency_id = ANY(:agencies!::uuid[])))\n  AND (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.case_id AS "caseId!", h.status AS "status!", h.proposed_at AS "proposedAt!"
 * FROM case_handoff h JOIN "case" c ON c.id = h.case_id
 * WHERE h.status IN ('open', 'frozen')
 *   AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[])
 *        OR (h.status = 'frozen' AND h.arbiter_agency_id = ANY(:agencies!::uuid[])))
 *   AND (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 * ```
 */
export const waitingHandoffs = new PreparedQuery<IWaitingHandoffsParams,IWaitingHandoffsResult>(waitingHandoffsIR);


/** 'HandoffFlow' parameters type */
export interface IHandoffFlowParams {
  agencies: stringArray;
  category?: string | null | void;
  end: DateOrString;
  regency?: string | null | void;
  start: DateOrString;
}

/** 'HandoffFlow' return type */
export interface IHandoffFlowResult {
  accepted: number;
  declined: number;
  expired: number;
  fromAgencyId: string;
  frozen: number;
  proposed: number;
  toAgencyId: string;
  withdrawn: number;
}

/** 'HandoffFlow' query type */
export interface IHandoffFlowQuery {
  params: IHandoffFlowParams;
  result: IHandoffFlowResult;
}

const handoffFlowIR: any = {"usedParamSet":{"start":true,"end":true,"agencies":true,"regency":true,"category":true},"params":[{"name":"start","required":true,"transform":{"type":"scalar"},"locs":[{"a":573,"b":579}]},{"name":"end","required":true,"transform":{"type":"scalar"},"locs":[{"a":601,"b":605}]},{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":637,"b":646},{"a":681,"b":690}]},{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":709,"b":716},{"a":752,"b":759}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":769,"b":777},{"a":809,"b":817}]}],"statement":"SELECT h.from_agency_id AS \"fromAgencyId!\", h.to_agency_id AS \"toAgencyId!\",\n       count(*)::int AS \"proposed!\",\n       count(*) FILTER (WHERE h.status = 'accepted')::int AS \"accepted!\",\n       count(*) FILTER (WHERE h.status = 'declined')::int AS \"declined!\",\n       count(*) FILTER (WHERE h.status = 'withdrawn')::int AS \"withdrawn!\",\n       count(*) FILTER (WHERE h.status = 'expired')::int AS \"expired!\",\n       count(*) FILTER (WHERE h.status IN ('frozen', 'arbitrated'))::int AS \"frozen!\"\nFROM case_handoff h JOIN \"case\" c ON c.id = h.case_id\nWHERE h.proposed_at >= :start! AND h.proposed_at < :end!\n  AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[]))\n  AND (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)\nGROUP BY h.from_agency_id, h.to_agency_id\nORDER BY 3 DESC, 1, 2"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.from_agency_id AS "fromAgencyId!", h.to_agency_id AS "toAgencyId!",
 *        count(*)::int AS "proposed!",
 *        count(*) FILTER (WHERE h.status = 'accepted')::int AS "accepted!",
 *        count(*) FILTER (WHERE h.status = 'declined')::int AS "declined!",
 *        count(*) FILTER (WHERE h.status = 'withdrawn')::int AS "withdrawn!",
 *        count(*) FILTER (WHERE h.status = 'expired')::int AS "expired!",
 *        count(*) FILTER (WHERE h.status IN ('frozen', 'arbitrated'))::int AS "frozen!"
 * FROM case_handoff h JOIN "case" c ON c.id = h.case_id
 * WHERE h.proposed_at >= :start! AND h.proposed_at < :end!
 *   AND (h.from_agency_id = ANY(:agencies!::uuid[]) OR h.to_agency_id = ANY(:agencies!::uuid[]))
 *   AND (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 * GROUP BY h.from_agency_id, h.to_agency_id
 * ORDER BY 3 DESC, 1, 2
 * ```
 */
export const handoffFlow = new PreparedQuery<IHandoffFlowParams,IHandoffFlowResult>(handoffFlowIR);


/** 'StintsInPeriod' parameters type */
export interface IStintsInPeriodParams {
  agencies: stringArray;
  category?: string | null | void;
  end: DateOrString;
  regency?: string | null | void;
  start: DateOrString;
}

/** 'StintsInPeriod' return type */
export interface IStintsInPeriodResult {
  agencyId: string;
  caseId: string;
  endedAt: Date | null;
  startedAt: Date;
}

/** 'StintsInPeriod' query type */
export interface IStintsInPeriodQuery {
  params: IStintsInPeriodParams;
  result: IStintsInPeriodResult;
}

const stintsInPeriodIR: any = {"usedParamSet":{"agencies":true,"end":true,"start":true,"regency":true,"category":true},"params":[{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":197}]},{"name":"end","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":233}]},{"name":"start","required":true,"transform":{"type":"scalar"},"locs":[{"a":275,"b":281}]},{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":291,"b":298},{"a":334,"b":341}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":351,"b":359},{"a":391,"b":399}]}],"statement":"SELECT h.case_id AS \"caseId!\", h.agency_id AS \"agencyId!\", h.started_at AS \"startedAt!\", h.ended_at AS \"endedAt\"\nFROM case_hand h JOIN \"case\" c ON c.id = h.case_id\nWHERE h.agency_id = ANY(:agencies!::uuid[])\n  AND h.started_at < :end! AND (h.ended_at IS NULL OR h.ended_at > :start!)\n  AND (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.case_id AS "caseId!", h.agency_id AS "agencyId!", h.started_at AS "startedAt!", h.ended_at AS "endedAt"
 * FROM case_hand h JOIN "case" c ON c.id = h.case_id
 * WHERE h.agency_id = ANY(:agencies!::uuid[])
 *   AND h.started_at < :end! AND (h.ended_at IS NULL OR h.ended_at > :start!)
 *   AND (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 * ```
 */
export const stintsInPeriod = new PreparedQuery<IStintsInPeriodParams,IStintsInPeriodResult>(stintsInPeriodIR);


/** 'CasesActiveInPeriod' parameters type */
export interface ICasesActiveInPeriodParams {
  agencies: stringArray;
  category?: string | null | void;
  end: DateOrString;
  regency?: string | null | void;
  start: DateOrString;
}

/** 'CasesActiveInPeriod' return type */
export interface ICasesActiveInPeriodResult {
  caseId: string;
  createdAt: Date;
}

/** 'CasesActiveInPeriod' query type */
export interface ICasesActiveInPeriodQuery {
  params: ICasesActiveInPeriodParams;
  result: ICasesActiveInPeriodResult;
}

const casesActiveInPeriodIR: any = {"usedParamSet":{"regency":true,"category":true,"agencies":true,"end":true,"start":true},"params":[{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":76,"b":83},{"a":119,"b":126}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":136,"b":144},{"a":176,"b":184}]},{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":286,"b":295}]},{"name":"end","required":true,"transform":{"type":"scalar"},"locs":[{"a":325,"b":329},{"a":383,"b":387},{"a":562,"b":566}]},{"name":"start","required":true,"transform":{"type":"scalar"},"locs":[{"a":356,"b":362},{"a":543,"b":549}]}],"statement":"SELECT c.id AS \"caseId!\", c.created_at AS \"createdAt!\"\nFROM \"case\" c\nWHERE (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)\n  AND EXISTS (SELECT 1 FROM case_hand h\n              WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]) AND h.started_at < :end!)\n  AND ((c.created_at >= :start! AND c.created_at < :end!)\n       OR EXISTS (SELECT 1 FROM case_event e\n                  WHERE e.case_id = c.id AND e.type = 'case.status_changed'\n                    AND e.at >= :start! AND e.at < :end!\n                    AND e.after->>'action' IN ('verify', 'route', 'follow_up', 'resolve')))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id AS "caseId!", c.created_at AS "createdAt!"
 * FROM "case" c
 * WHERE (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 *   AND EXISTS (SELECT 1 FROM case_hand h
 *               WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]) AND h.started_at < :end!)
 *   AND ((c.created_at >= :start! AND c.created_at < :end!)
 *        OR EXISTS (SELECT 1 FROM case_event e
 *                   WHERE e.case_id = c.id AND e.type = 'case.status_changed'
 *                     AND e.at >= :start! AND e.at < :end!
 *                     AND e.after->>'action' IN ('verify', 'route', 'follow_up', 'resolve')))
 * ```
 */
export const casesActiveInPeriod = new PreparedQuery<ICasesActiveInPeriodParams,ICasesActiveInPeriodResult>(casesActiveInPeriodIR);


/** 'CoveredStintsOfCases' parameters type */
export interface ICoveredStintsOfCasesParams {
  agencies: stringArray;
  caseIds: stringArray;
}

/** 'CoveredStintsOfCases' return type */
export interface ICoveredStintsOfCasesResult {
  agencyId: string;
  caseId: string;
  endedAt: Date | null;
  startedAt: Date;
}

/** 'CoveredStintsOfCases' query type */
export interface ICoveredStintsOfCasesQuery {
  params: ICoveredStintsOfCasesParams;
  result: ICoveredStintsOfCasesResult;
}

const coveredStintsOfCasesIR: any = {"usedParamSet":{"caseIds":true,"agencies":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":160}]},{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":202}]}],"statement":"SELECT h.case_id AS \"caseId!\", h.agency_id AS \"agencyId!\", h.started_at AS \"startedAt!\", h.ended_at AS \"endedAt\"\nFROM case_hand h\nWHERE h.case_id = ANY(:caseIds!::uuid[]) AND h.agency_id = ANY(:agencies!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.case_id AS "caseId!", h.agency_id AS "agencyId!", h.started_at AS "startedAt!", h.ended_at AS "endedAt"
 * FROM case_hand h
 * WHERE h.case_id = ANY(:caseIds!::uuid[]) AND h.agency_id = ANY(:agencies!::uuid[])
 * ```
 */
export const coveredStintsOfCases = new PreparedQuery<ICoveredStintsOfCasesParams,ICoveredStintsOfCasesResult>(coveredStintsOfCasesIR);


/** 'TransitionsOfCases' parameters type */
export interface ITransitionsOfCasesParams {
  caseIds: stringArray;
}

/** 'TransitionsOfCases' return type */
export interface ITransitionsOfCasesResult {
  action: string;
  at: Date;
  caseId: string;
  fromStatus: string | null;
  toStatus: string;
}

/** 'TransitionsOfCases' query type */
export interface ITransitionsOfCasesQuery {
  params: ITransitionsOfCasesParams;
  result: ITransitionsOfCasesResult;
}

const transitionsOfCasesIR: any = {"usedParamSet":{"caseIds":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":205}]}],"statement":"SELECT e.case_id AS \"caseId!\", e.at AS \"at!\", e.after->>'action' AS \"action!\",\n       e.after->>'status' AS \"toStatus!\", e.before->>'status' AS \"fromStatus\"\nFROM case_event e\nWHERE e.case_id = ANY(:caseIds!::uuid[]) AND e.type = 'case.status_changed'\nORDER BY e.case_id, e.seq"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.case_id AS "caseId!", e.at AS "at!", e.after->>'action' AS "action!",
 *        e.after->>'status' AS "toStatus!", e.before->>'status' AS "fromStatus"
 * FROM case_event e
 * WHERE e.case_id = ANY(:caseIds!::uuid[]) AND e.type = 'case.status_changed'
 * ORDER BY e.case_id, e.seq
 * ```
 */
export const transitionsOfCases = new PreparedQuery<ITransitionsOfCasesParams,ITransitionsOfCasesResult>(transitionsOfCasesIR);


/** 'RatingsInPeriod' parameters type */
export interface IRatingsInPeriodParams {
  agencies: stringArray;
  category?: string | null | void;
  end: DateOrString;
  regency?: string | null | void;
  start: DateOrString;
}

/** 'RatingsInPeriod' return type */
export interface IRatingsInPeriodResult {
  caseId: string;
  stars: number;
}

/** 'RatingsInPeriod' query type */
export interface IRatingsInPeriodQuery {
  params: IRatingsInPeriodParams;
  result: IRatingsInPeriodResult;
}

const ratingsInPeriodIR: any = {"usedParamSet":{"start":true,"end":true,"regency":true,"category":true,"agencies":true},"params":[{"name":"start","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":134}]},{"name":"end","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":157}]},{"name":"regency","required":false,"transform":{"type":"scalar"},"locs":[{"a":166,"b":173},{"a":209,"b":216}]},{"name":"category","required":false,"transform":{"type":"scalar"},"locs":[{"a":226,"b":234},{"a":266,"b":274}]},{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":362,"b":371}]}],"statement":"SELECT r.case_id AS \"caseId!\", r.stars AS \"stars!\"\nFROM reporter_rating r JOIN \"case\" c ON c.id = r.case_id\nWHERE r.rated_at >= :start! AND r.rated_at < :end!\n  AND (:regency::text IS NULL OR c.regency_code = :regency)\n  AND (:category::text IS NULL OR c.category = :category)\n  AND EXISTS (SELECT 1 FROM case_hand h WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.case_id AS "caseId!", r.stars AS "stars!"
 * FROM reporter_rating r JOIN "case" c ON c.id = r.case_id
 * WHERE r.rated_at >= :start! AND r.rated_at < :end!
 *   AND (:regency::text IS NULL OR c.regency_code = :regency)
 *   AND (:category::text IS NULL OR c.category = :category)
 *   AND EXISTS (SELECT 1 FROM case_hand h WHERE h.case_id = c.id AND h.agency_id = ANY(:agencies!::uuid[]))
 * ```
 */
export const ratingsInPeriod = new PreparedQuery<IRatingsInPeriodParams,IRatingsInPeriodResult>(ratingsInPeriodIR);


/** 'ThresholdsOf' parameters type */
export interface IThresholdsOfParams {
  agencies: stringArray;
}

/** 'ThresholdsOf' return type */
export interface IThresholdsOfResult {
  agencyId: string;
  dueSoonFraction: number;
  dueSoonMinWorkingDays: number;
  stalledWorkingDays: number;
}

/** 'ThresholdsOf' query type */
export interface IThresholdsOfQuery {
  params: IThresholdsOfParams;
  result: IThresholdsOfResult;
}

const thresholdsOfIR: any = {"usedParamSet":{"agencies":true},"params":[{"name":"agencies","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":242}]}],"statement":"SELECT agency_id AS \"agencyId!\", due_soon_fraction AS \"dueSoonFraction!\",\n       due_soon_min_working_days AS \"dueSoonMinWorkingDays!\", stalled_working_days AS \"stalledWorkingDays!\"\nFROM agency_leader_threshold WHERE agency_id = ANY(:agencies!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT agency_id AS "agencyId!", due_soon_fraction AS "dueSoonFraction!",
 *        due_soon_min_working_days AS "dueSoonMinWorkingDays!", stalled_working_days AS "stalledWorkingDays!"
 * FROM agency_leader_threshold WHERE agency_id = ANY(:agencies!::uuid[])
 * ```
 */
export const thresholdsOf = new PreparedQuery<IThresholdsOfParams,IThresholdsOfResult>(thresholdsOfIR);


/** 'SaveThresholds' parameters type */
export interface ISaveThresholdsParams {
  agencyId: string;
  dueSoonFraction: number;
  dueSoonMinWorkingDays: number;
  stalledWorkingDays: number;
  userId: string;
}

/** 'SaveThresholds' return type */
export type ISaveThresholdsResult = void;

/** 'SaveThresholds' query type */
export interface ISaveThresholdsQuery {
  params: ISaveThresholdsParams;
  result: ISaveThresholdsResult;
}

const saveThresholdsIR: any = {"usedParamSet":{"agencyId":true,"dueSoonFraction":true,"dueSoonMinWorkingDays":true,"stalledWorkingDays":true,"userId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":145}]},{"name":"dueSoonFraction","required":true,"transform":{"type":"scalar"},"locs":[{"a":148,"b":164}]},{"name":"dueSoonMinWorkingDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":167,"b":189}]},{"name":"stalledWorkingDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":211}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":221}]}],"statement":"INSERT INTO agency_leader_threshold (agency_id, due_soon_fraction, due_soon_min_working_days, stalled_working_days, updated_by)\nVALUES (:agencyId!, :dueSoonFraction!, :dueSoonMinWorkingDays!, :stalledWorkingDays!, :userId!)\nON CONFLICT (agency_id) DO UPDATE SET due_soon_fraction = EXCLUDED.due_soon_fraction,\n  due_soon_min_working_days = EXCLUDED.due_soon_min_working_days,\n  stalled_working_days = EXCLUDED.stalled_working_days,\n  updated_by = EXCLUDED.updated_by, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO agency_leader_threshold (agency_id, due_soon_fraction, due_soon_min_working_days, stalled_working_days, updated_by)
 * VALUES (:agencyId!, :dueSoonFraction!, :dueSoonMinWorkingDays!, :stalledWorkingDays!, :userId!)
 * ON CONFLICT (agency_id) DO UPDATE SET due_soon_fraction = EXCLUDED.due_soon_fraction,
 *   due_soon_min_working_days = EXCLUDED.due_soon_min_working_days,
 *   stalled_working_days = EXCLUDED.stalled_working_days,
 *   updated_by = EXCLUDED.updated_by, updated_at = now()
 * ```
 */
export const saveThresholds = new PreparedQuery<ISaveThresholdsParams,ISaveThresholdsResult>(saveThresholdsIR);


