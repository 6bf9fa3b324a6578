import { INBOX_EXACT_COUNT_LIMIT, type InboxQuery } from '@simpul/contracts';

/** Where the page and the count read: `case_inbox_entries` (see migration AddInboxEntries). */
export interface InboxSql {
  /** Up to `limit + 1` rows `(case_id, sort_key)` in inbox order. */
  page: string;
  /** `n` distinct matching cases among the first entries, `scanned` entries looked at. */
  count: string;
  params: unknown[];
  /** How many parameters the keyset added at the end (the count leaves them out). */
  keysetParams: number;
  /** When `scanned` reaches this, `n` is only a lower bound. */
  countScanLimit: number;
  /** The page's direction: newest first, or nearest deadline first. */
  order: 'ASC' | 'DESC';
}

export interface InboxCursor {
  key: string;
  id: string;
}

/**
 * The inbox's SQL over the narrow per-agency entries: every filter is a column of the entry, so each
 * view is an index-only range scan. Without a narrowing set (text search, an officer's cases) the
 * page takes the first rows of each readable agency in order (one short index walk per agency, a
 * handful for a department that oversees its field units) and merges them, dropping the second
 * entry of a case two of those agencies share; with one, it reads only the entries of that set.
 */
export function inboxSql(
  query: InboxQuery,
  opts: { actorUserId: string; readable: string[]; limit: number; cursor: InboxCursor | null },
): InboxSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  let readable = opts.readable;
  const where: string[] = [];
  if (query.status) where.push(`e.status = ANY(${param(query.status.split(','))}::varchar[])`);
  if (query.category) where.push(`e.category = ${param(query.category)}`);
  if (query.regency) where.push(`e.regency_code = ${param(query.regency)}`);
  if (query.agencyId) {
    // Every case of a readable agency is readable: read only that agency's entries.
    if (readable.includes(query.agencyId)) readable = [query.agencyId];
    else
      where.push(
        `EXISTS (SELECT 1 FROM case_inbox t WHERE t.id = e.case_id AND t.participant_agency_ids @> ARRAY[${param(query.agencyId)}::uuid])`,
      );
  }
  if (query.needsLocation !== undefined)
    where.push(`e.location_confidence ${query.needsLocation ? 'IN' : 'NOT IN'} ('unknown', 'text')`);
  // A literal, so that the partial index of escalated entries applies.
  if (query.escalated !== undefined) where.push(query.escalated ? 'e.sla_escalated' : 'NOT e.sla_escalated');
  if (query.sla === 'overdue') where.push(`e.due < now()`);
  if (query.sla === 'due_soon') where.push(`e.due >= now() AND e.due < now() + interval '1 day'`);
  if (query.sla === 'on_track')
    where.push(`e.due >= now() + interval '1 day' AND e.due < 'infinity'::timestamptz`);
  if (query.tag)
    where.push(
      `EXISTS (SELECT 1 FROM case_inbox t WHERE t.id = e.case_id AND t.tags @> ARRAY[${param(query.tag)}]::text[])`,
    );
  const narrowing: string[] = [];
  if (query.assignee) {
    const userId = query.assignee === 'me' ? opts.actorUserId : query.assignee;
    narrowing.push(
      `e.case_id IN (SELECT fa.case_id FROM case_assignee fa WHERE fa.user_id = ${param(userId)}::uuid)`,
    );
  }
  if (query.q) narrowing.push(`e.case_id IN (SELECT simpul_case_text_search(${param(query.q)}))`);
  const agencies = param(readable);
  const filters = [...where, ...narrowing].join(' AND ') || 'true';

  const due = query.sort === 'due';
  const sortKey = due ? 'e.due' : 'e.created_at';
  const order = due ? 'ASC' : 'DESC';
  const countScanLimit = 2 * INBOX_EXACT_COUNT_LIMIT + 1;
  const count = `SELECT count(DISTINCT case_id)::int AS n, count(*)::int AS scanned FROM (
      SELECT e.case_id FROM case_inbox_entries e
      WHERE e.agency_id = ANY(${agencies}::uuid[]) AND ${filters} LIMIT ${countScanLimit}) capped`;

  const before = params.length;
  const keyset = opts.cursor
    ? `(${sortKey}, e.case_id) ${due ? '>' : '<'} (${param(opts.cursor.key)}::timestamptz, ${param(opts.cursor.id)}::uuid)`
    : 'true';
  const take = opts.limit + 1;
  const ordered = `ORDER BY sort_key ${order}, case_id ${order} LIMIT ${take}`;
  const page =
    narrowing.length > 0
      ? `SELECT DISTINCT e.case_id, ${sortKey} AS sort_key FROM case_inbox_entries e
         WHERE e.agency_id = ANY(${agencies}::uuid[]) AND ${filters} AND ${keyset} ${ordered}`
      : `SELECT DISTINCT e.case_id, e.sort_key FROM unnest(${agencies}::uuid[]) AS r(agency_id)
         CROSS JOIN LATERAL (
           SELECT e.case_id, ${sortKey} AS sort_key FROM case_inbox_entries e
           WHERE e.agency_id = r.agency_id AND ${filters} AND ${keyset}
           ORDER BY ${sortKey} ${order}, e.case_id ${order} LIMIT ${take}) e
         ${ordered}`;
  return { page, count, params, keysetParams: params.length - before, countScanLimit, order };
}
