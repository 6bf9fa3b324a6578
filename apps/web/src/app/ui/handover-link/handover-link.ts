import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A one-time link (invitation, password reset) the admin hands over in person when no email can
 * be sent: shown in full, selectable on phones, with a copy button.
 */
@Component({
  selector: 'sp-handover-link',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="handover" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ heading() }}</h2>
      <ng-content />
      @if (url(); as link) {
        <div class="link-row">
          <input
            class="link"
            type="text"
            readonly
            [value]="link"
            [attr.aria-label]="'handover.linkLabel' | translate"
            (focus)="selectAll($event)"
          />
          <button mat-flat-button type="button" (click)="copyLink(link)">
            {{ 'handover.copy' | translate }}
          </button>
        </div>
        <p class="copied" aria-live="polite">
          @if (copyState() !== 'idle') {
            {{ 'handover.' + copyState() | translate }}
          }
        </p>
      }
      <button mat-button type="button" (click)="dismissed.emit()">
        {{ 'common.close' | translate }}
      </button>
    </section>
  `,
  styles: `
    .handover {
      margin: 16px 0;
      padding: 16px;
      border-radius: 12px;
      border: 2px solid var(--mat-sys-primary);
      /* The green palette's primary container is a glaring green: a calm surface, the border marks it. */
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .link-row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-top: 12px;
    }
    .link {
      flex: 1 1 240px;
      min-width: 0;
      padding: 10px;
      font: var(--mat-sys-body-medium);
      font-family: ui-monospace, 'Roboto Mono', monospace;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .copied {
      min-height: 1.5em;
      margin: 4px 0;
      font: var(--mat-sys-label-large);
    }
  `,
})
export class HandoverLink {
  private static nextId = 0;
  private readonly document = inject(DOCUMENT);

  readonly heading = input.required<string>();
  readonly url = input<string | null | undefined>(null);
  readonly dismissed = output<void>();

  protected readonly headingId = `sp-handover-${HandoverLink.nextId++}`;
  protected readonly copyState = signal<'idle' | 'copied' | 'copyFailed'>('idle');

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copyLink(link: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(link);
      this.copyState.set('copied');
    } catch {
      // Clipboard blocked (e.g. plain http): the field stays selectable for a manual copy.
      this.copyState.set('copyFailed');
    }
  }
}
