import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CLARIFICATION_LABELS,
  type ClarificationLabel,
  type ClarificationSimilar,
} from '@simpul/contracts';
import { ClarificationsService, clockLeft } from '../../core/clarifications.service';
import { ErrorMessage } from '../../ui/error-message/error-message';

/**
 * Hoax clarification drafts (issue #15): every draft the agency may read with its 24-hour clock
 * (from logging the hoax to publication), and "log a hoax": similar clarifications show first.
 */
@Component({
  selector: 'sp-clarification-list-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 960px;
      margin: 0 auto;
      padding: 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: baseline;
      padding: 12px 0;
      border-bottom: 1px solid #ddd;
    }
    .row a {
      font-weight: 600;
      flex: 1 1 260px;
    }
    .label {
      font-weight: 700;
      font-size: 12px;
      padding: 2px 6px;
      border-radius: 4px;
      background: #fde7e7;
      color: #8a1c1c;
    }
    .clock {
      font-variant-numeric: tabular-nums;
    }
    .clock.late {
      color: #b00020;
      font-weight: 700;
    }
    form {
      display: grid;
      gap: 4px;
      margin: 16px 0 24px;
      padding: 16px;
      border: 1px solid #ccc;
      border-radius: 8px;
    }
    .similar {
      background: #fff8e1;
      padding: 8px 12px;
      border-radius: 6px;
    }
    .empty {
      color: #555;
    }
  `,
  template: `
    <h1>{{ 'clarifications.title' | translate }}</h1>
    <p>{{ 'clarifications.lead' | translate }}</p>

    <form (ngSubmit)="create()" aria-labelledby="new-claim">
      <h2 id="new-claim">{{ 'clarifications.newTitle' | translate }}</h2>
      <mat-form-field>
        <mat-label>{{ 'clarifications.label' | translate }}</mat-label>
        <mat-select name="label" [(ngModel)]="label">
          @for (l of labels; track l) {
            <mat-option [value]="l">{{ l }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'clarifications.claimTitle' | translate }}</mat-label>
        <input
          matInput
          name="title"
          required
          maxlength="300"
          [(ngModel)]="title"
          (ngModelChange)="lookSimilar()"
        />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'clarifications.narrative' | translate }}</mat-label>
        <textarea
          matInput
          name="narrative"
          required
          rows="3"
          [(ngModel)]="narrative"
          (ngModelChange)="lookSimilar()"
        ></textarea>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'clarifications.platform' | translate }}</mat-label>
        <input matInput name="platform" [(ngModel)]="platform" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'clarifications.sourceUrl' | translate }}</mat-label>
        <input matInput name="sourceUrl" type="url" [(ngModel)]="sourceUrl" />
      </mat-form-field>
      @if (similar().length > 0) {
        <div class="similar" role="status">
          <strong>{{ 'clarifications.similarFound' | translate }}</strong>
          <ul>
            @for (s of similar(); track s.id) {
              <li>
                <a [routerLink]="['/draf-klarifikasi', s.id]">{{ s.label }} · {{ s.summary }}</a>
                ({{ 'clarificationStatuses.' + s.status | translate }})
              </li>
            }
          </ul>
        </div>
      }
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <sp-error-message [error]="error()" />
      <div>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving() || !title.trim() || !narrative.trim()"
        >
          {{ 'clarifications.create' | translate }}
        </button>
      </div>
    </form>

    <h2>{{ 'clarifications.drafts' | translate }}</h2>
    @if (drafts.isLoading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @for (d of drafts.value() ?? []; track d.id) {
      <div class="row">
        <span class="label">{{ d.label }}</span>
        <a [routerLink]="['/draf-klarifikasi', d.id]">{{
          d.summary.split(
            '
'
          )[0]
        }}</a>
        <span>{{ d.agencyShortName }}</span>
        <span>{{ 'clarificationStatuses.' + d.status | translate }}</span>
        @if (!d.publishedAt) {
          @let left = clock(d.deadlineAt);
          <span class="clock" [class.late]="left.passed || left.hours < 4">
            {{
              (left.passed ? 'clarifications.clockPassed' : 'clarifications.clockLeft')
                | translate: left
            }}
          </span>
        }
      </div>
    } @empty {
      @if (!drafts.isLoading()) {
        <p class="empty">{{ 'clarifications.empty' | translate }}</p>
      }
    }
  `,
})
export class ClarificationListPage {
  private readonly api = inject(ClarificationsService);
  private readonly router = inject(Router);
  protected readonly labels = CLARIFICATION_LABELS;
  protected label: ClarificationLabel = 'HOAKS';
  protected title = '';
  protected narrative = '';
  protected platform = 'WhatsApp';
  protected sourceUrl = '';
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly similar = signal<ClarificationSimilar[]>([]);
  private readonly now = signal(Date.now());
  private readonly caseId = inject(ActivatedRoute).snapshot.queryParamMap.get('kasus');
  private similarTimer: ReturnType<typeof setTimeout> | null = null;
  protected readonly drafts = rxResource({ stream: () => this.api.list() });

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected clock(deadlineAt: string) {
    return clockLeft(deadlineAt, this.now());
  }

  protected lookSimilar(): void {
    if (this.similarTimer) clearTimeout(this.similarTimer);
    this.similarTimer = setTimeout(() => {
      const q = `${this.title} ${this.narrative}`.trim();
      if (q.length < 5) return this.similar.set([]);
      this.api
        .similar(q)
        .subscribe({ next: (rows) => this.similar.set(rows), error: () => undefined });
    }, 400);
  }

  protected create(): void {
    this.saving.set(true);
    this.error.set(null);
    this.api
      .create({
        label: this.label,
        title: this.title.trim(),
        narrative: this.narrative.trim(),
        platform: this.platform.trim(),
        sourceUrls: this.sourceUrl.trim() ? [this.sourceUrl.trim()] : [],
        caseIds: this.caseId ? [this.caseId] : [],
      })
      .subscribe({
        next: ({ id }) => void this.router.navigate(['/draf-klarifikasi', id]),
        error: (e: unknown) => {
          this.saving.set(false);
          this.error.set(e);
        },
      });
  }
}
