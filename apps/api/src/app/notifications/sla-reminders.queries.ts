/** Types generated for queries found in "apps/api/src/app/notifications/sla-reminders.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type NumberOrString = number | string;

/** 'ClaimReminder' parameters type */
export interface IClaimReminderParams {
  caseId: string;
  clock: string;
  deadline: DateOrString;
}

/** 'ClaimReminder' return type */
export interface IClaimReminderResult {
  case_id: string;
  clock: string;
  deadline: Date;
}

/** 'ClaimReminder' query type */
export interface IClaimReminderQuery {
  params: IClaimReminderParams;
  result: IClaimReminderResult;
}

const claimReminderIR: any = {"usedParamSet":{"caseId":true,"clock":true,"deadline":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":126,"b":133}]},{"name":"clock","required":true,"transform":{"type":"scalar"},"locs":[{"a":149,"b":155}]},{"name":"deadline","required":true,"transform":{"type":"scalar"},"locs":[{"a":174,"b":183}]}],"statement":"INSERT INTO sla_reminder (case_id, clock, deadline)\nSELECT k.case_id, k.clock, k.deadline FROM case_clock k\nWHERE k.case_id = :caseId! AND k.clock = :clock! AND k.deadline = :deadline! AND k.deadline > now()\n  AND k.completed_at IS NULL AND k.escalated_at IS NULL\nON CONFLICT DO NOTHING\nRETURNING case_id, clock, deadline"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sla_reminder (case_id, clock, deadline)
 * SELECT k.case_id, k.clock, k.deadline FROM case_clock k
 * WHERE k.case_id = :caseId! AND k.clock = :clock! AND k.deadline = :deadline! AND k.deadline > now()
 *   AND k.completed_at IS NULL AND k.escalated_at IS NULL
 * ON CONFLICT DO NOTHING
 * RETURNING case_id, clock, deadline
 * ```
 */
export const claimReminder = new PreparedQuery<IClaimReminderParams,IClaimReminderResult>(claimReminderIR);


/** 'ClaimDueReminders' parameters type */
export interface IClaimDueRemindersParams {
  afterFraction: number;
  limit: NumberOrString;
  now: DateOrString;
  withinHours: number;
}

/** 'ClaimDueReminders' return type */
export interface IClaimDueRemindersResult {
  case_id: string;
  clock: string;
  deadline: Date;
}

/** 'ClaimDueReminders' query type */
export interface IClaimDueRemindersQuery {
  params: IClaimDueRemindersParams;
  result: IClaimDueRemindersResult;
}

const claimDueRemindersIR: any = {"usedParamSet":{"now":true,"withinHours":true,"afterFraction":true,"limit":true},"params":[{"name":"now","required":true,"transform":{"type":"scalar"},"locs":[{"a":183,"b":187},{"a":207,"b":211},{"a":259,"b":263}]},{"name":"withinHours","required":true,"transform":{"type":"scalar"},"locs":[{"a":238,"b":250}]},{"name":"afterFraction","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":327}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":355,"b":361}]}],"statement":"INSERT INTO sla_reminder (case_id, clock, deadline)\nSELECT k.case_id, k.clock, k.deadline FROM case_clock k\nWHERE k.completed_at IS NULL AND k.escalated_at IS NULL\n  AND k.deadline > :now! AND k.deadline <= :now! + make_interval(hours => :withinHours!)\n  AND :now! - k.started_at >= (k.deadline - k.started_at) * :afterFraction!\nORDER BY k.deadline LIMIT :limit!\nON CONFLICT DO NOTHING\nRETURNING case_id, clock, deadline"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO sla_reminder (case_id, clock, deadline)
 * SELECT k.case_id, k.clock, k.deadline FROM case_clock k
 * WHERE k.completed_at IS NULL AND k.escalated_at IS NULL
 *   AND k.deadline > :now! AND k.deadline <= :now! + make_interval(hours => :withinHours!)
 *   AND :now! - k.started_at >= (k.deadline - k.started_at) * :afterFraction!
 * ORDER BY k.deadline LIMIT :limit!
 * ON CONFLICT DO NOTHING
 * RETURNING case_id, clock, deadline
 * ```
 */
export const claimDueReminders = new PreparedQuery<IClaimDueRemindersParams,IClaimDueRemindersResult>(claimDueRemindersIR);


/** 'ReminderCase' parameters type */
export interface IReminderCaseParams {
  caseId: string;
}

/** 'ReminderCase' return type */
export interface IReminderCaseResult {
  lead: string;
  number: string;
  title: string;
}

/** 'ReminderCase' query type */
export interface IReminderCaseQuery {
  params: IReminderCaseParams;
  result: IReminderCaseResult;
}

const reminderCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":137,"b":144}]}],"statement":"SELECT c.number, c.title, p.agency_id AS lead FROM \"case\" c\nJOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.number, c.title, p.agency_id AS lead FROM "case" c
 * JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = :caseId!
 * ```
 */
export const reminderCase = new PreparedQuery<IReminderCaseParams,IReminderCaseResult>(reminderCaseIR);


/** 'CaseAssignees' parameters type */
export interface ICaseAssigneesParams {
  caseId: string;
}

/** 'CaseAssignees' return type */
export interface ICaseAssigneesResult {
  user_id: string;
}

/** 'CaseAssignees' query type */
export interface ICaseAssigneesQuery {
  params: ICaseAssigneesParams;
  result: ICaseAssigneesResult;
}

const caseAssigneesIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":50,"b":57}]}],"statement":"SELECT user_id FROM case_assignee WHERE case_id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT user_id FROM case_assignee WHERE case_id = :caseId!
 * ```
 */
export const caseAssignees = new PreparedQuery<ICaseAssigneesParams,ICaseAssigneesResult>(caseAssigneesIR);


