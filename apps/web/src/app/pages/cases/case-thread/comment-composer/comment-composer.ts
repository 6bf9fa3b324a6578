import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  type ElementRef,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  AgencySummary,
  CaseAttachment,
  CaseDetail,
  CommentView,
  CommentVisibility,
  CreateCommentResponse,
  OfficerWorkload,
  PresenceMember,
} from '@simpul/contracts';
import { AgenciesService } from '../../../../core/agencies.service';
import { AuthService } from '../../../../core/auth.service';
import { CommentsService } from '../../../../core/comments.service';
import { newIdempotencyKey } from '../../../../core/idempotency';
import { RealtimeService } from '../../../../core/realtime.service';
import { ErrorMessage } from '../../../../ui/error-message/error-message';
import { COMMENT_MAX_LENGTH } from '../comment-limits';
import { MentionMenu } from '../mention-menu/mention-menu';
import {
  activeMention,
  insertMention,
  matchMentions,
  type ActiveMention,
  type MentionCandidate,
} from '../mentions';
import { VisibilityIcon } from '../visibility-icon/visibility-icon';

/** How long after the last keystroke the others stop seeing "sedang mengetik…". */
const TYPING_IDLE_MS = 4_000;

/** One composed message and its idempotency key, kept while the same text is retried. */
interface PendingSend {
  key: string;
  visibility: CommentVisibility;
  body: string;
  attachmentIds: string;
}

/**
 * Writes a comment: internal note or public reply, @mentions from the people and agencies around
 * the case, case attachments to point to, and the typing signal the others see. A failed send is
 * safe to retry: the same message keeps its idempotency key.
 */
@Component({
  selector: 'sp-comment-composer',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
    MentionMenu,
    VisibilityIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comment-composer.html',
  styleUrl: './comment-composer.scss',
})
export class CommentComposer {
  private readonly comments = inject(CommentsService);
  private readonly agenciesService = inject(AgenciesService);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly translate = inject(TranslateService);
  protected readonly maxLength = COMMENT_MAX_LENGTH;

  readonly detail = input.required<CaseDetail>();
  /** The thread so far: its authors are offered as mentions. */
  readonly thread = input<CommentView[]>([]);
  /** Who else has the case open: offered as mentions. */
  readonly others = input<PresenceMember[]>([]);
  /** The case's attachments, which a comment may point to. */
  readonly attachments = input<CaseAttachment[]>([]);
  /** A comment's attachment could not be opened. */
  readonly attachmentError = input<unknown>(null);
  readonly sent = output<CreateCommentResponse>();
  /** The attachment picker opened: the list should be fresh. */
  readonly attachmentsWanted = output<void>();

  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('composer');
  private readonly caseId = computed(() => this.detail().id);

  protected readonly visibility = signal<CommentVisibility>('internal');
  protected readonly body = signal('');
  protected readonly sending = signal(false);
  protected readonly sendError = signal<unknown>(null);
  private pendingSend: PendingSend | null = null;
  protected readonly pickingAttachments = signal(false);
  /** The case attachments the comment being written points to; none for another case. */
  protected readonly chosenAttachments = linkedSignal<string, string[]>({
    source: this.caseId,
    computation: () => [],
  });

  protected readonly mention = signal<ActiveMention | null>(null);
  protected readonly mentionIndex = signal(0);
  private readonly allAgencies = signal<AgencySummary[] | null>(null);
  private readonly colleagues = signal<OfficerWorkload[] | null>(null);
  private mentionSourcesRequested = false;

  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private typingSent = false;

  private readonly userId = computed(() => this.auth.user()?.id ?? null);
  protected readonly canReplyPublicly = computed(
    () => this.detail().permissions.replyPublicly !== false,
  );

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
    for (const comment of this.thread()) {
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
    inject(DestroyRef).onDestroy(() => this.stopTyping());
  }

  protected chooseVisibility(visibility: CommentVisibility): void {
    this.visibility.set(
      visibility === 'public' && !this.canReplyPublicly() ? 'internal' : visibility,
    );
  }

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
    if (open) this.attachmentsWanted.emit();
  }

  protected toggleAttachment(id: string): void {
    this.chosenAttachments.update((ids) =>
      ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id],
    );
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
        const textarea = this.textarea()?.nativeElement;
        if (textarea) textarea.value = '';
        this.mention.set(null);
        this.sent.emit(response);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.sendError.set(error);
      },
    });
  }

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
