import { ApiException } from '../common/api-exception';
import { leadersPolicy } from '../access/access-policy';
import { durationFigure, percentile, rateFigure } from './leaders-figures';
import { leadersPeriods } from './leaders-period';

const fieldOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiException)
      return (error.getResponse() as { fields?: { field: string }[] }).fields?.[0]?.field;
    throw error;
  }
  return undefined;
};

describe('leaders period (docs/indicators.md, "Period")', () => {
  const now = new Date('2026-05-22T20:00:00Z'); // Sat 23 May 03:00 WIB

  it('is whole WIB days, the previous period of the same length right before', () => {
    const p = leadersPeriods({ from: '2026-05-11', to: '2026-05-22' }, 'Asia/Jakarta', now);
    expect(p.current.start.toISOString()).toBe('2026-05-10T17:00:00.000Z');
    expect(p.current.end.toISOString()).toBe('2026-05-22T17:00:00.000Z');
    expect(p.previous).toMatchObject({ from: '2026-04-29', to: '2026-05-10' });
    expect(p.previous.end.getTime()).toBe(p.current.start.getTime());
  });

  it('defaults to the 30 days ending today in the calendar zone', () => {
    const p = leadersPeriods({}, 'Asia/Jakarta', now);
    expect(p.current).toMatchObject({ from: '2026-04-24', to: '2026-05-23' });
  });

  it('refuses an inverted period, an impossible date and more than 366 days, naming the field', () => {
    expect(
      fieldOf(() => leadersPeriods({ from: '2026-05-22', to: '2026-05-11' }, 'Asia/Jakarta', now)),
    ).toBe('to');
    expect(fieldOf(() => leadersPeriods({ from: '2026-02-30' }, 'Asia/Jakarta', now))).toBe('from');
    expect(
      fieldOf(() => leadersPeriods({ from: '2025-01-01', to: '2026-05-01' }, 'Asia/Jakarta', now)),
    ).toBe('to');
  });
});

describe('leaders figures arithmetic', () => {
  it('interpolates median and p90 between sorted values', () => {
    expect(percentile([36, 9, 34], 0.5)).toBe(34);
    expect(percentile([36, 9, 34], 0.9)).toBe(35.6);
    expect(percentile([], 0.5)).toBeNull();
    expect(durationFigure([5])).toEqual({ count: 1, medianHours: 5, p90Hours: 5 });
  });

  it('gives no rate without a denominator', () => {
    expect(rateFigure(0, 0)).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(rateFigure(1, 3).rate).toBe(0.3333);
  });
});

describe('leadersPolicy', () => {
  const actor = (role: 'pimpinan' | 'admin' | 'petugas' | 'humas', superadmin = false) => ({
    isSuperadmin: superadmin,
    role,
    agencyId: 'a',
  });
  it('lets pimpinan, admin and the superadmin in, nobody else', () => {
    expect(leadersPolicy.view(actor('pimpinan'))).toBe(true);
    expect(leadersPolicy.view(actor('admin'))).toBe(true);
    expect(leadersPolicy.view(actor('petugas'))).toBe(false);
    expect(leadersPolicy.view(actor('humas'))).toBe(false);
    expect(leadersPolicy.view(actor('petugas', true))).toBe(true);
  });
  it("sets only the acting agency's thresholds", () => {
    expect(leadersPolicy.setThresholds(actor('pimpinan'), 'a')).toBe(true);
    expect(leadersPolicy.setThresholds(actor('pimpinan'), 'b')).toBe(false);
    expect(leadersPolicy.setThresholds(actor('petugas'), 'a')).toBe(false);
  });
});
