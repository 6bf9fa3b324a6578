import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { LaporFollowUp } from '@simpul/contracts';
import { httpStatus } from '../../../core/api-error';
import { LanguageService } from '../../../core/language.service';
import { LaporService } from '../../../core/lapor.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/**
 * "Salin ke LAPOR": the case's latest follow-up as the text to paste into lapor.go.id, a link to
 * the report there, and "Sudah diposting" to record who posted it and when (on the timeline).
 * SP4N-LAPOR! has no API for agencies here; the LAPOR side stays behind the API's adapter.
 */
@Component({
  selector: 'sp-lapor-follow-up',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!open()) {
      <button mat-stroked-button type="button" (click)="show()">
        {{ 'laporFollowUp.open' | translate }}
      </button>
    } @else {
      <section class="panel" [attr.aria-label]="'laporFollowUp.heading' | translate">
        <h3>{{ 'laporFollowUp.heading' | translate }}</h3>
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        } @else if (missing()) {
          <p class="hint">{{ 'laporFollowUp.none' | translate }}</p>
        } @else if (followUp(); as item) {
          <p class="hint">{{ 'laporFollowUp.hint' | translate }}</p>
          <textarea
            class="text"
            readonly
            rows="6"
            [value]="item.text"
            [attr.aria-label]="'laporFollowUp.text' | translate"
            (focus)="selectAll($event)"
          ></textarea>
          <div class="actions">
            <button mat-flat-button type="button" (click)="copy(item.text)">
              {{ 'laporFollowUp.copy' | translate }}
            </button>
            @if (item.laporUrl) {
              <a mat-stroked-button [href]="item.laporUrl" target="_blank" rel="noopener">
                {{ 'laporFollowUp.openLapor' | translate: { trackingId: item.trackingId } }}
              </a>
            }
            @if (!item.postedAt) {
              <button
                mat-stroked-button
                type="button"
                [disabled]="saving()"
                (click)="markPosted(item)"
              >
                {{ 'laporFollowUp.markPosted' | translate }}
              </button>
            }
          </div>
          <p class="status" aria-live="polite">
            @if (copied()) {
              {{ 'laporFollowUp.copied' | translate }}
            }
            @if (item.postedAt) {
              {{
                'laporFollowUp.posted'
                  | translate
                    : { name: item.postedByName ?? '—', time: item.postedAt | wibDate: language() }
              }}
            }
          </p>
        }
        <sp-error-message [error]="error()" />
        <button mat-button type="button" (click)="open.set(false)">
          {{ 'common.close' | translate }}
        </button>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 12px;
    }
    .panel {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .hint,
    .status {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      width: 100%;
      box-sizing: border-box;
      font: var(--mat-sys-body-medium);
      padding: 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      resize: vertical;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class LaporFollowUpPanel {
  private readonly lapor = inject(LaporService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService).language;

  readonly caseId = input.required<string>();
  /** Recording the post changed the case's timeline. */
  readonly posted = output<void>();

  protected readonly open = signal(false);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly missing = signal(false);
  protected readonly copied = signal(false);
  protected readonly followUp = signal<LaporFollowUp | null>(null);
  protected readonly error = signal<unknown>(null);

  protected show(): void {
    this.open.set(true);
    this.loading.set(true);
    this.missing.set(false);
    this.copied.set(false);
    this.error.set(null);
    this.lapor.followUp(this.caseId()).subscribe({
      next: (item) => {
        this.loading.set(false);
        this.followUp.set(item);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        if (httpStatus(error) === 404) this.missing.set(true);
        else this.error.set(error);
      },
    });
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLTextAreaElement).select();
  }

  protected async copy(text: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(text);
      this.copied.set(true);
    } catch {
      // Clipboard blocked (plain http): the text stays selectable for a manual copy.
      this.copied.set(false);
    }
  }

  protected markPosted(item: LaporFollowUp): void {
    this.saving.set(true);
    this.error.set(null);
    this.lapor.markPosted(this.caseId(), item.followUpSeq).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.followUp.set(updated);
        this.posted.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(error);
      },
    });
  }
}
