import {
  CASE_ACTIONS,
  CASE_STATUSES,
  type CaseAction,
  type CaseStatus,
  type MembershipRole,
} from '@simpul/contracts';
import type { CaseRelation } from '../access/access-policy';
import {
  availableActions,
  decideTransition,
  TRANSITIONS,
  type TransitionActor,
} from './case-status.machine';

const person = (relation: CaseRelation, role: MembershipRole): TransitionActor => ({
  kind: 'person',
  access: { relations: [relation], role, agencyId: 'agency-a' },
});

describe('case status machine', () => {
  // The full table: every action from every status, for the lead admin (who may do most).
  const expectedForLeadAdmin: Record<
    Exclude<CaseAction, 'merge'>,
    Partial<Record<CaseStatus, CaseStatus>>
  > = {
    verify: { new: 'verified', reopened: 'verified' },
    route: { new: 'routed', verified: 'routed', reopened: 'routed' },
    start: { verified: 'in_progress', routed: 'in_progress', reopened: 'in_progress' },
    follow_up: { routed: 'followed_up', in_progress: 'followed_up' },
    resolve: { followed_up: 'resolved', in_progress: 'resolved' },
    request_information: {
      new: 'needs_information',
      verified: 'needs_information',
      routed: 'needs_information',
      in_progress: 'needs_information',
      followed_up: 'needs_information',
      reopened: 'needs_information',
    },
    information_received: { needs_information: 'in_progress' },
    archive: { new: 'archived', verified: 'archived', needs_information: 'archived' },
    reopen: { resolved: 'reopened', archived: 'reopened' },
  };

  describe.each(
    CASE_ACTIONS.filter((action) => action !== 'merge').flatMap((action) =>
      CASE_STATUSES.map((status) => [action, status] as const),
    ),
  )('%s from %s', (action, status) => {
    const expected = expectedForLeadAdmin[action][status];
    it(expected ? `→ ${expected}` : 'is refused as invalid from this status', () => {
      const decision = decideTransition(
        action,
        status,
        'in_progress',
        person('participant:lead', 'admin'),
        'catatan',
      );
      expect(decision).toEqual(
        expected
          ? { ok: true, to: expected, holdFrom: expected === 'needs_information' ? status : null }
          : { ok: false, reason: 'invalid_from' },
      );
    });
  });

  it('returns from needs-information to where the case was', () => {
    const hold = decideTransition(
      'request_information',
      'followed_up',
      null,
      person('participant:lead', 'petugas'),
      'Mohon titik lokasi',
    );
    expect(hold).toEqual({ ok: true, to: 'needs_information', holdFrom: 'followed_up' });
    expect(
      decideTransition(
        'information_received',
        'needs_information',
        'followed_up',
        { kind: 'system' },
        undefined,
      ),
    ).toEqual({
      ok: true,
      to: 'followed_up',
      holdFrom: null,
    });
  });

  it('lets only the lead agency admin verify and route', () => {
    for (const role of ['petugas', 'humas', 'pimpinan'] as const) {
      expect(
        decideTransition('route', 'new', null, person('participant:lead', role), undefined),
      ).toEqual({ ok: false, reason: 'not_allowed' });
    }
    expect(
      decideTransition(
        'route',
        'new',
        null,
        person('participant:collaborator', 'admin'),
        undefined,
      ),
    ).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('never lets observers, ancestors, coordinators or humas move a case', () => {
    for (const relation of ['participant:observer', 'ancestor', 'coordinator'] as const) {
      expect(
        availableActions('in_progress', null, {
          relations: [relation],
          role: 'admin',
          agencyId: 'agency-a',
        }),
      ).toEqual([]);
    }
    expect(
      availableActions('in_progress', null, {
        relations: ['participant:lead'],
        role: 'humas',
        agencyId: 'agency-a',
      }),
    ).toEqual([]);
  });

  it('reserves auto-close, auto-archive and reopen-by-dispute for the system where people may not', () => {
    expect(decideTransition('resolve', 'followed_up', null, { kind: 'system' }, undefined).ok).toBe(
      true,
    );
    expect(
      decideTransition('archive', 'needs_information', 'new', { kind: 'system' }, undefined).ok,
    ).toBe(true);
    expect(decideTransition('reopen', 'resolved', null, { kind: 'system' }, undefined).ok).toBe(
      true,
    );
    // A reporter disputes a follow-up: only the system reopens from followed_up.
    expect(decideTransition('reopen', 'followed_up', null, { kind: 'system' }, undefined)).toEqual({
      ok: true,
      to: 'reopened',
      holdFrom: null,
    });
    expect(
      decideTransition('reopen', 'followed_up', null, person('participant:lead', 'admin'), 'x'),
    ).toEqual({ ok: false, reason: 'invalid_from' });
    expect(decideTransition('verify', 'new', null, { kind: 'system' }, undefined)).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
  });

  it('archives a merged duplicate from any open or held state, only as the merge itself (the system)', () => {
    for (const status of CASE_STATUSES) {
      const expected = !['resolved', 'archived'].includes(status);
      expect(
        decideTransition('merge', status, 'in_progress', { kind: 'system' }, undefined),
      ).toEqual(
        expected
          ? { ok: true, to: 'archived', holdFrom: null }
          : { ok: false, reason: 'invalid_from' },
      );
      expect(
        decideTransition('merge', status, null, person('participant:lead', 'admin'), 'x').ok,
      ).toBe(false);
    }
    expect(
      availableActions('in_progress', null, {
        relations: ['participant:lead'],
        role: 'admin',
        agencyId: 'agency-a',
      }),
    ).not.toContain('merge');
  });

  it('requires a note where the timeline needs a reason', () => {
    const needNote = (Object.keys(TRANSITIONS) as CaseAction[]).filter(
      (a) => TRANSITIONS[a].noteRequired,
    );
    expect(needNote.sort()).toEqual(['archive', 'follow_up', 'reopen', 'request_information']);
    expect(
      decideTransition('archive', 'new', null, person('participant:lead', 'admin'), '  '),
    ).toEqual({ ok: false, reason: 'note_required' });
  });
});
