import type { EntityManager } from 'typeorm';
import { runQuery } from '../database/typed-query';
import { reportKeyedTables } from './sql/report-rows.queries';

/**
 * Rows that belong to a report (comments on it, LAPOR conflicts, tracking, messages, and any later
 * table keyed by case and report) follow it when it moves to another case: a merge moves the
 * duplicate's reports to the surviving case, a split moves the chosen reports to the new one. The
 * caller has moved the `case_report` rows, in the same transaction.
 */
export async function moveReportRows(
  manager: EntityManager,
  toCaseId: string,
  fromCaseId: string,
  reportIds: readonly string[],
): Promise<void> {
  if (reportIds.length === 0) return;
  const tables = await runQuery(manager, reportKeyedTables, undefined);
  for (const { table_name } of tables) {
    await manager.query(
      `UPDATE "${table_name.replace(/"/g, '""')}" SET case_id = $1 WHERE case_id = $2 AND report_id = ANY($3::uuid[])`,
      [toCaseId, fromCaseId, reportIds],
    );
  }
}
