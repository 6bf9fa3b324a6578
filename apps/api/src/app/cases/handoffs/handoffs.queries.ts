/** Types generated for queries found in "apps/api/src/app/cases/handoffs/handoffs.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type NumberOrString = number | string;

export type stringArray = (string)[];

/** 'PendingHandoffOfCase' parameters type */
export interface IPendingHandoffOfCaseParams {
  caseId: string;
}

/** 'PendingHandoffOfCase' return type */
export interface IPendingHandoffOfCaseResult {
  id: string;
  status: string;
}

/** 'PendingHandoffOfCase' query type */
export interface IPendingHandoffOfCaseQuery {
  params: IPendingHandoffOfCaseParams;
  result: IPendingHandoffOfCaseResult;
}

const pendingHandoffOfCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":52,"b":59}]}],"statement":"SELECT id, status FROM case_handoff WHERE case_id = :caseId! AND status IN ('open', 'frozen') FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, status FROM case_handoff WHERE case_id = :caseId! AND status IN ('open', 'frozen') FOR UPDATE
 * ```
 */
export const pendingHandoffOfCase = new PreparedQuery<IPendingHandoffOfCaseParams,IPendingHandoffOfCaseResult>(pendingHandoffOfCaseIR);


/** 'LockHandoff' parameters type */
export interface ILockHandoffParams {
  caseId: string;
  handoffId: string;
}

/** 'LockHandoff' return type */
export interface ILockHandoffResult {
  arbiter_agency_id: string | null;
  case_id: string;
  deadline: Date;
  from_agency_id: string;
  id: string;
  note: string | null;
  proposed_by: string | null;
  reason: string;
  sender_choice: string;
  status: string;
  to_agency_id: string;
}

/** 'LockHandoff' query type */
export interface ILockHandoffQuery {
  params: ILockHandoffParams;
  result: ILockHandoffResult;
}

const lockHandoffIR: any = {"usedParamSet":{"handoffId":true,"caseId":true},"params":[{"name":"handoffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":159,"b":169}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":185,"b":192}]}],"statement":"SELECT id, case_id, from_agency_id, to_agency_id, reason, note, sender_choice, status, deadline,\n  proposed_by, arbiter_agency_id\nFROM case_handoff WHERE id = :handoffId! AND case_id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, case_id, from_agency_id, to_agency_id, reason, note, sender_choice, status, deadline,
 *   proposed_by, arbiter_agency_id
 * FROM case_handoff WHERE id = :handoffId! AND case_id = :caseId! FOR UPDATE
 * ```
 */
export const lockHandoff = new PreparedQuery<ILockHandoffParams,ILockHandoffResult>(lockHandoffIR);


/** 'ActiveAgencyRef' parameters type */
export interface IActiveAgencyRefParams {
  agencyId: string;
}

/** 'ActiveAgencyRef' return type */
export interface IActiveAgencyRefResult {
  id: string;
  name: string;
  parent_id: string | null;
  short_name: string;
}

/** 'ActiveAgencyRef' query type */
export interface IActiveAgencyRefQuery {
  params: IActiveAgencyRefParams;
  result: IActiveAgencyRefResult;
}

const activeAgencyRefIR: any = {"usedParamSet":{"agencyId":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":71}]}],"statement":"SELECT id, short_name, name, parent_id FROM agency WHERE id = :agencyId! AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, short_name, name, parent_id FROM agency WHERE id = :agencyId! AND active
 * ```
 */
export const activeAgencyRef = new PreparedQuery<IActiveAgencyRefParams,IActiveAgencyRefResult>(activeAgencyRefIR);


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


/** 'AcceptedSinceArbitration' parameters type */
export interface IAcceptedSinceArbitrationParams {
  caseId: string;
}

/** 'AcceptedSinceArbitration' return type */
export interface IAcceptedSinceArbitrationResult {
  from_agency_id: string;
  to_agency_id: string;
}

/** 'AcceptedSinceArbitration' query type */
export interface IAcceptedSinceArbitrationQuery {
  params: IAcceptedSinceArbitrationParams;
  result: IAcceptedSinceArbitrationResult;
}

const acceptedSinceArbitrationIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":77},{"a":191,"b":198}]}],"statement":"SELECT from_agency_id, to_agency_id FROM case_handoff\nWHERE case_id = :caseId! AND status = 'accepted'\n  AND proposed_at > coalesce((SELECT max(answered_at) FROM case_handoff WHERE case_id = :caseId! AND status = 'arbitrated'), '-infinity')\nORDER BY proposed_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT from_agency_id, to_agency_id FROM case_handoff
 * WHERE case_id = :caseId! AND status = 'accepted'
 *   AND proposed_at > coalesce((SELECT max(answered_at) FROM case_handoff WHERE case_id = :caseId! AND status = 'arbitrated'), '-infinity')
 * ORDER BY proposed_at
 * ```
 */
export const acceptedSinceArbitration = new PreparedQuery<IAcceptedSinceArbitrationParams,IAcceptedSinceArbitrationResult>(acceptedSinceArbitrationIR);


/** 'InsertHandoff' parameters type */
export interface IInsertHandoffParams {
  arbiterAgencyId?: string | null | void;
  caseId: string;
  deadline: DateOrString;
  evidence: Json;
  fromAgencyId: string;
  note?: string | null | void;
  proposedBy?: string | null | void;
  reason: string;
  senderChoice: string;
  status: string;
  toAgencyId: string;
}

/** 'InsertHandoff' return type */
export interface IInsertHandoffResult {
  id: string;
}

/** 'InsertHandoff' query type */
export interface IInsertHandoffQuery {
  params: IInsertHandoffParams;
  result: IInsertHandoffResult;
}

const insertHandoffIR: any = {"usedParamSet":{"caseId":true,"fromAgencyId":true,"toAgencyId":true,"reason":true,"note":true,"evidence":true,"senderChoice":true,"status":true,"proposedBy":true,"deadline":true,"arbiterAgencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":164,"b":171}]},{"name":"fromAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":187}]},{"name":"toAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":190,"b":201}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":204,"b":211}]},{"name":"note","required":false,"transform":{"type":"scalar"},"locs":[{"a":214,"b":218}]},{"name":"evidence","required":true,"transform":{"type":"scalar"},"locs":[{"a":221,"b":230}]},{"name":"senderChoice","required":true,"transform":{"type":"scalar"},"locs":[{"a":233,"b":246}]},{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":256}]},{"name":"proposedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":261,"b":271}]},{"name":"deadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":274,"b":283}]},{"name":"arbiterAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":286,"b":301}]}],"statement":"INSERT INTO case_handoff (case_id, from_agency_id, to_agency_id, reason, note, evidence, sender_choice, status,\n  proposed_by, deadline, arbiter_agency_id)\nVALUES (:caseId!, :fromAgencyId!, :toAgencyId!, :reason!, :note, :evidence!, :senderChoice!, :status!,\n  :proposedBy, :deadline!, :arbiterAgencyId)\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_handoff (case_id, from_agency_id, to_agency_id, reason, note, evidence, sender_choice, status,
 *   proposed_by, deadline, arbiter_agency_id)
 * VALUES (:caseId!, :fromAgencyId!, :toAgencyId!, :reason!, :note, :evidence!, :senderChoice!, :status!,
 *   :proposedBy, :deadline!, :arbiterAgencyId)
 * RETURNING id
 * ```
 */
export const insertHandoff = new PreparedQuery<IInsertHandoffParams,IInsertHandoffResult>(insertHandoffIR);


/** 'CloseHandoff' parameters type */
export interface ICloseHandoffParams {
  answeredBy?: string | null | void;
  answeredByAgencyId?: string | null | void;
  answerReason?: string | null | void;
  decidedAgencyId?: string | null | void;
  handoffId: string;
  ruleId?: string | null | void;
  status: string;
}

/** 'CloseHandoff' return type */
export type ICloseHandoffResult = void;

/** 'CloseHandoff' query type */
export interface ICloseHandoffQuery {
  params: ICloseHandoffParams;
  result: ICloseHandoffResult;
}

const closeHandoffIR: any = {"usedParamSet":{"status":true,"answeredBy":true,"answeredByAgencyId":true,"answerReason":true,"decidedAgencyId":true,"ruleId":true,"handoffId":true},"params":[{"name":"status","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]},{"name":"answeredBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":57,"b":67}]},{"name":"answeredByAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":94,"b":112}]},{"name":"answerReason","required":false,"transform":{"type":"scalar"},"locs":[{"a":154,"b":166}]},{"name":"decidedAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":189,"b":204}]},{"name":"ruleId","required":false,"transform":{"type":"scalar"},"locs":[{"a":217,"b":223}]},{"name":"handoffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":236,"b":246}]}],"statement":"UPDATE case_handoff SET status = :status!, answered_by = :answeredBy, answered_by_agency_id = :answeredByAgencyId,\n  answered_at = now(), answer_reason = :answerReason, decided_agency_id = :decidedAgencyId, rule_id = :ruleId\nWHERE id = :handoffId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_handoff SET status = :status!, answered_by = :answeredBy, answered_by_agency_id = :answeredByAgencyId,
 *   answered_at = now(), answer_reason = :answerReason, decided_agency_id = :decidedAgencyId, rule_id = :ruleId
 * WHERE id = :handoffId!
 * ```
 */
export const closeHandoff = new PreparedQuery<ICloseHandoffParams,ICloseHandoffResult>(closeHandoffIR);


/** 'DemoteLead' parameters type */
export interface IDemoteLeadParams {
  agencyId: string;
  caseId: string;
}

/** 'DemoteLead' return type */
export type IDemoteLeadResult = void;

/** 'DemoteLead' query type */
export interface IDemoteLeadQuery {
  params: IDemoteLeadParams;
  result: IDemoteLeadResult;
}

const demoteLeadIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":66,"b":73}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":91,"b":100}]}],"statement":"UPDATE case_participant SET role = 'collaborator' WHERE case_id = :caseId! AND agency_id = :agencyId! AND role = 'lead'"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_participant SET role = 'collaborator' WHERE case_id = :caseId! AND agency_id = :agencyId! AND role = 'lead'
 * ```
 */
export const demoteLead = new PreparedQuery<IDemoteLeadParams,IDemoteLeadResult>(demoteLeadIR);


/** 'RemoveParticipant' parameters type */
export interface IRemoveParticipantParams {
  agencyId: string;
  caseId: string;
}

/** 'RemoveParticipant' return type */
export type IRemoveParticipantResult = void;

/** 'RemoveParticipant' query type */
export interface IRemoveParticipantQuery {
  params: IRemoveParticipantParams;
  result: IRemoveParticipantResult;
}

const removeParticipantIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":45,"b":52}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":79}]}],"statement":"DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_participant WHERE case_id = :caseId! AND agency_id = :agencyId!
 * ```
 */
export const removeParticipant = new PreparedQuery<IRemoveParticipantParams,IRemoveParticipantResult>(removeParticipantIR);


/** 'RemoveAgencyAssignees' parameters type */
export interface IRemoveAgencyAssigneesParams {
  agencyId: string;
  caseId: string;
}

/** 'RemoveAgencyAssignees' return type */
export type IRemoveAgencyAssigneesResult = void;

/** 'RemoveAgencyAssignees' query type */
export interface IRemoveAgencyAssigneesQuery {
  params: IRemoveAgencyAssigneesParams;
  result: IRemoveAgencyAssigneesResult;
}

const removeAgencyAssigneesIR: any = {"usedParamSet":{"caseId":true,"agencyId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":49}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":67,"b":76}]}],"statement":"DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!"};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM case_assignee WHERE case_id = :caseId! AND agency_id = :agencyId!
 * ```
 */
export const removeAgencyAssignees = new PreparedQuery<IRemoveAgencyAssigneesParams,IRemoveAgencyAssigneesResult>(removeAgencyAssigneesIR);


/** 'MakeLead' parameters type */
export interface IMakeLeadParams {
  addedBy?: string | null | void;
  agencyId: string;
  caseId: string;
}

/** 'MakeLead' return type */
export type IMakeLeadResult = void;

/** 'MakeLead' query type */
export interface IMakeLeadQuery {
  params: IMakeLeadParams;
  result: IMakeLeadResult;
}

const makeLeadIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"addedBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":104,"b":111}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy)\nON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'lead'"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy)
 * ON CONFLICT (case_id, agency_id) DO UPDATE SET role = 'lead'
 * ```
 */
export const makeLead = new PreparedQuery<IMakeLeadParams,IMakeLeadResult>(makeLeadIR);


/** 'HandoffViews' parameters type */
export interface IHandoffViewsParams {
  caseId?: string | null | void;
  fromAgencyId?: string | null | void;
  handoffIds?: stringArray | null | void;
  limit: NumberOrString;
  statuses?: stringArray | null | void;
  toAgencyId?: string | null | void;
}

/** 'HandoffViews' return type */
export interface IHandoffViewsResult {
  answer_reason: string | null;
  answered_at: Date | null;
  answered_by_name: string | null;
  arbiter_agency_id: string | null;
  arbiter_short_name: string | null;
  case_id: string;
  deadline: Date;
  decided_agency_id: string | null;
  decided_short_name: string | null;
  evidence: Json;
  from_agency_id: string;
  from_name: string;
  from_short_name: string;
  id: string;
  note: string | null;
  number: string;
  proposed_at: Date;
  proposed_by_name: string | null;
  reason: string;
  rule_id: string | null;
  sender_choice: string;
  status: string;
  title: string;
  to_agency_id: string;
  to_name: string;
  to_short_name: string;
}

/** 'HandoffViews' query type */
export interface IHandoffViewsQuery {
  params: IHandoffViewsParams;
  result: IHandoffViewsResult;
}

const handoffViewsIR: any = {"usedParamSet":{"caseId":true,"handoffIds":true,"toAgencyId":true,"fromAgencyId":true,"statuses":true,"limit":true},"params":[{"name":"caseId","required":false,"transform":{"type":"scalar"},"locs":[{"a":860,"b":866},{"a":897,"b":903}]},{"name":"handoffIds","required":false,"transform":{"type":"scalar"},"locs":[{"a":913,"b":923},{"a":955,"b":965}]},{"name":"toAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":976,"b":986},{"a":1022,"b":1032}]},{"name":"fromAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":1042,"b":1054},{"a":1092,"b":1104}]},{"name":"statuses","required":false,"transform":{"type":"scalar"},"locs":[{"a":1114,"b":1122},{"a":1158,"b":1166}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1243,"b":1249}]}],"statement":"SELECT h.id, h.case_id, c.number, c.title, h.from_agency_id, fa.short_name AS from_short_name, fa.name AS from_name,\n  h.to_agency_id, ta.short_name AS to_short_name, ta.name AS to_name, h.reason, h.note, h.evidence, h.sender_choice,\n  h.status, h.proposed_at, pu.name AS \"proposed_by_name?\", h.deadline, h.answered_at, au.name AS \"answered_by_name?\",\n  h.answer_reason, h.arbiter_agency_id, ra.short_name AS \"arbiter_short_name?\", h.decided_agency_id,\n  da.short_name AS \"decided_short_name?\", h.rule_id\nFROM case_handoff h\n  JOIN \"case\" c ON c.id = h.case_id\n  JOIN agency fa ON fa.id = h.from_agency_id\n  JOIN agency ta ON ta.id = h.to_agency_id\n  LEFT JOIN app_user pu ON pu.id = h.proposed_by\n  LEFT JOIN app_user au ON au.id = h.answered_by\n  LEFT JOIN agency ra ON ra.id = h.arbiter_agency_id\n  LEFT JOIN agency da ON da.id = h.decided_agency_id\nWHERE (:caseId::uuid IS NULL OR h.case_id = :caseId)\n  AND (:handoffIds::uuid[] IS NULL OR h.id = ANY(:handoffIds))\n  AND (:toAgencyId::uuid IS NULL OR h.to_agency_id = :toAgencyId)\n  AND (:fromAgencyId::uuid IS NULL OR h.from_agency_id = :fromAgencyId)\n  AND (:statuses::text[] IS NULL OR h.status = ANY(:statuses))\nORDER BY (h.status IN ('open', 'frozen')) DESC, h.proposed_at DESC\nLIMIT :limit!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.id, h.case_id, c.number, c.title, h.from_agency_id, fa.short_name AS from_short_name, fa.name AS from_name,
 *   h.to_agency_id, ta.short_name AS to_short_name, ta.name AS to_name, h.reason, h.note, h.evidence, h.sender_choice,
 *   h.status, h.proposed_at, pu.name AS "proposed_by_name?", h.deadline, h.answered_at, au.name AS "answered_by_name?",
 *   h.answer_reason, h.arbiter_agency_id, ra.short_name AS "arbiter_short_name?", h.decided_agency_id,
 *   da.short_name AS "decided_short_name?", h.rule_id
 * FROM case_handoff h
 *   JOIN "case" c ON c.id = h.case_id
 *   JOIN agency fa ON fa.id = h.from_agency_id
 *   JOIN agency ta ON ta.id = h.to_agency_id
 *   LEFT JOIN app_user pu ON pu.id = h.proposed_by
 *   LEFT JOIN app_user au ON au.id = h.answered_by
 *   LEFT JOIN agency ra ON ra.id = h.arbiter_agency_id
 *   LEFT JOIN agency da ON da.id = h.decided_agency_id
 * WHERE (:caseId::uuid IS NULL OR h.case_id = :caseId)
 *   AND (:handoffIds::uuid[] IS NULL OR h.id = ANY(:handoffIds))
 *   AND (:toAgencyId::uuid IS NULL OR h.to_agency_id = :toAgencyId)
 *   AND (:fromAgencyId::uuid IS NULL OR h.from_agency_id = :fromAgencyId)
 *   AND (:statuses::text[] IS NULL OR h.status = ANY(:statuses))
 * ORDER BY (h.status IN ('open', 'frozen')) DESC, h.proposed_at DESC
 * LIMIT :limit!
 * ```
 */
export const handoffViews = new PreparedQuery<IHandoffViewsParams,IHandoffViewsResult>(handoffViewsIR);


/** 'ChainOfCase' parameters type */
export interface IChainOfCaseParams {
  caseId: string;
}

/** 'ChainOfCase' return type */
export interface IChainOfCaseResult {
  id: string;
}

/** 'ChainOfCase' query type */
export interface IChainOfCaseQuery {
  params: IChainOfCaseParams;
  result: IChainOfCaseResult;
}

const chainOfCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":51}]}],"statement":"SELECT id FROM case_handoff WHERE case_id = :caseId! ORDER BY proposed_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_handoff WHERE case_id = :caseId! ORDER BY proposed_at
 * ```
 */
export const chainOfCase = new PreparedQuery<IChainOfCaseParams,IChainOfCaseResult>(chainOfCaseIR);


/** 'FrozenForArbiter' parameters type */
export interface IFrozenForArbiterParams {
  agencyId?: string | null | void;
  all: boolean;
}

/** 'FrozenForArbiter' return type */
export interface IFrozenForArbiterResult {
  id: string;
}

/** 'FrozenForArbiter' query type */
export interface IFrozenForArbiterQuery {
  params: IFrozenForArbiterParams;
  result: IFrozenForArbiterResult;
}

const frozenForArbiterIR: any = {"usedParamSet":{"all":true,"agencyId":true},"params":[{"name":"all","required":true,"transform":{"type":"scalar"},"locs":[{"a":57,"b":61}]},{"name":"agencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":95,"b":103}]}],"statement":"SELECT id FROM case_handoff\nWHERE status = 'frozen' AND (:all!::boolean OR arbiter_agency_id = :agencyId)\nORDER BY proposed_at LIMIT 100                                                                                                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_handoff
 * WHERE status = 'frozen' AND (:all!::boolean OR arbiter_agency_id = :agencyId)
 * ORDER BY proposed_at LIMIT 100                                                                                                                                                                            
 * ```
 */
export const frozenForArbiter = new PreparedQuery<IFrozenForArbiterParams,IFrozenForArbiterResult>(frozenForArbiterIR);


/** 'ArbiterOf' parameters type */
export interface IArbiterOfParams {
  agencyIds: stringArray;
}

/** 'ArbiterOf' return type */
export interface IArbiterOfResult {
  id: string;
}

/** 'ArbiterOf' query type */
export interface IArbiterOfQuery {
  params: IArbiterOfParams;
  result: IArbiterOfResult;
}

const arbiterOfIR: any = {"usedParamSet":{"agencyIds":true},"params":[{"name":"agencyIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":124},{"a":434,"b":444},{"a":573,"b":583},{"a":672,"b":682}]}],"statement":"WITH RECURSIVE up AS (\n  SELECT a.id AS agency_id, a.id AS ancestor_id, 0 AS depth FROM agency a WHERE a.id = ANY(:agencyIds!::uuid[])\n  UNION ALL\n  SELECT up.agency_id, a.parent_id, up.depth + 1 FROM up JOIN agency a ON a.id = up.ancestor_id\n  WHERE a.parent_id IS NOT NULL AND up.depth < 20\n), common AS (\n  SELECT ancestor_id AS id, max(depth) AS depth FROM up GROUP BY ancestor_id\n  HAVING count(DISTINCT agency_id) = cardinality(:agencyIds!::uuid[])\n), coordinators AS (\n  SELECT coordinator_id AS id, 1000 AS depth FROM agency_coordination WHERE coordinated_id = ANY(:agencyIds!::uuid[])\n  GROUP BY coordinator_id HAVING count(DISTINCT coordinated_id) = cardinality(:agencyIds!::uuid[])\n)\nSELECT id AS \"id!\" FROM (SELECT * FROM common UNION ALL SELECT * FROM coordinators) c ORDER BY depth, id LIMIT 1"};

/**
 * Query generated from SQL:
 * ```
 * WITH RECURSIVE up AS (
 *   SELECT a.id AS agency_id, a.id AS ancestor_id, 0 AS depth FROM agency a WHERE a.id = ANY(:agencyIds!::uuid[])
 *   UNION ALL
 *   SELECT up.agency_id, a.parent_id, up.depth + 1 FROM up JOIN agency a ON a.id = up.ancestor_id
 *   WHERE a.parent_id IS NOT NULL AND up.depth < 20
 * ), common AS (
 *   SELECT ancestor_id AS id, max(depth) AS depth FROM up GROUP BY ancestor_id
 *   HAVING count(DISTINCT agency_id) = cardinality(:agencyIds!::uuid[])
 * ), coordinators AS (
 *   SELECT coordinator_id AS id, 1000 AS depth FROM agency_coordination WHERE coordinated_id = ANY(:agencyIds!::uuid[])
 *   GROUP BY coordinator_id HAVING count(DISTINCT coordinated_id) = cardinality(:agencyIds!::uuid[])
 * )
 * SELECT id AS "id!" FROM (SELECT * FROM common UNION ALL SELECT * FROM coordinators) c ORDER BY depth, id LIMIT 1
 * ```
 */
export const arbiterOf = new PreparedQuery<IArbiterOfParams,IArbiterOfResult>(arbiterOfIR);


/** 'DueHandoffs' parameters type */
export interface IDueHandoffsParams {
  minutes: number;
}

/** 'DueHandoffs' return type */
export interface IDueHandoffsResult {
  case_id: string;
  deadline: Date;
  id: string;
}

/** 'DueHandoffs' query type */
export interface IDueHandoffsQuery {
  params: IDueHandoffsParams;
  result: IDueHandoffsResult;
}

const dueHandoffsIR: any = {"usedParamSet":{"minutes":true},"params":[{"name":"minutes","required":true,"transform":{"type":"scalar"},"locs":[{"a":115,"b":123}]}],"statement":"SELECT id, case_id, deadline FROM case_handoff WHERE status = 'open' AND deadline <= now() + make_interval(mins => :minutes!)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, case_id, deadline FROM case_handoff WHERE status = 'open' AND deadline <= now() + make_interval(mins => :minutes!)
 * ```
 */
export const dueHandoffs = new PreparedQuery<IDueHandoffsParams,IDueHandoffsResult>(dueHandoffsIR);


/** 'LockCaseOfHandoff' parameters type */
export interface ILockCaseOfHandoffParams {
  handoffId: string;
}

/** 'LockCaseOfHandoff' return type */
export interface ILockCaseOfHandoffResult {
  case_id: string;
}

/** 'LockCaseOfHandoff' query type */
export interface ILockCaseOfHandoffQuery {
  params: ILockCaseOfHandoffParams;
  result: ILockCaseOfHandoffResult;
}

const lockCaseOfHandoffIR: any = {"usedParamSet":{"handoffId":true},"params":[{"name":"handoffId","required":true,"transform":{"type":"scalar"},"locs":[{"a":44,"b":54}]}],"statement":"SELECT case_id FROM case_handoff WHERE id = :handoffId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id FROM case_handoff WHERE id = :handoffId!
 * ```
 */
export const lockCaseOfHandoff = new PreparedQuery<ILockCaseOfHandoffParams,ILockCaseOfHandoffResult>(lockCaseOfHandoffIR);


/** 'AgencyOfficers' parameters type */
export interface IAgencyOfficersParams {
  agencyId: string;
  userIds: stringArray;
}

/** 'AgencyOfficers' return type */
export interface IAgencyOfficersResult {
  name: string;
  user_id: string;
}

/** 'AgencyOfficers' query type */
export interface IAgencyOfficersQuery {
  params: IAgencyOfficersParams;
  result: IAgencyOfficersResult;
}

const agencyOfficersIR: any = {"usedParamSet":{"agencyId":true,"userIds":true},"params":[{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":108}]},{"name":"userIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":130,"b":138}]}],"statement":"SELECT m.user_id, u.name FROM membership m JOIN app_user u ON u.id = m.user_id\nWHERE m.agency_id = :agencyId! AND m.user_id = ANY(:userIds!::uuid[]) AND u.active AND m.role IN ('admin', 'petugas', 'pimpinan')"};

/**
 * Query generated from SQL:
 * ```
 * SELECT m.user_id, u.name FROM membership m JOIN app_user u ON u.id = m.user_id
 * WHERE m.agency_id = :agencyId! AND m.user_id = ANY(:userIds!::uuid[]) AND u.active AND m.role IN ('admin', 'petugas', 'pimpinan')
 * ```
 */
export const agencyOfficers = new PreparedQuery<IAgencyOfficersParams,IAgencyOfficersResult>(agencyOfficersIR);


/** 'AssignOfficerFromDisposition' parameters type */
export interface IAssignOfficerFromDispositionParams {
  agencyId: string;
  assignedBy: string;
  caseId: string;
  userId: string;
}

/** 'AssignOfficerFromDisposition' return type */
export interface IAssignOfficerFromDispositionResult {
  user_id: string;
}

/** 'AssignOfficerFromDisposition' query type */
export interface IAssignOfficerFromDispositionQuery {
  params: IAssignOfficerFromDispositionParams;
  result: IAssignOfficerFromDispositionResult;
}

const assignOfficerFromDispositionIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"userId":true,"assignedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":77,"b":84}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":96}]},{"name":"userId","required":true,"transform":{"type":"scalar"},"locs":[{"a":99,"b":106}]},{"name":"assignedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":109,"b":120}]}],"statement":"INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)\nON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES (:caseId!, :agencyId!, :userId!, :assignedBy!)
 * ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id
 * ```
 */
export const assignOfficerFromDisposition = new PreparedQuery<IAssignOfficerFromDispositionParams,IAssignOfficerFromDispositionResult>(assignOfficerFromDispositionIR);


/** 'Superadmins' parameters type */
export type ISuperadminsParams = void;

/** 'Superadmins' return type */
export interface ISuperadminsResult {
  id: string;
}

/** 'Superadmins' query type */
export interface ISuperadminsQuery {
  params: ISuperadminsParams;
  result: ISuperadminsResult;
}

const superadminsIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT id FROM app_user WHERE is_superadmin AND active"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM app_user WHERE is_superadmin AND active
 * ```
 */
export const superadmins = new PreparedQuery<ISuperadminsParams,ISuperadminsResult>(superadminsIR);


/** 'TrackingHandoffs' parameters type */
export interface ITrackingHandoffsParams {
  caseId: string;
}

/** 'TrackingHandoffs' return type */
export interface ITrackingHandoffsResult {
  at: Date;
  decided_short_name: string | null;
  evidence: Json;
  from_short_name: string;
  reason: string;
  status: string;
  to_short_name: string;
}

/** 'TrackingHandoffs' query type */
export interface ITrackingHandoffsQuery {
  params: ITrackingHandoffsParams;
  result: ITrackingHandoffsResult;
}

const trackingHandoffsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":349,"b":356}]}],"statement":"SELECT h.answered_at AS \"at!\", fa.short_name AS from_short_name, ta.short_name AS to_short_name,\n  da.short_name AS \"decided_short_name?\", h.reason, h.evidence, h.status\nFROM case_handoff h\n  JOIN agency fa ON fa.id = h.from_agency_id\n  JOIN agency ta ON ta.id = h.to_agency_id\n  LEFT JOIN agency da ON da.id = h.decided_agency_id\nWHERE h.case_id = :caseId! AND h.status IN ('accepted', 'arbitrated')\nORDER BY h.answered_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT h.answered_at AS "at!", fa.short_name AS from_short_name, ta.short_name AS to_short_name,
 *   da.short_name AS "decided_short_name?", h.reason, h.evidence, h.status
 * FROM case_handoff h
 *   JOIN agency fa ON fa.id = h.from_agency_id
 *   JOIN agency ta ON ta.id = h.to_agency_id
 *   LEFT JOIN agency da ON da.id = h.decided_agency_id
 * WHERE h.case_id = :caseId! AND h.status IN ('accepted', 'arbitrated')
 * ORDER BY h.answered_at
 * ```
 */
export const trackingHandoffs = new PreparedQuery<ITrackingHandoffsParams,ITrackingHandoffsResult>(trackingHandoffsIR);


