/** Types generated for queries found in "apps/api/src/app/cases/split/split.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'NewSplitCaseId' parameters type */
export type INewSplitCaseIdParams = void;

/** 'NewSplitCaseId' return type */
export interface INewSplitCaseIdResult {
  id: string;
}

/** 'NewSplitCaseId' query type */
export interface INewSplitCaseIdQuery {
  params: INewSplitCaseIdParams;
  result: INewSplitCaseIdResult;
}

const newSplitCaseIdIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT gen_random_uuid() AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT gen_random_uuid() AS "id!"
 * ```
 */
export const newSplitCaseId = new PreparedQuery<INewSplitCaseIdParams,INewSplitCaseIdResult>(newSplitCaseIdIR);


/** 'InsertSplitCase' parameters type */
export interface IInsertSplitCaseParams {
  id: string;
  intakeAgencyId: string;
  sourceId: string;
  title: string;
}

/** 'InsertSplitCase' return type */
export type IInsertSplitCaseResult = void;

/** 'InsertSplitCase' query type */
export interface IInsertSplitCaseQuery {
  params: IInsertSplitCaseParams;
  result: IInsertSplitCaseResult;
}

const insertSplitCaseIR: any = {"usedParamSet":{"id":true,"title":true,"intakeAgencyId":true,"sourceId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":226,"b":229}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":353,"b":359}]},{"name":"intakeAgencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":482,"b":497}]},{"name":"sourceId","required":true,"transform":{"type":"scalar"},"locs":[{"a":539,"b":548}]}],"statement":"INSERT INTO \"case\" (\"id\", \"number\", \"title\", \"description\", \"classification\", \"channel\", \"category\", \"priority\",\n  \"incident_date\", \"location_text\", \"regency_code\", \"intake_agency_id\", \"split_from_case_id\", \"split_at\")\nSELECT :id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),\n  :title!, c.description, c.classification, c.channel, c.category, c.priority, c.incident_date, c.location_text,\n  c.regency_code, :intakeAgencyId!, c.id, now()\nFROM \"case\" c WHERE c.id = :sourceId!"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
 *   "incident_date", "location_text", "regency_code", "intake_agency_id", "split_from_case_id", "split_at")
 * SELECT :id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
 *   :title!, c.description, c.classification, c.channel, c.category, c.priority, c.incident_date, c.location_text,
 *   c.regency_code, :intakeAgencyId!, c.id, now()
 * FROM "case" c WHERE c.id = :sourceId!
 * ```
 */
export const insertSplitCase = new PreparedQuery<IInsertSplitCaseParams,IInsertSplitCaseResult>(insertSplitCaseIR);


/** 'InsertSplitLead' parameters type */
export interface IInsertSplitLeadParams {
  addedBy: string;
  agencyId: string;
  caseId: string;
}

/** 'InsertSplitLead' return type */
export type IInsertSplitLeadResult = void;

/** 'InsertSplitLead' query type */
export interface IInsertSplitLeadQuery {
  params: IInsertSplitLeadParams;
  result: IInsertSplitLeadResult;
}

const insertSplitLeadIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":84,"b":93}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":104,"b":112}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId!, 'lead', :addedBy!)
 * ```
 */
export const insertSplitLead = new PreparedQuery<IInsertSplitLeadParams,IInsertSplitLeadResult>(insertSplitLeadIR);


/** 'CaseReportIds' parameters type */
export interface ICaseReportIdsParams {
  caseId: string;
}

/** 'CaseReportIds' return type */
export interface ICaseReportIdsResult {
  id: string;
}

/** 'CaseReportIds' query type */
export interface ICaseReportIdsQuery {
  params: ICaseReportIdsParams;
  result: ICaseReportIdsResult;
}

const caseReportIdsIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":43,"b":50}]}],"statement":"SELECT id FROM case_report WHERE case_id = :caseId! ORDER BY created_at, id FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM case_report WHERE case_id = :caseId! ORDER BY created_at, id FOR UPDATE
 * ```
 */
export const caseReportIds = new PreparedQuery<ICaseReportIdsParams,ICaseReportIdsResult>(caseReportIdsIR);


/** 'MoveReports' parameters type */
export interface IMoveReportsParams {
  fromCaseId: string;
  reportIds: stringArray;
  toCaseId: string;
}

/** 'MoveReports' return type */
export interface IMoveReportsResult {
  id: string;
}

/** 'MoveReports' query type */
export interface IMoveReportsQuery {
  params: IMoveReportsParams;
  result: IMoveReportsResult;
}

const moveReportsIR: any = {"usedParamSet":{"toCaseId":true,"fromCaseId":true,"reportIds":true},"params":[{"name":"toCaseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":42}]},{"name":"fromCaseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":71}]},{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":86,"b":96}]}],"statement":"UPDATE case_report SET case_id = :toCaseId! WHERE case_id = :fromCaseId! AND id = ANY(:reportIds!::uuid[]) RETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET case_id = :toCaseId! WHERE case_id = :fromCaseId! AND id = ANY(:reportIds!::uuid[]) RETURNING id
 * ```
 */
export const moveReports = new PreparedQuery<IMoveReportsParams,IMoveReportsResult>(moveReportsIR);


/** 'SplitCaseNumber' parameters type */
export interface ISplitCaseNumberParams {
  caseId: string;
}

/** 'SplitCaseNumber' return type */
export interface ISplitCaseNumberResult {
  number: string;
}

/** 'SplitCaseNumber' query type */
export interface ISplitCaseNumberQuery {
  params: ISplitCaseNumberParams;
  result: ISplitCaseNumberResult;
}

const splitCaseNumberIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":44}]}],"statement":"SELECT number FROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT number FROM "case" WHERE id = :caseId!
 * ```
 */
export const splitCaseNumber = new PreparedQuery<ISplitCaseNumberParams,ISplitCaseNumberResult>(splitCaseNumberIR);


