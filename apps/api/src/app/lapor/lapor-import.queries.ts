/** Types generated for queries found in "apps/api/src/app/lapor/lapor-import.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** 'TrackingIdTaken' parameters type */
export interface ITrackingIdTakenParams {
  trackingId: string;
}

/** 'TrackingIdTaken' return type */
export interface ITrackingIdTakenResult {
  taken: boolean;
}

/** 'TrackingIdTaken' query type */
export interface ITrackingIdTakenQuery {
  params: ITrackingIdTakenParams;
  result: ITrackingIdTakenResult;
}

const trackingIdTakenIR: any = {"usedParamSet":{"trackingId":true},"params":[{"name":"trackingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":35,"b":46}]}],"statement":"SELECT simpul_lapor_tracking_taken(:trackingId!) AS \"taken!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT simpul_lapor_tracking_taken(:trackingId!) AS "taken!"
 * ```
 */
export const trackingIdTaken = new PreparedQuery<ITrackingIdTakenParams,ITrackingIdTakenResult>(trackingIdTakenIR);


/** 'NewLaporCaseId' parameters type */
export type INewLaporCaseIdParams = void;

/** 'NewLaporCaseId' return type */
export interface INewLaporCaseIdResult {
  id: string;
}

/** 'NewLaporCaseId' query type */
export interface INewLaporCaseIdQuery {
  params: INewLaporCaseIdParams;
  result: INewLaporCaseIdResult;
}

const newLaporCaseIdIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT gen_random_uuid() AS \"id!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT gen_random_uuid() AS "id!"
 * ```
 */
export const newLaporCaseId = new PreparedQuery<INewLaporCaseIdParams,INewLaporCaseIdResult>(newLaporCaseIdIR);


/** 'InsertLaporCase' parameters type */
export interface IInsertLaporCaseParams {
  category: string;
  classification: string;
  description: string;
  id: string;
  incidentDate?: DateOrString | null | void;
  intakeAgencyId?: string | null | void;
  locationText?: string | null | void;
  title: string;
}

/** 'InsertLaporCase' return type */
export type IInsertLaporCaseResult = void;

/** 'InsertLaporCase' query type */
export interface IInsertLaporCaseQuery {
  params: IInsertLaporCaseParams;
  result: IInsertLaporCaseResult;
}

const insertLaporCaseIR: any = {"usedParamSet":{"id":true,"title":true,"description":true,"classification":true,"category":true,"incidentDate":true,"locationText":true,"intakeAgencyId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":180}]},{"name":"title","required":true,"transform":{"type":"scalar"},"locs":[{"a":304,"b":310}]},{"name":"description","required":true,"transform":{"type":"scalar"},"locs":[{"a":313,"b":325}]},{"name":"classification","required":true,"transform":{"type":"scalar"},"locs":[{"a":328,"b":343}]},{"name":"category","required":true,"transform":{"type":"scalar"},"locs":[{"a":355,"b":364}]},{"name":"incidentDate","required":false,"transform":{"type":"scalar"},"locs":[{"a":377,"b":389}]},{"name":"locationText","required":false,"transform":{"type":"scalar"},"locs":[{"a":392,"b":404}]},{"name":"intakeAgencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":407,"b":421}]}],"statement":"INSERT INTO \"case\" (\"id\", \"number\", \"title\", \"description\", \"classification\", \"channel\", \"category\",\n  \"priority\", \"incident_date\", \"location_text\", \"intake_agency_id\")\nVALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),\n  :title!, :description!, :classification!, 'lapor', :category!, 'normal', :incidentDate, :locationText, :intakeAgencyId)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category",
 *   "priority", "incident_date", "location_text", "intake_agency_id")
 * VALUES (:id!, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
 *   :title!, :description!, :classification!, 'lapor', :category!, 'normal', :incidentDate, :locationText, :intakeAgencyId)
 * ```
 */
export const insertLaporCase = new PreparedQuery<IInsertLaporCaseParams,IInsertLaporCaseResult>(insertLaporCaseIR);


/** 'InsertLaporLead' parameters type */
export interface IInsertLaporLeadParams {
  addedBy: string;
  agencyId?: string | null | void;
  caseId: string;
}

/** 'InsertLaporLead' return type */
export type IInsertLaporLeadResult = void;

/** 'InsertLaporLead' query type */
export interface IInsertLaporLeadQuery {
  params: IInsertLaporLeadParams;
  result: IInsertLaporLeadResult;
}

const insertLaporLeadIR: any = {"usedParamSet":{"caseId":true,"agencyId":true,"addedBy":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":74,"b":81}]},{"name":"agencyId","required":false,"transform":{"type":"scalar"},"locs":[{"a":84,"b":92}]},{"name":"addedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":103,"b":111}]}],"statement":"INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId, 'lead', :addedBy!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES (:caseId!, :agencyId, 'lead', :addedBy!)
 * ```
 */
export const insertLaporLead = new PreparedQuery<IInsertLaporLeadParams,IInsertLaporLeadResult>(insertLaporLeadIR);


/** 'InsertLaporReport' parameters type */
export interface IInsertLaporReportParams {
  anonymous: boolean;
  caseId: string;
  confidential: boolean;
  laporStatus?: string | null | void;
  reporterContact?: string | null | void;
  reporterName?: string | null | void;
  reporterNik?: string | null | void;
  snapshot: Json;
  trackingId: string;
}

/** 'InsertLaporReport' return type */
export type IInsertLaporReportResult = void;

/** 'InsertLaporReport' query type */
export interface IInsertLaporReportQuery {
  params: IInsertLaporReportParams;
  result: IInsertLaporReportResult;
}

const insertLaporReportIR: any = {"usedParamSet":{"caseId":true,"trackingId":true,"reporterName":true,"reporterContact":true,"reporterNik":true,"anonymous":true,"confidential":true,"snapshot":true,"laporStatus":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":185}]},{"name":"trackingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":188,"b":199}]},{"name":"reporterName","required":false,"transform":{"type":"scalar"},"locs":[{"a":202,"b":214}]},{"name":"reporterContact","required":false,"transform":{"type":"scalar"},"locs":[{"a":217,"b":232}]},{"name":"reporterNik","required":false,"transform":{"type":"scalar"},"locs":[{"a":235,"b":246}]},{"name":"anonymous","required":true,"transform":{"type":"scalar"},"locs":[{"a":249,"b":259}]},{"name":"confidential","required":true,"transform":{"type":"scalar"},"locs":[{"a":262,"b":275}]},{"name":"snapshot","required":true,"transform":{"type":"scalar"},"locs":[{"a":278,"b":287}]},{"name":"laporStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":290,"b":301}]}],"statement":"INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous,\n  confidential, lapor_snapshot, lapor_status, lapor_imported_at)\nVALUES (:caseId!, :trackingId!, :reporterName, :reporterContact, :reporterNik, :anonymous!, :confidential!, :snapshot!, :laporStatus, now())"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous,
 *   confidential, lapor_snapshot, lapor_status, lapor_imported_at)
 * VALUES (:caseId!, :trackingId!, :reporterName, :reporterContact, :reporterNik, :anonymous!, :confidential!, :snapshot!, :laporStatus, now())
 * ```
 */
export const insertLaporReport = new PreparedQuery<IInsertLaporReportParams,IInsertLaporReportResult>(insertLaporReportIR);


/** 'ImportedCaseNumber' parameters type */
export interface IImportedCaseNumberParams {
  caseId: string;
}

/** 'ImportedCaseNumber' return type */
export interface IImportedCaseNumberResult {
  number: string;
}

/** 'ImportedCaseNumber' query type */
export interface IImportedCaseNumberQuery {
  params: IImportedCaseNumberParams;
  result: IImportedCaseNumberResult;
}

const importedCaseNumberIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":37,"b":44}]}],"statement":"SELECT number FROM \"case\" WHERE id = :caseId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT number FROM "case" WHERE id = :caseId!
 * ```
 */
export const importedCaseNumber = new PreparedQuery<IImportedCaseNumberParams,IImportedCaseNumberResult>(importedCaseNumberIR);


/** 'StoreLaporSnapshot' parameters type */
export interface IStoreLaporSnapshotParams {
  reportId: string;
  snapshot: Json;
}

/** 'StoreLaporSnapshot' return type */
export type IStoreLaporSnapshotResult = void;

/** 'StoreLaporSnapshot' query type */
export interface IStoreLaporSnapshotQuery {
  params: IStoreLaporSnapshotParams;
  result: IStoreLaporSnapshotResult;
}

const storeLaporSnapshotIR: any = {"usedParamSet":{"snapshot":true,"reportId":true},"params":[{"name":"snapshot","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":49}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":98}]}],"statement":"UPDATE case_report SET lapor_snapshot = :snapshot!, lapor_imported_at = now() WHERE id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET lapor_snapshot = :snapshot!, lapor_imported_at = now() WHERE id = :reportId!
 * ```
 */
export const storeLaporSnapshot = new PreparedQuery<IStoreLaporSnapshotParams,IStoreLaporSnapshotResult>(storeLaporSnapshotIR);


/** 'SetLaporStatus' parameters type */
export interface ISetLaporStatusParams {
  laporStatus?: string | null | void;
  reportId: string;
}

/** 'SetLaporStatus' return type */
export type ISetLaporStatusResult = void;

/** 'SetLaporStatus' query type */
export interface ISetLaporStatusQuery {
  params: ISetLaporStatusParams;
  result: ISetLaporStatusResult;
}

const setLaporStatusIR: any = {"usedParamSet":{"laporStatus":true,"reportId":true},"params":[{"name":"laporStatus","required":false,"transform":{"type":"scalar"},"locs":[{"a":38,"b":49}]},{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":62,"b":71}]}],"statement":"UPDATE case_report SET lapor_status = :laporStatus WHERE id = :reportId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE case_report SET lapor_status = :laporStatus WHERE id = :reportId!
 * ```
 */
export const setLaporStatus = new PreparedQuery<ISetLaporStatusParams,ISetLaporStatusResult>(setLaporStatusIR);


/** 'LockLinkedReport' parameters type */
export interface ILockLinkedReportParams {
  trackingId: string;
}

/** 'LockLinkedReport' return type */
export interface ILockLinkedReportResult {
  id: string;
}

/** 'LockLinkedReport' query type */
export interface ILockLinkedReportQuery {
  params: ILockLinkedReportParams;
  result: ILockLinkedReportResult;
}

const lockLinkedReportIR: any = {"usedParamSet":{"trackingId":true},"params":[{"name":"trackingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":87,"b":98}]}],"statement":"SELECT r.id FROM case_report r JOIN \"case\" c ON c.id = r.case_id WHERE r.tracking_id = :trackingId! FOR UPDATE OF c, r                                                                                           "};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id FROM case_report r JOIN "case" c ON c.id = r.case_id WHERE r.tracking_id = :trackingId! FOR UPDATE OF c, r                                                                                           
 * ```
 */
export const lockLinkedReport = new PreparedQuery<ILockLinkedReportParams,ILockLinkedReportResult>(lockLinkedReportIR);


/** 'FindLinkedReport' parameters type */
export interface IFindLinkedReportParams {
  trackingId: string;
}

/** 'FindLinkedReport' return type */
export interface IFindLinkedReportResult {
  anonymous: boolean;
  case_id: string;
  category: string;
  classification: string;
  confidential: boolean;
  description: string;
  incident_date: string | null;
  lapor_snapshot: Json | null;
  lapor_status: string | null;
  location_text: string | null;
  number: string;
  personal_data_purged_at: Date | null;
  report_id: string;
  reporter_contact: string | null;
  reporter_name: string | null;
  reporter_nik: string | null;
  title: string;
}

/** 'FindLinkedReport' query type */
export interface IFindLinkedReportQuery {
  params: IFindLinkedReportParams;
  result: IFindLinkedReportResult;
}

const findLinkedReportIR: any = {"usedParamSet":{"trackingId":true},"params":[{"name":"trackingId","required":true,"transform":{"type":"scalar"},"locs":[{"a":413,"b":424}]}],"statement":"SELECT r.id AS report_id, r.case_id, c.number, c.title, c.description,\n       to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.category, c.location_text,\n       c.classification, r.anonymous, r.confidential, r.reporter_name, r.reporter_contact,\n       r.reporter_nik, r.personal_data_purged_at, r.lapor_snapshot, r.lapor_status\nFROM case_report r JOIN \"case\" c ON c.id = r.case_id\nWHERE r.tracking_id = :trackingId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT r.id AS report_id, r.case_id, c.number, c.title, c.description,
 *        to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.category, c.location_text,
 *        c.classification, r.anonymous, r.confidential, r.reporter_name, r.reporter_contact,
 *        r.reporter_nik, r.personal_data_purged_at, r.lapor_snapshot, r.lapor_status
 * FROM case_report r JOIN "case" c ON c.id = r.case_id
 * WHERE r.tracking_id = :trackingId!
 * ```
 */
export const findLinkedReport = new PreparedQuery<IFindLinkedReportParams,IFindLinkedReportResult>(findLinkedReportIR);


/** 'OpenReportConflicts' parameters type */
export interface IOpenReportConflictsParams {
  reportId: string;
}

/** 'OpenReportConflicts' return type */
export interface IOpenReportConflictsResult {
  field: string;
  id: string;
  lapor_value: Json | null;
}

/** 'OpenReportConflicts' query type */
export interface IOpenReportConflictsQuery {
  params: IOpenReportConflictsParams;
  result: IOpenReportConflictsResult;
}

const openReportConflictsIR: any = {"usedParamSet":{"reportId":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":68,"b":77}]}],"statement":"SELECT id, field, lapor_value FROM lapor_conflict WHERE report_id = :reportId! AND resolved_at IS NULL"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, field, lapor_value FROM lapor_conflict WHERE report_id = :reportId! AND resolved_at IS NULL
 * ```
 */
export const openReportConflicts = new PreparedQuery<IOpenReportConflictsParams,IOpenReportConflictsResult>(openReportConflictsIR);


