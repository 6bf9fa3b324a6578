import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  signal,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type {
  AreaOption,
  InboxItem,
  InboxMapCell,
  InboxMapPage,
  InboxQuery,
  SlaState,
} from '@simpul/contracts';
import { Subject, Subscription, debounceTime } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CasesService } from '../../../core/cases.service';
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
        @if (server(); as page) {
          <!-- Every matching case, counted by the server per part of the map. -->
          <p class="pinned-count" aria-live="polite">
            {{ 'inboxMap.inWindow' | translate: { count: page.inWindow } }}
          </p>
          @if (page.withoutPoint > 0) {
            <p class="hint">
              {{ 'inboxMap.withoutPoint' | translate: { count: page.withoutPoint } }}
            </p>
          }
          @if (page.inWindow > 0 && page.cells.length < page.inWindow) {
            <p class="hint">{{ 'inboxMap.zoomHint' | translate }}</p>
          }
        } @else {
          <p class="pinned-count">
            {{ 'inboxMap.pinnedCount' | translate: { count: pinned().length } }}
          </p>
          @if (pinned().length === 0) {
            <p class="hint">{{ 'inboxMap.noPins' | translate }}</p>
          }
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
    :host ::ng-deep .sp-inbox-map-cluster {
      display: flex;
      align-items: center;
      justify-content: center;
      border-radius: 50%;
      border: 2px solid #ffffff;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: 600 13px/1 sans-serif;
      box-shadow: 0 0 0 1px var(--mat-sys-outline);
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
  /**
   * The inbox's filters: when given, the map shows every matching case with a point, counted per
   * grid cell by the server for the part of the map in view (GET /api/cases/map), not only the
   * loaded rows.
   */
  readonly query = input<InboxQuery | null>(null);
  private readonly casesService = inject(CasesService);
  /** The server's cells for the window in view (null before the first answer). */
  protected readonly server = signal<InboxMapPage | null>(null);
  private readonly moved = new Subject<void>();
  private request: Subscription | null = null;
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
      map.on('moveend', () => this.moved.next());
    },
  );
  protected readonly noBackground = this.leafletMap.noBackground;

  constructor() {
    effect(() => {
      const map = this.leafletMap.map();
      const pinned = this.pinned();
      if (map && !this.query()) untracked(() => this.drawPins(map, pinned));
    });
    // Server mode: ask again when the filters change or the map moves (after it settles).
    effect(() => {
      const map = this.leafletMap.map();
      const query = this.query();
      if (map && query) untracked(() => this.loadCells(map, query));
    });
    this.moved.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => {
      const map = this.leafletMap.map();
      const query = this.query();
      if (map && query) this.loadCells(map, query);
    });
    effect(() => {
      const map = this.leafletMap.map();
      const page = this.server();
      if (map && page) untracked(() => this.drawCells(map, page.cells));
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  private loadCells(map: Leaflet.Map, query: InboxQuery): void {
    const bounds = map.getBounds();
    const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
    const bbox = [
      clamp(bounds.getWest(), 180),
      clamp(bounds.getSouth(), 90),
      clamp(bounds.getEast(), 180),
      clamp(bounds.getNorth(), 90),
    ]
      .map((value) => value.toFixed(6))
      .join(',');
    // The inbox's filters without its paging.
    const filters = { ...query, cursor: undefined, limit: undefined, sort: undefined };
    this.request?.unsubscribe();
    this.request = this.casesService
      .inboxMap({ ...filters, bbox, zoom: Math.round(map.getZoom()) })
      // A failed window keeps the last cells; the next move asks again.
      .subscribe({ next: (page) => this.server.set(page), error: () => undefined });
  }

  /** A cell of several cases is a numbered circle that zooms in; a lone case is a pin. */
  private drawCells(map: Leaflet.Map, cells: readonly InboxMapCell[]): void {
    const L = this.leafletMap.leaflet();
    if (!L || !this.pins) return;
    this.pins.clearLayers();
    const loaded = new Map(this.items().map((item) => [item.id, item]));
    for (const cell of cells) {
      const lone = cell.case;
      if (lone) {
        const item = loaded.get(lone.id);
        L.circleMarker([cell.lat, cell.lng], {
          radius: 9,
          color: '#ffffff',
          weight: 2,
          fillColor: SLA_PIN_COLOURS[item?.slaState ?? 'none'],
          fillOpacity: 1,
        })
          .bindTooltip(lone.number, { direction: 'top', offset: [0, -8] })
          .bindPopup(() =>
            this.popup(
              item ?? { id: lone.id, number: lone.number, title: lone.title, slaState: null },
            ),
          )
          .addTo(this.pins);
        continue;
      }
      const size = cell.count < 10 ? 30 : cell.count < 100 ? 36 : cell.count < 1000 ? 42 : 48;
      const label = this.translate.instant('inboxMap.cluster', { count: cell.count }) as string;
      const marker = L.marker([cell.lat, cell.lng], {
        icon: L.divIcon({
          className: 'sp-inbox-map-cluster',
          html: `<span>${cell.count.toLocaleString('id-ID')}</span>`,
          iconSize: [size, size],
        }),
        title: label,
        alt: label,
        keyboard: true,
      });
      marker.on('click', () =>
        map.fitBounds(
          L.latLngBounds([cell.bounds[1], cell.bounds[0]], [cell.bounds[3], cell.bounds[2]]),
          { animate: false },
        ),
      );
      marker.addTo(this.pins);
    }
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
  private popup(item: Pick<InboxItem, 'id' | 'number' | 'title' | 'slaState'>): HTMLElement {
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
