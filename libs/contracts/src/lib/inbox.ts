import type { CaseCategory, CaseSummary } from './case';
import type { SlaState } from './case-status';
import type { LeadersFigure } from './leaders';
import type { LocationConfidence } from './location';

/** Filters of the inbox (`GET /api/cases/inbox`); every one optional, combined with AND. */
export interface InboxQuery {
  /** Comma-separated statuses. */
  status?: string;
  category?: CaseCategory;
  /** Cases where this agency takes part (any role). */
  agencyId?: string;
  /** Kemendagri regency/city code, e.g. `35.07`. */
  regency?: string;
  /** Cases assigned to this officer; `me` for the signed-in user. */
  assignee?: string;
  sla?: SlaState;
  /** Only cases whose location is unknown or only text. */
  needsLocation?: boolean;
  /** Only cases with an escalated clock. */
  escalated?: boolean;
  /** Cases carrying this tag (normalised: lowercase, trimmed). */
  tag?: string;
  /** Full-text search over title and description (Indonesian stemming, typo-tolerant). */
  q?: string;
  sort?: 'newest' | 'due';
  /** Opaque cursor from the previous page. */
  cursor?: string;
  limit?: number;
  /**
   * Drill-down from a figure of the leaders' view (pimpinan, admin, superadmin): only the cases
   * behind that figure (docs/indicators.md), over the leader's scope or `figureAgencyId`'s subtree
   * in it, for the period `from`–`to` (YYYY-MM-DD, as on the dashboard). The page then carries
   * `hiddenCount`.
   */
  figure?: LeadersFigure;
  figureAgencyId?: string;
  from?: string;
  to?: string;
}

export interface InboxItem extends CaseSummary {
  /** The nearest running deadline (ISO), null when no clock runs. */
  nextDeadline: string | null;
  slaState: SlaState | null;
  escalated: boolean;
  /** The case's point (WGS84), null when only an area or nothing is known; for the inbox map. */
  lat: number | null;
  lng: number | null;
  locationConfidence: LocationConfidence;
  tags: string[];
}

/**
 * A page of the inbox counts its matches exactly up to this many (cheap: most filtered views stay
 * under it); above it the page says "more than" and `GET /api/cases/inbox/count` counts on.
 */
export const INBOX_QUICK_COUNT_LIMIT = 1_000;
/** `GET /api/cases/inbox/count` counts exactly up to this many; above it says "more than" this. */
export const INBOX_EXACT_COUNT_LIMIT = 10_000;

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
  /**
   * Matching cases; when `totalIsEstimate`, more than this (INBOX_QUICK_COUNT_LIMIT; 2,000 for a
   * text search, which collects that many matches anyway), and `GET /api/cases/inbox/count` with
   * the same filters gives the number.
   */
  total: number;
  totalIsEstimate: boolean;
  /**
   * With a `figure` drill-down only: cases behind the figure the reader may not open (a case
   * handed away to an agency it does not oversee still counts where it was held). The figure's
   * number = the matching readable cases + hiddenCount.
   */
  hiddenCount?: number;
}

/** `GET /api/cases/inbox/count`: the matches of the same filters, exact up to 10,000. */
export interface InboxCount {
  /** When `totalIsEstimate`, more than this (INBOX_EXACT_COUNT_LIMIT). */
  total: number;
  totalIsEstimate: boolean;
}

/**
 * `GET /api/cases/map`: the inbox's filters (InboxQuery, without paging) over a map window.
 * `bbox` is `west,south,east,north` in degrees (WGS84); `zoom` the map's zoom (0–22), which sizes
 * the grid cells.
 */
export interface InboxMapQuery extends Omit<InboxQuery, 'cursor' | 'limit' | 'sort'> {
  bbox: string;
  zoom: number;
}

/** At most this many cells come back (the densest first); `truncated` says when there were more. */
export const INBOX_MAP_MAX_CELLS = 500;
/** The map counts at most this many matching cases; above it `totalIsEstimate` is true. */
export const INBOX_MAP_MATCH_LIMIT = 100_000;

/** One grid cell with matching cases that have a point; a cell of one case names it. */
export interface InboxMapCell {
  /** The mean point of the cell's cases (where to draw the cluster). */
  lat: number;
  lng: number;
  count: number;
  /** The cell's box `[west, south, east, north]`, to zoom into a cluster. */
  bounds: [number, number, number, number];
  /** When `count` is 1: the case, so the map shows it as a point that opens it. */
  case: { id: string; number: string; title: string; status: string } | null;
}

export interface InboxMapPage {
  cells: InboxMapCell[];
  /** The grid's cell size in degrees (from the zoom, larger when the window would need too many). */
  cellSize: number;
  /** Matching cases with a point inside the window. */
  inWindow: number;
  /** Matching cases with no point (not on the map at all). */
  withoutPoint: number;
  /** More than INBOX_MAP_MAX_CELLS cells: the sparsest were left out. */
  truncated: boolean;
  /** The match count stopped at INBOX_MAP_MATCH_LIMIT: the counts are lower bounds. */
  totalIsEstimate: boolean;
}

/** `GET /api/cases/inbox/agencies`: agencies that take part in cases the reader can see. */
export interface InboxAgencyOption {
  id: string;
  shortName: string;
  name: string;
}
