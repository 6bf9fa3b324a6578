import { peoplePolicy } from './access-policy';

const ADMIN_A = { isSuperadmin: false, role: 'admin' as const, agencyId: 'a' };
const PETUGAS_A = { isSuperadmin: false, role: 'petugas' as const, agencyId: 'a' };
const SUPERADMIN = { isSuperadmin: true, role: null, agencyId: null };

describe('peoplePolicy (issue #11: no account takeover by an agency admin)', () => {
  it('lets only the superadmin choose the agency a person is added to', () => {
    expect(peoplePolicy.chooseAgency(SUPERADMIN)).toBe(true);
    expect(peoplePolicy.chooseAgency(ADMIN_A)).toBe(false);
  });

  it('lets an admin act on the whole account only when every membership and invitation is theirs', () => {
    expect(peoplePolicy.manageAccount(ADMIN_A, { isSuperadmin: false, agencyIds: ['a'] })).toBe(
      true,
    );
    expect(
      peoplePolicy.manageAccount(ADMIN_A, { isSuperadmin: false, agencyIds: ['a', 'b'] }),
    ).toBe(false);
    expect(peoplePolicy.manageAccount(ADMIN_A, { isSuperadmin: true, agencyIds: ['a'] })).toBe(
      false,
    );
    expect(peoplePolicy.manageAccount(ADMIN_A, { isSuperadmin: false, agencyIds: [] })).toBe(false);
    expect(peoplePolicy.manageAccount(PETUGAS_A, { isSuperadmin: false, agencyIds: ['a'] })).toBe(
      false,
    );
    expect(peoplePolicy.manageAccount(SUPERADMIN, { isSuperadmin: true, agencyIds: ['b'] })).toBe(
      true,
    );
  });

  it("lets an admin change only their own agency's membership, never a superadmin's", () => {
    const shared = { isSuperadmin: false, agencyIds: ['a', 'b'] };
    expect(peoplePolicy.changeMembership(ADMIN_A, shared, 'a')).toBe(true);
    expect(peoplePolicy.changeMembership(ADMIN_A, shared, 'b')).toBe(false);
    expect(
      peoplePolicy.changeMembership(ADMIN_A, { isSuperadmin: true, agencyIds: ['a'] }, 'a'),
    ).toBe(false);
    expect(
      peoplePolicy.changeMembership(SUPERADMIN, { isSuperadmin: true, agencyIds: ['a'] }, 'a'),
    ).toBe(true);
  });
});
