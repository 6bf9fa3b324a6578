import type { InboxQuery } from '@simpul/contracts';

/** The inbox's statements for one request (see {@link inboxSql}). */
export interface InboxSql {
  /**
   * Common table expressions that `page` and `count` refer to (`name AS (...)`, comma-separated),
   * to be put after `WITH`; empty when there are none.
   */
  ctes: string;
  /**
   * Rows `(case_id, sort_key, exact)`: on the first page the search's exact matches
   * (`exact` true, listed first), then up to `limit + 1` rows in inbox order.
   */
  page: string;
  /** `n` distinct matching cases among the first ones, `scanned` rows looked at. */
  count: string;
  /**
   * Every match's `(case_id, lat, lng)` (a case may come twice when `shared`), up to
   * `countScanLimit` rows; with `ctes`. The point is the entry's copy of the case's (no case row
   * is read for it): the inbox map (inbox-map-sql.ts) counts these per cell.
   */
  matches: string;
  /** A case may come more than once in `matches` (several readable agencies share it). */
  shared: boolean;
  params: unknown[];
  /** The count is exact up to this many matches (at least the `countLimit` asked for). */
  countLimit: number;
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
 * Text search by readers of at most this many agencies also names them, so that PostgreSQL can
 * intersect the full-text index with the participating-agencies index; for a department reading
 * half of all cases that intersection costs more than walking the newest cases.
 */
const FEW_AGENCIES = 3;

/**
 * A search collects up to this many matches (which also counts them) and, when there are no more,
 * sorts those instead of walking the newest readable cases for the first matches: for a rare
 * phrase that walk visits tens of thousands of cases (a department reading half of all cases,
 * "berlubang singosari": 16,000 rows, 35 ms, against 5 ms to collect and sort 1,375 matches).
 * Above it the words are common enough that the walk finds a page after a few rows.
 */
export const SEARCH_SORT_LIMIT = 2_000;

/**
 * The inbox's SQL. Every filter is a column of the narrow per-agency entries
 * (`case_inbox_entries`, migration AddInboxEntries), so each view is an index-only range scan per
 * readable agency: the page takes the first rows of each (a handful of agencies for a department
 * that oversees its field units) and merges them, dropping the second entry of a case two of those
 * agencies share. Text search reads the
 * readable cases themselves under the same column names, with the search query built once: it
 * collects up to {@link SEARCH_SORT_LIMIT} matches (`inbox_matches`, also the count) and pages
 * through them when that is all of them, or walks the readable cases in order when there are more.
 */
export function inboxSql(
  query: InboxQuery,
  opts: {
    actorUserId: string;
    readable: string[];
    limit: number;
    cursor: InboxCursor | null;
    /**
     * `simpul_search_query(q)` as text, computed beforehand: as a value the planner sees how
     * common the words are and picks between walking the newest cases and intersecting indexes.
     */
    searchQuery?: string | null;
    /** Count exactly up to this many matches (INBOX_QUICK_COUNT_LIMIT or INBOX_EXACT_COUNT_LIMIT). */
    countLimit: number;
    /**
     * Readable cases the search names exactly (number, Tracking ID, phone; see inbox-search.ts):
     * they pass the same filters, come first on the first page and are not repeated after it.
     */
    exactIds?: string[];
    /** Only these cases: the cases behind a leaders' figure (drill-down), readable or not. */
    caseIds?: string[] | null;
  },
): InboxSql {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const search = query.q !== undefined;
  // What is read: the matches of the search, or the entries of the readable agencies (every case
  // of a readable agency is readable, so a filter on one of them reads only its entries).
  const readable =
    query.agencyId && opts.readable.includes(query.agencyId) ? [query.agencyId] : opts.readable;
  const agencies = search ? null : param(readable);
  const where: string[] = agencies
    ? [`e.agency_id = ANY(${agencies}::uuid[])`]
    : [`e.search_vector @@ ${param(opts.searchQuery ?? null)}::tsquery`];
  if (search && readable.length <= FEW_AGENCIES)
    where.push(`e.participant_agency_ids && ${param(readable)}::uuid[]`);
  if (opts.caseIds) where.push(`e.case_id = ANY(${param(opts.caseIds)}::uuid[])`);
  if (query.status) where.push(`e.status = ANY(${param(query.status.split(','))}::varchar[])`);
  if (query.category) where.push(`e.category = ${param(query.category)}`);
  if (query.regency) where.push(`e.regency_code = ${param(query.regency)}`);
  if (query.agencyId && (search || !opts.readable.includes(query.agencyId)))
    where.push(
      `EXISTS (SELECT 1 FROM case_inbox t WHERE t.id = e.case_id AND t.participant_agency_ids @> ARRAY[${param(query.agencyId)}::uuid])`,
    );
  if (query.needsLocation !== undefined)
    where.push(
      `e.location_confidence ${query.needsLocation ? 'IN' : 'NOT IN'} ('unknown', 'text')`,
    );
  // A literal, so that the partial index of escalated entries applies.
  if (query.escalated !== undefined)
    where.push(query.escalated ? 'e.sla_escalated' : 'NOT e.sla_escalated');
  if (query.sla === 'overdue') where.push(`e.due < now()`);
  if (query.sla === 'due_soon') where.push(`e.due >= now() AND e.due < now() + interval '1 day'`);
  if (query.sla === 'on_track')
    where.push(`e.due >= now() + interval '1 day' AND e.due < 'infinity'::timestamptz`);
  if (query.tag)
    where.push(
      `EXISTS (SELECT 1 FROM case_inbox t WHERE t.id = e.case_id AND t.tags @> ARRAY[${param(query.tag)}]::text[])`,
    );
  if (query.assignee) {
    const userId = query.assignee === 'me' ? opts.actorUserId : query.assignee;
    // Probed per entry while walking in order: the newest of an officer's cases are found after
    // a few entries, however many cases they were ever given.
    where.push(
      `EXISTS (SELECT 1 FROM case_assignee fa WHERE fa.case_id = e.case_id AND fa.user_id = ${param(userId)}::uuid)`,
    );
  }
  const filters = where.join(' AND ');
  const exactIds = search && opts.exactIds?.length ? param(opts.exactIds) : null;
  // The text matches leave out the exact ones, which are listed (and counted) once, first.
  const textFilters = exactIds
    ? `${filters} AND NOT (e.case_id = ANY(${exactIds}::uuid[]))`
    : filters;
  // The readable cases under the entries' column names (the planner sees through it to `case`).
  const source = search
    ? `(SELECT c.id AS case_id, c.created_at, coalesce(c.next_deadline, 'infinity'::timestamptz) AS due,
         c.status, c.category, c.regency_code, c.location_confidence, c.sla_escalated, c.search_vector,
         c.participant_agency_ids, c.lat, c.lng
        FROM case_inbox c) e`
    : 'case_inbox_entries e';

  const due = query.sort === 'due';
  const order = due ? 'ASC' : 'DESC';
  // A case has one row per readable agency taking part: with several agencies, look at twice as
  // many rows so that shared cases cannot hide that there are more than the limit.
  const shared = !search && readable.length > 1;
  const countLimit = search ? Math.max(opts.countLimit, SEARCH_SORT_LIMIT) : opts.countLimit;
  const countScanLimit = (shared ? 2 : 1) * countLimit + 1;
  const sortKey = due ? 'e.due' : 'e.created_at';
  // Distinct only where a case can come twice (sorting thousands of ids is most of a count's cost).
  // A search's matches also keep their point (read from the case row anyway) for the map.
  const point = search ? ', e.lat, e.lng' : '';
  const capped = `SELECT e.case_id, ${sortKey} AS sort_key${point} FROM ${source} WHERE ${textFilters} LIMIT ${countScanLimit}`;
  // The exact matches under every filter but the text.
  const exact = exactIds
    ? `SELECT e.case_id, ${sortKey} AS sort_key${point} FROM ${source} WHERE ${[
        `e.case_id = ANY(${exactIds}::uuid[])`,
        ...where.slice(1),
      ].join(' AND ')}`
    : null;
  const counted = `count(${shared ? 'DISTINCT case_id' : '*'})`;
  const count = `SELECT ${exact ? `(${counted} + (SELECT count(*) FROM inbox_exact))` : counted}::int AS n, count(*)::int AS scanned FROM ${
    search ? 'inbox_matches' : `(${capped}) capped`
  }`;

  const cursor = opts.cursor
    ? `(${param(opts.cursor.key)}::timestamptz, ${param(opts.cursor.id)}::uuid)`
    : null;
  const after = (key: string, id: string) =>
    cursor ? `(${key}, ${id}) ${due ? '>' : '<'} ${cursor}` : 'true';
  const keyset = after(sortKey, 'e.case_id');
  const take = opts.limit + 1;
  const ordered = `ORDER BY sort_key ${order}, case_id ${order} LIMIT ${take}`;
  let page: string;
  if (search) {
    // All the matches when there are at most SEARCH_SORT_LIMIT of them, sorted; otherwise the
    // readable cases walked in order (each branch runs only when its one-time condition holds).
    const all = `(SELECT count(*) FROM inbox_matches) <= ${countLimit}`;
    page = `(SELECT m.case_id, m.sort_key, false AS exact FROM inbox_matches m
        WHERE ${all} AND ${after('m.sort_key', 'm.case_id')} ${ordered})
      UNION ALL
      (SELECT e.case_id, ${sortKey} AS sort_key, false AS exact FROM ${source}
        WHERE NOT ${all} AND ${textFilters} AND ${keyset} ${ordered})`;
    if (exact && !cursor)
      page = `(SELECT x.case_id, x.sort_key, true AS exact FROM inbox_exact x)
      UNION ALL
      ${page}`;
  } else {
    // Per readable agency, its first rows in order, merged.
    const perAgency = ['e.agency_id = r.agency_id', ...where.slice(1)].join(' AND ');
    page = `SELECT DISTINCT e.case_id, e.sort_key, false AS exact FROM unnest(${agencies}::uuid[]) AS r(agency_id)
      CROSS JOIN LATERAL (
        SELECT e.case_id, ${sortKey} AS sort_key FROM ${source}
        WHERE ${perAgency} AND ${keyset}
        ORDER BY ${sortKey} ${order}, e.case_id ${order} LIMIT ${take}) e
      ${ordered}`;
  }
  return {
    ctes: search
      ? [
          exact && `inbox_exact AS MATERIALIZED (${exact})`,
          `inbox_matches AS MATERIALIZED (${capped})`,
        ]
          .filter(Boolean)
          .join(', ')
      : '',
    page,
    count,
    matches: search
      ? `SELECT case_id, lat, lng FROM inbox_matches${exact ? ' UNION ALL SELECT case_id, lat, lng FROM inbox_exact' : ''}`
      : // In no order, so that the scan can be any index of the entries (each carries the point).
        `SELECT e.case_id, e.lat, e.lng FROM ${source} WHERE ${filters} LIMIT ${countScanLimit}`,
    shared,
    params,
    countLimit,
    countScanLimit,
    order,
  };
}
