import type { EntityManager } from 'typeorm';
import type { PlacesService } from './places.service';

export interface LocationEvidence {
  /** A regency/city code that staff chose: the area is known, nothing to derive. */
  regencyCode?: string | null;
  /** The complaint's own words, most specific first (location text, title, chronology). */
  texts: (string | null | undefined)[];
  /** Where a free location text came from when no place is recognised in it. */
  textSource: 'staff' | 'lapor';
  hasLocationText: boolean;
}

/**
 * The location of a new case, for every intake path: a staff-chosen area, else the place the
 * complaint's words name (administrative codes, confidence `text`), else the bare text.
 */
export async function deriveCaseLocation(
  manager: EntityManager,
  places: PlacesService,
  caseId: string,
  evidence: LocationEvidence,
): Promise<void> {
  if (evidence.regencyCode) {
    await manager.query(
      `UPDATE "case" SET province_code = '35', location_confidence = 'area', location_source = 'staff',
         area_source = 'staff', location_updated_at = now() WHERE id = $1`,
      [caseId],
    );
    return;
  }
  const place = await places.derive(evidence.texts.filter(Boolean).join('. '));
  if (place) {
    await manager.query(
      `UPDATE "case" SET province_code = '35', regency_code = $2, district_code = $3, village_code = $4,
         location_confidence = 'text', location_source = 'text', area_source = 'text', location_updated_at = now() WHERE id = $1`,
      [caseId, place.regencyCode, place.districtCode, place.villageCode],
    );
  } else if (evidence.hasLocationText) {
    await manager.query(
      `UPDATE "case" SET location_confidence = 'text', location_source = $2 WHERE id = $1`,
      [caseId, evidence.textSource],
    );
  }
}
