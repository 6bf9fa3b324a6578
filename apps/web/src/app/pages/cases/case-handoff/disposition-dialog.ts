import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  HANDOFF_REASONS,
  HANDOFF_SENDER_CHOICES,
  type DispositionResult,
  type DispositionTarget,
  type HandoffReason,
  type HandoffSenderChoice,
  type OwnerSuggestion,
} from '@simpul/contracts';
import { catchError, of, type Observable } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { HandoffsService } from '../../../core/handoffs.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';

export interface DispositionDialogData {
  caseId: string;
  /** The case's lead agency (the acting agency): its units are its child agencies. */
  leadAgencyId: string;
  /** `agency` opens the handoff proposal directly ("Limpahkan ke instansi lain"). */
  target: DispositionTarget;
  /** The owner suggestion, to pre-fill the receiving agency and send as evidence. */
  suggestion: OwnerSuggestion | null;
}

/**
 * Disposition names its target: a unit of the agency, its officers, or another agency (a handoff
 * proposal with reason, note, evidence and whether we stay or leave once accepted).
 */
@Component({
  selector: 'sp-disposition-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (data.target === 'agency' ? 'handoff.dialogTitle' : 'disposition.title') | translate }}
    </h2>
    <mat-dialog-content>
      <form id="disposition-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        @if (data.target !== 'agency') {
          <p id="target-label" class="label">{{ 'disposition.target' | translate }}</p>
          <mat-radio-group formControlName="target" aria-labelledby="target-label" class="column">
            @for (target of targets; track target) {
              <mat-radio-button [value]="target">
                {{ 'disposition.targets.' + target | translate }}
              </mat-radio-button>
            }
          </mat-radio-group>
        }
        @switch (form.controls.target.value) {
          @case ('unit') {
            @if (units().length === 0) {
              <p class="hint">{{ 'disposition.noUnits' | translate }}</p>
            } @else {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'disposition.unit' | translate }}</mat-label>
                <mat-select formControlName="agencyId" required>
                  @for (unit of units(); track unit.id) {
                    <mat-option [value]="unit.id"
                      >{{ unit.shortName }} — {{ unit.name }}</mat-option
                    >
                  }
                </mat-select>
              </mat-form-field>
            }
          }
          @case ('officers') {
            @if (officers().length === 0) {
              <p class="hint">{{ 'disposition.noOfficers' | translate }}</p>
            } @else {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'disposition.officers' | translate }}</mat-label>
                <mat-select formControlName="userIds" multiple required>
                  @for (officer of officers(); track officer.userId) {
                    <mat-option [value]="officer.userId">
                      {{ officer.name }} ({{ officer.openCases }})
                    </mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
          }
          @case ('agency') {
            @if (suggested(); as suggestion) {
              <p class="hint">
                {{ 'disposition.suggested' | translate: { agency: suggestion.agencyShortName } }}
              </p>
            }
            <mat-form-field appearance="outline">
              <mat-label>{{ 'handoff.toAgency' | translate }}</mat-label>
              <mat-select formControlName="agencyId" required>
                @for (agency of otherAgencies(); track agency.id) {
                  <mat-option [value]="agency.id"
                    >{{ agency.shortName }} — {{ agency.name }}</mat-option
                  >
                }
              </mat-select>
              <mat-hint>{{ 'handoff.toAgencyHint' | translate }}</mat-hint>
            </mat-form-field>
            <p id="reason-label" class="label">{{ 'handoff.reason' | translate }}</p>
            <mat-radio-group formControlName="reason" aria-labelledby="reason-label" class="column">
              @for (reason of reasons; track reason) {
                <mat-radio-button [value]="reason">
                  {{ 'handoffReasons.' + reason | translate }}
                </mat-radio-button>
              }
            </mat-radio-group>
            <p class="hint">
              {{
                (data.suggestion ? 'handoff.suggestionEvidence' : 'handoff.noSuggestion')
                  | translate
              }}
            </p>
            <p id="choice-label" class="label">{{ 'handoff.senderChoice' | translate }}</p>
            <mat-radio-group
              formControlName="senderChoice"
              aria-labelledby="choice-label"
              class="column"
            >
              @for (choice of choices; track choice) {
                <mat-radio-button [value]="choice">
                  {{ 'handoff.choice.' + choice | translate }}
                </mat-radio-button>
              }
            </mat-radio-group>
          }
        }
        <mat-form-field appearance="outline">
          <mat-label>{{
            (form.controls.target.value === 'agency' ? 'handoff.note' : 'disposition.note')
              | translate
          }}</mat-label>
          <textarea matInput formControlName="note" rows="3" maxlength="2000"></textarea>
        </mat-form-field>
      </form>
      @if (sending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
      }
      <sp-error-message [error]="error()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">
        {{ 'handoff.cancel' | translate }}
      </button>
      <button mat-flat-button type="submit" form="disposition-form" [disabled]="sending()">
        {{
          (form.controls.target.value === 'agency' ? 'handoff.submit' : 'disposition.submit')
            | translate
        }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding-top: 8px;
      max-width: 560px;
    }
    .column {
      display: flex;
      flex-direction: column;
    }
    .label {
      margin: 8px 0 0;
      font-weight: 500;
    }
    .hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class DispositionDialog {
  protected readonly data = inject<DispositionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DispositionDialog, DispositionResult>>(MatDialogRef);
  private readonly handoffs = inject(HandoffsService);
  protected readonly targets = ['unit', 'officers', 'agency'] as const;
  protected readonly reasons = HANDOFF_REASONS;
  protected readonly choices = HANDOFF_SENDER_CHOICES;

  private readonly agencies = toSignal(
    inject(AgenciesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly officers = toSignal(
    inject(CaseWorkspaceService)
      .workload()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly units = computed(() =>
    this.agencies().filter((a) => a.active && a.parentId === this.data.leadAgencyId),
  );
  protected readonly otherAgencies = computed(() =>
    this.agencies().filter((a) => a.active && a.id !== this.data.leadAgencyId),
  );
  protected readonly suggested = computed(() => {
    const suggestion = this.data.suggestion;
    return suggestion?.agencyId && suggestion.agencyId !== this.data.leadAgencyId
      ? suggestion
      : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    target: this.data.target,
    agencyId: this.suggested()?.agencyId ?? '',
    userIds: [[] as string[]],
    reason: (this.data.suggestion?.roadStatus ? 'road_status' : 'category') as HandoffReason,
    senderChoice: 'stay_as_collaborator' as HandoffSenderChoice,
    note: '',
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<unknown>(null);

  protected submit(): void {
    if (this.sending()) return;
    const value = this.form.getRawValue();
    const note = value.note.trim() || undefined;
    this.sending.set(true);
    this.error.set(null);
    this.handoffs
      .dispose(this.data.caseId, {
        target: value.target,
        ...(value.target === 'officers'
          ? { userIds: value.userIds }
          : { agencyId: value.agencyId }),
        ...(value.target === 'agency'
          ? {
              reason: value.reason,
              senderChoice: value.senderChoice,
              suggestion: this.data.suggestion,
            }
          : {}),
        ...(note ? { note } : {}),
      })
      .subscribe({
        next: (result) => this.ref.close(result),
        error: (error: unknown) => {
          this.sending.set(false);
          this.error.set(error);
        },
      });
  }
}

/** Opens the disposition (or handoff) dialog; emits the result, or undefined when cancelled. */
export function openDisposition(
  dialog: MatDialog,
  data: DispositionDialogData,
): Observable<DispositionResult | undefined> {
  return dialog
    .open<DispositionDialog, DispositionDialogData, DispositionResult>(DispositionDialog, {
      data,
      width: '600px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    })
    .afterClosed();
}
