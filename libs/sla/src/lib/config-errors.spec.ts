import { SlaConfigError } from './errors';
import type { CalendarOverride } from './holidays';
import type { WeeklyOfficeHours } from './office-hours';
import { WorkingCalendar } from './working-calendar';
import { wib } from '../../test/wall-clock';

function errorOf(action: () => unknown): SlaConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof SlaConfigError) return error;
    throw error;
  }
  throw new Error('expected a SlaConfigError');
}

describe('SlaConfigError: clear bilingual errors', () => {
  it('rejects an unknown time zone', () => {
    const error = errorOf(() => new WorkingCalendar({ timeZone: 'Asia/Singapore' }));
    expect(error.code).toBe('unknown_time_zone');
    expect(error.text.id).toContain('Zona waktu tidak dikenal: Asia/Singapore');
    expect(error.text.en).toContain('Unknown time zone: Asia/Singapore');
    expect(error.message).toBe(`${error.text.id} / ${error.text.en}`);
    expect(error).toBeInstanceOf(Error);
  });

  it.each(['2026-2-3', '2026-02-30', '27-11-2026', '2026-13-01', ''])(
    'rejects the malformed override date "%s"',
    (date) => {
      const error = errorOf(() => new WorkingCalendar({ overrides: [{ date, kind: 'holiday' }] }));
      expect(error.code).toBe('invalid_date');
      expect(error.message).toContain(`Format tanggal tidak valid (override): "${date}"`);
      expect(error.message).toContain(`Malformed date (override): "${date}"`);
    },
  );

  it('rejects a malformed date argument', () => {
    expect(errorOf(() => new WorkingCalendar().isWorkingDay('2026/11/27')).code).toBe(
      'invalid_date',
    );
    expect(errorOf(() => new WorkingCalendar().isWorkingDay(new Date('x'))).code).toBe(
      'invalid_instant',
    );
  });

  it('rejects two overrides for one date, an unknown kind, and hours on a holiday', () => {
    const twice: CalendarOverride[] = [
      { date: '2026-12-24', kind: 'holiday' },
      { date: '2026-12-24', kind: 'working' },
    ];
    expect(errorOf(() => new WorkingCalendar({ overrides: twice })).message).toBe(
      'Tanggal 2026-12-24 memiliki lebih dari satu pengecualian / More than one override for 2026-12-24',
    );
    const odd = { date: '2026-12-24', kind: 'off' } as unknown as CalendarOverride;
    expect(errorOf(() => new WorkingCalendar({ overrides: [odd] })).code).toBe('invalid_override');
    const hours: CalendarOverride = {
      date: '2026-12-24',
      kind: 'holiday',
      hours: [{ from: '08:00', to: '12:00' }],
    };
    expect(errorOf(() => new WorkingCalendar({ overrides: [hours] })).code).toBe(
      'invalid_override',
    );
  });

  it('rejects invalid office hours', () => {
    const cases = [
      { monday: [{ from: '8:00', to: '16:00' }] },
      { monday: [{ from: '16:00', to: '08:00' }] },
      { monday: [{ from: '08:00', to: '24:30' }] },
      { monday: [{ from: '08:00', to: '08:60' }] },
      {
        friday: [
          { from: '07:30', to: '11:30' },
          { from: '11:00', to: '16:00' },
        ],
      },
    ];
    for (const officeHours of cases) {
      expect(errorOf(() => new WorkingCalendar({ officeHours })).code).toBe('invalid_office_hours');
    }
    expect(
      errorOf(
        () => new WorkingCalendar({ officeHours: { monday: [{ from: '16:00', to: '08:00' }] } }),
      ).message,
    ).toContain(
      'jam mulai harus sebelum jam selesai / Invalid office hours (monday): 16:00–08:00, start must be before end',
    );
    const closed = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [] };
    expect(errorOf(() => new WorkingCalendar({ officeHours: closed })).message).toContain(
      'No office hours: at least one weekday must be open',
    );
    const typo = { munday: [] } as unknown as WeeklyOfficeHours;
    expect(errorOf(() => new WorkingCalendar({ officeHours: typo })).message).toContain(
      'Unknown weekday in office hours: munday',
    );
  });

  it('accepts office hours until 24:00', () => {
    const late = new WorkingCalendar({ officeHours: { monday: [{ from: '20:00', to: '24:00' }] } });
    expect(late.toLocalIso(late.addOfficeHours(wib('2026-11-23 23:00'), 1))).toBe(
      '2026-11-24T00:00:00+07:00',
    );
  });

  it('rejects negative, zero or fractional working days and negative or non-finite hours/days', () => {
    const calendar = new WorkingCalendar();
    const start = wib('2026-11-23 09:00');
    expect(errorOf(() => calendar.addWorkingDays(start, -1)).message).toBe(
      'Jumlah tidak valid (jumlah hari kerja / working days): -1, harus bilangan bulat > 0 / ' +
        'Invalid amount (jumlah hari kerja / working days): -1, expected a whole number > 0',
    );
    expect(errorOf(() => calendar.addWorkingDays(start, 0)).code).toBe('invalid_amount');
    expect(errorOf(() => calendar.addWorkingDays(start, 2.5)).code).toBe('invalid_amount');
    expect(errorOf(() => calendar.addOfficeHours(start, -1)).code).toBe('invalid_amount');
    expect(errorOf(() => calendar.addCalendarHours(start, Number.NaN)).code).toBe('invalid_amount');
    expect(errorOf(() => calendar.addCalendarDays(start, -30)).code).toBe('invalid_amount');
    expect(errorOf(() => calendar.addCalendarDays(start, Infinity)).code).toBe('invalid_amount');
  });

  it('fails instead of hanging when a calendar has no working time left', () => {
    const saturdaysOnly = new WorkingCalendar({
      officeHours: {
        monday: [],
        tuesday: [],
        wednesday: [],
        thursday: [],
        friday: [],
        saturday: [{ from: '08:00', to: '12:00' }],
      },
      holidays: (year) =>
        Array.from({ length: 53 }, (_, week) => {
          const day = new Date(Date.UTC(year, 0, 1 + week * 7));
          while (day.getUTCDay() !== 6) day.setUTCDate(day.getUTCDate() - 1);
          return { date: day.toISOString().slice(0, 10), name: 'Tutup' };
        }),
    });
    expect(errorOf(() => saturdaysOnly.addWorkingDays(wib('2026-11-23 09:00'), 1)).code).toBe(
      'no_working_time',
    );
  });
});
