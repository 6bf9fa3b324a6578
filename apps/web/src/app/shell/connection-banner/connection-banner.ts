import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { RealtimeService } from '../../core/realtime.service';

/** A short drop (a phone changing cell, a deploy) is not worth alarming anyone. */
export const DISCONNECT_GRACE_MS = 3_000;

/** "Koneksi terputus — menyambung ulang…" while the live connection is down for a while. */
@Component({
  selector: 'sp-connection-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="live-region" role="status" aria-live="polite">
      @if (shown()) {
        <p class="banner">
          <span class="spinner" aria-hidden="true"></span>
          <span>
            <strong>{{ 'realtime.disconnected' | translate }}</strong>
            <span class="hint">{{ 'realtime.disconnectedHint' | translate }}</span>
          </span>
        </p>
      }
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 10px;
      margin: 0;
      padding: 8px 16px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    .hint {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .spinner {
      flex: none;
      width: 14px;
      height: 14px;
      border-radius: 50%;
      border: 2px solid currentColor;
      border-right-color: transparent;
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
})
export class ConnectionBanner {
  private readonly state = inject(RealtimeService).state;
  protected readonly shown = signal(false);

  constructor() {
    let timer: ReturnType<typeof setTimeout> | null = null;
    effect(() => {
      const state = this.state();
      untracked(() => {
        const down = state === 'disconnected' || state === 'connecting';
        if (!down) {
          if (timer) clearTimeout(timer);
          timer = null;
          this.shown.set(false);
        } else if (!timer && !this.shown()) {
          timer = setTimeout(() => {
            timer = null;
            this.shown.set(true);
          }, DISCONNECT_GRACE_MS);
        }
      });
    });
    inject(DestroyRef).onDestroy(() => {
      if (timer) clearTimeout(timer);
    });
  }
}
