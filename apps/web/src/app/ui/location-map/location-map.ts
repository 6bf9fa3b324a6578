import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { indonesiaPointCheck, type PlaceBounds } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';
import { leafletMap } from './leaflet-map';
import type { Bilingual } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { LocalizedPipe } from '../localized/localized.pipe';
import {
  EAST_JAVA_CENTER,
  EAST_JAVA_ZOOM,
  POINT_ZOOM,
  coordinateValidator,
  parseCoordinate,
  roundCoordinate,
  roundPoint,
  type LatLng,
} from './coordinates';

/**
 * Why the point in the fields is not taken: outside Indonesia, latitude and longitude swapped,
 * or only one of the two typed. The form that holds the map refuses to save meanwhile.
 */
export type PointProblem = 'outside' | 'swapped' | 'incomplete';

/** A box to show (a place the officer chose): south, west, north, east in degrees. */
export type MapFocus = Pick<PlaceBounds, 'south' | 'west' | 'north' | 'east'>;

/** A chosen place is shown this close at most (a district's roads fill the map, not one road). */
const FOCUS_MAX_ZOOM = 15;

/** The group's error for typed coordinates that are numbers but no place in Indonesia. */
function indonesiaValidator(group: AbstractControl): ValidationErrors | null {
  const lat = parseCoordinate(group.get('lat')?.value ?? '');
  const lng = parseCoordinate(group.get('lng')?.value ?? '');
  if (lat === null || lng === null) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    // A latitude past 90 with a longitude that fits is the classic swap (112.6, -7.9).
    return Math.abs(lat) > 90 && Math.abs(lng) <= 90 && indonesiaPointCheck(lng, lat) === 'inside'
      ? { indonesia: 'swapped' }
      : null;
  }
  const verdict = indonesiaPointCheck(lat, lng);
  return verdict === 'inside' ? null : { indonesia: verdict };
}

/** GeolocationPositionError.PERMISSION_DENIED */
const PERMISSION_DENIED = 1;
const PIN_STYLE: Leaflet.CircleMarkerOptions = {
  radius: 10,
  color: '#ffffff',
  weight: 3,
  fillColor: '#b3261e',
  fillOpacity: 1,
  interactive: false,
};

/**
 * A map with one point. Editable: a click or tap drops or moves the pin, Enter on the focused map
 * pins its centre, the two coordinate fields take typed numbers, and "use my location" asks the
 * device. The pin and the coordinates are what count: without background tiles (none configured,
 * or none reachable) everything still works. Leaflet loads with the first map shown.
 */
@Component({
  selector: 'sp-location-map',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './location-map.html',
  styleUrl: './location-map.scss',
})
export class LocationMap {
  private static nextId = 0;
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService).language;

  readonly point = input<LatLng | null>(null);
  readonly editable = input(false);
  /** The API's words about the coordinates (e.g. outside Indonesia), shown under the fields. */
  readonly error = input<Bilingual | null>(null);
  /** A box to bring into view (a chosen place); the pin stays where it is. */
  readonly focus = input<MapFocus | null>(null);
  /** A point the user chose: clicked, typed or from the device (always inside Indonesia). */
  readonly pointChange = output<LatLng>();
  /** Why the typed or clicked point was not taken (null again once it is fine or cleared). */
  readonly problemChange = output<PointProblem | null>();

  protected readonly idPrefix = `sp-location-map-${LocationMap.nextId++}`;
  /** The point on the map: the input's, until the user chooses another. */
  protected readonly shown = linkedSignal(() => this.point());
  protected readonly locating = signal(false);
  /** Translation key of why the device's location could not be used. */
  protected readonly geolocationError = signal<string | null>(null);
  protected readonly form = new FormGroup(
    {
      lat: new FormControl('', { nonNullable: true, validators: coordinateValidator(90) }),
      lng: new FormControl('', { nonNullable: true, validators: coordinateValidator(180) }),
    },
    { validators: indonesiaValidator },
  );
  /** The problem shown under the fields (translation key suffix), as last emitted. */
  protected readonly problem = signal<PointProblem | null>(null);

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('mapHost');
  private marker: Leaflet.CircleMarker | null = null;
  /** Whether the next point shown should bring the map to it (not after a click on the map). */
  private recenter = true;
  private readonly leafletMap = leafletMap(
    () => this.host(),
    () => {
      const point = this.shown();
      return { center: point ?? EAST_JAVA_CENTER, zoom: point ? POINT_ZOOM : EAST_JAVA_ZOOM };
    },
    (_L, map) => {
      map.on('click', (event: Leaflet.LeafletMouseEvent) => {
        if (this.editable()) this.offer(roundPoint(event.latlng), false);
      });
      map.on('keydown', (event: Leaflet.LeafletKeyboardEvent) => {
        if (this.editable() && event.originalEvent.key === 'Enter') {
          this.offer(roundPoint(map.getCenter()), false);
        }
      });
      // Where the map looks, for people (the place chosen came into view) and browser tests.
      const describe = () => {
        const centre = map.getCenter();
        this.host().nativeElement.dataset['zoom'] = String(map.getZoom());
        this.host().nativeElement.dataset['center'] =
          `${roundCoordinate(centre.lat)},${roundCoordinate(centre.lng)}`;
      };
      map.on('moveend zoomend', describe);
      describe();
      // Made at the point already: placing it must not move the map again.
      this.recenter = false;
    },
  );
  protected readonly noBackground = this.leafletMap.noBackground;

  constructor() {
    // The fields follow the point unless they already say the same thing in the user's words.
    effect(() => {
      const point = this.shown();
      untracked(() => this.showInFields(point));
    });
    effect(() => {
      const map = this.leafletMap.map();
      const point = this.shown();
      if (map) untracked(() => this.placePin(map, point));
    });
    effect(() => {
      const map = this.leafletMap.map();
      const focus = this.focus();
      if (map && focus)
        untracked(() =>
          map.fitBounds(
            [
              [focus.south, focus.west],
              [focus.north, focus.east],
            ],
            { maxZoom: FOCUS_MAX_ZOOM, padding: [16, 16], animate: false },
          ),
        );
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.takeTypedCoordinates());
  }

  protected useMyLocation(): void {
    const geolocation = this.document.defaultView?.navigator.geolocation;
    if (!geolocation) {
      this.geolocationError.set('locationMap.geolocationUnsupported');
      return;
    }
    this.locating.set(true);
    this.geolocationError.set(null);
    geolocation.getCurrentPosition(
      (position) => {
        this.locating.set(false);
        this.offer(
          roundPoint({ lat: position.coords.latitude, lng: position.coords.longitude }),
          true,
        );
      },
      (error) => {
        this.locating.set(false);
        this.geolocationError.set(
          error.code === PERMISSION_DENIED
            ? 'locationMap.geolocationDenied'
            : 'locationMap.geolocationFailed',
        );
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** A clicked or located point: taken when it lies in Indonesia, else said why not. */
  private offer(point: LatLng, recenter: boolean): void {
    const verdict = indonesiaPointCheck(point.lat, point.lng);
    if (verdict !== 'inside') {
      this.report(verdict);
      return;
    }
    this.choose(point, recenter);
  }

  private choose(point: LatLng, recenter: boolean): void {
    this.report(null);
    this.recenter = recenter;
    this.shown.set(point);
    this.pointChange.emit(point);
  }

  private report(problem: PointProblem | null): void {
    if (this.problem() === problem) return;
    this.problem.set(problem);
    this.problemChange.emit(problem);
  }

  private takeTypedCoordinates(): void {
    const { lat: latText, lng: lngText } = this.form.getRawValue();
    const lat = parseCoordinate(latText);
    const lng = parseCoordinate(lngText);
    const indonesia = this.form.getError('indonesia') as PointProblem | undefined;
    if (indonesia) return this.report(indonesia);
    if (latText.trim() === '' && lngText.trim() === '') return this.report(null);
    // One field typed, or one not a number: the point is not there yet.
    if (this.form.invalid || lat === null || lng === null) return this.report('incomplete');
    const current = this.shown();
    if (current?.lat === lat && current.lng === lng) return this.report(null);
    this.choose({ lat, lng }, true);
  }

  private showInFields(point: LatLng | null): void {
    if (!point) return;
    const { lat, lng } = this.form.getRawValue();
    if (parseCoordinate(lat) === point.lat && parseCoordinate(lng) === point.lng) return;
    this.form.setValue(
      { lat: String(roundCoordinate(point.lat)), lng: String(roundCoordinate(point.lng)) },
      { emitEvent: false },
    );
  }

  private placePin(map: Leaflet.Map, point: LatLng | null): void {
    const L = this.leafletMap.leaflet();
    if (!L) return;
    if (!point) {
      this.marker?.remove();
      this.marker = null;
      return;
    }
    if (this.marker) this.marker.setLatLng(point);
    else this.marker = L.circleMarker(point, PIN_STYLE).addTo(map);
    if (this.recenter)
      map.setView(point, Math.max(map.getZoom(), POINT_ZOOM - 1), { animate: false });
    this.recenter = true;
  }
}
