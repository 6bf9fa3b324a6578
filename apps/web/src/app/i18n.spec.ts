import {
  AGENCY_KINDS,
  AUDIT_ACTIONS,
  CASE_ACTIONS,
  CASE_CATEGORIES,
  CASE_PRIORITIES,
  CASE_STATUSES,
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  MEMBERSHIP_ROLES,
  PARTICIPANT_ROLES,
} from '@simpul/contracts';
import { ACTIONS_NEEDING_NOTE } from './core/case-labels';
import en from '../i18n/en.json';
import id from '../i18n/id.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe('translations', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(id as Tree).sort());
  });

  it('name every role, agency kind, case status, channel, category, case action and audit action', () => {
    const required = [
      ...MEMBERSHIP_ROLES.map((role) => `roles.${role}`),
      ...MEMBERSHIP_ROLES.map((role) => `roleHints.${role}`),
      ...AGENCY_KINDS.map((kind) => `agencyKinds.${kind}`),
      ...CASE_CHANNELS.map((channel) => `channels.${channel}`),
      ...CASE_CLASSIFICATIONS.map((c) => `classifications.${c}`),
      ...PARTICIPANT_ROLES.map((role) => `participantRoles.${role}`),
      ...CASE_STATUSES.map((status) => `caseStatuses.${status}`),
      ...CASE_PRIORITIES.map((priority) => `casePriorities.${priority}`),
      ...CASE_CATEGORIES.map((category) => `caseCategories.${category}`),
      ...AUDIT_ACTIONS.map((action) => `auditActions.${action}`),
      ...CASE_ACTIONS.map((action) => `caseActions.${action}`),
      ...ACTIONS_NEEDING_NOTE.flatMap((action) => [
        `transitionNote.${action}.label`,
        `transitionNote.${action}.hint`,
      ]),
    ];
    for (const tree of [id, en] as Tree[]) {
      const missing = required.filter((key) => typeof lookup(tree, key) !== 'string');
      expect(missing).toEqual([]);
    }
  });

  it('use the agreed Indonesian words', () => {
    expect(lookup(id as Tree, 'participantRoles.lead')).toBe('Utama');
    expect(lookup(id as Tree, 'agencyKinds.national_road_authority')).toBe(
      'Otoritas jalan nasional (BBPJN)',
    );
    expect(lookup(id as Tree, 'roles.pimpinan')).toBe('Pimpinan');
    expect(lookup(id as Tree, 'caseActions.route')).toBe('Verifikasi & disposisi');
    expect(lookup(id as Tree, 'transitionNote.follow_up.label')).toBe(
      'Teks tindak lanjut untuk pelapor (akan disalin ke LAPOR)',
    );
  });
});
