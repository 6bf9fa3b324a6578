import type { PreparedQuery } from '@pgtyped/runtime';
import type { EntityManager } from 'typeorm';
import { queryRows } from './query-rows';

/**
 * Runs a statement whose parameter and result types pgtyped generated from the migrated schema
 * (`npm run sql:types`), in the caller's transaction.
 */
export function runQuery<Params, Result>(
  manager: Pick<EntityManager, 'query'>,
  query: PreparedQuery<Params, Result>,
  params: Params,
): Promise<Result[]> {
  return query.run(params, {
    query: async (text, bindings) => {
      const rows = await queryRows(manager, text, bindings);
      return { rows, rowCount: rows.length };
    },
  });
}
