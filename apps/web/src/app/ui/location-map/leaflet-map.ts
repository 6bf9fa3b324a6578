import {
  DestroyRef,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
  type ElementRef,
  type Signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { PublicSettings } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';
import { PublicSettingsService } from '../../core/public-settings.service';

export type LeafletModule = typeof Leaflet;

export interface LeafletMap {
  /** The map, once made after the first render; null before. */
  readonly map: Signal<Leaflet.Map | null>;
  /** Leaflet itself, loaded with the map (null before). */
  readonly leaflet: () => LeafletModule | null;
  /** No background: no tile URL is configured, or a tile failed (closed networks). */
  readonly noBackground: Signal<boolean>;
}

/**
 * The life of every map, from a component's injection context: Leaflet loaded only after the first
 * render, the map made in `host` at `view()`, `setup` for the component's own layers and handlers,
 * the configured background tiles, a resize with its container, removal with the component. Pins
 * and typed coordinates keep working without a background. Animations stay off: a zoom animation
 * still running when the page is left would touch the removed map.
 */
export function leafletMap(
  host: () => ElementRef<HTMLElement>,
  view: () => Leaflet.MapOptions,
  setup: (L: LeafletModule, map: Leaflet.Map) => void = () => undefined,
): LeafletMap {
  const destroyRef = inject(DestroyRef);
  const settingsService = inject(PublicSettingsService);
  const map = signal<Leaflet.Map | null>(null);
  const settings = signal<PublicSettings | null>(null);
  const noBackground = signal(false);
  let leaflet: LeafletModule | null = null;
  let tiles = false;
  let destroyed = false;

  effect(() => {
    const shown = map();
    const current = settings();
    if (!shown || !current || !leaflet || tiles) return;
    tiles = true;
    untracked(() => addTiles(leaflet as LeafletModule, shown, current));
  });
  afterNextRender(() => {
    settingsService
      .settings()
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((value) => settings.set(value));
    void create();
  });
  destroyRef.onDestroy(() => {
    destroyed = true;
    map()?.remove();
  });

  async function create(): Promise<void> {
    const L: LeafletModule = await import('leaflet/dist/leaflet-src.esm.js');
    if (destroyed) return;
    leaflet = L;
    const element = host().nativeElement;
    const made = L.map(element, view());
    setup(L, made);
    // The map is laid out before its container has its final size (fonts, phone rotation).
    const resize = new ResizeObserver(() => {
      if (!destroyed) made.invalidateSize({ animate: false });
    });
    resize.observe(element);
    destroyRef.onDestroy(() => resize.disconnect());
    map.set(made);
  }

  function addTiles(L: LeafletModule, shown: Leaflet.Map, current: PublicSettings): void {
    if (!current.mapTileUrl) {
      noBackground.set(true);
      return;
    }
    L.tileLayer(current.mapTileUrl, { attribution: current.mapAttribution, maxZoom: 19 })
      .on('tileerror', () => noBackground.set(true))
      .addTo(shown);
  }

  return { map: map.asReadonly(), leaflet: () => leaflet, noBackground: noBackground.asReadonly() };
}
