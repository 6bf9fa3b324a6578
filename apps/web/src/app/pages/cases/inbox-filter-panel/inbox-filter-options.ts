import type { AreaOption, OfficerWorkload } from '@simpul/contracts';
import { caseCategoryKey, caseStatusKey, slaStateKey } from '../../../core/case-labels';
import type { InboxFilters } from '../case-list/inbox-filters';

/** What the filter selects offer: the agencies, East Java's regencies, the agency's officers. */
export interface InboxFilterOptions {
  agencies: readonly { id: string; shortName: string }[];
  regencies: readonly AreaOption[];
  officers: readonly OfficerWorkload[];
}

export const NO_FILTER_OPTIONS: InboxFilterOptions = { agencies: [], regencies: [], officers: [] };

/** One active filter as a removable chip: a translation key with its parameters. */
export interface ActiveFilter {
  key: keyof InboxFilters;
  labelKey: string;
  params: Record<string, string>;
  /** Translation keys to translate and join into `params.value` (statuses, category, SLA). */
  valueKeys?: string[];
}

/** The filters that narrow the inbox, in the order the panel shows them. */
export function activeFilters(filters: InboxFilters, options: InboxFilterOptions): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (filters.status.length > 0)
    chips.push({
      key: 'status',
      labelKey: 'inboxFilters.chips.status',
      params: {},
      valueKeys: filters.status.map(caseStatusKey),
    });
  if (filters.category)
    chips.push({
      key: 'category',
      labelKey: 'inboxFilters.chips.category',
      params: {},
      valueKeys: [caseCategoryKey(filters.category)],
    });
  if (filters.agencyId) {
    const agency = options.agencies.find((a) => a.id === filters.agencyId);
    chips.push({
      key: 'agencyId',
      labelKey: 'inboxFilters.chips.agency',
      params: { value: agency?.shortName ?? '…' },
    });
  }
  if (filters.regency) {
    const regency = options.regencies.find((r) => r.code === filters.regency);
    chips.push({
      key: 'regency',
      labelKey: 'inboxFilters.chips.regency',
      params: { value: regency?.name ?? filters.regency },
    });
  }
  if (filters.mine) chips.push({ key: 'mine', labelKey: 'inbox.mine', params: {} });
  if (filters.officer) {
    const officer = options.officers.find((o) => o.userId === filters.officer);
    chips.push({
      key: 'officer',
      labelKey: 'inboxFilters.chips.officer',
      params: { value: officer?.name ?? '…' },
    });
  }
  if (filters.sla)
    chips.push({
      key: 'sla',
      labelKey: 'inboxFilters.chips.sla',
      params: {},
      valueKeys: [slaStateKey(filters.sla)],
    });
  if (filters.tag)
    chips.push({ key: 'tag', labelKey: 'inboxFilters.chips.tag', params: { value: filters.tag } });
  if (filters.needsLocation)
    chips.push({ key: 'needsLocation', labelKey: 'inbox.needsLocation', params: {} });
  if (filters.escalated)
    chips.push({ key: 'escalated', labelKey: 'inbox.escalatedOnly', params: {} });
  return chips;
}
