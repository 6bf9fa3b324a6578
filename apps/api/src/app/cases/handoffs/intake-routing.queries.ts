/** Types generated for queries found in "apps/api/src/app/cases/handoffs/intake-routing.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'IntakeState' parameters type */
export interface IIntakeStateParams {
  caseId: string;
}

/** 'IntakeState' return type */
export interface IIntakeStateResult {
  handed: boolean;
  lead_agency_id: string;
  lead_took_it_in: boolean;
  status: string;
}

/** 'IntakeState' query type */
export interface IIntakeStateQuery {
  params: IIntakeStateParams;
  result: IIntakeStateResult;
}

const intakeStateIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":342,"b":349}]}],"statement":"SELECT c.status, lp.agency_id AS lead_agency_id,\n  EXISTS (SELECT 1 FROM case_handoff h WHERE h.case_id = c.id) AS \"handed!\",\n  EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id AND r.intake_agency_id = lp.agency_id) AS \"lead_took_it_in!\"\nFROM \"case\" c JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'\nWHERE c.id = :caseId!\nFOR UPDATE OF c"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.status, lp.agency_id AS lead_agency_id,
 *   EXISTS (SELECT 1 FROM case_handoff h WHERE h.case_id = c.id) AS "handed!",
 *   EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id AND r.intake_agency_id = lp.agency_id) AS "lead_took_it_in!"
 * FROM "case" c JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
 * WHERE c.id = :caseId!
 * FOR UPDATE OF c
 * ```
 */
export const intakeState = new PreparedQuery<IIntakeStateParams,IIntakeStateResult>(intakeStateIR);


/** 'SystemReach' parameters type */
export type ISystemReachParams = void;

/** 'SystemReach' return type */
export interface ISystemReachResult {
  system: boolean;
}

/** 'SystemReach' query type */
export interface ISystemReachQuery {
  params: ISystemReachParams;
  result: ISystemReachResult;
}

const systemReachIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT coalesce(current_setting('simpul.system', true) = 'on', false) AS \"system!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT coalesce(current_setting('simpul.system', true) = 'on', false) AS "system!"
 * ```
 */
export const systemReach = new PreparedQuery<ISystemReachParams,ISystemReachResult>(systemReachIR);


