import { clarificationPolicy } from '../access/access-policy';

const actor = (
  role: 'admin' | 'petugas' | 'humas' | 'pimpinan' | null,
  agencyId: string | null,
) => ({
  isSuperadmin: false,
  role,
  agencyId,
});

describe('clarificationPolicy: an agency’s approval chain', () => {
  it('is configured by that agency’s admin and pimpinan, and by the superadmin for any agency', () => {
    expect(clarificationPolicy.configureChain(actor('admin', 'a'), 'a')).toBe(true);
    expect(clarificationPolicy.configureChain(actor('pimpinan', 'a'), 'a')).toBe(true);
    expect(
      clarificationPolicy.configureChain({ isSuperadmin: true, role: null, agencyId: null }, 'a'),
    ).toBe(true);
  });

  it('is not configured by its humas or petugas, nor by another agency’s admin or pimpinan', () => {
    expect(clarificationPolicy.configureChain(actor('humas', 'a'), 'a')).toBe(false);
    expect(clarificationPolicy.configureChain(actor('petugas', 'a'), 'a')).toBe(false);
    expect(clarificationPolicy.configureChain(actor('admin', 'b'), 'a')).toBe(false);
    expect(clarificationPolicy.configureChain(actor('pimpinan', 'b'), 'a')).toBe(false);
  });

  it('is read by the agency’s members and the superadmin only', () => {
    expect(clarificationPolicy.readChain(actor('humas', 'a'), 'a')).toBe(true);
    expect(clarificationPolicy.readChain(actor('humas', 'b'), 'a')).toBe(false);
    expect(clarificationPolicy.readChain({ isSuperadmin: true, agencyId: null }, 'a')).toBe(true);
  });
});
