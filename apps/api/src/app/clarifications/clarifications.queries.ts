/** Types generated for queries found in "apps/api/src/app/clarifications/clarifications.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'InsertDraft' parameters type */
export interface IInsertDraftParams {
  agencyId: string;
  archiveUrls: stringArray;
  createdBy: string;
  label: string;
  platform: string;
  searchText: string;
  sourceUrls: stringArray;
}

/** 'InsertDraft' return type */
export interface IInsertDraftResult {
  id: string;
  loggedAt: Date;
}

/** 'InsertDraft' query type */
export interface IInsertDraftQuery {
  params: IInsertDraftParams;
  result: IInsertDraftResult;
}

const insertDraftIR: any = {"usedParamSet":{"agencyId":true,"label":true,"platform":true,"sourceUrls":true,"archiveUrls":true,"searchText":true,"createdBy":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":130}]},{"name":"label","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":139}]},{"name":"platform","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":151}]},{"name":"sourceUrls","required":true,"transform":{"type":"scalar"},"locs":[{"a":154,"b":165}]},{"name":"archiveUrls","required":true,"transform":{"type":"scalar"},"locs":[{"a":168,"b":180}]},{"name":"searchText","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":194}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":197,"b":207}]}],"statement":"INSERT INTO clarification_draft (agency_id, label, platform, source_urls, archive_urls, search_text, created_by)\nVALUES (:agencyId!, :label!, :platform!, :sourceUrls!, :archiveUrls!, :searchText!, :createdBy!)\nRETURNING id AS \"id!\", logged_at AS \"loggedAt!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_draft (agency_id, label, platform, source_urls, archive_urls, search_text, created_by)
 * VALUES (:agencyId!, :label!, :platform!, :sourceUrls!, :archiveUrls!, :searchText!, :createdBy!)
 * RETURNING id AS "id!", logged_at AS "loggedAt!"
 * ```
 */
export const insertDraft = new PreparedQuery<IInsertDraftParams,IInsertDraftResult>(insertDraftIR);


/** 'InsertDraftAgency' parameters type */
export interface IInsertDraftAgencyParams {
  agencyId: string;
  draftId: string;
  invitedBy: string;
  status: string;
}

/** 'InsertDraftAgency' return type */
export interface IInsertDraftAgencyResult {
  status: string;
}

/** 'InsertDraftAgency' query type */
export interface IInsertDraftAgencyQuery {
  params: IInsertDraftAgencyParams;
  result: IInsertDraftAgencyResult;
}

const insertDraftAgencyIR: any = {"usedParamSet":{"draftId":true,"agencyId":true,"status":true,"invitedBy":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":94,"b":103}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":113}]},{"name":"invitedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":116,"b":126}]}],"statement":"INSERT INTO clarification_agency (draft_id, agency_id, status, invited_by)\nVALUES (:draftId!, :agencyId!, :status!, :invitedBy!)\nON CONFLICT (draft_id, agency_id) DO UPDATE SET status = EXCLUDED.status, invited_by = EXCLUDED.invited_by,\n  invited_at = now(), decided_by = NULL, decided_at = NULL\n  WHERE clarification_agency.status = 'declined'\nRETURNING status AS \"status!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_agency (draft_id, agency_id, status, invited_by)
 * VALUES (:draftId!, :agencyId!, :status!, :invitedBy!)
 * ON CONFLICT (draft_id, agency_id) DO UPDATE SET status = EXCLUDED.status, invited_by = EXCLUDED.invited_by,
 *   invited_at = now(), decided_by = NULL, decided_at = NULL
 *   WHERE clarification_agency.status = 'declined'
 * RETURNING status AS "status!"
 * ```
 */
export const insertDraftAgency = new PreparedQuery<IInsertDraftAgencyParams,IInsertDraftAgencyResult>(insertDraftAgencyIR);


/** 'DecideDraftAgency' parameters type */
export interface IDecideDraftAgencyParams {
  agencyId: string;
  draftId: string;
  status: string;
  userId: string;
}

/** 'DecideDraftAgency' return type */
export interface IDecideDraftAgencyResult {
  status: string;
}

/** 'DecideDraftAgency' query type */
export interface IDecideDraftAgencyQuery {
  params: IDecideDraftAgencyParams;
  result: IDecideDraftAgencyResult;
}

const decideDraftAgencyIR: any = {"usedParamSet":{"status":true,"userId":true,"draftId":true,"agencyId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":48}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":71}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":110,"b":118}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":145}]}],"statement":"UPDATE clarification_agency SET status = :status!, decided_by = :userId!, decided_at = now()\nWHERE draft_id = :draftId! AND agency_id = :agencyId! AND status = 'invited'\nRETURNING status AS \"status!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_agency SET status = :status!, decided_by = :userId!, decided_at = now()
 * WHERE draft_id = :draftId! AND agency_id = :agencyId! AND status = 'invited'
 * RETURNING status AS "status!"
 * ```
 */
export const decideDraftAgency = new PreparedQuery<IDecideDraftAgencyParams,IDecideDraftAgencyResult>(decideDraftAgencyIR);


/** 'LinkCase' parameters type */
export interface ILinkCaseParams {
  caseId: string;
  draftId: string;
  userId: string;
}

/** 'LinkCase' return type */
export type ILinkCaseResult = void;

/** 'LinkCase' query type */
export interface ILinkCaseQuery {
  params: ILinkCaseParams;
  result: ILinkCaseResult;
}

const linkCaseIR: any = {"usedParamSet":{"draftId":true,"caseId":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":78}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":81,"b":88}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":98}]}],"statement":"INSERT INTO clarification_case (draft_id, case_id, linked_by) VALUES (:draftId!, :caseId!, :userId!)\nON CONFLICT DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_case (draft_id, case_id, linked_by) VALUES (:draftId!, :caseId!, :userId!)
 * ON CONFLICT DO NOTHING
 * ```
 */
export const linkCase = new PreparedQuery<ILinkCaseParams,ILinkCaseResult>(linkCaseIR);


/** 'DraftRow' parameters type */
export interface IDraftRowParams {
  agencyId: string;
  draftId: string;
}

/** 'DraftRow' return type */
export interface IDraftRowResult {
  agencyId: string;
  archiveUrls: stringArray;
  chainStartedAt: Date;
  id: string;
  label: string;
  loggedAt: Date;
  membership: string | null;
  platform: string;
  publishedAt: Date | null;
  readsLinkedCase: boolean;
  sourceUrls: stringArray;
  status: string;
  updatedAt: Date;
  version: number;
}

/** 'DraftRow' query type */
export interface IDraftRowQuery {
  params: IDraftRowParams;
  result: IDraftRowResult;
}

const draftRowIR: any = {"usedParamSet":{"agencyId":true,"draftId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":460,"b":469}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":662,"b":670}]}],"statement":"SELECT d.id AS \"id!\", d.agency_id AS \"agencyId!\", d.label AS \"label!\", d.status AS \"status!\",\n       d.platform AS \"platform!\", d.source_urls AS \"sourceUrls!\", d.archive_urls AS \"archiveUrls!\",\n       d.logged_at AS \"loggedAt!\", d.published_at AS \"publishedAt?\", d.chain_started_at AS \"chainStartedAt!\",\n       d.version AS \"version!\", d.updated_at AS \"updatedAt!\",\n       (SELECT a.status FROM clarification_agency a WHERE a.draft_id = d.id AND a.agency_id = :agencyId!) AS \"membership?\",\n       EXISTS (SELECT 1 FROM clarification_case c WHERE c.draft_id = d.id AND simpul_case_visible(c.case_id)) AS \"readsLinkedCase!\"\nFROM clarification_draft d WHERE d.id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id AS "id!", d.agency_id AS "agencyId!", d.label AS "label!", d.status AS "status!",
 *        d.platform AS "platform!", d.source_urls AS "sourceUrls!", d.archive_urls AS "archiveUrls!",
 *        d.logged_at AS "loggedAt!", d.published_at AS "publishedAt?", d.chain_started_at AS "chainStartedAt!",
 *        d.version AS "version!", d.updated_at AS "updatedAt!",
 *        (SELECT a.status FROM clarification_agency a WHERE a.draft_id = d.id AND a.agency_id = :agencyId!) AS "membership?",
 *        EXISTS (SELECT 1 FROM clarification_case c WHERE c.draft_id = d.id AND simpul_case_visible(c.case_id)) AS "readsLinkedCase!"
 * FROM clarification_draft d WHERE d.id = :draftId!
 * ```
 */
export const draftRow = new PreparedQuery<IDraftRowParams,IDraftRowResult>(draftRowIR);


/** 'ListDrafts' parameters type */
export type IListDraftsParams = void;

/** 'ListDrafts' return type */
export interface IListDraftsResult {
  agencyId: string;
  agencyShortName: string;
  id: string;
  label: string;
  loggedAt: Date;
  publishedAt: Date | null;
  searchText: string;
  status: string;
  updatedAt: Date;
}

/** 'ListDrafts' query type */
export interface IListDraftsQuery {
  params: IListDraftsParams;
  result: IListDraftsResult;
}

const listDraftsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT d.id AS \"id!\", d.agency_id AS \"agencyId!\", d.label AS \"label!\", d.status AS \"status!\",\n       d.search_text AS \"searchText!\", d.logged_at AS \"loggedAt!\", d.published_at AS \"publishedAt?\",\n       d.updated_at AS \"updatedAt!\", ag.short_name AS \"agencyShortName!\"\nFROM clarification_draft d JOIN agency ag ON ag.id = d.agency_id\nORDER BY (d.status IN ('published', 'corrected', 'retracted')), d.logged_at DESC\nLIMIT 200"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id AS "id!", d.agency_id AS "agencyId!", d.label AS "label!", d.status AS "status!",
 *        d.search_text AS "searchText!", d.logged_at AS "loggedAt!", d.published_at AS "publishedAt?",
 *        d.updated_at AS "updatedAt!", ag.short_name AS "agencyShortName!"
 * FROM clarification_draft d JOIN agency ag ON ag.id = d.agency_id
 * ORDER BY (d.status IN ('published', 'corrected', 'retracted')), d.logged_at DESC
 * LIMIT 200
 * ```
 */
export const listDrafts = new PreparedQuery<IListDraftsParams,IListDraftsResult>(listDraftsIR);


/** 'DraftAgencies' parameters type */
export interface IDraftAgenciesParams {
  draftId: string;
}

/** 'DraftAgencies' return type */
export interface IDraftAgenciesResult {
  agencyId: string;
  name: string;
  shortName: string;
  status: string;
}

/** 'DraftAgencies' query type */
export interface IDraftAgenciesQuery {
  params: IDraftAgenciesParams;
  result: IDraftAgenciesResult;
}

const draftAgenciesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":201}]}],"statement":"SELECT a.agency_id AS \"agencyId!\", a.status AS \"status!\", ag.name AS \"name!\", ag.short_name AS \"shortName!\"\nFROM clarification_agency a JOIN agency ag ON ag.id = a.agency_id\nWHERE a.draft_id = :draftId!\nORDER BY (a.status = 'owner') DESC, a.invited_at, ag.short_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.agency_id AS "agencyId!", a.status AS "status!", ag.name AS "name!", ag.short_name AS "shortName!"
 * FROM clarification_agency a JOIN agency ag ON ag.id = a.agency_id
 * WHERE a.draft_id = :draftId!
 * ORDER BY (a.status = 'owner') DESC, a.invited_at, ag.short_name
 * ```
 */
export const draftAgencies = new PreparedQuery<IDraftAgenciesParams,IDraftAgenciesResult>(draftAgenciesIR);


/** 'DraftCases' parameters type */
export interface IDraftCasesParams {
  draftId: string;
}

/** 'DraftCases' return type */
export interface IDraftCasesResult {
  caseId: string;
  number: string | null;
  status: string | null;
  title: string | null;
}

/** 'DraftCases' query type */
export interface IDraftCasesQuery {
  params: IDraftCasesParams;
  result: IDraftCasesResult;
}

const draftCasesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":189}]}],"statement":"SELECT c.case_id AS \"caseId!\", k.number AS \"number?\", k.title AS \"title?\", k.status AS \"status?\"\nFROM clarification_case c LEFT JOIN \"case\" k ON k.id = c.case_id\nWHERE c.draft_id = :draftId!\nORDER BY c.linked_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.case_id AS "caseId!", k.number AS "number?", k.title AS "title?", k.status AS "status?"
 * FROM clarification_case c LEFT JOIN "case" k ON k.id = c.case_id
 * WHERE c.draft_id = :draftId!
 * ORDER BY c.linked_at
 * ```
 */
export const draftCases = new PreparedQuery<IDraftCasesParams,IDraftCasesResult>(draftCasesIR);


/** 'LockDraft' parameters type */
export interface ILockDraftParams {
  draftId: string;
}

/** 'LockDraft' return type */
export interface ILockDraftResult {
  chainStartedAt: Date;
  id: string;
  status: string;
}

/** 'LockDraft' query type */
export interface ILockDraftQuery {
  params: ILockDraftParams;
  result: ILockDraftResult;
}

const lockDraftIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":123}]}],"statement":"SELECT id AS \"id!\", status AS \"status!\", chain_started_at AS \"chainStartedAt!\"\nFROM clarification_draft WHERE id = :draftId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", status AS "status!", chain_started_at AS "chainStartedAt!"
 * FROM clarification_draft WHERE id = :draftId! FOR UPDATE
 * ```
 */
export const lockDraft = new PreparedQuery<ILockDraftParams,ILockDraftResult>(lockDraftIR);


/** 'InsertUpdate' parameters type */
export interface IInsertUpdateParams {
  draftId: string;
  update: Buffer;
  userId: string;
}

/** 'InsertUpdate' return type */
export interface IInsertUpdateResult {
  id: string;
}

/** 'InsertUpdate' query type */
export interface IInsertUpdateQuery {
  params: IInsertUpdateParams;
  result: IInsertUpdateResult;
}

const insertUpdateIR: any = {"usedParamSet":{"draftId":true,"update":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":77}]},{"name":"update","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":87}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":90,"b":97}]}],"statement":"INSERT INTO clarification_update (draft_id, update, user_id) VALUES (:draftId!, :update!, :userId!)\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_update (draft_id, update, user_id) VALUES (:draftId!, :update!, :userId!)
 * RETURNING id AS "id!"
 * ```
 */
export const insertUpdate = new PreparedQuery<IInsertUpdateParams,IInsertUpdateResult>(insertUpdateIR);


/** 'UpdatesOf' parameters type */
export interface IUpdatesOfParams {
  draftId: string;
}

/** 'UpdatesOf' return type */
export interface IUpdatesOfResult {
  id: string;
  update: Buffer;
}

/** 'UpdatesOf' query type */
export interface IUpdatesOfQuery {
  params: IUpdatesOfParams;
  result: IUpdatesOfResult;
}

const updatesOfIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]}],"statement":"SELECT id AS \"id!\", update AS \"update!\" FROM clarification_update WHERE draft_id = :draftId! ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", update AS "update!" FROM clarification_update WHERE draft_id = :draftId! ORDER BY id
 * ```
 */
export const updatesOf = new PreparedQuery<IUpdatesOfParams,IUpdatesOfResult>(updatesOfIR);


/** 'DeleteUpdatesThrough' parameters type */
export interface IDeleteUpdatesThroughParams {
  draftId: string;
  throughId: NumberOrString;
}

/** 'DeleteUpdatesThrough' return type */
export type IDeleteUpdatesThroughResult = void;

/** 'DeleteUpdatesThrough' query type */
export interface IDeleteUpdatesThroughQuery {
  params: IDeleteUpdatesThroughParams;
  result: IDeleteUpdatesThroughResult;
}

const deleteUpdatesThroughIR: any = {"usedParamSet":{"draftId":true,"throughId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":58}]},{"name":"throughId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":80}]}],"statement":"DELETE FROM clarification_update WHERE draft_id = :draftId! AND id <= :throughId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM clarification_update WHERE draft_id = :draftId! AND id <= :throughId!
 * ```
 */
export const deleteUpdatesThrough = new PreparedQuery<IDeleteUpdatesThroughParams,IDeleteUpdatesThroughResult>(deleteUpdatesThroughIR);


/** 'InsertCompacted' parameters type */
export interface IInsertCompactedParams {
  draftId: string;
  update: Buffer;
}

/** 'InsertCompacted' return type */
export type IInsertCompactedResult = void;

/** 'InsertCompacted' query type */
export interface IInsertCompactedQuery {
  params: IInsertCompactedParams;
  result: IInsertCompactedResult;
}

const insertCompactedIR: any = {"usedParamSet":{"draftId":true,"update":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":71,"b":79}]},{"name":"update","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":89}]}],"statement":"INSERT INTO clarification_update (draft_id, update, compacted) VALUES (:draftId!, :update!, true)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_update (draft_id, update, compacted) VALUES (:draftId!, :update!, true)
 * ```
 */
export const insertCompacted = new PreparedQuery<IInsertCompactedParams,IInsertCompactedResult>(insertCompactedIR);


/** 'TouchDraftText' parameters type */
export interface ITouchDraftTextParams {
  draftId: string;
  searchText: string;
}

/** 'TouchDraftText' return type */
export type ITouchDraftTextResult = void;

/** 'TouchDraftText' query type */
export interface ITouchDraftTextQuery {
  params: ITouchDraftTextParams;
  result: ITouchDraftTextResult;
}

const touchDraftTextIR: any = {"usedParamSet":{"searchText":true,"draftId":true},"params":[{"name":"searchText","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":56}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":120}]}],"statement":"UPDATE clarification_draft SET search_text = :searchText!, updated_at = now(), version = 1 + version\nWHERE id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft SET search_text = :searchText!, updated_at = now(), version = 1 + version
 * WHERE id = :draftId!
 * ```
 */
export const touchDraftText = new PreparedQuery<ITouchDraftTextParams,ITouchDraftTextResult>(touchDraftTextIR);


/** 'RecordEditor' parameters type */
export interface IRecordEditorParams {
  draftId: string;
  userId: string;
}

/** 'RecordEditor' return type */
export type IRecordEditorResult = void;

/** 'RecordEditor' query type */
export interface IRecordEditorQuery {
  params: IRecordEditorParams;
  result: IRecordEditorResult;
}

const recordEditorIR: any = {"usedParamSet":{"draftId":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":69}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":79}]}],"statement":"INSERT INTO clarification_editor (draft_id, user_id) VALUES (:draftId!, :userId!)\nON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_editor (draft_id, user_id) VALUES (:draftId!, :userId!)
 * ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()
 * ```
 */
export const recordEditor = new PreparedQuery<IRecordEditorParams,IRecordEditorResult>(recordEditorIR);


/** 'EditedSinceChainStart' parameters type */
export interface IEditedSinceChainStartParams {
  draftId: string;
  userId: string;
}

/** 'EditedSinceChainStart' return type */
export interface IEditedSinceChainStartResult {
  edited: boolean;
}

/** 'EditedSinceChainStart' query type */
export interface IEditedSinceChainStartQuery {
  params: IEditedSinceChainStartParams;
  result: IEditedSinceChainStartResult;
}

const editedSinceChainStartIR: any = {"usedParamSet":{"draftId":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":124,"b":132}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":150,"b":157}]}],"statement":"SELECT EXISTS (\n  SELECT 1 FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id\n  WHERE e.draft_id = :draftId! AND e.user_id = :userId! AND e.last_edit_at >= d.chain_started_at\n) AS \"edited!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT EXISTS (
 *   SELECT 1 FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id
 *   WHERE e.draft_id = :draftId! AND e.user_id = :userId! AND e.last_edit_at >= d.chain_started_at
 * ) AS "edited!"
 * ```
 */
export const editedSinceChainStart = new PreparedQuery<IEditedSinceChainStartParams,IEditedSinceChainStartResult>(editedSinceChainStartIR);


/** 'SimilarDrafts' parameters type */
export interface ISimilarDraftsParams {
  text: string;
}

/** 'SimilarDrafts' return type */
export interface ISimilarDraftsResult {
  id: string;
  label: string;
  loggedAt: Date;
  score: number;
  searchText: string;
  status: string;
}

/** 'SimilarDrafts' query type */
export interface ISimilarDraftsQuery {
  params: ISimilarDraftsParams;
  result: ISimilarDraftsResult;
}

const similarDraftsIR: any = {"usedParamSet":{"text":true},"params":[{"name":"text","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":164},{"a":266,"b":271},{"a":316,"b":321}]}],"statement":"SELECT d.id AS \"id!\", d.label AS \"label!\", d.status AS \"status!\", d.search_text AS \"searchText!\",\n       d.logged_at AS \"loggedAt!\", similarity(d.search_text, :text!) AS \"score!\"\nFROM clarification_draft d\nWHERE d.status <> 'retracted' AND similarity(d.search_text, :text!) > 0.15\nORDER BY similarity(d.search_text, :text!) DESC\nLIMIT 10"};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.id AS "id!", d.label AS "label!", d.status AS "status!", d.search_text AS "searchText!",
 *        d.logged_at AS "loggedAt!", similarity(d.search_text, :text!) AS "score!"
 * FROM clarification_draft d
 * WHERE d.status <> 'retracted' AND similarity(d.search_text, :text!) > 0.15
 * ORDER BY similarity(d.search_text, :text!) DESC
 * LIMIT 10
 * ```
 */
export const similarDrafts = new PreparedQuery<ISimilarDraftsParams,ISimilarDraftsResult>(similarDraftsIR);


/** 'ChainSteps' parameters type */
export interface IChainStepsParams {
  agencyId: string;
}

/** 'ChainSteps' return type */
export interface IChainStepsResult {
  agencyId: string;
  alternateUserIds: stringArray;
  approverAgencyId: string | null;
  id: string;
  name: string;
  position: number;
  role: string | null;
  userIds: stringArray;
}

/** 'ChainSteps' query type */
export interface IChainStepsQuery {
  params: IChainStepsParams;
  result: IChainStepsResult;
}

const chainStepsIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":296,"b":305}]}],"statement":"SELECT s.id AS \"id!\", s.agency_id AS \"agencyId!\", s.position AS \"position!\", s.name AS \"name!\",\n       s.approver_agency_id AS \"approverAgencyId?\", s.role AS \"role?\", s.user_ids AS \"userIds!\",\n       s.alternate_user_ids AS \"alternateUserIds!\"\nFROM clarification_chain_step s WHERE s.agency_id = :agencyId! ORDER BY s.position"};

/**
 * Query generated from SQL:
 * ```
 * SELECT s.id AS "id!", s.agency_id AS "agencyId!", s.position AS "position!", s.name AS "name!",
 *        s.approver_agency_id AS "approverAgencyId?", s.role AS "role?", s.user_ids AS "userIds!",
 *        s.alternate_user_ids AS "alternateUserIds!"
 * FROM clarification_chain_step s WHERE s.agency_id = :agencyId! ORDER BY s.position
 * ```
 */
export const chainSteps = new PreparedQuery<IChainStepsParams,IChainStepsResult>(chainStepsIR);


/** 'DeleteChainSteps' parameters type */
export interface IDeleteChainStepsParams {
  agencyId: string;
}

/** 'DeleteChainSteps' return type */
export type IDeleteChainStepsResult = void;

/** 'DeleteChainSteps' query type */
export interface IDeleteChainStepsQuery {
  params: IDeleteChainStepsParams;
  result: IDeleteChainStepsResult;
}

const deleteChainStepsIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":55,"b":64}]}],"statement":"DELETE FROM clarification_chain_step WHERE agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM clarification_chain_step WHERE agency_id = :agencyId!
 * ```
 */
export const deleteChainSteps = new PreparedQuery<IDeleteChainStepsParams,IDeleteChainStepsResult>(deleteChainStepsIR);


/** 'InsertChainStep' parameters type */
export interface IInsertChainStepParams {
  agencyId: string;
  alternateUserIds: stringArray;
  approverAgencyId?: string | null | void;
  name: string;
  position: number;
  role?: string | null | void;
  updatedBy: string;
  userIds: stringArray;
}

/** 'InsertChainStep' return type */
export type IInsertChainStepResult = void;

/** 'InsertChainStep' query type */
export interface IInsertChainStepQuery {
  params: IInsertChainStepParams;
  result: IInsertChainStepResult;
}

const insertChainStepIR: any = {"usedParamSet":{"agencyId":true,"position":true,"name":true,"approverAgencyId":true,"role":true,"userIds":true,"alternateUserIds":true,"updatedBy":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":141,"b":150}]},{"name":"position","required":true,"transform":{"type":"scalar"},"locs":[{"a":153,"b":162}]},{"name":"name","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":170}]},{"name":"approverAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":173,"b":189}]},{"name":"role","required":false,"transform":{"type":"scalar"},"locs":[{"a":192,"b":196}]},{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":199,"b":207}]},{"name":"alternateUserIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":227}]},{"name":"updatedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":240}]}],"statement":"INSERT INTO clarification_chain_step (agency_id, position, name, approver_agency_id, role, user_ids, alternate_user_ids, updated_by)\nVALUES (:agencyId!, :position!, :name!, :approverAgencyId, :role, :userIds!, :alternateUserIds!, :updatedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_chain_step (agency_id, position, name, approver_agency_id, role, user_ids, alternate_user_ids, updated_by)
 * VALUES (:agencyId!, :position!, :name!, :approverAgencyId, :role, :userIds!, :alternateUserIds!, :updatedBy!)
 * ```
 */
export const insertChainStep = new PreparedQuery<IInsertChainStepParams,IInsertChainStepResult>(insertChainStepIR);


/** 'EligibleByRole' parameters type */
export interface IEligibleByRoleParams {
  agencyId: string;
  role: string;
}

/** 'EligibleByRole' return type */
export interface IEligibleByRoleResult {
  name: string;
  userId: string;
}

/** 'EligibleByRole' query type */
export interface IEligibleByRoleQuery {
  params: IEligibleByRoleParams;
  result: IEligibleByRoleResult;
}

const eligibleByRoleIR: any = {"usedParamSet":{"agencyId":true,"role":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":123,"b":132}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":147,"b":152}]}],"statement":"SELECT m.user_id AS \"userId!\", u.name AS \"name!\"\nFROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.agency_id = :agencyId! AND m.role = :role! AND u.active\nORDER BY u.name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT m.user_id AS "userId!", u.name AS "name!"
 * FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.agency_id = :agencyId! AND m.role = :role! AND u.active
 * ORDER BY u.name
 * ```
 */
export const eligibleByRole = new PreparedQuery<IEligibleByRoleParams,IEligibleByRoleResult>(eligibleByRoleIR);


/** 'ActiveUsers' parameters type */
export interface IActiveUsersParams {
  userIds: stringArray;
}

/** 'ActiveUsers' return type */
export interface IActiveUsersResult {
  name: string;
  userId: string;
}

/** 'ActiveUsers' query type */
export interface IActiveUsersQuery {
  params: IActiveUsersParams;
  result: IActiveUsersResult;
}

const activeUsersIR: any = {"usedParamSet":{"userIds":true},"params":[{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]}],"statement":"SELECT u.id AS \"userId!\", u.name AS \"name!\" FROM app_user u WHERE u.id = ANY(:userIds!) AND u.active ORDER BY u.name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id AS "userId!", u.name AS "name!" FROM app_user u WHERE u.id = ANY(:userIds!) AND u.active ORDER BY u.name
 * ```
 */
export const activeUsers = new PreparedQuery<IActiveUsersParams,IActiveUsersResult>(activeUsersIR);


/** 'LiveApprovals' parameters type */
export interface ILiveApprovalsParams {
  draftId: string;
}

/** 'LiveApprovals' return type */
export interface ILiveApprovalsResult {
  contentHash: string;
  decidedAt: Date;
  decision: string;
  note: string | null;
  stepKey: string;
  userId: string | null;
  userName: string | null;
}

/** 'LiveApprovals' query type */
export interface ILiveApprovalsQuery {
  params: ILiveApprovalsParams;
  result: ILiveApprovalsResult;
}

const liveApprovalsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":286,"b":294}]}],"statement":"SELECT a.step_key AS \"stepKey!\", a.user_id AS \"userId?\", a.decision AS \"decision!\", a.content_hash AS \"contentHash!\",\n       a.note AS \"note?\", a.decided_at AS \"decidedAt!\", u.name AS \"userName?\"\nFROM clarification_approval a LEFT JOIN app_user u ON u.id = a.user_id\nWHERE a.draft_id = :draftId! AND a.voided_at IS NULL\nORDER BY a.decided_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.step_key AS "stepKey!", a.user_id AS "userId?", a.decision AS "decision!", a.content_hash AS "contentHash!",
 *        a.note AS "note?", a.decided_at AS "decidedAt!", u.name AS "userName?"
 * FROM clarification_approval a LEFT JOIN app_user u ON u.id = a.user_id
 * WHERE a.draft_id = :draftId! AND a.voided_at IS NULL
 * ORDER BY a.decided_at
 * ```
 */
export const liveApprovals = new PreparedQuery<ILiveApprovalsParams,ILiveApprovalsResult>(liveApprovalsIR);


/** 'InsertApproval' parameters type */
export interface IInsertApprovalParams {
  agencyId: string;
  contentHash: string;
  decision: string;
  draftId: string;
  note?: string | null | void;
  stepKey: string;
  userId: string;
}

/** 'InsertApproval' return type */
export interface IInsertApprovalResult {
  id: string;
}

/** 'InsertApproval' query type */
export interface IInsertApprovalQuery {
  params: IInsertApprovalParams;
  result: IInsertApprovalResult;
}

const insertApprovalIR: any = {"usedParamSet":{"draftId":true,"stepKey":true,"userId":true,"agencyId":true,"decision":true,"contentHash":true,"note":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":122}]},{"name":"stepKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":133}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":143}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":155}]},{"name":"decision","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":167}]},{"name":"contentHash","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":182}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":185,"b":189}]}],"statement":"INSERT INTO clarification_approval (draft_id, step_key, user_id, agency_id, decision, content_hash, note)\nVALUES (:draftId!, :stepKey!, :userId!, :agencyId!, :decision!, :contentHash!, :note)\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_approval (draft_id, step_key, user_id, agency_id, decision, content_hash, note)
 * VALUES (:draftId!, :stepKey!, :userId!, :agencyId!, :decision!, :contentHash!, :note)
 * RETURNING id AS "id!"
 * ```
 */
export const insertApproval = new PreparedQuery<IInsertApprovalParams,IInsertApprovalResult>(insertApprovalIR);


/** 'VoidApprovals' parameters type */
export interface IVoidApprovalsParams {
  draftId: string;
}

/** 'VoidApprovals' return type */
export interface IVoidApprovalsResult {
  id: string;
}

/** 'VoidApprovals' query type */
export interface IVoidApprovalsQuery {
  params: IVoidApprovalsParams;
  result: IVoidApprovalsResult;
}

const voidApprovalsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":77}]}],"statement":"UPDATE clarification_approval SET voided_at = now() WHERE draft_id = :draftId! AND voided_at IS NULL\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_approval SET voided_at = now() WHERE draft_id = :draftId! AND voided_at IS NULL
 * RETURNING id AS "id!"
 * ```
 */
export const voidApprovals = new PreparedQuery<IVoidApprovalsParams,IVoidApprovalsResult>(voidApprovalsIR);


/** 'RestartChain' parameters type */
export interface IRestartChainParams {
  draftId: string;
  status: string;
}

/** 'RestartChain' return type */
export type IRestartChainResult = void;

/** 'RestartChain' query type */
export interface IRestartChainQuery {
  params: IRestartChainParams;
  result: IRestartChainResult;
}

const restartChainIR: any = {"usedParamSet":{"status":true,"draftId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":73}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":114}]}],"statement":"UPDATE clarification_draft SET chain_started_at = now(), status = :status!, reminded_at = NULL WHERE id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft SET chain_started_at = now(), status = :status!, reminded_at = NULL WHERE id = :draftId!
 * ```
 */
export const restartChain = new PreparedQuery<IRestartChainParams,IRestartChainResult>(restartChainIR);


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

const setDraftStatusIR: any = {"usedParamSet":{"status":true,"draftId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":47}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":80,"b":88}]}],"statement":"UPDATE clarification_draft SET status = :status!, updated_at = now() WHERE id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft SET status = :status!, updated_at = now() WHERE id = :draftId!
 * ```
 */
export const setDraftStatus = new PreparedQuery<ISetDraftStatusParams,ISetDraftStatusResult>(setDraftStatusIR);


/** 'InsertDraftEvent' parameters type */
export interface IInsertDraftEventParams {
  actorId?: string | null | void;
  draftId: string;
  payload: Json;
  type: string;
}

/** 'InsertDraftEvent' return type */
export type IInsertDraftEventResult = void;

/** 'InsertDraftEvent' query type */
export interface IInsertDraftEventQuery {
  params: IInsertDraftEventParams;
  result: IInsertDraftEventResult;
}

const insertDraftEventIR: any = {"usedParamSet":{"draftId":true,"type":true,"actorId":true,"payload":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":84}]},{"name":"type","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":92}]},{"name":"actorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":95,"b":102}]},{"name":"payload","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":113}]}],"statement":"INSERT INTO clarification_event (draft_id, type, actor_id, payload) VALUES (:draftId!, :type!, :actorId, :payload!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_event (draft_id, type, actor_id, payload) VALUES (:draftId!, :type!, :actorId, :payload!)
 * ```
 */
export const insertDraftEvent = new PreparedQuery<IInsertDraftEventParams,IInsertDraftEventResult>(insertDraftEventIR);


/** 'DraftEvents' parameters type */
export interface IDraftEventsParams {
  draftId: string;
}

/** 'DraftEvents' return type */
export interface IDraftEventsResult {
  actorId: string | null;
  actorName: string | null;
  createdAt: Date;
  id: string;
  payload: Json;
  type: string;
}

/** 'DraftEvents' query type */
export interface IDraftEventsQuery {
  params: IDraftEventsParams;
  result: IDraftEventsResult;
}

const draftEventsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":241}]}],"statement":"SELECT e.id AS \"id!\", e.type AS \"type!\", e.actor_id AS \"actorId?\", u.name AS \"actorName?\", e.payload AS \"payload!\", e.created_at AS \"createdAt!\"\nFROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id\nWHERE e.draft_id = :draftId! ORDER BY e.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.id AS "id!", e.type AS "type!", e.actor_id AS "actorId?", u.name AS "actorName?", e.payload AS "payload!", e.created_at AS "createdAt!"
 * FROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id
 * WHERE e.draft_id = :draftId! ORDER BY e.id
 * ```
 */
export const draftEvents = new PreparedQuery<IDraftEventsParams,IDraftEventsResult>(draftEventsIR);


/** 'UpdatesAfter' parameters type */
export interface IUpdatesAfterParams {
  afterId: NumberOrString;
  draftId: string;
}

/** 'UpdatesAfter' return type */
export interface IUpdatesAfterResult {
  id: string;
  update: Buffer;
}

/** 'UpdatesAfter' query type */
export interface IUpdatesAfterQuery {
  params: IUpdatesAfterParams;
  result: IUpdatesAfterResult;
}

const updatesAfterIR: any = {"usedParamSet":{"draftId":true,"afterId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":83,"b":91}]},{"name":"afterId","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":110}]}],"statement":"SELECT id AS \"id!\", update AS \"update!\" FROM clarification_update WHERE draft_id = :draftId! AND id > :afterId! ORDER BY id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id AS "id!", update AS "update!" FROM clarification_update WHERE draft_id = :draftId! AND id > :afterId! ORDER BY id
 * ```
 */
export const updatesAfter = new PreparedQuery<IUpdatesAfterParams,IUpdatesAfterResult>(updatesAfterIR);


/** 'CountUpdates' parameters type */
export interface ICountUpdatesParams {
  draftId: string;
}

/** 'CountUpdates' return type */
export interface ICountUpdatesResult {
  count: number;
}

/** 'CountUpdates' query type */
export interface ICountUpdatesQuery {
  params: ICountUpdatesParams;
  result: ICountUpdatesResult;
}

const countUpdatesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":84}]}],"statement":"SELECT count(*)::int AS \"count!\" FROM clarification_update WHERE draft_id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "count!" FROM clarification_update WHERE draft_id = :draftId!
 * ```
 */
export const countUpdates = new PreparedQuery<ICountUpdatesParams,ICountUpdatesResult>(countUpdatesIR);


/** 'InsertUpdateIfEditable' parameters type */
export interface IInsertUpdateIfEditableParams {
  draftId: string;
  update: Buffer;
  userId: string;
}

/** 'InsertUpdateIfEditable' return type */
export interface IInsertUpdateIfEditableResult {
  id: string;
  status: string;
}

/** 'InsertUpdateIfEditable' query type */
export interface IInsertUpdateIfEditableQuery {
  params: IInsertUpdateIfEditableParams;
  result: IInsertUpdateIfEditableResult;
}

const insertUpdateIfEditableIR: any = {"usedParamSet":{"draftId":true,"update":true,"userId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":78}]},{"name":"update","required":true,"transform":{"type":"scalar"},"locs":[{"a":238,"b":245}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":248,"b":255},{"a":364,"b":371}]}],"statement":"WITH d AS (\n  SELECT id, status FROM clarification_draft\n  WHERE id = :draftId! AND status IN ('draft', 'in_review', 'approved')\n  FOR KEY SHARE\n), stored AS (\n  INSERT INTO clarification_update (draft_id, update, user_id)\n  SELECT d.id, :update!, :userId! FROM d\n  RETURNING id\n), editor AS (\n  INSERT INTO clarification_editor (draft_id, user_id)\n  SELECT d.id, :userId! FROM d\n  ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()\n)\nSELECT stored.id AS \"id!\", d.status AS \"status!\" FROM stored, d"};

/**
 * Query generated from SQL:
 * ```
 * WITH d AS (
 *   SELECT id, status FROM clarification_draft
 *   WHERE id = :draftId! AND status IN ('draft', 'in_review', 'approved')
 *   FOR KEY SHARE
 * ), stored AS (
 *   INSERT INTO clarification_update (draft_id, update, user_id)
 *   SELECT d.id, :update!, :userId! FROM d
 *   RETURNING id
 * ), editor AS (
 *   INSERT INTO clarification_editor (draft_id, user_id)
 *   SELECT d.id, :userId! FROM d
 *   ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()
 * )
 * SELECT stored.id AS "id!", d.status AS "status!" FROM stored, d
 * ```
 */
export const insertUpdateIfEditable = new PreparedQuery<IInsertUpdateIfEditableParams,IInsertUpdateIfEditableResult>(insertUpdateIfEditableIR);


/** 'HasLiveApprovals' parameters type */
export interface IHasLiveApprovalsParams {
  draftId: string;
}

/** 'HasLiveApprovals' return type */
export interface IHasLiveApprovalsResult {
  approvals: boolean;
}

/** 'HasLiveApprovals' query type */
export interface IHasLiveApprovalsQuery {
  params: IHasLiveApprovalsParams;
  result: IHasLiveApprovalsResult;
}

const hasLiveApprovalsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":72,"b":80}]}],"statement":"SELECT EXISTS (\n  SELECT 1 FROM clarification_approval WHERE draft_id = :draftId! AND voided_at IS NULL\n) AS \"approvals!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT EXISTS (
 *   SELECT 1 FROM clarification_approval WHERE draft_id = :draftId! AND voided_at IS NULL
 * ) AS "approvals!"
 * ```
 */
export const hasLiveApprovals = new PreparedQuery<IHasLiveApprovalsParams,IHasLiveApprovalsResult>(hasLiveApprovalsIR);


/** 'MarkEditorsSince' parameters type */
export interface IMarkEditorsSinceParams {
  draftId: string;
  since: DateOrString;
}

/** 'MarkEditorsSince' return type */
export type IMarkEditorsSinceResult = void;

/** 'MarkEditorsSince' query type */
export interface IMarkEditorsSinceQuery {
  params: IMarkEditorsSinceParams;
  result: IMarkEditorsSinceResult;
}

const markEditorsSinceIR: any = {"usedParamSet":{"draftId":true,"since":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":138,"b":146}]},{"name":"since","required":true,"transform":{"type":"scalar"},"locs":[{"a":194,"b":200}]}],"statement":"INSERT INTO clarification_editor (draft_id, user_id)\nSELECT DISTINCT u.draft_id, u.user_id FROM clarification_update u\nWHERE u.draft_id = :draftId! AND u.user_id IS NOT NULL AND u.created_at >= :since!\nON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_editor (draft_id, user_id)
 * SELECT DISTINCT u.draft_id, u.user_id FROM clarification_update u
 * WHERE u.draft_id = :draftId! AND u.user_id IS NOT NULL AND u.created_at >= :since!
 * ON CONFLICT (draft_id, user_id) DO UPDATE SET last_edit_at = now()
 * ```
 */
export const markEditorsSince = new PreparedQuery<IMarkEditorsSinceParams,IMarkEditorsSinceResult>(markEditorsSinceIR);


/** 'TakeUpdates' parameters type */
export interface ITakeUpdatesParams {
  draftId: string;
}

/** 'TakeUpdates' return type */
export interface ITakeUpdatesResult {
  id: string;
  update: Buffer;
}

/** 'TakeUpdates' query type */
export interface ITakeUpdatesQuery {
  params: ITakeUpdatesParams;
  result: ITakeUpdatesResult;
}

const takeUpdatesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":58}]}],"statement":"DELETE FROM clarification_update WHERE draft_id = :draftId!\nRETURNING id AS \"id!\", update AS \"update!\""};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM clarification_update WHERE draft_id = :draftId!
 * RETURNING id AS "id!", update AS "update!"
 * ```
 */
export const takeUpdates = new PreparedQuery<ITakeUpdatesParams,ITakeUpdatesResult>(takeUpdatesIR);


