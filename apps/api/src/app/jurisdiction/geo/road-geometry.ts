import type { GeoJsonLine, GeoJsonPosition } from '@simpul/contracts';

/**
 * Geometry of road segments on WGS84, in metres. At the scale of a road and a 45 m search radius a
 * local equirectangular projection around the query point is accurate to well under a metre, and
 * it is a few multiplications: fast enough to follow a dragged pin. No Nest, no database.
 */

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
/** Metres per degree of latitude (and of longitude at the equator). */
export const METERS_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

/** The parts of a line geometry as lists of [lng, lat] positions. */
export function lineParts(geometry: GeoJsonLine): GeoJsonPosition[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

export interface Bbox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export function bboxOf(positions: readonly GeoJsonPosition[]): Bbox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return { minLng, minLat, maxLng, maxLat };
}

export function bboxOfLine(geometry: GeoJsonLine): Bbox {
  return bboxOf(lineParts(geometry).flat());
}

/** A box around a point reaching `meters` in every direction, in degrees. */
export function boxAround(lat: number, lng: number, meters: number): Bbox {
  const dLat = meters / METERS_PER_DEGREE;
  const dLng = meters / (METERS_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 1e-6));
  return { minLng: lng - dLng, minLat: lat - dLat, maxLng: lng + dLng, maxLat: lat + dLat };
}

/** Metres from a point to a polyline (the nearest point of any of its pieces). */
export function distanceToPolyline(
  lat: number,
  lng: number,
  positions: readonly GeoJsonPosition[],
  from = 0,
  to = positions.length,
): number {
  const kx = METERS_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  const ky = METERS_PER_DEGREE;
  let best = Infinity;
  let [ax, ay] = project(positions[from], lat, lng, kx, ky);
  if (to - from === 1) return Math.hypot(ax, ay);
  for (let i = from + 1; i < to; i++) {
    const [bx, by] = project(positions[i], lat, lng, kx, ky);
    const d2 = pointSegmentDistanceSquared(ax, ay, bx, by);
    if (d2 < best) best = d2;
    ax = bx;
    ay = by;
  }
  return Math.sqrt(best);
}

export function distanceToLine(lat: number, lng: number, geometry: GeoJsonLine): number {
  let best = Infinity;
  for (const part of lineParts(geometry)) {
    const d = distanceToPolyline(lat, lng, part);
    if (d < best) best = d;
  }
  return best;
}

function project(
  position: GeoJsonPosition,
  lat: number,
  lng: number,
  kx: number,
  ky: number,
): [number, number] {
  return [(position[0] - lng) * kx, (position[1] - lat) * ky];
}

/** Squared distance from the origin (the query point) to the segment a–b. */
function pointSegmentDistanceSquared(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  let t = length2 === 0 ? 0 : -(ax * dx + ay * dy) / length2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const x = ax + t * dx;
  const y = ay + t * dy;
  return x * x + y * y;
}

/** One problem with a geometry, in both languages. */
export interface GeometryProblem {
  id: string;
  en: string;
}

/**
 * Checks a GeoJSON LineString / MultiLineString: the type, at least two positions per part,
 * finite numbers, longitude in [-180, 180] and latitude in [-90, 90]. Returns the first problem,
 * or null when the geometry is valid.
 */
export function geometryProblem(value: unknown): GeometryProblem | null {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { id: 'geometri tidak ada', en: 'geometry is missing' };
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'LineString' && type !== 'MultiLineString')
    return {
      id: 'geometri harus LineString atau MultiLineString',
      en: 'geometry must be a LineString or MultiLineString',
    };
  if (!Array.isArray(coordinates))
    return { id: 'koordinat geometri tidak ada', en: 'geometry coordinates are missing' };
  const parts: unknown[] = type === 'LineString' ? [coordinates] : coordinates;
  if (parts.length === 0)
    return { id: 'MultiLineString tanpa garis', en: 'MultiLineString has no lines' };
  for (const part of parts) {
    if (!Array.isArray(part) || part.length < 2)
      return {
        id: 'setiap garis perlu paling sedikit dua titik',
        en: 'every line needs at least two positions',
      };
    for (const position of part) {
      if (
        !Array.isArray(position) ||
        position.length < 2 ||
        typeof position[0] !== 'number' ||
        typeof position[1] !== 'number' ||
        !Number.isFinite(position[0]) ||
        !Number.isFinite(position[1])
      )
        return {
          id: 'setiap titik harus [bujur, lintang] berupa angka',
          en: 'every position must be [longitude, latitude] numbers',
        };
      if (Math.abs(position[0]) > 180 || Math.abs(position[1]) > 90)
        return {
          id: 'bujur harus -180..180 dan lintang -90..90',
          en: 'longitude must be within -180..180 and latitude within -90..90',
        };
    }
  }
  return null;
}

/** The geometry with only [lng, lat] of each position (drops altitude and extra members). */
export function normalizeLine(value: GeoJsonLine): GeoJsonLine {
  const clean = (part: GeoJsonPosition[]): GeoJsonPosition[] =>
    part.map((p): GeoJsonPosition => [p[0], p[1]]);
  return value.type === 'LineString'
    ? { type: 'LineString', coordinates: clean(value.coordinates) }
    : { type: 'MultiLineString', coordinates: value.coordinates.map(clean) };
}

/**
 * Parses WKT `LINESTRING (lng lat, …)` / `MULTILINESTRING ((…), (…))` into GeoJSON; returns null
 * when the text is not one of those (the caller reports it per feature).
 */
export function parseWktLine(text: string): GeoJsonLine | null {
  const wkt = text.trim();
  const match = /^(MULTILINESTRING|LINESTRING)\s*(?:Z|M|ZM)?\s*\(([\s\S]*)\)$/i.exec(wkt);
  if (!match) return null;
  const parsePart = (body: string): GeoJsonPosition[] | null => {
    const positions: GeoJsonPosition[] = [];
    for (const pair of body.split(',')) {
      const numbers = pair.trim().split(/\s+/).map(Number);
      if (numbers.length < 2 || numbers.some((n) => !Number.isFinite(n))) return null;
      positions.push([numbers[0], numbers[1]]);
    }
    return positions;
  };
  if (match[1].toUpperCase() === 'LINESTRING') {
    const part = parsePart(match[2]);
    return part ? { type: 'LineString', coordinates: part } : null;
  }
  const parts: GeoJsonPosition[][] = [];
  const partPattern = /\(([^()]*)\)/g;
  const rest = match[2].replace(partPattern, '').replace(/[\s,]/g, '');
  if (rest !== '') return null;
  for (const m of match[2].matchAll(partPattern)) {
    const part = parsePart(m[1]);
    if (!part) return null;
    parts.push(part);
  }
  return parts.length ? { type: 'MultiLineString', coordinates: parts } : null;
}
