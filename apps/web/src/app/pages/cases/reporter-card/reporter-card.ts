import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseDetail, CaseReportView, RevealedIdentity } from '@simpul/contracts';
import { CasesService } from '../../../core/cases.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { openReporterMessages } from '../reporter-messages/reporter-messages-dialog';

type ReporterField = 'name' | 'contact' | 'nik';

interface ReporterRow {
  field: ReporterField;
  value: string | null;
  /** Translation key explaining a withheld value, or null when it is shown or simply empty. */
  hiddenKey: string | null;
}

const FIELDS: readonly ReporterField[] = ['name', 'contact', 'nik'];

/** One report's reporter, saying why a field is withheld instead of leaving it blank. */
@Component({
  selector: 'sp-reporter-card',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = report();
    <article class="report">
      <header>
        <h3>
          @if (current.trackingId) {
            {{ 'caseDetail.reportLapor' | translate: { id: current.trackingId } }}
          } @else {
            {{ 'caseDetail.report' | translate }}
          }
        </h3>
        <span class="flags">
          @if (current.reporter.anonymous) {
            <span class="status-chip">{{ 'caseDetail.anonymous' | translate }}</span>
          }
          @if (current.confidential) {
            <span class="status-chip">{{ 'caseDetail.confidential' | translate }}</span>
          }
        </span>
      </header>
      @if (current.trackingId) {
        <p class="lapor-link">
          <a
            [href]="'https://www.lapor.go.id/pengaduan/' + current.trackingId"
            target="_blank"
            rel="noopener noreferrer"
            >{{ 'caseDetail.openLapor' | translate }}</a
          >
        </p>
      }
      <dl>
        @for (row of rows(); track row.field) {
          <div class="row">
            <dt>{{ 'caseDetail.reporter.' + row.field | translate }}</dt>
            <dd [class.withheld]="row.hiddenKey">
              @if (row.value) {
                {{ row.value }}
              } @else if (row.hiddenKey) {
                {{ row.hiddenKey | translate }}
              } @else {
                {{ 'caseDetail.reporter.notGiven' | translate }}
              }
            </dd>
          </div>
        }
      </dl>
      @if (revealed()) {
        <p class="note" role="status">{{ 'caseDetail.revealedNote' | translate }}</p>
      } @else {
        @for (reasonKey of reasons(); track reasonKey) {
          <p class="note">{{ reasonKey | translate }}</p>
        }
      }
      @if (current.confidential) {
        <p class="note">{{ 'caseDetail.confidentialWhy' | translate }}</p>
      }
      @if (current.reporter.canRevealIdentity && !revealed()) {
        <button mat-stroked-button type="button" [disabled]="revealing()" (click)="reveal.emit()">
          {{ 'caseDetail.reveal' | translate }}
        </button>
      }
      @if (!current.trackingId && linkVersion() !== null) {
        <form class="link-lapor" (submit)="$event.preventDefault(); linkLapor()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'caseDetail.linkLaporLabel' | translate }}</mat-label>
            <input
              matInput
              [id]="'link-lapor-' + current.id"
              name="trackingId"
              inputmode="numeric"
              autocomplete="off"
              [(ngModel)]="trackingId"
            />
            <mat-hint>{{ 'caseDetail.linkLaporHint' | translate }}</mat-hint>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="linking()">
            {{ 'caseDetail.linkLapor' | translate }}
          </button>
        </form>
        <sp-error-message [error]="linkError()" />
      }
      @if (caseId(); as id) {
        @if (mayMessage()) {
          <button mat-stroked-button type="button" class="message" (click)="openMessages(id)">
            {{ 'reporterMessages.open' | translate }}
          </button>
        }
      }
    </article>
  `,
  styles: `
    .report {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin-bottom: 12px;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      justify-content: space-between;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    .flags {
      display: flex;
      gap: 6px;
    }
    dl {
      margin: 8px 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      padding: 4px 0;
    }
    dt {
      flex: 0 0 7em;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      flex: 1 1 12em;
      overflow-wrap: anywhere;
    }
    .withheld {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 8px;
    }
    .link-lapor {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px;
    }
    .lapor-link {
      margin: 4px 0;
    }
  `,
})
export class ReporterCard {
  readonly report = input.required<CaseReportView>();
  /** The identity after an audited reveal, if the viewer asked for it. */
  readonly revealed = input<RevealedIdentity | null>(null);
  readonly revealing = input(false);
  readonly reveal = output<void>();
  /** The case, to message this reporter and see what was sent (the dialog asks the policy). */
  readonly caseId = input<string | null>(null);
  /** Messages and tracking links speak for the lead agency: only its working staff see the button. */
  readonly mayMessage = input(true);
  /** The case version an officer who may edit it saw; null: no "Hubungkan ke LAPOR". */
  readonly linkVersion = input<number | null>(null);
  /** The case after the report was linked to its Tracking ID. */
  readonly changed = output<CaseDetail>();
  private readonly dialog = inject(MatDialog);
  private readonly cases = inject(CasesService);
  protected trackingId = '';
  protected readonly linking = signal(false);
  protected readonly linkError = signal<unknown>(null);

  protected linkLapor(): void {
    const caseId = this.caseId();
    const version = this.linkVersion();
    if (!caseId || version === null || this.linking()) return;
    this.linking.set(true);
    this.linkError.set(null);
    this.cases
      .linkTrackingId(caseId, this.report().id, {
        version,
        trackingId: this.trackingId.replace(/\s+/g, ''),
      })
      .subscribe({
        next: (detail) => {
          this.linking.set(false);
          this.trackingId = '';
          this.changed.emit(detail);
        },
        error: (error: unknown) => {
          this.linking.set(false);
          this.linkError.set(error);
        },
      });
  }

  protected openMessages(caseId: string): void {
    openReporterMessages(this.dialog, { caseId, reportId: this.report().id });
  }

  protected readonly rows = computed<ReporterRow[]>(() => {
    const { reporter } = this.report();
    const revealed = this.revealed();
    return FIELDS.map((field) => {
      const value = revealed?.[field] ?? reporter[field];
      const hidden = !value && !revealed && reporter.hidden.includes(field);
      return { field, value, hiddenKey: hidden ? this.hiddenKey(field) : null };
    });
  });

  protected readonly reasons = computed(() => {
    const { reporter } = this.report();
    const keys: string[] = [];
    if (reporter.hidden.some((f) => f !== 'nik')) {
      keys.push(reporter.anonymous ? 'caseDetail.anonymousWhy' : 'caseDetail.withheldWhy');
    }
    if (reporter.hidden.includes('nik')) keys.push('caseDetail.nikWhy');
    return keys;
  });

  private hiddenKey(field: ReporterField): string {
    if (field === 'nik') return 'caseDetail.hiddenNik';
    return this.report().reporter.anonymous ? 'caseDetail.hiddenAnonymous' : 'caseDetail.hidden';
  }
}
