/** Types generated for queries found in "apps/api/src/app/clarifications/evidence/evidence.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'LinkedCases' parameters type */
export interface ILinkedCasesParams {
  draftId: string;
}

/** 'LinkedCases' return type */
export interface ILinkedCasesResult {
  caseId: string;
  number: string;
}

/** 'LinkedCases' query type */
export interface ILinkedCasesQuery {
  params: ILinkedCasesParams;
  result: ILinkedCasesResult;
}

const linkedCasesIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":93,"b":101}]}],"statement":"SELECT case_id AS \"caseId!\", case_number AS \"number!\" FROM simpul_clarification_linked_cases(:draftId!)                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id AS "caseId!", case_number AS "number!" FROM simpul_clarification_linked_cases(:draftId!)                                                                                    
 * ```
 */
export const linkedCases = new PreparedQuery<ILinkedCasesParams,ILinkedCasesResult>(linkedCasesIR);


/** 'PublicPhotos' parameters type */
export interface IPublicPhotosParams {
  draftId: string;
}

/** 'PublicPhotos' return type */
export interface IPublicPhotosResult {
  attachmentId: string;
  caption: string | null;
  caseId: string;
  caseNumber: string;
  storageKey: string;
}

/** 'PublicPhotos' query type */
export interface IPublicPhotosQuery {
  params: IPublicPhotosParams;
  result: IPublicPhotosResult;
}

const publicPhotosIR: any = {"usedParamSet":{"draftId":true},"params":[{"name":"draftId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":186}]}],"statement":"SELECT attachment_id AS \"attachmentId!\", case_id AS \"caseId!\", case_number AS \"caseNumber!\", caption,\n       storage_key AS \"storageKey!\"\nFROM simpul_clarification_public_photos(:draftId!)                                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT attachment_id AS "attachmentId!", case_id AS "caseId!", case_number AS "caseNumber!", caption,
 *        storage_key AS "storageKey!"
 * FROM simpul_clarification_public_photos(:draftId!)                                                                                                  
 * ```
 */
export const publicPhotos = new PreparedQuery<IPublicPhotosParams,IPublicPhotosResult>(publicPhotosIR);


/** 'ReadableCases' parameters type */
export interface IReadableCasesParams {
  agencyId: string;
  caseIds: stringArray;
  role: string;
}

/** 'ReadableCases' return type */
export interface IReadableCasesResult {
  id: string;
  linkNumber: string | null;
  ownerId: string | null;
  ownerShortName: string | null;
  roadName: string | null;
  roadStatus: string | null;
  status: string;
  title: string;
}

/** 'ReadableCases' query type */
export interface IReadableCasesQuery {
  params: IReadableCasesParams;
  result: IReadableCasesResult;
}

const readableCasesIR: any = {"usedParamSet":{"caseIds":true,"agencyId":true,"role":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":355,"b":363}]},{"name":"agencyId","required":true,"transform":{"type":"scalar"},"locs":[{"a":420,"b":429}]},{"name":"role","required":true,"transform":{"type":"scalar"},"locs":[{"a":438,"b":443}]}],"statement":"SELECT c.id AS \"id!\", c.title AS \"title!\", c.status AS \"status!\",\n       s.name AS \"roadName?\", s.status AS \"roadStatus?\", s.link_number AS \"linkNumber?\",\n       s.agency_id AS \"ownerId?\", ag.short_name AS \"ownerShortName?\"\nFROM \"case\" c\n  LEFT JOIN road_segment s ON s.id = c.road_segment_id\n  LEFT JOIN agency ag ON ag.id = s.agency_id\nWHERE c.id = ANY(:caseIds!::uuid[])\n  AND cardinality(simpul_case_relations(c.id, :agencyId!::uuid, :role!::text)) > 0                                                                                  "};

/**
 * Query generated from SQL:
 * ```
 * SELECT c.id AS "id!", c.title AS "title!", c.status AS "status!",
 *        s.name AS "roadName?", s.status AS "roadStatus?", s.link_number AS "linkNumber?",
 *        s.agency_id AS "ownerId?", ag.short_name AS "ownerShortName?"
 * FROM "case" c
 *   LEFT JOIN road_segment s ON s.id = c.road_segment_id
 *   LEFT JOIN agency ag ON ag.id = s.agency_id
 * WHERE c.id = ANY(:caseIds!::uuid[])
 *   AND cardinality(simpul_case_relations(c.id, :agencyId!::uuid, :role!::text)) > 0                                                                                  
 * ```
 */
export const readableCases = new PreparedQuery<IReadableCasesParams,IReadableCasesResult>(readableCasesIR);


/** 'CasePhotos' parameters type */
export interface ICasePhotosParams {
  caseIds: stringArray;
}

/** 'CasePhotos' return type */
export interface ICasePhotosResult {
  caption: string | null;
  caseId: string;
  everConfidential: boolean;
  hasThumbnail: boolean;
  id: string;
  publicAt: Date | null;
}

/** 'CasePhotos' query type */
export interface ICasePhotosQuery {
  params: ICasePhotosParams;
  result: ICasePhotosResult;
}

const casePhotosIR: any = {"usedParamSet":{"caseIds":true},"params":[{"name":"caseIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":250,"b":258}]}],"statement":"SELECT a.id AS \"id!\", a.case_id AS \"caseId!\", a.caption, a.public_at AS \"publicAt?\",\n       a.has_thumbnail AS \"hasThumbnail!\", c.ever_confidential AS \"everConfidential!\"\nFROM case_attachment a JOIN \"case\" c ON c.id = a.case_id\nWHERE a.case_id = ANY(:caseIds!::uuid[]) AND a.kind = 'image'\n  AND a.deleted_at IS NULL AND a.files_erased_at IS NULL\nORDER BY a.created_at, a.id                                                                                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT a.id AS "id!", a.case_id AS "caseId!", a.caption, a.public_at AS "publicAt?",
 *        a.has_thumbnail AS "hasThumbnail!", c.ever_confidential AS "everConfidential!"
 * FROM case_attachment a JOIN "case" c ON c.id = a.case_id
 * WHERE a.case_id = ANY(:caseIds!::uuid[]) AND a.kind = 'image'
 *   AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
 * ORDER BY a.created_at, a.id                                                                                                    
 * ```
 */
export const casePhotos = new PreparedQuery<ICasePhotosParams,ICasePhotosResult>(casePhotosIR);


/** 'PublishedPhoto' parameters type */
export interface IPublishedPhotoParams {
  attachmentId: string;
  url: string;
}

/** 'PublishedPhoto' return type */
export interface IPublishedPhotoResult {
  storageKey: string;
}

/** 'PublishedPhoto' query type */
export interface IPublishedPhotoQuery {
  params: IPublishedPhotoParams;
  result: IPublishedPhotoResult;
}

const publishedPhotoIR: any = {"usedParamSet":{"attachmentId":true,"url":true},"params":[{"name":"attachmentId","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":86}]},{"name":"url","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":99}]}],"statement":"SELECT storage_key AS \"storageKey!\" FROM simpul_published_evidence_photo(:attachmentId!::uuid, :url!::text)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT storage_key AS "storageKey!" FROM simpul_published_evidence_photo(:attachmentId!::uuid, :url!::text)
 * ```
 */
export const publishedPhoto = new PreparedQuery<IPublishedPhotoParams,IPublishedPhotoResult>(publishedPhotoIR);


