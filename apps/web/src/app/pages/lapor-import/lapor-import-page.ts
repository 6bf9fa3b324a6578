import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { LaporImportResult } from '@simpul/contracts';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { LaporService } from '../../core/lapor.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { LocalizedPipe } from '../../ui/localized/localized.pipe';

/**
 * Import a file of SP4N-LAPOR! reports (CSV or JSON as exported, docs/lapor-import.md). A trial
 * run first says what would happen; importing is idempotent by Tracking ID, so the same file twice
 * changes nothing, and fields edited in Simpul since become conflicts on their case.
 */
@Component({
  selector: 'sp-lapor-import-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/kasus">{{ 'laporImport.back' | translate }}</a>
    </p>
    <header class="page-header">
      <h1>{{ 'laporImport.title' | translate }}</h1>
    </header>
    @if (!canImport()) {
      <p class="hint">{{ 'laporImport.notAllowed' | translate }}</p>
    } @else {
      <p class="page-lead">{{ 'laporImport.lead' | translate }}</p>
      <div class="chooser">
        <input
          #fileInput
          id="lapor-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          (change)="choose(fileInput.files)"
        />
        <label for="lapor-file" class="hint">{{ 'laporImport.fileHint' | translate }}</label>
      </div>
      <div class="actions">
        <button mat-stroked-button type="button" [disabled]="!file() || busy()" (click)="run(true)">
          {{ 'laporImport.check' | translate }}
        </button>
        <button mat-flat-button type="button" [disabled]="!file() || busy()" (click)="run(false)">
          {{ 'laporImport.import' | translate }}
        </button>
      </div>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <sp-error-message [error]="error()" />
      @if (result(); as r) {
        <section class="result" aria-live="polite" aria-labelledby="lapor-result-heading">
          <h2 id="lapor-result-heading">
            {{ (r.dryRun ? 'laporImport.dryRunHeading' : 'laporImport.doneHeading') | translate }}
          </h2>
          <p>
            {{
              'laporImport.summary'
                | translate
                  : {
                      rows: r.rows,
                      created: r.created,
                      updated: r.updated,
                      unchanged: r.unchanged,
                      conflicts: r.conflicts,
                      errors: r.errors.length,
                    }
            }}
          </p>
          @if (r.ignoredColumns.length > 0) {
            <p class="hint">
              {{ 'laporImport.ignored' | translate: { columns: r.ignoredColumns.join(', ') } }}
            </p>
          }
          @if (r.errors.length > 0) {
            <h3>{{ 'laporImport.errors' | translate }}</h3>
            <ul class="errors">
              @for (e of r.errors; track $index) {
                <li>
                  {{ 'laporImport.errorRow' | translate: { row: e.row, field: e.field } }}
                  {{ e.message | localized: language() }}
                </li>
              }
            </ul>
          }
          @if (!r.dryRun) {
            <ul class="rows">
              @for (row of r.results; track row.row) {
                @if (row.caseId && row.outcome !== 'unchanged') {
                  <li>
                    {{ 'laporImport.outcomes.' + row.outcome | translate }}:
                    <a [routerLink]="['/kasus', row.caseId]">{{ row.caseNumber }}</a>
                    (LAPOR #{{ row.trackingId }})
                  </li>
                }
              }
            </ul>
          }
        </section>
      }
    }
  `,
  styles: `
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .chooser {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 12px 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
    .result {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .errors li {
      color: var(--mat-sys-error);
    }
  `,
})
export class LaporImportPage {
  private readonly lapor = inject(LaporService);
  protected readonly canImport = inject(AuthService).canRecordComplaints;
  protected readonly language = inject(LanguageService).language;

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly result = signal<LaporImportResult | null>(null);
  protected readonly error = signal<unknown>(null);

  protected choose(files: FileList | null): void {
    this.file.set(files?.[0] ?? null);
    this.result.set(null);
    this.error.set(null);
  }

  protected run(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.lapor.importFile(file, dryRun).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.result.set(null);
        this.error.set(error);
      },
    });
  }
}
