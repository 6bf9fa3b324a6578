import { casePolicy, type CaseAccessContext } from './access-policy';

const context = (overrides: Partial<CaseAccessContext>): CaseAccessContext => ({
  relations: [],
  role: 'petugas',
  isIntakeAgency: false,
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

  it('lets only the surviving case lead agency admin or petugas merge, and only a duplicate they can read', () => {
    const readable = context({ relations: ['participant:observer'] });
    for (const role of ['admin', 'petugas'] as const) {
      expect(casePolicy.merge(context({ relations: ['participant:lead'], role }), readable)).toBe(
        true,
      );
    }
    for (const role of ['pimpinan', 'humas'] as const) {
      expect(casePolicy.merge(context({ relations: ['participant:lead'], role }), readable)).toBe(
        false,
      );
    }
    expect(
      casePolicy.merge(
        context({ relations: ['participant:collaborator'], role: 'admin' }),
        readable,
      ),
    ).toBe(false);
    expect(
      casePolicy.merge(context({ relations: ['participant:lead'], role: 'admin' }), context({})),
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

  it('shows NIK only to the intake agency and an anonymous identity to nobody without the reveal', () => {
    const intake = context({
      relations: ['participant:lead'],
      isIntakeAgency: true,
      role: 'admin',
    });
    expect(casePolicy.readNik(intake, { anonymous: false })).toBe(true);
    expect(casePolicy.readNik(intake, { anonymous: true })).toBe(false);
    expect(casePolicy.readReporterContact(intake, { anonymous: true })).toBe(false);
    expect(casePolicy.revealIdentity(intake, { anonymous: true })).toBe(true);
    expect(casePolicy.revealIdentity({ ...intake, role: 'pimpinan' }, { anonymous: true })).toBe(
      false,
    );
    expect(casePolicy.readNik({ ...intake, isIntakeAgency: false }, { anonymous: false })).toBe(
      false,
    );
  });
});
