/** Types generated for queries found in "apps/api/src/app/cases/calendar/calendar-decree.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

export type DateOrStringArray = (DateOrString)[];

export type stringArray = (string)[];

/** 'DeleteYearOverrides' parameters type */
export interface IDeleteYearOverridesParams {
  year: number;
}

/** 'DeleteYearOverrides' return type */
export interface IDeleteYearOverridesResult {
  date: string;
}

/** 'DeleteYearOverrides' query type */
export interface IDeleteYearOverridesQuery {
  params: IDeleteYearOverridesParams;
  result: IDeleteYearOverridesResult;
}

const deleteYearOverridesIR: any = {"usedParamSet":{"year":true},"params":[{"name":"year","required":true,"transform":{"type":"scalar"},"locs":[{"a":54,"b":59},{"a":94,"b":99}]}],"statement":"DELETE FROM calendar_override\nWHERE date >= make_date(:year!::int, 1, 1) AND date < make_date(:year!::int + 1, 1, 1)\nRETURNING to_char(date, 'YYYY-MM-DD') AS \"date!\"                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * DELETE FROM calendar_override
 * WHERE date >= make_date(:year!::int, 1, 1) AND date < make_date(:year!::int + 1, 1, 1)
 * RETURNING to_char(date, 'YYYY-MM-DD') AS "date!"                                                                         
 * ```
 */
export const deleteYearOverrides = new PreparedQuery<IDeleteYearOverridesParams,IDeleteYearOverridesResult>(deleteYearOverridesIR);


/** 'InsertDecreeOverrides' parameters type */
export interface IInsertDecreeOverridesParams {
  createdBy?: string | null | void;
  dates: DateOrStringArray;
  kinds: stringArray;
  names: stringArray;
}

/** 'InsertDecreeOverrides' return type */
export type IInsertDecreeOverridesResult = void;

/** 'InsertDecreeOverrides' query type */
export interface IInsertDecreeOverridesQuery {
  params: IInsertDecreeOverridesParams;
  result: IInsertDecreeOverridesResult;
}

const insertDecreeOverridesIR: any = {"usedParamSet":{"createdBy":true,"dates":true,"kinds":true,"names":true},"params":[{"name":"createdBy","required":false,"transform":{"type":"scalar"},"locs":[{"a":77,"b":86}]},{"name":"dates","required":true,"transform":{"type":"scalar"},"locs":[{"a":100,"b":106}]},{"name":"kinds","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":123}]},{"name":"names","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":140}]}],"statement":"INSERT INTO calendar_override (date, kind, name, created_by)\nSELECT d, k, n, :createdBy FROM unnest(:dates!::date[], :kinds!::text[], :names!::text[]) AS t(d, k, n)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO calendar_override (date, kind, name, created_by)
 * SELECT d, k, n, :createdBy FROM unnest(:dates!::date[], :kinds!::text[], :names!::text[]) AS t(d, k, n)
 * ```
 */
export const insertDecreeOverrides = new PreparedQuery<IInsertDecreeOverridesParams,IInsertDecreeOverridesResult>(insertDecreeOverridesIR);


