/** Types generated for queries found in "apps/api/src/app/comments/comments.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'CaseAttachmentIds' parameters type */
export interface ICaseAttachmentIdsParams {
  caseId: string;
  ids: stringArray;
}

/** 'CaseAttachmentIds' return type */
export interface ICaseAttachmentIdsResult {
  id: string;
}

/** 'CaseAttachmentIds' query type */
export interface ICaseAttachmentIdsQuery {
  params: ICaseAttachmentIdsParams;
  result: ICaseAttachmentIdsResult;
}

const caseAttachmentIdsIR: any = {"usedParamSet":{"caseId":true,"ids":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":54}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":73}]}],"statement":"SELECT id FROM case_attachment WHERE case_id = :caseId! AND id = ANY(:ids!::uuid[]) AND deleted_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_attachment WHERE case_id = :caseId! AND id = ANY(:ids!::uuid[]) AND deleted_at IS NULL
 * ```
 */
export const caseAttachmentIds = new PreparedQuery<ICaseAttachmentIdsParams,ICaseAttachmentIdsResult>(caseAttachmentIdsIR);


/** 'EditComment' parameters type */
export interface IEditCommentParams {
  body: string;
  caseId: string;
  commentId: string;
  mentions: Json;
  version: number;
}

/** 'EditComment' return type */
export interface IEditCommentResult {
  id: string;
}

/** 'EditComment' query type */
export interface IEditCommentQuery {
  params: IEditCommentParams;
  result: IEditCommentResult;
}

const editCommentIR: any = {"usedParamSet":{"body":true,"mentions":true,"commentId":true,"caseId":true,"version":true},"params":[{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":31,"b":36}]},{"name":"mentions","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":59}]},{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":136}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":152,"b":159}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":175,"b":183}]}],"statement":"UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = version + 1\nWHERE id = :commentId! AND case_id = :caseId! AND version = :version! AND deleted_at IS NULL RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = version + 1
 * WHERE id = :commentId! AND case_id = :caseId! AND version = :version! AND deleted_at IS NULL RETURNING id
 * ```
 */
export const editComment = new PreparedQuery<IEditCommentParams,IEditCommentResult>(editCommentIR);


/** 'RecordCommentRevision' parameters type */
export interface IRecordCommentRevisionParams {
  commentId: string;
  editorUserId: string;
}

/** 'RecordCommentRevision' return type */
export type IRecordCommentRevisionResult = void;

/** 'RecordCommentRevision' query type */
export interface IRecordCommentRevisionQuery {
  params: IRecordCommentRevisionParams;
  result: IRecordCommentRevisionResult;
}

const recordCommentRevisionIR: any = {"usedParamSet":{"editorUserId":true,"commentId":true},"params":[{"name":"editorUserId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":157}]},{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":198}]}],"statement":"INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)\nSELECT id, case_id, version, body, edited_at, :editorUserId! FROM case_comment WHERE id = :commentId!"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
 * SELECT id, case_id, version, body, edited_at, :editorUserId! FROM case_comment WHERE id = :commentId!
 * ```
 */
export const recordCommentRevision = new PreparedQuery<IRecordCommentRevisionParams,IRecordCommentRevisionResult>(recordCommentRevisionIR);


/** 'DeleteComment' parameters type */
export interface IDeleteCommentParams {
  caseId: string;
  commentId: string;
  deletedBy: string;
}

/** 'DeleteComment' return type */
export type IDeleteCommentResult = void;

/** 'DeleteComment' query type */
export interface IDeleteCommentQuery {
  params: IDeleteCommentParams;
  result: IDeleteCommentResult;
}

const deleteCommentIR: any = {"usedParamSet":{"deletedBy":true,"commentId":true,"caseId":true},"params":[{"name":"deletedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":92}]},{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":138}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":161}]}],"statement":"UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = version + 1\nWHERE id = :commentId! AND case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = version + 1
 * WHERE id = :commentId! AND case_id = :caseId!
 * ```
 */
export const deleteComment = new PreparedQuery<IDeleteCommentParams,IDeleteCommentResult>(deleteCommentIR);


/** 'CaseNumber' parameters type */
export interface ICaseNumberParams {
  caseId: string;
}

/** 'CaseNumber' return type */
export interface ICaseNumberResult {
  number: string;
}

/** 'CaseNumber' query type */
export interface ICaseNumberQuery {
  params: ICaseNumberParams;
  result: ICaseNumberResult;
}

const caseNumberIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":44}]}],"statement":"SELECT number FROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT number FROM "case" WHERE id = :caseId!
 * ```
 */
export const caseNumber = new PreparedQuery<ICaseNumberParams,ICaseNumberResult>(caseNumberIR);


