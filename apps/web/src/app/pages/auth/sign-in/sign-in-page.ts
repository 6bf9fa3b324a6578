import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService, CHANGE_PASSWORD_PATH } from '../../../core/auth.service';
import { safeReturnUrl } from '../../../core/return-url';
import { ErrorMessage } from '../../../ui/error-message/error-message';

@Component({
  selector: 'sp-sign-in-page',
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
    <h1>{{ 'signIn.title' | translate }}</h1>
    <p class="lead">{{ 'signIn.lead' | translate }}</p>
    <form [formGroup]="form" (ngSubmit)="signIn()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signIn.email' | translate }}</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="username" required />
        @if (form.controls.email.hasError('required')) {
          <mat-error>{{ 'signIn.emailRequired' | translate }}</mat-error>
        } @else if (form.controls.email.hasError('email')) {
          <mat-error>{{ 'signIn.emailInvalid' | translate }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signIn.password' | translate }}</mat-label>
        <input
          #passwordInput
          matInput
          [type]="passwordVisible() ? 'text' : 'password'"
          formControlName="password"
          autocomplete="current-password"
          required
        />
        <button
          mat-button
          matSuffix
          type="button"
          class="reveal"
          [attr.aria-pressed]="passwordVisible()"
          (click)="togglePasswordVisibility()"
        >
          {{ (passwordVisible() ? 'signIn.hidePassword' : 'signIn.showPassword') | translate }}
        </button>
        @if (form.controls.password.hasError('required')) {
          <mat-error>{{ 'signIn.passwordRequired' | translate }}</mat-error>
        }
      </mat-form-field>
      <sp-error-message [error]="error()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ (busy() ? 'signIn.submitting' : 'signIn.submit') | translate }}
        </button>
        <a routerLink="/lupa-sandi">{{ 'signIn.forgot' | translate }}</a>
      </div>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </form>
  `,
  styleUrl: '../auth-page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where the user was going before being asked to sign in. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly passwordVisible = signal(false);
  private readonly passwordInput = viewChild<ElementRef<HTMLInputElement>>('passwordInput');

  protected togglePasswordVisibility(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected signIn(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.auth.signIn({ email: email.trim(), password }).subscribe({
      next: (user) => {
        this.busy.set(false);
        const destination = safeReturnUrl(this.returnUrl()) ?? this.auth.homePath();
        if (user.mustChangePassword) {
          void this.router.navigate([CHANGE_PASSWORD_PATH], {
            queryParams: { returnUrl: destination },
          });
        } else {
          void this.router.navigateByUrl(destination);
        }
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
        // The refusal is the one error shown: the password stays (clearing it would add a
        // "required" error under the field), selected so that typing replaces it.
        this.passwordInput()?.nativeElement.select();
      },
    });
  }
}
