import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  type CaseAction,
  type CaseDetail,
  type CaseEvent,
  type CaseReportView,
  type RevealedIdentity,
} from '@simpul/contracts';
import { Subject, debounceTime, filter, switchMap } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { apiErrorCode, httpStatus } from '../../../core/api-error';
import { actionNeedsNote, caseActionKey, caseCategoryKey } from '../../../core/case-labels';
import { CasesService, currentCaseFromConflict } from '../../../core/cases.service';
import { CommentsService } from '../../../core/comments.service';
import { LanguageService } from '../../../core/language.service';
import { RealtimeService, type CaseWatch } from '../../../core/realtime.service';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { CaseClocks } from '../case-clocks/case-clocks';
import { CaseCollaboration } from '../case-collaboration/case-collaboration';
import { askReason } from '../case-collaboration/reason-dialog';
import { CaseAssignees } from '../case-assignees/case-assignees';
import { CaseLocationSection } from '../case-location-section/case-location-section';
import { CaseAttachments } from '../case-attachments/case-attachments';
import { DuplicateSuggestions } from '../duplicate-suggestions/duplicate-suggestions';
import { CaseTags } from '../case-tags/case-tags';
import { CaseFactsForm } from '../case-facts-form/case-facts-form';
import { CaseFieldLocks } from '../case-presence/case-field-locks';
import { CasePresence } from '../case-presence/case-presence';
import { CaseThread } from '../case-thread/case-thread';
import { CaseTimeline, agenciesNamedBy } from '../case-timeline/case-timeline';
import { ReporterCard } from '../reporter-card/reporter-card';
import { askTransitionNote } from '../transition-note-dialog/transition-note-dialog';
import { RetryKeys } from '../../../core/idempotency';
import { agencyResource } from '../../../core/reload-on-agency-change';
import { CaseHandoffPanel } from '../case-handoff/case-handoff-panel';
import { openDisposition } from '../case-handoff/disposition-dialog';
import { LaporConflicts } from '../lapor-conflicts/lapor-conflicts';
import { LaporFollowUpPanel } from '../lapor-follow-up/lapor-follow-up';
import { OwnerSuggestionPanel } from '../../../ui/owner-suggestion-panel/owner-suggestion-panel';

/** Others' changes arriving in a burst cause one reload of the case. */
const LIVE_REFRESH_MS = 400;

/**
 * From this width the page is a workspace of two columns: the case and its next action on one
 * side, the live discussion and the timeline beside it. Narrower, the same parts are tabs.
 */
export const WORKSPACE_MEDIA = '(min-width: 1200px)';
/** The tabs of a narrow screen, in their order: the next action first, the discussion one tap away. */
export const CASE_PANES = ['actions', 'talk', 'facts', 'history'] as const;
export type CasePane = (typeof CASE_PANES)[number];

@Component({
  selector: 'sp-case-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
    ReporterCard,
    CaseTimeline,
    CaseClocks,
    CaseLocationSection,
    CaseAttachments,
    DuplicateSuggestions,
    CaseTags,
    CaseAssignees,
    CaseCollaboration,
    CasePresence,
    CaseFieldLocks,
    CaseFactsForm,
    CaseThread,
    LaporFollowUpPanel,
    LaporConflicts,
    CaseHandoffPanel,
    OwnerSuggestionPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-detail-page.html',
  styleUrl: './case-detail-page.scss',
})
export class CaseDetailPage {
  private readonly casesService = inject(CasesService);
  /** A status change retried after a failure is taken once (the server replays the first answer). */
  private readonly transitionKeys = new RetryKeys();
  private readonly agenciesService = inject(AgenciesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly categoryKey = caseCategoryKey;
  protected readonly actionKey = caseActionKey;

  /** From the route path `/kasus/:id`. */
  readonly id = input.required<string>();

  private readonly comments = inject(CommentsService);
  private threadReadFor: string | null = null;
  protected readonly caseResource = agencyResource({
    params: () => this.id(),
    stream: (id) => {
      // A case opened is read with its discussion, not before it: on a phone link each round
      // trip counts. Reloads of the same case leave the thread to read for itself.
      if (id !== this.threadReadFor) {
        this.threadReadFor = id;
        this.comments.prefetch(id);
      }
      return this.casesService.get(id);
    },
  });
  /** Not found and not visible look the same, so nobody learns a hidden case exists. */
  protected readonly notVisible = computed(() => {
    const status = httpStatus(this.caseResource.error());
    return status === 404 || status === 403;
  });
  protected readonly detail = computed<CaseDetail | null>(() =>
    this.caseResource.hasValue() ? this.caseResource.value() : null,
  );
  /** A report of the case is also in SP4N-LAPOR!: its follow-ups are copied there. */
  protected readonly inLapor = computed(
    () => this.detail()?.reports.some((report) => report.trackingId !== null) ?? false,
  );

  /** Changes only when another case is shown, not with every new version of this one. */
  private readonly shownCaseId = computed(() => this.detail()?.id ?? null);
  /** The timeline waits for the case, so a hidden case costs one refused request, not two. */
  protected readonly eventsResource = agencyResource({
    params: () => this.shownCaseId() ?? undefined,
    stream: (id) => this.casesService.events(id),
  });
  private readonly participantNames = computed<Record<string, string>>(() =>
    Object.fromEntries(
      (this.detail()?.participants ?? []).map((p) => [p.agencyId, p.agencyShortName]),
    ),
  );
  /** Only an agency named in the timeline that is no longer a participant needs the list. */
  private readonly agenciesResource = rxResource({
    params: () => {
      const events = this.eventsResource.hasValue() ? this.eventsResource.value() : [];
      const names = this.participantNames();
      return agenciesNamedBy(events).some((id) => !names[id]) ? true : undefined;
    },
    stream: () => this.agenciesService.list(),
  });
  protected readonly agencyNames = computed<Record<string, string>>(() => {
    const listed = this.agenciesResource.hasValue() ? this.agenciesResource.value() : [];
    return {
      ...Object.fromEntries(listed.map((agency) => [agency.id, agency.shortName])),
      ...this.participantNames(),
    };
  });

  /** The action being sent; every action button waits for it. */
  protected readonly transitioning = signal<CaseAction | null>(null);
  protected readonly transitionError = signal<unknown>(null);
  /** Notes typed for an action that then failed, offered again when the action is retried. */
  private readonly noteDrafts = signal<Partial<Record<CaseAction, string>>>({});

  private readonly wideQuery =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(WORKSPACE_MEDIA)
      : null;
  /** Two columns (wide screen); otherwise one pane at a time behind tabs. */
  protected readonly wide = signal(this.wideQuery?.matches ?? true);
  protected readonly panes = CASE_PANES;
  protected readonly activePane = signal<CasePane>('actions');

  /** "Ubah fakta kasus" is open (sp-case-facts-form). */
  protected readonly editing = signal(false);

  /** Live: the case room while this case is shown (presence, field locks, others' changes). */
  private readonly realtime = inject(RealtimeService);
  private readonly watch = signal<CaseWatch | null>(null);
  protected readonly presence = computed(() => this.watch()?.presence() ?? []);
  private readonly liveRefresh = new Subject<void>();

  protected readonly revealed = signal<Partial<Record<string, RevealedIdentity>>>({});
  protected readonly revealingReportId = signal<string | null>(null);
  protected readonly revealError = signal<unknown>(null);

  constructor() {
    const query = this.wideQuery;
    if (query) {
      const follow = (change: MediaQueryListEvent) => this.wide.set(change.matches);
      query.addEventListener('change', follow);
      inject(DestroyRef).onDestroy(() => query.removeEventListener('change', follow));
    }
    effect((onCleanup) => {
      const id = this.shownCaseId();
      if (!id) return;
      const watch = this.realtime.watchCase(id);
      this.watch.set(watch);
      const events = watch.events$.subscribe((event) => this.applyLiveEvent(event));
      onCleanup(() => {
        events.unsubscribe();
        watch.release();
        this.watch.set(null);
      });
    });
    // Joined late: the timeline may lag the room's head; load it afresh (once per head).
    let refreshedForHead: number | null = null;
    effect(() => {
      const head = this.watch()?.head() ?? null;
      const shown = this.eventsResource.hasValue() ? this.eventsResource.value() : null;
      const last = shown && shown.length > 0 ? shown[shown.length - 1].seq : 0;
      if (head === null || shown === null || head <= last || head === refreshedForHead) return;
      refreshedForHead = head;
      this.liveRefresh.next();
    });
    // Access ended while the case was open: reloading shows that it is no longer visible.
    effect(() => {
      if (this.watch()?.accessRevoked()) this.liveRefresh.next();
    });
    this.liveRefresh
      .pipe(debounceTime(LIVE_REFRESH_MS), takeUntilDestroyed())
      .subscribe(() => this.reloadCase());
  }

  /** Someone changed the case: show the event at once, then the case as it is now. */
  private applyLiveEvent(event: CaseEvent): void {
    if (this.eventsResource.hasValue()) {
      this.eventsResource.update((events) =>
        events && !events.some((e) => e.seq === event.seq)
          ? [...events, event].sort((a, b) => a.seq - b.seq)
          : events,
      );
    }
    if (!event.type.startsWith('comment.')) this.liveRefresh.next();
  }

  /** On a wide screen every pane shows; on a narrow one the chosen tab's. */
  protected shows(pane: CasePane): boolean {
    return this.wide() || this.activePane() === pane;
  }

  /** Switches tabs; a tab bar stuck at the top brings the new pane's start into view. */
  protected showPane(pane: CasePane): void {
    this.activePane.set(pane);
    const panes = document.getElementById('case-panes');
    if (panes && panes.getBoundingClientRect().top < 0) panes.scrollIntoView({ block: 'start' });
  }

  /** Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern). */
  protected movePaneFocus(event: KeyboardEvent): void {
    const at = CASE_PANES.indexOf(this.activePane());
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % CASE_PANES.length
        : event.key === 'ArrowLeft'
          ? (at + CASE_PANES.length - 1) % CASE_PANES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? CASE_PANES.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    this.showPane(CASE_PANES[next]);
    document.getElementById(`pane-tab-${CASE_PANES[next]}`)?.focus();
  }

  /** Takes a field over from whoever holds its lock, and opens the editor. */
  protected takeOverField(field: string): void {
    const detail = this.detail();
    if (!detail) return;
    this.realtime.lockField(detail.id, field, true);
    this.editing.set(true);
  }

  protected factsSaved(updated: CaseDetail): void {
    this.editing.set(false);
    this.showCase(updated);
    this.snackBar.open(this.translate.instant('caseDetail.saved'), undefined, { duration: 4000 });
  }

  /** Runs a status action; the ones that need a note ask for it first. */
  protected takeAction(action: CaseAction): void {
    if (this.transitioning()) return;
    if (action === 'route') return this.disposeCase();
    if (!actionNeedsNote(action)) {
      this.sendTransition(action);
      return;
    }
    askTransitionNote(this.dialog, { action, draft: this.noteDrafts()[action] ?? '' })
      .pipe(filter((note): note is string => typeof note === 'string' && note !== ''))
      .subscribe((note) => this.sendTransition(action, note));
  }

  /** "Verifikasi & disposisi" names its target: a unit, officers, or another agency. */
  private disposeCase(): void {
    const detail = this.caseResource.value();
    const lead = detail?.participants.find((p) => p.role === 'lead');
    if (!detail || !lead) return;
    openDisposition(this.dialog, {
      caseId: detail.id,
      leadAgencyId: lead.agencyId,
      target: 'unit',
      suggestion: null,
    }).subscribe((result) => {
      if (result) this.reloadCase();
    });
  }

  /** Participants or tasks changed: the case (and its timeline) reload; a leaver sees it gone. */
  protected collaborationChanged(): void {
    this.reloadCase();
  }

  private sendTransition(action: CaseAction, note?: string, overrideOpenTasks?: string): void {
    const detail = this.detail();
    if (!detail || this.transitioning()) return;
    if (note !== undefined) this.noteDrafts.update((drafts) => ({ ...drafts, [action]: note }));
    this.transitioning.set(action);
    this.transitionError.set(null);
    const request = {
      action,
      version: detail.version,
      ...(note !== undefined ? { note } : {}),
      ...(overrideOpenTasks !== undefined ? { overrideOpenTasks } : {}),
    };
    this.casesService
      .transition(detail.id, request, this.transitionKeys.for({ id: detail.id, ...request }))
      .subscribe({
        next: (updated) => {
          this.transitionKeys.done();
          this.transitioning.set(null);
          this.noteDrafts.update((drafts) => ({ ...drafts, [action]: undefined }));
          this.showCase(updated);
          const status = this.translate.instant(`caseStatuses.${updated.status}`);
          this.snackBar.open(
            this.translate.instant('caseDetail.statusChanged', { status }),
            undefined,
            { duration: 4000 },
          );
        },
        error: (error: unknown) => {
          this.transitioning.set(null);
          // Required collaborator tasks are open: the lead may resolve with a recorded reason.
          if (apiErrorCode(error) === 'OPEN_TASKS' && overrideOpenTasks === undefined) {
            this.transitionKeys.done();
            askReason(this.dialog, {
              title: 'collaboration.overrideTitle',
              prompt: 'collaboration.overridePrompt',
              confirm: 'collaboration.overrideConfirm',
            })
              .pipe(filter((reason): reason is string => Boolean(reason)))
              .subscribe((reason) => this.sendTransition(action, note, reason));
            return;
          }
          this.transitionError.set(error);
          // Someone else moved the case first: show where it is now, and what may be done next.
          const current = currentCaseFromConflict(error);
          if (current) this.showCase(current);
        },
      });
  }

  /** A newer version of the case: show it, and the timeline that led there. */
  protected showCase(detail: CaseDetail): void {
    this.caseResource.set(detail);
    this.eventsResource.reload();
  }

  /** A section changed the case (location, tags, officers): show it and its timeline. */
  protected caseChanged(detail: CaseDetail): void {
    this.showCase(detail);
  }

  /** A location request put the case on hold and wrote to its timeline. */
  protected reloadCase(): void {
    this.caseResource.reload();
    this.eventsResource.reload();
  }

  protected revealIdentity(detail: CaseDetail, report: CaseReportView): void {
    confirmAction(this.dialog, {
      title: 'caseDetail.revealConfirmTitle',
      message: 'caseDetail.revealConfirmBody',
      confirm: 'caseDetail.reveal',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.revealingReportId.set(report.id);
          this.revealError.set(null);
          return this.casesService.revealIdentity(detail.id, report.id);
        }),
      )
      .subscribe({
        next: (identity) => {
          this.revealingReportId.set(null);
          this.revealed.update((all) => ({ ...all, [report.id]: identity }));
        },
        error: (error: unknown) => {
          this.revealingReportId.set(null);
          this.revealError.set(error);
        },
      });
  }
}
