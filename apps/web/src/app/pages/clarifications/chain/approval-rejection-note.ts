import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApprovalChainView } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/**
 * The draft's latest rejection on its approval panel (issue #15 item 3): who rejected which step,
 * when, and the note, kept after the rejection restarted the chain so the editors see what to fix.
 */
@Component({
  selector: 'sp-approval-rejection-note',
  imports: [TranslatePipe, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rejection(); as r) {
      <div class="rejection" role="note">
        <strong>{{
          'approvalChain.lastRejection'
            | translate: { name: r.userName ?? '—', step: r.stepName ?? '—' }
        }}</strong>
        <span class="at">{{ r.at | wibDate: language() }}</span>
        @if (r.note) {
          <p>{{ r.note }}</p>
        }
      </div>
    }
  `,
  styles: `
    .rejection {
      margin: 8px 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      p {
        margin: 4px 0 0;
        white-space: pre-wrap;
      }
    }
    .at {
      display: block;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ApprovalRejectionNote {
  readonly rejection = input<ApprovalChainView['lastRejection']>(null);
  protected readonly language = inject(LanguageService).language;
}
