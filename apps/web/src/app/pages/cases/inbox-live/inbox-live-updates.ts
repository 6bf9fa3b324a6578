import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { InboxItem } from '@simpul/contracts';
import { Subject, audit, tap, timer, type Observable } from 'rxjs';
import { RealtimeService } from '../../../core/realtime.service';

/** A burst of changes refreshes the list once, this long after its first change. */
export const INBOX_REFRESH_MS = 800;
/**
 * A steady stream of changes (a department on a busy morning) refreshes the list this often:
 * never starved, and an open inbox does not ask the server for a page every second.
 */
export const INBOX_REFRESH_INTERVAL_MS = 5_000;
/** How long a changed row stays highlighted as "diperbarui". */
export const INBOX_HIGHLIGHT_MS = 8_000;

/**
 * Live inbox: cases of the acting agency that changed (`inbox:case_changed` in the agency's
 * room) are highlighted for a while, and the page is told to refresh: {@link INBOX_REFRESH_MS}
 * after a change, then at most every {@link INBOX_REFRESH_INTERVAL_MS} while changes go on.
 * Provided by the inbox page itself, so it lives as long as the page.
 */
@Injectable()
export class InboxLiveUpdates {
  private readonly updated = signal<ReadonlySet<string>>(new Set());
  private readonly refreshRequested = new Subject<void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Cases changed by others in the last few seconds. */
  readonly updatedIds = this.updated.asReadonly();
  private lastRefresh = Number.NEGATIVE_INFINITY;

  /** Time to fetch the list again. */
  readonly refresh$: Observable<void> = this.refreshRequested.pipe(
    audit(() =>
      timer(Math.max(INBOX_REFRESH_MS, this.lastRefresh + INBOX_REFRESH_INTERVAL_MS - Date.now())),
    ),
    tap(() => (this.lastRefresh = Date.now())),
  );

  constructor() {
    const realtime = inject(RealtimeService);
    realtime.inboxCaseChanged$
      .pipe(takeUntilDestroyed())
      .subscribe(({ caseId }) => this.markUpdated(caseId));
    // Whatever changed while the socket was away is in a fresh load.
    realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => this.refreshRequested.next());
    inject(DestroyRef).onDestroy(() => {
      for (const timer of this.timers.values()) clearTimeout(timer);
    });
  }

  private markUpdated(caseId: string): void {
    this.updated.update((ids) => new Set([...ids, caseId]));
    const previous = this.timers.get(caseId);
    if (previous) clearTimeout(previous);
    this.timers.set(
      caseId,
      setTimeout(() => {
        this.timers.delete(caseId);
        this.updated.update((ids) => new Set([...ids].filter((id) => id !== caseId)));
      }, INBOX_HIGHLIGHT_MS),
    );
    this.refreshRequested.next();
  }
}

/**
 * Folds a freshly loaded first page into what is shown: with only the first page shown it is
 * replaced (new cases appear, order follows the sort); with more pages shown the rows present are
 * updated in place and new cases go on top, so the user does not lose their place.
 */
export function mergeRefreshedPage(
  shown: readonly InboxItem[],
  fresh: readonly InboxItem[],
  onlyFirstPageShown: boolean,
): InboxItem[] {
  if (onlyFirstPageShown) return [...fresh];
  const byId = new Map(fresh.map((item) => [item.id, item]));
  const shownIds = new Set(shown.map((item) => item.id));
  const added = fresh.filter((item) => !shownIds.has(item.id));
  return [...added, ...shown.map((item) => byId.get(item.id) ?? item)];
}
