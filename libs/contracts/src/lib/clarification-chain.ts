/** Roles a chain step may name in an agency of the configuring agency's subtree. */
export const CLARIFICATION_APPROVER_ROLES = ['petugas', 'humas', 'pimpinan'] as const;
export type ClarificationApproverRole = (typeof CLARIFICATION_APPROVER_ROLES)[number];

/** At most this many configured steps per agency, and named people per list. */
export const CLARIFICATION_CHAIN_MAX_STEPS = 10;
export const CLARIFICATION_CHAIN_MAX_PEOPLE = 20;

/** One configured step as the PUT sends it: a role in an agency, or named people; alternates too. */
export interface ClarificationChainStepInput {
  name: string;
  /** A role in the agency or a unit of its subtree (e.g. a UPT's petugas for the fact check)… */
  approverAgencyId?: string | null;
  role?: ClarificationApproverRole | null;
  /** …or named people (members of the agency or its subtree). */
  userIds?: string[];
  /** People who may decide the step besides the role holders or the named people. */
  alternateUserIds?: string[];
}

/** PUT /api/clarifications/chains/:agencyId: the whole list replaced; `[]` returns to the default. */
export interface PutClarificationChainRequest {
  /** The `version` the editor read; another answers 409 STALE_VERSION. */
  baseVersion: number;
  steps: ClarificationChainStepInput[];
}

export interface ClarificationChainPerson {
  userId: string;
  name: string;
}

export interface ClarificationChainStepView {
  position: number;
  name: string;
  approverAgencyId: string | null;
  approverAgencyShortName: string | null;
  role: ClarificationApproverRole | null;
  userIds: ClarificationChainPerson[];
  alternateUserIds: ClarificationChainPerson[];
  /** Everyone who may decide this step today (role holders or named people, and alternates). */
  eligible: ClarificationChainPerson[];
  /** Nobody may decide this step: said when it is configured, not on the day of the hoax. */
  noEligibleApprover: boolean;
  /** "Langkah ini tidak punya penyetuju" / "This step has no eligible approver", or null. */
  warning: { id: string; en: string } | null;
}

/** GET (and the PUT's answer): an agency's approval chain for the clarifications it opens. */
export interface ClarificationChainView {
  agencyId: string;
  agencyShortName: string;
  /** 0 while the agency never configured its chain (the default applies). */
  version: number;
  /** False: the default chain (the agency's humas, then its pimpinan) applies. */
  configured: boolean;
  steps: ClarificationChainStepView[];
  /** How many steps have no eligible approver now. */
  stepsWithoutApprover: number;
  /** Whether the reader may change it (the agency's admin or pimpinan, or the superadmin). */
  mayConfigure: boolean;
  /** The agencies a role step may name: this agency and the units of its subtree. */
  agencies: { id: string; shortName: string; name: string }[];
  /** Active members of those agencies, one entry per membership (for naming people). */
  people: {
    userId: string;
    name: string;
    agencyId: string;
    agencyShortName: string;
    role: string;
  }[];
  updatedAt: string | null;
  updatedByName: string | null;
}
