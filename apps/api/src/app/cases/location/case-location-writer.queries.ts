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

const lockAreaBeforeIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":229,"b":236}]}],"statement":"SELECT lat, lng, regency_code, district_code, village_code, location_confidence,\n  (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS \"had_location!\"\nFROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT lat, lng, regency_code, district_code, village_code, location_confidence,
 *   (location_text IS NOT NULL OR lat IS NOT NULL OR village_code IS NOT NULL OR district_code IS NOT NULL) AS "had_location!"
 * FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockAreaBefore = new PreparedQuery<ILockAreaBeforeParams,ILockAreaBeforeResult>(lockAreaBeforeIR);


