import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** WGS84 degrees, as the API takes them. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Where a map without a point opens: the whole of East Java. */
export const EAST_JAVA_CENTER: LatLng = { lat: -7.6, lng: 112.5 };
export const EAST_JAVA_ZOOM = 8;
/** Close enough to see the street a point is on. */
export const POINT_ZOOM = 16;

/** Six decimals: about 10 cm, finer than any phone's GPS. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function roundPoint(point: LatLng): LatLng {
  return { lat: roundCoordinate(point.lat), lng: roundCoordinate(point.lng) };
}

/** `-8.1631, 112.5733` */
export function formatCoordinates(point: LatLng): string {
  return `${roundCoordinate(point.lat)}, ${roundCoordinate(point.lng)}`;
}

/**
 * A coordinate as people type it: Indonesian writing uses a decimal comma, phones offer a
 * typographic minus. Null when the text is not a number.
 */
export function parseCoordinate(text: string): number | null {
  const normalized = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(',', '.');
  return /^[-+]?\d{1,3}(\.\d+)?$/.test(normalized) ? Number(normalized) : null;
}

/** Empty is allowed (not typed yet); otherwise a number within ±limit degrees. */
export function coordinateValidator(limit: 90 | 180): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (control.value.trim() === '') return null;
    const value = parseCoordinate(control.value);
    if (value === null) return { coordinate: true };
    return Math.abs(value) > limit ? { range: { limit } } : null;
  };
}

export function hasPoint(location: { lat: number | null; lng: number | null }): location is LatLng {
  return location.lat !== null && location.lng !== null;
}
