import type { ParamMap, Params } from '@angular/router';
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_TAG_LIMITS,
  normalizeTag,
  type CaseCategory,
  type CaseStatus,
  type InboxQuery,
  type SlaState,
} from '@simpul/contracts';

export const SLA_STATES: readonly SlaState[] = ['on_track', 'due_soon', 'overdue'];
export const INBOX_SORTS = ['newest', 'due'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
/** 50 rows a page: a day's caseload of 76 cases is two pages, the second loaded on scrolling. */
export const INBOX_PAGE_SIZE = 50;
/** The API's full-text search refuses shorter and longer text. */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 200;
/** The inbox shows its cases as a table or on a map; kept in the URL (`view=map`) too. */
export const INBOX_VIEWS = ['list', 'map'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGENCY_CODE = /^\d{2}\.\d{2}$/;

/** What the inbox filters on; it lives in the URL's query parameters, named as the API names them. */
export interface InboxFilters {
  q: string;
  status: CaseStatus[];
  category: CaseCategory | null;
  sla: SlaState | null;
  needsLocation: boolean;
  escalated: boolean;
  /** Only cases assigned to the signed-in officer (`assignee=me`). */
  mine: boolean;
  /** Cases assigned to this officer of the acting agency (`assignee=<id>`); unused with `mine`. */
  officer: string | null;
  /** Cases in which this agency takes part (`agencyId`). */
  agencyId: string | null;
  /** Kemendagri regency/city code (`regency`), e.g. `35.07`. */
  regency: string | null;
  /** A tag, normalised (`tag`). */
  tag: string;
  sort: InboxSort;
}

export const NO_FILTERS: InboxFilters = {
  q: '',
  status: [],
  category: null,
  sla: null,
  needsLocation: false,
  escalated: false,
  mine: false,
  officer: null,
  agencyId: null,
  regency: null,
  tag: '',
  sort: 'newest',
};

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads the filters from the URL. A value the inbox does not know (a hand-edited or outdated
 * link) is dropped rather than sent, so the page still opens.
 */
export function filtersFromParams(params: ParamMap): InboxFilters {
  const q = (params.get('q') ?? '').trim();
  const status = (params.get('status') ?? '')
    .split(',')
    .map((value) => oneOf(CASE_STATUSES, value))
    .filter((value): value is CaseStatus => value !== null);
  const assignee = params.get('assignee');
  const agencyId = params.get('agencyId');
  const regency = params.get('regency');
  const tag = normalizeTag(params.get('tag') ?? '');
  return {
    q: q.length >= SEARCH_MIN_LENGTH ? q.slice(0, SEARCH_MAX_LENGTH) : '',
    status: [...new Set(status)],
    category: oneOf(CASE_CATEGORIES, params.get('category')),
    sla: oneOf(SLA_STATES, params.get('sla')),
    needsLocation: params.get('needsLocation') === 'true',
    escalated: params.get('escalated') === 'true',
    mine: assignee === 'me',
    officer: assignee !== null && UUID.test(assignee) ? assignee : null,
    agencyId: agencyId !== null && UUID.test(agencyId) ? agencyId : null,
    regency: regency !== null && REGENCY_CODE.test(regency) ? regency : null,
    tag: tag.length <= CASE_TAG_LIMITS.maxLength ? tag : '',
    sort: oneOf(INBOX_SORTS, params.get('sort')) ?? 'newest',
  };
}

/** List or map, from the URL; the list unless `view=map`. */
export function viewFromParams(params: ParamMap): InboxView {
  return params.get('view') === 'map' ? 'map' : 'list';
}

/**
 * The query parameters of these filters, to merge into the URL: a filter at its default is `null`,
 * which removes it, so the plain `/kasus` stays plain.
 */
export function paramsFromFilters(filters: InboxFilters): Params {
  return {
    q: filters.q || null,
    status: filters.status.length > 0 ? filters.status.join(',') : null,
    category: filters.category,
    sla: filters.sla,
    needsLocation: filters.needsLocation ? 'true' : null,
    escalated: filters.escalated ? 'true' : null,
    assignee: filters.mine ? 'me' : filters.officer,
    agencyId: filters.agencyId,
    regency: filters.regency,
    tag: filters.tag || null,
    sort: filters.sort === 'newest' ? null : filters.sort,
  };
}

/** True when the filters narrow the list (the sort order alone does not). */
export function narrowsCases(filters: InboxFilters): boolean {
  return (
    filters.q !== '' ||
    filters.status.length > 0 ||
    filters.category !== null ||
    filters.sla !== null ||
    filters.needsLocation ||
    filters.escalated ||
    filters.mine ||
    filters.officer !== null ||
    filters.agencyId !== null ||
    filters.regency !== null ||
    filters.tag !== ''
  );
}

export function sameFilters(a: InboxFilters, b: InboxFilters): boolean {
  return JSON.stringify(paramsFromFilters(a)) === JSON.stringify(paramsFromFilters(b));
}

/** The API query of one page. */
export function inboxQuery(filters: InboxFilters, cursor: string | null): InboxQuery {
  return {
    q: filters.q || undefined,
    status: filters.status.length > 0 ? filters.status.join(',') : undefined,
    category: filters.category ?? undefined,
    sla: filters.sla ?? undefined,
    needsLocation: filters.needsLocation || undefined,
    escalated: filters.escalated || undefined,
    assignee: filters.mine ? 'me' : (filters.officer ?? undefined),
    agencyId: filters.agencyId ?? undefined,
    regency: filters.regency ?? undefined,
    tag: filters.tag || undefined,
    sort: filters.sort,
    cursor: cursor ?? undefined,
    limit: INBOX_PAGE_SIZE,
  };
}
