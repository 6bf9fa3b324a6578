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
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  CaseAttachment,
  CaseDetail,
  CommentView,
  CreateCommentResponse,
  PresenceMember,
} from '@simpul/contracts';
import { Subject, debounceTime, filter, of, switchMap, type Subscription } from 'rxjs';
import { httpStatus } from '../../../core/api-error';
import { AttachmentsService } from '../../../core/attachments.service';
import { AuthService } from '../../../core/auth.service';
import { CommentsService, currentCommentFromConflict } from '../../../core/comments.service';
import { RealtimeService, type CaseWatch } from '../../../core/realtime.service';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { CommentComposer } from './comment-composer/comment-composer';
import type { EditState } from './comment-editor/comment-editor';
import { CommentItem } from './comment-item/comment-item';
import type { HistoryState } from './edit-history/edit-history';
import { ObserverInvite, type InvitableAgency } from './observer-invite/observer-invite';

/** Several comment events in a burst cause one reload. */
const RELOAD_DEBOUNCE_MS = 250;

/**
 * The case's live thread: internal notes between agencies and public replies to the reporter,
 * with Markdown-lite, @mentions, edit history, soft delete and the typing line. New comments
 * from others appear through the case room without a reload.
 *
 * This component holds the list and what changes it (loading, the room, edits, deletions,
 * invitations); its parts draw them: the composer (with the mention menu), each comment (with its
 * editor and edit history) and the observer invitation.
 */
@Component({
  selector: 'sp-case-thread',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    CommentComposer,
    CommentItem,
    ObserverInvite,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-thread.html',
  styleUrl: './case-thread.scss',
})
export class CaseThread {
  private readonly comments = inject(CommentsService);
  private readonly attachmentsService = inject(AttachmentsService);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);

  readonly detail = input.required<CaseDetail>();
  /** The case changed through the thread (an agency was invited as observer). */
  readonly caseChanged = output<void>();

  private readonly caseId = computed(() => this.detail().id);
  private readonly watch = signal<CaseWatch | null>(null);

  protected readonly items = signal<CommentView[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<unknown>(null);
  /** Read out by screen readers when someone else's comment arrives. */
  protected readonly announcement = signal('');

  /** The case's attachments: what a comment may point to, and how its references are named. */
  protected readonly caseAttachments = signal<CaseAttachment[]>([]);
  protected readonly attachmentsById = computed(
    () => new Map(this.caseAttachments().map((a) => [a.id, a])),
  );
  protected readonly attachmentError = signal<unknown>(null);
  /** Agencies the last comment mentioned that are not on the case: offered an invitation. */
  protected readonly invitable = signal<InvitableAgency[]>([]);
  protected readonly inviting = signal<string | null>(null);
  protected readonly inviteError = signal<unknown>(null);

  protected readonly editing = signal<EditState | null>(null);
  protected readonly savingEdit = signal(false);
  protected readonly editError = signal<unknown>(null);
  protected readonly deleteError = signal<unknown>(null);
  protected readonly history = signal<HistoryState | null>(null);

  private loadSubscription: Subscription | null = null;
  private readonly reloadRequested = new Subject<void>();

  private readonly userId = computed(() => this.auth.user()?.id ?? null);
  /** Unknown permissions (an older API) leave the decision to the server's refusal. */
  protected readonly canComment = computed(() => this.detail().permissions.comment !== false);
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

  constructor() {
    // The room and the list follow the case shown.
    toObservable(this.caseId)
      .pipe(takeUntilDestroyed())
      .subscribe((caseId) => {
        this.items.set([]);
        this.loaded.set(false);
        this.loadAttachments();
        this.reload();
        this.watch()?.release();
        const watch = this.realtime.watchCase(caseId);
        this.watch.set(watch);
      });
    // An attachment added or removed (by anyone, in any tab): what comments point to changes.
    toObservable(this.watch)
      .pipe(
        switchMap((watch) => watch?.events$ ?? of()),
        filter((event) => event.type.startsWith('case.attachment_')),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.loadAttachments());
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
        // A comment that arrived live may point to an attachment added just before it, whose own
        // event has not reached this page yet: read the attachments again instead of calling it
        // removed until a reload.
        const known = this.attachmentsById();
        if (comments.some((c) => c.attachmentIds.some((id) => !known.has(id))))
          this.loadAttachments();
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

  /** Ours is in the list at once; the room's event for it reloads the list anyway. */
  protected commentSent(response: CreateCommentResponse): void {
    this.items.update((items) =>
      items.some((c) => c.id === response.comment.id) ? items : [...items, response.comment],
    );
    this.invitable.set(response.agenciesNotOnCase ?? []);
    this.inviteError.set(null);
  }

  // Attachments ------------------------------------------------------------------------------

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

  protected loadAttachments(): void {
    this.attachmentsService.list(this.caseId()).subscribe({
      next: (list) => this.caseAttachments.set(list.items),
      // The thread works without them; references show as "lampiran" until the next try.
      error: () => undefined,
    });
  }

  // Observer invitations ---------------------------------------------------------------------

  protected inviteObserver(agency: InvitableAgency): void {
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
}
