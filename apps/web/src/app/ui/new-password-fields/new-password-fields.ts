import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { PASSWORD_MIN_LENGTH } from '@simpul/contracts';
import { LanguageService } from '../../core/language.service';
import { LocalizedPipe } from '../localized/localized.pipe';

export type NewPasswordGroup = FormGroup<{
  newPassword: FormControl<string>;
  confirmPassword: FormControl<string>;
}>;

function passwordsMatch(group: AbstractControl): ValidationErrors | null {
  const { newPassword, confirmPassword } = (group as NewPasswordGroup).getRawValue();
  return confirmPassword && newPassword !== confirmPassword ? { mismatch: true } : null;
}

/** A new password typed twice; long passphrases are encouraged over complexity rules. */
export function newPasswordGroup(): NewPasswordGroup {
  return new FormGroup(
    {
      newPassword: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
      }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    },
    { validators: passwordsMatch },
  );
}

@Component({
  selector: 'sp-new-password-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container [formGroup]="group()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'password.new' | translate }}</mat-label>
        <input matInput type="password" formControlName="newPassword" autocomplete="new-password" />
        <mat-hint>{{ 'password.hint' | translate: { min: minLength } }}</mat-hint>
        @let newPassword = group().controls.newPassword;
        @if (newPassword.hasError('required')) {
          <mat-error>{{ 'password.required' | translate }}</mat-error>
        } @else if (newPassword.hasError('minlength')) {
          <mat-error>{{ 'password.tooShort' | translate: { min: minLength } }}</mat-error>
        } @else if (newPassword.hasError('server')) {
          <mat-error>{{ newPassword.getError('server') | localized: language() }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'password.confirm' | translate }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="confirmPassword"
          autocomplete="new-password"
        />
        @if (group().controls.confirmPassword.hasError('required')) {
          <mat-error>{{ 'password.confirmRequired' | translate }}</mat-error>
        }
      </mat-form-field>
      @if (group().hasError('mismatch') && group().controls.confirmPassword.touched) {
        <p class="mismatch" role="alert">{{ 'password.mismatch' | translate }}</p>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .mismatch {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly language = inject(LanguageService).language;
}
