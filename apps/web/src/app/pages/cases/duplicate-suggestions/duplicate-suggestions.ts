import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  CaseDetail,
  DuplicateCandidate,
  DuplicateCandidatesRequest,
  DuplicateCandidatesResponse,
  DuplicateReason,
  MergeRequestView,
} from '@simpul/contracts';
import {
  catchError,
  combineLatest,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  of,
  switchMap,
} from 'rxjs';
import { currentCaseFromConflict } from '../../../core/cases.service';
import { DuplicatesService } from '../../../core/duplicates.service';
import { LanguageService } from '../../../core/language.service';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/** How long typing must pause before the form asks for look-alikes. */
export const DUPLICATE_DEBOUNCE_MS = 500;
/** Fewer characters than this in title and chronology together are not worth comparing. */
const MIN_TEXT = 5;

/** What the form has typed so far is worth a search: a category, and words or a point. */
export function isSearchable(probe: DuplicateCandidatesRequest | null): boolean {
  if (!probe?.category) return false;
  const text = `${probe.title ?? ''} ${probe.description ?? ''}`.trim();
  const point = probe.lat !== undefined && probe.lng !== undefined;
  return point || text.length >= MIN_TEXT;
}

/** One reason as a translation key and its parameters. */
export function reasonText(reason: DuplicateReason): {
  key: string;
  params: Record<string, string>;
} {
  switch (reason.kind) {
    case 'distance':
      return { key: 'duplicates.reason.distance', params: { meters: String(reason.meters) } };
    case 'text':
      return {
        key: `duplicates.reason.text.${reason.field}`,
        params: { percent: String(Math.round(reason.similarity * 100)) },
      };
    case 'same_village':
      return { key: 'duplicates.reason.sameVillage', params: {} };
    case 'same_regency':
      return { key: 'duplicates.reason.sameRegency', params: {} };
  }
}

/**
 * Possible duplicates: on the intake form (`probe`, searched as the officer types) or on a case
 * page (`detail`, with the merge links and, where the policy allows, "Gabungkan" when the acting
 * agency leads both cases or "Minta penggabungan" when another agency leads the look-alike; that
 * agency then accepts or declines the request on its own case page, here too).
 */
@Component({
  selector: 'sp-duplicate-suggestions',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duplicate-suggestions.html',
  styleUrl: './duplicate-suggestions.scss',
})
export class DuplicateSuggestions {
  private readonly duplicates = inject(DuplicatesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly reasonText = reasonText;

  /** Intake: the complaint being typed in. */
  readonly probe = input<DuplicateCandidatesRequest | null>(null);
  /** Case page: the case shown. */
  readonly detail = input<CaseDetail | null>(null);
  /**
   * The surviving case after a merge (or the current one after a conflict, or the case shown once
   * a merge request on it was accepted or declined): the page loads it again.
   */
  readonly merged = output<CaseDetail>();

  /** Intake suggestions: debounced, the latest answer only, failures shown quietly. */
  protected readonly typed = signal<DuplicateCandidatesResponse | null>(null);
  protected readonly typedLoading = signal(false);
  protected readonly typedError = signal<unknown>(null);

  /** Case page: loaded again whenever the case changes (a merge, someone else's edit). */
  private readonly caseQuery = computed(
    () => {
      const detail = this.detail();
      return detail && !detail.mergedInto ? { id: detail.id, version: detail.version } : null;
    },
    { equal: (a, b) => a?.id === b?.id && a?.version === b?.version },
  );
  protected readonly forCase = signal<DuplicateCandidatesResponse | null>(null);
  protected readonly forCaseLoading = signal(false);
  protected readonly forCaseError = signal<unknown>(null);

  protected readonly response = computed<DuplicateCandidatesResponse | null>(() =>
    this.detail() ? this.forCase() : this.typed(),
  );
  protected readonly candidates = computed<DuplicateCandidate[]>(
    () => this.response()?.candidates ?? [],
  );
  protected readonly loading = computed(() =>
    this.detail() ? this.forCaseLoading() : this.typedLoading(),
  );
  protected readonly loadError = computed(() =>
    this.detail() ? this.forCaseError() : this.typedError(),
  );
  protected readonly searchable = computed(
    () => this.detail() !== null || isSearchable(this.probe()),
  );

  private readonly shownCaseId = computed(() => this.detail()?.id ?? null);
  protected readonly merging = signal<string | null>(null);
  protected readonly mergeError = signal<unknown>(null);

  /** Merge requests on the case shown, either side; loaded again after each request or decision. */
  protected readonly requests = signal<MergeRequestView[]>([]);
  private readonly requestsReload = signal(0);
  /** Requests this page sent, until the suggestions come back saying so. */
  private readonly sentTo = signal<ReadonlySet<string>>(new Set());
  protected readonly pendingRequests = computed(() =>
    this.requests().filter((r) => r.status === 'pending'),
  );
  protected readonly deciding = signal<string | null>(null);
  protected readonly requestError = signal<unknown>(null);
  /** Whether any suggestion can be merged or requested by the viewer (else a hint says who may). */
  protected readonly anyMergeable = computed(() =>
    this.candidates().some((c) => c.canMerge || c.canRequestMerge),
  );

  constructor() {
    toObservable(this.probe)
      .pipe(
        map((probe) => (isSearchable(probe) ? probe : null)),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        debounceTime(DUPLICATE_DEBOUNCE_MS),
        switchMap((probe) => {
          if (!probe) return of({ result: null, error: null });
          this.typedLoading.set(true);
          return this.duplicates.candidates(probe).pipe(
            map((result) => ({ result, error: null as unknown })),
            catchError((error: unknown) => of({ result: null, error })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ result, error }) => {
        this.typedLoading.set(false);
        this.typed.set(result);
        this.typedError.set(error);
      });
    toObservable(this.caseQuery)
      .pipe(
        switchMap((query) => {
          if (!query) return of({ result: null, error: null });
          this.forCaseLoading.set(true);
          return this.duplicates.forCase(query.id).pipe(
            map((result) => ({ result, error: null as unknown })),
            catchError((error: unknown) => of({ result: null, error })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ result, error }) => {
        this.forCaseLoading.set(false);
        this.forCase.set(result);
        this.forCaseError.set(error);
      });
    combineLatest([toObservable(this.caseQuery), toObservable(this.requestsReload)])
      .pipe(
        switchMap(([query]) =>
          query
            ? this.duplicates.mergeRequests(query.id).pipe(
                map((list) => list.items),
                catchError(() => of([] as MergeRequestView[])),
              )
            : of([] as MergeRequestView[]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.requests.set(items));
    // Another case shown: an old merge failure no longer applies.
    effect(() => {
      this.shownCaseId();
      this.mergeError.set(null);
      this.requestError.set(null);
      this.sentTo.set(new Set());
    });
  }

  /** A request to merge this look-alike here is waiting for its lead agency. */
  protected isRequested(candidate: DuplicateCandidate): boolean {
    return candidate.pendingMergeRequestId !== null || this.sentTo().has(candidate.caseId);
  }

  /** The surviving case's agencies with their roles, in the language shown. */
  protected agenciesOf(request: MergeRequestView): string {
    this.language();
    return request.survivingParticipants
      .map(
        (p) =>
          `${p.agencyShortName} (${this.translate.instant('participantRoles.' + p.role) as string})`,
      )
      .join(', ');
  }

  /** The request is about the case shown as the duplicate (its lead agency decides). */
  protected isIncoming(request: MergeRequestView): boolean {
    return request.duplicate.caseId === this.detail()?.id;
  }

  /**
   * Another agency leads the look-alike: ask it to merge its case into the one shown. Nothing
   * moves until it accepts.
   */
  protected requestMergeIntoThis(candidate: DuplicateCandidate): void {
    const detail = this.detail();
    if (!detail || this.merging()) return;
    confirmAction(this.dialog, {
      title: 'duplicates.requestConfirmTitle',
      message: 'duplicates.requestConfirmBody',
      confirm: 'duplicates.requestMerge',
      params: {
        duplicate: candidate.number,
        surviving: detail.number,
        agency: candidate.leadAgencyShortName,
      },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.merging.set(candidate.caseId);
          this.mergeError.set(null);
          return this.duplicates.requestMerge(detail.id, { duplicateCaseId: candidate.caseId });
        }),
      )
      .subscribe({
        next: () => {
          this.merging.set(null);
          this.sentTo.update((sent) => new Set([...sent, candidate.caseId]));
          this.requestsReload.update((n) => n + 1);
          this.snackBar.open(
            this.translate.instant('duplicates.requestSent', {
              duplicate: candidate.number,
              agency: candidate.leadAgencyShortName,
            }),
            undefined,
            { duration: 5000 },
          );
        },
        error: (error: unknown) => {
          this.merging.set(null);
          this.mergeError.set(error);
        },
      });
  }

  /** The duplicate's lead accepts a request: its case is merged into the requesting one. */
  protected acceptRequest(request: MergeRequestView): void {
    const detail = this.detail();
    if (!detail || this.deciding()) return;
    confirmAction(this.dialog, {
      title: 'duplicates.acceptConfirmTitle',
      message: 'duplicates.confirmBody',
      confirm: 'duplicates.accept',
      params: { duplicate: request.duplicate.number, surviving: request.surviving.number },
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deciding.set(request.id);
          this.requestError.set(null);
          return this.duplicates.acceptMergeRequest(detail.id, request.id);
        }),
      )
      .subscribe({
        next: () => {
          this.deciding.set(null);
          this.snackBar.open(
            this.translate.instant('duplicates.accepted', {
              duplicate: request.duplicate.number,
              surviving: request.surviving.number,
            }),
            undefined,
            { duration: 5000 },
          );
          this.merged.emit(detail);
        },
        error: (error: unknown) => this.decisionFailed(error),
      });
  }

  /** The duplicate's lead declines a request: nothing moves, both timelines say so. */
  protected declineRequest(request: MergeRequestView): void {
    const detail = this.detail();
    if (!detail || this.deciding()) return;
    confirmAction(this.dialog, {
      title: 'duplicates.declineConfirmTitle',
      message: 'duplicates.declineConfirmBody',
      confirm: 'duplicates.decline',
      params: { duplicate: request.duplicate.number, surviving: request.surviving.number },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.deciding.set(request.id);
          this.requestError.set(null);
          return this.duplicates.declineMergeRequest(detail.id, request.id, {});
        }),
      )
      .subscribe({
        next: () => {
          this.deciding.set(null);
          this.requestsReload.update((n) => n + 1);
          this.merged.emit(detail);
        },
        error: (error: unknown) => this.decisionFailed(error),
      });
  }

  private decisionFailed(error: unknown): void {
    this.deciding.set(null);
    this.requestError.set(error);
    // A request that no longer applies (or was decided elsewhere) shows its new state.
    this.requestsReload.update((n) => n + 1);
  }

  /** Merges a look-alike into the case shown, after saying plainly what will happen. */
  protected mergeIntoThis(candidate: DuplicateCandidate): void {
    const detail = this.detail();
    if (!detail || this.merging()) return;
    confirmAction(this.dialog, {
      title: 'duplicates.confirmTitle',
      message: 'duplicates.confirmBody',
      confirm: 'duplicates.merge',
      params: { duplicate: candidate.number, surviving: detail.number },
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.merging.set(candidate.caseId);
          this.mergeError.set(null);
          return this.duplicates.merge(detail.id, {
            duplicateCaseId: candidate.caseId,
            version: detail.version,
          });
        }),
      )
      .subscribe({
        next: (surviving) => {
          this.merging.set(null);
          this.snackBar.open(
            this.translate.instant('duplicates.merged', { duplicate: candidate.number }),
            undefined,
            { duration: 5000 },
          );
          this.merged.emit(surviving);
        },
        error: (error: unknown) => {
          this.merging.set(null);
          this.mergeError.set(error);
          // Someone changed the case first: show its current version; the suggestions follow.
          const current = currentCaseFromConflict(error);
          if (current) this.merged.emit(current);
        },
      });
  }
}
