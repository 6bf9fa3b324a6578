import type { GeoJsonLine, RoadStatus } from '@simpul/contracts';
import type * as Leaflet from 'leaflet';

/**
 * One colour per road status, the same on every map and legend: national red, provincial orange,
 * regency green, city blue, village brown (readable on light tiles and without them).
 */
export const ROAD_STATUS_COLORS: Record<RoadStatus, string> = {
  nasional: '#c62828',
  provinsi: '#ef6c00',
  kabupaten: '#2e7d32',
  kota: '#1565c0',
  desa: '#6d4c41',
};

/** Sample data is named so in the registry ("SAMPLE Jl. Raya Lawang"): it is not official. */
export function isSampleName(name: string | null | undefined): boolean {
  return !!name && /^SAMPLE\b/.test(name);
}

/** GeoJSON [lng, lat] lines as Leaflet [lat, lng] polylines. */
export function leafletLines(geometry: GeoJsonLine): Leaflet.LatLngExpression[][] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((part) => part.map(([lng, lat]) => [lat, lng] as [number, number]));
}
