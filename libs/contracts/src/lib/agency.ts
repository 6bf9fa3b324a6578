/** The kinds of organisations that take part in complaint work (see shared/DOMAIN.md §1). */
export const AGENCY_KINDS = [
  'provincial_department',
  'field_unit',
  'national_road_authority',
  'national_work_unit',
  'regency_office',
  'village_government',
  'government_body',
  'utility',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface AgencySummary {
  id: string;
  /** Stable machine code, e.g. `dpubm-jatim`, `upt-pjj-malang`, `pu-3507`. */
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId: string | null;
  /** Kemendagri regency/city codes the agency covers, e.g. `35.07`. */
  regencyCodes: string[];
  active: boolean;
}

export interface AgencyDetail extends AgencySummary {
  /** Agencies this one coordinates (e.g. Diskominfo Jatim for SP4N-LAPOR): read-only access. */
  coordinatesIds: string[];
}

export interface CreateAgencyRequest {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId?: string | null;
  regencyCodes?: string[];
  coordinatesIds?: string[];
}

export type UpdateAgencyRequest = Partial<Omit<CreateAgencyRequest, 'code'>> & { active?: boolean };
