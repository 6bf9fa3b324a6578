import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiHealth } from '../../core/health.service';

@Component({
  selector: 'sp-health-indicator',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="indicator" [class]="health().state" role="status" aria-live="polite">
      <span class="dot" aria-hidden="true"></span>
      <span class="label">{{ labelKey() | translate }}</span>
    </span>
  `,
  styles: `
    .indicator {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-label-medium);
      padding: 4px 10px;
      border-radius: 999px;
      background: color-mix(in srgb, currentColor 8%, transparent);
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: #9e9e9e;
    }
    .up .dot {
      background: #2e7d32;
    }
    .down .dot {
      background: #c62828;
    }
    /* On a phone the header keeps one row: the dot shows the state, the words stay for readers. */
    @media (max-width: 700px) {
      .indicator {
        padding: 4px;
      }
      .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
  `,
})
export class HealthIndicator {
  readonly health = input.required<ApiHealth>();

  protected readonly labelKey = computed(() => {
    const health = this.health();
    if (health.state === 'down') return health.databaseDown ? 'health.databaseDown' : 'health.down';
    return `health.${health.state}`;
  });
}
