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
import type { Observable } from 'rxjs';

/** The API's limit on the message that goes with the link. */
export const LOCATION_REQUEST_MESSAGE_MAX = 1000;

export interface LocationRequestDialogData {
  /** The case is open now and will be put on hold until the reporter answers. */
  putsOnHold: boolean;
}

/** What the officer confirmed: their own message, or '' for the default one. */
export interface LocationRequestConfirmation {
  note: string;
}

/** Confirms "ask the reporter for the location", with an optional message of the officer's own. */
@Component({
  selector: 'sp-location-request-dialog',
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
    <h2 mat-dialog-title>{{ 'caseLocation.request' | translate }}</h2>
    <mat-dialog-content>
      <p>{{ 'locationRequestDialog.body' | translate }}</p>
      @if (data.putsOnHold) {
        <p class="hold">{{ 'locationRequestDialog.onHold' | translate }}</p>
      }
      <form id="location-request-form" [formGroup]="form" (ngSubmit)="confirmRequest()" novalidate>
        <label class="prompt" for="location-request-note">
          {{ 'locationRequestDialog.noteLabel' | translate }}
        </label>
        <mat-form-field appearance="outline">
          <textarea id="location-request-note" matInput formControlName="note" rows="4"></textarea>
          <mat-hint>{{ 'locationRequestDialog.noteHint' | translate }}</mat-hint>
          @if (form.controls.note.hasError('maxlength')) {
            <mat-error>{{ 'common.tooLong' | translate: { max: maxLength } }}</mat-error>
          }
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">
        {{ 'common.cancel' | translate }}
      </button>
      <button mat-flat-button type="submit" form="location-request-form">
        {{ 'locationRequestDialog.confirm' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    form {
      padding-top: 4px;
    }
    .prompt {
      display: block;
      margin-bottom: 8px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
    }
    .hold {
      font-weight: 500;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class LocationRequestDialog {
  private readonly dialogRef =
    inject<MatDialogRef<LocationRequestDialog, LocationRequestConfirmation>>(MatDialogRef);
  protected readonly data = inject<LocationRequestDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = LOCATION_REQUEST_MESSAGE_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', Validators.maxLength(LOCATION_REQUEST_MESSAGE_MAX)],
  });

  protected confirmRequest(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close({ note: this.form.controls.note.value.trim() });
  }
}

/** Emits the confirmation, or undefined when the dialog was cancelled. */
export function confirmLocationRequest(
  dialog: MatDialog,
  data: LocationRequestDialogData,
): Observable<LocationRequestConfirmation | undefined> {
  return dialog
    .open<LocationRequestDialog, LocationRequestDialogData, LocationRequestConfirmation>(
      LocationRequestDialog,
      { data, width: '560px', maxWidth: 'calc(100vw - 32px)' },
    )
    .afterClosed();
}
