import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { OwnerCandidate } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';
import type { LatLng } from '../location-map/coordinates';
import { EAST_JAVA_CENTER, EAST_JAVA_ZOOM, POINT_ZOOM } from '../location-map/coordinates';
import { leafletMap } from '../location-map/leaflet-map';
import { ROAD_STATUS_COLORS, leafletLines } from './road-status-style';

const FALLBACK_COLOR = '#455a64';

/**
 * A small map of a suggestion: the deciding segment drawn in its status colour, other candidates
 * dashed, the case's point as a pin. Read-only; without background tiles the lines still show.
 */
@Component({
  selector: 'sp-suggestion-map',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      #mapHost
      class="map"
      role="img"
      [attr.aria-label]="'ownerSuggestion.mapLabel' | translate"
    ></div>
    @if (noBackground()) {
      <p class="note">{{ 'locationMap.noBackground' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .map {
      height: 200px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      isolation: isolate;
      z-index: 0;
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 4px 0 0;
    }
  `,
})
export class SuggestionMap {
  readonly candidates = input<OwnerCandidate[]>([]);
  readonly point = input<LatLng | null>(null);

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('mapHost');
  private layers: Leaflet.LayerGroup | null = null;
  private readonly leafletMap = leafletMap(
    () => this.host(),
    () => {
      const point = this.point();
      return {
        center: point ?? EAST_JAVA_CENTER,
        zoom: point ? POINT_ZOOM : EAST_JAVA_ZOOM,
        scrollWheelZoom: false,
      };
    },
  );
  protected readonly noBackground = this.leafletMap.noBackground;

  constructor() {
    effect(() => {
      const map = this.leafletMap.map();
      const candidates = this.candidates();
      const point = this.point();
      if (map) untracked(() => this.draw(map, candidates, point));
    });
  }

  private draw(map: Leaflet.Map, candidates: OwnerCandidate[], point: LatLng | null): void {
    const L = this.leafletMap.leaflet();
    if (!L) return;
    this.layers?.remove();
    const group = L.featureGroup();
    candidates.forEach((candidate, index) => {
      const geometry = candidate.evidence.segmentGeometry;
      if (!geometry) return;
      const status = candidate.evidence.roadStatus;
      L.polyline(leafletLines(geometry), {
        color: status ? ROAD_STATUS_COLORS[status] : FALLBACK_COLOR,
        weight: index === 0 ? 6 : 4,
        opacity: 0.9,
        dashArray: index === 0 ? undefined : '6 6',
        interactive: false,
      }).addTo(group);
    });
    if (point)
      L.circleMarker(point, {
        radius: 8,
        color: '#ffffff',
        weight: 3,
        fillColor: '#b3261e',
        fillOpacity: 1,
        interactive: false,
      }).addTo(group);
    group.addTo(map);
    this.layers = group;
    const bounds = group.getBounds();
    // Close to the point (a segment may be tens of kilometres long); else the whole segment.
    if (point) map.setView(point, POINT_ZOOM, { animate: false });
    else if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
  }
}
