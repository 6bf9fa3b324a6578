import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { applyServerFieldErrors } from '../../../core/api-error';
import { AuthService, SIGN_IN_PATH } from '../../../core/auth.service';
import { LanguageService } from '../../../core/language.service';
import { safeReturnUrl } from '../../../core/return-url';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import {
  NewPasswordFields,
  newPasswordGroup,
} from '../../../ui/new-password-fields/new-password-fields';

/** Voluntary change, or the forced one after signing in with an admin-set password. */
@Component({
  selector: 'sp-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalizedPipe,
    ErrorMessage,
    NewPasswordFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'changePassword.title' | translate }}</h1>
    @if (forced()) {
      <p class="lead forced" role="status">{{ 'changePassword.forced' | translate }}</p>
    } @else {
      <p class="lead">{{ 'changePassword.lead' | translate }}</p>
    }
    <form [formGroup]="form" (ngSubmit)="changePassword()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'changePassword.current' | translate }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="currentPassword"
          autocomplete="current-password"
          required
        />
        @let current = form.controls.currentPassword;
        @if (current.hasError('required')) {
          <mat-error>{{ 'password.required' | translate }}</mat-error>
        } @else if (current.hasError('server')) {
          <mat-error>{{ current.getError('server') | localized: language() }}</mat-error>
        }
      </mat-form-field>
      <sp-new-password-fields [group]="form.controls.passwords" />
      <sp-error-message [error]="error()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'changePassword.submit' | translate }}
        </button>
        @if (forced()) {
          <button mat-button type="button" (click)="signOut()">
            {{ 'account.signOut' | translate }}
          </button>
        }
      </div>
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
    </form>
  `,
  styleUrl: '../auth-page.scss',
})
export class ChangePasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;

  readonly returnUrl = input<string | undefined>();

  protected readonly forced = computed(() => this.auth.user()?.mustChangePassword ?? false);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    passwords: newPasswordGroup(),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);

  protected changePassword(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, passwords } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    this.auth.changePassword({ currentPassword, newPassword: passwords.newPassword }).subscribe({
      next: () => {
        this.busy.set(false);
        this.snackBar.open(this.translate.instant('changePassword.done'), undefined, {
          duration: 4000,
        });
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? this.auth.homePath());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.form, error);
        applyServerFieldErrors(this.form.controls.passwords, error);
      },
    });
  }

  protected signOut(): void {
    this.auth.signOut().subscribe(() => void this.router.navigateByUrl(SIGN_IN_PATH));
  }
}
