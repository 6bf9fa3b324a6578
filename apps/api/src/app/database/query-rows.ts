import type { DataSource, EntityManager } from 'typeorm';

/**
 * Rows of any statement. TypeORM's `query()` answers UPDATE and DELETE with `[rows, rowCount]`
 * and everything else with the rows, which makes `UPDATE … RETURNING` easy to get wrong.
 */
export async function queryRows<T>(
  runner: Pick<EntityManager | DataSource, 'query'>,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await runner.query(sql, parameters);
  const updateOrDelete =
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number';
  return (updateOrDelete ? result[0] : result) as T[];
}
