import { INBOX_EXACT_COUNT_LIMIT, INBOX_QUICK_COUNT_LIMIT } from '@simpul/contracts';
import { SEARCH_SORT_LIMIT, inboxSql } from './inbox-sql';

const UNIT = '11111111-1111-4111-8111-111111111111';
const DEPARTMENT = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const base = {
  actorUserId: 'user-1',
  limit: 25,
  cursor: null,
  countLimit: INBOX_EXACT_COUNT_LIMIT,
};

describe('inboxSql', () => {
  it('walks each readable agency’s entries in order and merges them, counting past shared cases', () => {
    const sql = inboxSql({}, { ...base, readable: [DEPARTMENT, UNIT] });
    expect(sql.page).toContain('CROSS JOIN LATERAL');
    expect(sql.page).toContain('e.agency_id = r.agency_id');
    expect(sql.page).toContain('LIMIT 26');
    expect(sql.params).toEqual([[DEPARTMENT, UNIT]]);
    // Two agencies may share a case: twice the rows before "more than" is said.
    expect(sql.countScanLimit).toBe(2 * INBOX_EXACT_COUNT_LIMIT + 1);
    expect(sql.count).toContain('count(DISTINCT case_id)');
    expect(sql.order).toBe('DESC');
  });

  it('reads only one agency’s entries when filtering by a readable agency', () => {
    const sql = inboxSql({ agencyId: UNIT }, { ...base, readable: [DEPARTMENT, UNIT] });
    expect(sql.params).toEqual([[UNIT]]);
    expect(sql.countScanLimit).toBe(INBOX_EXACT_COUNT_LIMIT + 1);
    // One agency lists a case once: no distinct needed.
    expect(sql.count).not.toContain('DISTINCT');
    expect(sql.page).not.toContain('participant_agency_ids @>');
    // An agency outside the readable set narrows the cases instead of widening what is read.
    const other = inboxSql({ agencyId: OTHER }, { ...base, readable: [UNIT] });
    expect(other.params).toEqual([[UNIT], OTHER]);
    expect(other.count).toContain('participant_agency_ids @> ARRAY[$2::uuid]');
  });

  it('writes the escalation filter as a literal so the partial index applies', () => {
    expect(inboxSql({ escalated: true }, { ...base, readable: [UNIT] }).count).toContain(
      'AND e.sla_escalated',
    );
    expect(inboxSql({ escalated: false }, { ...base, readable: [UNIT] }).count).toContain(
      'NOT e.sla_escalated',
    );
  });

  it('orders by due date ascending with a keyset after the filters', () => {
    const sql = inboxSql(
      { sort: 'due', status: 'new' },
      { ...base, readable: [UNIT], cursor: { key: '2026-11-30T00:00:00.000Z', id: OTHER } },
    );
    expect(sql.order).toBe('ASC');
    expect(sql.page).toContain('(e.due, e.case_id) > ($3::timestamptz, $4::uuid)');
    expect(sql.count).not.toContain('$3');
    expect(sql.params.slice(2)).toEqual(['2026-11-30T00:00:00.000Z', OTHER]);
  });

  it('searches the readable cases with the prepared query, naming a small reader’s agencies', () => {
    const small = inboxSql({ q: 'jalan' }, { ...base, readable: [UNIT], searchQuery: "'jalan'" });
    expect(small.page).toContain('FROM case_inbox c');
    expect(small.page).toContain('e.search_vector @@ $1::tsquery');
    expect(small.page).toContain('e.participant_agency_ids && $2::uuid[]');
    expect(small.params).toEqual(["'jalan'", [UNIT]]);
    const large = inboxSql(
      { q: 'jalan' },
      { ...base, readable: [DEPARTMENT, UNIT, OTHER, 'a', 'b'], searchQuery: "'jalan'" },
    );
    expect(large.page).not.toContain('participant_agency_ids &&');
    // A query without a searchable word matches nothing (a null tsquery).
    expect(inboxSql({ q: 'yang' }, { ...base, readable: [UNIT] }).params[0]).toBeNull();
  });

  it('collects a search’s matches once: sorted when they are all, walked in order when more', () => {
    const sql = inboxSql(
      { q: 'berlubang singosari' },
      {
        ...base,
        countLimit: INBOX_QUICK_COUNT_LIMIT,
        readable: [DEPARTMENT, UNIT, OTHER, 'a'],
        searchQuery: "'lubang' & 'singosari'",
        cursor: { key: '2026-11-30T00:00:00.000Z', id: OTHER },
      },
    );
    // Collecting the matches is the count too, exact up to the larger limit.
    expect(sql.countLimit).toBe(SEARCH_SORT_LIMIT);
    expect(sql.countScanLimit).toBe(SEARCH_SORT_LIMIT + 1);
    expect(sql.ctes).toMatch(
      /^inbox_matches AS MATERIALIZED \(SELECT e\.case_id, e\.created_at AS sort_key, e\.lat, e\.lng FROM /,
    );
    expect(sql.ctes).toContain(
      `WHERE e.search_vector @@ $1::tsquery LIMIT ${SEARCH_SORT_LIMIT + 1})`,
    );
    expect(sql.count).toBe(
      'SELECT count(*)::int AS n, count(*)::int AS scanned FROM inbox_matches',
    );
    // Exactly one branch runs: the collected matches after the cursor, or the walk.
    const all = `(SELECT count(*) FROM inbox_matches) <= ${SEARCH_SORT_LIMIT}`;
    expect(sql.page).toContain(
      `FROM inbox_matches m\n        WHERE ${all} AND (m.sort_key, m.case_id) < ($2::timestamptz, $3::uuid)`,
    );
    expect(sql.page).toContain(
      `WHERE NOT ${all} AND e.search_vector @@ $1::tsquery AND (e.created_at, e.case_id) < ($2::timestamptz, $3::uuid)`,
    );
    expect(sql.params).toEqual(["'lubang' & 'singosari'", '2026-11-30T00:00:00.000Z', OTHER]);
    // The exact count endpoint collects up to its own limit.
    const exact = inboxSql({ q: 'jalan' }, { ...base, readable: [UNIT], searchQuery: "'jalan'" });
    expect(exact.countLimit).toBe(INBOX_EXACT_COUNT_LIMIT);
    expect(exact.ctes).toContain(`LIMIT ${INBOX_EXACT_COUNT_LIMIT + 1})`);
    // Without a search nothing is collected beforehand.
    expect(inboxSql({}, { ...base, readable: [UNIT] }).ctes).toBe('');
  });

  it('lists a search’s exact matches first on the first page, under the same filters, once', () => {
    const exactIds = [OTHER];
    const first = inboxSql(
      { q: '2016005', status: 'new' },
      { ...base, readable: [UNIT], searchQuery: "'2016005'", exactIds },
    );
    expect(first.ctes).toMatch(/^inbox_exact AS MATERIALIZED \(SELECT e\.case_id/);
    expect(first.ctes).toContain(
      'WHERE e.case_id = ANY($4::uuid[]) AND e.participant_agency_ids && $2::uuid[] AND e.status = ANY($3::varchar[])',
    );
    // The text matches leave the exact ones out; the count adds them.
    expect(first.ctes).toContain('AND NOT (e.case_id = ANY($4::uuid[])) LIMIT');
    expect(first.count).toContain('+ (SELECT count(*) FROM inbox_exact)');
    expect(first.page).toMatch(
      /^\(SELECT x\.case_id, x\.sort_key, true AS exact FROM inbox_exact x\)/,
    );
    expect(first.params).toEqual(["'2016005'", [UNIT], ['new'], exactIds]);
    // After the first page they are not listed again.
    const next = inboxSql(
      { q: '2016005' },
      {
        ...base,
        readable: [UNIT],
        searchQuery: "'2016005'",
        exactIds,
        cursor: { key: '2026-11-30T00:00:00.000Z', id: UNIT },
      },
    );
    expect(next.page).not.toContain('inbox_exact x');
    expect(next.page).toContain('NOT (e.case_id = ANY($3::uuid[]))');
    // No exact matches: no extra statement.
    expect(
      inboxSql({ q: 'jalan' }, { ...base, readable: [UNIT], searchQuery: "'jalan'", exactIds: [] })
        .ctes,
    ).not.toContain('inbox_exact');
  });

  it('finds an officer’s cases by probing their assignments while walking the entries', () => {
    const sql = inboxSql({ assignee: 'me' }, { ...base, readable: [UNIT] });
    expect(sql.page).toContain('fa.case_id = e.case_id AND fa.user_id = $2::uuid');
    expect(sql.params).toEqual([[UNIT], 'user-1']);
    expect(sql.page).toContain('LATERAL');
  });
});
