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
import { CASE_LIMITS, type CaseAction } from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { caseActionKey } from '../../../core/case-labels';

export interface TransitionNoteDialogData {
  action: CaseAction;
  /** Text typed before a failed attempt, so it is not lost. */
  draft: string;
}

/** Asks for the note an action needs (follow-up text, reason, question); closes with the text. */
@Component({
  selector: 'sp-transition-note-dialog',
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
    <h2 mat-dialog-title>{{ actionKey | translate }}</h2>
    <mat-dialog-content>
      <form id="transition-note-form" [formGroup]="form" (ngSubmit)="submitNote()" novalidate>
        <!-- A long prompt wraps here on a phone; a floating label would be cut off. -->
        <label class="prompt" for="transition-note">
          {{ 'transitionNote.' + data.action + '.label' | translate }}
        </label>
        <mat-form-field appearance="outline">
          <textarea
            id="transition-note"
            matInput
            formControlName="note"
            rows="6"
            required
          ></textarea>
          <mat-hint>{{ 'transitionNote.' + data.action + '.hint' | translate }}</mat-hint>
          @if (form.controls.note.hasError('required') || form.controls.note.hasError('pattern')) {
            <mat-error>{{ 'common.required' | translate }}</mat-error>
          } @else if (form.controls.note.hasError('maxlength')) {
            <mat-error>{{ 'common.tooLong' | translate: { max: maxLength } }}</mat-error>
          }
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <!-- A bare mat-dialog-close would close with '' rather than undefined. -->
      <button mat-button type="button" [mat-dialog-close]="undefined">
        {{ 'common.cancel' | translate }}
      </button>
      <button mat-flat-button type="submit" form="transition-note-form">
        {{ actionKey | translate }}
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
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class TransitionNoteDialog {
  private readonly dialogRef = inject<MatDialogRef<TransitionNoteDialog, string>>(MatDialogRef);
  protected readonly data = inject<TransitionNoteDialogData>(MAT_DIALOG_DATA);
  protected readonly actionKey = caseActionKey(this.data.action);
  protected readonly maxLength = CASE_LIMITS.noteMax;

  protected readonly form = inject(NonNullableFormBuilder).group({
    // A note of only spaces is refused by the API: treat it as empty here too.
    note: [
      this.data.draft,
      [Validators.required, Validators.pattern(/\S/), Validators.maxLength(CASE_LIMITS.noteMax)],
    ],
  });

  protected submitNote(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(this.form.controls.note.value.trim());
  }
}

/** Emits the note, or undefined when the dialog was cancelled (button, Escape or backdrop). */
export function askTransitionNote(
  dialog: MatDialog,
  data: TransitionNoteDialogData,
): Observable<string | undefined> {
  return dialog
    .open<TransitionNoteDialog, TransitionNoteDialogData, string>(TransitionNoteDialog, {
      data,
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
    })
    .afterClosed();
}
