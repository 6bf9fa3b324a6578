/** Types generated for queries found in "apps/api/src/app/cases/updates/updates.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LockReportTrackingId' parameters type */
export interface ILockReportTrackingIdParams {
  caseId: string;
  reportId: string;
}

/** 'LockReportTrackingId' return type */
export interface ILockReportTrackingIdResult {
  tracking_id: string | null;
}

/** 'LockReportTrackingId' query type */
export interface ILockReportTrackingIdQuery {
  params: ILockReportTrackingIdParams;
  result: ILockReportTrackingIdResult;
}

const lockReportTrackingIdIR: any = {"usedParamSet":{"reportId":true,"caseId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":56}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":79}]}],"statement":"SELECT tracking_id FROM case_report WHERE id = :reportId! AND case_id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT tracking_id FROM case_report WHERE id = :reportId! AND case_id = :caseId! FOR UPDATE
 * ```
 */
export const lockReportTrackingId = new PreparedQuery<ILockReportTrackingIdParams,ILockReportTrackingIdResult>(lockReportTrackingIdIR);


/** 'LinkTrackingId' parameters type */
export interface ILinkTrackingIdParams {
  reportId: string;
  trackingId: string;
}

/** 'LinkTrackingId' return type */
export type ILinkTrackingIdResult = void;

/** 'LinkTrackingId' query type */
export interface ILinkTrackingIdQuery {
  params: ILinkTrackingIdParams;
  result: ILinkTrackingIdResult;
}

const linkTrackingIdIR: any = {"usedParamSet":{"trackingId":true,"reportId":true},"params":[{"name":"trackingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":48}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":70}]}],"statement":"UPDATE case_report SET tracking_id = :trackingId! WHERE id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET tracking_id = :trackingId! WHERE id = :reportId!
 * ```
 */
export const linkTrackingId = new PreparedQuery<ILinkTrackingIdParams,ILinkTrackingIdResult>(linkTrackingIdIR);


