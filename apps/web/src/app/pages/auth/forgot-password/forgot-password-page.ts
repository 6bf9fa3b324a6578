import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';

@Component({
  selector: 'sp-forgot-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'forgotPassword.title' | translate }}</h1>
    @if (sent()) {
      <p class="done" role="status">{{ 'forgotPassword.sent' | translate }}</p>
      <p>
        <a routerLink="/masuk">{{ 'common.backToSignIn' | translate }}</a>
      </p>
    } @else {
      <p class="lead">{{ 'forgotPassword.lead' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="requestResetLink()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'signIn.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ 'signIn.emailRequired' | translate }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'signIn.emailInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <sp-error-message [error]="error()" />
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'forgotPassword.submit' | translate }}
          </button>
          <a routerLink="/masuk">{{ 'common.backToSignIn' | translate }}</a>
        </div>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
        }
      </form>
    }
  `,
  styleUrl: '../auth-page.scss',
})
export class ForgotPasswordPage {
  private readonly auth = inject(AuthService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<unknown>(null);

  protected requestResetLink(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.auth.requestPasswordReset({ email: this.form.getRawValue().email.trim() }).subscribe({
      next: () => {
        this.busy.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
      },
    });
  }
}
