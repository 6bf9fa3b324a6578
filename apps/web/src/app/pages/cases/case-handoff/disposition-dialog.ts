import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
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
  handoffReasonFor,
  type CaseAttachment,
  type DispositionResult,
  type DispositionTarget,
  type HandoffReason,
  type HandoffSenderChoice,
  type OwnerCandidate,
  type OwnerSuggestion,
} from '@simpul/contracts';
import { catchError, of, type Observable } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { AttachmentsService } from '../../../core/attachments.service';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { HandoffsService } from '../../../core/handoffs.service';
import { JurisdictionService } from '../../../core/jurisdiction.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { OwnerSuggestionPanel } from '../../../ui/owner-suggestion-panel/owner-suggestion-panel';

export interface DispositionDialogData {
  caseId: string;
  /** The case's lead agency (the acting agency): its units are its child agencies. */
  leadAgencyId: string;
  /** `agency` opens the handoff proposal directly ("Limpahkan ke instansi lain"). */
  target: DispositionTarget;
  /**
   * The owner suggestion, to pre-fill the target and send as evidence; null: the dialog asks the
   * API for the case's suggestion itself.
   */
  suggestion: OwnerSuggestion | null;
}

/** Photos of the case a proposal can carry as evidence (the API takes at most 20). */
const MAX_EVIDENCE = 20;

/**
 * Disposition names its target: a unit of the agency, its officers, or another agency (a handoff
 * proposal with reason, note, evidence and whether we stay or leave once accepted).
 */
@Component({
  selector: 'sp-disposition-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    OwnerSuggestionPanel,
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
            <section class="suggestion" [attr.aria-label]="'handoff.suggestionTitle' | translate">
              <p class="label">{{ 'handoff.suggestionTitle' | translate }}</p>
              @if (suggestion(); as s) {
                <sp-owner-suggestion-panel
                  [suggestion]="s"
                  [selectable]="true"
                  [excludeAgencyId]="data.leadAgencyId"
                  (agencyChosen)="chooseCandidate($event)"
                />
              } @else if (fetchedSuggestion.isLoading()) {
                <mat-progress-bar
                  mode="indeterminate"
                  [attr.aria-label]="'common.loading' | translate"
                />
              }
            </section>
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
                (suggestion()?.agencyId ? 'handoff.suggestionEvidence' : 'handoff.noSuggestion')
                  | translate
              }}
            </p>
            <p id="photos-label" class="label">{{ 'handoff.attachments' | translate }}</p>
            @if (photos().length === 0) {
              <p class="hint">{{ 'handoff.noPhotos' | translate }}</p>
            } @else {
              <div class="column" role="group" aria-labelledby="photos-label">
                @for (photo of photos(); track photo.id) {
                  <mat-checkbox
                    [checked]="picked().includes(photo.id)"
                    [disabled]="!picked().includes(photo.id) && picked().length >= maxEvidence"
                    (change)="togglePhoto(photo.id, $event.checked)"
                  >
                    {{ photo.caption || photo.fileName }}
                    <span class="meta">
                      ({{
                        photo.uploaderAgency?.shortName ?? ('handoff.reporterPhoto' | translate)
                      }})
                    </span>
                  </mat-checkbox>
                }
              </div>
            }
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
    .suggestion {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
    }
    .suggestion .label {
      margin-top: 0;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DispositionDialog {
  protected readonly data = inject<DispositionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DispositionDialog, DispositionResult>>(MatDialogRef);
  private readonly handoffs = inject(HandoffsService);
  private readonly attachmentsApi = inject(AttachmentsService);
  private readonly jurisdiction = inject(JurisdictionService);
  protected readonly maxEvidence = MAX_EVIDENCE;
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
  /** The case's owner suggestion, unless the caller brought one. */
  protected readonly fetchedSuggestion = rxResource({
    params: () => (this.data.suggestion ? undefined : { caseId: this.data.caseId }),
    stream: ({ params }) => this.jurisdiction.caseSuggestion(params.caseId),
  });
  protected readonly suggestion = computed<OwnerSuggestion | null>(
    () =>
      this.data.suggestion ??
      (this.fetchedSuggestion.hasValue() ? this.fetchedSuggestion.value() : null),
  );
  /** Photos of the case, to send with a proposal. */
  private readonly attachments = rxResource({
    params: () => ({ caseId: this.data.caseId }),
    stream: ({ params }) => this.attachmentsApi.list(params.caseId),
  });
  protected readonly photos = computed<CaseAttachment[]>(() =>
    this.attachments.hasValue()
      ? this.attachments.value().items.filter((a) => a.kind === 'image')
      : [],
  );
  protected readonly picked = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    target: this.data.target,
    agencyId: '',
    userIds: [[] as string[]],
    reason: 'other' as HandoffReason,
    senderChoice: 'stay_as_collaborator' as HandoffSenderChoice,
    note: '',
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<unknown>(null);

  constructor() {
    // Pre-fill once from a sure suggestion, unless the officer already chose: a unit of ours is
    // disposed to directly, another agency gets a proposal with the suggestion's reason.
    let prefilled = false;
    effect(() => {
      const s = this.suggestion();
      const agencies = this.agencies();
      if (prefilled || !s || agencies.length === 0) return;
      prefilled = true;
      const target = s.agencyId;
      const sure = s.confidence === 'high' || s.confidence === 'medium';
      if (!target || !sure || target === this.data.leadAgencyId) return;
      const { controls } = this.form;
      if (this.form.dirty) return;
      const isUnit = this.units().some((u) => u.id === target);
      if (this.data.target === 'agency' && isUnit) return;
      controls.target.setValue(isUnit ? 'unit' : 'agency');
      controls.agencyId.setValue(target);
      controls.reason.setValue(handoffReasonFor(s) ?? 'other');
    });
  }

  /** A candidate picked in the suggestion panel (e.g. one of two owners at a junction). */
  protected chooseCandidate(candidate: OwnerCandidate): void {
    const { controls } = this.form;
    controls.agencyId.setValue(candidate.agencyId);
    controls.agencyId.markAsDirty();
    const s = this.suggestion();
    if (s) controls.reason.setValue(handoffReasonFor(s) ?? controls.reason.value);
  }

  protected togglePhoto(id: string, on: boolean): void {
    this.picked.update((ids) =>
      on
        ? [...ids.filter((x) => x !== id), id].slice(0, MAX_EVIDENCE)
        : ids.filter((x) => x !== id),
    );
  }

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
              suggestion: this.suggestion(),
              ...(this.picked().length > 0 ? { attachmentIds: this.picked() } : {}),
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
