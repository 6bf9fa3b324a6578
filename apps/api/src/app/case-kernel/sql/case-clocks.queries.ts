/** Types generated for queries found in "apps/api/src/app/case-kernel/sql/case-clocks.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'ClockedCase' parameters type */
export interface IClockedCaseParams {
  caseId: string;
}

/** 'ClockedCase' return type */
export interface IClockedCaseResult {
  category: string;
  channel: string;
  has_location: boolean;
  has_point: boolean;
  id: string;
  kind: string;
  road_status: string | null;
  status: string;
}

/** 'ClockedCase' query type */
export interface IClockedCaseQuery {
  params: IClockedCaseParams;
  result: IClockedCaseResult;
}

const clockedCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":364,"b":371}]}],"statement":"SELECT c.id, c.category, c.channel, c.status, a.kind, c.road_status, c.lat IS NOT NULL AS \"has_point!\",\n  (c.location_text IS NOT NULL OR c.lat IS NOT NULL OR c.village_code IS NOT NULL OR c.district_code IS NOT NULL) AS \"has_location!\"\nFROM \"case\" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' JOIN agency a ON a.id = p.agency_id\nWHERE c.id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id, c.category, c.channel, c.status, a.kind, c.road_status, c.lat IS NOT NULL AS "has_point!",
 *   (c.location_text IS NOT NULL OR c.lat IS NOT NULL OR c.village_code IS NOT NULL OR c.district_code IS NOT NULL) AS "has_location!"
 * FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' JOIN agency a ON a.id = p.agency_id
 * WHERE c.id = :caseId!
 * ```
 */
export const clockedCase = new PreparedQuery<IClockedCaseParams,IClockedCaseResult>(clockedCaseIR);


/** 'PauseClocks' parameters type */
export interface IPauseClocksParams {
  at: DateOrString;
  caseId: string;
}

/** 'PauseClocks' return type */
export type IPauseClocksResult = void;

/** 'PauseClocks' query type */
export interface IPauseClocksQuery {
  params: IPauseClocksParams;
  result: IPauseClocksResult;
}

const pauseClocksIR: any = {"usedParamSet":{"at":true,"caseId":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":89}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":158}]}],"statement":"UPDATE case_clock SET pauses = pauses || jsonb_build_array(jsonb_build_object('from', :at!::timestamptz, 'to', null)), deadline = NULL\nWHERE case_id = :caseId! AND completed_at IS NULL AND clock <> 'needs_information'\n  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(pauses) p WHERE p->>'to' IS NULL)"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET pauses = pauses || jsonb_build_array(jsonb_build_object('from', :at!::timestamptz, 'to', null)), deadline = NULL
 * WHERE case_id = :caseId! AND completed_at IS NULL AND clock <> 'needs_information'
 *   AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(pauses) p WHERE p->>'to' IS NULL)
 * ```
 */
export const pauseClocks = new PreparedQuery<IPauseClocksParams,IPauseClocksResult>(pauseClocksIR);


/** 'ResumeClocks' parameters type */
export interface IResumeClocksParams {
  at: DateOrString;
  caseId: string;
}

/** 'ResumeClocks' return type */
export type IResumeClocksResult = void;

/** 'ResumeClocks' query type */
export interface IResumeClocksQuery {
  params: IResumeClocksParams;
  result: IResumeClocksResult;
}

const resumeClocksIR: any = {"usedParamSet":{"at":true,"caseId":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":117}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":201,"b":208}]}],"statement":"UPDATE case_clock SET pauses = (\n  SELECT jsonb_agg(CASE WHEN p->>'to' IS NULL THEN jsonb_set(p, '{to}', to_jsonb(:at!::timestamptz)) ELSE p END)\n  FROM jsonb_array_elements(pauses) p)\nWHERE case_id = :caseId! AND completed_at IS NULL AND jsonb_array_length(pauses) > 0"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET pauses = (
 *   SELECT jsonb_agg(CASE WHEN p->>'to' IS NULL THEN jsonb_set(p, '{to}', to_jsonb(:at!::timestamptz)) ELSE p END)
 *   FROM jsonb_array_elements(pauses) p)
 * WHERE case_id = :caseId! AND completed_at IS NULL AND jsonb_array_length(pauses) > 0
 * ```
 */
export const resumeClocks = new PreparedQuery<IResumeClocksParams,IResumeClocksResult>(resumeClocksIR);


/** 'CompleteClocks' parameters type */
export interface ICompleteClocksParams {
  at: DateOrString;
  caseId: string;
  clocks: stringArray;
}

/** 'CompleteClocks' return type */
export type ICompleteClocksResult = void;

/** 'CompleteClocks' query type */
export interface ICompleteClocksQuery {
  params: ICompleteClocksParams;
  result: ICompleteClocksResult;
}

const completeClocksIR: any = {"usedParamSet":{"at":true,"caseId":true,"clocks":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":40}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"clocks","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":90}]}],"statement":"UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = ANY(:clocks!) AND completed_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = ANY(:clocks!) AND completed_at IS NULL
 * ```
 */
export const completeClocks = new PreparedQuery<ICompleteClocksParams,ICompleteClocksResult>(completeClocksIR);


/** 'RunningClocks' parameters type */
export interface IRunningClocksParams {
  caseId: string;
}

/** 'RunningClocks' return type */
export interface IRunningClocksResult {
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

/** 'RunningClocks' query type */
export interface IRunningClocksQuery {
  params: IRunningClocksParams;
  result: IRunningClocksResult;
}

const runningClocksIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":48}]}],"statement":"SELECT * FROM case_clock WHERE case_id = :caseId! AND completed_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM case_clock WHERE case_id = :caseId! AND completed_at IS NULL
 * ```
 */
export const runningClocks = new PreparedQuery<IRunningClocksParams,IRunningClocksResult>(runningClocksIR);


/** 'ClocksOfCase' parameters type */
export interface IClocksOfCaseParams {
  caseId: string;
}

/** 'ClocksOfCase' return type */
export interface IClocksOfCaseResult {
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

/** 'ClocksOfCase' query type */
export interface IClocksOfCaseQuery {
  params: IClocksOfCaseParams;
  result: IClocksOfCaseResult;
}

const clocksOfCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":48}]}],"statement":"SELECT * FROM case_clock WHERE case_id = :caseId! ORDER BY started_at, clock"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM case_clock WHERE case_id = :caseId! ORDER BY started_at, clock
 * ```
 */
export const clocksOfCase = new PreparedQuery<IClocksOfCaseParams,IClocksOfCaseResult>(clocksOfCaseIR);


/** 'StopClock' parameters type */
export interface IStopClockParams {
  at: DateOrString;
  caseId: string;
  clock: string;
}

/** 'StopClock' return type */
export type IStopClockResult = void;

/** 'StopClock' query type */
export interface IStopClockQuery {
  params: IStopClockParams;
  result: IStopClockResult;
}

const stopClockIR: any = {"usedParamSet":{"at":true,"caseId":true,"clock":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":40}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":85}]}],"statement":"UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = :clock!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = :clock!
 * ```
 */
export const stopClock = new PreparedQuery<IStopClockParams,IStopClockResult>(stopClockIR);


/** 'ChangeClockLimit' parameters type */
export interface IChangeClockLimitParams {
  amount: NumberOrString;
  caseId: string;
  clock: string;
  kind: string;
}

/** 'ChangeClockLimit' return type */
export type IChangeClockLimitResult = void;

/** 'ChangeClockLimit' query type */
export interface IChangeClockLimitQuery {
  params: IChangeClockLimitParams;
  result: IChangeClockLimitResult;
}

const changeClockLimitIR: any = {"usedParamSet":{"kind":true,"amount":true,"caseId":true,"clock":true},"params":[{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":29,"b":34}]},{"name":"amount","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":53}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":78}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":98}]}],"statement":"UPDATE case_clock SET kind = :kind!, amount = :amount! WHERE case_id = :caseId! AND clock = :clock!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET kind = :kind!, amount = :amount! WHERE case_id = :caseId! AND clock = :clock!
 * ```
 */
export const changeClockLimit = new PreparedQuery<IChangeClockLimitParams,IChangeClockLimitResult>(changeClockLimitIR);


/** 'StartClock' parameters type */
export interface IStartClockParams {
  amount: NumberOrString;
  at: DateOrString;
  caseId: string;
  clock: string;
  kind: string;
}

/** 'StartClock' return type */
export type IStartClockResult = void;

/** 'StartClock' query type */
export interface IStartClockQuery {
  params: IStartClockParams;
  result: IStartClockResult;
}

const startClockIR: any = {"usedParamSet":{"caseId":true,"clock":true,"kind":true,"amount":true,"at":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":90}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":98}]},{"name":"amount","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":108}]},{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":114}]}],"statement":"INSERT INTO case_clock (case_id, clock, kind, amount, started_at) VALUES (:caseId!, :clock!, :kind!, :amount!, :at!)\nON CONFLICT (case_id, clock) DO UPDATE SET started_at = EXCLUDED.started_at, pauses = '[]',\n  completed_at = NULL, escalated_at = NULL, kind = EXCLUDED.kind, amount = EXCLUDED.amount\nWHERE case_clock.completed_at IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_clock (case_id, clock, kind, amount, started_at) VALUES (:caseId!, :clock!, :kind!, :amount!, :at!)
 * ON CONFLICT (case_id, clock) DO UPDATE SET started_at = EXCLUDED.started_at, pauses = '[]',
 *   completed_at = NULL, escalated_at = NULL, kind = EXCLUDED.kind, amount = EXCLUDED.amount
 * WHERE case_clock.completed_at IS NOT NULL
 * ```
 */
export const startClock = new PreparedQuery<IStartClockParams,IStartClockResult>(startClockIR);


/** 'StoreDeadline' parameters type */
export interface IStoreDeadlineParams {
  caseId: string;
  clock: string;
  deadline?: DateOrString | null | void;
}

/** 'StoreDeadline' return type */
export type IStoreDeadlineResult = void;

/** 'StoreDeadline' query type */
export interface IStoreDeadlineQuery {
  params: IStoreDeadlineParams;
  result: IStoreDeadlineResult;
}

const storeDeadlineIR: any = {"usedParamSet":{"deadline":true,"caseId":true,"clock":true},"params":[{"name":"deadline","required":false,"transform":{"type":"scalar"},"locs":[{"a":33,"b":41}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":59,"b":66}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":86}]}],"statement":"UPDATE case_clock SET deadline = :deadline WHERE case_id = :caseId! AND clock = :clock!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET deadline = :deadline WHERE case_id = :caseId! AND clock = :clock!
 * ```
 */
export const storeDeadline = new PreparedQuery<IStoreDeadlineParams,IStoreDeadlineResult>(storeDeadlineIR);


/** 'CalendarOverrides' parameters type */
export type ICalendarOverridesParams = void;

/** 'CalendarOverrides' return type */
export interface ICalendarOverridesResult {
  date: string;
  kind: string;
  name: string | null;
}

/** 'CalendarOverrides' query type */
export interface ICalendarOverridesQuery {
  params: ICalendarOverridesParams;
  result: ICalendarOverridesResult;
}

const calendarOverridesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT to_char(date, 'YYYY-MM-DD') AS \"date!\", kind, name FROM calendar_override ORDER BY date"};

/**
 * Query generated from SQL:
 * ```
 * SELECT to_char(date, 'YYYY-MM-DD') AS "date!", kind, name FROM calendar_override ORDER BY date
 * ```
 */
export const calendarOverrides = new PreparedQuery<ICalendarOverridesParams,ICalendarOverridesResult>(calendarOverridesIR);


/** 'ClocksAroundDay' parameters type */
export interface IClocksAroundDayParams {
  afterCase?: string | null | void;
  afterClock: string;
  day: DateOrString;
  limit: NumberOrString;
}

/** 'ClocksAroundDay' return type */
export interface IClocksAroundDayResult {
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

/** 'ClocksAroundDay' query type */
export interface IClocksAroundDayQuery {
  params: IClocksAroundDayParams;
  result: IClocksAroundDayResult;
}

const clocksAroundDayIR: any = {"usedParamSet":{"day":true,"afterCase":true,"afterClock":true,"limit":true},"params":[{"name":"day","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":100},{"a":127,"b":131}]},{"name":"afterCase","required":false,"transform":{"type":"scalar"},"locs":[{"a":150,"b":159},{"a":198,"b":207}]},{"name":"afterClock","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":227}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":276}]}],"statement":"SELECT * FROM case_clock\nWHERE completed_at IS NULL AND deadline IS NOT NULL\n  AND started_at < :day!::date + 2 AND deadline > :day!::date - 1\n  AND (:afterCase::uuid IS NULL OR (case_id, clock) > (:afterCase::uuid, :afterClock!::varchar))\nORDER BY case_id, clock LIMIT :limit! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM case_clock
 * WHERE completed_at IS NULL AND deadline IS NOT NULL
 *   AND started_at < :day!::date + 2 AND deadline > :day!::date - 1
 *   AND (:afterCase::uuid IS NULL OR (case_id, clock) > (:afterCase::uuid, :afterClock!::varchar))
 * ORDER BY case_id, clock LIMIT :limit! FOR UPDATE
 * ```
 */
export const clocksAroundDay = new PreparedQuery<IClocksAroundDayParams,IClocksAroundDayResult>(clocksAroundDayIR);


/** 'DueClocks' parameters type */
export interface IDueClocksParams {
  minutes: number;
}

/** 'DueClocks' return type */
export interface IDueClocksResult {
  case_id: string;
  clock: string;
  deadline: Date;
}

/** 'DueClocks' query type */
export interface IDueClocksQuery {
  params: IDueClocksParams;
  result: IDueClocksResult;
}

const dueClocksIR: any = {"usedParamSet":{"minutes":true},"params":[{"name":"minutes","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":169}]}],"statement":"SELECT case_id, clock, deadline AS \"deadline!\" FROM case_clock\nWHERE completed_at IS NULL AND escalated_at IS NULL AND deadline <= now() + make_interval(mins => :minutes!)\nORDER BY deadline LIMIT 10000"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id, clock, deadline AS "deadline!" FROM case_clock
 * WHERE completed_at IS NULL AND escalated_at IS NULL AND deadline <= now() + make_interval(mins => :minutes!)
 * ORDER BY deadline LIMIT 10000
 * ```
 */
export const dueClocks = new PreparedQuery<IDueClocksParams,IDueClocksResult>(dueClocksIR);


/** 'LockDueClock' parameters type */
export interface ILockDueClockParams {
  caseId: string;
  clock: string;
}

/** 'LockDueClock' return type */
export interface ILockDueClockResult {
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

/** 'LockDueClock' query type */
export interface ILockDueClockQuery {
  params: ILockDueClockParams;
  result: ILockDueClockResult;
}

const lockDueClockIR: any = {"usedParamSet":{"caseId":true,"clock":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":48}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":68}]}],"statement":"SELECT * FROM case_clock\nWHERE case_id = :caseId! AND clock = :clock! AND completed_at IS NULL AND escalated_at IS NULL FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT * FROM case_clock
 * WHERE case_id = :caseId! AND clock = :clock! AND completed_at IS NULL AND escalated_at IS NULL FOR UPDATE
 * ```
 */
export const lockDueClock = new PreparedQuery<ILockDueClockParams,ILockDueClockResult>(lockDueClockIR);


/** 'LockCaseStatus' parameters type */
export interface ILockCaseStatusParams {
  caseId: string;
}

/** 'LockCaseStatus' return type */
export interface ILockCaseStatusResult {
  status: string;
  status_before_hold: string | null;
}

/** 'LockCaseStatus' query type */
export interface ILockCaseStatusQuery {
  params: ILockCaseStatusParams;
  result: ILockCaseStatusResult;
}

const lockCaseStatusIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":64}]}],"statement":"SELECT status, status_before_hold FROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT status, status_before_hold FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockCaseStatus = new PreparedQuery<ILockCaseStatusParams,ILockCaseStatusResult>(lockCaseStatusIR);


/** 'EscalateClock' parameters type */
export interface IEscalateClockParams {
  at: DateOrString;
  caseId: string;
  clock: string;
}

/** 'EscalateClock' return type */
export type IEscalateClockResult = void;

/** 'EscalateClock' query type */
export interface IEscalateClockQuery {
  params: IEscalateClockParams;
  result: IEscalateClockResult;
}

const escalateClockIR: any = {"usedParamSet":{"at":true,"caseId":true,"clock":true},"params":[{"name":"at","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":40}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":85}]}],"statement":"UPDATE case_clock SET escalated_at = :at! WHERE case_id = :caseId! AND clock = :clock!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_clock SET escalated_at = :at! WHERE case_id = :caseId! AND clock = :clock!
 * ```
 */
export const escalateClock = new PreparedQuery<IEscalateClockParams,IEscalateClockResult>(escalateClockIR);


