import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { LocationAnswerRequest } from '@simpul/contracts';
import { apiErrorBody, apiErrorCode, httpStatus, type Bilingual } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { PublicLocationService } from '../../core/public-location.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { LocalizedPipe } from '../../ui/localized/localized.pipe';
import type { LatLng } from '../../ui/location-map/coordinates';
import { LocationMap } from '../../ui/location-map/location-map';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** The API's limit on the reporter's note. */
const NOTE_MAX = 500;

/**
 * Public page behind the link an officer sent the reporter (DOMAIN.md §4): no sign-in, the token
 * is the permission. The reporter pins the place on a map, or types coordinates, and sends it.
 */
@Component({
  selector: 'sp-location-request-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    LocationMap,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './location-request-page.html',
  styleUrl: './location-request-page.scss',
})
export class LocationRequestPage {
  private readonly locations = inject(PublicLocationService);
  protected readonly language = inject(LanguageService).language;
  protected readonly noteMax = NOTE_MAX;

  /** From the route path `/lokasi/:token`. */
  readonly token = input.required<string>();

  protected readonly request = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.locations.view(params),
  });
  /** Unknown and expired links look the same; the API says so in its own words. */
  protected readonly invalidLink = computed(() => httpStatus(this.request.error()) === 404);

  protected readonly point = signal<LatLng | null>(null);
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(NOTE_MAX) }),
  });
  protected readonly missingPoint = signal(false);
  protected readonly sending = signal(false);
  protected readonly sendError = signal<unknown>(null);
  /** `sent`: answered just now; `answered`: the link had been used before. */
  protected readonly outcome = signal<'sent' | 'answered' | null>(null);
  /** What the API said about the coordinates, shown under them. */
  protected readonly coordinateError = computed<Bilingual | null>(() => {
    const fields = apiErrorBody(this.sendError())?.fields ?? [];
    return fields.find((f) => f.field === 'lat' || f.field === 'lng')?.message ?? null;
  });
  protected readonly noteError = computed<Bilingual | null>(
    () => apiErrorBody(this.sendError())?.fields?.find((f) => f.field === 'note')?.message ?? null,
  );

  protected choosePoint(point: LatLng): void {
    this.point.set(point);
    this.missingPoint.set(false);
    this.sendError.set(null);
  }

  protected sendLocation(): void {
    if (this.sending()) return;
    const point = this.point();
    this.missingPoint.set(point === null);
    if (!point || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const note = this.form.controls.note.value.trim();
    const answer: LocationAnswerRequest = { ...point, ...(note ? { note } : {}) };
    this.sending.set(true);
    this.sendError.set(null);
    this.locations.answer(this.token(), answer).subscribe({
      next: () => {
        this.sending.set(false);
        this.outcome.set('sent');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.sendError.set(error);
        if (apiErrorCode(error) === 'ALREADY_ANSWERED') this.outcome.set('answered');
      },
    });
  }
}
