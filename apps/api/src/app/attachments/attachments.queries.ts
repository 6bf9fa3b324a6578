/** Types generated for queries found in "apps/api/src/app/attachments/attachments.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'SoftDeleteAttachment' parameters type */
export interface ISoftDeleteAttachmentParams {
  attachmentId: string;
  deletedBy: string;
}

/** 'SoftDeleteAttachment' return type */
export type ISoftDeleteAttachmentResult = void;

/** 'SoftDeleteAttachment' query type */
export interface ISoftDeleteAttachmentQuery {
  params: ISoftDeleteAttachmentParams;
  result: ISoftDeleteAttachmentResult;
}

const softDeleteAttachmentIR: any = {"usedParamSet":{"deletedBy":true,"attachmentId":true},"params":[{"name":"deletedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":70}]},{"name":"attachmentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":96}]}],"statement":"UPDATE case_attachment SET deleted_at = now(), deleted_by = :deletedBy! WHERE id = :attachmentId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_attachment SET deleted_at = now(), deleted_by = :deletedBy! WHERE id = :attachmentId!
 * ```
 */
export const softDeleteAttachment = new PreparedQuery<ISoftDeleteAttachmentParams,ISoftDeleteAttachmentResult>(softDeleteAttachmentIR);


/** 'AnswerLocationRequest' parameters type */
export interface IAnswerLocationRequestParams {
  answer: Json;
  tokenHash: string;
}

/** 'AnswerLocationRequest' return type */
export type IAnswerLocationRequestResult = void;

/** 'AnswerLocationRequest' query type */
export interface IAnswerLocationRequestQuery {
  params: IAnswerLocationRequestParams;
  result: IAnswerLocationRequestResult;
}

const answerLocationRequestIR: any = {"usedParamSet":{"answer":true,"tokenHash":true},"params":[{"name":"answer","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":65}]},{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":96}]}],"statement":"UPDATE location_request SET answered_at = now(), answer = :answer! WHERE token_hash = :tokenHash!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE location_request SET answered_at = now(), answer = :answer! WHERE token_hash = :tokenHash!
 * ```
 */
export const answerLocationRequest = new PreparedQuery<IAnswerLocationRequestParams,IAnswerLocationRequestResult>(answerLocationRequestIR);


/** 'OpenLocationRequest' parameters type */
export interface IOpenLocationRequestParams {
  tokenHash: string;
}

/** 'OpenLocationRequest' return type */
export interface IOpenLocationRequestResult {
  answered_at: Date | null;
  case_id: string;
  photos: number;
}

/** 'OpenLocationRequest' query type */
export interface IOpenLocationRequestQuery {
  params: IOpenLocationRequestParams;
  result: IOpenLocationRequestResult;
}

const openLocationRequestIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":194}]}],"statement":"SELECT l.case_id, l.answered_at,\n       (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS \"photos!\"\nFROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now()"};

/**
 * Query generated from SQL:
 * ```
 * SELECT l.case_id, l.answered_at,
 *        (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS "photos!"
 * FROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now()
 * ```
 */
export const openLocationRequest = new PreparedQuery<IOpenLocationRequestParams,IOpenLocationRequestResult>(openLocationRequestIR);


/** 'LockOpenLocationRequest' parameters type */
export interface ILockOpenLocationRequestParams {
  tokenHash: string;
}

/** 'LockOpenLocationRequest' return type */
export interface ILockOpenLocationRequestResult {
  answered_at: Date | null;
  case_id: string;
  photos: number;
}

/** 'LockOpenLocationRequest' query type */
export interface ILockOpenLocationRequestQuery {
  params: ILockOpenLocationRequestParams;
  result: ILockOpenLocationRequestResult;
}

const lockOpenLocationRequestIR: any = {"usedParamSet":{"tokenHash":true},"params":[{"name":"tokenHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":194}]}],"statement":"SELECT l.case_id, l.answered_at,\n       (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS \"photos!\"\nFROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now()\nFOR UPDATE OF l"};

/**
 * Query generated from SQL:
 * ```
 * SELECT l.case_id, l.answered_at,
 *        (SELECT count(*)::int FROM case_attachment a WHERE a.location_request = l.token_hash) AS "photos!"
 * FROM location_request l WHERE l.token_hash = :tokenHash! AND l.expires_at > now()
 * FOR UPDATE OF l
 * ```
 */
export const lockOpenLocationRequest = new PreparedQuery<ILockOpenLocationRequestParams,ILockOpenLocationRequestResult>(lockOpenLocationRequestIR);


/** 'InsertAttachment' parameters type */
export interface IInsertAttachmentParams {
  byteSize: number;
  caption?: string | null | void;
  caseId: string;
  fileName: string;
  gpsLat?: number | null | void;
  gpsLng?: number | null | void;
  hasThumbnail: boolean;
  height?: number | null | void;
  id: string;
  kind: string;
  locationRequest?: string | null | void;
  mediaType: string;
  sha256: string;
  source: string;
  storageKey: string;
  takenAt?: DateOrString | null | void;
  uploadedBy?: string | null | void;
  uploaderAgencyId?: string | null | void;
  viewMediaType: string;
  width?: number | null | void;
}

/** 'InsertAttachment' return type */
export type IInsertAttachmentResult = void;

/** 'InsertAttachment' query type */
export interface IInsertAttachmentQuery {
  params: IInsertAttachmentParams;
  result: IInsertAttachmentResult;
}

const insertAttachmentIR: any = {"usedParamSet":{"id":true,"caseId":true,"kind":true,"mediaType":true,"fileName":true,"byteSize":true,"sha256":true,"caption":true,"width":true,"height":true,"storageKey":true,"viewMediaType":true,"hasThumbnail":true,"gpsLat":true,"gpsLng":true,"takenAt":true,"source":true,"uploadedBy":true,"uploaderAgencyId":true,"locationRequest":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":258,"b":261}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":264,"b":271}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":274,"b":279}]},{"name":"mediaType","required":true,"transform":{"type":"scalar"},"locs":[{"a":282,"b":292}]},{"name":"fileName","required":true,"transform":{"type":"scalar"},"locs":[{"a":295,"b":304}]},{"name":"byteSize","required":true,"transform":{"type":"scalar"},"locs":[{"a":307,"b":316}]},{"name":"sha256","required":true,"transform":{"type":"scalar"},"locs":[{"a":319,"b":326}]},{"name":"caption","required":false,"transform":{"type":"scalar"},"locs":[{"a":329,"b":336}]},{"name":"width","required":false,"transform":{"type":"scalar"},"locs":[{"a":339,"b":344}]},{"name":"height","required":false,"transform":{"type":"scalar"},"locs":[{"a":347,"b":353}]},{"name":"storageKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":358,"b":369}]},{"name":"viewMediaType","required":true,"transform":{"type":"scalar"},"locs":[{"a":372,"b":386}]},{"name":"hasThumbnail","required":true,"transform":{"type":"scalar"},"locs":[{"a":389,"b":402}]},{"name":"gpsLat","required":false,"transform":{"type":"scalar"},"locs":[{"a":405,"b":411}]},{"name":"gpsLng","required":false,"transform":{"type":"scalar"},"locs":[{"a":414,"b":420}]},{"name":"takenAt","required":false,"transform":{"type":"scalar"},"locs":[{"a":423,"b":430}]},{"name":"source","required":true,"transform":{"type":"scalar"},"locs":[{"a":433,"b":440}]},{"name":"uploadedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":443,"b":453}]},{"name":"uploaderAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":458,"b":474}]},{"name":"locationRequest","required":false,"transform":{"type":"scalar"},"locs":[{"a":477,"b":492}]}],"statement":"INSERT INTO case_attachment (id, case_id, kind, media_type, file_name, byte_size, sha256, caption, width, height,\n  storage_key, view_media_type, has_thumbnail, gps_lat, gps_lng, taken_at, source, uploaded_by,\n  uploader_agency_id, location_request)\nVALUES (:id!, :caseId!, :kind!, :mediaType!, :fileName!, :byteSize!, :sha256!, :caption, :width, :height,\n  :storageKey!, :viewMediaType!, :hasThumbnail!, :gpsLat, :gpsLng, :takenAt, :source!, :uploadedBy,\n  :uploaderAgencyId, :locationRequest)                                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_attachment (id, case_id, kind, media_type, file_name, byte_size, sha256, caption, width, height,
 *   storage_key, view_media_type, has_thumbnail, gps_lat, gps_lng, taken_at, source, uploaded_by,
 *   uploader_agency_id, location_request)
 * VALUES (:id!, :caseId!, :kind!, :mediaType!, :fileName!, :byteSize!, :sha256!, :caption, :width, :height,
 *   :storageKey!, :viewMediaType!, :hasThumbnail!, :gpsLat, :gpsLng, :takenAt, :source!, :uploadedBy,
 *   :uploaderAgencyId, :locationRequest)                                                                                         
 * ```
 */
export const insertAttachment = new PreparedQuery<IInsertAttachmentParams,IInsertAttachmentResult>(insertAttachmentIR);


/** 'LoadAttachments' parameters type */
export interface ILoadAttachmentsParams {
  attachmentId?: string | null | void;
  caseId: string;
}

/** 'LoadAttachments' return type */
export interface ILoadAttachmentsResult {
  byte_size: number;
  caption: string | null;
  case_id: string;
  created_at: Date;
  ever_confidential: boolean;
  file_name: string;
  gps_lat: number | null;
  gps_lng: number | null;
  has_thumbnail: boolean;
  height: number | null;
  id: string;
  kind: string;
  media_type: string;
  public_at: Date | null;
  source: string;
  storage_key: string;
  taken_at: Date | null;
  uploaded_by: string | null;
  uploader_agency_id: string | null;
  uploader_agency_short_name: string | null;
  uploader_name: string | null;
  view_media_type: string;
  width: number | null;
}

/** 'LoadAttachments' query type */
export interface ILoadAttachmentsQuery {
  params: ILoadAttachmentsParams;
  result: ILoadAttachmentsResult;
}

const loadAttachmentsIR: any = {"usedParamSet":{"caseId":true,"attachmentId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":575,"b":582}]},{"name":"attachmentId","required":false,"transform":{"type":"scalar"},"locs":[{"a":614,"b":626},{"a":652,"b":664}]}],"statement":"SELECT a.id, a.case_id, a.kind, a.media_type, a.file_name, a.byte_size, a.caption, a.width, a.height,\n  a.storage_key, a.view_media_type, a.has_thumbnail, a.gps_lat, a.gps_lng, a.taken_at, a.source, a.uploaded_by,\n  a.uploader_agency_id, u.name AS \"uploader_name?\", ag.short_name AS \"uploader_agency_short_name?\", a.created_at,\n  a.public_at, (SELECT c.ever_confidential FROM \"case\" c WHERE c.id = a.case_id) AS \"ever_confidential!\"\nFROM case_attachment a\n  LEFT JOIN app_user u ON u.id = a.uploaded_by\n  LEFT JOIN agency ag ON ag.id = a.uploader_agency_id\nWHERE a.case_id = :caseId! AND a.deleted_at IS NULL AND (:attachmentId::uuid IS NULL OR a.id = :attachmentId)\nORDER BY a.created_at, a.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id, a.case_id, a.kind, a.media_type, a.file_name, a.byte_size, a.caption, a.width, a.height,
 *   a.storage_key, a.view_media_type, a.has_thumbnail, a.gps_lat, a.gps_lng, a.taken_at, a.source, a.uploaded_by,
 *   a.uploader_agency_id, u.name AS "uploader_name?", ag.short_name AS "uploader_agency_short_name?", a.created_at,
 *   a.public_at, (SELECT c.ever_confidential FROM "case" c WHERE c.id = a.case_id) AS "ever_confidential!"
 * FROM case_attachment a
 *   LEFT JOIN app_user u ON u.id = a.uploaded_by
 *   LEFT JOIN agency ag ON ag.id = a.uploader_agency_id
 * WHERE a.case_id = :caseId! AND a.deleted_at IS NULL AND (:attachmentId::uuid IS NULL OR a.id = :attachmentId)
 * ORDER BY a.created_at, a.id
 * ```
 */
export const loadAttachments = new PreparedQuery<ILoadAttachmentsParams,ILoadAttachmentsResult>(loadAttachmentsIR);


/** 'LockAttachment' parameters type */
export interface ILockAttachmentParams {
  attachmentId: string;
  caseId: string;
}

/** 'LockAttachment' return type */
export interface ILockAttachmentResult {
  id: string;
}

/** 'LockAttachment' query type */
export interface ILockAttachmentQuery {
  params: ILockAttachmentParams;
  result: ILockAttachmentResult;
}

const lockAttachmentIR: any = {"usedParamSet":{"attachmentId":true,"caseId":true},"params":[{"name":"attachmentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":55}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":78}]}],"statement":"SELECT id FROM case_attachment WHERE id = :attachmentId! AND case_id = :caseId! AND deleted_at IS NULL FOR UPDATE                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_attachment WHERE id = :attachmentId! AND case_id = :caseId! AND deleted_at IS NULL FOR UPDATE                                                                                            
 * ```
 */
export const lockAttachment = new PreparedQuery<ILockAttachmentParams,ILockAttachmentResult>(lockAttachmentIR);


/** 'SetAttachmentPublic' parameters type */
export interface ISetAttachmentPublicParams {
  attachmentId: string;
  caseId: string;
  public: boolean;
  userId: string;
}

/** 'SetAttachmentPublic' return type */
export type ISetAttachmentPublicResult = void;

/** 'SetAttachmentPublic' query type */
export interface ISetAttachmentPublicQuery {
  params: ISetAttachmentPublicParams;
  result: ISetAttachmentPublicResult;
}

const setAttachmentPublicIR: any = {"usedParamSet":{"public":true,"userId":true,"attachmentId":true,"caseId":true},"params":[{"name":"public","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":56},{"a":130,"b":137}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":180}]},{"name":"attachmentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":198,"b":211}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":234}]}],"statement":"UPDATE case_attachment\nSET public_at = CASE WHEN :public!::boolean THEN coalesce(public_at, now()) END,\n    public_by = CASE WHEN :public!::boolean THEN coalesce(public_by, :userId!) END\nWHERE id = :attachmentId! AND case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_attachment
 * SET public_at = CASE WHEN :public!::boolean THEN coalesce(public_at, now()) END,
 *     public_by = CASE WHEN :public!::boolean THEN coalesce(public_by, :userId!) END
 * WHERE id = :attachmentId! AND case_id = :caseId!
 * ```
 */
export const setAttachmentPublic = new PreparedQuery<ISetAttachmentPublicParams,ISetAttachmentPublicResult>(setAttachmentPublicIR);


