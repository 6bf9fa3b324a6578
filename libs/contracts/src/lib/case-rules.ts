/**
 * The limits and patterns of a case's input, written once: the API validates with them (the case
 * DTOs, the LAPOR importer) and the web's forms show the same mistakes before anything is sent.
 * The API stays the judge.
 */
export const CASE_LIMITS = {
  titleMin: 5,
  titleMax: 300,
  descriptionMax: 20_000,
  locationMax: 500,
  /** A reporter's name or contact. */
  reporterMax: 120,
  /** The note of a status change. */
  noteMax: 5000,
} as const;

/** LAPOR! Tracking IDs are numeric. */
export const TRACKING_ID_PATTERN = /^\d{4,12}$/;

/** Nomor Induk Kependudukan: exactly 16 digits. */
export const NIK_PATTERN = /^\d{16}$/;

/** Limits of a case's tags (labels); the API lowercases, trims and collapses spaces first. */
export const CASE_TAG_LIMITS = { maxLength: 32, maxCount: 20 } as const;

/** The form a tag is stored in: trimmed, lowercase, single spaces. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, ' ');
}
