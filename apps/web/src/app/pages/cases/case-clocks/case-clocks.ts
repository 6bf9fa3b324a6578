import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseClockView } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/** The case's SLA clocks as chips: what the deadline is for, when it falls (WIB), how it stands. */
@Component({
  selector: 'sp-case-clocks',
  imports: [TranslatePipe, LocalizedPipe, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (clocks().length > 0) {
      <ul class="clocks" [attr.aria-label]="'caseClocks.label' | translate">
        @for (clock of clocks(); track clock.clock) {
          <li class="clock" [attr.data-state]="clock.paused ? 'paused' : (clock.state ?? 'done')">
            <span class="what">{{ clock.label | localized: language() }}</span>
            <span class="state">
              @if (clock.completedAt) {
                {{
                  'caseClocks.done' | translate: { time: clock.completedAt | wibDate: language() }
                }}
              } @else if (clock.paused) {
                {{ 'caseClocks.paused' | translate }}
              } @else {
                @if (clock.state) {
                  <strong>{{ 'slaStates.' + clock.state | translate }}</strong>
                  ·
                }
                @if (clock.deadline) {
                  {{
                    'caseClocks.deadline'
                      | translate: { time: clock.deadline | wibDate: language() }
                  }}
                }
              }
              @if (clock.escalatedAt) {
                · {{ 'caseClocks.escalated' | translate }}
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .clocks {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .clock {
      display: flex;
      flex-direction: column;
      padding: 6px 12px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
      max-width: 100%;
      box-sizing: border-box;
      overflow-wrap: anywhere;
    }
    .what {
      font: var(--mat-sys-label-large);
    }
    .state {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .clock[data-state='due_soon'] {
      border: 2px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container-high);
      .state {
        color: var(--mat-sys-on-surface);
      }
    }
    .clock[data-state='overdue'] {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      .state {
        color: var(--mat-sys-on-error-container);
      }
    }
  `,
})
export class CaseClocks {
  readonly clocks = input.required<readonly CaseClockView[]>();
  protected readonly language = inject(LanguageService).language;
}
