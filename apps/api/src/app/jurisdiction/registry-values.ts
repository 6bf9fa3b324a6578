import {
  AGENCY_KINDS,
  ROAD_STATUSES,
  ROUTING_RULE_MODES,
  type AgencyKind,
  type GeoJsonLine,
  type GeoJsonPosition,
  type RoadStatus,
  type RoutingRuleMode,
} from '@simpul/contracts';
import { geometryProblem } from './geo/road-geometry';

/** Narrowing of stored text columns to the contract unions: an unknown value is refused. */
export function roadStatusOf(value: string): RoadStatus {
  const status = ROAD_STATUSES.find((s) => s === value);
  if (!status) throw new Error(`road status holds an unknown value: ${value}`);
  return status;
}

export function ruleModeOf(value: string): RoutingRuleMode {
  const mode = ROUTING_RULE_MODES.find((m) => m === value);
  if (!mode) throw new Error(`routing_rule.mode holds an unknown value: ${value}`);
  return mode;
}

export function agencyKindOf(value: string): AgencyKind {
  const kind = AGENCY_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`agency.kind holds an unknown value: ${value}`);
  return kind;
}

/** A stored (or uploaded) GeoJSON line, checked and rebuilt as the contract type. */
export function lineOf(value: unknown): GeoJsonLine {
  const problem = geometryProblem(value);
  if (problem) throw new Error(`road_segment.geometry is not a line: ${problem.en}`);
  const { type, coordinates } = value as { type: string; coordinates: unknown[] };
  const part = (positions: unknown[]): GeoJsonPosition[] =>
    positions.map((p): GeoJsonPosition => {
      const [lng, lat] = p as [number, number];
      return [lng, lat];
    });
  return type === 'LineString'
    ? { type: 'LineString', coordinates: part(coordinates) }
    : { type: 'MultiLineString', coordinates: coordinates.map((c) => part(c as unknown[])) };
}

/** A numeric column (pg returns text) as a number, or null. */
export const kmOf = (value: string | null): number | null =>
  value === null ? null : Number(value);

/** Today's date (YYYY-MM-DD) in the agencies' time zone. */
export function localDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
