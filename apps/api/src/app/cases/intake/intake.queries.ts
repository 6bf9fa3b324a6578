/** Types generated for queries found in "apps/api/src/app/cases/intake/intake.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'NewCaseId' parameters type */
export type INewCaseIdParams = void;

/** 'NewCaseId' return type */
export interface INewCaseIdResult {
  id: string;
}

/** 'NewCaseId' query type */
export interface INewCaseIdQuery {
  params: INewCaseIdParams;
  result: INewCaseIdResult;
}

const newCaseIdIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT gen_random_uuid() AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT gen_random_uuid() AS "id!"
 * ```
 */
export const newCaseId = new PreparedQuery<INewCaseIdParams,INewCaseIdResult>(newCaseIdIR);


/** 'InsertCase' parameters type */
export interface IInsertCaseParams {
  category: string;
  channel: string;
  classification: string;
  description: string;
  id: string;
  incidentDate?: DateOrString | null | void;
  intakeAgencyId: string;
  landmark?: string | null | void;
  locationText?: string | null | void;
  priority: string;
  regencyCode?: string | null | void;
  title: string;
}

/** 'InsertCase' return type */
export type IInsertCaseResult = void;

/** 'InsertCase' query type */
export interface IInsertCaseQuery {
  params: IInsertCaseParams;
  result: IInsertCaseResult;
}

const insertCaseIR: any = {"usedParamSet":{"id":true,"title":true,"description":true,"classification":true,"channel":true,"category":true,"priority":true,"incidentDate":true,"locationText":true,"landmark":true,"regencyCode":true,"intakeAgencyId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":214,"b":217}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":341,"b":347}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":350,"b":362}]},{"name":"classification","required":true,"transform":{"type":"scalar"},"locs":[{"a":365,"b":380}]},{"name":"channel","required":true,"transform":{"type":"scalar"},"locs":[{"a":383,"b":391}]},{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":394,"b":403}]},{"name":"priority","required":true,"transform":{"type":"scalar"},"locs":[{"a":406,"b":415}]},{"name":"incidentDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":418,"b":430}]},{"name":"locationText","required":false,"transform":{"type":"scalar"},"locs":[{"a":433,"b":445}]},{"name":"landmark","required":false,"transform":{"type":"scalar"},"locs":[{"a":448,"b":456}]},{"name":"regencyCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":459,"b":470}]},{"name":"intakeAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":473,"b":488}]}],"statement":"INSERT INTO \"case\" (\"id\", \"number\", \"title\", \"description\", \"classification\", \"channel\", \"category\", \"priority\",\n  \"incident_date\", \"location_text\", \"location_landmark\", \"regency_code\", \"intake_agency_id\")\nVALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),\n  :title!, :description!, :classification!, :channel!, :category!, :priority!, :incidentDate, :locationText, :landmark, :regencyCode, :intakeAgencyId!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
 *   "incident_date", "location_text", "location_landmark", "regency_code", "intake_agency_id")
 * VALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
 *   :title!, :description!, :classification!, :channel!, :category!, :priority!, :incidentDate, :locationText, :landmark, :regencyCode, :intakeAgencyId!)
 * ```
 */
export const insertCase = new PreparedQuery<IInsertCaseParams,IInsertCaseResult>(insertCaseIR);


/** 'InsertLead' parameters type */
export interface IInsertLeadParams {
  addedBy: string;
  agencyId: string;
  caseId: string;
}

/** 'InsertLead' return type */
export type IInsertLeadResult = void;

/** 'InsertLead' query type */
export interface IInsertLeadQuery {
  params: IInsertLeadParams;
  result: IInsertLeadResult;
}

const insertLeadIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":112}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!)
 * ```
 */
export const insertLead = new PreparedQuery<IInsertLeadParams,IInsertLeadResult>(insertLeadIR);


/** 'InsertReport' parameters type */
export interface IInsertReportParams {
  anonymous: boolean;
  caseId: string;
  confidential: boolean;
  contact?: string | null | void;
  name?: string | null | void;
  nik?: string | null | void;
  trackingId?: string | null | void;
}

/** 'InsertReport' return type */
export type IInsertReportResult = void;

/** 'InsertReport' query type */
export interface IInsertReportQuery {
  params: IInsertReportParams;
  result: IInsertReportResult;
}

const insertReportIR: any = {"usedParamSet":{"caseId":true,"trackingId":true,"name":true,"contact":true,"nik":true,"anonymous":true,"confidential":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":134}]},{"name":"trackingId","required":false,"transform":{"type":"scalar"},"locs":[{"a":137,"b":147}]},{"name":"name","required":false,"transform":{"type":"scalar"},"locs":[{"a":150,"b":154}]},{"name":"contact","required":false,"transform":{"type":"scalar"},"locs":[{"a":157,"b":164}]},{"name":"nik","required":false,"transform":{"type":"scalar"},"locs":[{"a":167,"b":170}]},{"name":"anonymous","required":true,"transform":{"type":"scalar"},"locs":[{"a":173,"b":183}]},{"name":"confidential","required":true,"transform":{"type":"scalar"},"locs":[{"a":186,"b":199}]}],"statement":"INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)\nVALUES (:caseId!, :trackingId, :name, :contact, :nik, :anonymous!, :confidential!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)
 * VALUES (:caseId!, :trackingId, :name, :contact, :nik, :anonymous!, :confidential!)
 * ```
 */
export const insertReport = new PreparedQuery<IInsertReportParams,IInsertReportResult>(insertReportIR);


