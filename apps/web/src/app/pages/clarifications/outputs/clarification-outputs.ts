import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CLARIFICATION_DELIVERY_OUTPUTS,
  type ClarificationDelivery,
  type ClarificationDeliveryOutput,
  type ClarificationPublicationView,
} from '@simpul/contracts';
import { apiErrorCode, describeError, pickLanguage } from '../../../core/api-error';
import { ClarificationPublicationService } from '../../../core/clarification-publication.service';
import { LanguageService } from '../../../core/language.service';

interface OutputCard {
  key: ClarificationDeliveryOutput;
  text: string;
  /** Characters as the channel counts them, against its limit (X: a URL as 23). */
  count: string;
}

/**
 * The outputs of a published clarification side by side, each with a copy button and "catat
 * pengiriman" (who posted it where); publish once the chain approved; correction and retraction.
 * Hosted by the draft page: `<sp-clarification-outputs [draftId]="id" [status]="status" />`.
 */
@Component({
  selector: 'sp-clarification-outputs',
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="outputs" aria-labelledby="outputs-title">
      <h2 id="outputs-title">{{ 'clarificationOutputs.title' | translate }}</h2>
      @if (error(); as e) {
        <p class="error" role="alert">{{ e }}</p>
      }
      @if (loading()) {
        <p role="status">{{ 'clarificationOutputs.loading' | translate }}</p>
      } @else if (view(); as v) {
        <p class="public">
          <a [href]="v.publication.url" target="_blank" rel="noopener">{{ v.publication.url }}</a>
          · {{ 'clarificationOutputs.status.' + v.publication.status | translate }}
        </p>
        <div class="grid">
          @for (card of cards(); track card.key) {
            <article class="card" [attr.aria-labelledby]="'out-' + card.key">
              <header>
                <h3 [id]="'out-' + card.key">
                  {{ 'clarificationOutputs.output.' + card.key | translate }}
                </h3>
                <span class="count">{{ card.count }}</span>
              </header>
              @if (card.key === 'card') {
                <img
                  [src]="card.text"
                  [alt]="'clarificationOutputs.cardAlt' | translate"
                  width="1080"
                  height="1080"
                />
              } @else {
                <pre tabindex="0">{{ card.text }}</pre>
              }
              <button mat-stroked-button type="button" (click)="copy(card)">
                {{
                  (copied() === card.key
                    ? 'clarificationOutputs.copied'
                    : 'clarificationOutputs.copy'
                  ) | translate
                }}
              </button>
            </article>
          }
        </div>
        <form class="delivery" (ngSubmit)="logDelivery()" #f="ngForm">
          <h3>{{ 'clarificationOutputs.logTitle' | translate }}</h3>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'clarificationOutputs.outputLabel' | translate }}</mat-label>
            <mat-select name="output" [(ngModel)]="deliveryOutput" required>
              @for (o of outputsList; track o) {
                <mat-option [value]="o">{{
                  'clarificationOutputs.output.' + o | translate
                }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'clarificationOutputs.channel' | translate }}</mat-label>
            <input matInput name="channel" [(ngModel)]="deliveryChannel" required maxlength="100" />
            <mat-hint>{{ 'clarificationOutputs.channelHint' | translate }}</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy() || !deliveryChannel.trim()">
            {{ 'clarificationOutputs.log' | translate }}
          </button>
        </form>
        @if (deliveries().length === 0) {
          <p class="empty">{{ 'clarificationOutputs.noDeliveries' | translate }}</p>
        } @else {
          <ul class="log">
            @for (d of deliveries(); track d.id) {
              <li>
                {{ d.postedAt | date: 'd MMM y HH:mm' }} ·
                {{ 'clarificationOutputs.output.' + d.output | translate }} → {{ d.channel }} ·
                {{ d.postedByName }}
              </li>
            }
          </ul>
        }
        @if (v.publication.status !== 'retracted') {
          <div class="notes">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'clarificationOutputs.noteLabel' | translate }}</mat-label>
              <textarea
                matInput
                name="note"
                [(ngModel)]="noteText"
                rows="2"
                maxlength="2000"
              ></textarea>
            </mat-form-field>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy() || !noteText.trim()"
              (click)="addNote('correction')"
            >
              {{ 'clarificationOutputs.correct' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              class="danger"
              [disabled]="busy() || !noteText.trim()"
              (click)="addNote('retraction')"
            >
              {{ 'clarificationOutputs.retract' | translate }}
            </button>
          </div>
        }
      } @else {
        <p class="empty">{{ 'clarificationOutputs.notPublished' | translate }}</p>
        <button
          mat-flat-button
          type="button"
          [disabled]="busy() || status() !== 'approved'"
          (click)="publish()"
        >
          {{ 'clarificationOutputs.publish' | translate }}
        </button>
      }
    </section>
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
      border-radius: 8px;
      padding: 0.75rem;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      min-width: 0;
    }
    .card header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5rem;
    }
    .card h3 {
      margin: 0;
      font-size: 1rem;
    }
    .count {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant, #555);
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: inherit;
      margin: 0;
      max-height: 20rem;
      overflow: auto;
    }
    img {
      width: 100%;
      height: auto;
    }
    .delivery,
    .notes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: baseline;
      margin-top: 1rem;
    }
    .delivery h3 {
      flex-basis: 100%;
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error, #b3261e);
    }
    .danger {
      color: var(--mat-sys-error, #b3261e);
    }
    a {
      overflow-wrap: anywhere;
    }
  `,
})
export class ClarificationOutputsComponent {
  readonly draftId = input.required<string>();
  /** The draft's status: publishing is offered once it is approved. */
  readonly status = input<string>('draft');

  private readonly api = inject(ClarificationPublicationService);
  private readonly clipboard = inject(Clipboard);
  private readonly language = inject(LanguageService);

  readonly outputsList = CLARIFICATION_DELIVERY_OUTPUTS;
  readonly view = signal<ClarificationPublicationView | null>(null);
  readonly deliveries = signal<ClarificationDelivery[]>([]);
  readonly loading = signal(true);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly copied = signal<ClarificationDeliveryOutput | null>(null);
  deliveryOutput: ClarificationDeliveryOutput = 'whatsapp';
  deliveryChannel = '';
  noteText = '';

  readonly cards = computed<OutputCard[]>(() => {
    const v = this.view();
    if (!v) return [];
    const o = v.outputs;
    const chars = (s: string) => [...s].length;
    return [
      { key: 'whatsapp', text: o.whatsapp, count: `${chars(o.whatsapp)}` },
      {
        key: 'x',
        text: o.xThread.join('\n\n———\n\n'),
        count: `${o.xThread.length} post`,
      },
      { key: 'instagram', text: o.instagramCaption, count: `${chars(o.instagramCaption)}/2200` },
      { key: 'card', text: o.shareCardUrl, count: '1080×1080' },
      { key: 'page', text: o.publicUrl, count: '' },
    ];
  });

  constructor() {
    effect(() => this.load(this.draftId()));
  }

  private fail(error: unknown): void {
    const text = describeError(error);
    this.error.set(
      text.kind === 'api' ? pickLanguage(text.message, this.language.language()) : text.key,
    );
    this.busy.set(false);
  }

  load(id: string): void {
    this.loading.set(true);
    this.api.outputs(id).subscribe({
      next: (view) => {
        this.view.set(view);
        this.loading.set(false);
        this.api
          .deliveries(id)
          .subscribe({ next: (d) => this.deliveries.set(d), error: (e) => this.fail(e) });
      },
      error: (e) => {
        this.loading.set(false);
        if (apiErrorCode(e) !== 'CLARIFICATION_NOT_PUBLISHED') this.fail(e);
      },
    });
  }

  copy(card: OutputCard): void {
    const text = card.key === 'card' ? new URL(card.text, location.href).href : card.text;
    if (this.clipboard.copy(text)) this.copied.set(card.key);
  }

  publish(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.publish(this.draftId()).subscribe({
      next: (view) => {
        this.view.set(view);
        this.busy.set(false);
      },
      error: (e) => this.fail(e),
    });
  }

  addNote(kind: 'correction' | 'retraction'): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.note(this.draftId(), kind, this.noteText.trim()).subscribe({
      next: (view) => {
        this.view.set(view);
        this.noteText = '';
        this.busy.set(false);
      },
      error: (e) => this.fail(e),
    });
  }

  logDelivery(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .logDelivery(this.draftId(), {
        output: this.deliveryOutput,
        channel: this.deliveryChannel.trim(),
      })
      .subscribe({
        next: (list) => {
          this.deliveries.set(list);
          this.deliveryChannel = '';
          this.busy.set(false);
        },
        error: (e) => this.fail(e),
      });
  }
}
