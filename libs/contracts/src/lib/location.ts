/** How sure we are of a case's location (DOMAIN.md §4). */
export const LOCATION_CONFIDENCES = ['gps', 'pinned', 'text', 'area', 'unknown'] as const;
export type LocationConfidence = (typeof LOCATION_CONFIDENCES)[number];

export interface CaseLocation {
  /** WGS84 degrees; null when only an area or a text is known. */
  lat: number | null;
  lng: number | null;
  addressText: string | null;
  /** Kemendagri codes, most specific known: `35`, `35.07`, `35.07.16`, `35.07.16.2003`. */
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
  confidence: LocationConfidence;
  /** Who set it: `reporter` (answered a location request), `staff`, `photo`, `text`. */
  source: string | null;
  updatedAt: string | null;
  /** The official names of the codes above ('Kabupaten Malang', 'Lawang'); absent in old answers. */
  areaNames?: CaseAreaNames;
  /** Where the area codes come from; null when not known (older cases). Absent in old answers. */
  areaSource?: AreaSource | null;
  /** The reporter's landmark ("Patokan": "depan pasar, dekat pertigaan"). Absent in old answers. */
  landmark?: string | null;
}

/**
 * Where a case's area comes from: `segment` (the road-registry segment its point lies on names the
 * regency and district), `staff` (chosen by staff), `text` (named by the complaint's words). A
 * point whose area is not `segment` lies on no known segment: its own area is not known (there is
 * no boundary data offline), and the case keeps the area its text or staff named.
 */
export const AREA_SOURCES = ['segment', 'staff', 'text'] as const;
export type AreaSource = (typeof AREA_SOURCES)[number];

/** The longest landmark ("Patokan") a reporter or officer gives. */
export const LANDMARK_MAX_CHARS = 500;

/** Indonesia's bounding box (WGS84 degrees): a point outside it is a mistake, not a location. */
export const INDONESIA_BOUNDS = {
  minLat: -11.5,
  maxLat: 6.5,
  minLng: 94.5,
  maxLng: 141.5,
} as const;

function insideIndonesia(lat: number, lng: number): boolean {
  const b = INDONESIA_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

/**
 * Whether a point can be a place in Indonesia: `inside`; `swapped` when latitude and longitude
 * were typed the wrong way round (the other order is inside); else `outside`.
 */
export function indonesiaPointCheck(lat: number, lng: number): 'inside' | 'swapped' | 'outside' {
  if (insideIndonesia(lat, lng)) return 'inside';
  return insideIndonesia(lng, lat) ? 'swapped' : 'outside';
}

/** Kemendagri names of a location's regency, district and village; null where not known. */
export interface CaseAreaNames {
  regency: string | null;
  district: string | null;
  village: string | null;
}

/** "Ask the reporter for the location": a one-time link with its own clock. */
export interface LocationRequestResponse {
  url: string;
  expiresAt: string;
  /** Indonesian message to send by WhatsApp, with the link. */
  messageText: string;
  /** `https://wa.me/<number>?text=…` when the reporter's contact looks like a phone number. */
  whatsappUrl: string | null;
}

/** What the public page shows the reporter: nothing about other people, no internal notes. */
export interface PublicLocationRequest {
  caseNumber: string;
  caseTitle: string;
  expiresAt: string;
  answered: boolean;
}

export interface LocationAnswerRequest {
  lat: number;
  lng: number;
  /** Optional words from the reporter ("depan balai desa"). */
  note?: string;
}

export type PlaceLevel = 'regency' | 'district' | 'village';

/**
 * The longest text the place finder reads: a pasted WhatsApp message is cut there by the web,
 * which sends it in a POST body (in a URL it overflowed the request line, HTTP 431).
 */
export const PLACE_TEXT_MAX_CHARS = 5000;

/** A place of East Java that a text probably names (the place finder), best first. */
export interface PlaceCandidate {
  level: PlaceLevel;
  /** Kemendagri code of the most specific place matched, e.g. '35.07.16.2003'. */
  code: string;
  /** Official name of that place, e.g. 'Sumberpucung' or 'Kabupaten Malang'. */
  name: string;
  regencyCode: string;
  regencyName: string;
  districtCode: string | null;
  districtName: string | null;
  villageCode: string | null;
  villageName: string | null;
  /** Confidence between 0 and 1. */
  score: number;
  /** The words of the text that matched, as written there (the place and its corroborations). */
  matched: string[];
}

/**
 * Where a place lies on the map, as far as offline data tells: the box around the road-registry
 * segments of its district (else of its regency). There is no boundary data offline, so a place
 * with no registered road has no box.
 */
export interface PlaceBounds {
  /** Kemendagri code the box belongs to: the place's district, or its regency. */
  code: string;
  basis: 'district' | 'regency';
  south: number;
  west: number;
  north: number;
  east: number;
}

/** `GET /api/jurisdiction/place-bounds?code=`: null when no road of the place is registered. */
export interface PlaceBoundsResponse {
  bounds: PlaceBounds | null;
}
