/** WGS84 degrees. */
export interface LatLngPoint {
  lat: number;
  lng: number;
}

/** One administrative area of East Java (Kemendagri code and official name). */
export interface AreaOption {
  /** `35.07`, `35.07.16` or `35.07.16.2003`. */
  code: string;
  /** Official name, e.g. `Kabupaten Malang`, `Sumberpucung`. */
  name: string;
}

/**
 * Staff set a case's location (`PUT /api/cases/:id/location`). With `point` it becomes `pinned`;
 * with only area codes it becomes `area` and any earlier point is removed. Codes must nest:
 * the district inside the regency, the village inside the district.
 */
export interface SetCaseLocationRequest {
  version: number;
  point?: LatLngPoint | null;
  regencyCode?: string | null;
  districtCode?: string | null;
  villageCode?: string | null;
}

/** `PUT /api/cases/:id/tags`: the whole new list (duplicates after normalising count once). */
export interface SetCaseTagsRequest {
  version: number;
  tags: string[];
}
