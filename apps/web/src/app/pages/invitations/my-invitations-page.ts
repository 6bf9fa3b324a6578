import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MembershipInvitation } from '@simpul/contracts';
import { AuthService } from '../../core/auth.service';
import { InvitationsService } from '../../core/invitations.service';
import { LanguageService } from '../../core/language.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/**
 * The signed-in person's invitations to agencies. Being invited grants nothing: the membership
 * exists once the person accepts here, and declining leaves the account as it was.
 */
@Component({
  selector: 'sp-my-invitations-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'invitations.title' | translate }}</h1>
    </header>
    <p class="page-lead">{{ 'invitations.lead' | translate }}</p>
    <sp-error-message [error]="actionError()" />
    @if (invitations.isLoading() && invitations.value().length === 0) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (invitations.error()) {
      <sp-error-message [error]="invitations.error()" />
      <button mat-stroked-button type="button" (click)="invitations.reload()">
        {{ 'common.retry' | translate }}
      </button>
    } @else {
      <ul class="invitations">
        @for (invitation of invitations.value(); track invitation.id) {
          @let busy = busyId() === invitation.id;
          <li class="invitation">
            <h2>{{ invitation.agencyShortName }}</h2>
            <p>
              {{
                'invitations.offer'
                  | translate
                    : {
                        agency: invitation.agencyName,
                        role: 'roles.' + invitation.role | translate,
                        by: invitation.invitedByName ?? ('notifications.someone' | translate),
                      }
              }}
            </p>
            <p class="hint">
              {{ 'invitations.expires' | translate }}
              {{ invitation.expiresAt | wibDate: language() }}
            </p>
            <div class="actions">
              <button mat-flat-button type="button" [disabled]="busy" (click)="accept(invitation)">
                {{ 'invitations.accept' | translate }}
              </button>
              <button
                mat-stroked-button
                type="button"
                [disabled]="busy"
                (click)="decline(invitation)"
              >
                {{ 'invitations.decline' | translate }}
              </button>
            </div>
          </li>
        } @empty {
          <li class="empty-state">{{ 'invitations.empty' | translate }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .invitations {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .invitation {
      padding: 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      h2 {
        margin: 0 0 4px;
        font: var(--mat-sys-title-medium);
      }
      p {
        margin: 0 0 8px;
      }
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class MyInvitationsPage {
  private readonly invitationsService = inject(InvitationsService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;

  protected readonly invitations = rxResource({
    stream: () => this.invitationsService.mine(),
    defaultValue: [],
  });
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<unknown>(null);

  protected accept(invitation: MembershipInvitation): void {
    this.busyId.set(invitation.id);
    this.actionError.set(null);
    this.invitationsService.accept(invitation.id).subscribe({
      next: () => {
        this.done(invitation, 'invitations.accepted');
        // The new membership appears in the agency switcher once the session is refreshed.
        this.auth.refresh().subscribe({ error: () => undefined });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected decline(invitation: MembershipInvitation): void {
    this.busyId.set(invitation.id);
    this.actionError.set(null);
    this.invitationsService.decline(invitation.id).subscribe({
      next: () => this.done(invitation, 'invitations.declined'),
      error: (error: unknown) => this.fail(error),
    });
  }

  private done(invitation: MembershipInvitation, key: string): void {
    this.busyId.set(null);
    this.invitations.update((all) => all.filter((i) => i.id !== invitation.id));
    this.snackBar.open(
      this.translate.instant(key, { agency: invitation.agencyShortName }),
      undefined,
      { duration: 4000 },
    );
  }

  private fail(error: unknown): void {
    this.busyId.set(null);
    this.actionError.set(error);
    this.invitations.reload();
  }
}
