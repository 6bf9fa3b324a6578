import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { LaporConflict, LaporConflictResolution } from '@simpul/contracts';
import { LaporService } from '../../../core/lapor.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';

/**
 * Differences a LAPOR re-import found in fields someone had edited in Simpul: never overwritten
 * silently, an officer keeps Simpul's value or takes LAPOR's. Reporter data the reader may not see
 * stays hidden here too.
 */
@Component({
  selector: 'sp-lapor-conflicts',
  imports: [MatButtonModule, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (conflicts().length > 0) {
      <section class="conflicts" aria-labelledby="lapor-conflicts-heading">
        <h3 id="lapor-conflicts-heading">{{ 'laporConflicts.heading' | translate }}</h3>
        <p class="hint">{{ 'laporConflicts.hint' | translate }}</p>
        <ul>
          @for (conflict of conflicts(); track conflict.id) {
            <li class="conflict">
              <strong>{{ 'laporConflicts.fields.' + conflict.field | translate }}</strong>
              @if (conflict.trackingId) {
                <span class="hint">· LAPOR #{{ conflict.trackingId }}</span>
              }
              @if (conflict.hidden) {
                <p class="hint">{{ 'laporConflicts.hidden' | translate }}</p>
              } @else {
                <dl>
                  <dt>{{ 'laporConflicts.simpul' | translate }}</dt>
                  <dd>{{ shown(conflict.simpulValue) }}</dd>
                  <dt>{{ 'laporConflicts.lapor' | translate }}</dt>
                  <dd>{{ shown(conflict.laporValue) }}</dd>
                </dl>
              }
              <div class="actions">
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="resolving() !== null"
                  (click)="resolve(conflict, 'keep_simpul')"
                >
                  {{ 'laporConflicts.keepSimpul' | translate }}
                </button>
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="resolving() !== null"
                  (click)="resolve(conflict, 'take_lapor')"
                >
                  {{ 'laporConflicts.takeLapor' | translate }}
                </button>
              </div>
            </li>
          }
        </ul>
        <sp-error-message [error]="error()" />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .conflicts {
      border: 2px solid var(--mat-sys-tertiary);
      border-radius: 12px;
      padding: 12px 16px;
      margin-top: 12px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 12px;
      margin: 8px 0;
      overflow-wrap: anywhere;
    }
    dt {
      font: var(--mat-sys-label-large);
    }
    dd {
      margin: 0;
      white-space: pre-line;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class LaporConflicts {
  private readonly lapor = inject(LaporService);

  readonly caseId = input.required<string>();
  /** A LAPOR value was taken: the case changed. */
  readonly resolved = output<void>();

  protected readonly conflicts = signal<LaporConflict[]>([]);
  protected readonly resolving = signal<string | null>(null);
  protected readonly error = signal<unknown>(null);

  constructor() {
    effect(() => this.load(this.caseId()));
  }

  protected shown(value: string | boolean | null): string {
    if (value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
    return value;
  }

  protected resolve(conflict: LaporConflict, resolution: LaporConflictResolution): void {
    this.resolving.set(conflict.id);
    this.error.set(null);
    this.lapor.resolve(conflict.id, resolution).subscribe({
      next: () => {
        this.resolving.set(null);
        this.conflicts.update((all) => all.filter((c) => c.id !== conflict.id));
        this.resolved.emit();
      },
      error: (error: unknown) => {
        this.resolving.set(null);
        this.error.set(error);
      },
    });
  }

  private load(caseId: string): void {
    this.lapor.conflicts(caseId).subscribe({
      next: (conflicts) => this.conflicts.set(conflicts),
      // Without the list the case page still works; the next visit asks again.
      error: () => this.conflicts.set([]),
    });
  }
}
