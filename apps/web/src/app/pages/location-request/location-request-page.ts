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
import { AttachmentsService } from '../../core/attachments.service';
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
 * is the permission. The reporter pins the place on a map, or types coordinates, and sends it;
 * or sends a photo, whose GPS position answers when no pin was dropped.
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
  private readonly attachments = inject(AttachmentsService);
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
  /** A photo of the place; with GPS it can stand in for the pin. */
  protected readonly photo = signal<File | null>(null);
  /** The photo arrived but carried no position: the reporter still has to pin the place. */
  protected readonly photoWithoutGps = signal(false);
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

  protected choosePhoto(input: HTMLInputElement): void {
    this.photo.set(input.files?.[0] ?? null);
    this.photoWithoutGps.set(false);
    this.missingPoint.set(false);
    this.sendError.set(null);
  }

  protected sendLocation(): void {
    if (this.sending()) return;
    const point = this.point();
    const photo = this.photo();
    this.missingPoint.set(point === null && photo === null);
    if ((!point && !photo) || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (photo) {
      this.sendPhoto(photo, point);
      return;
    }
    this.sendPin(point as LatLng);
  }

  /** The photo goes first: its GPS answers the link only when no pin follows it. */
  private sendPhoto(photo: File, point: LatLng | null): void {
    this.sending.set(true);
    this.sendError.set(null);
    this.attachments.publicPhoto(this.token(), photo, point !== null).subscribe({
      next: (result) => {
        this.photo.set(null);
        if (result.locationSet) {
          this.sending.set(false);
          this.outcome.set('sent');
        } else if (point) {
          this.sendPin(point);
        } else {
          this.sending.set(false);
          this.photoWithoutGps.set(true);
        }
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private sendPin(point: LatLng): void {
    const note = this.form.controls.note.value.trim();
    const answer: LocationAnswerRequest = { ...point, ...(note ? { note } : {}) };
    this.sending.set(true);
    this.sendError.set(null);
    this.locations.answer(this.token(), answer).subscribe({
      next: () => {
        this.sending.set(false);
        this.outcome.set('sent');
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.sending.set(false);
    this.sendError.set(error);
    if (apiErrorCode(error) === 'ALREADY_ANSWERED') this.outcome.set('answered');
  }
}
