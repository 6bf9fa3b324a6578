/**
 * The limits the API validates on cases (CreateCaseDto, UpdateCaseDto, CaseTransitionDto),
 * mirrored so most mistakes show before anything is sent. The API stays the judge.
 */
export const CASE_LIMITS = {
  titleMin: 5,
  titleMax: 300,
  descriptionMax: 20_000,
  locationMax: 500,
  reporterMax: 120,
  noteMax: 5000,
} as const;

/** LAPOR Tracking IDs are numeric. */
export const TRACKING_ID_PATTERN = /^\d{4,12}$/;
/** Nomor Induk Kependudukan: exactly 16 digits. */
export const NIK_PATTERN = /^\d{16}$/;
