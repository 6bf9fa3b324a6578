/** Types generated for queries found in "apps/api/src/app/lapor/lapor-conflicts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ConflictCase' parameters type */
export interface IConflictCaseParams {
  conflictId: string;
}

/** 'ConflictCase' return type */
export interface IConflictCaseResult {
  case_id: string;
}

/** 'ConflictCase' query type */
export interface IConflictCaseQuery {
  params: IConflictCaseParams;
  result: IConflictCaseResult;
}

const conflictCaseIR: any = {"usedParamSet":{"conflictId":true},"params":[{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":46,"b":57}]}],"statement":"SELECT case_id FROM lapor_conflict WHERE id = :conflictId!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT case_id FROM lapor_conflict WHERE id = :conflictId!
 * ```
 */
export const conflictCase = new PreparedQuery<IConflictCaseParams,IConflictCaseResult>(conflictCaseIR);


/** 'LockConflictCase' parameters type */
export interface ILockConflictCaseParams {
  caseId: string;
}

/** 'LockConflictCase' return type */
export interface ILockConflictCaseResult {
  id: string;
}

/** 'LockConflictCase' query type */
export interface ILockConflictCaseQuery {
  params: ILockConflictCaseParams;
  result: ILockConflictCaseResult;
}

const lockConflictCaseIR: any = {"usedParamSet":{"caseId":true},"params":[{"name":"caseId","required":true,"transform":{"type":"scalar"},"locs":[{"a":33,"b":40}]}],"statement":"SELECT id FROM \"case\" WHERE id = :caseId! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM "case" WHERE id = :caseId! FOR UPDATE
 * ```
 */
export const lockConflictCase = new PreparedQuery<ILockConflictCaseParams,ILockConflictCaseResult>(lockConflictCaseIR);


/** 'ResolveConflict' parameters type */
export interface IResolveConflictParams {
  conflictId: string;
  resolution: string;
  resolvedBy: string;
}

/** 'ResolveConflict' return type */
export type IResolveConflictResult = void;

/** 'ResolveConflict' query type */
export interface IResolveConflictQuery {
  params: IResolveConflictParams;
  result: IResolveConflictResult;
}

const resolveConflictIR: any = {"usedParamSet":{"resolvedBy":true,"resolution":true,"conflictId":true},"params":[{"name":"resolvedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":61,"b":72}]},{"name":"resolution","required":true,"transform":{"type":"scalar"},"locs":[{"a":88,"b":99}]},{"name":"conflictId","required":true,"transform":{"type":"scalar"},"locs":[{"a":112,"b":123}]}],"statement":"UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE lapor_conflict SET resolved_at = now(), resolved_by = :resolvedBy!, resolution = :resolution! WHERE id = :conflictId!
 * ```
 */
export const resolveConflict = new PreparedQuery<IResolveConflictParams,IResolveConflictResult>(resolveConflictIR);


