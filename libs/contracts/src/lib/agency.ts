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
