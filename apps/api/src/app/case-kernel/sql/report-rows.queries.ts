/** Types generated for queries found in "apps/api/src/app/case-kernel/sql/report-rows.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

/** 'ReportKeyedTables' parameters type */
export type IReportKeyedTablesParams = void;

/** 'ReportKeyedTables' return type */
export interface IReportKeyedTablesResult {
  table_name: string;
}

/** 'ReportKeyedTables' query type */
export interface IReportKeyedTablesQuery {
  params: IReportKeyedTablesParams;
  result: IReportKeyedTablesResult;
}

const reportKeyedTablesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT c1.table_name::text AS \"table_name!\" FROM information_schema.columns c1\nJOIN information_schema.columns c2\n  ON c2.table_schema = c1.table_schema AND c2.table_name = c1.table_name AND c2.column_name = 'report_id'\nJOIN information_schema.tables t\n  ON t.table_schema = c1.table_schema AND t.table_name = c1.table_name AND t.table_type = 'BASE TABLE'\nWHERE c1.table_schema = 'public' AND c1.column_name = 'case_id'\n  AND has_table_privilege(format('%I.%I', c1.table_schema, c1.table_name), 'UPDATE')\nORDER BY c1.table_name"};

/**
 * Query generated from SQL:
 * ```
 * SELECT c1.table_name::text AS "table_name!" FROM information_schema.columns c1
 * JOIN information_schema.columns c2
 *   ON c2.table_schema = c1.table_schema AND c2.table_name = c1.table_name AND c2.column_name = 'report_id'
 * JOIN information_schema.tables t
 *   ON t.table_schema = c1.table_schema AND t.table_name = c1.table_name AND t.table_type = 'BASE TABLE'
 * WHERE c1.table_schema = 'public' AND c1.column_name = 'case_id'
 *   AND has_table_privilege(format('%I.%I', c1.table_schema, c1.table_name), 'UPDATE')
 * ORDER BY c1.table_name
 * ```
 */
export const reportKeyedTables = new PreparedQuery<IReportKeyedTablesParams,IReportKeyedTablesResult>(reportKeyedTablesIR);


