import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CompleteTokenRequest } from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { applyServerFieldErrors } from '../../../core/api-error';
import { AuthService } from '../../../core/auth.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import {
  NewPasswordFields,
  newPasswordGroup,
} from '../../../ui/new-password-fields/new-password-fields';

/** What the emailed or handed-over link is for. */
export type SetPasswordPurpose = 'invitation' | 'reset';

/** Public page behind an invitation link (activate the account) or a password-reset link. */
@Component({
  selector: 'sp-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ keyPrefix() + '.title' | translate }}</h1>
    @if (done()) {
      <p class="done" role="status">{{ keyPrefix() + '.done' | translate }}</p>
      <p>
        <a mat-flat-button routerLink="/masuk">{{ 'signIn.submit' | translate }}</a>
      </p>
    } @else {
      <p class="lead">{{ keyPrefix() + '.lead' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="savePassword()" novalidate>
        <sp-new-password-fields [group]="form" />
        <sp-error-message [error]="error()" />
        @if (error()) {
          <p>
            {{ 'setPassword.linkHelp' | translate }}
            <a routerLink="/lupa-sandi">{{ 'setPassword.requestNew' | translate }}</a>
          </p>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ keyPrefix() + '.submit' | translate }}
          </button>
        </div>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </form>
    }
  `,
  styleUrl: '../auth-page.scss',
})
export class SetPasswordPage {
  private readonly auth = inject(AuthService);

  /** From the route path `/undangan/:token` or `/atur-ulang-sandi/:token`. */
  readonly token = input.required<string>();
  /** From the route's data. */
  readonly purpose = input<SetPasswordPurpose>('reset');

  protected readonly keyPrefix = computed(() =>
    this.purpose() === 'invitation' ? 'invitation' : 'resetPassword',
  );
  protected readonly form = newPasswordGroup();
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<unknown>(null);

  protected savePassword(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request: CompleteTokenRequest = {
      token: this.token(),
      newPassword: this.form.getRawValue().newPassword,
    };
    const completion: Observable<void> =
      this.purpose() === 'invitation'
        ? this.auth.completeInvitation(request)
        : this.auth.completePasswordReset(request);
    this.busy.set(true);
    this.error.set(null);
    completion.subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.form, error);
      },
    });
  }
}
