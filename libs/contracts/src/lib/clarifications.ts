/**
 * Hoax clarifications (issue #15): co-written live by humas of several agencies, approved along a
 * chain, published in every format at once (shared/DOMAIN.md §5). These are the shapes shared by
 * the API (drafts, approval, publication) and the output renderers (public page, WhatsApp, X,
 * Instagram, share card) and the web.
 */

export const CLARIFICATION_LABELS = [
  'HOAKS',
  'DISINFORMASI',
  'MISINFORMASI',
  'KLARIFIKASI',
] as const;
export type ClarificationLabel = (typeof CLARIFICATION_LABELS)[number];

export const CLARIFICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'corrected',
  'retracted',
] as const;
export type ClarificationStatus = (typeof CLARIFICATION_STATUSES)[number];

/** The co-edited sections: one Y.Text each in the draft's Yjs document (plain text, light markup). */
export const CLARIFICATION_SECTIONS = [
  'title',
  'claim',
  'penjelasan',
  'faktanya',
  'sumber',
] as const;
export type ClarificationSection = (typeof CLARIFICATION_SECTIONS)[number];

/** The claim as it circulated. */
export interface CirculatedClaim {
  /** Verbatim narrative of the claim (also the `claim` section's text when published). */
  narrative: string;
  /** e.g. WhatsApp, Facebook, X, Instagram, TikTok. */
  platform: string;
  sourceUrls: string[];
  archiveUrls: string[];
  /** When the hoax was logged (ISO); the 24-hour clock runs from here to publication. */
  loggedAt: string;
}

/** A public evidence photo: only marked public, EXIF stripped, never from a confidential case. */
export interface PublicEvidencePhoto {
  url: string;
  caption: string;
}

/** A dated note shown on every output after a correction or retraction. */
export interface ClarificationNote {
  kind: 'correction' | 'retraction';
  at: string;
  text: string;
}

/**
 * The content of one approved version, exactly what every output is rendered from. Texts are plain
 * text with light markup: `**bold**`, `[text](https://…)`, lines starting with `- ` as list items.
 */
export interface ClarificationContent {
  label: ClarificationLabel;
  title: string;
  claim: CirculatedClaim;
  penjelasan: string;
  faktanya: string;
  /** References (one per line in the `sumber` section), e.g. an agency statement or a road status. */
  sumber: string[];
  /** The agencies that co-own the clarification (the opening agency first). */
  agencies: { id: string; name: string; shortName: string }[];
  evidence: PublicEvidencePhoto[];
}

/** A published clarification as the public page, the outputs and the index see it. */
export interface PublishedClarification {
  id: string;
  slug: string;
  /** Absolute public URL of `/klarifikasi/<slug>`. */
  url: string;
  content: ClarificationContent;
  status: Extract<ClarificationStatus, 'published' | 'corrected' | 'retracted'>;
  publishedAt: string;
  updatedAt: string;
  notes: ClarificationNote[];
}

/** Every output of one published version, each ready to copy. */
export interface ClarificationOutputs {
  whatsapp: string;
  /** Posts of the X thread, each ≤ 280 characters with a URL counted as 23. */
  xThread: string[];
  instagramCaption: string;
  /** Path of the 1080×1080 PNG share card. */
  shareCardUrl: string;
  publicUrl: string;
}
