/** Types generated for queries found in "apps/api/src/app/reporter/reporter-messages.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'SenderReport' parameters type */
export interface ISenderReportParams {
  caseId: string;
  reportId: string;
}

/** 'SenderReport' return type */
export interface ISenderReportResult {
  agency_name: string;
  anonymous: boolean;
  id: string;
  number: string;
  reporter_contact: string | null;
  title: string;
}

/** 'SenderReport' query type */
export interface ISenderReportQuery {
  params: ISenderReportParams;
  result: ISenderReportResult;
}

const senderReportIR: any = {"usedParamSet":{"reportId":true,"caseId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":263,"b":272}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":290,"b":297}]}],"statement":"SELECT r.id, r.anonymous, r.reporter_contact, c.number, c.title, a.short_name AS agency_name\nFROM case_report r JOIN \"case\" c ON c.id = r.case_id\nJOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'\nJOIN agency a ON a.id = lp.agency_id\nWHERE r.id = :reportId! AND r.case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id, r.anonymous, r.reporter_contact, c.number, c.title, a.short_name AS agency_name
 * FROM case_report r JOIN "case" c ON c.id = r.case_id
 * JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
 * JOIN agency a ON a.id = lp.agency_id
 * WHERE r.id = :reportId! AND r.case_id = :caseId!
 * ```
 */
export const senderReport = new PreparedQuery<ISenderReportParams,ISenderReportResult>(senderReportIR);


/** 'LatestPublicReply' parameters type */
export interface ILatestPublicReplyParams {
  caseId: string;
}

/** 'LatestPublicReply' return type */
export interface ILatestPublicReplyResult {
  body: string | null;
}

/** 'LatestPublicReply' query type */
export interface ILatestPublicReplyQuery {
  params: ILatestPublicReplyParams;
  result: ILatestPublicReplyResult;
}

const latestPublicReplyIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106},{"a":304,"b":311}]}],"statement":"SELECT body FROM (\n  SELECT cc.body, cc.created_at AS at FROM case_comment cc\n  WHERE cc.case_id = :caseId! AND cc.visibility = 'public' AND cc.author_kind = 'officer'\n    AND cc.deleted_at IS NULL AND cc.body IS NOT NULL\n  UNION ALL\n  SELECT e.after->>'note', e.at FROM case_event e\n  WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'\n) replies WHERE body IS NOT NULL AND body <> '' ORDER BY at DESC LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT body FROM (
 *   SELECT cc.body, cc.created_at AS at FROM case_comment cc
 *   WHERE cc.case_id = :caseId! AND cc.visibility = 'public' AND cc.author_kind = 'officer'
 *     AND cc.deleted_at IS NULL AND cc.body IS NOT NULL
 *   UNION ALL
 *   SELECT e.after->>'note', e.at FROM case_event e
 *   WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
 * ) replies WHERE body IS NOT NULL AND body <> '' ORDER BY at DESC LIMIT 1
 * ```
 */
export const latestPublicReply = new PreparedQuery<ILatestPublicReplyParams,ILatestPublicReplyResult>(latestPublicReplyIR);


/** 'InsertMessage' parameters type */
export interface IInsertMessageParams {
  body: string;
  caseId: string;
  channel: string;
  recipient: string;
  reportId: string;
  sentBy: string;
  sentByAgencyId?: string | null | void;
  status: string;
  subject?: string | null | void;
  template: string;
}

/** 'InsertMessage' return type */
export interface IInsertMessageResult {
  id: string;
}

/** 'InsertMessage' query type */
export interface IInsertMessageQuery {
  params: IInsertMessageParams;
  result: IInsertMessageResult;
}

const insertMessageIR: any = {"usedParamSet":{"caseId":true,"reportId":true,"channel":true,"template":true,"recipient":true,"subject":true,"body":true,"sentBy":true,"sentByAgencyId":true,"status":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":146}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":158}]},{"name":"channel","required":true,"transform":{"type":"scalar"},"locs":[{"a":161,"b":169}]},{"name":"template","required":true,"transform":{"type":"scalar"},"locs":[{"a":172,"b":181}]},{"name":"recipient","required":true,"transform":{"type":"scalar"},"locs":[{"a":184,"b":194}]},{"name":"subject","required":false,"transform":{"type":"scalar"},"locs":[{"a":197,"b":204}]},{"name":"body","required":true,"transform":{"type":"scalar"},"locs":[{"a":207,"b":212}]},{"name":"sentBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":215,"b":222}]},{"name":"sentByAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":225,"b":239}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":242,"b":249}]}],"statement":"INSERT INTO reporter_message (case_id, report_id, channel, template, recipient, subject, body, sent_by, sent_by_agency_id, status)\nVALUES (:caseId!, :reportId!, :channel!, :template!, :recipient!, :subject, :body!, :sentBy!, :sentByAgencyId, :status!) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO reporter_message (case_id, report_id, channel, template, recipient, subject, body, sent_by, sent_by_agency_id, status)
 * VALUES (:caseId!, :reportId!, :channel!, :template!, :recipient!, :subject, :body!, :sentBy!, :sentByAgencyId, :status!) RETURNING id
 * ```
 */
export const insertMessage = new PreparedQuery<IInsertMessageParams,IInsertMessageResult>(insertMessageIR);


/** 'SetMessageStatus' parameters type */
export interface ISetMessageStatusParams {
  caseId: string;
  messageId: string;
  reportId: string;
  status: string;
}

/** 'SetMessageStatus' return type */
export interface ISetMessageStatusResult {
  channel: string;
  template: string;
}

/** 'SetMessageStatus' query type */
export interface ISetMessageStatusQuery {
  params: ISetMessageStatusParams;
  result: ISetMessageStatusResult;
}

const setMessageStatusIR: any = {"usedParamSet":{"status":true,"messageId":true,"caseId":true,"reportId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":44}]},{"name":"messageId","required":true,"transform":{"type":"scalar"},"locs":[{"a":76,"b":86}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":102,"b":109}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":136}]}],"statement":"UPDATE reporter_message SET status = :status!, status_at = now()\nWHERE id = :messageId! AND case_id = :caseId! AND report_id = :reportId! AND status = 'prepared'\nRETURNING channel, template                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * UPDATE reporter_message SET status = :status!, status_at = now()
 * WHERE id = :messageId! AND case_id = :caseId! AND report_id = :reportId! AND status = 'prepared'
 * RETURNING channel, template                                                                    
 * ```
 */
export const setMessageStatus = new PreparedQuery<ISetMessageStatusParams,ISetMessageStatusResult>(setMessageStatusIR);


/** 'LoadMessages' parameters type */
export interface ILoadMessagesParams {
  caseId: string;
  messageId?: string | null | void;
  reportId: string;
}

/** 'LoadMessages' return type */
export interface ILoadMessagesResult {
  body: string;
  channel: string;
  id: string;
  recipient: string;
  report_id: string;
  sent_at: Date;
  sent_by_agency_name: string | null;
  sent_by_name: string | null;
  status: string;
  subject: string | null;
  template: string;
}

/** 'LoadMessages' query type */
export interface ILoadMessagesQuery {
  params: ILoadMessagesParams;
  result: ILoadMessagesResult;
}

const loadMessagesIR: any = {"usedParamSet":{"caseId":true,"reportId":true,"messageId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":307,"b":314}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":334,"b":343}]},{"name":"messageId","required":false,"transform":{"type":"scalar"},"locs":[{"a":350,"b":359},{"a":385,"b":394}]}],"statement":"SELECT m.id, m.report_id, m.channel, m.template, m.recipient, m.subject, m.body,\n       u.name AS \"sent_by_name?\", a.short_name AS \"sent_by_agency_name?\", m.sent_at, m.status\nFROM reporter_message m\nLEFT JOIN app_user u ON u.id = m.sent_by\nLEFT JOIN agency a ON a.id = m.sent_by_agency_id\nWHERE m.case_id = :caseId! AND m.report_id = :reportId! AND (:messageId::uuid IS NULL OR m.id = :messageId)\nORDER BY m.sent_at DESC, m.id LIMIT 200"};

/**
 * Query generated from SQL:
 * ```
 * SELECT m.id, m.report_id, m.channel, m.template, m.recipient, m.subject, m.body,
 *        u.name AS "sent_by_name?", a.short_name AS "sent_by_agency_name?", m.sent_at, m.status
 * FROM reporter_message m
 * LEFT JOIN app_user u ON u.id = m.sent_by
 * LEFT JOIN agency a ON a.id = m.sent_by_agency_id
 * WHERE m.case_id = :caseId! AND m.report_id = :reportId! AND (:messageId::uuid IS NULL OR m.id = :messageId)
 * ORDER BY m.sent_at DESC, m.id LIMIT 200
 * ```
 */
export const loadMessages = new PreparedQuery<ILoadMessagesParams,ILoadMessagesResult>(loadMessagesIR);


