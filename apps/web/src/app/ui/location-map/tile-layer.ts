import type { PublicSettings } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';

/**
 * The configured background tiles of every map. Without a tile URL, or once a tile fails (closed
 * networks), `onNoBackground` runs: pins and typed coordinates keep working without a background.
 */
export function addTileLayer(
  L: typeof Leaflet,
  map: Leaflet.Map,
  settings: PublicSettings,
  onNoBackground: () => void,
): Leaflet.TileLayer | null {
  if (!settings.mapTileUrl) {
    onNoBackground();
    return null;
  }
  return L.tileLayer(settings.mapTileUrl, { attribution: settings.mapAttribution, maxZoom: 19 })
    .on('tileerror', onNoBackground)
    .addTo(map);
}
