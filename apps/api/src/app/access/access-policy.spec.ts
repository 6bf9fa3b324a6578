import { casePolicy, type CaseAccessContext } from './access-policy';

const context = (overrides: Partial<CaseAccessContext>): CaseAccessContext => ({
  relations: [],
  role: 'petugas',
  agencyId: 'agency-a',
  ...overrides,
});

describe('casePolicy', () => {
  it('reads nothing without a relation', () => {
    expect(casePolicy.read(context({}))).toBe(false);
    expect(casePolicy.update(context({ role: 'admin' }))).toBe(false);
  });

  it('lets coordinators and ancestors read but never write', () => {
    for (const relation of ['coordinator', 'ancestor'] as const) {
      const c = context({ relations: [relation], role: 'admin' });
      expect(casePolicy.read(c)).toBe(true);
      expect(casePolicy.update(c)).toBe(false);
      expect(casePolicy.readReporterContact(c, { anonymous: false })).toBe(false);
    }
  });

  it('lets the humas of an ancestor read its subtree’s cases and do nothing else', () => {
    const humas = context({ relations: ['humas_subtree'], role: 'humas' });
    const own = { anonymous: false, intakeAgencyId: 'agency-a' };
    expect(casePolicy.read(humas)).toBe(true);
    expect(casePolicy.update(humas)).toBe(false);
    expect(casePolicy.comment(humas)).toBe(false);
    expect(casePolicy.addEvidence(humas)).toBe(false);
    expect(casePolicy.replyPublicly(humas)).toBe(false);
    expect(casePolicy.readAttachmentOriginal(humas)).toBe(false);
    expect(casePolicy.readReporterContact(humas, own)).toBe(false);
    expect(casePolicy.findByReporterPhone(humas, own)).toBe(false);
    expect(casePolicy.readNik(humas, own)).toBe(false);
    expect(casePolicy.revealIdentity(humas, { ...own, anonymous: true })).toBe(false);
    expect(casePolicy.messageReporter(humas, own)).toBe(false);
    expect(casePolicy.actForOwnParticipation(humas)).toBe(false);
    expect(casePolicy.decideMerge(humas)).toBe(false);
    // The pimpinan of the same agency (relation `ancestor`) still leaves instructions.
    expect(casePolicy.comment(context({ relations: ['ancestor'], role: 'pimpinan' }))).toBe(true);
  });

  it('lets only those who change the case mark a photo public', () => {
    expect(
      casePolicy.markAttachmentPublic(
        context({ relations: ['participant:lead'], role: 'petugas' }),
      ),
    ).toBe(true);
    expect(
      casePolicy.markAttachmentPublic(
        context({ relations: ['participant:collaborator'], role: 'admin' }),
      ),
    ).toBe(true);
    for (const c of [
      context({ relations: ['participant:lead'], role: 'humas' }),
      context({ relations: ['participant:observer'], role: 'admin' }),
      context({ relations: ['humas_subtree'], role: 'humas' }),
      context({ relations: ['ancestor'], role: 'pimpinan' }),
    ])
      expect(casePolicy.markAttachmentPublic(c)).toBe(false);
  });

  it('merges at once only for the admin or petugas of the agency that leads both cases', () => {
    const ledDuplicate = context({ relations: ['participant:lead'] });
    for (const role of ['admin', 'petugas'] as const) {
      expect(
        casePolicy.merge(context({ relations: ['participant:lead'], role }), ledDuplicate),
      ).toBe(true);
    }
    for (const role of ['pimpinan', 'humas'] as const) {
      expect(
        casePolicy.merge(context({ relations: ['participant:lead'], role }), ledDuplicate),
      ).toBe(false);
      expect(
        casePolicy.requestMerge(context({ relations: ['participant:lead'], role }), ledDuplicate),
      ).toBe(false);
    }
    expect(
      casePolicy.merge(
        context({ relations: ['participant:collaborator'], role: 'admin' }),
        ledDuplicate,
      ),
    ).toBe(false);
    expect(
      casePolicy.merge(context({ relations: ['participant:lead'], role: 'admin' }), context({})),
    ).toBe(false);
  });

  it('makes a merge of a case another agency leads a request, decided by that lead', () => {
    const lead = context({ relations: ['participant:lead'], role: 'admin' });
    // A coordinator or an ancestor reads the duplicate but does not own it; neither do the others.
    for (const relation of [
      'coordinator',
      'ancestor',
      'participant:observer',
      'participant:collaborator',
    ] as const) {
      const duplicate = context({ relations: [relation], role: 'admin' });
      expect(casePolicy.merge(lead, duplicate)).toBe(false);
      expect(casePolicy.requestMerge(lead, duplicate)).toBe(true);
      expect(casePolicy.decideMerge(duplicate)).toBe(false);
    }
    expect(casePolicy.requestMerge(lead, context({}))).toBe(false);
    expect(
      casePolicy.decideMerge(context({ relations: ['participant:lead'], role: 'admin' })),
    ).toBe(true);
    expect(
      casePolicy.decideMerge(context({ relations: ['participant:lead'], role: 'pimpinan' })),
    ).toBe(false);
  });

  it('keeps humas and observers out of case edits', () => {
    expect(casePolicy.update(context({ relations: ['participant:lead'], role: 'humas' }))).toBe(
      false,
    );
    expect(casePolicy.update(context({ relations: ['participant:observer'], role: 'admin' }))).toBe(
      false,
    );
    expect(
      casePolicy.update(context({ relations: ['participant:collaborator'], role: 'petugas' })),
    ).toBe(true);
  });

  it('shows NIK only to the agency that took the report in and an anonymous identity to nobody without the reveal', () => {
    const admin = context({ relations: ['participant:lead'], role: 'admin' });
    const own = { anonymous: false, intakeAgencyId: 'agency-a' };
    const ownAnonymous = { anonymous: true, intakeAgencyId: 'agency-a' };
    expect(casePolicy.readNik(admin, own)).toBe(true);
    expect(casePolicy.readNik(admin, ownAnonymous)).toBe(false);
    expect(casePolicy.readReporterContact(admin, ownAnonymous)).toBe(false);
    expect(casePolicy.revealIdentity(admin, ownAnonymous)).toBe(true);
    expect(casePolicy.revealIdentity({ ...admin, role: 'pimpinan' }, ownAnonymous)).toBe(false);
    // A report merged in from another agency's case keeps that agency as its intake agency.
    const movedIn = { anonymous: false, intakeAgencyId: 'agency-b' };
    expect(casePolicy.readNik(admin, movedIn)).toBe(false);
    expect(casePolicy.revealIdentity(admin, { ...movedIn, anonymous: true })).toBe(false);
    // The intake agency keeps its rights on the surviving case as a participant, not as a reader.
    const collaboratorB = context({
      relations: ['participant:collaborator'],
      role: 'admin',
      agencyId: 'agency-b',
    });
    expect(casePolicy.readNik(collaboratorB, movedIn)).toBe(true);
    expect(casePolicy.revealIdentity(collaboratorB, { ...movedIn, anonymous: true })).toBe(true);
    expect(casePolicy.readNik({ ...collaboratorB, relations: ['coordinator'] }, movedIn)).toBe(
      false,
    );
    expect(casePolicy.readNik({ ...admin, agencyId: null }, own)).toBe(false);
  });
});
