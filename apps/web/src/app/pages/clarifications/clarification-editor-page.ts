import {
  ChangeDetectionStrategy,
  Component,
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
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CLARIFICATION_SECTIONS,
  CLARIFICATION_SOCKET_EVENTS,
  type ApprovalChainView,
  type ClarificationBinaryMessage,
  type ClarificationDraftView,
  type ClarificationSection,
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
import { ClarificationsService, clockLeft } from '../../core/clarifications.service';
import { RealtimeService } from '../../core/realtime.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { ClarificationEvidenceComponent } from './evidence/clarification-evidence';
import { ClarificationOutputsComponent } from './outputs/clarification-outputs';
import { keepTextareasInStep } from './textarea-sync';

interface Peer {
  clientId: number;
  name: string;
  agency: string;
  section: string | null;
  cursor: number | null;
}

type Reply = {
  ok?: true;
  update?: ArrayBuffer;
  stateVector?: ArrayBuffer;
  canEdit?: boolean;
  error?: { message: { id: string; en: string } };
};
interface LooseSocket {
  connected: boolean;
  on(event: string, listener: (message: ClarificationBinaryMessage) => void): void;
  off(event: string, listener: (message: ClarificationBinaryMessage) => void): void;
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
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    ClarificationEvidenceComponent,
    ClarificationOutputsComponent,
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
          <span class="peer"
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
            ></textarea>
          }
          <p class="status">{{ 'clarifications.markupHint' | translate }}</p>
        </div>
        <aside aria-labelledby="approval-title">
          <h2 id="approval-title">{{ 'clarifications.approval' | translate }}</h2>
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

  constructor() {
    const destroy = inject(DestroyRef);
    const local = new IndexeddbPersistence(`simpul-klarifikasi-${this.draftId}`, this.doc);
    // Someone else's change reaches the textareas at once, each caret staying in its text.
    destroy.onDestroy(
      keepTextareasInStep(this.doc, inject(ElementRef<HTMLElement>).nativeElement, 'local'),
    );
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
        const changed = [...added, ...updated, ...removed];
        const socket = this.socket;
        if (socket?.connected)
          void socket
            .timeout(5_000)
            .emitWithAck(CLARIFICATION_SOCKET_EVENTS.awareness, {
              draftId: this.draftId,
              update: encodeAwarenessUpdate(this.awareness, changed),
            })
            .catch(() => undefined);
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
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.update, this.onUpdate);
      this.socket?.off(CLARIFICATION_SOCKET_EVENTS.awareness, this.onAwareness);
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

  private load(): void {
    this.api.view(this.draftId).subscribe({
      next: (d) => this.draft.set(d),
      error: (e: unknown) => this.error.set(e),
    });
    this.api
      .approval(this.draftId)
      .subscribe({ next: (c) => this.chain.set(c), error: () => undefined });
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
      socket.on(CLARIFICATION_SOCKET_EVENTS.update, this.onUpdate);
      socket.on(CLARIFICATION_SOCKET_EVENTS.awareness, this.onAwareness);
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
  }

  private queue(update: Uint8Array): void {
    this.outbox.push(update);
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), 100);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const socket = this.socket;
    if (!socket?.connected || this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    const reply = await socket
      .timeout(10_000)
      .emitWithAck(CLARIFICATION_SOCKET_EVENTS.update, {
        draftId: this.draftId,
        update: Y.mergeUpdates(batch),
      })
      .catch(() => null);
    // Not stored: keep it (the document in IndexedDB has it too) and send on the next join.
    if (!reply || reply.error) {
      if (reply?.error) this.error.set(reply.error);
    }
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
      const at = state['at'] as { section?: string; cursor?: number } | undefined;
      if (user?.name)
        peers.push({
          clientId,
          name: user.name,
          agency: user.agency ?? '',
          section: at?.section ?? null,
          cursor: at?.cursor ?? null,
        });
    });
    this.peers.set(peers);
  }

  protected typed(section: ClarificationSection, event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    applyTextChange(this.doc.getText(section), this.doc.getText(section).toString(), area.value);
    this.cursorAt(section, event);
  }

  protected cursorAt(section: ClarificationSection, event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    this.awareness.setLocalStateField('at', { section, cursor: area.selectionStart });
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
