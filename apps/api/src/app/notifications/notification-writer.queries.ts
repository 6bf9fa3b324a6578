/** Types generated for queries found in "apps/api/src/app/notifications/notification-writer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type stringArray = (string)[];

/** 'ReceivingRecipients' parameters type */
export interface IReceivingRecipientsParams {
  candidates: stringArray;
}

/** 'ReceivingRecipients' return type */
export interface IReceivingRecipientsResult {
  id: string;
}

/** 'ReceivingRecipients' query type */
export interface IReceivingRecipientsQuery {
  params: IReceivingRecipientsParams;
  result: IReceivingRecipientsResult;
}

const receivingRecipientsIR: any = {"usedParamSet":{"candidates":true},"params":[{"name":"candidates","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":56}]}],"statement":"SELECT u.id FROM app_user u WHERE u.id = ANY(:candidates!::uuid[])\n  AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id)\nORDER BY u.id"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.id FROM app_user u WHERE u.id = ANY(:candidates!::uuid[])
 *   AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id)
 * ORDER BY u.id
 * ```
 */
export const receivingRecipients = new PreparedQuery<IReceivingRecipientsParams,IReceivingRecipientsResult>(receivingRecipientsIR);


/** 'ReceivingMembers' parameters type */
export interface IReceivingMembersParams {
  agencyIds: stringArray;
  roles?: stringArray | null | void;
}

/** 'ReceivingMembers' return type */
export interface IReceivingMembersResult {
  id: string;
}

/** 'ReceivingMembers' query type */
export interface IReceivingMembersQuery {
  params: IReceivingMembersParams;
  result: IReceivingMembersResult;
}

const receivingMembersIR: any = {"usedParamSet":{"agencyIds":true,"roles":true},"params":[{"name":"agencyIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":109}]},{"name":"roles","required":false,"transform":{"type":"scalar"},"locs":[{"a":125,"b":130},{"a":164,"b":169}]}],"statement":"SELECT DISTINCT u.id FROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND (:roles::text[] IS NULL OR m.role = ANY(:roles::text[]))\n  AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT u.id FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.agency_id = ANY(:agencyIds!::uuid[]) AND (:roles::text[] IS NULL OR m.role = ANY(:roles::text[]))
 *   AND u.active AND NOT EXISTS (SELECT 1 FROM open311_key k WHERE k.service_user_id = u.id)
 * ```
 */
export const receivingMembers = new PreparedQuery<IReceivingMembersParams,IReceivingMembersResult>(receivingMembersIR);


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


/** 'InsertNotifications' parameters type */
export interface IInsertNotificationsParams {
  actorUserId?: string | null | void;
  body?: string | null | void;
  caseId?: string | null | void;
  createdAt: DateOrString;
  ids: stringArray;
  kind: string;
  title: string;
  userIds: stringArray;
}

/** 'InsertNotifications' return type */
export type IInsertNotificationsResult = void;

/** 'InsertNotifications' query type */
export interface IInsertNotificationsQuery {
  params: IInsertNotificationsParams;
  result: IInsertNotificationsResult;
}

const insertNotificationsIR: any = {"usedParamSet":{"kind":true,"caseId":true,"title":true,"body":true,"actorUserId":true,"createdAt":true,"ids":true,"userIds":true},"params":[{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":118,"b":123}]},{"name":"caseId","required":false,"transform":{"type":"scalar"},"locs":[{"a":126,"b":132}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":135,"b":141}]},{"name":"body","required":false,"transform":{"type":"scalar"},"locs":[{"a":144,"b":148}]},{"name":"actorUserId","required":false,"transform":{"type":"scalar"},"locs":[{"a":151,"b":162}]},{"name":"createdAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":165,"b":175}]},{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":193}]},{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":212}]}],"statement":"INSERT INTO notification (id, user_id, kind, case_id, title, body, actor_user_id, created_at)\nSELECT n.id, n.user_id, :kind!, :caseId, :title!, :body, :actorUserId, :createdAt!\nFROM unnest(:ids!::uuid[], :userIds!::uuid[]) AS n(id, user_id)                                                                                                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO notification (id, user_id, kind, case_id, title, body, actor_user_id, created_at)
 * SELECT n.id, n.user_id, :kind!, :caseId, :title!, :body, :actorUserId, :createdAt!
 * FROM unnest(:ids!::uuid[], :userIds!::uuid[]) AS n(id, user_id)                                                                                                                                                                           
 * ```
 */
export const insertNotifications = new PreparedQuery<IInsertNotificationsParams,IInsertNotificationsResult>(insertNotificationsIR);


/** 'NotifyGrouped' parameters type */
export interface INotifyGroupedParams {
  actorUserId?: string | null | void;
  body?: string | null | void;
  caseId?: string | null | void;
  createdAt: DateOrString;
  groupKey: string;
  groupTitle: string;
  kind: string;
  title: string;
  userIds: stringArray;
}

/** 'NotifyGrouped' return type */
export interface INotifyGroupedResult {
  case_id: string | null;
  group_count: number;
  id: string;
  title: string;
  user_id: string;
}

/** 'NotifyGrouped' query type */
export interface INotifyGroupedQuery {
  params: INotifyGroupedParams;
  result: INotifyGroupedResult;
}

const notifyGroupedIR: any = {"usedParamSet":{"userIds":true,"kind":true,"caseId":true,"title":true,"groupTitle":true,"body":true,"actorUserId":true,"createdAt":true,"groupKey":true},"params":[{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":145,"b":153}]},{"name":"kind","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":169}]},{"name":"caseId","required":false,"transform":{"type":"scalar"},"locs":[{"a":172,"b":178}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":181,"b":187}]},{"name":"groupTitle","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":201}]},{"name":"body","required":false,"transform":{"type":"scalar"},"locs":[{"a":204,"b":208}]},{"name":"actorUserId","required":false,"transform":{"type":"scalar"},"locs":[{"a":213,"b":224}]},{"name":"createdAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":237}]},{"name":"groupKey","required":true,"transform":{"type":"scalar"},"locs":[{"a":240,"b":249}]}],"statement":"SELECT g.id AS \"id!\", g.user_id AS \"user_id!\", g.case_id, g.title AS \"title!\",\n       g.group_count AS \"group_count!\"\nFROM simpul_notify_grouped(:userIds!::uuid[], :kind!, :caseId, :title!, :groupTitle!, :body,\n  :actorUserId, :createdAt!, :groupKey!) AS g"};

/**
 * Query generated from SQL:
 * ```
 * SELECT g.id AS "id!", g.user_id AS "user_id!", g.case_id, g.title AS "title!",
 *        g.group_count AS "group_count!"
 * FROM simpul_notify_grouped(:userIds!::uuid[], :kind!, :caseId, :title!, :groupTitle!, :body,
 *   :actorUserId, :createdAt!, :groupKey!) AS g
 * ```
 */
export const notifyGrouped = new PreparedQuery<INotifyGroupedParams,INotifyGroupedResult>(notifyGroupedIR);


/** 'NewCaseFacts' parameters type */
export interface INewCaseFactsParams {
  caseId: string;
}

/** 'NewCaseFacts' return type */
export interface INewCaseFactsResult {
  agency: string;
  agency_id: string;
  number: string;
  title: string;
}

/** 'NewCaseFacts' query type */
export interface INewCaseFactsQuery {
  params: INewCaseFactsParams;
  result: INewCaseFactsResult;
}

const newCaseFactsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":189,"b":196}]}],"statement":"SELECT c.number, c.title, p.agency_id, a.short_name AS agency\nFROM \"case\" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'\nJOIN agency a ON a.id = p.agency_id WHERE c.id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number, c.title, p.agency_id, a.short_name AS agency
 * FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
 * JOIN agency a ON a.id = p.agency_id WHERE c.id = :caseId!
 * ```
 */
export const newCaseFacts = new PreparedQuery<INewCaseFactsParams,INewCaseFactsResult>(newCaseFactsIR);


/** 'EscalationFacts' parameters type */
export interface IEscalationFactsParams {
  caseId: string;
}

/** 'EscalationFacts' return type */
export interface IEscalationFactsResult {
  agency_id: string;
  number: string;
  title: string;
}

/** 'EscalationFacts' query type */
export interface IEscalationFactsQuery {
  params: IEscalationFactsParams;
  result: IEscalationFactsResult;
}

const escalationFactsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":129,"b":136}]}],"statement":"SELECT c.number, c.title, p.agency_id\nFROM \"case\" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!                                                                                                                                                 "};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number, c.title, p.agency_id
 * FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!                                                                                                                                                 
 * ```
 */
export const escalationFacts = new PreparedQuery<IEscalationFactsParams,IEscalationFactsResult>(escalationFactsIR);


/** 'MailRecipient' parameters type */
export interface IMailRecipientParams {
  userId: string;
}

/** 'MailRecipient' return type */
export interface IMailRecipientResult {
  email: string;
  name: string;
}

/** 'MailRecipient' query type */
export interface IMailRecipientQuery {
  params: IMailRecipientParams;
  result: IMailRecipientResult;
}

const mailRecipientIR: any = {"usedParamSet":{"userId":true},"params":[{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":59}]}],"statement":"SELECT u.email, u.name FROM app_user u WHERE u.id = :userId!::uuid AND u.active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT u.email, u.name FROM app_user u WHERE u.id = :userId!::uuid AND u.active
 * ```
 */
export const mailRecipient = new PreparedQuery<IMailRecipientParams,IMailRecipientResult>(mailRecipientIR);


