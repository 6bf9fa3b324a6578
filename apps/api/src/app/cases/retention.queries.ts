/** Types generated for queries found in "apps/api/src/app/cases/retention.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'PurgeReporterData' parameters type */
export interface IPurgeReporterDataParams {
  retentionDays: number;
}

/** 'PurgeReporterData' return type */
export interface IPurgeReporterDataResult {
  purged: number;
}

/** 'PurgeReporterData' query type */
export interface IPurgeReporterDataQuery {
  params: IPurgeReporterDataParams;
  result: IPurgeReporterDataResult;
}

const purgeReporterDataIR: any = {"usedParamSet":{"retentionDays":true},"params":[{"name":"retentionDays","required":true,"transform":{"type":"scalar"},"locs":[{"a":34,"b":48}]}],"statement":"SELECT simpul_purge_reporter_data(:retentionDays!) AS \"purged!\""};

/**
 * Query generated from SQL:
 * ```
 * SELECT simpul_purge_reporter_data(:retentionDays!) AS "purged!"
 * ```
 */
export const purgeReporterData = new PreparedQuery<IPurgeReporterDataParams,IPurgeReporterDataResult>(purgeReporterDataIR);


