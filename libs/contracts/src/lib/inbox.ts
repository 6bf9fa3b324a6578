import type { CaseCategory, CaseSummary } from './case';
import type { SlaState } from './case-status';
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
}

/** `GET /api/cases/inbox/count`: the matches of the same filters, exact up to 10,000. */
export interface InboxCount {
  /** When `totalIsEstimate`, more than this (INBOX_EXACT_COUNT_LIMIT). */
  total: number;
  totalIsEstimate: boolean;
}
