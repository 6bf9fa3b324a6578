/** Types generated for queries found in "apps/api/src/app/reporter/reporter-tracking.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReportCaseNumber' parameters type */
export interface IReportCaseNumberParams {
  caseId: string;
  reportId: string;
}

/** 'ReportCaseNumber' return type */
export interface IReportCaseNumberResult {
  number: string;
}

/** 'ReportCaseNumber' query type */
export interface IReportCaseNumberQuery {
  params: IReportCaseNumberParams;
  result: IReportCaseNumberResult;
}

const reportCaseNumberIR: any = {"usedParamSet":{"reportId":true,"caseId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":91}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":116}]}],"statement":"SELECT c.number FROM case_report r JOIN \"case\" c ON c.id = r.case_id WHERE r.id = :reportId! AND r.case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number FROM case_report r JOIN "case" c ON c.id = r.case_id WHERE r.id = :reportId! AND r.case_id = :caseId!
 * ```
 */
export const reportCaseNumber = new PreparedQuery<IReportCaseNumberParams,IReportCaseNumberResult>(reportCaseNumberIR);


/** 'IssueTracking' parameters type */
export interface IIssueTrackingParams {
  caseId: string;
  issuedBy: string;
  reportId: string;
  tokenHash: string;
}

/** 'IssueTracking' return type */
export interface IIssueTrackingResult {
  issued_at: Date;
  replaced: boolean;
}

/** 'IssueTracking' query type */
export interface IIssueTrackingQuery {
  params: IIssueTrackingParams;
  result: IIssueTrackingResult;
}

const issueTrackingIR: any = {"usedParamSet":{"reportId":true,"caseId":true,"tokenHash":true,"issuedBy":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":89}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":92,"b":99}]},{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":112}]},{"name":"issuedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":124}]}],"statement":"INSERT INTO report_tracking (report_id, case_id, token_hash, issued_by)\nVALUES (:reportId!, :caseId!, :tokenHash!, :issuedBy!)\nON CONFLICT (report_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, case_id = EXCLUDED.case_id,\n  issued_by = EXCLUDED.issued_by, issued_at = now()\nRETURNING issued_at, (xmax <> 0) AS \"replaced!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO report_tracking (report_id, case_id, token_hash, issued_by)
 * VALUES (:reportId!, :caseId!, :tokenHash!, :issuedBy!)
 * ON CONFLICT (report_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, case_id = EXCLUDED.case_id,
 *   issued_by = EXCLUDED.issued_by, issued_at = now()
 * RETURNING issued_at, (xmax <> 0) AS "replaced!"
 * ```
 */
export const issueTracking = new PreparedQuery<IIssueTrackingParams,IIssueTrackingResult>(issueTrackingIR);


/** 'ConfirmTracking' parameters type */
export interface IConfirmTrackingParams {
  reportId: string;
}

/** 'ConfirmTracking' return type */
export type IConfirmTrackingResult = void;

/** 'ConfirmTracking' query type */
export interface IConfirmTrackingQuery {
  params: IConfirmTrackingParams;
  result: IConfirmTrackingResult;
}

const confirmTrackingIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":95}]}],"statement":"UPDATE report_tracking SET confirmed_at = now(), disputed_at = NULL WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_tracking SET confirmed_at = now(), disputed_at = NULL WHERE report_id = :reportId!
 * ```
 */
export const confirmTracking = new PreparedQuery<IConfirmTrackingParams,IConfirmTrackingResult>(confirmTrackingIR);


/** 'DisputeTracking' parameters type */
export interface IDisputeTrackingParams {
  reportId: string;
}

/** 'DisputeTracking' return type */
export type IDisputeTrackingResult = void;

/** 'DisputeTracking' query type */
export interface IDisputeTrackingQuery {
  params: IDisputeTrackingParams;
  result: IDisputeTrackingResult;
}

const disputeTrackingIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":95}]}],"statement":"UPDATE report_tracking SET disputed_at = now(), confirmed_at = NULL WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE report_tracking SET disputed_at = now(), confirmed_at = NULL WHERE report_id = :reportId!
 * ```
 */
export const disputeTracking = new PreparedQuery<IDisputeTrackingParams,IDisputeTrackingResult>(disputeTrackingIR);


/** 'PreviousRating' parameters type */
export interface IPreviousRatingParams {
  reportId: string;
}

/** 'PreviousRating' return type */
export interface IPreviousRatingResult {
  stars: number;
}

/** 'PreviousRating' query type */
export interface IPreviousRatingQuery {
  params: IPreviousRatingParams;
  result: IPreviousRatingResult;
}

const previousRatingIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":61}]}],"statement":"SELECT stars FROM reporter_rating WHERE report_id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT stars FROM reporter_rating WHERE report_id = :reportId!
 * ```
 */
export const previousRating = new PreparedQuery<IPreviousRatingParams,IPreviousRatingResult>(previousRatingIR);


/** 'RateCase' parameters type */
export interface IRateCaseParams {
  caseId: string;
  comment?: string | null | void;
  reportId: string;
  stars: number;
}

/** 'RateCase' return type */
export type IRateCaseResult = void;

/** 'RateCase' query type */
export interface IRateCaseQuery {
  params: IRateCaseParams;
  result: IRateCaseResult;
}

const rateCaseIR: any = {"usedParamSet":{"reportId":true,"caseId":true,"stars":true,"comment":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":82}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":92}]},{"name":"stars","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":101}]},{"name":"comment","required":false,"transform":{"type":"scalar"},"locs":[{"a":104,"b":111}]}],"statement":"INSERT INTO reporter_rating (report_id, case_id, stars, comment) VALUES (:reportId!, :caseId!, :stars!, :comment)\nON CONFLICT (report_id) DO UPDATE SET stars = EXCLUDED.stars, comment = EXCLUDED.comment, updated_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO reporter_rating (report_id, case_id, stars, comment) VALUES (:reportId!, :caseId!, :stars!, :comment)
 * ON CONFLICT (report_id) DO UPDATE SET stars = EXCLUDED.stars, comment = EXCLUDED.comment, updated_at = now()
 * ```
 */
export const rateCase = new PreparedQuery<IRateCaseParams,IRateCaseResult>(rateCaseIR);


/** 'TrackingCandidates' parameters type */
export interface ITrackingCandidatesParams {
  caseNumber: string;
}

/** 'TrackingCandidates' return type */
export interface ITrackingCandidatesResult {
  case_id: string;
  confirmed_at: Date | null;
  disputed_at: Date | null;
  report_id: string;
  reporter_name: string | null;
  token_hash: string;
}

/** 'TrackingCandidates' query type */
export interface ITrackingCandidatesQuery {
  params: ITrackingCandidatesParams;
  result: ITrackingCandidatesResult;
}

const trackingCandidatesIR: any = {"usedParamSet":{"caseNumber":true},"params":[{"name":"caseNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":277,"b":288},{"a":347,"b":358}]}],"statement":"SELECT t.report_id, r.case_id, t.token_hash, t.confirmed_at, t.disputed_at,\n       CASE WHEN r.anonymous THEN NULL ELSE r.reporter_name END AS reporter_name\nFROM report_tracking t JOIN case_report r ON r.id = t.report_id\nWHERE t.case_id = (SELECT id FROM \"case\" WHERE number = :caseNumber!)\n   OR r.case_id = (SELECT id FROM \"case\" WHERE number = :caseNumber!)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT t.report_id, r.case_id, t.token_hash, t.confirmed_at, t.disputed_at,
 *        CASE WHEN r.anonymous THEN NULL ELSE r.reporter_name END AS reporter_name
 * FROM report_tracking t JOIN case_report r ON r.id = t.report_id
 * WHERE t.case_id = (SELECT id FROM "case" WHERE number = :caseNumber!)
 *    OR r.case_id = (SELECT id FROM "case" WHERE number = :caseNumber!)
 * ```
 */
export const trackingCandidates = new PreparedQuery<ITrackingCandidatesParams,ITrackingCandidatesResult>(trackingCandidatesIR);


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


