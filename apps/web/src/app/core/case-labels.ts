import { CASE_CATEGORIES, type CaseCategory } from '@simpul/contracts';

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
