import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, NavigationStart, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { InboxItem, InboxPage } from '@simpul/contracts';
import {
  Subject,
  Subscription,
  catchError,
  combineLatest,
  debounceTime,
  filter,
  map,
  of,
  startWith,
} from 'rxjs';
import { AreasService } from '../../../core/areas.service';
import { AuthService } from '../../../core/auth.service';
import { caseStatusKey, slaStateKey } from '../../../core/case-labels';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { CasesService } from '../../../core/cases.service';
import { LanguageService, type Language } from '../../../core/language.service';
import { reloadOnAgencyChange } from '../../../core/reload-on-agency-change';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { InboxLiveUpdates, mergeRefreshedPage } from '../inbox-live/inbox-live-updates';
// The filter selects, chips, their sheet and the map load after the first rows (@defer below).
import { InboxActiveFilters, InboxFilterPanel } from '../inbox-filter-panel/inbox-filter-panel';
import {
  activeFilters,
  NO_FILTER_OPTIONS,
  type InboxFilterOptions,
} from '../inbox-filter-panel/inbox-filter-options';
import { InboxMap } from '../inbox-map/inbox-map';
import { InboxListState, inboxStateKey } from './inbox-list-state';
import {
  NO_FILTERS,
  SEARCH_MAX_LENGTH,
  SEARCH_MIN_LENGTH,
  filtersFromParams,
  inboxQuery,
  narrowsCases,
  paramsFromFilters,
  sameFilters,
  viewFromParams,
  type InboxFilters,
  type InboxView,
} from './inbox-filters';

/** Waits for the user to pause typing before searching. */
export const SEARCH_DEBOUNCE_MS = 300;
/** How long a live refresh keeps the exact count it has before asking for it again. */
export const LIVE_COUNT_REFRESH_MS = 30_000;
const NUMBER_LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** The shared inbox: the cases the acting agency may see, filtered through the URL, 25 at a time. */
@Component({
  selector: 'sp-case-list-page',
  providers: [InboxLiveUpdates],
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
    InboxFilterPanel,
    InboxActiveFilters,
    InboxMap,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'cases.title' | translate }}</h1>
      @if (canRecordComplaints()) {
        <a mat-stroked-button routerLink="/lapor/impor">{{ 'cases.importLapor' | translate }}</a>
        <a mat-flat-button routerLink="/kasus/baru">{{ 'cases.record' | translate }}</a>
      }
    </header>
    @if (agency(); as acting) {
      <p class="page-lead">
        {{ 'cases.lead' | translate: { agency: acting.agencyShortName } }}
      </p>
    }

    @if (!agency()) {
      <div class="empty-state">
        <p>{{ 'cases.noAgency' | translate }}</p>
      </div>
    } @else {
      @let current = filters();
      <section class="filters" role="search" [attr.aria-label]="'inbox.filters' | translate">
        <div class="search-row">
          <mat-form-field appearance="outline" class="search" subscriptSizing="dynamic">
            <mat-label>{{ 'inbox.search' | translate }}</mat-label>
            <input
              #searchBox
              matInput
              type="search"
              autocomplete="off"
              [placeholder]="'inbox.searchExamples' | translate"
              [maxLength]="searchMaxLength"
              [value]="searchText()"
              (input)="typeSearch(searchBox.value)"
            />
            @if (searchTooShort()) {
              <mat-hint>{{ 'common.tooShort' | translate: { min: searchMinLength } }}</mat-hint>
            }
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            class="filter-sheet-button"
            (click)="openFilterSheet()"
          >
            @if (activeCount() > 0) {
              {{ 'inboxFilters.openCount' | translate: { count: activeCount() } }}
            } @else {
              {{ 'inboxFilters.open' | translate }}
            }
          </button>
        </div>
        <!--
          Their code (selects, toggles, chips) loads once the first rows are there, or after two
          seconds: on a phone link the rows come first.
        -->
        @defer (when listSettled(); on timer(2s)) {
          <sp-inbox-filter-panel
            class="inline-filters"
            [filters]="current"
            [options]="filterOptions()"
            (changed)="applyFilters($event)"
          />
          <sp-inbox-active-filters
            [filters]="current"
            [options]="filterOptions()"
            (changed)="applyFilters($event)"
            (cleared)="clearFilters()"
          />
        }
      </section>

      <div class="view-row">
        <p class="count" aria-live="polite">
          @if (countText(); as count) {
            {{ count.key | translate: { shown: count.shown, total: count.total } }}
          }
        </p>
        <mat-button-toggle-group
          hideSingleSelectionIndicator
          [value]="view()"
          (change)="showView($event.value)"
          [attr.aria-label]="'inboxMap.viewLabel' | translate"
        >
          <mat-button-toggle value="list">{{ 'inboxMap.list' | translate }}</mat-button-toggle>
          <mat-button-toggle value="map">{{ 'inboxMap.map' | translate }}</mat-button-toggle>
        </mat-button-toggle-group>
      </div>

      @if (error()) {
        <sp-error-message [error]="error()" />
        <button mat-stroked-button type="button" (click)="retry()">
          {{ 'common.retry' | translate }}
        </button>
      } @else if (loading() && items().length === 0) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      } @else if (loaded() && items().length === 0) {
        <div class="empty-state">
          @if (narrowed()) {
            <p>{{ 'inbox.noMatch' | translate }}</p>
            <button mat-stroked-button type="button" (click)="clearFilters()">
              {{ 'inbox.clearFilters' | translate }}
            </button>
          } @else {
            <p>{{ 'cases.empty' | translate }}</p>
            <p>{{ 'cases.emptyHelp' | translate }}</p>
          }
        </div>
      }

      @if (items().length > 0 && view() === 'map') {
        @defer (on immediate) {
          <sp-inbox-map
            [items]="items()"
            [query]="mapQuery()"
            [regencies]="filterOptions().regencies"
          />
        } @loading {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      } @else if (items().length > 0) {
        <table class="data-table inbox-table">
          <thead>
            <tr>
              <th scope="col">{{ 'cases.number' | translate }}</th>
              <th scope="col">{{ 'cases.caseTitle' | translate }}</th>
              <th scope="col">{{ 'cases.status' | translate }}</th>
              <th scope="col">{{ 'inbox.deadline' | translate }}</th>
              <th scope="col">{{ 'cases.leadAgency' | translate }}</th>
              <th scope="col">{{ 'cases.channel' | translate }}</th>
              <th scope="col">{{ 'cases.created' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.id) {
              <tr [class.live-updated]="updatedIds().has(item.id)">
                <td class="c-number" [attr.data-label]="'cases.number' | translate">
                  <a [routerLink]="['/kasus', item.id]">{{ item.number }}</a>
                  @if (updatedIds().has(item.id)) {
                    <span class="live-chip">{{ 'inbox.updated' | translate }}</span>
                  }
                </td>
                <td class="c-title" [attr.data-label]="'cases.caseTitle' | translate">
                  {{ item.title }}
                </td>
                <td class="c-status" [attr.data-label]="'cases.status' | translate">
                  <span class="status-chip">{{ statusKey(item.status) | translate }}</span>
                  <span class="small">{{ item.laporBucket }}</span>
                </td>
                <td class="c-deadline" [attr.data-label]="'inbox.deadline' | translate">
                  @if (item.slaState) {
                    <span class="sla-chip" [attr.data-state]="item.slaState">
                      {{ slaKey(item.slaState) | translate }}
                    </span>
                  }
                  @if (item.nextDeadline) {
                    <span class="small">{{ item.nextDeadline | wibDate: language() }}</span>
                  } @else if (!item.slaState && !item.escalated) {
                    <span class="small">{{ 'inbox.noDeadline' | translate }}</span>
                  }
                  @if (item.escalated) {
                    <span class="escalated">{{ 'inbox.escalated' | translate }}</span>
                  }
                </td>
                <td class="c-lead" [attr.data-label]="'cases.leadAgency' | translate">
                  {{ item.leadAgencyShortName }}
                </td>
                <td class="c-channel" [attr.data-label]="'cases.channel' | translate">
                  {{ 'channels.' + item.channel | translate }}
                </td>
                <td class="c-created" [attr.data-label]="'cases.created' | translate">
                  {{ item.createdAt | wibDate: language() : false }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      @if (items().length > 0) {
        @if (nextCursor()) {
          <div class="more" #moreSentinel>
            @if (loading()) {
              <mat-progress-bar
                mode="indeterminate"
                [attr.aria-label]="'common.loading' | translate"
              />
            }
            <button mat-stroked-button type="button" [disabled]="loading()" (click)="loadMore()">
              {{ 'inbox.loadMore' | translate }}
            </button>
          </div>
        }
      }
    }
  `,
  styles: `
    tr.live-updated {
      background: color-mix(in srgb, var(--mat-sys-tertiary) 10%, transparent);
      transition: background 1s;
    }
    .live-chip {
      display: inline-block;
      margin-left: 6px;
      padding: 0 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .filters {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-bottom: 8px;
    }
    .search-row {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .search {
      flex: 1 1 auto;
      min-width: 0;
    }
    .filter-sheet-button {
      display: none;
      flex: none;
    }
    .view-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin: 8px 0;
    }
    /* On a phone the filters live in a sheet; the chips show what is active. */
    @media (max-width: 600px) {
      .inline-filters {
        display: none;
      }
      .filter-sheet-button {
        display: inline-flex;
      }
      .view-row mat-button-toggle-group {
        width: 100%;
        order: -1;
      }
      .view-row mat-button-toggle {
        flex: 1 1 50%;
      }
    }
    .count {
      min-height: 1.5em;
      margin: 8px 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .sla-chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    /* Deadline tokens of styles.scss: 'late' louder than 'soon'. */
    .sla-chip[data-state='due_soon'] {
      border: 2px solid var(--sp-soon);
      background: var(--sp-soon-container);
      color: var(--sp-on-soon-container);
    }
    .sla-chip[data-state='overdue'] {
      border: 2px solid var(--sp-late);
      background: var(--sp-late);
      color: var(--sp-on-late);
    }
    .escalated {
      display: inline-block;
      margin-top: 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-error);
    }
    /*
     * On a phone a case takes three short lines (number, status and deadline; the title; the lead
     * agency and the date), so a 390 x 844 screen holds at least six; the channel is on the case.
     */
    @media (max-width: 600px) {
      table.inbox-table tr {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) auto;
        grid-template-areas:
          'number status deadline'
          'title title title'
          'lead lead created';
        align-items: center;
        column-gap: 8px;
        row-gap: 2px;
        padding: 8px 0;
      }
      table.inbox-table td {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px;
        padding: 0;
        min-width: 0;
      }
      table.inbox-table td::before {
        display: none;
      }
      .c-number {
        grid-area: number;
        font: var(--mat-sys-title-small);
      }
      .c-status {
        grid-area: status;
      }
      .c-status .small {
        display: none;
      }
      .c-deadline {
        grid-area: deadline;
        justify-content: flex-end;
      }
      .c-deadline .small,
      .c-deadline .escalated {
        display: none;
      }
      .c-title {
        grid-area: title;
        display: block;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .c-lead {
        grid-area: lead;
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
      .c-created {
        grid-area: created;
        justify-content: flex-end;
        font: var(--mat-sys-body-small);
        color: var(--mat-sys-on-surface-variant);
      }
      table.inbox-table td.c-channel {
        display: none;
      }
      .status-chip,
      .sla-chip {
        padding: 0 8px;
        font: var(--mat-sys-label-small);
      }
      .page-lead {
        display: none;
      }
    }
    .more {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      margin: 16px 0;
    }
    .more mat-progress-bar {
      width: 100%;
    }
  `,
})
export class CaseListPage {
  private readonly auth = inject(AuthService);
  private readonly casesService = inject(CasesService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** Cases others changed just now (inbox:case_changed), highlighted for a while. */
  private readonly live = inject(InboxLiveUpdates);
  protected readonly updatedIds = this.live.updatedIds;
  protected readonly language = inject(LanguageService).language;
  protected readonly agency = this.auth.actingMembership;
  protected readonly canRecordComplaints = this.auth.canRecordComplaints;

  protected readonly searchMinLength = SEARCH_MIN_LENGTH;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly statusKey = caseStatusKey;
  protected readonly slaKey = slaStateKey;
  private readonly listState = inject(InboxListState);
  private readonly injector = inject(Injector);
  /** The end of the list: reaching it loads the next page (the button stays for keyboards). */
  private readonly moreSentinel = viewChild<ElementRef<HTMLElement>>('moreSentinel');
  private readonly areasService = inject(AreasService);
  private readonly workspace = inject(CaseWorkspaceService);

  /** The URL is the one source of the filters, so a reload or a shared link keeps them. */
  protected readonly filters = toSignal(this.route.queryParamMap.pipe(map(filtersFromParams)), {
    requireSync: true,
    equal: sameFilters,
  });
  /** List or map; in the URL too, so a shared link opens the same view. */
  protected readonly view = toSignal(this.route.queryParamMap.pipe(map(viewFromParams)), {
    requireSync: true,
  });
  /**
   * The options of the agency, regency and officer filters, per acting agency; a failed list
   * leaves its select empty. (Plain subscriptions: a resource would hold the page "unstable".)
   */
  protected readonly filterOptions = signal<InboxFilterOptions>(NO_FILTER_OPTIONS);
  protected readonly activeCount = computed(
    () => activeFilters(this.filters(), this.filterOptions()).length,
  );
  protected readonly narrowed = computed(() => narrowsCases(this.filters()));
  /** The map counts every match of these filters on the server, not only the loaded rows. */
  protected readonly mapQuery = computed(() => inboxQuery(this.filters(), null));
  protected readonly filtersChanged = computed(() => !sameFilters(this.filters(), NO_FILTERS));

  /** What is in the search box, which runs ahead of the URL while the user types. */
  protected readonly searchText = signal('');
  protected readonly searchTooShort = computed(() => {
    const length = this.searchText().trim().length;
    return length > 0 && length < SEARCH_MIN_LENGTH;
  });

  protected readonly items = signal<InboxItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  private readonly total = signal<{ count: number; isEstimate: boolean } | null>(null);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<unknown>(null);
  /** The first answer for the list is in (rows, none, or an error). */
  protected readonly listSettled = computed(() => this.loaded() || this.error() !== null);

  /** "25 dari 1.234 kasus", in the reader's number format. */
  protected readonly countText = computed(() => {
    const total = this.total();
    const shown = this.items().length;
    if (!total || shown === 0) return null;
    const format = new Intl.NumberFormat(NUMBER_LOCALES[this.language()]);
    return {
      key: total.isEstimate ? 'inbox.countEstimate' : 'inbox.count',
      shown: format.format(shown),
      total: format.format(total.count),
    };
  });

  private readonly searchTyped = new Subject<string>();
  /** The search the URL holds because of this page; any other change came from outside. */
  private appliedSearch: string | null = null;
  private failedCursor: string | null = null;
  private request: Subscription | null = null;
  private countRequest: Subscription | null = null;
  /** The filters the exact count shown is for, and when it came. */
  private counted: { key: string; at: number } | null = null;

  constructor() {
    reloadOnAgencyChange((agencyId) => {
      if (!agencyId) {
        this.filterOptions.set(NO_FILTER_OPTIONS);
        return;
      }
      return combineLatest({
        // Only agencies that take part in cases this reader can see.
        agencies: this.casesService.inboxAgencies().pipe(
          catchError(() => of([])),
          startWith([]),
        ),
        regencies: this.areasService.regencies().pipe(
          catchError(() => of([])),
          startWith([]),
        ),
        officers: this.workspace.workload().pipe(
          catchError(() => of([])),
          startWith([]),
        ),
      }).subscribe((options) => this.filterOptions.set(options));
    });
    this.live.refresh$.pipe(takeUntilDestroyed()).subscribe(() => this.refreshLive());
    // Start over from the first page whenever the filters (compared by sameFilters) or the acting
    // agency change.
    reloadOnAgencyChange((agencyId, filters) => {
      if (filters.q !== this.appliedSearch) {
        this.appliedSearch = filters.q;
        this.searchText.set(filters.q);
      }
      this.request?.unsubscribe();
      this.items.set([]);
      this.nextCursor.set(null);
      this.total.set(null);
      this.loaded.set(false);
      if (!agencyId) return;
      // Back from a case: the same rows at the same place, then brought up to date.
      const snapshot = this.listState.take(this.stateKey(agencyId, filters));
      if (snapshot) this.restore(snapshot);
      else this.loadPage(null);
    }, this.filters);
    // Where the window was when a navigation away began: by the time the page is destroyed its
    // rows have left the document and the window is back at the top.
    let scrollY = 0;
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationStart),
        takeUntilDestroyed(),
      )
      .subscribe(() => (scrollY = window.scrollY));
    inject(DestroyRef).onDestroy(() => {
      const agencyId = this.auth.actingAgencyId();
      this.listState.save({
        key: this.stateKey(agencyId, this.filters()),
        items: this.items(),
        nextCursor: this.nextCursor(),
        total: this.total(),
        scrollY,
      });
    });
    this.loadMoreOnScroll();

    this.searchTyped
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map((text) => text.trim()),
        filter((q) => q.length === 0 || q.length >= SEARCH_MIN_LENGTH),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.appliedSearch = q;
        this.applyFilters({ q });
      });
  }

  private stateKey(agencyId: string | null, filters: InboxFilters): string {
    return inboxStateKey(agencyId, JSON.stringify(inboxQuery(filters, null)));
  }

  private restore(snapshot: {
    items: InboxItem[];
    nextCursor: string | null;
    total: { count: number; isEstimate: boolean } | null;
    scrollY: number;
  }): void {
    this.items.set(snapshot.items);
    this.nextCursor.set(snapshot.nextCursor);
    this.total.set(snapshot.total);
    this.loaded.set(true);
    // The rows may reach the page a frame after the first render: try for up to half a second.
    let frames = 0;
    const scrollBack = () => {
      window.scrollTo({ top: snapshot.scrollY, behavior: 'instant' });
      if (Math.abs(window.scrollY - snapshot.scrollY) > 1 && frames++ < 30)
        requestAnimationFrame(scrollBack);
    };
    afterNextRender({ write: scrollBack }, { injector: this.injector });
    this.refreshLive();
  }

  /**
   * Loads the next page when the end of the list comes into view, so a long caseload reads as one
   * list; a failed page stops it until "try again".
   */
  private loadMoreOnScroll(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !this.error()) this.loadMore();
    });
    inject(DestroyRef).onDestroy(() => observer.disconnect());
    effect(() => {
      observer.disconnect();
      const sentinel = this.moreSentinel();
      if (sentinel) observer.observe(sentinel.nativeElement);
    });
  }

  protected typeSearch(text: string): void {
    this.searchText.set(text);
    this.searchTyped.next(text);
  }

  protected applyFilters(change: Partial<InboxFilters>): void {
    const next = { ...this.filters(), ...change };
    if (sameFilters(next, this.filters())) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromFilters(next),
      queryParamsHandling: 'merge',
    });
  }

  protected showView(view: InboxView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { view: view === 'map' ? 'map' : null },
      queryParamsHandling: 'merge',
    });
  }

  /** On a phone the filters open as a sheet over the list. */
  protected openFilterSheet(): Promise<void> {
    return import('../inbox-filter-panel/inbox-filter-panel').then(({ openInboxFilterSheet }) => {
      openInboxFilterSheet(this.injector, {
        filters: this.filters,
        options: this.filterOptions,
        apply: (change) => this.applyFilters(change),
        clear: () => this.clearFilters(),
      });
    });
  }

  protected clearFilters(): void {
    // Also drops a search still waiting out the debounce.
    this.searchText.set('');
    this.searchTyped.next('');
    this.applyFilters(NO_FILTERS);
  }

  protected loadMore(): void {
    const cursor = this.nextCursor();
    if (cursor && !this.loading()) this.loadPage(cursor);
  }

  protected retry(): void {
    this.loadPage(this.failedCursor);
  }

  /** Others changed cases of this inbox: load the first page again and fold it in. */
  private refreshLive(): void {
    if (this.loading() || !this.loaded() || !this.auth.actingAgencyId()) return;
    this.casesService.inbox(inboxQuery(this.filters(), null)).subscribe({
      next: (page) => {
        if (this.loading()) return;
        const onlyFirstPage = this.items().length <= page.items.length;
        this.items.update((shown) => mergeRefreshedPage(shown, page.items, onlyFirstPage));
        if (onlyFirstPage) this.nextCursor.set(page.nextCursor);
        this.showTotal(page, true);
      },
      // The next change or a reload tries again; the rows shown stay as they were.
      error: () => undefined,
    });
  }

  /**
   * A page counts to 1,000 (a search to 2,000); above that it says "more than" that and the exact
   * number (to 10,000) follows from its own request, so the list never waits for a long count.
   * A live refresh asks for it again only after {@link LIVE_COUNT_REFRESH_MS}: a busy department's
   * list refreshes every second, and a count that is a few cases behind for that long is fine.
   */
  private showTotal(page: InboxPage, live = false): void {
    const query = inboxQuery(this.filters(), null);
    const key = JSON.stringify(query);
    if (
      live &&
      page.totalIsEstimate &&
      this.counted?.key === key &&
      Date.now() - this.counted.at < LIVE_COUNT_REFRESH_MS
    )
      return;
    this.countRequest?.unsubscribe();
    this.counted = null;
    this.total.set({ count: page.total, isEstimate: page.totalIsEstimate });
    if (!page.totalIsEstimate) return;
    this.countRequest = this.casesService.inboxCount(query).subscribe({
      next: (count) => {
        this.counted = { key, at: Date.now() };
        this.total.set({ count: count.total, isEstimate: count.totalIsEstimate });
      },
      // "More than 1,000" stays.
      error: () => undefined,
    });
  }

  private loadPage(cursor: string | null): void {
    this.request?.unsubscribe();
    if (!cursor) this.countRequest?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.request = this.casesService.inbox(inboxQuery(this.filters(), cursor)).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.loaded.set(true);
        this.items.update((current) => (cursor ? [...current, ...page.items] : page.items));
        this.nextCursor.set(page.nextCursor);
        if (!cursor) this.showTotal(page);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.failedCursor = cursor;
        this.error.set(error);
      },
    });
  }
}
