/**
 * Jurisdiction (issue #13): who owns a complaint. Authority over a road follows the status of its
 * segment (ruas) at the incident date (shared/DOMAIN.md §3); other categories follow routing rules
 * (category × regency × road status → agency). These are the shapes the registry, the routing
 * rules and the owner suggestion share between the API and the web.
 */

/** Road status classes of the road-status registry (UU 38/2004 and its successors). */
export const ROAD_STATUSES = ['nasional', 'provinsi', 'kabupaten', 'kota', 'desa'] as const;
export type RoadStatus = (typeof ROAD_STATUSES)[number];

/** How sure a suggestion is: a point on one owner's segment is `high`; a guess from the area `low`. */
export const SUGGESTION_CONFIDENCES = ['high', 'medium', 'low', 'none'] as const;
export type SuggestionConfidence = (typeof SUGGESTION_CONFIDENCES)[number];

/** What decided a suggestion, in the order the suggester tries them. */
export const SUGGESTION_BASES = [
  /** The nearest valid segment within 30 m of the case's point. */
  'segment',
  /** Segments of two or more owners lie within 15 m of the nearest one: a person must choose. */
  'ambiguous',
  /** No point: a road name or link number in the text matched a segment. */
  'road_name',
  /** A routing rule for the category and regency (and road status, when known). */
  'routing_rule',
  /** Nothing better: the regency/city office of the case's administrative area. */
  'area',
  /** Nothing to go on. */
  'none',
] as const;
export type SuggestionBasis = (typeof SUGGESTION_BASES)[number];

/** Whether a routing rule only suggests (the default) or hands the case over at intake directly. */
export const ROUTING_RULE_MODES = ['suggest', 'direct'] as const;
export type RoutingRuleMode = (typeof ROUTING_RULE_MODES)[number];

/** The facts behind one candidate owner, enough to show and to re-check the suggestion. */
export interface SuggestionEvidence {
  segmentId: string | null;
  segmentName: string | null;
  linkNumber: string | null;
  roadStatus: RoadStatus | null;
  /** Metres from the case's point to the segment, when a point decided it. */
  distanceMeters: number | null;
  /** The segment's geometry (GeoJSON LineString or MultiLineString) so the map can draw it. */
  segmentGeometry: GeoJsonLine | null;
  ruleId: string | null;
  ruleMode: RoutingRuleMode | null;
  /** The registry version (import batch) the segment or rule came from. */
  registryVersionId: string | null;
  /** Text matched in the complaint (road name or link number), when the text decided it. */
  matchedText: string | null;
}

export interface OwnerCandidate {
  agencyId: string;
  agencyShortName: string;
  agencyName: string;
  confidence: SuggestionConfidence;
  evidence: SuggestionEvidence;
}

/** The answer to "who owns this?" for a case or a point. */
export interface OwnerSuggestion {
  basis: SuggestionBasis;
  /** The suggested owner; null when ambiguous or nothing matched. */
  agencyId: string | null;
  agencyShortName: string | null;
  confidence: SuggestionConfidence;
  /** The suggested owner first; two or more when `basis` is `ambiguous`. */
  candidates: OwnerCandidate[];
  /** One sentence that explains the suggestion, e.g. "Titik berada 12 m dari ruas provinsi …". */
  explanation: { id: string; en: string };
  /** Road status of the deciding segment (drives the provincial pothole clock); null without one. */
  roadStatus: RoadStatus | null;
  /** The date the registry was read at: the incident date, else the received date (YYYY-MM-DD). */
  asOf: string;
}

export type GeoJsonPosition = [number, number];
export type GeoJsonLine =
  | { type: 'LineString'; coordinates: GeoJsonPosition[] }
  | { type: 'MultiLineString'; coordinates: GeoJsonPosition[][] };

/** Ask for a suggestion without a case (e.g. a dragged pin on the intake form). */
export interface OwnerSuggestionQuery {
  lat?: number;
  lng?: number;
  /** Free text to match road names and link numbers in, when there is no point. */
  text?: string;
  category?: string;
  regencyCode?: string;
  /** YYYY-MM-DD; default today. */
  asOf?: string;
}

/** Formats a registry import accepts: GeoJSON FeatureCollection, or CSV with a WKT column. */
export const REGISTRY_IMPORT_FORMATS = ['geojson', 'csv'] as const;
export type RegistryImportFormat = (typeof REGISTRY_IMPORT_FORMATS)[number];
/** Where a registry version came from; `sample` is the demo network (not official data). */
export type RegistrySource = RegistryImportFormat | 'sample';
export const REGISTRY_IMPORT_STATUSES = [
  'queued',
  'running',
  'done',
  'failed',
  'cancelled',
] as const;
export type RegistryImportStatus = (typeof REGISTRY_IMPORT_STATUSES)[number];
/** Largest registry file an import takes (multipart field `file`). */
export const REGISTRY_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Most segments one `GET jurisdiction/segments` answers (the map asks per visible box). */
export const REGISTRY_SEGMENTS_MAX = 2000;

/** One problem of one feature of an import: its position (0-based), the property, the reason. */
export interface RegistryImportError {
  index: number;
  field: string;
  message: { id: string; en: string };
}

/**
 * One registry version: an import batch and its background job. Its segments become visible
 * only when the whole import committed (`done`); a failed or cancelled import stores none.
 */
export interface RoadRegistryVersion {
  id: string;
  source: RegistrySource;
  label: string;
  fileName: string | null;
  isSample: boolean;
  /** YYYY-MM-DD: the day its segments take effect (older rows of the same link and km close). */
  validFrom: string;
  status: RegistryImportStatus;
  totalFeatures: number;
  doneFeatures: number;
  /** 0–100. */
  percent: number;
  segmentCount: number;
  /** Rows of earlier versions this one closed (same link and km range). */
  closedCount: number;
  /** The first problems found (at most 200), per feature. */
  errors: RegistryImportError[];
  cancelRequested: boolean;
  createdAt: string;
  createdByName: string | null;
  finishedAt: string | null;
}

/** A road segment as the admin map draws it. */
export interface RoadSegmentView {
  id: string;
  versionId: string;
  linkNumber: string | null;
  kmFrom: number | null;
  kmTo: number | null;
  name: string;
  status: RoadStatus;
  regencyCode: string | null;
  districtCode: string | null;
  agencyId: string;
  agencyShortName: string;
  geometry: GeoJsonLine;
  validFrom: string;
  validTo: string | null;
  sourceNote: string | null;
  isSample: boolean;
}

/** `GET jurisdiction/segments?minLng&minLat&maxLng&maxLat&asOf`: the segments valid in a box. */
export interface RoadSegmentsAnswer {
  segments: RoadSegmentView[];
  /** More segments lie in the box than `REGISTRY_SEGMENTS_MAX`: zoom in. */
  truncated: boolean;
  /** Whether the registry in force holds the SAMPLE network (the map shows a banner). */
  sampleLoaded: boolean;
  /** Segments valid today, all of the registry. */
  totalValid: number;
}

/** A routing rule: category × regency (× road status) → agency, versioned by validity. */
export interface RoutingRuleView {
  id: string;
  category: string;
  /** null: any regency. */
  regencyCode: string | null;
  /** null: any road status. */
  roadStatus: RoadStatus | null;
  agencyId: string;
  agencyShortName: string;
  mode: RoutingRuleMode;
  note: string | null;
  isSample: boolean;
  validFrom: string;
  validTo: string | null;
  createdAt: string;
  createdByName: string | null;
}

/** `POST jurisdiction/rules` (new) and `PUT jurisdiction/rules/{id}` (a new version of it). */
export interface SaveRoutingRuleRequest {
  category: string;
  regencyCode: string | null;
  roadStatus: RoadStatus | null;
  agencyId: string;
  mode: RoutingRuleMode;
  note?: string | null;
}

/** Whether the caller may edit the registry and the rules (the pages show or hide their tools). */
export interface JurisdictionPermissions {
  importRegistry: boolean;
  editRules: boolean;
}

/** Why the 1×24 h pothole clock runs or not, shown on the case page. */
export interface PotholeClockReason {
  applies: boolean;
  reason: { id: string; en: string };
}
