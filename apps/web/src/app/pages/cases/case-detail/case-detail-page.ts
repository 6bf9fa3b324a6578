import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CaseDetail, CaseReportView, RevealedIdentity } from '@simpul/contracts';
import { filter, switchMap } from 'rxjs';
import { applyServerFieldErrors, httpStatus } from '../../../core/api-error';
import { AuthService } from '../../../core/auth.service';
import { caseCategoryKey } from '../../../core/case-labels';
import { CasesService } from '../../../core/cases.service';
import { LanguageService } from '../../../core/language.service';
import { confirmAction } from '../../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { ReporterCard } from '../reporter-card/reporter-card';

@Component({
  selector: 'sp-case-detail-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
    ReporterCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-detail-page.html',
  styleUrl: './case-detail-page.scss',
})
export class CaseDetailPage {
  private readonly auth = inject(AuthService);
  private readonly casesService = inject(CasesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly categoryKey = caseCategoryKey;

  /** From the route path `/kasus/:id`. */
  readonly id = input.required<string>();

  protected readonly caseResource = rxResource({
    params: () => ({ id: this.id(), agencyId: this.auth.actingAgencyId() }),
    stream: ({ params }) => this.casesService.get(params.id),
  });
  /** Not found and not visible look the same, so nobody learns a hidden case exists. */
  protected readonly notVisible = computed(() => {
    const status = httpStatus(this.caseResource.error());
    return status === 404 || status === 403;
  });
  protected readonly detail = computed<CaseDetail | null>(() =>
    this.caseResource.hasValue() ? this.caseResource.value() : null,
  );

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.required],
  });

  protected readonly revealed = signal<Partial<Record<string, RevealedIdentity>>>({});
  protected readonly revealingReportId = signal<string | null>(null);
  protected readonly revealError = signal<unknown>(null);

  protected startEditing(detail: CaseDetail): void {
    this.form.reset({ title: detail.title, description: detail.description });
    this.saveError.set(null);
    this.editing.set(true);
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.saveError.set(null);
  }

  protected saveCase(): void {
    const detail = this.detail();
    if (!detail) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { title, description } = this.form.getRawValue();
    this.saving.set(true);
    this.saveError.set(null);
    this.casesService
      .update(detail.id, { version: detail.version, title: title.trim(), description })
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.editing.set(false);
          this.caseResource.set(updated);
          this.snackBar.open(this.translate.instant('caseDetail.saved'), undefined, {
            duration: 4000,
          });
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.saveError.set(error);
          applyServerFieldErrors(this.form, error);
          // Someone else saved first: show their version; the typed text stays in the form.
          if (httpStatus(error) === 409) this.caseResource.reload();
        },
      });
  }

  protected revealIdentity(detail: CaseDetail, report: CaseReportView): void {
    confirmAction(this.dialog, {
      title: 'caseDetail.revealConfirmTitle',
      message: 'caseDetail.revealConfirmBody',
      confirm: 'caseDetail.reveal',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.revealingReportId.set(report.id);
          this.revealError.set(null);
          return this.casesService.revealIdentity(detail.id, report.id);
        }),
      )
      .subscribe({
        next: (identity) => {
          this.revealingReportId.set(null);
          this.revealed.update((all) => ({ ...all, [report.id]: identity }));
        },
        error: (error: unknown) => {
          this.revealingReportId.set(null);
          this.revealError.set(error);
        },
      });
  }
}
