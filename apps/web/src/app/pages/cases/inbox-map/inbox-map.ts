import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AreaOption, InboxItem, SlaState } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';
import { leafletMap } from '../../../ui/location-map/leaflet-map';
import { slaStateKey } from '../../../core/case-labels';
import { EAST_JAVA_CENTER, EAST_JAVA_ZOOM, POINT_ZOOM } from '../../../ui/location-map/coordinates';

type PinnedItem = InboxItem & { lat: number; lng: number };

/** Pin colours by SLA state; the legend names them, so colour is never the only cue. */
export const SLA_PIN_COLOURS: Record<SlaState | 'none', string> = {
  on_track: '#2e7d32',
  due_soon: '#e8a200',
  overdue: '#b3261e',
  none: '#607d8b',
};
const LEGEND: (SlaState | 'none')[] = ['overdue', 'due_soon', 'on_track', 'none'];

export function hasMapPoint(item: InboxItem): item is PinnedItem {
  return item.lat !== null && item.lng !== null;
}

/**
 * The inbox's cases on a map: cases with a point are pinned, coloured by their SLA state, with a
 * popup linking to the case. Cases known only by their area are listed beside the map, never
 * pinned at a guessed spot; so are cases with no location yet. Works without map tiles.
 */
@Component({
  selector: 'sp-inbox-map',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="layout">
      <div class="map-column">
        <div
          #mapHost
          class="map"
          role="region"
          [attr.aria-label]="'inboxMap.label' | translate: { count: pinned().length }"
        ></div>
        @if (noBackground()) {
          <p class="note">{{ 'locationMap.noBackground' | translate }}</p>
        }
        <ul class="legend" [attr.aria-label]="'inboxMap.legend' | translate">
          @for (state of legend; track state) {
            <li>
              <span class="dot" [style.background]="colours[state]"></span>
              {{ (state === 'none' ? 'inboxMap.noDeadline' : slaKey(state)) | translate }}
            </li>
          }
        </ul>
      </div>

      <aside class="side">
        <p class="pinned-count">
          {{ 'inboxMap.pinnedCount' | translate: { count: pinned().length } }}
        </p>
        @if (pinned().length === 0) {
          <p class="hint">{{ 'inboxMap.noPins' | translate }}</p>
        }

        <section class="unpinned" aria-labelledby="inbox-map-area-only">
          <h3 id="inbox-map-area-only">
            {{ 'inboxMap.areaOnly' | translate: { count: areaOnly().length } }}
          </h3>
          @if (areaOnly().length > 0) {
            <ul>
              @for (item of areaOnly(); track item.id) {
                <li>
                  <a [routerLink]="['/kasus', item.id]">{{ item.number }}</a>
                  <span class="title">{{ item.title }}</span>
                  <span class="area">{{ regencyName(item.regencyCode) }}</span>
                </li>
              }
            </ul>
          }
        </section>

        @if (unlocated().length > 0) {
          <section class="unpinned" aria-labelledby="inbox-map-unlocated">
            <h3 id="inbox-map-unlocated">
              {{ 'inboxMap.unlocated' | translate: { count: unlocated().length } }}
            </h3>
            <ul>
              @for (item of unlocated(); track item.id) {
                <li>
                  <a [routerLink]="['/kasus', item.id]">{{ item.number }}</a>
                  <span class="title">{{ item.title }}</span>
                </li>
              }
            </ul>
          </section>
        }

        @if (pinned().length > 0) {
          <details class="pinned-list">
            <summary>{{ 'inboxMap.pinnedList' | translate }}</summary>
            <ul>
              @for (item of pinned(); track item.id) {
                <li>
                  <span class="dot" [style.background]="colourOf(item)"></span>
                  <a [routerLink]="['/kasus', item.id]">{{ item.number }}</a>
                  <span class="title">{{ item.title }}</span>
                </li>
              }
            </ul>
          </details>
        }
      </aside>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(240px, 1fr);
      gap: 16px;
      align-items: start;
    }
    .map {
      height: 480px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      isolation: isolate;
      z-index: 0;
    }
    .note,
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      margin: 6px 0 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      margin: 8px 0 0;
      font: var(--mat-sys-body-small);
    }
    .dot {
      display: inline-block;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      border: 2px solid #fff;
      box-shadow: 0 0 0 1px var(--mat-sys-outline);
      vertical-align: middle;
      margin-right: 4px;
      flex: none;
    }
    .side h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    .pinned-count {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    .side ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .side li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 8px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      flex: 1 1 100%;
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .area {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .pinned-list {
      margin-top: 16px;
    }
    .pinned-list summary {
      cursor: pointer;
      font: var(--mat-sys-label-large);
      padding: 8px 0;
    }
    @media (max-width: 760px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .map {
        height: 340px;
      }
    }
  `,
})
export class InboxMap {
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);

  readonly items = input.required<readonly InboxItem[]>();
  /** East Java's regencies, to name the area of cases without a point. */
  readonly regencies = input<readonly AreaOption[]>([]);

  protected readonly legend = LEGEND;
  protected readonly colours = SLA_PIN_COLOURS;
  protected readonly slaKey = slaStateKey;
  protected readonly pinned = computed(() => this.items().filter(hasMapPoint));
  /** No point, but a regency or finer area: listed with its area. */
  protected readonly areaOnly = computed(() =>
    this.items().filter(
      (item) => !hasMapPoint(item) && (item.locationConfidence === 'area' || item.regencyCode),
    ),
  );
  protected readonly unlocated = computed(() =>
    this.items().filter(
      (item) => !hasMapPoint(item) && item.locationConfidence !== 'area' && !item.regencyCode,
    ),
  );

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('mapHost');
  private pins: Leaflet.LayerGroup | null = null;
  private readonly leafletMap = leafletMap(
    () => this.host(),
    () => ({ center: EAST_JAVA_CENTER, zoom: EAST_JAVA_ZOOM }),
    (L, map) => {
      this.pins = L.layerGroup().addTo(map);
    },
  );
  protected readonly noBackground = this.leafletMap.noBackground;

  constructor() {
    effect(() => {
      const map = this.leafletMap.map();
      const pinned = this.pinned();
      if (map) untracked(() => this.drawPins(map, pinned));
    });
  }

  protected regencyName(code: string | null): string {
    if (!code) return '';
    return this.regencies().find((regency) => regency.code === code)?.name ?? code;
  }

  protected colourOf(item: InboxItem): string {
    return SLA_PIN_COLOURS[item.slaState ?? 'none'];
  }

  private drawPins(map: Leaflet.Map, pinned: readonly PinnedItem[]): void {
    const L = this.leafletMap.leaflet();
    if (!L || !this.pins) return;
    this.pins.clearLayers();
    for (const item of pinned) {
      L.circleMarker([item.lat, item.lng], {
        radius: 9,
        color: '#ffffff',
        weight: 2,
        fillColor: this.colourOf(item),
        fillOpacity: 1,
      })
        .bindTooltip(item.number, { direction: 'top', offset: [0, -8] })
        .bindPopup(() => this.popup(item))
        .addTo(this.pins);
    }
    if (pinned.length === 1)
      map.setView([pinned[0].lat, pinned[0].lng], POINT_ZOOM - 2, { animate: false });
    else if (pinned.length > 1)
      map.fitBounds(L.latLngBounds(pinned.map((item) => [item.lat, item.lng])), {
        padding: [24, 24],
        maxZoom: POINT_ZOOM - 1,
        animate: false,
      });
  }

  /** Built as DOM, never as HTML text: titles are citizens' words. */
  private popup(item: InboxItem): HTMLElement {
    const box = this.document.createElement('div');
    box.className = 'sp-inbox-map-popup';
    const link = this.document.createElement('a');
    link.href = `/kasus/${encodeURIComponent(item.id)}`;
    link.textContent = item.number;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      void this.router.navigate(['/kasus', item.id]);
    });
    const title = this.document.createElement('div');
    title.textContent = item.title;
    const state = this.document.createElement('div');
    state.textContent = item.slaState
      ? (this.translate.instant(slaStateKey(item.slaState)) as string)
      : (this.translate.instant('inboxMap.noDeadline') as string);
    box.append(link, title, state);
    return box;
  }
}
