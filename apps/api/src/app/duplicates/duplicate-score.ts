import type { DuplicateReason } from '@simpul/contracts';

/** Below this trigram similarity, text alone does not make two cases look alike. */
export const TEXT_SIMILARITY_THRESHOLD = 0.3;
/** A text similarity worth naming as a reason next to a distance. */
const TEXT_REASON_FLOOR = 0.15;

const PROXIMITY_WEIGHT = 0.55;
const TEXT_WEIGHT = 0.45;
const SAME_VILLAGE_BONUS = 0.1;
const SAME_REGENCY_BONUS = 0.05;

export interface DuplicateSignals {
  /** Null when either case has no point. */
  distanceMeters: number | null;
  radiusMeters: number;
  titleSimilarity: number;
  descriptionSimilarity: number;
  sameVillage: string | null;
  sameRegency: string | null;
  /** Both regencies (or both districts) are known and they differ: another place. */
  otherArea: boolean;
}

export type DuplicateVerdict =
  | { suggest: false }
  | { suggest: true; score: number; textSimilarity: number; reasons: DuplicateReason[] };

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Whether an open case of the same category looks like a duplicate, and how strongly. Two points
 * farther apart than the radius are different places whatever the words say; without two points,
 * similar text decides, unless the cases lie in different regencies or districts (chosen, pinned
 * or named by their words), so common words alone never pair places 40 km apart. The score mixes proximity
 * (1 at the same spot, 0 at the radius) and text similarity, with a small bonus for the same
 * village or regency.
 */
export function judgeDuplicate(signals: DuplicateSignals): DuplicateVerdict {
  const { distanceMeters, radiusMeters } = signals;
  const textSimilarity = Math.max(signals.titleSimilarity, signals.descriptionSimilarity);
  const near = distanceMeters !== null && distanceMeters <= radiusMeters;
  if (distanceMeters !== null && !near) return { suggest: false };
  if (!near && (signals.otherArea || textSimilarity < TEXT_SIMILARITY_THRESHOLD))
    return { suggest: false };
  const proximity = near ? 1 - distanceMeters / radiusMeters : 0;
  const bonus = signals.sameVillage
    ? SAME_VILLAGE_BONUS
    : signals.sameRegency
      ? SAME_REGENCY_BONUS
      : 0;
  const score = Math.min(1, PROXIMITY_WEIGHT * proximity + TEXT_WEIGHT * textSimilarity + bonus);
  const reasons: DuplicateReason[] = [];
  if (near) reasons.push({ kind: 'distance', meters: Math.round(distanceMeters) });
  if (textSimilarity >= TEXT_REASON_FLOOR) {
    reasons.push({
      kind: 'text',
      field: signals.titleSimilarity >= signals.descriptionSimilarity ? 'title' : 'description',
      similarity: round(textSimilarity, 2),
    });
  }
  if (signals.sameVillage) reasons.push({ kind: 'same_village', villageCode: signals.sameVillage });
  else if (signals.sameRegency)
    reasons.push({ kind: 'same_regency', regencyCode: signals.sameRegency });
  return {
    suggest: true,
    score: round(score, 3),
    textSimilarity: round(textSimilarity, 3),
    reasons,
  };
}

/** Half-sizes in degrees of a box that holds every point within `meters` of the latitude. */
export function boundingBox(lat: number, meters: number): { dLat: number; dLng: number } {
  const dLat = meters / 111_320;
  const cos = Math.cos((lat * Math.PI) / 180);
  return { dLat, dLng: meters / (111_320 * Math.max(cos, 0.01)) };
}
