import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  CaseDetail,
  CaseStatus,
  LocationConfidence,
  LocationRequestResponse,
} from '@simpul/contracts';
import { filter, switchMap } from 'rxjs';
import { areaLabel } from '../../../core/area-label';
import { CasesService } from '../../../core/cases.service';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { HandoverLink } from '../../../ui/handover-link/handover-link';
import { formatCoordinates, hasPoint, type LatLng } from '../../../ui/location-map/coordinates';
import { LocationMap } from '../../../ui/location-map/location-map';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { CaseLocationEditor } from '../case-location-editor/case-location-editor';
import {
  confirmLocationRequest,
  type LocationRequestConfirmation,
} from '../location-request-dialog/location-request-dialog';

/** Confidences too weak to send a team out on: the reporter should pin the place. */
const NEEDS_POINT: readonly LocationConfidence[] = ['unknown', 'text', 'area'];
/** A closed case asks nobody for anything. */
const CLOSED: readonly CaseStatus[] = ['resolved', 'archived'];
/** Sources worth naming; `text` says no more than the confidence "from the report's text". */
const NAMED_SOURCES = ['reporter', 'staff', 'photo'];

interface AreaCode {
  level: 'province' | 'regency' | 'district' | 'village';
  code: string;
}

/**
 * The case's location (DOMAIN.md §4): how sure we are of it, the area and the point, and the
 * first-class action "ask the reporter for the location", whose link the officer passes on.
 */
@Component({
  selector: 'sp-case-location-section',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    HandoverLink,
    LocationMap,
    WibDatePipe,
    CaseLocationEditor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-location-section.html',
  styleUrl: './case-location-section.scss',
})
export class CaseLocationSection {
  private readonly casesService = inject(CasesService);
  private readonly dialog = inject(MatDialog);
  protected readonly language = inject(LanguageService).language;

  readonly detail = input.required<CaseDetail>();
  /** A link was issued: the case (now on hold) and its timeline changed. */
  readonly requested = output<LocationRequestResponse>();
  /** Staff set the location (or someone else's newer version came back): the case to show. */
  readonly changed = output<CaseDetail>();

  protected readonly location = computed(() => this.detail().location);
  protected readonly point = computed<LatLng | null>(() => {
    const location = this.location();
    return hasPoint(location) ? { lat: location.lat, lng: location.lng } : null;
  });
  protected readonly coordinates = computed(() => {
    const point = this.point();
    return point ? formatCoordinates(point) : null;
  });
  protected readonly sourceKey = computed(() => {
    const source = this.location().source;
    return source && NAMED_SOURCES.includes(source) ? `locationSources.${source}` : null;
  });
  protected readonly areas = computed<AreaCode[]>(() => {
    const location = this.location();
    const codes: AreaCode[] = [
      { level: 'regency', code: location.regencyCode ?? this.detail().regencyCode ?? '' },
      { level: 'district', code: location.districtCode ?? '' },
      { level: 'village', code: location.villageCode ?? '' },
    ].filter((area): area is AreaCode => area.code !== '');
    // The province alone says little, but it is all there is.
    return codes.length === 0 && location.provinceCode
      ? [{ level: 'province', code: location.provinceCode }]
      : codes;
  });
  /** "Kab. Malang · Kec. Lawang" when the API named the codes. */
  protected readonly areaName = computed(() => areaLabel(this.location()));
  /**
   * Where the pin's area comes from: its registry segment; staff's choice; else not known (the pin
   * lies on no registered road; the area shown is the text's). Null without a pin.
   */
  protected readonly pinAreaKey = computed(() => {
    if (!this.point()) return null;
    const location = this.location();
    if (location.areaSource === 'segment') return 'caseLocation.pinArea.segment';
    if (location.areaSource === 'staff') return 'caseLocation.pinArea.staff';
    // Only a text-named area is said to be the text's (older cases do not say where theirs came from).
    return location.areaSource === 'text' && this.areas().length > 0
      ? 'caseLocation.pinArea.unknown'
      : 'caseLocation.pinArea.unknownNoArea';
  });
  protected readonly needsPoint = computed(() => NEEDS_POINT.includes(this.location().confidence));
  protected readonly canRequest = computed(() => {
    const detail = this.detail();
    return detail.permissions.update && !CLOSED.includes(detail.status);
  });

  /** Staff are setting the location: their editor's map replaces the one shown here. */
  protected readonly editingLocation = signal(false);
  protected readonly requesting = signal(false);
  protected readonly requestError = signal<unknown>(null);
  protected readonly issued = signal<LocationRequestResponse | null>(null);

  protected requestLocation(): void {
    const detail = this.detail();
    if (this.requesting()) return;
    confirmLocationRequest(this.dialog, { putsOnHold: detail.status !== 'needs_information' })
      .pipe(
        filter((confirmed): confirmed is LocationRequestConfirmation => confirmed !== undefined),
        switchMap(({ note }) => {
          this.requesting.set(true);
          this.requestError.set(null);
          this.issued.set(null);
          return this.casesService.requestLocation(detail.id, note || undefined);
        }),
      )
      .subscribe({
        next: (issued) => {
          this.requesting.set(false);
          this.issued.set(issued);
          this.requested.emit(issued);
        },
        error: (error: unknown) => {
          this.requesting.set(false);
          this.requestError.set(error);
        },
      });
  }
}
