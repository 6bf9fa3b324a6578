import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  REGISTRY_IMPORT_MAX_BYTES,
  type RegistryImportError,
  type RoadRegistryVersion,
} from '@simpul/contracts';
import { Subject, switchMap, takeWhile, timer } from 'rxjs';
import { apiErrorBody } from '../../core/api-error';
import { agencyResource } from '../../core/reload-on-agency-change';
import { JurisdictionService } from '../../core/jurisdiction.service';
import { LanguageService } from '../../core/language.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { LocalizedPipe } from '../../ui/localized/localized.pipe';
import { RegistryVersionList } from './registry-version-list';

/** How often the page asks how the import job is going. */
export const IMPORT_POLL_MS = 1000;
const FINISHED: RoadRegistryVersion['status'][] = ['done', 'failed', 'cancelled'];

function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
}

/** The problems the API named per feature: its `details.errors`, else its `fields`. */
function featureErrors(error: unknown): RegistryImportError[] {
  const body = apiErrorBody(error);
  if (!body) return [];
  const listed = body.details?.['errors'];
  if (Array.isArray(listed)) return listed as RegistryImportError[];
  return (body.fields ?? []).map((f) => ({ index: -1, field: f.field, message: f.message }));
}

/**
 * Import a road network (GeoJSON FeatureCollection, or CSV with a WKT column) as a new registry
 * version: the file is checked whole first (every problem per feature, nothing stored), then a
 * background job writes it all or nothing, with progress and a cancel button.
 */
@Component({
  selector: 'sp-road-registry-import-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    RegistryVersionList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/registri-jalan">{{ 'roadRegistry.back' | translate }}</a>
    </p>
    <header class="page-header">
      <h1>{{ 'roadRegistry.importTitle' | translate }}</h1>
    </header>
    @if (permissions.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (!mayImport()) {
      <p class="hint">{{ 'roadRegistry.importNotAllowed' | translate }}</p>
    } @else {
      <p class="page-lead">{{ 'roadRegistry.importLead' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="start()" novalidate class="form">
        <div class="chooser">
          <label for="registry-file" class="label">{{ 'roadRegistry.file' | translate }}</label>
          <input
            #fileInput
            id="registry-file"
            type="file"
            accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
            (change)="choose(fileInput.files)"
          />
          <span class="hint">{{ 'roadRegistry.fileHint' | translate: { mb: maxMb } }}</span>
          @if (fileProblem(); as problem) {
            <span class="field-error" role="alert">{{ problem | translate: { mb: maxMb } }}</span>
          }
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'roadRegistry.label' | translate }}</mat-label>
          <input matInput formControlName="label" required maxlength="200" />
          <mat-hint>{{ 'roadRegistry.labelHint' | translate }}</mat-hint>
          @if (form.controls.label.invalid) {
            <mat-error>{{ 'roadRegistry.labelRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'roadRegistry.validFromLabel' | translate }}</mat-label>
          <input matInput type="date" formControlName="validFrom" required />
          <mat-hint>{{ 'roadRegistry.validFromHint' | translate }}</mat-hint>
        </mat-form-field>
        <mat-checkbox formControlName="replaceNetwork">
          {{ 'roadRegistry.replaceNetwork' | translate }}
        </mat-checkbox>
        <p class="hint">{{ 'roadRegistry.replaceNetworkHint' | translate }}</p>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="!file() || uploading() || running()">
            {{ (uploading() ? 'roadRegistry.uploading' : 'roadRegistry.start') | translate }}
          </button>
        </div>
      </form>
      @if (uploading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <sp-error-message [error]="error()" />
      @if (problems().length > 0) {
        <section class="problems" aria-labelledby="registry-problems-heading">
          <h2 id="registry-problems-heading">
            {{ 'roadRegistry.problems' | translate: { count: problems().length } }}
          </h2>
          <ul>
            @for (p of problems(); track $index) {
              <li>
                @if (p.index >= 0) {
                  {{
                    'roadRegistry.featureProblem' | translate: { n: p.index + 1, field: p.field }
                  }}
                } @else {
                  {{ 'roadRegistry.fileProblem' | translate: { field: p.field } }}
                }
                {{ p.message | localized: language() }}
              </li>
            }
          </ul>
        </section>
      }
      @if (job(); as j) {
        <section class="job" aria-live="polite" aria-labelledby="registry-job-heading">
          <h2 id="registry-job-heading">
            {{ j.label }} · {{ 'roadRegistry.statuses.' + j.status | translate }}
          </h2>
          <mat-progress-bar
            [mode]="j.status === 'queued' ? 'indeterminate' : 'determinate'"
            [value]="j.percent"
            [attr.aria-label]="'roadRegistry.progress' | translate"
          />
          <p>
            {{
              'roadRegistry.progressText'
                | translate: { done: j.doneFeatures, total: j.totalFeatures, percent: j.percent }
            }}
          </p>
          @if (j.status === 'done') {
            <p>
              {{
                'roadRegistry.doneText'
                  | translate: { segments: j.segmentCount, closed: j.closedCount }
              }}
            </p>
            <a mat-stroked-button routerLink="/registri-jalan">{{
              'roadRegistry.seeMap' | translate
            }}</a>
          } @else if (j.status === 'cancelled') {
            <p>{{ 'roadRegistry.cancelledText' | translate }}</p>
          } @else if (j.status === 'failed') {
            <p class="field-error">{{ 'roadRegistry.failedText' | translate }}</p>
          } @else {
            <button
              mat-stroked-button
              type="button"
              [disabled]="j.cancelRequested || cancelling()"
              (click)="cancel(j)"
            >
              {{
                (j.cancelRequested ? 'roadRegistry.cancelling' : 'roadRegistry.cancel') | translate
              }}
            </button>
          }
        </section>
      }
      <section aria-labelledby="registry-history-heading">
        <h2 id="registry-history-heading">{{ 'roadRegistry.versions' | translate }}</h2>
        <sp-registry-version-list [versions]="versions.hasValue() ? versions.value() : []" />
      </section>
    }
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      max-width: 560px;
    }
    .chooser {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 8px;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
    .actions {
      display: flex;
      gap: 8px;
      margin: 8px 0;
    }
    .problems li {
      color: var(--mat-sys-error);
      overflow-wrap: anywhere;
    }
    .job {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 16px 0;
    }
    .job h2,
    .problems h2 {
      margin-top: 0;
    }
  `,
})
export class RoadRegistryImportPage {
  private readonly jurisdiction = inject(JurisdictionService);
  protected readonly language = inject(LanguageService).language;
  protected readonly maxMb = REGISTRY_IMPORT_MAX_BYTES / 1024 / 1024;

  protected readonly permissions = agencyResource({
    stream: () => this.jurisdiction.permissions(),
  });
  protected readonly mayImport = computed(
    () => this.permissions.hasValue() && this.permissions.value()?.importRegistry === true,
  );
  protected readonly versions = rxResource({ stream: () => this.jurisdiction.versions() });
  protected readonly form = inject(NonNullableFormBuilder).group({
    label: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    validFrom: [today(), Validators.required],
    replaceNetwork: [false],
  });
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly uploading = signal(false);
  protected readonly cancelling = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly problems = signal<RegistryImportError[]>([]);
  protected readonly job = signal<RoadRegistryVersion | null>(null);
  protected readonly running = computed(() => {
    const job = this.job();
    return job !== null && !FINISHED.includes(job.status);
  });
  private readonly watched = new Subject<string>();

  constructor() {
    this.watched
      .pipe(
        switchMap((id) =>
          timer(IMPORT_POLL_MS, IMPORT_POLL_MS).pipe(
            switchMap(() => this.jurisdiction.version(id)),
            takeWhile((version) => !FINISHED.includes(version.status), true),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe({
        next: (version) => {
          this.job.set(version);
          if (FINISHED.includes(version.status)) {
            this.problems.set(version.errors);
            this.versions.reload();
          }
        },
        error: (error: unknown) => this.error.set(error),
      });
  }

  protected choose(files: FileList | null): void {
    const file = files?.[0] ?? null;
    this.problems.set([]);
    this.error.set(null);
    this.fileProblem.set(null);
    if (file && file.size > REGISTRY_IMPORT_MAX_BYTES) {
      this.fileProblem.set('roadRegistry.fileTooLarge');
      this.file.set(null);
      return;
    }
    this.file.set(file);
    if (file && !this.form.controls.label.value)
      this.form.controls.label.setValue(file.name.replace(/\.[^.]+$/, '').slice(0, 200));
  }

  protected start(): void {
    const file = this.file();
    this.form.markAllAsTouched();
    if (!file || this.form.invalid || this.uploading()) return;
    const { label, validFrom, replaceNetwork } = this.form.getRawValue();
    this.uploading.set(true);
    this.error.set(null);
    this.problems.set([]);
    this.job.set(null);
    this.jurisdiction.startImport(file, { label, validFrom, replaceNetwork }).subscribe({
      next: (version) => {
        this.uploading.set(false);
        this.job.set(version);
        this.versions.reload();
        this.watched.next(version.id);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.error.set(error);
        this.problems.set(featureErrors(error));
      },
    });
  }

  protected cancel(version: RoadRegistryVersion): void {
    this.cancelling.set(true);
    this.jurisdiction.cancelImport(version.id).subscribe({
      next: (updated) => {
        this.cancelling.set(false);
        this.job.set(updated);
        if (FINISHED.includes(updated.status)) this.versions.reload();
      },
      error: (error: unknown) => {
        this.cancelling.set(false);
        this.error.set(error);
      },
    });
  }
}
