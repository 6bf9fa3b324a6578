/** Types generated for queries found in "apps/api/src/app/comments/comments.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'InsertComment' parameters type */
export interface IInsertCommentParams {
  attachmentIds: stringArray;
  authorAgencyId?: string | null | void;
  authorKind: string;
  authorName?: string | null | void;
  authorUserId?: string | null | void;
  body: string;
  caseId: string;
  mentions: Json;
  reportId?: string | null | void;
  seq: number;
  visibility: string;
}

/** 'InsertComment' return type */
export interface IInsertCommentResult {
  agency_name: string | null;
  attachment_ids: stringArray;
  author_agency_id: string | null;
  author_kind: string;
  author_name: string | null;
  author_user_id: string | null;
  body: string | null;
  case_id: string;
  created_at: Date;
  deleted_at: Date | null;
  edited_at: Date | null;
  id: string;
  mentions: Json;
  report_anonymous: boolean | null;
  report_id: string | null;
  seq: number;
  user_name: string | null;
  version: number;
  visibility: string;
}

/** 'InsertComment' query type */
export interface IInsertCommentQuery {
  params: IInsertCommentParams;
  result: IInsertCommentResult;
}

const insertCommentIR: any = {"usedParamSet":{"caseId":true,"visibility":true,"body":true,"authorKind":true,"authorUserId":true,"authorAgencyId":true,"reportId":true,"authorName":true,"mentions":true,"attachmentIds":true,"seq":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":197}]},{"name":"visibility","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":211}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":219}]},{"name":"authorKind","required":true,"transform":{"type":"scalar"},"locs":[{"a":222,"b":233}]},{"name":"authorUserId","required":false,"transform":{"type":"scalar"},"locs":[{"a":236,"b":248}]},{"name":"authorAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":251,"b":265}]},{"name":"reportId","required":false,"transform":{"type":"scalar"},"locs":[{"a":268,"b":276}]},{"name":"authorName","required":false,"transform":{"type":"scalar"},"locs":[{"a":283,"b":293}]},{"name":"mentions","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":305}]},{"name":"attachmentIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":308,"b":322}]},{"name":"seq","required":true,"transform":{"type":"scalar"},"locs":[{"a":333,"b":337}]}],"statement":"WITH inserted AS (\n  INSERT INTO case_comment (case_id, visibility, body, author_kind, author_user_id, author_agency_id,\n    report_id, author_name, mentions, attachment_ids, seq)\n  VALUES (:caseId!, :visibility!, :body!, :authorKind!, :authorUserId, :authorAgencyId, :reportId,\n    :authorName, :mentions!, :attachmentIds!::uuid[], :seq!) RETURNING *\n), revision AS (\n  INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)\n  SELECT id, case_id, 1, body, created_at, author_user_id FROM inserted\n)\nSELECT cc.id AS \"id!\", cc.case_id AS \"case_id!\", cc.visibility AS \"visibility!\", cc.body,\n    cc.author_kind AS \"author_kind!\", cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,\n    u.name AS \"user_name?\", a.short_name AS \"agency_name?\", r.anonymous AS \"report_anonymous?\",\n    cc.mentions AS \"mentions!\", cc.attachment_ids AS \"attachment_ids!\", cc.created_at AS \"created_at!\",\n    cc.edited_at, cc.deleted_at, cc.version AS \"version!\", cc.seq AS \"seq!\"\n  FROM inserted cc\n  LEFT JOIN app_user u ON u.id = cc.author_user_id\n  LEFT JOIN agency a ON a.id = cc.author_agency_id\n  LEFT JOIN case_report r ON r.id = cc.report_id"};

/**
 * Query generated from SQL:
 * ```
 * WITH inserted AS (
 *   INSERT INTO case_comment (case_id, visibility, body, author_kind, author_user_id, author_agency_id,
 *     report_id, author_name, mentions, attachment_ids, seq)
 *   VALUES (:caseId!, :visibility!, :body!, :authorKind!, :authorUserId, :authorAgencyId, :reportId,
 *     :authorName, :mentions!, :attachmentIds!::uuid[], :seq!) RETURNING *
 * ), revision AS (
 *   INSERT INTO case_comment_revision (comment_id, case_id, version, body, edited_at, editor_user_id)
 *   SELECT id, case_id, 1, body, created_at, author_user_id FROM inserted
 * )
 * SELECT cc.id AS "id!", cc.case_id AS "case_id!", cc.visibility AS "visibility!", cc.body,
 *     cc.author_kind AS "author_kind!", cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,
 *     u.name AS "user_name?", a.short_name AS "agency_name?", r.anonymous AS "report_anonymous?",
 *     cc.mentions AS "mentions!", cc.attachment_ids AS "attachment_ids!", cc.created_at AS "created_at!",
 *     cc.edited_at, cc.deleted_at, cc.version AS "version!", cc.seq AS "seq!"
 *   FROM inserted cc
 *   LEFT JOIN app_user u ON u.id = cc.author_user_id
 *   LEFT JOIN agency a ON a.id = cc.author_agency_id
 *   LEFT JOIN case_report r ON r.id = cc.report_id
 * ```
 */
export const insertComment = new PreparedQuery<IInsertCommentParams,IInsertCommentResult>(insertCommentIR);


/** 'LoadComments' parameters type */
export interface ILoadCommentsParams {
  caseId: string;
  commentId?: string | null | void;
  limit: NumberOrString;
}

/** 'LoadComments' return type */
export interface ILoadCommentsResult {
  agency_name: string | null;
  attachment_ids: stringArray;
  author_agency_id: string | null;
  author_kind: string;
  author_name: string | null;
  author_user_id: string | null;
  body: string | null;
  case_id: string;
  created_at: Date;
  deleted_at: Date | null;
  edited_at: Date | null;
  id: string;
  mentions: Json;
  report_anonymous: boolean | null;
  report_id: string | null;
  seq: number;
  user_name: string | null;
  version: number;
  visibility: string;
}

/** 'LoadComments' query type */
export interface ILoadCommentsQuery {
  params: ILoadCommentsParams;
  result: ILoadCommentsResult;
}

const loadCommentsIR: any = {"usedParamSet":{"caseId":true,"commentId":true,"limit":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":528,"b":535}]},{"name":"commentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":542,"b":551},{"a":578,"b":587}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":626,"b":632}]}],"statement":"SELECT cc.id, cc.case_id, cc.visibility, cc.body,\n    cc.author_kind, cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,\n    u.name AS \"user_name?\", a.short_name AS \"agency_name?\", r.anonymous AS \"report_anonymous?\", cc.mentions,\n    cc.attachment_ids, cc.created_at, cc.edited_at, cc.deleted_at, cc.version, cc.seq\n  FROM case_comment cc\n  LEFT JOIN app_user u ON u.id = cc.author_user_id\n  LEFT JOIN agency a ON a.id = cc.author_agency_id\n  LEFT JOIN case_report r ON r.id = cc.report_id\nWHERE cc.case_id = :caseId! AND (:commentId::uuid IS NULL OR cc.id = :commentId)\nORDER BY cc.created_at, cc.id LIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT cc.id, cc.case_id, cc.visibility, cc.body,
 *     cc.author_kind, cc.author_user_id, cc.author_agency_id, cc.report_id, cc.author_name,
 *     u.name AS "user_name?", a.short_name AS "agency_name?", r.anonymous AS "report_anonymous?", cc.mentions,
 *     cc.attachment_ids, cc.created_at, cc.edited_at, cc.deleted_at, cc.version, cc.seq
 *   FROM case_comment cc
 *   LEFT JOIN app_user u ON u.id = cc.author_user_id
 *   LEFT JOIN agency a ON a.id = cc.author_agency_id
 *   LEFT JOIN case_report r ON r.id = cc.report_id
 * WHERE cc.case_id = :caseId! AND (:commentId::uuid IS NULL OR cc.id = :commentId)
 * ORDER BY cc.created_at, cc.id LIMIT :limit!
 * ```
 */
export const loadComments = new PreparedQuery<ILoadCommentsParams,ILoadCommentsResult>(loadCommentsIR);


/** 'LockComment' parameters type */
export interface ILockCommentParams {
  caseId: string;
  commentId: string;
}

/** 'LockComment' return type */
export interface ILockCommentResult {
  id: string;
}

/** 'LockComment' query type */
export interface ILockCommentQuery {
  params: ILockCommentParams;
  result: ILockCommentResult;
}

const lockCommentIR: any = {"usedParamSet":{"commentId":true,"caseId":true},"params":[{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":39,"b":49}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":72}]}],"statement":"SELECT id FROM case_comment WHERE id = :commentId! AND case_id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_comment WHERE id = :commentId! AND case_id = :caseId! FOR UPDATE
 * ```
 */
export const lockComment = new PreparedQuery<ILockCommentParams,ILockCommentResult>(lockCommentIR);


/** 'CommentRevisions' parameters type */
export interface ICommentRevisionsParams {
  commentId: string;
}

/** 'CommentRevisions' return type */
export interface ICommentRevisionsResult {
  body: string;
  edited_at: Date;
  editor_name: string | null;
  version: number;
}

/** 'CommentRevisions' query type */
export interface ICommentRevisionsQuery {
  params: ICommentRevisionsParams;
  result: ICommentRevisionsResult;
}

const commentRevisionsIR: any = {"usedParamSet":{"commentId":true},"params":[{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":162,"b":172}]}],"statement":"SELECT r.version, r.body, r.edited_at, u.name AS \"editor_name?\"\nFROM case_comment_revision r LEFT JOIN app_user u ON u.id = r.editor_user_id\nWHERE r.comment_id = :commentId! ORDER BY r.version"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.version, r.body, r.edited_at, u.name AS "editor_name?"
 * FROM case_comment_revision r LEFT JOIN app_user u ON u.id = r.editor_user_id
 * WHERE r.comment_id = :commentId! ORDER BY r.version
 * ```
 */
export const commentRevisions = new PreparedQuery<ICommentRevisionsParams,ICommentRevisionsResult>(commentRevisionsIR);


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

const editCommentIR: any = {"usedParamSet":{"body":true,"mentions":true,"version":true,"commentId":true,"caseId":true},"params":[{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":31,"b":36}]},{"name":"mentions","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":59}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":111},{"a":177,"b":185}]},{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":138}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":161}]}],"statement":"UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = :version! + 1\nWHERE id = :commentId! AND case_id = :caseId! AND version = :version! AND deleted_at IS NULL RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_comment SET body = :body!, mentions = :mentions!, edited_at = clock_timestamp(), version = :version! + 1
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
  version: number;
}

/** 'DeleteComment' return type */
export interface IDeleteCommentResult {
  id: string;
}

/** 'DeleteComment' query type */
export interface IDeleteCommentQuery {
  params: IDeleteCommentParams;
  result: IDeleteCommentResult;
}

const deleteCommentIR: any = {"usedParamSet":{"deletedBy":true,"version":true,"commentId":true,"caseId":true},"params":[{"name":"deletedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":92}]},{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":113},{"a":179,"b":187}]},{"name":"commentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":140}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":163}]}],"statement":"UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = :version! + 1\nWHERE id = :commentId! AND case_id = :caseId! AND version = :version! RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_comment SET body = NULL, deleted_at = clock_timestamp(), deleted_by = :deletedBy!, version = :version! + 1
 * WHERE id = :commentId! AND case_id = :caseId! AND version = :version! RETURNING id
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


/** 'MentionedPeople' parameters type */
export interface IMentionedPeopleParams {
  caseId: string;
  keys: stringArray;
}

/** 'MentionedPeople' return type */
export interface IMentionedPeopleResult {
  id: string;
  key: string;
}

/** 'MentionedPeople' query type */
export interface IMentionedPeopleQuery {
  params: IMentionedPeopleParams;
  result: IMentionedPeopleResult;
}

const mentionedPeopleIR: any = {"usedParamSet":{"keys":true,"caseId":true},"params":[{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":144}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":195,"b":202}]}],"statement":"SELECT DISTINCT u.id, lower(u.name) AS \"key!\"\nFROM app_user u JOIN membership m ON m.user_id = u.id\nWHERE u.active AND lower(u.name) = ANY(:keys!::text[])\n  AND cardinality(simpul_case_relations(:caseId!, m.agency_id, m.role)) > 0"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT u.id, lower(u.name) AS "key!"
 * FROM app_user u JOIN membership m ON m.user_id = u.id
 * WHERE u.active AND lower(u.name) = ANY(:keys!::text[])
 *   AND cardinality(simpul_case_relations(:caseId!, m.agency_id, m.role)) > 0
 * ```
 */
export const mentionedPeople = new PreparedQuery<IMentionedPeopleParams,IMentionedPeopleResult>(mentionedPeopleIR);


/** 'MentionedAgencies' parameters type */
export interface IMentionedAgenciesParams {
  caseId: string;
  keys: stringArray;
}

/** 'MentionedAgencies' return type */
export interface IMentionedAgenciesResult {
  id: string;
  name_key: string;
  on_case: boolean;
  short_key: string;
  short_name: string;
}

/** 'MentionedAgencies' query type */
export interface IMentionedAgenciesQuery {
  params: IMentionedAgenciesParams;
  result: IMentionedAgenciesResult;
}

const mentionedAgenciesIR: any = {"usedParamSet":{"caseId":true,"keys":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":167}]},{"name":"keys","required":true,"transform":{"type":"scalar"},"locs":[{"a":261,"b":266},{"a":306,"b":311}]}],"statement":"SELECT a.id, a.short_name, lower(a.name) AS \"name_key!\", lower(a.short_name) AS \"short_key!\",\n       EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = :caseId! AND p.agency_id = a.id) AS \"on_case!\"\nFROM agency a\nWHERE a.active AND (lower(a.name) = ANY(:keys!::text[]) OR lower(a.short_name) = ANY(:keys!::text[]))"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.short_name, lower(a.name) AS "name_key!", lower(a.short_name) AS "short_key!",
 *        EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = :caseId! AND p.agency_id = a.id) AS "on_case!"
 * FROM agency a
 * WHERE a.active AND (lower(a.name) = ANY(:keys!::text[]) OR lower(a.short_name) = ANY(:keys!::text[]))
 * ```
 */
export const mentionedAgencies = new PreparedQuery<IMentionedAgenciesParams,IMentionedAgenciesResult>(mentionedAgenciesIR);


