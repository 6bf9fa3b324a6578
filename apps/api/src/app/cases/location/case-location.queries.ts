/** Types generated for queries found in "apps/api/src/app/cases/location/case-location.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'LockLocationCase' parameters type */
export interface ILockLocationCaseParams {
  caseId: string;
}

/** 'LockLocationCase' return type */
export interface ILockLocationCaseResult {
  contact: string | null;
  number: string;
  status: string;
  status_before_hold: string | null;
}

/** 'LockLocationCase' query type */
export interface ILockLocationCaseQuery {
  params: ILockLocationCaseParams;
  result: ILockLocationCaseResult;
}

const lockLocationCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":212,"b":219}]}],"statement":"SELECT c.number, c.status, c.status_before_hold,\n  (SELECT r.reporter_contact FROM case_report r WHERE r.case_id = c.id AND NOT r.anonymous ORDER BY r.created_at LIMIT 1) AS \"contact?\"\nFROM \"case\" c WHERE c.id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number, c.status, c.status_before_hold,
 *   (SELECT r.reporter_contact FROM case_report r WHERE r.case_id = c.id AND NOT r.anonymous ORDER BY r.created_at LIMIT 1) AS "contact?"
 * FROM "case" c WHERE c.id = :caseId! FOR UPDATE
 * ```
 */
export const lockLocationCase = new PreparedQuery<ILockLocationCaseParams,ILockLocationCaseResult>(lockLocationCaseIR);


/** 'InsertLocationRequest' parameters type */
export interface IInsertLocationRequestParams {
  caseId: string;
  createdBy: string;
  days: number;
  tokenHash: string;
}

/** 'InsertLocationRequest' return type */
export interface IInsertLocationRequestResult {
  expires_at: Date;
}

/** 'InsertLocationRequest' query type */
export interface IInsertLocationRequestQuery {
  params: IInsertLocationRequestParams;
  result: IInsertLocationRequestResult;
}

const insertLocationRequestIR: any = {"usedParamSet":{"tokenHash":true,"caseId":true,"createdBy":true,"days":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":93}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":103}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":116}]},{"name":"days","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":154}]}],"statement":"INSERT INTO location_request (token_hash, case_id, created_by, expires_at)\nVALUES (:tokenHash!, :caseId!, :createdBy!, now() + make_interval(days => :days!)) RETURNING expires_at                                                                                       "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO location_request (token_hash, case_id, created_by, expires_at)
 * VALUES (:tokenHash!, :caseId!, :createdBy!, now() + make_interval(days => :days!)) RETURNING expires_at                                                                                       
 * ```
 */
export const insertLocationRequest = new PreparedQuery<IInsertLocationRequestParams,IInsertLocationRequestResult>(insertLocationRequestIR);


/** 'PublicLocationRequest' parameters type */
export interface IPublicLocationRequestParams {
  tokenHash: string;
}

/** 'PublicLocationRequest' return type */
export interface IPublicLocationRequestResult {
  answered_at: Date | null;
  expires_at: Date;
  number: string;
  title: string;
}

/** 'PublicLocationRequest' query type */
export interface IPublicLocationRequestQuery {
  params: IPublicLocationRequestParams;
  result: IPublicLocationRequestResult;
}

const publicLocationRequestIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":210}]}],"statement":"SELECT c.number, CASE WHEN c.ever_confidential THEN c.number ELSE c.title END AS \"title!\",\n  l.expires_at, l.answered_at\nFROM location_request l JOIN \"case\" c ON c.id = l.case_id\nWHERE l.token_hash = :tokenHash! AND l.expires_at > now()"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number, CASE WHEN c.ever_confidential THEN c.number ELSE c.title END AS "title!",
 *   l.expires_at, l.answered_at
 * FROM location_request l JOIN "case" c ON c.id = l.case_id
 * WHERE l.token_hash = :tokenHash! AND l.expires_at > now()
 * ```
 */
export const publicLocationRequest = new PreparedQuery<IPublicLocationRequestParams,IPublicLocationRequestResult>(publicLocationRequestIR);


/** 'AnswerLocationLink' parameters type */
export interface IAnswerLocationLinkParams {
  answer: Json;
  tokenHash: string;
}

/** 'AnswerLocationLink' return type */
export interface IAnswerLocationLinkResult {
  case_id: string;
}

/** 'AnswerLocationLink' query type */
export interface IAnswerLocationLinkQuery {
  params: IAnswerLocationLinkParams;
  result: IAnswerLocationLinkResult;
}

const answerLocationLinkIR: any = {"usedParamSet":{"answer":true,"tokenHash":true},"params":[{"name":"answer","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":96}]}],"statement":"UPDATE location_request SET answered_at = now(), answer = :answer!\nWHERE token_hash = :tokenHash! AND expires_at > now() AND answered_at IS NULL RETURNING case_id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE location_request SET answered_at = now(), answer = :answer!
 * WHERE token_hash = :tokenHash! AND expires_at > now() AND answered_at IS NULL RETURNING case_id
 * ```
 */
export const answerLocationLink = new PreparedQuery<IAnswerLocationLinkParams,IAnswerLocationLinkResult>(answerLocationLinkIR);


/** 'LocationLinkAnswered' parameters type */
export interface ILocationLinkAnsweredParams {
  tokenHash: string;
}

/** 'LocationLinkAnswered' return type */
export interface ILocationLinkAnsweredResult {
  answered_at: Date | null;
}

/** 'LocationLinkAnswered' query type */
export interface ILocationLinkAnsweredQuery {
  params: ILocationLinkAnsweredParams;
  result: ILocationLinkAnsweredResult;
}

const locationLinkAnsweredIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":70}]}],"statement":"SELECT answered_at FROM location_request WHERE token_hash = :tokenHash! AND expires_at > now()                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * SELECT answered_at FROM location_request WHERE token_hash = :tokenHash! AND expires_at > now()                                                                                              
 * ```
 */
export const locationLinkAnswered = new PreparedQuery<ILocationLinkAnsweredParams,ILocationLinkAnsweredResult>(locationLinkAnsweredIR);


/** 'LocationExtras' parameters type */
export interface ILocationExtrasParams {
  caseId: string;
}

/** 'LocationExtras' return type */
export interface ILocationExtrasResult {
  area_source: string | null;
  location_landmark: string | null;
}

/** 'LocationExtras' query type */
export interface ILocationExtrasQuery {
  params: ILocationExtrasParams;
  result: ILocationExtrasResult;
}

const locationExtrasIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":68}]}],"statement":"SELECT location_landmark, area_source FROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT location_landmark, area_source FROM "case" WHERE id = :caseId!
 * ```
 */
export const locationExtras = new PreparedQuery<ILocationExtrasParams,ILocationExtrasResult>(locationExtrasIR);


