import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CaseDetail, HandoffView } from '@simpul/contracts';
import { filter, type Observable } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { HandoffsService } from '../../../core/handoffs.service';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { askReason } from '../case-collaboration/reason-dialog';
import { openDisposition } from './disposition-dialog';
import { timeLeft } from './time-left';

const WORKING_ROLES = ['admin', 'petugas', 'pimpinan'];

/**
 * Handoffs on the case page: the open (or frozen) proposal as a banner with the time left to
 * answer, accept / decline for the receiver, withdraw for the proposer, the text to copy into
 * LAPOR!, and "hand over to another agency" for the lead. Reloads with every new case detail (the
 * page reloads it on each live event), so both sides see the other's answer without reloading.
 */
@Component({
  selector: 'sp-case-handoff-panel',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pending(); as handoff) {
      <div class="banner" role="status" [class.frozen]="handoff.status === 'frozen'">
        @if (handoff.status === 'frozen') {
          <p>{{ 'handoff.bannerFrozen' | translate }}</p>
        } @else if (handoff.canAnswer || handoff.toAgency.id === actingAgencyId()) {
          <p>
            {{
              'handoff.bannerIncoming'
                | translate
                  : {
                      agency: handoff.fromAgency.shortName,
                      reason:
                        language() === 'en' ? handoff.publicReason.en : handoff.publicReason.id,
                    }
            }}
          </p>
          <p class="hint">{{ 'handoff.identityHidden' | translate }}</p>
        } @else {
          <p>
            {{
              'handoff.bannerOutgoing'
                | translate
                  : {
                      agency: handoff.toAgency.shortName,
                      reason:
                        language() === 'en' ? handoff.publicReason.en : handoff.publicReason.id,
                    }
            }}
          </p>
        }
        @if (handoff.note) {
          <blockquote>{{ handoff.note }}</blockquote>
        }
        @if (handoff.status === 'open') {
          @let left = remaining(handoff);
          <p class="time">
            @if (left) {
              {{ 'handoff.timeLeft' | translate: { time: left } }}
            } @else {
              {{ 'handoff.overdue' | translate }}
            }
          </p>
        }
        <div class="actions">
          @if (handoff.canAnswer) {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="acceptHandoff(handoff)"
            >
              {{ 'handoff.accept' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="declineHandoff(handoff)"
            >
              {{ 'handoff.decline' | translate }}
            </button>
          }
          @if (handoff.canWithdraw) {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="withdrawHandoff(handoff)"
            >
              {{ 'handoff.withdraw' | translate }}
            </button>
          }
          <button mat-button type="button" (click)="copyLapor(handoff)">
            {{ 'handoff.copyLapor' | translate }}
          </button>
        </div>
      </div>
    } @else if (mayHandOver()) {
      <button mat-stroked-button type="button" class="propose" (click)="proposeHandoff()">
        {{ 'handoff.propose' | translate }}
      </button>
    }
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
    }
    <sp-error-message [error]="error() ?? handoffs.error()" />
  `,
  styles: `
    .banner {
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 8px 0;
      background: var(--mat-sys-surface-container-low);
    }
    .banner.frozen {
      border-color: var(--mat-sys-error);
    }
    .banner p {
      margin: 0 0 6px;
    }
    .hint,
    .time {
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 4px 0 8px;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .propose {
      margin: 8px 0;
    }
  `,
})
export class CaseHandoffPanel {
  readonly detail = input.required<CaseDetail>();
  /** A step changed who leads or what is pending: the page reloads the case. */
  readonly changed = output<void>();

  private readonly api = inject(HandoffsService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(Clipboard);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly actingAgencyId = this.auth.actingAgencyId;

  /** Every new detail (the page reloads it on each live event) asks again. */
  protected readonly handoffs = rxResource({
    params: () => this.detail(),
    stream: ({ params }) => this.api.list(params.id),
  });
  protected readonly pending = computed<HandoffView | null>(() => {
    const list = this.handoffs.hasValue() ? this.handoffs.value().items : [];
    return list.find((h) => h.status === 'open' || h.status === 'frozen') ?? null;
  });
  protected readonly mayHandOver = computed(() => {
    const detail = this.detail();
    const lead = detail.participants.find((p) => p.role === 'lead');
    const role = this.auth.actingMembership()?.role ?? null;
    return (
      lead?.agencyId === this.actingAgencyId() &&
      role !== null &&
      WORKING_ROLES.includes(role) &&
      detail.status !== 'resolved' &&
      detail.status !== 'archived'
    );
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);

  protected remaining(handoff: HandoffView): string | null {
    return timeLeft(handoff.deadline, new Date(), this.translate);
  }

  protected proposeHandoff(): void {
    const lead = this.detail().participants.find((p) => p.role === 'lead');
    if (!lead) return;
    openDisposition(this.dialog, {
      caseId: this.detail().id,
      leadAgencyId: lead.agencyId,
      target: 'agency',
      suggestion: null,
    })
      .pipe(filter((result) => result !== undefined))
      .subscribe((result) => {
        if (result?.handoff)
          this.snackBar.open(
            this.translate.instant('handoff.sent', { agency: result.handoff.toAgency.shortName }),
            undefined,
            { duration: 4000 },
          );
        this.changed.emit();
      });
  }

  protected acceptHandoff(handoff: HandoffView): void {
    this.run(this.api.accept(handoff.caseId, handoff.id), 'handoff.accepted');
  }

  protected declineHandoff(handoff: HandoffView): void {
    askReason(this.dialog, {
      title: 'handoff.decline',
      prompt: 'handoff.declineHint',
      confirm: 'handoff.decline',
    })
      .pipe(filter((reason): reason is string => typeof reason === 'string' && reason !== ''))
      .subscribe((reason) =>
        this.run(this.api.decline(handoff.caseId, handoff.id, { reason }), 'handoff.declined'),
      );
  }

  protected withdrawHandoff(handoff: HandoffView): void {
    this.run(this.api.withdraw(handoff.caseId, handoff.id, {}), 'handoff.withdrawn');
  }

  protected copyLapor(handoff: HandoffView): void {
    this.clipboard.copy(handoff.laporText);
    this.snackBar.open(this.translate.instant('handoff.copied'), undefined, { duration: 2500 });
  }

  private run(request: Observable<HandoffView>, doneKey: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.snackBar.open(this.translate.instant(doneKey), undefined, { duration: 4000 });
        this.handoffs.reload();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
        this.handoffs.reload();
      },
    });
  }
}
