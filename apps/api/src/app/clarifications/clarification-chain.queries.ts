/** Types generated for queries found in "apps/api/src/app/clarifications/clarification-chain.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'ChainHead' parameters type */
export interface IChainHeadParams {
  agencyId: string;
}

/** 'ChainHead' return type */
export interface IChainHeadResult {
  updatedAt: Date;
  updatedByName: string | null;
  version: number;
}

/** 'ChainHead' query type */
export interface IChainHeadQuery {
  params: IChainHeadParams;
  result: IChainHeadResult;
}

const chainHeadIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":180,"b":189}]}],"statement":"SELECT c.version AS \"version!\", c.updated_at AS \"updatedAt!\", u.name AS \"updatedByName?\"\nFROM clarification_chain c LEFT JOIN app_user u ON u.id = c.updated_by\nWHERE c.agency_id = :agencyId!                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.version AS "version!", c.updated_at AS "updatedAt!", u.name AS "updatedByName?"
 * FROM clarification_chain c LEFT JOIN app_user u ON u.id = c.updated_by
 * WHERE c.agency_id = :agencyId!                                                                                                           
 * ```
 */
export const chainHead = new PreparedQuery<IChainHeadParams,IChainHeadResult>(chainHeadIR);


/** 'InsertChainVersion' parameters type */
export interface IInsertChainVersionParams {
  agencyId: string;
  userId: string;
}

/** 'InsertChainVersion' return type */
export interface IInsertChainVersionResult {
  version: number;
}

/** 'InsertChainVersion' query type */
export interface IInsertChainVersionQuery {
  params: IInsertChainVersionParams;
  result: IInsertChainVersionResult;
}

const insertChainVersionIR: any = {"usedParamSet":{"agencyId":true,"userId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":82}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":95}]}],"statement":"INSERT INTO clarification_chain (agency_id, version, updated_by) VALUES (:agencyId!, 1, :userId!)\nON CONFLICT (agency_id) DO NOTHING\nRETURNING version AS \"version!\"                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO clarification_chain (agency_id, version, updated_by) VALUES (:agencyId!, 1, :userId!)
 * ON CONFLICT (agency_id) DO NOTHING
 * RETURNING version AS "version!"                                                           
 * ```
 */
export const insertChainVersion = new PreparedQuery<IInsertChainVersionParams,IInsertChainVersionResult>(insertChainVersionIR);


/** 'ConditionalBumpChainVersion' parameters type */
export interface IConditionalBumpChainVersionParams {
  agencyId: string;
  baseVersion: number;
  userId: string;
}

/** 'ConditionalBumpChainVersion' return type */
export interface IConditionalBumpChainVersionResult {
  version: number;
}

/** 'ConditionalBumpChainVersion' query type */
export interface IConditionalBumpChainVersionQuery {
  params: IConditionalBumpChainVersionParams;
  result: IConditionalBumpChainVersionResult;
}

const conditionalBumpChainVersionIR: any = {"usedParamSet":{"userId":true,"agencyId":true,"baseVersion":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":74}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":123}]},{"name":"baseVersion","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":151}]}],"statement":"UPDATE clarification_chain SET version = version + 1, updated_by = :userId!, updated_at = now()\nWHERE agency_id = :agencyId! AND version = :baseVersion!::int\nRETURNING version AS \"version!\"                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_chain SET version = version + 1, updated_by = :userId!, updated_at = now()
 * WHERE agency_id = :agencyId! AND version = :baseVersion!::int
 * RETURNING version AS "version!"                                                                                             
 * ```
 */
export const conditionalBumpChainVersion = new PreparedQuery<IConditionalBumpChainVersionParams,IConditionalBumpChainVersionResult>(conditionalBumpChainVersionIR);


/** 'AgencySubtree' parameters type */
export interface IAgencySubtreeParams {
  agencyId: string;
}

/** 'AgencySubtree' return type */
export interface IAgencySubtreeResult {
  id: string;
  name: string;
  shortName: string;
}

/** 'AgencySubtree' query type */
export interface IAgencySubtreeQuery {
  params: IAgencySubtreeParams;
  result: IAgencySubtreeResult;
}

const agencySubtreeIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":78,"b":87},{"a":333,"b":342}]}],"statement":"WITH RECURSIVE tree AS (\n  SELECT a.id, 0 AS depth FROM agency a WHERE a.id = :agencyId!\n  UNION ALL\n  SELECT a.id, t.depth + 1 FROM agency a JOIN tree t ON a.parent_id = t.id WHERE t.depth < 10\n)\nSELECT a.id AS \"id!\", a.short_name AS \"shortName!\", a.name AS \"name!\"\nFROM tree t JOIN agency a ON a.id = t.id\nWHERE a.active OR a.id = :agencyId!\nORDER BY t.depth, a.short_name                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * WITH RECURSIVE tree AS (
 *   SELECT a.id, 0 AS depth FROM agency a WHERE a.id = :agencyId!
 *   UNION ALL
 *   SELECT a.id, t.depth + 1 FROM agency a JOIN tree t ON a.parent_id = t.id WHERE t.depth < 10
 * )
 * SELECT a.id AS "id!", a.short_name AS "shortName!", a.name AS "name!"
 * FROM tree t JOIN agency a ON a.id = t.id
 * WHERE a.active OR a.id = :agencyId!
 * ORDER BY t.depth, a.short_name                                                                                                 
 * ```
 */
export const agencySubtree = new PreparedQuery<IAgencySubtreeParams,IAgencySubtreeResult>(agencySubtreeIR);


/** 'SubtreeMembers' parameters type */
export interface ISubtreeMembersParams {
  agencyIds: stringArray;
}

/** 'SubtreeMembers' return type */
export interface ISubtreeMembersResult {
  agencyId: string;
  agencyShortName: string;
  name: string;
  role: string;
  userId: string;
}

/** 'SubtreeMembers' query type */
export interface ISubtreeMembersQuery {
  params: ISubtreeMembersParams;
  result: ISubtreeMembersResult;
}

const subtreeMembersIR: any = {"usedParamSet":{"agencyIds":true},"params":[{"name":"agencyIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":251}]}],"statement":"SELECT u.id AS \"userId!\", u.name AS \"name!\", m.agency_id AS \"agencyId!\", a.short_name AS \"agencyShortName!\", m.role AS \"role!\"\nFROM membership m JOIN app_user u ON u.id = m.user_id JOIN agency a ON a.id = m.agency_id\nWHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND u.active\nORDER BY u.name, a.short_name, m.role"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id AS "userId!", u.name AS "name!", m.agency_id AS "agencyId!", a.short_name AS "agencyShortName!", m.role AS "role!"
 * FROM membership m JOIN app_user u ON u.id = m.user_id JOIN agency a ON a.id = m.agency_id
 * WHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND u.active
 * ORDER BY u.name, a.short_name, m.role
 * ```
 */
export const subtreeMembers = new PreparedQuery<ISubtreeMembersParams,ISubtreeMembersResult>(subtreeMembersIR);


/** 'UsersByIds' parameters type */
export interface IUsersByIdsParams {
  userIds: stringArray;
}

/** 'UsersByIds' return type */
export interface IUsersByIdsResult {
  name: string;
  userId: string;
}

/** 'UsersByIds' query type */
export interface IUsersByIdsQuery {
  params: IUsersByIdsParams;
  result: IUsersByIdsResult;
}

const usersByIdsIR: any = {"usedParamSet":{"userIds":true},"params":[{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":85}]}],"statement":"SELECT u.id AS \"userId!\", u.name AS \"name!\" FROM app_user u WHERE u.id = ANY(:userIds!::uuid[]) ORDER BY u.name                                                                                                                                                                                                                                                                                                   "};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id AS "userId!", u.name AS "name!" FROM app_user u WHERE u.id = ANY(:userIds!::uuid[]) ORDER BY u.name                                                                                                                                                                                                                                                                                                   
 * ```
 */
export const usersByIds = new PreparedQuery<IUsersByIdsParams,IUsersByIdsResult>(usersByIdsIR);


/** 'ClaimDueClarificationReminders' parameters type */
export interface IClaimDueClarificationRemindersParams {
  clockHours: number;
  draftId: string;
  now: DateOrString;
  remindAtHours: number;
}

/** 'ClaimDueClarificationReminders' return type */
export interface IClaimDueClarificationRemindersResult {
  agencyId: string;
  id: string;
  loggedAt: Date;
}

/** 'ClaimDueClarificationReminders' query type */
export interface IClaimDueClarificationRemindersQuery {
  params: IClaimDueClarificationRemindersParams;
  result: IClaimDueClarificationRemindersResult;
}

const claimDueClarificationRemindersIR: any = {"usedParamSet":{"remindAtHours":true,"now":true,"clockHours":true,"draftId":true},"params":[{"name":"remindAtHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":224,"b":238}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":253},{"a":334,"b":338}]},{"name":"clockHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":324}]},{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":368,"b":376}]}],"statement":"UPDATE clarification_draft d SET reminded_at = now()\nWHERE d.id IN (\n  SELECT x.id FROM clarification_draft x\n  WHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL\n    AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz\n    AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz\n    AND x.id = :draftId!\n  FOR UPDATE SKIP LOCKED)\nRETURNING d.id AS \"id!\", d.agency_id AS \"agencyId!\", d.logged_at AS \"loggedAt!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft d SET reminded_at = now()
 * WHERE d.id IN (
 *   SELECT x.id FROM clarification_draft x
 *   WHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL
 *     AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz
 *     AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz
 *     AND x.id = :draftId!
 *   FOR UPDATE SKIP LOCKED)
 * RETURNING d.id AS "id!", d.agency_id AS "agencyId!", d.logged_at AS "loggedAt!"
 * ```
 */
export const claimDueClarificationReminders = new PreparedQuery<IClaimDueClarificationRemindersParams,IClaimDueClarificationRemindersResult>(claimDueClarificationRemindersIR);


/** 'DueClarificationReminders' parameters type */
export interface IDueClarificationRemindersParams {
  clockHours: number;
  now: DateOrString;
  remindAtHours: number;
}

/** 'DueClarificationReminders' return type */
export interface IDueClarificationRemindersResult {
  id: string;
}

/** 'DueClarificationReminders' query type */
export interface IDueClarificationRemindersQuery {
  params: IDueClarificationRemindersParams;
  result: IDueClarificationRemindersResult;
}

const dueClarificationRemindersIR: any = {"usedParamSet":{"remindAtHours":true,"now":true,"clockHours":true},"params":[{"name":"remindAtHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":172}]},{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":187},{"a":266,"b":270}]},{"name":"clockHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":245,"b":256}]}],"statement":"SELECT x.id AS \"id!\" FROM clarification_draft x\nWHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL\n  AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz\n  AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz\nORDER BY x.logged_at LIMIT 200                                                                                                                             "};

/**
 * Query generated from SQL:
 * ```
 * SELECT x.id AS "id!" FROM clarification_draft x
 * WHERE x.status IN ('draft', 'in_review') AND x.reminded_at IS NULL
 *   AND x.logged_at + make_interval(hours => :remindAtHours!::int) <= :now!::timestamptz
 *   AND x.logged_at + make_interval(hours => :clockHours!::int) > :now!::timestamptz
 * ORDER BY x.logged_at LIMIT 200                                                                                                                             
 * ```
 */
export const dueClarificationReminders = new PreparedQuery<IDueClarificationRemindersParams,IDueClarificationRemindersResult>(dueClarificationRemindersIR);


/** 'ChainsToNotice' parameters type */
export type IChainsToNoticeParams = void;

/** 'ChainsToNotice' return type */
export interface IChainsToNoticeResult {
  id: string;
}

/** 'ChainsToNotice' query type */
export interface IChainsToNoticeQuery {
  params: IChainsToNoticeParams;
  result: IChainsToNoticeResult;
}

const chainsToNoticeIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT x.id AS \"id!\" FROM clarification_draft x\nWHERE x.status IN ('draft', 'in_review')\n  AND (x.approval_noticed_at IS NULL OR x.approval_noticed_at < x.chain_started_at)\nORDER BY x.chain_started_at LIMIT 100"};

/**
 * Query generated from SQL:
 * ```
 * SELECT x.id AS "id!" FROM clarification_draft x
 * WHERE x.status IN ('draft', 'in_review')
 *   AND (x.approval_noticed_at IS NULL OR x.approval_noticed_at < x.chain_started_at)
 * ORDER BY x.chain_started_at LIMIT 100
 * ```
 */
export const chainsToNotice = new PreparedQuery<IChainsToNoticeParams,IChainsToNoticeResult>(chainsToNoticeIR);


/** 'ClaimChainNotice' parameters type */
export interface IClaimChainNoticeParams {
  draftId: string;
}

/** 'ClaimChainNotice' return type */
export interface IClaimChainNoticeResult {
  id: string;
}

/** 'ClaimChainNotice' query type */
export interface IClaimChainNoticeQuery {
  params: IClaimChainNoticeParams;
  result: IClaimChainNoticeResult;
}

const claimChainNoticeIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":78}]}],"statement":"UPDATE clarification_draft SET approval_noticed_at = now()\nWHERE id = :draftId! AND status IN ('draft', 'in_review')\n  AND (approval_noticed_at IS NULL OR approval_noticed_at < chain_started_at)\nRETURNING id AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * UPDATE clarification_draft SET approval_noticed_at = now()
 * WHERE id = :draftId! AND status IN ('draft', 'in_review')
 *   AND (approval_noticed_at IS NULL OR approval_noticed_at < chain_started_at)
 * RETURNING id AS "id!"
 * ```
 */
export const claimChainNotice = new PreparedQuery<IClaimChainNoticeParams,IClaimChainNoticeResult>(claimChainNoticeIR);


/** 'DraftOwner' parameters type */
export interface IDraftOwnerParams {
  draftId: string;
}

/** 'DraftOwner' return type */
export interface IDraftOwnerResult {
  agencyId: string;
  loggedAt: Date;
  status: string;
}

/** 'DraftOwner' query type */
export interface IDraftOwnerQuery {
  params: IDraftOwnerParams;
  result: IDraftOwnerResult;
}

const draftOwnerIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":133}]}],"statement":"SELECT d.agency_id AS \"agencyId!\", d.status AS \"status!\", d.logged_at AS \"loggedAt!\" FROM clarification_draft d WHERE d.id = :draftId!                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT d.agency_id AS "agencyId!", d.status AS "status!", d.logged_at AS "loggedAt!" FROM clarification_draft d WHERE d.id = :draftId!                                                                                    
 * ```
 */
export const draftOwner = new PreparedQuery<IDraftOwnerParams,IDraftOwnerResult>(draftOwnerIR);


/** 'DraftEditors' parameters type */
export interface IDraftEditorsParams {
  draftId: string;
}

/** 'DraftEditors' return type */
export interface IDraftEditorsResult {
  userId: string;
}

/** 'DraftEditors' query type */
export interface IDraftEditorsQuery {
  params: IDraftEditorsParams;
  result: IDraftEditorsResult;
}

const draftEditorsIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":125,"b":133},{"a":214,"b":222}]}],"statement":"SELECT e.user_id AS \"userId!\" FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id\nWHERE e.draft_id = :draftId!\nUNION\nSELECT d.created_by AS \"userId!\" FROM clarification_draft d WHERE d.id = :draftId! AND d.created_by IS NOT NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.user_id AS "userId!" FROM clarification_editor e JOIN clarification_draft d ON d.id = e.draft_id
 * WHERE e.draft_id = :draftId!
 * UNION
 * SELECT d.created_by AS "userId!" FROM clarification_draft d WHERE d.id = :draftId! AND d.created_by IS NOT NULL
 * ```
 */
export const draftEditors = new PreparedQuery<IDraftEditorsParams,IDraftEditorsResult>(draftEditorsIR);


/** 'DraftTitle' parameters type */
export interface IDraftTitleParams {
  draftId: string;
}

/** 'DraftTitle' return type */
export interface IDraftTitleResult {
  agencyShortName: string;
  title: string;
}

/** 'DraftTitle' query type */
export interface IDraftTitleQuery {
  params: IDraftTitleParams;
  result: IDraftTitleResult;
}

const draftTitleIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":186}]}],"statement":"SELECT left(split_part(d.search_text, E'\\n', 1), 200) AS \"title!\", a.short_name AS \"agencyShortName!\"\nFROM clarification_draft d JOIN agency a ON a.id = d.agency_id WHERE d.id = :draftId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT left(split_part(d.search_text, E'\n', 1), 200) AS "title!", a.short_name AS "agencyShortName!"
 * FROM clarification_draft d JOIN agency a ON a.id = d.agency_id WHERE d.id = :draftId!
 * ```
 */
export const draftTitle = new PreparedQuery<IDraftTitleParams,IDraftTitleResult>(draftTitleIR);


/** 'AgencyShortNames' parameters type */
export interface IAgencyShortNamesParams {
  ids: stringArray;
}

/** 'AgencyShortNames' return type */
export interface IAgencyShortNamesResult {
  id: string;
  shortName: string;
}

/** 'AgencyShortNames' query type */
export interface IAgencyShortNamesQuery {
  params: IAgencyShortNamesParams;
  result: IAgencyShortNamesResult;
}

const agencyShortNamesIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":86}]}],"statement":"SELECT a.id AS \"id!\", a.short_name AS \"shortName!\" FROM agency a WHERE a.id = ANY(:ids!::uuid[])                                                                                                     "};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id AS "id!", a.short_name AS "shortName!" FROM agency a WHERE a.id = ANY(:ids!::uuid[])                                                                                                     
 * ```
 */
export const agencyShortNames = new PreparedQuery<IAgencyShortNamesParams,IAgencyShortNamesResult>(agencyShortNamesIR);


/** 'LastRejection' parameters type */
export interface ILastRejectionParams {
  draftId: string;
}

/** 'LastRejection' return type */
export interface ILastRejectionResult {
  at: Date;
  note: string | null;
  stepName: string | null;
  userName: string | null;
}

/** 'LastRejection' query type */
export interface ILastRejectionQuery {
  params: ILastRejectionParams;
  result: ILastRejectionResult;
}

const lastRejectionIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":212}]}],"statement":"SELECT e.payload->>'name' AS \"stepName\", e.payload->>'note' AS \"note\", u.name AS \"userName?\", e.created_at AS \"at!\"\nFROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id\nWHERE e.draft_id = :draftId! AND e.type = 'clarification.rejected'\nORDER BY e.id DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT e.payload->>'name' AS "stepName", e.payload->>'note' AS "note", u.name AS "userName?", e.created_at AS "at!"
 * FROM clarification_event e LEFT JOIN app_user u ON u.id = e.actor_id
 * WHERE e.draft_id = :draftId! AND e.type = 'clarification.rejected'
 * ORDER BY e.id DESC LIMIT 1
 * ```
 */
export const lastRejection = new PreparedQuery<ILastRejectionParams,ILastRejectionResult>(lastRejectionIR);


