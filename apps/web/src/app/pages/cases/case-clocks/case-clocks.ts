import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseClockView, CaseTimeInHand } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/**
 * The case's SLA clocks as chips: what the deadline is for, when it falls (WIB), how it stands;
 * under them, how long each agency has held the case.
 */
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
    @if (timeInHand().length > 0) {
      <p class="in-hand">
        <span class="what">{{ 'caseClocks.inHand' | translate }}:</span>
        @for (hand of timeInHand(); track hand.agencyId) {
          <span class="hand" [class.holding]="hand.holding">
            {{ hand.agencyShortName }}
            {{ 'caseClocks.' + duration(hand.seconds).key | translate: duration(hand.seconds) }}
            @if (hand.holding) {
              ({{ 'caseClocks.holding' | translate }})
            }
          </span>
        }
      </p>
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
      border: 2px solid var(--sp-soon);
      background: var(--sp-soon-container);
      color: var(--sp-on-soon-container);
      .state {
        color: var(--sp-on-soon-container);
      }
    }
    .in-hand {
      margin: 0 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .in-hand .holding {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
    .clock[data-state='overdue'] {
      border-color: var(--sp-late);
      background: var(--sp-late);
      color: var(--sp-on-late);
      .state {
        color: var(--sp-on-late);
      }
    }
  `,
})
export class CaseClocks {
  readonly clocks = input.required<readonly CaseClockView[]>();
  readonly timeInHand = input<readonly CaseTimeInHand[]>([]);
  protected readonly language = inject(LanguageService).language;
  protected readonly duration = handDuration;
}

/** A stint's length as the largest two units that say something: days and hours, or less. */
export function handDuration(seconds: number): {
  key: 'days' | 'hours' | 'minutes';
  days: number;
  hours: number;
  minutes: number;
} {
  const minutesTotal = Math.floor(Math.max(0, seconds) / 60);
  const days = Math.floor(minutesTotal / 1440);
  const hours = Math.floor((minutesTotal % 1440) / 60);
  const minutes = minutesTotal % 60;
  const key = days > 0 ? 'days' : hours > 0 ? 'hours' : 'minutes';
  return { key, days, hours, minutes };
}
