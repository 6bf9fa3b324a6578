import {
  CASE_CATEGORIES,
  type CaseAction,
  type CaseCategory,
  type CaseStatus,
  type SlaState,
} from '@simpul/contracts';

function isKnownCategory(category: string): category is CaseCategory {
  return (CASE_CATEGORIES as readonly string[]).includes(category);
}

/**
 * The translation key of a seeded category; a category an installation added itself is shown as
 * written (the translate pipe returns an unknown key unchanged).
 */
export function caseCategoryKey(category: string): string {
  return isKnownCategory(category) ? `caseCategories.${category}` : category;
}

/** Actions the API refuses without a note: it goes to the timeline (and, for follow_up, to LAPOR). */
export const ACTIONS_NEEDING_NOTE: readonly CaseAction[] = [
  'follow_up',
  'request_information',
  'archive',
  'reopen',
];

export function actionNeedsNote(action: CaseAction): boolean {
  return ACTIONS_NEEDING_NOTE.includes(action);
}

/** The button label of a status action, e.g. `caseActions.route` → "Verifikasi & disposisi". */
export function caseActionKey(action: CaseAction): string {
  return `caseActions.${action}`;
}

/** The label of a status, e.g. `caseStatuses.in_progress` → "Sedang diproses". */
export function caseStatusKey(status: CaseStatus): string {
  return `caseStatuses.${status}`;
}

/** The label of an SLA state, e.g. `slaStates.due_soon` → "Segera jatuh tempo". */
export function slaStateKey(state: SlaState): string {
  return `slaStates.${state}`;
}
