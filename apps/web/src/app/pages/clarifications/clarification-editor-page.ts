import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CLARIFICATION_REVIEW_EVENTS,
  CLARIFICATION_SECTIONS,
  CLARIFICATION_SOCKET_EVENTS,
  type ApprovalChainView,
  type ClarificationBinaryMessage,
  type ClarificationCommentMessage,
  type ClarificationCommentThread,
  type ClarificationDraftView,
  type ClarificationSection,
  type ClarificationVersionMessage,
  type ClarificationVersionView,
} from '@simpul/contracts';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AuthService } from '../../core/auth.service';
import { ClarificationReviewService } from '../../core/clarification-review.service';
import { ClarificationsService, clockLeft } from '../../core/clarifications.service';
import { newIdempotencyKey } from '../../core/idempotency';
import { RealtimeService } from '../../core/realtime.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { ClarificationEvidenceComponent } from './evidence/clarification-evidence';
import { ClarificationOutputsComponent } from './outputs/clarification-outputs';
import { ClarificationVersionsComponent } from './review/clarification-versions';
import {
  anchorFor,
  decodePosition,
  encodePosition,
  keepCaretLabelsInside,
  overlaySegments,
  peerColor,
  resolveAnchor,
  type OverlaySegment,
  type TextMark,
} from './review/text-marks';
import { keepTextareasInStep } from './textarea-sync';
import { ApprovalRejectionNote } from './chain/approval-rejection-note';

interface Peer {
  clientId: number;
  name: string;
  agency: string;
  section: string | null;
  cursor: number | null;
  /** Relative positions (base64) of the selection's ends: they follow the text as others type. */
  anchor: string | null;
  head: string | null;
  color: string;
}

/** A comment thread and where its anchor lies in this tab's document now. */
interface PlacedThread {
  thread: ClarificationCommentThread;
  place: { from: number; to: number } | 'deleted' | 'unknown';
  /** The anchored text now (the quote until the text arrives or when it is gone). */
  current: string;
}

/** A new comment being written on a selection. */
interface PendingComment {
  section: ClarificationSection;
  start: string;
  end: string;
  quote: string;
}

type Reply = {
  ok?: true;
  update?: ArrayBuffer;
  stateVector?: ArrayBuffer;
  canEdit?: boolean;
  error?: { code?: string; message: { id: string; en: string } };
};

/**
 * Awareness (caret, selection) goes out at most this often: with the text's 100 ms batches it
 * stays under the socket's sustained frame rate (15 a second) while someone types fast.
 */
const AWARENESS_EVERY_MS = 300;
interface LooseSocket {
  connected: boolean;
  on(event: string, listener: (message: never) => void): void;
  off(event: string, listener: (message: never) => void): void;
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<Reply> };
}

/** Replaces the changed middle of `before` by that of `after` in a Y.Text (one transaction). */
export function applyTextChange(text: Y.Text, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  text.doc?.transact(() => {
    const removed = before.length - start - end;
    if (removed > 0) text.delete(start, removed);
    const inserted = after.slice(start, after.length - end);
    if (inserted) text.insert(start, inserted);
  }, 'local');
}

/**
 * The clarification editor (issue #15): one Yjs document per draft, a Y.Text per section, synced
 * over the tab's socket (updates batched every 100 ms), kept offline in IndexedDB, with presence
 * (names, agency, the section and position each one is typing at) and the approval panel.
 */
@Component({
  selector: 'sp-clarification-editor-page',
  imports: [
    ApprovalRejectionNote,
    FormsModule,
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ClarificationEvidenceComponent,
    ClarificationOutputsComponent,
    ClarificationVersionsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
      margin: 0 auto;
      padding: 16px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      gap: 24px;
    }
    @media (max-width: 720px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
      padding: 8px;
      border: 1px solid #999;
      border-radius: 6px;
    }
    /* The section's text with a drawing layer over it: same box, same wrapping, transparent text. */
    .field {
      position: relative;
    }
    .field textarea,
    .overlay {
      line-height: 1.5;
      letter-spacing: normal;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      word-break: normal;
    }
    .field textarea {
      display: block;
      resize: none;
      overflow: hidden;
      field-sizing: content;
      min-height: calc(5 * 1.5em + 18px);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .field textarea[data-section='title'] {
      min-height: calc(2 * 1.5em + 18px);
    }
    .overlay {
      position: absolute;
      inset: 0;
      box-sizing: border-box;
      padding: 8px;
      border: 1px solid transparent;
      font: inherit;
      line-height: 1.5;
      color: transparent;
      pointer-events: none;
    }
    .overlay .comment {
      background: color-mix(in srgb, var(--sp-soon) 22%, transparent);
      border-bottom: 2px solid var(--sp-soon);
    }
    .overlay .comment.active {
      background: color-mix(in srgb, var(--sp-soon) 45%, transparent);
    }
    .caret {
      position: relative;
      display: inline-block;
      width: 0;
      height: 1.3em;
      vertical-align: text-bottom;
      border-left: 2px solid;
      margin-left: -1px;
      margin-right: -1px;
    }
    .caret-label.flip {
      left: auto;
      right: -2px;
      border-radius: 3px 3px 0 3px;
    }
    .caret-label {
      position: absolute;
      left: -2px;
      bottom: 100%;
      font-size: 11px;
      line-height: 1.3;
      padding: 0 4px;
      border-radius: 3px 3px 3px 0;
      color: var(--mat-sys-surface);
      white-space: nowrap;
      font-weight: 600;
    }
    .dot {
      display: inline-block;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      margin-right: 4px;
      vertical-align: middle;
    }
    .section-tools {
      display: flex;
      gap: 8px;
      align-items: center;
      min-height: 8px;
    }
    .new-comment {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 6px;
      padding: 8px;
      margin: 6px 0;
    }
    .thread {
      border-left: 4px solid var(--sp-soon);
      padding: 4px 8px;
      margin: 8px 0;
      background: var(--mat-sys-surface-container-low);
      border-radius: 0 6px 6px 0;
    }
    .thread.active {
      background: var(--sp-soon-container);
      color: var(--sp-on-soon-container);
    }
    .thread p {
      margin: 4px 0;
      overflow-wrap: anywhere;
    }
    .thread .reply {
      margin-left: 12px;
    }
    .quote {
      font-size: 13px;
    }
    .gone {
      font-weight: 600;
      color: var(--mat-sys-error);
    }
    .linkish {
      background: none;
      border: 0;
      padding: 0;
      font: inherit;
      color: var(--mat-sys-primary);
      text-decoration: underline;
      cursor: pointer;
      text-align: left;
    }
    .reply-form {
      display: flex;
      gap: 6px;
      align-items: center;
      flex-wrap: wrap;
    }
    .reply-form input,
    .new-comment textarea {
      font: inherit;
      padding: 4px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 6px;
      flex: 1 1 10em;
      min-width: 0;
    }
    label {
      font-weight: 600;
      display: block;
      margin-top: 12px;
    }
    .peers {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
    }
    .peer {
      background: #e3f2fd;
      border-radius: 12px;
      padding: 2px 10px;
      font-size: 13px;
    }
    .status {
      font-size: 13px;
      color: #555;
    }
    .step {
      border-left: 4px solid #bbb;
      padding: 4px 8px;
      margin: 6px 0;
    }
    .step.ok {
      border-color: #2e7d32;
    }
    .step.warn {
      border-color: #b00020;
    }
    .clock.late {
      color: #b00020;
      font-weight: 700;
    }
    .label {
      font-weight: 700;
      background: #fde7e7;
      color: #8a1c1c;
      padding: 2px 6px;
      border-radius: 4px;
    }
  `,
  template: `
    <p>
      <a routerLink="/draf-klarifikasi">← {{ 'clarifications.back' | translate }}</a>
    </p>
    @if (draft(); as d) {
      <h1>
        <span class="label">{{ d.label }}</span> {{ 'clarifications.editorTitle' | translate }}
      </h1>
      <p>
        {{ 'clarificationStatuses.' + d.status | translate }} ·
        {{ agencyNames(d) }}
        @if (!d.publishedAt) {
          @let left = clock(d.deadlineAt);
          ·
          <span class="clock" [class.late]="left.passed || left.hours < 4">{{
            (left.passed ? 'clarifications.clockPassed' : 'clarifications.clockLeft')
              | translate: left
          }}</span>
        }
      </p>
      @if (d.canAnswerInvitation) {
        <p>
          {{ 'clarifications.invited' | translate }}
          <button mat-flat-button type="button" (click)="answer(true)">
            {{ 'clarifications.accept' | translate }}
          </button>
          <button mat-button type="button" (click)="answer(false)">
            {{ 'clarifications.decline' | translate }}
          </button>
        </p>
      }
      <div class="peers" aria-live="polite">
        <span class="status">{{
          (connected() ? 'clarifications.live' : 'clarifications.offline') | translate
        }}</span>
        @for (p of peers(); track p.clientId) {
          <span class="peer" [attr.data-peer]="p.name"
            ><span class="dot" aria-hidden="true" [style.background]="p.color"></span
            >{{ p.name }} ({{ p.agency }})
            @if (p.section) {
              · {{ 'clarificationSections.' + p.section | translate }}
              @if (p.cursor !== null) {
                :{{ p.cursor }}
              }
            }
          </span>
        }
      </div>
      <div class="layout">
        <div>
          @for (s of sections; track s) {
            <label [for]="'sec-' + s">{{ 'clarificationSections.' + s | translate }}</label>
            <div class="field">
              <textarea
                [id]="'sec-' + s"
                [attr.data-section]="s"
                [rows]="s === 'title' ? 2 : 5"
                [readOnly]="!canEdit()"
                [value]="texts()[s]"
                (input)="typed(s, $event)"
                (focus)="cursorAt(s, $event)"
                (keyup)="cursorAt(s, $event)"
                (click)="cursorAt(s, $event)"
                (select)="cursorAt(s, $event)"
              ></textarea>
              <div class="overlay" aria-hidden="true" [attr.data-overlay]="s">
                @for (seg of overlay()[s]; track $index) {
                  @for (c of seg.carets; track $index) {
                    <span class="caret" [style.border-color]="c.color"
                      ><span class="caret-label" [style.background]="c.color">{{
                        c.label
                      }}</span></span
                    >
                  }
                  <span
                    [class.comment]="seg.comment"
                    [class.active]="seg.active"
                    [style.background]="seg.selection"
                    >{{ seg.text }}</span
                  >
                }
              </div>
            </div>
            <div class="section-tools">
              @if (canComment() && selection()?.section === s && !pending()) {
                <button
                  mat-stroked-button
                  type="button"
                  (mousedown)="$event.preventDefault()"
                  (click)="startComment()"
                >
                  {{ 'clarificationReview.comment' | translate }}
                </button>
              }
            </div>
            @if (pending(); as p) {
              @if (p.section === s) {
                <form class="new-comment" (submit)="sendComment($event)">
                  <div class="quote">“{{ p.quote }}”</div>
                  <label for="new-comment-body">{{
                    'clarificationReview.commentBody' | translate
                  }}</label>
                  <textarea
                    id="new-comment-body"
                    name="body"
                    rows="2"
                    maxlength="4000"
                    [(ngModel)]="commentBody"
                  ></textarea>
                  <button mat-flat-button type="submit" [disabled]="!commentBody.trim() || busy()">
                    {{ 'clarificationReview.send' | translate }}
                  </button>
                  <button mat-button type="button" (click)="pending.set(null)">
                    {{ 'clarificationReview.cancel' | translate }}
                  </button>
                </form>
              }
            }
          }
          <p class="status">{{ 'clarifications.markupHint' | translate }}</p>
        </div>
        <aside>
          <section aria-labelledby="comments-title">
            <h2 id="comments-title">
              {{ 'clarificationReview.comments' | translate }} ({{ openThreads().length }})
            </h2>
            @if (openThreads().length === 0) {
              <p class="status">
                {{
                  (canComment()
                    ? 'clarificationReview.noComments'
                    : 'clarificationReview.noCommentsRead'
                  ) | translate
                }}
              </p>
            }
            @for (t of openThreads(); track t.thread.id) {
              <ng-container *ngTemplateOutlet="threadTpl; context: { $implicit: t, open: true }" />
            }
            @if (resolvedThreads().length > 0) {
              <details>
                <summary>
                  {{ 'clarificationReview.resolvedThreads' | translate }} ({{
                    resolvedThreads().length
                  }})
                </summary>
                @for (t of resolvedThreads(); track t.thread.id) {
                  <ng-container
                    *ngTemplateOutlet="threadTpl; context: { $implicit: t, open: false }"
                  />
                }
              </details>
            }
          </section>
          <ng-template #threadTpl let-t let-open="open">
            <article
              class="thread"
              [attr.data-thread]="t.thread.id"
              [class.active]="activeThread() === t.thread.id"
              (mouseenter)="activeThread.set(t.thread.id)"
              (mouseleave)="activeThread.set(null)"
              (focusin)="activeThread.set(t.thread.id)"
            >
              <div class="quote">
                {{ 'clarificationSections.' + t.thread.anchor.section | translate }} ·
                @if (t.place === 'deleted') {
                  <span class="gone">{{ 'clarificationReview.textDeleted' | translate }}</span> —
                  <del>“{{ t.thread.anchor.quote }}”</del>
                } @else {
                  <button type="button" class="linkish" (click)="showInText(t)">
                    “{{ t.current }}”
                  </button>
                }
              </div>
              <p>
                <strong>{{ who(t.thread) }}</strong>: {{ t.thread.body }}
              </p>
              @for (r of t.thread.replies; track r.id) {
                <p class="reply">
                  <strong>{{ who(r) }}</strong>: {{ r.body }}
                </p>
              }
              @if (open && canComment()) {
                <form class="reply-form" (submit)="reply($event, t.thread.id)">
                  <input
                    [name]="'reply-' + t.thread.id"
                    maxlength="4000"
                    [attr.aria-label]="'clarificationReview.reply' | translate"
                    [placeholder]="'clarificationReview.replyHint' | translate"
                    [ngModel]="replies[t.thread.id] ?? ''"
                    (ngModelChange)="replies[t.thread.id] = $event"
                  />
                  <button
                    mat-button
                    type="submit"
                    [disabled]="!(replies[t.thread.id] ?? '').trim()"
                  >
                    {{ 'clarificationReview.reply' | translate }}
                  </button>
                  <button mat-button type="button" (click)="resolve(t.thread.id)">
                    {{ 'clarificationReview.resolve' | translate }}
                  </button>
                </form>
              } @else if (t.thread.resolvedAt) {
                <p class="status">
                  {{
                    'clarificationReview.resolvedBy'
                      | translate: { name: t.thread.resolvedByName ?? '?' }
                  }}
                </p>
              }
            </article>
          </ng-template>
          <h2 id="approval-title">{{ 'clarifications.approval' | translate }}</h2>
          <sp-approval-rejection-note [rejection]="chain()?.lastRejection ?? null" />
          @if (chain(); as c) {
            @for (step of c.steps; track step.key; let i = $index) {
              <div
                class="step"
                [class.ok]="step.decision?.decision === 'approved'"
                [class.warn]="step.noEligibleApprover || step.decision?.decision === 'rejected'"
              >
                <strong>{{ i + 1 }}. {{ step.name }}</strong>
                @if (step.agencyShortName) {
                  ({{ step.agencyShortName }})
                }
                <div class="status">
                  @if (step.decision; as dec) {
                    {{ 'clarifications.decision.' + dec.decision | translate }} — {{ dec.userName }}
                    @if (dec.note) {
                      : {{ dec.note }}
                    }
                  } @else if (step.noEligibleApprover) {
                    {{ 'clarifications.noApprover' | translate }}
                  } @else {
                    {{ 'clarifications.waiting' | translate }}: {{ names(step.eligible) }}
                  }
                </div>
              </div>
            }
            @if (c.approved) {
              <p>
                <strong>{{ 'clarifications.approved' | translate }}</strong>
              </p>
            }
            @if (c.mayDecide) {
              <mat-form-field style="width:100%">
                <mat-label>{{ 'clarifications.note' | translate }}</mat-label>
                <textarea matInput rows="2" [(ngModel)]="note"></textarea>
              </mat-form-field>
              <button mat-flat-button type="button" (click)="decide('approved')">
                {{ 'clarifications.approve' | translate }}
              </button>
              <button
                mat-button
                type="button"
                (click)="decide('rejected')"
                [disabled]="!note.trim()"
              >
                {{ 'clarifications.reject' | translate }}
              </button>
            } @else if (c.refusal) {
              <p class="status">{{ c.refusal }}</p>
            }
          }
          <sp-error-message [error]="error()" />
        </aside>
      </div>
      <sp-clarification-versions [draftId]="d.id" [saved]="savedVersion()" />
      <sp-clarification-evidence [draftId]="d.id" />
      <sp-clarification-outputs [draftId]="d.id" [status]="d.status" />
    } @else {
      <mat-progress-bar mode="indeterminate" />
      <sp-error-message [error]="error()" />
    }
  `,
})
export class ClarificationEditorPage {
  private readonly api = inject(ClarificationsService);
  private readonly realtime = inject(RealtimeService);
  private readonly auth = inject(AuthService);
  private readonly draftId = inject(ActivatedRoute).snapshot.paramMap.get('id') as string;
  protected readonly sections = CLARIFICATION_SECTIONS;
  protected readonly draft = signal<ClarificationDraftView | null>(null);
  protected readonly chain = signal<ApprovalChainView | null>(null);
  protected readonly texts = signal<Record<string, string>>({});
  protected readonly peers = signal<Peer[]>([]);
  protected readonly canEdit = signal(false);
  protected readonly connected = signal(false);
  protected readonly error = signal<unknown>(null);
  protected note = '';
  private readonly now = signal(Date.now());
  private readonly doc = new Y.Doc();
  private readonly awareness = new Awareness(this.doc);
  private outbox: Uint8Array[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private socket: LooseSocket | null = null;
  private chainTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly awarenessChanged = new Set<number>();
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  /** The update being sent now (a comment waits for it: the server must hold the text). */
  private inflight: Promise<unknown> = Promise.resolve();

  // ---- Review: comments anchored to the text, named versions --------------------------------
  private readonly review = inject(ClarificationReviewService);
  private readonly document = inject(DOCUMENT);
  protected readonly threads = signal<ClarificationCommentThread[]>([]);
  protected readonly canComment = signal(false);
  /** The text selected in a section (what "Komentar" comments on). */
  protected readonly selection = signal<{
    section: ClarificationSection;
    from: number;
    to: number;
  } | null>(null);
  protected readonly pending = signal<PendingComment | null>(null);
  protected readonly activeThread = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly savedVersion = signal<ClarificationVersionView | null>(null);
  protected commentBody = '';
  protected replies: Record<string, string | undefined> = {};
  private commentKey = newIdempotencyKey();

  /** Every thread placed in this tab's document as it is now (re-placed on every change). */
  protected readonly placedThreads = computed<PlacedThread[]>(() => {
    const texts = this.texts();
    return this.threads().map((thread) => {
      const place = resolveAnchor(this.doc, thread.anchor.section, thread.anchor);
      const current =
        typeof place === 'object'
          ? (texts[thread.anchor.section] ?? '').slice(place.from, place.to)
          : thread.anchor.quote;
      return { thread, place, current };
    });
  });
  protected readonly openThreads = computed(() =>
    this.placedThreads()
      .filter((t) => !t.thread.resolvedAt)
      .sort(
        (x, y) =>
          CLARIFICATION_SECTIONS.indexOf(x.thread.anchor.section) -
            CLARIFICATION_SECTIONS.indexOf(y.thread.anchor.section) ||
          (typeof x.place === 'object' ? x.place.from : -1) -
            (typeof y.place === 'object' ? y.place.from : -1),
      ),
  );
  protected readonly resolvedThreads = computed(() =>
    this.placedThreads().filter((t) => t.thread.resolvedAt),
  );

  /**
   * What is drawn over each section's text: open comments highlighted, and every other editor's
   * selection and caret with their name in their colour, at the positions their relative
   * positions resolve to in this tab's document now.
   */
  protected readonly overlay = computed<Record<string, OverlaySegment[]>>(() => {
    const texts = this.texts();
    const active = this.activeThread();
    const marks: Record<string, TextMark[]> = Object.fromEntries(
      CLARIFICATION_SECTIONS.map((s) => [s, [] as TextMark[]]),
    );
    for (const t of this.openThreads())
      if (typeof t.place === 'object')
        marks[t.thread.anchor.section].push({
          kind: 'comment',
          from: t.place.from,
          to: t.place.to,
          active: t.thread.id === active,
        });
    for (const p of this.peers()) {
      const list = p.section ? marks[p.section] : undefined;
      if (!list || !p.section) continue;
      const head = (p.head ? decodePosition(this.doc, p.section, p.head) : null) ?? p.cursor;
      if (head === null) continue;
      const anchor = (p.anchor ? decodePosition(this.doc, p.section, p.anchor) : null) ?? head;
      if (anchor !== head)
        list.push({
          kind: 'selection',
          from: Math.min(anchor, head),
          to: Math.max(anchor, head),
          color: p.color,
        });
      list.push({ kind: 'caret', from: head, to: head, color: p.color, label: p.name });
    }
    return Object.fromEntries(
      CLARIFICATION_SECTIONS.map((s) => [s, overlaySegments(texts[s] ?? '', marks[s])]),
    );
  });

  constructor() {
    const destroy = inject(DestroyRef);
    const local = new IndexeddbPersistence(`simpul-klarifikasi-${this.draftId}`, this.doc);
    const host = inject(ElementRef<HTMLElement>).nativeElement;
    // Someone else's change reaches the textareas at once, each caret staying in its text.
    destroy.onDestroy(keepTextareasInStep(this.doc, host, 'local'));
    // Measures the drawn labels and flips those that would stick out (reads and writes the DOM).
    afterRenderEffect({
      mixedReadWrite: () => {
        this.overlay();
        keepCaretLabelsInside(host);
      },
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.refreshTexts();
      if (origin !== 'remote') this.queue(update);
      this.reloadChainSoon();
    });
    this.awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        this.refreshPeers();
        if (origin === 'remote') return;
        for (const id of [...added, ...updated, ...removed]) this.awarenessChanged.add(id);
        this.awarenessTimer ??= setTimeout(() => this.sendAwareness(), AWARENESS_EVERY_MS);
      },
    );
    const user = this.auth.user();
    this.awareness.setLocalStateField('user', {
      name: user?.name ?? '?',
      agency: this.auth.actingMembership()?.agencyShortName ?? '',
    });
    this.load();
    this.realtime.connected$.pipe(takeUntilDestroyed()).subscribe(() => void this.join());
    void this.join();
    const tick = setInterval(() => this.now.set(Date.now()), 60_000);
    destroy.onDestroy(() => {
      clearInterval(tick);
      removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
      // Tell the others now that this editor left (not after the throttle).
      if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
      this.sendAwareness();
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.update, this.onUpdate);
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.awareness, this.onAwareness);
      this.socket?.off(CLARIFICATION_REVIEW_EVENTS.comment, this.onComment);
      this.socket?.off(CLARIFICATION_REVIEW_EVENTS.version, this.onVersion);
      void local.destroy();
      this.doc.destroy();
    });
  }

  private readonly onUpdate = (m: ClarificationBinaryMessage) => {
    if (m.draftId === this.draftId) Y.applyUpdate(this.doc, new Uint8Array(m.update), 'remote');
  };
  private readonly onAwareness = (m: ClarificationBinaryMessage) => {
    if (m.draftId === this.draftId)
      applyAwarenessUpdate(this.awareness, new Uint8Array(m.update), 'remote');
  };
  private readonly onComment = (m: ClarificationCommentMessage) => {
    if (m.draftId === this.draftId) this.upsertThread(m.thread);
  };
  private readonly onVersion = (m: ClarificationVersionMessage) => {
    if (m.draftId === this.draftId) this.savedVersion.set(m.version);
  };

  private load(): void {
    this.api.view(this.draftId).subscribe({
      next: (d) => this.draft.set(d),
      error: (e: unknown) => this.error.set(e),
    });
    this.api
      .approval(this.draftId)
      .subscribe({ next: (c) => this.chain.set(c), error: () => undefined });
    this.loadComments();
  }

  private loadComments(): void {
    this.review.comments(this.draftId).subscribe({
      next: (v) => {
        this.threads.set(v.threads);
        this.canComment.set(v.canComment);
      },
      error: () => undefined,
    });
  }

  private reloadChainSoon(): void {
    if (this.chainTimer) clearTimeout(this.chainTimer);
    this.chainTimer = setTimeout(() => {
      this.api
        .approval(this.draftId)
        .subscribe({ next: (c) => this.chain.set(c), error: () => undefined });
    }, 1500);
  }

  private async join(): Promise<void> {
    const socket = this.realtime.clarificationSocket() as unknown as LooseSocket | null;
    if (!socket?.connected) {
      this.connected.set(false);
      // The tab's socket is still connecting: try again shortly.
      setTimeout(() => void this.join(), 1000);
      return;
    }
    if (this.socket !== socket) {
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.update, this.onUpdate);
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.awareness, this.onAwareness);
      this.socket?.off(CLARIFICATION_REVIEW_EVENTS.comment, this.onComment);
      this.socket?.off(CLARIFICATION_REVIEW_EVENTS.version, this.onVersion);
      socket.on(CLARIFICATION_SOCKET_EVENTS.update, this.onUpdate);
      socket.on(CLARIFICATION_SOCKET_EVENTS.awareness, this.onAwareness);
      socket.on(CLARIFICATION_REVIEW_EVENTS.comment, this.onComment);
      socket.on(CLARIFICATION_REVIEW_EVENTS.version, this.onVersion);
      this.socket = socket;
    }
    const reply = await socket
      .timeout(10_000)
      .emitWithAck(CLARIFICATION_SOCKET_EVENTS.join, {
        draftId: this.draftId,
        stateVector: Y.encodeStateVector(this.doc),
      })
      .catch(() => null);
    if (!reply || reply.error || !reply.update || !reply.stateVector) {
      if (reply?.error) this.error.set(reply.error);
      return;
    }
    Y.applyUpdate(this.doc, new Uint8Array(reply.update), 'remote');
    this.canEdit.set(reply.canEdit === true);
    this.connected.set(true);
    // What this tab wrote offline and the server lacks.
    const missing = Y.encodeStateAsUpdate(this.doc, new Uint8Array(reply.stateVector));
    if (missing.byteLength > 2 && reply.canEdit) this.queue(missing);
    this.awareness.setLocalStateField('user', this.awareness.getLocalState()?.['user']);
    // Comments written while this tab was away.
    this.loadComments();
  }

  private queue(update: Uint8Array): void {
    this.outbox.push(update);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), 100);
  }

  private sendAwareness(): void {
    this.awarenessTimer = null;
    const changed = [...this.awarenessChanged];
    this.awarenessChanged.clear();
    const socket = this.socket;
    if (socket?.connected && changed.length > 0)
      void socket
        .timeout(5_000)
        .emitWithAck(CLARIFICATION_SOCKET_EVENTS.awareness, {
          draftId: this.draftId,
          update: encodeAwarenessUpdate(this.awareness, changed),
        })
        .catch(() => undefined);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const socket = this.socket;
    if (!socket?.connected || this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    const sending = socket
      .timeout(10_000)
      .emitWithAck(CLARIFICATION_SOCKET_EVENTS.update, {
        draftId: this.draftId,
        update: Y.mergeUpdates(batch),
      })
      .catch(() => null);
    this.inflight = sending;
    const reply = await sending;
    // Not stored because the socket was busy or the answer did not come: send it again shortly.
    // Refused for another reason: the document in IndexedDB keeps it for the next join.
    if (!reply || reply.error?.code === 'RATE_LIMITED') {
      this.outbox.unshift(...batch);
      this.flushTimer ??= setTimeout(() => void this.flush(), 1_000);
    } else if (reply.error) this.error.set(reply.error);
  }

  private refreshTexts(): void {
    this.texts.set(
      Object.fromEntries(CLARIFICATION_SECTIONS.map((s) => [s, this.doc.getText(s).toString()])),
    );
  }

  private refreshPeers(): void {
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.doc.clientID) return;
      const user = state['user'] as { name?: string; agency?: string } | undefined;
      const at = state['at'] as
        { section?: string; cursor?: number; anchor?: string; head?: string } | undefined;
      if (user?.name)
        peers.push({
          clientId,
          name: user.name,
          agency: user.agency ?? '',
          section: at?.section ?? null,
          cursor: at?.cursor ?? null,
          anchor: at?.anchor ?? null,
          head: at?.head ?? null,
          color: peerColor(clientId),
        });
    });
    this.peers.set(peers);
  }

  protected typed(section: ClarificationSection, event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    applyTextChange(this.doc.getText(section), this.doc.getText(section).toString(), area.value);
    this.cursorAt(section, event);
  }

  /**
   * Tells the others where this editor is: the section, the caret's index (shown as text) and the
   * selection's ends as relative positions (drawn in their text, following later edits).
   */
  protected cursorAt(section: ClarificationSection, event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    const text = this.doc.getText(section);
    const { selectionStart: from, selectionEnd: to } = area;
    const backward = area.selectionDirection === 'backward';
    this.awareness.setLocalStateField('at', {
      section,
      cursor: from,
      anchor: encodePosition(text, backward ? to : from),
      head: encodePosition(text, backward ? from : to),
    });
    if (to > from) this.selection.set({ section, from, to });
    else if (this.selection()?.section === section || !this.selection()) this.selection.set(null);
  }

  /** Sends what is still waiting in the outbox and waits until the server stored it. */
  private async flushNow(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      await this.flush();
    }
    await this.inflight;
  }

  private upsertThread(thread: ClarificationCommentThread): void {
    this.threads.update((list) =>
      list.some((t) => t.id === thread.id)
        ? list.map((t) => (t.id === thread.id ? thread : t))
        : [...list, thread],
    );
  }

  protected startComment(): void {
    const sel = this.selection();
    if (!sel) return;
    this.commentBody = '';
    this.commentKey = newIdempotencyKey();
    this.pending.set({
      section: sel.section,
      ...anchorFor(this.doc, sel.section, sel.from, sel.to),
    });
    setTimeout(() => this.document.getElementById('new-comment-body')?.focus());
  }

  protected async sendComment(event: Event): Promise<void> {
    event.preventDefault();
    const anchor = this.pending();
    const body = this.commentBody.trim();
    if (!anchor || !body) return;
    this.busy.set(true);
    this.error.set(null);
    // The commented text must be stored before the comment that points at it.
    await this.flushNow();
    this.review.comment(this.draftId, { body, anchor }, this.commentKey).subscribe({
      next: (thread) => {
        this.busy.set(false);
        this.upsertThread(thread);
        this.pending.set(null);
        this.selection.set(null);
        this.commentBody = '';
        this.activeThread.set(thread.id);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }

  protected reply(event: Event, threadId: string): void {
    event.preventDefault();
    const body = (this.replies[threadId] ?? '').trim();
    if (!body) return;
    this.error.set(null);
    this.review.comment(this.draftId, { body, parentId: threadId }, newIdempotencyKey()).subscribe({
      next: (thread) => {
        this.replies[threadId] = '';
        this.upsertThread(thread);
      },
      error: (e: unknown) => this.error.set(e),
    });
  }

  protected resolve(threadId: string): void {
    this.error.set(null);
    this.review.resolve(this.draftId, threadId).subscribe({
      next: (thread) => this.upsertThread(thread),
      error: (e: unknown) => this.error.set(e),
    });
  }

  /** "Name (agency)" of a comment's author. */
  protected who(c: { authorName: string | null; agencyShortName: string | null }): string {
    return `${c.authorName ?? '?'}${c.agencyShortName ? ` (${c.agencyShortName})` : ''}`;
  }

  /** Selects the anchored words in their section (keyboard users reach them from the thread). */
  protected showInText(t: PlacedThread): void {
    if (typeof t.place !== 'object') return;
    const area = this.document.getElementById(
      'sec-' + t.thread.anchor.section,
    ) as HTMLTextAreaElement | null;
    area?.focus();
    area?.setSelectionRange(t.place.from, t.place.to);
  }

  protected clock(deadlineAt: string) {
    return clockLeft(deadlineAt, this.now());
  }

  protected agencyNames(d: ClarificationDraftView): string {
    return d.agencies
      .filter((a) => a.status === 'owner' || a.status === 'active')
      .map((a) => a.shortName)
      .join(', ');
  }

  protected names(list: { name: string }[]): string {
    return list.map((p) => p.name).join(', ');
  }

  protected answer(accept: boolean): void {
    this.api.answer(this.draftId, accept).subscribe({
      next: () => {
        this.load();
        void this.join();
      },
      error: (e: unknown) => this.error.set(e),
    });
  }

  protected decide(decision: 'approved' | 'rejected'): void {
    const chain = this.chain();
    if (!chain) return;
    this.error.set(null);
    this.api
      .decide(this.draftId, {
        decision,
        contentHash: chain.contentHash,
        note: this.note.trim() || undefined,
      })
      .subscribe({
        next: (c) => {
          this.chain.set(c);
          this.note = '';
          this.load();
        },
        error: (e: unknown) => this.error.set(e),
      });
  }
}
