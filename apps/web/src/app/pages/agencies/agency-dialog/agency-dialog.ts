import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import {
  AGENCY_KINDS,
  type AgencyDetail,
  type AgencyKind,
  type AgencySummary,
  type CreateAgencyRequest,
  type UpdateAgencyRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { applyServerFieldErrors } from '../../../core/api-error';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';

/** `full` for a superadmin; `own` for an agency's admin: names and coverage only. */
export type AgencyEditScope = 'full' | 'own';

export interface AgencyDialogData {
  /** null to create a new agency. */
  agencyId: string | null;
  agencies: AgencySummary[];
  scope: AgencyEditScope;
}

const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGENCY_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/** "35.07, 35.73" → ["35.07", "35.73"]; commas, semicolons or spaces separate the codes. */
export function parseRegencyCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

function regencyCodesValid(control: AbstractControl<string>): ValidationErrors | null {
  const invalid = parseRegencyCodes(control.value).filter((c) => !REGENCY_CODE_PATTERN.test(c));
  return invalid.length ? { regencyCodes: { invalid: invalid.join(', ') } } : null;
}

@Component({
  selector: 'sp-agency-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
    LocalizedPipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agency-dialog.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding-top: 8px;
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      > * {
        flex: 1 1 200px;
      }
    }
    .active-toggle {
      margin: 4px 0 12px;
    }
    .scope-note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AgencyDialog {
  private readonly agenciesService = inject(AgenciesService);
  private readonly dialogRef = inject<MatDialogRef<AgencyDialog, AgencyDetail>>(MatDialogRef);
  protected readonly data = inject<AgencyDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService).language;

  protected readonly kinds = AGENCY_KINDS;
  protected readonly isNew = this.data.agencyId === null;
  protected readonly limited = this.data.scope === 'own';
  /** Another agency: a parent or a coordinated agency is never the agency itself. */
  protected readonly otherAgencies = computed(() =>
    this.data.agencies.filter((agency) => agency.id !== this.data.agencyId),
  );

  protected readonly loading = signal(!this.isNew);
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', [Validators.required, Validators.pattern(CODE_PATTERN), Validators.maxLength(60)]],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    shortName: ['', [Validators.required, Validators.maxLength(60)]],
    kind: ['regency_office' as AgencyKind, Validators.required],
    parentId: ['' as string],
    regencyCodes: ['', regencyCodesValid],
    coordinatesIds: [[] as string[]],
    active: [true],
  });

  constructor() {
    if (!this.isNew) this.form.controls.code.disable();
    if (this.limited) {
      for (const name of ['kind', 'parentId', 'coordinatesIds', 'active'] as const) {
        this.form.controls[name].disable();
      }
    }
    if (this.data.agencyId) this.loadAgency(this.data.agencyId);
  }

  protected saveAgency(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.request().subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.form, error);
      },
    });
  }

  private request(): Observable<AgencyDetail> {
    const value = this.form.getRawValue();
    const names = {
      name: value.name.trim(),
      shortName: value.shortName.trim(),
      regencyCodes: parseRegencyCodes(value.regencyCodes),
    };
    if (this.data.agencyId && this.limited) {
      return this.agenciesService.update(this.data.agencyId, names);
    }
    const full = {
      ...names,
      kind: value.kind,
      parentId: value.parentId || null,
      coordinatesIds: value.coordinatesIds,
    };
    if (this.data.agencyId) {
      const update: UpdateAgencyRequest = { ...full, active: value.active };
      return this.agenciesService.update(this.data.agencyId, update);
    }
    const create: CreateAgencyRequest = { ...full, code: value.code.trim() };
    return this.agenciesService.create(create);
  }

  private loadAgency(id: string): void {
    this.agenciesService.get(id).subscribe({
      next: (agency) => {
        this.form.patchValue({
          code: agency.code,
          name: agency.name,
          shortName: agency.shortName,
          kind: agency.kind,
          parentId: agency.parentId ?? '',
          regencyCodes: agency.regencyCodes.join(', '),
          coordinatesIds: agency.coordinatesIds,
          active: agency.active,
        });
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(error);
      },
    });
  }
}
