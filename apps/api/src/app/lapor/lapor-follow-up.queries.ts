/** Types generated for queries found in "apps/api/src/app/lapor/lapor-follow-up.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LatestFollowUp' parameters type */
export interface ILatestFollowUpParams {
  caseId: string;
}

/** 'LatestFollowUp' return type */
export interface ILatestFollowUpResult {
  agency_name: string | null;
  at: Date;
  note: string | null;
  number: string;
  seq: number;
}

/** 'LatestFollowUp' query type */
export interface ILatestFollowUpQuery {
  params: ILatestFollowUpParams;
  result: ILatestFollowUpResult;
}

const latestFollowUpIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":205}]}],"statement":"SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS \"agency_name?\", c.number\nFROM case_event e\nJOIN \"case\" c ON c.id = e.case_id\nLEFT JOIN agency a ON a.id = e.actor_agency_id\nWHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'\nORDER BY e.seq DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS "agency_name?", c.number
 * FROM case_event e
 * JOIN "case" c ON c.id = e.case_id
 * LEFT JOIN agency a ON a.id = e.actor_agency_id
 * WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
 * ORDER BY e.seq DESC LIMIT 1
 * ```
 */
export const latestFollowUp = new PreparedQuery<ILatestFollowUpParams,ILatestFollowUpResult>(latestFollowUpIR);


/** 'FollowUpAt' parameters type */
export interface IFollowUpAtParams {
  caseId: string;
  seq: number;
}

/** 'FollowUpAt' return type */
export interface IFollowUpAtResult {
  agency_name: string | null;
  at: Date;
  note: string | null;
  number: string;
  seq: number;
}

/** 'FollowUpAt' query type */
export interface IFollowUpAtQuery {
  params: IFollowUpAtParams;
  result: IFollowUpAtResult;
}

const followUpAtIR: any = {"usedParamSet":{"caseId":true,"seq":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":205}]},{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":293,"b":297}]}],"statement":"SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS \"agency_name?\", c.number\nFROM case_event e\nJOIN \"case\" c ON c.id = e.case_id\nLEFT JOIN agency a ON a.id = e.actor_agency_id\nWHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'\n  AND e.seq = :seq!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.seq, e.at, e.after->>'note' AS note, a.name AS "agency_name?", c.number
 * FROM case_event e
 * JOIN "case" c ON c.id = e.case_id
 * LEFT JOIN agency a ON a.id = e.actor_agency_id
 * WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
 *   AND e.seq = :seq!
 * ```
 */
export const followUpAt = new PreparedQuery<IFollowUpAtParams,IFollowUpAtResult>(followUpAtIR);


/** 'LockCase' parameters type */
export interface ILockCaseParams {
  caseId: string;
}

/** 'LockCase' return type */
export interface ILockCaseResult {
  id: string;
}

/** 'LockCase' query type */
export interface ILockCaseQuery {
  params: ILockCaseParams;
  result: ILockCaseResult;
}

const lockCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]}],"statement":"SELECT id FROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockCase = new PreparedQuery<ILockCaseParams,ILockCaseResult>(lockCaseIR);


/** 'LaporTrackingId' parameters type */
export interface ILaporTrackingIdParams {
  caseId: string;
}

/** 'LaporTrackingId' return type */
export interface ILaporTrackingIdResult {
  tracking_id: string;
}

/** 'LaporTrackingId' query type */
export interface ILaporTrackingIdQuery {
  params: ILaporTrackingIdParams;
  result: ILaporTrackingIdResult;
}

const laporTrackingIdIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":77}]}],"statement":"SELECT tracking_id AS \"tracking_id!\" FROM case_report WHERE case_id = :caseId! AND tracking_id IS NOT NULL\nORDER BY created_at LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT tracking_id AS "tracking_id!" FROM case_report WHERE case_id = :caseId! AND tracking_id IS NOT NULL
 * ORDER BY created_at LIMIT 1
 * ```
 */
export const laporTrackingId = new PreparedQuery<ILaporTrackingIdParams,ILaporTrackingIdResult>(laporTrackingIdIR);


/** 'FollowUpPosted' parameters type */
export interface IFollowUpPostedParams {
  caseId: string;
  seq: string;
}

/** 'FollowUpPosted' return type */
export interface IFollowUpPostedResult {
  at: Date;
  name: string | null;
}

/** 'FollowUpPosted' query type */
export interface IFollowUpPostedQuery {
  params: IFollowUpPostedParams;
  result: IFollowUpPostedResult;
}

const followUpPostedIR: any = {"usedParamSet":{"caseId":true,"seq":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":121}]},{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":196,"b":200}]}],"statement":"SELECT e.at, u.name AS \"name?\" FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_user_id\nWHERE e.case_id = :caseId! AND e.type = 'case.lapor_follow_up_posted' AND e.after->>'followUpSeq' = :seq!::text\nORDER BY e.seq LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.at, u.name AS "name?" FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
 * WHERE e.case_id = :caseId! AND e.type = 'case.lapor_follow_up_posted' AND e.after->>'followUpSeq' = :seq!::text
 * ORDER BY e.seq LIMIT 1
 * ```
 */
export const followUpPosted = new PreparedQuery<IFollowUpPostedParams,IFollowUpPostedResult>(followUpPostedIR);


