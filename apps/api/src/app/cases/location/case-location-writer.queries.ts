/** Types generated for queries found in "apps/api/src/app/cases/location/case-location-writer.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'LockPointBefore' parameters type */
export interface ILockPointBeforeParams {
  caseId: string;
}

/** 'LockPointBefore' return type */
export interface ILockPointBeforeResult {
  had_location: boolean;
  lat: number | null;
  lng: number | null;
  status: string;
  status_before_hold: string | null;
}

/** 'LockPointBefore' query type */
export interface ILockPointBeforeQuery {
  params: ILockPointBeforeParams;
  result: ILockPointBeforeResult;
}

const lockPointBeforeIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":193,"b":200}]}],"statement":"SELECT lat, lng, status, status_before_hold,\n  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS \"had_location!\"\nFROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT lat, lng, status, status_before_hold,
 *   (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
 * FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockPointBefore = new PreparedQuery<ILockPointBeforeParams,ILockPointBeforeResult>(lockPointBeforeIR);


/** 'LockAreaBefore' parameters type */
export interface ILockAreaBeforeParams {
  caseId: string;
}

/** 'LockAreaBefore' return type */
export interface ILockAreaBeforeResult {
  district_code: string | null;
  had_location: boolean;
  lat: number | null;
  lng: number | null;
  location_confidence: string;
  regency_code: string | null;
  village_code: string | null;
}

/** 'LockAreaBefore' query type */
export interface ILockAreaBeforeQuery {
  params: ILockAreaBeforeParams;
  result: ILockAreaBeforeResult;
}

const lockAreaBeforeIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":236}]}],"statement":"SELECT lat, lng, regency_code, district_code, village_code, location_confidence,\n  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS \"had_location!\"\nFROM \"case\" WHERE id = :caseId! FOR UPDATE                                                                                                                                                                                                                                                                                            "};

/**
 * Query generated from SQL:
 * ```
 * SELECT lat, lng, regency_code, district_code, village_code, location_confidence,
 *   (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
 * FROM "case" WHERE id = :caseId! FOR UPDATE                                                                                                                                                                                                                                                                                            
 * ```
 */
export const lockAreaBefore = new PreparedQuery<ILockAreaBeforeParams,ILockAreaBeforeResult>(lockAreaBeforeIR);


/** 'NameAreaFromSegment' parameters type */
export interface INameAreaFromSegmentParams {
  caseId: string;
  districtCode?: string | null | void;
  regencyCode: string;
}

/** 'NameAreaFromSegment' return type */
export interface INameAreaFromSegmentResult {
  id: string;
}

/** 'NameAreaFromSegment' query type */
export interface INameAreaFromSegmentQuery {
  params: INameAreaFromSegmentParams;
  result: INameAreaFromSegmentResult;
}

const nameAreaFromSegmentIR: any = {"usedParamSet":{"regencyCode":true,"districtCode":true,"caseId":true},"params":[{"name":"regencyCode","required":true,"transform":{"type":"scalar"},"locs":[{"a":41,"b":53},{"a":77,"b":89},{"a":207,"b":219},{"a":443,"b":455}]},{"name":"districtCode","required":false,"transform":{"type":"scalar"},"locs":[{"a":129,"b":141},{"a":169,"b":181},{"a":283,"b":295},{"a":365,"b":377},{"a":383,"b":395}]},{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":519,"b":526}]}],"statement":"UPDATE \"case\" SET\n  province_code = left(:regencyCode!, 2),\n  regency_code = :regencyCode!,\n  district_code = CASE\n    WHEN CAST(:districtCode AS text) IS NOT NULL THEN :districtCode\n    WHEN regency_code = :regencyCode! THEN district_code\n  END,\n  village_code = CASE\n    WHEN CAST(:districtCode AS text) IS NOT NULL THEN\n      CASE WHEN left(village_code, length(:districtCode)) = :districtCode THEN village_code END\n    WHEN regency_code = :regencyCode! THEN village_code\n  END,\n  area_source = 'segment'\nWHERE id = :caseId!\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE "case" SET
 *   province_code = left(:regencyCode!, 2),
 *   regency_code = :regencyCode!,
 *   district_code = CASE
 *     WHEN CAST(:districtCode AS text) IS NOT NULL THEN :districtCode
 *     WHEN regency_code = :regencyCode! THEN district_code
 *   END,
 *   village_code = CASE
 *     WHEN CAST(:districtCode AS text) IS NOT NULL THEN
 *       CASE WHEN left(village_code, length(:districtCode)) = :districtCode THEN village_code END
 *     WHEN regency_code = :regencyCode! THEN village_code
 *   END,
 *   area_source = 'segment'
 * WHERE id = :caseId!
 * RETURNING id
 * ```
 */
export const nameAreaFromSegment = new PreparedQuery<INameAreaFromSegmentParams,INameAreaFromSegmentResult>(nameAreaFromSegmentIR);


