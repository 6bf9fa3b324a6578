import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CASE_CATEGORIES,
  CASE_CLASSIFICATIONS,
  CASE_LIMITS,
  CASE_PRIORITIES,
  type CaseCategory,
  type CaseClassification,
  type CaseDetail,
  type CaseFieldConflictDetails,
  type CasePriority,
  type PresenceMember,
  type UpdateCaseRequest,
} from '@simpul/contracts';
import { apiErrorBody, applyServerFieldErrors } from '../../../core/api-error';
import { caseCategoryKey } from '../../../core/case-labels';
import { CasesService } from '../../../core/cases.service';
import { LanguageService } from '../../../core/language.service';
import { RealtimeService } from '../../../core/realtime.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import {
  FACT_FIELDS,
  FactsDraft,
  isFactField,
  type FactField,
  type FactValues,
  type TheirChange,
} from './facts-draft';

/** The label key of each fact, as the form and the conflict choice name it. */
const FIELD_LABELS: Record<FactField, string> = {
  title: 'caseDetail.fieldTitle',
  description: 'caseDetail.fieldDescription',
  category: 'caseDetail.category',
  classification: 'caseDetail.classification',
  priority: 'caseDetail.priority',
  incidentDate: 'caseDetail.incidentDate',
};

/** The details of a 409 FIELD_CONFLICT, when the answer is one. */
function fieldConflictDetails(error: unknown): CaseFieldConflictDetails | null {
  const body = apiErrorBody(error);
  if (body?.code !== 'FIELD_CONFLICT' || !body.details) return null;
  const { version, conflicts, current } = body.details as Partial<CaseFieldConflictDetails>;
  if (typeof version !== 'number' || !Array.isArray(conflicts) || !current) return null;
  return { version, conflicts, current };
}

/**
 * "Ubah fakta kasus". The form remembers the case version it was opened on and sends only the
 * fields the person changed, with that version as `baseVersion`. Others' live changes fill the
 * fields the person left alone; a field they changed keeps their value, and when someone else
 * changed it too (live, or the API's 409) both values are shown with who set theirs, for the
 * person to choose before saving again. A field someone else is editing (soft lock) is read-only
 * here, with their name and a way to take it over.
 */
@Component({
  selector: 'sp-case-facts-form',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-facts-form.html',
  styleUrl: './case-facts-form.scss',
})
export class CaseFactsForm {
  private readonly casesService = inject(CasesService);
  private readonly realtime = inject(RealtimeService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly categoryKey = caseCategoryKey;
  protected readonly titleLimits = { min: CASE_LIMITS.titleMin, max: CASE_LIMITS.titleMax };
  protected readonly categories = CASE_CATEGORIES;
  protected readonly classifications = CASE_CLASSIFICATIONS;
  protected readonly priorities = CASE_PRIORITIES;

  /** The case as it is now (live). */
  readonly detail = input.required<CaseDetail>();
  /** The others in the case room (the signed-in person is not among them). */
  readonly members = input<PresenceMember[]>([]);
  /** Saved: the case as the API answered. */
  readonly saved = output<CaseDetail>();
  /** A conflict brought the case as it is now. */
  readonly refreshed = output<CaseDetail>();
  readonly closed = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      '',
      [
        Validators.required,
        Validators.minLength(CASE_LIMITS.titleMin),
        Validators.maxLength(CASE_LIMITS.titleMax),
      ],
    ],
    description: ['', [Validators.required, Validators.maxLength(CASE_LIMITS.descriptionMax)]],
    category: ['' as string, Validators.required],
    classification: ['' as string, Validators.required],
    priority: ['' as string, Validators.required],
    incidentDate: [''],
  });

  private draft: FactsDraft | null = null;
  /** Fields with someone else's newer value, waiting for the person's choice. */
  protected readonly conflicts = signal<ReadonlyMap<FactField, TheirChange>>(new Map());
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);

  /** Who holds each field's soft lock, among the others. */
  protected readonly lockedBy = computed(() => {
    const locks = new Map<FactField, PresenceMember>();
    for (const member of this.members()) {
      if (member.editingField && isFactField(member.editingField))
        locks.set(member.editingField, member);
    }
    return locks;
  });

  constructor() {
    effect(() => {
      const detail = this.detail();
      untracked(() => this.arrive(detail));
    });
    // A field someone else is editing is read-only here until they release it or it is taken over.
    effect(() => {
      const locks = this.lockedBy();
      untracked(() => {
        for (const field of FACT_FIELDS) {
          const control = this.form.controls[field];
          if (locks.has(field) && control.enabled) control.disable({ emitEvent: false });
          else if (!locks.has(field) && control.disabled) control.enable({ emitEvent: false });
        }
      });
    });
  }

  /** The form's values as the API holds them. */
  private mine(): FactValues {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      description: value.description,
      category: value.category,
      classification: value.classification,
      priority: value.priority,
      incidentDate: value.incidentDate || null,
    };
  }

  private setControl(field: FactField, value: string | null): void {
    this.form.controls[field].setValue(value ?? '');
  }

  private arrive(detail: CaseDetail): void {
    if (!this.draft) {
      this.draft = new FactsDraft(detail);
      for (const field of FACT_FIELDS) this.setControl(field, this.draft.baseValue(field));
      return;
    }
    if (this.draft.arrive(detail, this.mine(), (field, value) => this.setControl(field, value)))
      this.conflicts.set(new Map(this.draft.conflicts));
  }

  /** Soft lock: the others see that this person edits the field. */
  protected claim(field: FactField): void {
    this.realtime.lockField(this.detail().id, field);
  }

  protected takeOver(field: FactField): void {
    this.realtime.lockField(this.detail().id, field, true);
  }

  protected labelKey(field: FactField): string {
    return FIELD_LABELS[field];
  }

  /** How a value reads in the choice: options by their label, an empty one as "not set". */
  protected shown(field: FactField, value: string | null): string {
    if (value === null || value === '') return this.translate.instant('common.notSet');
    if (field === 'category') return this.translate.instant(caseCategoryKey(value));
    if (field === 'classification') return this.translate.instant(`classifications.${value}`);
    if (field === 'priority') return this.translate.instant(`casePriorities.${value}`);
    return value;
  }

  protected mineOf(field: FactField): string | null {
    return this.mine()[field];
  }

  /** Keeps the person's value (`mine`) or takes the other one (`theirs`) for a field. */
  protected choose(field: FactField, choice: 'mine' | 'theirs'): void {
    const draft = this.draft;
    if (!draft) return;
    const change = draft.choose(field);
    if (change && choice === 'theirs') this.setControl(field, change.value);
    this.conflicts.set(new Map(draft.conflicts));
  }

  protected saveFacts(): void {
    const draft = this.draft;
    if (!draft || this.saving() || this.conflicts().size > 0) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const mine = this.mine();
    const changed = new Set(draft.changed(mine));
    if (changed.size === 0) {
      this.close();
      return;
    }
    const request: UpdateCaseRequest = {
      baseVersion: draft.version,
      ...(changed.has('title') ? { title: mine.title ?? '' } : {}),
      ...(changed.has('description') ? { description: mine.description ?? '' } : {}),
      ...(changed.has('category') ? { category: mine.category as CaseCategory } : {}),
      ...(changed.has('classification')
        ? { classification: mine.classification as CaseClassification }
        : {}),
      ...(changed.has('priority') ? { priority: mine.priority as CasePriority } : {}),
      ...(changed.has('incidentDate') ? { incidentDate: mine.incidentDate } : {}),
    };
    const caseId = this.detail().id;
    this.saving.set(true);
    this.saveError.set(null);
    this.casesService.update(caseId, request).subscribe({
      next: (updated) => {
        this.saving.set(false);
        draft.rebase(updated);
        this.realtime.lockField(caseId, null);
        this.saved.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const conflict = fieldConflictDetails(error);
        if (!conflict) {
          this.saveError.set(error);
          applyServerFieldErrors(this.form, error);
          return;
        }
        // Someone else changed a field this edit changes: show both, let the person choose.
        draft.arrive(conflict.current, this.mine(), (field, value) =>
          this.setControl(field, value),
        );
        draft.seen(conflict.version);
        for (const field of conflict.conflicts) {
          if (!isFactField(field.field)) continue;
          draft.name(field.field, {
            value: field.current,
            name: field.changedBy.name,
            agency: field.changedBy.agencyShortName,
            at: field.changedAt,
          });
        }
        this.conflicts.set(new Map(draft.conflicts));
        this.refreshed.emit(conflict.current);
      },
    });
  }

  protected close(): void {
    this.realtime.lockField(this.detail().id, null);
    this.closed.emit();
  }
}
