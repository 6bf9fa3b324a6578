import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  type ElementRef,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  AgencySummary,
  CaseAttachment,
  CaseDetail,
  CommentRevision,
  CommentView,
  CommentVisibility,
  OfficerWorkload,
  PresenceMember,
} from '@simpul/contracts';
import { Subject, debounceTime, filter, of, switchMap, type Subscription } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { httpStatus } from '../../../core/api-error';
import { AuthService } from '../../../core/auth.service';
import { CommentsService, currentCommentFromConflict } from '../../../core/comments.service';
import { newIdempotencyKey } from '../../../core/idempotency';
import { LanguageService } from '../../../core/language.service';
import { RealtimeService, type CaseWatch } from '../../../core/realtime.service';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { AttachmentsService } from '../../../core/attachments.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { renderMarkdownLite, type MarkdownBlock } from './markdown-lite';
import {
  activeMention,
  insertMention,
  matchMentions,
  type ActiveMention,
  type MentionCandidate,
} from './mentions';

/** How long after the last keystroke the others stop seeing "sedang mengetik…". */
const TYPING_IDLE_MS = 4_000;
/** Several comment events in a burst cause one reload. */
const RELOAD_DEBOUNCE_MS = 250;
export const COMMENT_MAX_LENGTH = 10_000;

interface EditState {
  id: string;
  text: string;
  version: number;
  /** The comment as someone else left it, when our edit came too late (409). */
  conflict: CommentView | null;
}

interface HistoryState {
  id: string;
  revisions: CommentRevision[] | null;
  error: unknown;
}

/** One composed message and its idempotency key, kept while the same text is retried. */
interface PendingSend {
  key: string;
  visibility: CommentVisibility;
  body: string;
  attachmentIds: string;
}

/**
 * The case's live thread: internal notes between agencies and public replies to the reporter,
 * with Markdown-lite, @mentions, edit history, soft delete and the typing line. New comments
 * from others appear through the case room without a reload.
 */
@Component({
  selector: 'sp-case-thread',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-thread.html',
  styleUrl: './case-thread.scss',
})
export class CaseThread {
  private readonly comments = inject(CommentsService);
  private readonly attachmentsService = inject(AttachmentsService);
  private readonly agenciesService = inject(AgenciesService);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService).language;
  protected readonly maxLength = COMMENT_MAX_LENGTH;

  readonly detail = input.required<CaseDetail>();
  /** The case changed through the thread (an agency was invited as observer). */
  readonly caseChanged = output<void>();

  private readonly composer = viewChild<ElementRef<HTMLTextAreaElement>>('composer');
  private readonly caseId = computed(() => this.detail().id);
  private readonly watch = signal<CaseWatch | null>(null);

  protected readonly items = signal<CommentView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<unknown>(null);
  /** Read out by screen readers when someone else's comment arrives. */
  protected readonly announcement = signal('');

  protected readonly visibility = signal<CommentVisibility>('internal');
  protected readonly body = signal('');
  protected readonly sending = signal(false);
  protected readonly sendError = signal<unknown>(null);
  private pendingSend: PendingSend | null = null;
  /** The case's attachments: what a comment may point to, and how its references are named. */
  protected readonly caseAttachments = signal<CaseAttachment[]>([]);
  protected readonly attachmentsById = computed(
    () => new Map(this.caseAttachments().map((a) => [a.id, a])),
  );
  protected readonly pickingAttachments = signal(false);
  /** The case attachments the comment being written points to. */
  protected readonly chosenAttachments = signal<string[]>([]);
  protected readonly attachmentError = signal<unknown>(null);
  /** Agencies the last comment mentioned that are not on the case: offered an invitation. */
  protected readonly invitable = signal<{ id: string; name: string }[]>([]);
  protected readonly inviting = signal<string | null>(null);
  protected readonly inviteError = signal<unknown>(null);

  protected readonly editing = signal<EditState | null>(null);
  protected readonly savingEdit = signal(false);
  protected readonly editError = signal<unknown>(null);
  protected readonly deleteError = signal<unknown>(null);
  protected readonly history = signal<HistoryState | null>(null);

  protected readonly mention = signal<ActiveMention | null>(null);
  protected readonly mentionIndex = signal(0);
  private readonly allAgencies = signal<AgencySummary[] | null>(null);
  private readonly colleagues = signal<OfficerWorkload[] | null>(null);
  private mentionSourcesRequested = false;

  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private typingSent = false;
  private loadSubscription: Subscription | null = null;
  private readonly reloadRequested = new Subject<void>();

  protected readonly userId = computed(() => this.auth.user()?.id ?? null);
  /** Unknown permissions (an older API) leave the decision to the server's refusal. */
  protected readonly canComment = computed(() => this.detail().permissions.comment !== false);
  protected readonly canReplyPublicly = computed(
    () => this.detail().permissions.replyPublicly !== false,
  );
  private readonly canModerate = computed(
    () => this.detail().permissions.moderateComments === true,
  );
  protected readonly others = computed<PresenceMember[]>(() => this.watch()?.presence() ?? []);
  protected readonly typingLine = computed(() => {
    const typing = this.others().filter((m) => m.typing);
    if (typing.length === 0) return null;
    const names = typing.map((m) => `${m.name} (${m.agencyName})`);
    return {
      key: typing.length === 1 ? 'caseThread.typingOne' : 'caseThread.typingMany',
      names: names.join(', '),
    };
  });

  protected readonly rendered = computed(() => {
    const blocks = new Map<string, MarkdownBlock[]>();
    for (const comment of this.items()) {
      if (comment.body !== null) {
        blocks.set(
          comment.id,
          renderMarkdownLite(
            comment.body,
            comment.mentions.map((m) => m.label),
          ),
        );
      }
    }
    return blocks;
  });

  private readonly candidates = computed<MentionCandidate[]>(() => {
    const detail = this.detail();
    const seen = new Set<string>();
    const list: MentionCandidate[] = [];
    const add = (candidate: MentionCandidate) => {
      const key = `${candidate.kind}:${candidate.id}`;
      if (seen.has(key) || candidate.label.trim() === '') return;
      seen.add(key);
      list.push(candidate);
    };
    const agencyName = new Map(detail.participants.map((p) => [p.agencyId, p.agencyShortName]));
    for (const participant of detail.participants) {
      add({
        kind: 'agency',
        id: participant.agencyId,
        label: participant.agencyShortName,
        detail: this.translate.instant(`participantRoles.${participant.role}`),
      });
    }
    for (const assignee of detail.assignees) {
      add({
        kind: 'user',
        id: assignee.userId,
        label: assignee.name,
        detail: assignee.agencyShortName,
      });
    }
    for (const member of this.others()) {
      add({ kind: 'user', id: member.userId, label: member.name, detail: member.agencyName });
    }
    for (const comment of this.items()) {
      if (comment.authorKind === 'officer' && comment.authorUserId) {
        add({
          kind: 'user',
          id: comment.authorUserId,
          label: comment.authorName,
          detail: comment.authorAgencyName ?? '',
        });
      }
    }
    const acting = this.auth.actingMembership();
    for (const colleague of this.colleagues() ?? []) {
      if (colleague.userId === this.userId()) continue;
      add({
        kind: 'user',
        id: colleague.userId,
        label: colleague.name,
        detail: acting?.agencyShortName ?? '',
      });
    }
    for (const agency of this.allAgencies() ?? []) {
      if (!agency.active || agencyName.has(agency.id)) continue;
      add({
        kind: 'agency',
        id: agency.id,
        label: agency.shortName,
        detail: this.translate.instant('caseThread.notOnCase'),
        notOnCase: true,
      });
    }
    return list;
  });
  protected readonly mentionOptions = computed(() => {
    const mention = this.mention();
    return mention ? matchMentions(this.candidates(), mention.query) : [];
  });
  protected readonly mentionOpen = computed(() => this.mentionOptions().length > 0);

  constructor() {
    // The room and the list follow the case shown.
    toObservable(this.caseId)
      .pipe(takeUntilDestroyed())
      .subscribe((caseId) => {
        this.items.set([]);
        this.loaded.set(false);
        this.chosenAttachments.set([]);
        this.loadAttachments();
        this.reload();
        this.watch()?.release();
        const watch = this.realtime.watchCase(caseId);
        this.watch.set(watch);
      });
    toObservable(this.watch)
      .pipe(
        switchMap((watch) => watch?.events$ ?? of()),
        filter((event) => event.type.startsWith('comment.')),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        if (event.actorUserId !== this.userId() && event.type === 'comment.created') {
          this.announcement.set(
            this.translate.instant('caseThread.arrived', { name: event.actorName ?? '' }),
          );
        }
        this.reloadRequested.next();
      });
    this.reloadRequested
      .pipe(debounceTime(RELOAD_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe(() => this.reload());
    // Joined (or rejoined) the room: anything written before then is in a fresh load.
    let joinedAt: number | null = null;
    effect(() => {
      const head = this.watch()?.head() ?? null;
      untracked(() => {
        if (joinedAt === null && head !== null && this.loaded()) this.reloadRequested.next();
        joinedAt = head;
      });
    });
    this.destroyRef.onDestroy(() => {
      this.stopTyping();
      this.watch()?.release();
      this.loadSubscription?.unsubscribe();
    });
  }

  protected reload(): void {
    this.loadSubscription?.unsubscribe();
    this.loading.set(true);
    this.loadError.set(null);
    this.loadSubscription = this.comments.list(this.caseId()).subscribe({
      next: (comments) => {
        this.loading.set(false);
        this.loaded.set(true);
        this.items.set([...comments].sort((a, b) => a.seq - b.seq));
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(error);
      },
    });
  }

  protected isOwn(comment: CommentView): boolean {
    return comment.authorKind === 'officer' && comment.authorUserId === this.userId();
  }

  /** Authors remove their own comments; the lead agency's admin may remove anyone's. */
  protected mayDelete(comment: CommentView): boolean {
    return this.isOwn(comment) || this.canModerate();
  }

  protected chooseVisibility(visibility: CommentVisibility): void {
    this.visibility.set(
      visibility === 'public' && !this.canReplyPublicly() ? 'internal' : visibility,
    );
  }

  // Composer ---------------------------------------------------------------------------------

  protected typeBody(textarea: HTMLTextAreaElement): void {
    this.body.set(textarea.value);
    this.updateMention(textarea);
    this.signalTyping();
  }

  protected composerKeydown(event: KeyboardEvent, textarea: HTMLTextAreaElement): void {
    if (this.mentionOpen()) {
      const count = this.mentionOptions().length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.mentionIndex.update((index) => (index + step + count) % count);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        this.chooseMention(this.mentionOptions()[this.mentionIndex()], textarea);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        this.mention.set(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  protected updateMention(textarea: HTMLTextAreaElement): void {
    const mention = activeMention(textarea.value, textarea.selectionStart ?? textarea.value.length);
    this.mention.set(mention);
    this.mentionIndex.set(0);
    if (mention) this.loadMentionSources();
  }

  protected chooseMention(
    candidate: MentionCandidate | undefined,
    textarea: HTMLTextAreaElement,
  ): void {
    const mention = this.mention();
    if (!candidate || !mention) return;
    const caret = textarea.selectionStart ?? textarea.value.length;
    const next = insertMention(textarea.value, mention, caret, candidate.label);
    textarea.value = next.text;
    this.body.set(next.text);
    this.mention.set(null);
    textarea.focus();
    textarea.setSelectionRange(next.caret, next.caret);
  }

  protected closeMentionSoon(): void {
    // Let a click on an option land before the list goes away.
    setTimeout(() => this.mention.set(null), 150);
    this.stopTyping();
  }

  /** Opens (and refreshes) the list of the case's attachments to point to. */
  protected togglePicker(): void {
    const open = !this.pickingAttachments();
    this.pickingAttachments.set(open);
    if (open) this.loadAttachments();
  }

  protected toggleAttachment(id: string): void {
    this.chosenAttachments.update((ids) =>
      ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id],
    );
  }

  /** A comment's attachment, opened like in the attachments section (the token goes in a header). */
  protected openAttachment(attachment: CaseAttachment): void {
    this.attachmentError.set(null);
    this.attachmentsService.file(attachment.urls.view).subscribe({
      next: (blob) => {
        const url = URL.createObjectURL(blob);
        globalThis.open?.(url, '_blank', 'noopener');
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      error: (error: unknown) => this.attachmentError.set(error),
    });
  }

  private loadAttachments(): void {
    this.attachmentsService.list(this.caseId()).subscribe({
      next: (list) => this.caseAttachments.set(list.items),
      // The thread works without them; references show as "lampiran" until the next try.
      error: () => undefined,
    });
  }

  protected send(): void {
    const body = this.body().trim();
    if (body === '' || this.sending()) return;
    const visibility = this.visibility();
    const attachmentIds = this.chosenAttachments();
    // The same message retried keeps its key, so the server creates it once; a changed one is new.
    if (
      !this.pendingSend ||
      this.pendingSend.body !== body ||
      this.pendingSend.visibility !== visibility ||
      this.pendingSend.attachmentIds !== attachmentIds.join()
    ) {
      this.pendingSend = {
        key: newIdempotencyKey(),
        visibility,
        body,
        attachmentIds: attachmentIds.join(),
      };
    }
    const key = this.pendingSend.key;
    this.sending.set(true);
    this.sendError.set(null);
    this.stopTyping();
    const request = { visibility, body, ...(attachmentIds.length > 0 ? { attachmentIds } : {}) };
    this.comments.create(this.caseId(), request, key).subscribe({
      next: (response) => {
        this.sending.set(false);
        this.pendingSend = null;
        this.chosenAttachments.set([]);
        this.pickingAttachments.set(false);
        this.body.set('');
        const textarea = this.composer()?.nativeElement;
        if (textarea) textarea.value = '';
        this.mention.set(null);
        this.items.update((items) =>
          items.some((c) => c.id === response.comment.id) ? items : [...items, response.comment],
        );
        this.invitable.set(response.agenciesNotOnCase ?? []);
        this.inviteError.set(null);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.sendError.set(error);
      },
    });
  }

  protected inviteObserver(agency: { id: string; name: string }): void {
    if (this.inviting()) return;
    this.inviting.set(agency.id);
    this.inviteError.set(null);
    this.comments
      .inviteObserver(this.caseId(), {
        agencyId: agency.id,
        reason: this.translate.instant('caseThread.inviteReason', { agency: agency.name }),
      })
      .subscribe({
        next: () => {
          this.inviting.set(null);
          this.invitable.update((list) => list.filter((a) => a.id !== agency.id));
          this.caseChanged.emit();
        },
        error: (error: unknown) => {
          this.inviting.set(null);
          this.inviteError.set(error);
        },
      });
  }

  protected dismissInvitations(): void {
    this.invitable.set([]);
    this.inviteError.set(null);
  }

  // Edit, delete, history ---------------------------------------------------------------------

  protected startEdit(comment: CommentView): void {
    this.editError.set(null);
    this.editing.set({
      id: comment.id,
      text: comment.body ?? '',
      version: comment.version,
      conflict: null,
    });
  }

  protected typeEdit(text: string): void {
    this.editing.update((state) => (state ? { ...state, text } : state));
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.editError.set(null);
  }

  protected saveEdit(): void {
    const state = this.editing();
    if (!state || this.savingEdit() || state.text.trim() === '') return;
    this.savingEdit.set(true);
    this.editError.set(null);
    this.comments
      .edit(this.caseId(), state.id, { body: state.text.trim(), version: state.version })
      .subscribe({
        next: (updated) => {
          this.savingEdit.set(false);
          this.editing.set(null);
          this.replace(updated);
          if (this.history()?.id === updated.id) this.history.set(null);
        },
        error: (error: unknown) => {
          this.savingEdit.set(false);
          this.editError.set(error);
          const current = currentCommentFromConflict(error);
          if (current) {
            // Someone edited first: show their text; ours stays in the box, a retry uses their version.
            this.replace(current);
            this.editing.set({ ...state, version: current.version, conflict: current });
          } else if (httpStatus(error) === 409) {
            this.reload();
          }
        },
      });
  }

  protected deleteComment(comment: CommentView): void {
    confirmAction(this.dialog, {
      title: 'caseThread.deleteTitle',
      message: 'caseThread.deleteBody',
      confirm: 'caseThread.delete',
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.deleteError.set(null);
        this.comments.remove(this.caseId(), comment.id).subscribe({
          next: (deleted) => this.replace(deleted),
          error: (error: unknown) => {
            this.deleteError.set(error);
            if (httpStatus(error) === 409) this.reload();
          },
        });
      });
  }

  protected toggleHistory(comment: CommentView): void {
    if (this.history()?.id === comment.id) {
      this.history.set(null);
      return;
    }
    this.history.set({ id: comment.id, revisions: null, error: null });
    this.comments.revisions(this.caseId(), comment.id).subscribe({
      next: (revisions) => {
        if (this.history()?.id === comment.id) {
          this.history.set({
            id: comment.id,
            revisions: [...revisions].sort((a, b) => b.version - a.version),
            error: null,
          });
        }
      },
      error: (error: unknown) => {
        if (this.history()?.id === comment.id) {
          this.history.set({ id: comment.id, revisions: null, error });
        }
      },
    });
  }

  private replace(comment: CommentView): void {
    this.items.update((items) => items.map((c) => (c.id === comment.id ? comment : c)));
  }

  // Typing and mention sources ----------------------------------------------------------------

  private signalTyping(): void {
    if (!this.typingSent) {
      this.typingSent = true;
      this.realtime.setTyping(this.caseId(), true);
    }
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  private stopTyping(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = null;
    if (!this.typingSent) return;
    this.typingSent = false;
    this.realtime.setTyping(this.caseId(), false);
  }

  /** Colleagues of the acting agency and the agency list, fetched the first time `@` is typed. */
  private loadMentionSources(): void {
    if (this.mentionSourcesRequested) return;
    this.mentionSourcesRequested = true;
    this.comments.colleagues().subscribe({
      next: (people) => this.colleagues.set(people),
      error: () => this.colleagues.set([]),
    });
    this.agenciesService.list().subscribe({
      next: (agencies) => this.allAgencies.set(agencies),
      error: () => this.allAgencies.set([]),
    });
  }
}
