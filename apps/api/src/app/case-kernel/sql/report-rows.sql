/* Rows that follow a report to another case (report-rows.ts). Types: npm run sql:types. */

/* The tables keyed by case and report that the app may update (comments, LAPOR conflicts,
   tracking, messages, and any later one). */
/* @name ReportKeyedTables */
SELECT c1.table_name::text AS "table_name!" FROM information_schema.columns c1
JOIN information_schema.columns c2
  ON c2.table_schema = c1.table_schema AND c2.table_name = c1.table_name AND c2.column_name = 'report_id'
JOIN information_schema.tables t
  ON t.table_schema = c1.table_schema AND t.table_name = c1.table_name AND t.table_type = 'BASE TABLE'
WHERE c1.table_schema = 'public' AND c1.column_name = 'case_id'
  AND has_table_privilege(format('%I.%I', c1.table_schema, c1.table_name), 'UPDATE')
ORDER BY c1.table_name;
