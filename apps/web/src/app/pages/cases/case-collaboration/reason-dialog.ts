import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { CO_OWNERSHIP_LIMITS } from '@simpul/contracts';
import type { Observable } from 'rxjs';

export interface ReasonDialogData {
  /** Translation keys of the title, the prompt and the confirming button. */
  title: string;
  prompt: string;
  confirm: string;
  params?: Record<string, string | number>;
}

/** Asks for a reason (declining, ending a participant, resolving over open tasks). */
@Component({
  selector: 'sp-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | translate: data.params }}</h2>
    <mat-dialog-content>
      <form id="reason-form" [formGroup]="form" (ngSubmit)="submitReason()" novalidate>
        <label class="prompt" for="reason-text">{{ data.prompt | translate: data.params }}</label>
        <mat-form-field appearance="outline">
          <textarea id="reason-text" matInput formControlName="reason" rows="4" required></textarea>
          <mat-hint>{{ 'collaboration.reasonHint' | translate: { min: min } }}</mat-hint>
          @if (form.controls.reason.invalid && form.controls.reason.touched) {
            <mat-error>{{ 'collaboration.reasonHint' | translate: { min: min } }}</mat-error>
          }
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">
        {{ 'common.cancel' | translate }}
      </button>
      <button mat-flat-button type="submit" form="reason-form">
        {{ data.confirm | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    form {
      padding-top: 8px;
    }
    .prompt {
      display: block;
      margin-bottom: 8px;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly min = CO_OWNERSHIP_LIMITS.reasonMin;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [
      '',
      [
        Validators.required,
        Validators.minLength(CO_OWNERSHIP_LIMITS.reasonMin),
        Validators.maxLength(CO_OWNERSHIP_LIMITS.reasonMax),
        Validators.pattern(/\S/),
      ],
    ],
  });

  protected submitReason(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.controls.reason.value.trim());
  }
}

/** Opens the dialog; emits the reason, or undefined when cancelled. */
export function askReason(
  dialog: MatDialog,
  data: ReasonDialogData,
): Observable<string | undefined> {
  return dialog
    .open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
      data,
      width: '520px',
      maxWidth: '95vw',
    })
    .afterClosed();
}
