export const CASE_CHANNELS = [
  'lapor',
  'whatsapp',
  'instagram',
  'phone',
  'letter',
  'walk_in',
  'open311',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_CLASSIFICATIONS = ['aspirasi', 'pengaduan', 'permintaan_informasi'] as const;
export type CaseClassification = (typeof CASE_CLASSIFICATIONS)[number];

export interface CaseSummary {
  id: string;
  /** Human-readable number, e.g. `SMP-2026-000123`. */
  number: string;
  title: string;
  channel: CaseChannel;
  classification: CaseClassification;
  status: string;
  leadAgencyId: string;
  regencyCode: string | null;
  createdAt: string;
}
