import { Injectable } from '@angular/core';
import type { InboxItem } from '@simpul/contracts';

/** What the inbox showed when the officer left it: the rows loaded, where to go on, the count. */
export interface InboxSnapshot {
  /** The acting agency and the filters the rows are for (see `inboxStateKey`). */
  key: string;
  items: InboxItem[];
  nextCursor: string | null;
  total: { count: number; isEstimate: boolean } | null;
  /** The window's scroll position. */
  scrollY: number;
  savedAt: number;
}

/** A snapshot older than this is not restored: the list is loaded fresh. */
export const INBOX_SNAPSHOT_MAX_AGE_MS = 30 * 60_000;

export function inboxStateKey(agencyId: string | null, filtersKey: string): string {
  return `${agencyId ?? '-'}|${filtersKey}`;
}

/**
 * Keeps the inbox's rows and scroll position while the officer opens a case, so that going back
 * shows the same rows at the same place (issue #14, item 5) instead of the first page at the top.
 * One snapshot, in memory for this tab; taken when the inbox page goes away and used once.
 */
@Injectable({ providedIn: 'root' })
export class InboxListState {
  private snapshot: InboxSnapshot | null = null;

  save(snapshot: Omit<InboxSnapshot, 'savedAt'>): void {
    this.snapshot = snapshot.items.length > 0 ? { ...snapshot, savedAt: Date.now() } : null;
  }

  /** The snapshot for these filters and agency, if one is fresh; it is used up either way. */
  take(key: string): InboxSnapshot | null {
    const snapshot = this.snapshot;
    this.snapshot = null;
    if (!snapshot || snapshot.key !== key) return null;
    return Date.now() - snapshot.savedAt <= INBOX_SNAPSHOT_MAX_AGE_MS ? snapshot : null;
  }

  clear(): void {
    this.snapshot = null;
  }
}
