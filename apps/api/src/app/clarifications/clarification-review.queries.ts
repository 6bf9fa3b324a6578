/** Types generated for queries found in "apps/api/src/app/clarifications/clarification-review.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'InsertThread' parameters type */
export interface IInsertThreadParams {
  agencyId: string;
  anchorEnd: Buffer;
  anchorStart: Buffer;
  authorId: string;
  body: string;
  draftId: string;
  quote: string;
  section: string;
}

/** 'InsertThread' return type */
export interface IInsertThreadResult {
  id: string;
}

/** 'InsertThread' query type */
export interface IInsertThreadQuery {
  params: IInsertThreadParams;
  result: IInsertThreadResult;
}

const insertThreadIR: any = {"usedParamSet":{"draftId":true,"section":true,"anchorStart":true,"anchorEnd":true,"quote":true,"body":true,"authorId":true,"agencyId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":131}]},{"name":"section","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":142}]},{"name":"anchorStart","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":157}]},{"name":"anchorEnd","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":170}]},{"name":"quote","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":179}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":187}]},{"name":"authorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":199}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":202,"b":211}]}],"statement":"INSERT INTO clarification_comment (draft_id, section, anchor_start, anchor_end, quote, body, author_id, agency_id)\nVALUES (:draftId!, :section!, :anchorStart!, :anchorEnd!, :quote!, :body!, :authorId!, :agencyId!)\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_comment (draft_id, section, anchor_start, anchor_end, quote, body, author_id, agency_id)
 * VALUES (:draftId!, :section!, :anchorStart!, :anchorEnd!, :quote!, :body!, :authorId!, :agencyId!)
 * RETURNING id AS "id!"
 * ```
 */
export const insertThread = new PreparedQuery<IInsertThreadParams,IInsertThreadResult>(insertThreadIR);


/** 'InsertReply' parameters type */
export interface IInsertReplyParams {
  agencyId: string;
  authorId: string;
  body: string;
  draftId: string;
  parentId: string;
}

/** 'InsertReply' return type */
export interface IInsertReplyResult {
  id: string;
}

/** 'InsertReply' query type */
export interface IInsertReplyQuery {
  params: IInsertReplyParams;
  result: IInsertReplyResult;
}

const insertReplyIR: any = {"usedParamSet":{"draftId":true,"body":true,"authorId":true,"agencyId":true,"parentId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":99},{"a":209,"b":217}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":108,"b":113}]},{"name":"authorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":125}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":128,"b":137}]},{"name":"parentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":190}]}],"statement":"INSERT INTO clarification_comment (draft_id, parent_id, body, author_id, agency_id)\nSELECT :draftId!, p.id, :body!, :authorId!, :agencyId!\nFROM clarification_comment p WHERE p.id = :parentId! AND p.draft_id = :draftId! AND p.parent_id IS NULL\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_comment (draft_id, parent_id, body, author_id, agency_id)
 * SELECT :draftId!, p.id, :body!, :authorId!, :agencyId!
 * FROM clarification_comment p WHERE p.id = :parentId! AND p.draft_id = :draftId! AND p.parent_id IS NULL
 * RETURNING id AS "id!"
 * ```
 */
export const insertReply = new PreparedQuery<IInsertReplyParams,IInsertReplyResult>(insertReplyIR);


/** 'ResolveThread' parameters type */
export interface IResolveThreadParams {
  draftId: string;
  threadId: string;
  userId: string;
}

/** 'ResolveThread' return type */
export interface IResolveThreadResult {
  id: string;
}

/** 'ResolveThread' query type */
export interface IResolveThreadQuery {
  params: IResolveThreadParams;
  result: IResolveThreadResult;
}

const resolveThreadIR: any = {"usedParamSet":{"userId":true,"threadId":true,"draftId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":120}]},{"name":"threadId","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":143}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]}],"statement":"UPDATE clarification_comment SET resolved_at = coalesce(resolved_at, now()), resolved_by = coalesce(resolved_by, :userId!)\nWHERE id = :threadId! AND draft_id = :draftId! AND parent_id IS NULL\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_comment SET resolved_at = coalesce(resolved_at, now()), resolved_by = coalesce(resolved_by, :userId!)
 * WHERE id = :threadId! AND draft_id = :draftId! AND parent_id IS NULL
 * RETURNING id AS "id!"
 * ```
 */
export const resolveThread = new PreparedQuery<IResolveThreadParams,IResolveThreadResult>(resolveThreadIR);


/** 'DraftComments' parameters type */
export interface IDraftCommentsParams {
  draftId: string;
  threadId?: string | null | void;
}

/** 'DraftComments' return type */
export interface IDraftCommentsResult {
  agencyShortName: string | null;
  anchorEnd: Buffer | null;
  anchorStart: Buffer | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
  id: string;
  parentId: string | null;
  quote: string | null;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  section: string | null;
}

/** 'DraftComments' query type */
export interface IDraftCommentsQuery {
  params: IDraftCommentsParams;
  result: IDraftCommentsResult;
}

const draftCommentsIR: any = {"usedParamSet":{"draftId":true,"threadId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":537,"b":545}]},{"name":"threadId","required":false,"transform":{"type":"scalar"},"locs":[{"a":552,"b":560},{"a":586,"b":594},{"a":613,"b":621}]}],"statement":"SELECT c.id AS \"id!\", c.parent_id AS \"parentId?\", c.section AS \"section?\", c.anchor_start AS \"anchorStart?\",\n       c.anchor_end AS \"anchorEnd?\", c.quote AS \"quote?\", c.body AS \"body!\", c.created_at AS \"createdAt!\",\n       c.resolved_at AS \"resolvedAt?\", au.name AS \"authorName?\", ag.short_name AS \"agencyShortName?\",\n       ru.name AS \"resolvedByName?\"\nFROM clarification_comment c\nLEFT JOIN app_user au ON au.id = c.author_id\nLEFT JOIN agency ag ON ag.id = c.agency_id\nLEFT JOIN app_user ru ON ru.id = c.resolved_by\nWHERE c.draft_id = :draftId! AND (:threadId::uuid IS NULL OR c.id = :threadId OR c.parent_id = :threadId)\nORDER BY c.created_at, c.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id AS "id!", c.parent_id AS "parentId?", c.section AS "section?", c.anchor_start AS "anchorStart?",
 *        c.anchor_end AS "anchorEnd?", c.quote AS "quote?", c.body AS "body!", c.created_at AS "createdAt!",
 *        c.resolved_at AS "resolvedAt?", au.name AS "authorName?", ag.short_name AS "agencyShortName?",
 *        ru.name AS "resolvedByName?"
 * FROM clarification_comment c
 * LEFT JOIN app_user au ON au.id = c.author_id
 * LEFT JOIN agency ag ON ag.id = c.agency_id
 * LEFT JOIN app_user ru ON ru.id = c.resolved_by
 * WHERE c.draft_id = :draftId! AND (:threadId::uuid IS NULL OR c.id = :threadId OR c.parent_id = :threadId)
 * ORDER BY c.created_at, c.id
 * ```
 */
export const draftComments = new PreparedQuery<IDraftCommentsParams,IDraftCommentsResult>(draftCommentsIR);


/** 'InsertVersion' parameters type */
export interface IInsertVersionParams {
  draftId: string;
  name: string;
  state: Buffer;
  texts: Json;
  userId: string;
}

/** 'InsertVersion' return type */
export interface IInsertVersionResult {
  createdAt: Date;
  id: string;
}

/** 'InsertVersion' query type */
export interface IInsertVersionQuery {
  params: IInsertVersionParams;
  result: IInsertVersionResult;
}

const insertVersionIR: any = {"usedParamSet":{"draftId":true,"name":true,"texts":true,"state":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":85,"b":93}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":96,"b":101}]},{"name":"texts","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":110}]},{"name":"state","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":119}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":122,"b":129}]}],"statement":"INSERT INTO clarification_version (draft_id, name, texts, state, created_by)\nVALUES (:draftId!, :name!, :texts!, :state!, :userId!)\nRETURNING id AS \"id!\", created_at AS \"createdAt!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_version (draft_id, name, texts, state, created_by)
 * VALUES (:draftId!, :name!, :texts!, :state!, :userId!)
 * RETURNING id AS "id!", created_at AS "createdAt!"
 * ```
 */
export const insertVersion = new PreparedQuery<IInsertVersionParams,IInsertVersionResult>(insertVersionIR);


/** 'DraftVersions' parameters type */
export interface IDraftVersionsParams {
  draftId: string;
}

/** 'DraftVersions' return type */
export interface IDraftVersionsResult {
  createdAt: Date;
  createdByName: string | null;
  id: string;
  name: string;
}

/** 'DraftVersions' query type */
export interface IDraftVersionsQuery {
  params: IDraftVersionsParams;
  result: IDraftVersionsResult;
}

const draftVersionsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":198}]}],"statement":"SELECT v.id AS \"id!\", v.name AS \"name!\", v.created_at AS \"createdAt!\", u.name AS \"createdByName?\"\nFROM clarification_version v LEFT JOIN app_user u ON u.id = v.created_by\nWHERE v.draft_id = :draftId!\nORDER BY v.created_at DESC, v.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id AS "id!", v.name AS "name!", v.created_at AS "createdAt!", u.name AS "createdByName?"
 * FROM clarification_version v LEFT JOIN app_user u ON u.id = v.created_by
 * WHERE v.draft_id = :draftId!
 * ORDER BY v.created_at DESC, v.id
 * ```
 */
export const draftVersions = new PreparedQuery<IDraftVersionsParams,IDraftVersionsResult>(draftVersionsIR);


/** 'VersionTexts' parameters type */
export interface IVersionTextsParams {
  draftId: string;
  versionId: string;
}

/** 'VersionTexts' return type */
export interface IVersionTextsResult {
  createdAt: Date;
  id: string;
  name: string;
  texts: Json;
}

/** 'VersionTexts' query type */
export interface IVersionTextsQuery {
  params: IVersionTextsParams;
  result: IVersionTextsResult;
}

const versionTextsIR: any = {"usedParamSet":{"draftId":true,"versionId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":147}]},{"name":"versionId","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":170}]}],"statement":"SELECT v.id AS \"id!\", v.name AS \"name!\", v.created_at AS \"createdAt!\", v.texts AS \"texts!\"\nFROM clarification_version v WHERE v.draft_id = :draftId! AND v.id = :versionId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT v.id AS "id!", v.name AS "name!", v.created_at AS "createdAt!", v.texts AS "texts!"
 * FROM clarification_version v WHERE v.draft_id = :draftId! AND v.id = :versionId!
 * ```
 */
export const versionTexts = new PreparedQuery<IVersionTextsParams,IVersionTextsResult>(versionTextsIR);


