/** Types generated for queries found in "apps/api/src/app/cases/inbox/inbox-figure.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ReadableAmong' parameters type */
export interface IReadableAmongParams {
  ids: stringArray;
}

/** 'ReadableAmong' return type */
export interface IReadableAmongResult {
  n: number;
}

/** 'ReadableAmong' query type */
export interface IReadableAmongQuery {
  params: IReadableAmongParams;
  result: IReadableAmongResult;
}

const readableAmongIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":60,"b":64}]}],"statement":"SELECT count(*)::int AS \"n!\" FROM \"case\" c WHERE c.id = ANY(:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "n!" FROM "case" c WHERE c.id = ANY(:ids!::uuid[])
 * ```
 */
export const readableAmong = new PreparedQuery<IReadableAmongParams,IReadableAmongResult>(readableAmongIR);


