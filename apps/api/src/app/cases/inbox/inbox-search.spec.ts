import { caseNumberCandidates } from './inbox-search';

describe('caseNumberCandidates', () => {
  const now = new Date('2027-03-01T00:00:00Z');

  it('reads a case number with or without dashes, spaces, prefix or capitals', () => {
    for (const q of [
      'SMP-2026-000007',
      'smp2026000007',
      'smp 2026 000007',
      '2026-000007',
      '2026000007',
    ])
      expect(caseNumberCandidates(q, now)).toEqual(['SMP-2026-000007']);
  });

  it('reads six digits as the sequence of any year since numbering began', () => {
    expect(caseNumberCandidates('000007', now)).toEqual(['SMP-2026-000007', 'SMP-2027-000007']);
    // New Year's Eve in Jakarta is already the next year.
    expect(caseNumberCandidates('000007', new Date('2026-12-31T18:00:00Z'))).toEqual([
      'SMP-2026-000007',
      'SMP-2027-000007',
    ]);
  });

  it('reads nothing else as a case number', () => {
    for (const q of ['jalan rusak', '12345', '0812-3456-7890', 'SMP-26-7'])
      expect(caseNumberCandidates(q, now)).toEqual([]);
  });
});
