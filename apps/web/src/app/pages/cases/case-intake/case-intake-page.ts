import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_LIMITS,
  CASE_PRIORITIES,
  DUPLICATE_PROBE_LIMITS,
  LANDMARK_MAX_CHARS,
  NIK_PATTERN,
  TRACKING_ID_PATTERN,
  type CaseCategory,
  type CaseChannel,
  type CaseClassification,
  type CasePriority,
  type CreateCaseRequest,
  type DuplicateCandidatesRequest,
  type NewReporter,
  type PlaceBounds,
  type PlaceCandidate,
} from '@simpul/contracts';
import { catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import { AreasService } from '../../../core/areas.service';
import { LocationMap, type PointProblem } from '../../../ui/location-map/location-map';
import type { LatLng } from '../../../ui/location-map/coordinates';
import { apiErrorBody, applyServerFieldErrors } from '../../../core/api-error';
import { AuthService } from '../../../core/auth.service';
import { caseCategoryKey } from '../../../core/case-labels';
import { CasesService } from '../../../core/cases.service';
import { RetryKeys } from '../../../core/idempotency';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { todayWib } from '../../../ui/wib-date/wib-date.pipe';
import { DuplicateSuggestions } from '../duplicate-suggestions/duplicate-suggestions';

/** Form controls in page order, named like the API's `fields[]`; the first invalid one gets focus. */
const FIELD_ORDER = [
  'title',
  'description',
  'classification',
  'channel',
  'category',
  'priority',
  'incidentDate',
  'locationText',
  'landmark',
  'trackingId',
  'reporter.name',
  'reporter.contact',
  'reporter.nik',
] as const;

/** Digits only (spaces ignored, as people write NIKs in groups); empty is fine. */
function digits(pattern: RegExp): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = stripSpaces(control.value);
    return value === '' || pattern.test(value) ? null : { digits: true };
  };
}

/** How long typing pauses before the place finder is asked. */
export const PLACE_DEBOUNCE_MS = 400;

/** "Desa Sumberpucung, Kec. Sumberpucung, Kabupaten Malang": the place and what holds it. */
export function placeLabel(place: PlaceCandidate): string {
  return [
    place.villageName && `Desa/Kel. ${place.villageName}`,
    place.districtName && `Kec. ${place.districtName}`,
    place.regencyName,
  ]
    .filter(Boolean)
    .join(', ');
}

function stripSpaces(value: string): string {
  return value.replace(/\s+/g, '');
}

/** `{ [key]: value }` for a filled-in optional text, nothing for a blank one. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

/** A typed field for the duplicate check, cut at the check's limit (pasted text can be long). */
function probeField<K extends keyof typeof DUPLICATE_PROBE_LIMITS>(
  key: K,
  value: string,
): Partial<Record<K, string>> {
  return optional(key, value.trim().slice(0, DUPLICATE_PROBE_LIMITS[key]));
}

@Component({
  selector: 'sp-case-intake-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    DuplicateSuggestions,
    LocationMap,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-intake-page.html',
  styleUrl: './case-intake-page.scss',
})
export class CaseIntakePage {
  private readonly auth = inject(AuthService);
  private readonly casesService = inject(CasesService);
  private readonly areas = inject(AreasService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService).language;

  protected readonly agency = this.auth.actingMembership;
  protected readonly canRecord = this.auth.canRecordComplaints;
  protected readonly limits = CASE_LIMITS;
  protected readonly landmarkMax = LANDMARK_MAX_CHARS;
  protected readonly classifications = CASE_CLASSIFICATIONS;
  protected readonly channels = CASE_CHANNELS;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly priorities = CASE_PRIORITIES;
  protected readonly categoryKey = caseCategoryKey;
  protected readonly today = todayWib();

  protected readonly saving = signal(false);
  /** Sending the same complaint again after a failure cannot record it twice. */
  private readonly retryKeys = new RetryKeys();
  protected readonly saveError = signal<unknown>(null);

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: [
      '',
      [
        Validators.required,
        Validators.minLength(CASE_LIMITS.titleMin),
        Validators.maxLength(CASE_LIMITS.titleMax),
      ],
    ],
    description: ['', [Validators.required, Validators.maxLength(CASE_LIMITS.descriptionMax)]],
    classification: ['pengaduan' as CaseClassification, Validators.required],
    channel: ['whatsapp' as CaseChannel, Validators.required],
    // No default: the officer must choose, or every complaint would land in one category.
    category: ['' as CaseCategory | '', Validators.required],
    priority: ['normal' as CasePriority, Validators.required],
    incidentDate: [''],
    locationText: ['', Validators.maxLength(CASE_LIMITS.locationMax)],
    landmark: ['', Validators.maxLength(LANDMARK_MAX_CHARS)],
    trackingId: ['', digits(TRACKING_ID_PATTERN)],
    reporter: this.fb.group({
      name: ['', Validators.maxLength(CASE_LIMITS.reporterMax)],
      contact: ['', Validators.maxLength(CASE_LIMITS.reporterMax)],
      nik: ['', digits(NIK_PATTERN)],
      anonymous: [false],
      confidential: [false],
    }),
  });

  private readonly formValue = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  /** What the duplicate suggestions compare with, as the officer types (they debounce it). */
  protected readonly duplicateProbe = computed<DuplicateCandidatesRequest | null>(() => {
    const value = this.formValue();
    const point = this.chosenPoint();
    if (!value.category) return null;
    return {
      category: value.category,
      ...probeField('title', value.title ?? ''),
      ...probeField('description', value.description ?? ''),
      ...probeField('locationText', value.locationText ?? ''),
      // With the pin, a case far away is no duplicate however alike the titles read.
      ...(point ? { lat: point.lat, lng: point.lng } : {}),
    };
  });

  /** The complaint's words the place finder reads: location first, then title and chronology. */
  private readonly placeText = computed(() => {
    const value = this.formValue();
    return [value.locationText, value.title, value.description]
      .map((text) => (text ?? '').trim())
      .filter(Boolean)
      .join('. ');
  });
  /** Places the words name, as the officer types (debounced; a failure just shows none). */
  protected readonly placeSuggestions = toSignal(
    toObservable(this.placeText).pipe(
      debounceTime(PLACE_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((text) =>
        text.length < 3
          ? of([])
          : this.areas.suggestPlaces(text).pipe(catchError(() => of([] as PlaceCandidate[]))),
      ),
    ),
    { initialValue: [] as PlaceCandidate[] },
  );
  /** The place the officer confirmed: the case gets its area (confidence `area`, by staff). */
  protected readonly chosenPlace = signal<PlaceCandidate | null>(null);
  /** The chosen place stays offered even when the words no longer name it. */
  protected readonly placeOptions = computed(() => {
    const chosen = this.chosenPlace();
    const suggested = this.placeSuggestions().slice(0, 3);
    return chosen && !suggested.some((p) => p.code === chosen.code)
      ? [chosen, ...suggested]
      : suggested;
  });
  /** The pin dropped on the map (or typed coordinates): the case's point, `pinned`. */
  protected readonly chosenPoint = signal<LatLng | null>(null);
  /** Why the typed point is not taken (outside Indonesia, swapped, half typed): saving waits. */
  protected readonly pointProblem = signal<PointProblem | null>(null);
  /** The chosen place's box on the map (from its registered roads); the map moves there. */
  protected readonly mapFocus = signal<PlaceBounds | null>(null);
  /** The chosen place could not be shown: no registered road lies there. */
  protected readonly placeNotOnMap = signal<PlaceCandidate | null>(null);
  /** The submit was refused because of the point: the message under the map says so. */
  protected readonly pointRefused = signal(false);
  /** Off for a moment to clear the map's own pin. */
  protected readonly mapShown = signal(true);
  protected readonly placeLabel = placeLabel;

  /** Choosing a place moves and zooms the map to it (as far as its registered roads tell). */
  protected togglePlace(place: PlaceCandidate): void {
    const chosen = this.chosenPlace()?.code === place.code ? null : place;
    this.chosenPlace.set(chosen);
    this.placeNotOnMap.set(null);
    this.mapFocus.set(null);
    if (!chosen) return;
    this.areas.placeBounds(chosen.code).subscribe({
      next: ({ bounds }) => {
        if (this.chosenPlace()?.code !== chosen.code) return;
        this.mapFocus.set(bounds);
        this.placeNotOnMap.set(bounds ? null : chosen);
      },
      error: () => this.placeNotOnMap.set(chosen),
    });
  }

  protected pointProblemChanged(problem: PointProblem | null): void {
    this.pointProblem.set(problem);
    if (!problem) this.pointRefused.set(false);
  }

  protected clearPoint(): void {
    this.chosenPoint.set(null);
    this.pointProblem.set(null);
    this.pointRefused.set(false);
    this.mapShown.set(false);
    setTimeout(() => this.mapShown.set(true));
  }

  /** `reporter.nik` → `intake-reporter-nik`, the id of the field's input. */
  protected fieldId(path: (typeof FIELD_ORDER)[number]): string {
    return `intake-${path.replace('.', '-')}`;
  }

  protected recordComplaint(): void {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    // A point outside Indonesia, swapped or half typed is caught here, before anything is saved:
    // the case is never recorded without the point the officer meant to give it.
    if (this.pointProblem()) {
      this.pointRefused.set(true);
      this.document.querySelector<HTMLInputElement>('.intake-map input')?.focus();
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    const request = this.buildRequest();
    this.casesService.create(request, this.retryKeys.for(request)).subscribe({
      next: (created) => {
        // The case, its point and its place were saved together: one request, one answer.
        this.retryKeys.done();
        this.saving.set(false);
        this.snackBar.open(
          this.translate.instant('caseIntake.created', { number: created.number }),
          undefined,
          { duration: 5000 },
        );
        void this.router.navigate(['/kasus', created.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(error);
        applyServerFieldErrors(this.form, error);
        this.markDuplicateTrackingId(error);
        this.focusFirstInvalidField();
      },
    });
  }

  /** The whole complaint with its point and confirmed place: saved in one request. */
  private buildRequest(): CreateCaseRequest {
    const value = this.form.getRawValue();
    const point = this.chosenPoint();
    const place = this.chosenPlace();
    const reporter: NewReporter = {
      ...optional('name', value.reporter.name),
      ...optional('contact', value.reporter.contact),
      ...optional('nik', stripSpaces(value.reporter.nik)),
      anonymous: value.reporter.anonymous,
      confidential: value.reporter.confidential,
    };
    return {
      title: value.title.trim(),
      description: value.description.trim(),
      classification: value.classification,
      channel: value.channel,
      category: value.category as CaseCategory, // required: never '' once the form is valid
      priority: value.priority,
      ...optional('incidentDate', value.incidentDate),
      ...optional('locationText', value.locationText),
      ...optional('landmark', value.landmark),
      ...(point ? { point: { lat: point.lat, lng: point.lng } } : {}),
      ...(place
        ? {
            regencyCode: place.regencyCode,
            ...(place.districtCode ? { districtCode: place.districtCode } : {}),
            ...(place.villageCode ? { villageCode: place.villageCode } : {}),
          }
        : {}),
      ...optional('trackingId', stripSpaces(value.trackingId)),
      reporter,
    };
  }

  /** The API names the field in `fields[]`; this covers a 409 that arrives without it. */
  private markDuplicateTrackingId(error: unknown): void {
    const body = apiErrorBody(error);
    const trackingId = this.form.controls.trackingId;
    if (body?.code !== 'DUPLICATE_TRACKING_ID' || trackingId.hasError('server')) return;
    trackingId.setErrors({ ...(trackingId.errors ?? {}), server: body.message });
    trackingId.markAsTouched();
  }

  private focusFirstInvalidField(): void {
    const path = FIELD_ORDER.find((field) => this.form.get(field)?.invalid);
    if (!path) return;
    this.document.getElementById(this.fieldId(path))?.focus();
  }
}
