/** Types generated for queries found in "apps/api/src/app/clarifications/publication/publication.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'PublicationOfDraft' parameters type */
export interface IPublicationOfDraftParams {
  draftId: string;
}

/** 'PublicationOfDraft' return type */
export interface IPublicationOfDraftResult {
  content: Json;
  contentHash: string;
  draftId: string;
  id: string;
  notes: Json;
  publishedAt: Date;
  slug: string;
  status: string;
  updatedAt: Date;
}

/** 'PublicationOfDraft' query type */
export interface IPublicationOfDraftQuery {
  params: IPublicationOfDraftParams;
  result: IPublicationOfDraftResult;
}

const publicationOfDraftIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":270,"b":278}]}],"statement":"SELECT id AS \"id!\", draft_id AS \"draftId!\", slug AS \"slug!\", content AS \"content!\", content_hash AS \"contentHash!\",\n       status AS \"status!\", published_at AS \"publishedAt!\", updated_at AS \"updatedAt!\", notes AS \"notes!\"\nFROM clarification_publication WHERE draft_id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", draft_id AS "draftId!", slug AS "slug!", content AS "content!", content_hash AS "contentHash!",
 *        status AS "status!", published_at AS "publishedAt!", updated_at AS "updatedAt!", notes AS "notes!"
 * FROM clarification_publication WHERE draft_id = :draftId!
 * ```
 */
export const publicationOfDraft = new PreparedQuery<IPublicationOfDraftParams,IPublicationOfDraftResult>(publicationOfDraftIR);


/** 'PublicationBySlug' parameters type */
export interface IPublicationBySlugParams {
  slug: string;
}

/** 'PublicationBySlug' return type */
export interface IPublicationBySlugResult {
  content: Json;
  contentHash: string;
  draftId: string;
  id: string;
  notes: Json;
  publishedAt: Date;
  slug: string;
  status: string;
  updatedAt: Date;
}

/** 'PublicationBySlug' query type */
export interface IPublicationBySlugQuery {
  params: IPublicationBySlugParams;
  result: IPublicationBySlugResult;
}

const publicationBySlugIR: any = {"usedParamSet":{"slug":true},"params":[{"name":"slug","required":true,"transform":{"type":"scalar"},"locs":[{"a":266,"b":271}]}],"statement":"SELECT id AS \"id!\", draft_id AS \"draftId!\", slug AS \"slug!\", content AS \"content!\", content_hash AS \"contentHash!\",\n       status AS \"status!\", published_at AS \"publishedAt!\", updated_at AS \"updatedAt!\", notes AS \"notes!\"\nFROM clarification_publication WHERE slug = :slug!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", draft_id AS "draftId!", slug AS "slug!", content AS "content!", content_hash AS "contentHash!",
 *        status AS "status!", published_at AS "publishedAt!", updated_at AS "updatedAt!", notes AS "notes!"
 * FROM clarification_publication WHERE slug = :slug!
 * ```
 */
export const publicationBySlug = new PreparedQuery<IPublicationBySlugParams,IPublicationBySlugResult>(publicationBySlugIR);


/** 'PublicIndex' parameters type */
export type IPublicIndexParams = void;

/** 'PublicIndex' return type */
export interface IPublicIndexResult {
  label: string;
  publishedAt: Date;
  slug: string;
  status: string;
  title: string;
}

/** 'PublicIndex' query type */
export interface IPublicIndexQuery {
  params: IPublicIndexParams;
  result: IPublicIndexResult;
}

const publicIndexIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT slug AS \"slug!\", content->>'label' AS \"label!\", content->>'title' AS \"title!\", status AS \"status!\",\n       published_at AS \"publishedAt!\"\nFROM clarification_publication\nORDER BY published_at DESC\nLIMIT 200"};

/**
 * Query generated from SQL:
 * ```
 * SELECT slug AS "slug!", content->>'label' AS "label!", content->>'title' AS "title!", status AS "status!",
 *        published_at AS "publishedAt!"
 * FROM clarification_publication
 * ORDER BY published_at DESC
 * LIMIT 200
 * ```
 */
export const publicIndex = new PreparedQuery<IPublicIndexParams,IPublicIndexResult>(publicIndexIR);


/** 'SlugTaken' parameters type */
export interface ISlugTakenParams {
  slug: string;
}

/** 'SlugTaken' return type */
export interface ISlugTakenResult {
  taken: number;
}

/** 'SlugTaken' query type */
export interface ISlugTakenQuery {
  params: ISlugTakenParams;
  result: ISlugTakenResult;
}

const slugTakenIR: any = {"usedParamSet":{"slug":true},"params":[{"name":"slug","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":70}]}],"statement":"SELECT 1 AS \"taken!\" FROM clarification_publication WHERE slug = :slug!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT 1 AS "taken!" FROM clarification_publication WHERE slug = :slug!
 * ```
 */
export const slugTaken = new PreparedQuery<ISlugTakenParams,ISlugTakenResult>(slugTakenIR);


/** 'InsertPublication' parameters type */
export interface IInsertPublicationParams {
  content: Json;
  contentHash: string;
  draftId: string;
  publishedBy: string;
  slug: string;
}

/** 'InsertPublication' return type */
export interface IInsertPublicationResult {
  id: string;
}

/** 'InsertPublication' query type */
export interface IInsertPublicationQuery {
  params: IInsertPublicationParams;
  result: IInsertPublicationResult;
}

const insertPublicationIR: any = {"usedParamSet":{"draftId":true,"slug":true,"content":true,"contentHash":true,"publishedBy":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":108}]},{"name":"slug","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":116}]},{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":119,"b":127}]},{"name":"contentHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":142}]},{"name":"publishedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":157}]}],"statement":"INSERT INTO clarification_publication (draft_id, slug, content, content_hash, published_by)\nVALUES (:draftId!, :slug!, :content!, :contentHash!, :publishedBy!)\nON CONFLICT (draft_id) DO NOTHING\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_publication (draft_id, slug, content, content_hash, published_by)
 * VALUES (:draftId!, :slug!, :content!, :contentHash!, :publishedBy!)
 * ON CONFLICT (draft_id) DO NOTHING
 * RETURNING id AS "id!"
 * ```
 */
export const insertPublication = new PreparedQuery<IInsertPublicationParams,IInsertPublicationResult>(insertPublicationIR);


/** 'UpdatePublicationContent' parameters type */
export interface IUpdatePublicationContentParams {
  content: Json;
  contentHash: string;
  draftId: string;
  notes: Json;
  status: string;
}

/** 'UpdatePublicationContent' return type */
export interface IUpdatePublicationContentResult {
  id: string;
}

/** 'UpdatePublicationContent' query type */
export interface IUpdatePublicationContentQuery {
  params: IUpdatePublicationContentParams;
  result: IUpdatePublicationContentResult;
}

const updatePublicationContentIR: any = {"usedParamSet":{"content":true,"contentHash":true,"status":true,"notes":true,"draftId":true},"params":[{"name":"content","required":true,"transform":{"type":"scalar"},"locs":[{"a":47,"b":55}]},{"name":"contentHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":85}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":97,"b":104}]},{"name":"notes","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":121}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":168}]}],"statement":"UPDATE clarification_publication\nSET content = :content!, content_hash = :contentHash!, status = :status!, notes = :notes!, updated_at = now()\nWHERE draft_id = :draftId!\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_publication
 * SET content = :content!, content_hash = :contentHash!, status = :status!, notes = :notes!, updated_at = now()
 * WHERE draft_id = :draftId!
 * RETURNING id AS "id!"
 * ```
 */
export const updatePublicationContent = new PreparedQuery<IUpdatePublicationContentParams,IUpdatePublicationContentResult>(updatePublicationContentIR);


/** 'SetDraftStatus' parameters type */
export interface ISetDraftStatusParams {
  draftId: string;
  status: string;
}

/** 'SetDraftStatus' return type */
export type ISetDraftStatusResult = void;

/** 'SetDraftStatus' query type */
export interface ISetDraftStatusQuery {
  params: ISetDraftStatusParams;
  result: ISetDraftStatusResult;
}

const setDraftStatusIR: any = {"usedParamSet":{"status":true,"draftId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":47}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":68}]}],"statement":"UPDATE clarification_draft SET status = :status! WHERE id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft SET status = :status! WHERE id = :draftId!
 * ```
 */
export const setDraftStatus = new PreparedQuery<ISetDraftStatusParams,ISetDraftStatusResult>(setDraftStatusIR);


/** 'InsertDelivery' parameters type */
export interface IInsertDeliveryParams {
  channel: string;
  draftId: string;
  note?: string | null | void;
  output: string;
  postedBy: string;
  postedUrl?: string | null | void;
}

/** 'InsertDelivery' return type */
export interface IInsertDeliveryResult {
  id: string;
}

/** 'InsertDelivery' query type */
export interface IInsertDeliveryQuery {
  params: IInsertDeliveryParams;
  result: IInsertDeliveryResult;
}

const insertDeliveryIR: any = {"usedParamSet":{"draftId":true,"output":true,"channel":true,"note":true,"postedUrl":true,"postedBy":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":108}]},{"name":"output","required":true,"transform":{"type":"scalar"},"locs":[{"a":111,"b":118}]},{"name":"channel","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":129}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":132,"b":136}]},{"name":"postedUrl","required":false,"transform":{"type":"scalar"},"locs":[{"a":139,"b":148}]},{"name":"postedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":151,"b":160}]}],"statement":"INSERT INTO clarification_delivery (draft_id, output, channel, note, posted_url, posted_by)\nVALUES (:draftId!, :output!, :channel!, :note, :postedUrl, :postedBy!)\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_delivery (draft_id, output, channel, note, posted_url, posted_by)
 * VALUES (:draftId!, :output!, :channel!, :note, :postedUrl, :postedBy!)
 * RETURNING id AS "id!"
 * ```
 */
export const insertDelivery = new PreparedQuery<IInsertDeliveryParams,IInsertDeliveryResult>(insertDeliveryIR);


/** 'Deliveries' parameters type */
export interface IDeliveriesParams {
  draftId: string;
}

/** 'Deliveries' return type */
export interface IDeliveriesResult {
  channel: string;
  id: string;
  note: string | null;
  output: string;
  postedAt: Date;
  postedByName: string | null;
  postedUrl: string | null;
}

/** 'Deliveries' query type */
export interface IDeliveriesQuery {
  params: IDeliveriesParams;
  result: IDeliveriesResult;
}

const deliveriesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":272,"b":280}]}],"statement":"SELECT d.id AS \"id!\", d.output AS \"output!\", d.channel AS \"channel!\", d.note AS \"note?\", d.posted_url AS \"postedUrl?\",\n       d.posted_at AS \"postedAt!\", u.name AS \"postedByName?\"\nFROM clarification_delivery d LEFT JOIN app_user u ON u.id = d.posted_by\nWHERE d.draft_id = :draftId!\nORDER BY d.posted_at DESC, d.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id AS "id!", d.output AS "output!", d.channel AS "channel!", d.note AS "note?", d.posted_url AS "postedUrl?",
 *        d.posted_at AS "postedAt!", u.name AS "postedByName?"
 * FROM clarification_delivery d LEFT JOIN app_user u ON u.id = d.posted_by
 * WHERE d.draft_id = :draftId!
 * ORDER BY d.posted_at DESC, d.id
 * ```
 */
export const deliveries = new PreparedQuery<IDeliveriesParams,IDeliveriesResult>(deliveriesIR);


