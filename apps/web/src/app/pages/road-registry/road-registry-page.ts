import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ROAD_STATUSES, type RoadSegmentView, type RoadSegmentsAnswer } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';
import { Subject, catchError, debounceTime, of, switchMap, tap } from 'rxjs';
import { agencyResource } from '../../core/reload-on-agency-change';
import { JurisdictionService, type LngLatBox } from '../../core/jurisdiction.service';
import { LanguageService } from '../../core/language.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { EAST_JAVA_CENTER, EAST_JAVA_ZOOM } from '../../ui/location-map/coordinates';
import { leafletMap } from '../../ui/location-map/leaflet-map';
import {
  ROAD_STATUS_COLORS,
  leafletLines,
} from '../../ui/owner-suggestion-panel/road-status-style';
import { RegistryVersionList } from './registry-version-list';

/** How many segments in view the list under the map names (the map draws them all). */
const LISTED_SEGMENTS = 50;

function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
}

/**
 * The road-status registry on a map: the segments valid at a date in the visible box, coloured by
 * status with a legend, a SAMPLE banner when the demo network is loaded, the segments in view as a
 * list (keyboard and screen readers), and the registry versions. The superadmin imports from here.
 */
@Component({
  selector: 'sp-road-registry-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    RegistryVersionList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'roadRegistry.title' | translate }}</h1>
      <div class="tools">
        <a mat-stroked-button routerLink="/aturan-rute">{{
          'roadRegistry.rulesLink' | translate
        }}</a>
        @if (permissions()?.importRegistry) {
          <a mat-flat-button routerLink="/registri-jalan/impor">
            {{ 'roadRegistry.importLink' | translate }}
          </a>
        }
      </div>
    </header>
    <p class="page-lead">{{ 'roadRegistry.lead' | translate }}</p>
    @if (answer()?.sampleLoaded) {
      <p class="sample-banner" role="note">{{ 'roadRegistry.sampleBanner' | translate }}</p>
    }
    @if (answer()?.totalValid === 0) {
      <p class="empty">
        {{
          (permissions()?.importRegistry ? 'roadRegistry.emptyImport' : 'roadRegistry.empty')
            | translate
        }}
      </p>
    }
    <div class="date">
      <label for="registry-as-of">{{ 'roadRegistry.asOf' | translate }}</label>
      <input
        id="registry-as-of"
        type="date"
        [value]="asOf()"
        (change)="changeDate($any($event.target).value)"
      />
    </div>
    <div
      #mapHost
      class="map"
      role="region"
      [attr.aria-label]="'roadRegistry.mapLabel' | translate"
    ></div>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    @if (noBackground()) {
      <p class="note">{{ 'locationMap.noBackground' | translate }}</p>
    }
    <ul class="legend" [attr.aria-label]="'roadRegistry.legend' | translate">
      @for (status of statuses; track status) {
        <li>
          <span class="swatch" [style.background]="colors[status]"></span>
          {{ 'roadStatuses.' + status | translate }}
        </li>
      }
    </ul>
    <sp-error-message [error]="error()" />
    @if (answer(); as a) {
      <p class="count">
        {{ 'roadRegistry.inView' | translate: { count: a.segments.length, total: a.totalValid } }}
        @if (a.truncated) {
          · {{ 'roadRegistry.truncated' | translate }}
        }
      </p>
      @if (a.segments.length > 0) {
        <details class="segments">
          <summary>{{ 'roadRegistry.segmentList' | translate }}</summary>
          <ul>
            @for (segment of listed(); track segment.id) {
              <li>
                <span class="swatch" [style.background]="colors[segment.status]"></span>
                <strong>{{ segment.name }}</strong>
                <span>{{ 'roadStatuses.' + segment.status | translate }}</span>
                <span>{{ segment.agencyShortName }}</span>
                @if (segment.linkNumber) {
                  <span class="muted">{{ describeLink(segment) }}</span>
                }
                <span class="muted">
                  {{ 'roadRegistry.validFrom' | translate: { date: segment.validFrom } }}
                </span>
              </li>
            }
          </ul>
          @if (a.segments.length > listed().length) {
            <p class="muted">
              {{ 'roadRegistry.more' | translate: { count: a.segments.length - listed().length } }}
            </p>
          }
        </details>
      }
    }
    <section aria-labelledby="registry-versions-heading">
      <h2 id="registry-versions-heading">{{ 'roadRegistry.versions' | translate }}</h2>
      <sp-error-message [error]="versions.error()" />
      <sp-registry-version-list [versions]="versions.hasValue() ? versions.value() : []" />
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .page-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .sample-banner {
      margin: 8px 0 12px;
      padding: 10px 14px;
      border-radius: 8px;
      border-left: 4px solid #b28704;
      background: #fff8e1;
      color: #5d4300;
      font: var(--mat-sys-body-medium);
      font-weight: 600;
    }
    .empty,
    .note,
    .muted {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .date {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 8px 0;
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--mat-sys-outline);
        border-radius: 6px;
      }
    }
    .map {
      height: 520px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      isolation: isolate;
      z-index: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      margin: 8px 0;
      font: var(--mat-sys-body-medium);
    }
    .swatch {
      display: inline-block;
      width: 18px;
      height: 6px;
      border-radius: 3px;
      vertical-align: middle;
      margin-right: 6px;
      flex: none;
    }
    .count {
      font: var(--mat-sys-title-small);
    }
    .segments ul {
      list-style: none;
      padding: 0;
      margin: 8px 0;
    }
    .segments li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 12px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    section h2 {
      margin-top: 24px;
    }
    @media (max-width: 600px) {
      .map {
        height: 360px;
      }
    }
  `,
})
export class RoadRegistryPage {
  private readonly jurisdiction = inject(JurisdictionService);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService).language;
  protected readonly statuses = ROAD_STATUSES;
  protected readonly colors = ROAD_STATUS_COLORS;

  protected readonly asOf = signal(today());
  protected readonly answer = signal<RoadSegmentsAnswer | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly listed = computed(
    () => this.answer()?.segments.slice(0, LISTED_SEGMENTS) ?? [],
  );
  private readonly permissionsResource = agencyResource({
    stream: () => this.jurisdiction.permissions(),
  });
  protected readonly permissions = computed(() =>
    this.permissionsResource.hasValue() ? (this.permissionsResource.value() ?? null) : null,
  );
  protected readonly versions = rxResource({ stream: () => this.jurisdiction.versions() });

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('mapHost');
  private readonly boxes = new Subject<{ box: LngLatBox; asOf: string }>();
  private layers: Leaflet.LayerGroup | null = null;
  private fitted = false;
  private readonly leafletMap = leafletMap(
    () => this.host(),
    () => ({ center: EAST_JAVA_CENTER, zoom: EAST_JAVA_ZOOM }),
    (_L, map) => map.on('moveend', () => this.askForView(map)),
  );
  protected readonly noBackground = this.leafletMap.noBackground;

  constructor() {
    this.boxes
      .pipe(
        debounceTime(250),
        tap(() => this.loading.set(true)),
        switchMap(({ box, asOf }) =>
          this.jurisdiction.segments(box, asOf).pipe(
            tap(() => this.error.set(null)),
            catchError((error: unknown) => {
              this.error.set(error);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        this.loading.set(false);
        if (answer) this.answer.set(answer);
      });
    effect(() => {
      const map = this.leafletMap.map();
      const answer = this.answer();
      if (map && answer) untracked(() => this.draw(map, answer.segments));
    });
    effect(() => {
      const map = this.leafletMap.map();
      if (map) untracked(() => this.askForView(map));
    });
  }

  protected changeDate(value: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    this.asOf.set(value);
    const map = this.leafletMap.map();
    if (map) this.askForView(map);
  }

  protected describeLink(segment: RoadSegmentView): string {
    const km =
      segment.kmFrom !== null && segment.kmTo !== null
        ? ` km ${segment.kmFrom}–${segment.kmTo}`
        : '';
    return `${this.translate.instant('ownerSuggestion.linkNumber')} ${segment.linkNumber}${km}`;
  }

  private askForView(map: Leaflet.Map): void {
    const bounds = map.getBounds();
    const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
    this.boxes.next({
      box: {
        minLng: clamp(bounds.getWest(), 180),
        minLat: clamp(bounds.getSouth(), 90),
        maxLng: clamp(bounds.getEast(), 180),
        maxLat: clamp(bounds.getNorth(), 90),
      },
      asOf: this.asOf(),
    });
  }

  private draw(map: Leaflet.Map, segments: RoadSegmentView[]): void {
    const L = this.leafletMap.leaflet();
    if (!L) return;
    this.layers?.remove();
    const group = L.layerGroup();
    for (const segment of segments) {
      L.polyline(leafletLines(segment.geometry), {
        color: ROAD_STATUS_COLORS[segment.status],
        weight: 5,
        opacity: 0.85,
      })
        .bindTooltip(this.label(segment), { sticky: true })
        .addTo(group);
    }
    group.addTo(map);
    this.layers = group;
    // The first answer brings the network into view (the opening view is all of East Java).
    if (!this.fitted && segments.length > 0) {
      this.fitted = true;
      const bounds = L.featureGroup(group.getLayers()).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], animate: false });
    }
  }

  /** Text only: segment names come from imported files. */
  private label(segment: RoadSegmentView): HTMLElement {
    const element = this.document.createElement('div');
    const name = this.document.createElement('strong');
    name.textContent = segment.name;
    const facts = this.document.createElement('div');
    facts.textContent = [
      this.translate.instant(`roadStatuses.${segment.status}`),
      segment.agencyShortName,
      segment.linkNumber ? this.describeLink(segment) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    element.append(name, facts);
    return element;
  }
}
