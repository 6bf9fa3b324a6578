import { casePolicy, type CaseAccessContext } from '../access/access-policy';

const context = (overrides: Partial<CaseAccessContext>): CaseAccessContext => ({
  relations: [],
  role: 'petugas',
  agencyId: 'agency-a',
  ...overrides,
});

describe('comment rules of the case policy', () => {
  it('lets every member of a participating agency write internal notes, observers included', () => {
    for (const relation of [
      'participant:lead',
      'participant:collaborator',
      'participant:observer',
    ] as const) {
      for (const role of ['admin', 'petugas', 'pimpinan', 'humas'] as const) {
        expect(casePolicy.comment(context({ relations: [relation], role }))).toBe(true);
      }
    }
  });

  it('keeps ancestors, coordinators and unrelated agencies to reading (or nothing)', () => {
    for (const relations of [['ancestor'], ['coordinator'], []] as const) {
      const c = context({ relations: [...relations], role: 'admin' });
      expect(casePolicy.comment(c)).toBe(false);
      expect(casePolicy.replyPublicly(c)).toBe(false);
      expect(casePolicy.moderateComments(c)).toBe(false);
    }
  });

  it("lets a parent agency's pimpinan leave an instruction (an internal note), nothing more", () => {
    const c = context({ relations: ['ancestor'], role: 'pimpinan' });
    expect(casePolicy.comment(c)).toBe(true);
    expect(casePolicy.replyPublicly(c)).toBe(false);
    expect(casePolicy.moderateComments(c)).toBe(false);
    expect(casePolicy.update(c)).toBe(false);
    expect(casePolicy.comment(context({ relations: ['coordinator'], role: 'pimpinan' }))).toBe(
      false,
    );
  });

  it('lets every participating agency attach evidence, observers included, but no reader', () => {
    for (const relation of [
      'participant:lead',
      'participant:collaborator',
      'participant:observer',
    ] as const) {
      expect(casePolicy.addEvidence(context({ relations: [relation], role: 'petugas' }))).toBe(
        true,
      );
      expect(casePolicy.addEvidence(context({ relations: [relation], role: 'humas' }))).toBe(false);
    }
    for (const relation of ['ancestor', 'coordinator', 'handoff_receiver'] as const) {
      expect(casePolicy.addEvidence(context({ relations: [relation], role: 'pimpinan' }))).toBe(
        false,
      );
    }
  });

  it("leaves public replies to the lead agency's staff and humas", () => {
    for (const role of ['admin', 'petugas', 'pimpinan', 'humas'] as const) {
      expect(casePolicy.replyPublicly(context({ relations: ['participant:lead'], role }))).toBe(
        true,
      );
    }
    for (const relation of ['participant:collaborator', 'participant:observer'] as const) {
      expect(casePolicy.replyPublicly(context({ relations: [relation], role: 'admin' }))).toBe(
        false,
      );
    }
  });

  it("lets only the lead agency's admin remove other people's comments", () => {
    expect(
      casePolicy.moderateComments(context({ relations: ['participant:lead'], role: 'admin' })),
    ).toBe(true);
    expect(
      casePolicy.moderateComments(context({ relations: ['participant:lead'], role: 'petugas' })),
    ).toBe(false);
    expect(
      casePolicy.moderateComments(
        context({ relations: ['participant:collaborator'], role: 'admin' }),
      ),
    ).toBe(false);
  });
});
