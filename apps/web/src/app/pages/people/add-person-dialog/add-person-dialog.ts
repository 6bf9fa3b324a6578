import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  MEMBERSHIP_ROLES,
  PASSWORD_MIN_LENGTH,
  type CreateUserRequest,
  type CreateUserResponse,
  type AgencySummary,
  type MembershipRole,
} from '@simpul/contracts';
import { map, of } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { applyServerFieldErrors } from '../../../core/api-error';
import { LanguageService } from '../../../core/language.service';
import { PeopleService } from '../../../core/people.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';

export interface AddPersonDialogData {
  /** The acting agency, which the person joins unless the superadmin chooses another. */
  agencyId: string | null;
  agencyShortName: string | null;
  /** The superadmin chooses the agency (how a new agency gets its first admin). */
  chooseAgency: boolean;
}

export interface AddPersonResult {
  response: CreateUserResponse;
  usedTemporaryPassword: boolean;
}

@Component({
  selector: 'sp-add-person-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalizedPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-person-dialog.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding-top: 8px;
    }
    .help {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 8px;
    }
    mat-checkbox {
      margin-bottom: 8px;
    }
  `,
})
export class AddPersonDialog {
  private readonly people = inject(PeopleService);
  private readonly dialogRef = inject<MatDialogRef<AddPersonDialog, AddPersonResult>>(MatDialogRef);
  protected readonly data = inject<AddPersonDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService).language;

  protected readonly roles = MEMBERSHIP_ROLES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);

  /** Active agencies to choose from, only for the superadmin. */
  protected readonly agencies = toSignal(
    this.data.chooseAgency
      ? inject(AgenciesService)
          .list()
          .pipe(map((all) => all.filter((agency) => agency.active)))
      : of<AgencySummary[]>([]),
    { initialValue: [] },
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    agencyId: [this.data.agencyId ?? '', this.data.chooseAgency ? Validators.required : []],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    role: ['petugas' as MembershipRole, Validators.required],
    useTemporaryPassword: [false],
    temporaryPassword: [{ value: '', disabled: true }],
  });

  private readonly chosenAgencyId = toSignal(this.form.controls.agencyId.valueChanges, {
    initialValue: this.form.controls.agencyId.value,
  });
  /** The agency named in the title: the chosen one, or the acting one. */
  protected readonly agencyShortName = computed(() =>
    this.data.chooseAgency
      ? (this.agencies().find((agency) => agency.id === this.chosenAgencyId())?.shortName ?? null)
      : this.data.agencyShortName,
  );

  constructor() {
    const temporary = this.form.controls.temporaryPassword;
    this.form.controls.useTemporaryPassword.valueChanges.subscribe((use) => {
      if (use) {
        temporary.setValidators([Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]);
        temporary.enable();
      } else {
        temporary.clearValidators();
        temporary.reset();
        temporary.disable();
      }
    });
  }

  protected addPerson(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: CreateUserRequest = {
      name: value.name.trim(),
      email: value.email.trim(),
      role: value.role,
      ...(value.useTemporaryPassword ? { temporaryPassword: value.temporaryPassword } : {}),
      ...(this.data.chooseAgency ? { agencyId: value.agencyId } : {}),
    };
    this.saving.set(true);
    this.error.set(null);
    this.people.create(request).subscribe({
      next: (response) => {
        this.saving.set(false);
        this.dialogRef.close({ response, usedTemporaryPassword: value.useTemporaryPassword });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.form, error);
      },
    });
  }
}
