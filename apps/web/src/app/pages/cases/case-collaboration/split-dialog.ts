import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
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
  CO_OWNERSHIP_LIMITS,
  HANDOFF_REASONS,
  HANDOFF_SENDER_CHOICES,
  handoffReasonFor,
  type CaseReportView,
  type HandoffReason,
  type HandoffSenderChoice,
  type SplitCaseResponse,
} from '@simpul/contracts';
import { catchError, of, type Observable } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { applyServerFieldErrors } from '../../../core/api-error';
import { CollaborationService } from '../../../core/collaboration.service';
import { RetryKeys } from '../../../core/idempotency';
import { JurisdictionService } from '../../../core/jurisdiction.service';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';

export interface SplitDialogData {
  caseId: string;
  /** The case's version the officer sees (the API refuses a stale one). */
  version: number;
  title: string;
  /** The splitting agency: the case's lead, the acting agency. */
  leadAgencyId: string;
  reports: CaseReportView[];
}

/**
 * "Pisahkan kasus": a complaint that covers segments of two owners becomes two linked cases. The
 * officer ticks the reports that go with the new case (the original keeps at least one; a
 * one-report complaint keeps its report and the new case is only linked), names who should own
 * the new case (pre-filled from the owner suggestion when it names another agency: that agency
 * gets a handoff proposal), and why.
 */
@Component({
  selector: 'sp-split-dialog',
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'collaboration.split.title' | translate }}</h2>
    <mat-dialog-content>
      <form id="split-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <p class="hint">{{ 'collaboration.split.intro' | translate }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'collaboration.split.newTitle' | translate }}</mat-label>
          <input matInput formControlName="title" required [maxlength]="titleMax" />
          <mat-error>{{
            'collaboration.split.titleError' | translate: { min: titleMin, max: titleMax }
          }}</mat-error>
        </mat-form-field>

        <p id="reports-label" class="label">{{ 'collaboration.split.reports' | translate }}</p>
        @if (data.reports.length === 1) {
          <p class="hint">{{ 'collaboration.split.oneReport' | translate }}</p>
        } @else {
          <div class="column" role="group" aria-labelledby="reports-label">
            @for (report of data.reports; track report.id; let i = $index) {
              <mat-checkbox
                [checked]="picked().includes(report.id)"
                [disabled]="!picked().includes(report.id) && picked().length >= maxMovable"
                (change)="toggle(report.id, $event.checked)"
              >
                {{ reportLabel(report, i) }}
              </mat-checkbox>
            }
          </div>
          <p class="hint">{{ 'collaboration.split.keepOne' | translate }}</p>
        }

        @if (suggestion(); as s) {
          @if (s.agencyId && s.agencyId !== data.leadAgencyId) {
            <p class="suggestion" role="note">
              {{ 'collaboration.split.suggested' | translate: { agency: s.agencyShortName } }}
              {{ language() === 'en' ? s.explanation.en : s.explanation.id }}
            </p>
          }
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'collaboration.split.target' | translate }}</mat-label>
          <mat-select formControlName="targetAgencyId">
            <mat-option value="">{{ 'collaboration.split.ourAgency' | translate }}</mat-option>
            @for (agency of otherAgencies(); track agency.id) {
              <mat-option [value]="agency.id"
                >{{ agency.shortName }} — {{ agency.name }}</mat-option
              >
            }
          </mat-select>
        </mat-form-field>

        @if (form.controls.targetAgencyId.value) {
          <p id="split-reason-label" class="label">{{ 'handoff.reason' | translate }}</p>
          <mat-radio-group
            formControlName="handoffReason"
            aria-labelledby="split-reason-label"
            class="column"
          >
            @for (reason of reasons; track reason) {
              <mat-radio-button [value]="reason">
                {{ 'handoffReasons.' + reason | translate }}
              </mat-radio-button>
            }
          </mat-radio-group>
          <p id="split-choice-label" class="label">{{ 'handoff.senderChoice' | translate }}</p>
          <mat-radio-group
            formControlName="senderChoice"
            aria-labelledby="split-choice-label"
            class="column"
          >
            @for (choice of choices; track choice) {
              <mat-radio-button [value]="choice">
                {{ 'handoff.choice.' + choice | translate }}
              </mat-radio-button>
            }
          </mat-radio-group>
        }

        <mat-form-field appearance="outline">
          <mat-label>{{ 'collaboration.split.reason' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            required
            [maxlength]="reasonMax"
          ></textarea>
          <mat-hint>{{ 'collaboration.reasonHint' | translate: { min: reasonMin } }}</mat-hint>
          <mat-error>{{ 'collaboration.reasonHint' | translate: { min: reasonMin } }}</mat-error>
        </mat-form-field>

        <p class="outcome" role="status" aria-live="polite">
          {{ outcomeKey() | translate: outcomeParams() }}
        </p>
      </form>
      @if (sending()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
      }
      <sp-error-message [error]="error()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">
        {{ 'common.cancel' | translate }}
      </button>
      <button mat-flat-button type="submit" form="split-form" [disabled]="sending()">
        {{ 'collaboration.split.submit' | translate }}
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
    .suggestion {
      margin: 8px 0 0;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .outcome {
      margin: 4px 0 0;
      padding-left: 8px;
      border-left: 4px solid var(--mat-sys-primary);
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class SplitDialog {
  protected readonly data = inject<SplitDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SplitDialog, SplitCaseResponse>>(MatDialogRef);
  private readonly service = inject(CollaborationService);
  private readonly jurisdiction = inject(JurisdictionService);
  private readonly keys = new RetryKeys();
  protected readonly language = inject(LanguageService).language;
  protected readonly reasons = HANDOFF_REASONS;
  protected readonly choices = HANDOFF_SENDER_CHOICES;
  protected readonly titleMin = CO_OWNERSHIP_LIMITS.splitTitleMin;
  protected readonly titleMax = CO_OWNERSHIP_LIMITS.splitTitleMax;
  protected readonly reasonMin = CO_OWNERSHIP_LIMITS.reasonMin;
  protected readonly reasonMax = CO_OWNERSHIP_LIMITS.reasonMax;
  /** The original case keeps at least one report. */
  protected readonly maxMovable = Math.max(0, this.data.reports.length - 1);

  private readonly agencies = toSignal(
    inject(AgenciesService)
      .list()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly otherAgencies = computed(() =>
    this.agencies().filter((a) => a.active && a.id !== this.data.leadAgencyId),
  );
  private readonly fetchedSuggestion = rxResource({
    params: () => ({ caseId: this.data.caseId }),
    stream: ({ params }) => this.jurisdiction.caseSuggestion(params.caseId),
  });
  protected readonly suggestion = computed(() =>
    this.fetchedSuggestion.hasValue() ? this.fetchedSuggestion.value() : null,
  );
  protected readonly picked = signal<string[]>([]);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      this.data.title.slice(0, CO_OWNERSHIP_LIMITS.splitTitleMax),
      [
        Validators.required,
        Validators.minLength(CO_OWNERSHIP_LIMITS.splitTitleMin),
        Validators.maxLength(CO_OWNERSHIP_LIMITS.splitTitleMax),
      ],
    ],
    targetAgencyId: '',
    handoffReason: 'road_status' as HandoffReason,
    senderChoice: 'stay_as_collaborator' as HandoffSenderChoice,
    reason: [
      '',
      [
        Validators.required,
        Validators.minLength(CO_OWNERSHIP_LIMITS.reasonMin),
        Validators.maxLength(CO_OWNERSHIP_LIMITS.reasonMax),
      ],
    ],
  });
  private readonly target = toSignal(this.form.controls.targetAgencyId.valueChanges, {
    initialValue: '',
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<unknown>(null);

  /** The one line that says what will happen. */
  protected readonly outcomeKey = computed(() => {
    const moving = this.picked().length > 0;
    if (this.target())
      return moving ? 'collaboration.split.willPropose' : 'collaboration.split.willProposeLinked';
    return moving ? 'collaboration.split.willKeep' : 'collaboration.split.willKeepLinked';
  });
  protected readonly outcomeParams = computed(() => ({
    count: this.picked().length,
    agency: this.otherAgencies().find((a) => a.id === this.target())?.shortName ?? '',
  }));

  constructor() {
    // Pre-fill once from a sure suggestion naming another agency, unless the officer already chose.
    let prefilled = false;
    effect(() => {
      const s = this.suggestion();
      const agencies = this.otherAgencies();
      if (prefilled || !s || agencies.length === 0) return;
      prefilled = true;
      const sure = s.confidence === 'high' || s.confidence === 'medium';
      if (!s.agencyId || !sure || !agencies.some((a) => a.id === s.agencyId)) return;
      const { controls } = this.form;
      if (controls.targetAgencyId.dirty) return;
      controls.targetAgencyId.setValue(s.agencyId);
      controls.handoffReason.setValue(handoffReasonFor(s) ?? 'road_status');
    });
  }

  protected reportLabel(report: CaseReportView, index: number): string {
    const who = report.reporter.name ?? '—';
    return [`#${index + 1}`, who, report.trackingId].filter(Boolean).join(' · ');
  }

  protected toggle(id: string, on: boolean): void {
    this.picked.update((ids) =>
      on
        ? [...ids.filter((x) => x !== id), id].slice(0, this.maxMovable)
        : ids.filter((x) => x !== id),
    );
  }

  protected submit(): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request = {
      version: this.data.version,
      title: value.title.trim(),
      reportIds: this.picked(),
      reason: value.reason.trim(),
      ...(value.targetAgencyId
        ? {
            targetAgencyId: value.targetAgencyId,
            handoffReason: value.handoffReason,
            senderChoice: value.senderChoice,
          }
        : {}),
    };
    this.sending.set(true);
    this.error.set(null);
    this.service.split(this.data.caseId, request, this.keys.for(request)).subscribe({
      next: (result) => {
        this.keys.done();
        this.ref.close(result);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.form, error);
      },
    });
  }
}

/** Opens the split dialog; emits the new case, or undefined when cancelled. */
export function openSplit(
  dialog: MatDialog,
  data: SplitDialogData,
): Observable<SplitCaseResponse | undefined> {
  return dialog
    .open<SplitDialog, SplitDialogData, SplitCaseResponse>(SplitDialog, {
      data,
      width: '600px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    })
    .afterClosed();
}
