import {
  INDONESIA_2026_DECREE_OVERRIDES,
  type HolidayProvider,
  moveHoliday,
  withShippedDecrees,
} from './holidays';
import { WorkingCalendar } from './working-calendar';
import { wib } from '../../test/wall-clock';

// Weekdays of the 2026 dates used here (checked): 01-15 Thu, 01-16 Fri, 01-19 Mon, 03-20 Fri,
// 03-21 Sat, 05-01 Fri, 05-31 Sun, 08-17 Mon, 11-25 Wed, 11-27 Fri, 11-28 Sat, 11-29 Sun,
// 12-24 Thu, 12-25 Fri.

describe('WorkingCalendar: days', () => {
  const calendar = new WorkingCalendar();

  it('treats Monday–Friday as working days and Saturday/Sunday as weekend by default', () => {
    expect(calendar.isWorkingDay('2026-11-27')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-29')).toBe(false);
    expect(calendar.describe('2026-11-28')).toMatchObject({
      weekday: 'saturday',
      working: false,
      reason: 'weekend',
      officeHours: [],
      text: { id: 'Akhir pekan (Sabtu, 2026-11-28)', en: 'Weekend (saturday, 2026-11-28)' },
    });
    expect(calendar.describe('2026-11-27')).toMatchObject({
      working: true,
      reason: 'working',
      officeHours: [{ from: '08:00', to: '16:00' }],
    });
  });

  it('knows the national holidays date-holidays lists for Indonesia (17 August 2026, a Monday)', () => {
    expect(calendar.isWorkingDay('2026-08-17')).toBe(false);
    expect(calendar.describe('2026-08-17')).toMatchObject({
      reason: 'holiday',
      holiday: { name: 'Hari Ulang Tahun Kemerdekaan Republik Indonesia', source: 'library' },
    });
    expect(calendar.isWorkingDay('2026-12-25')).toBe(false);
  });

  it('reads an instant in the calendar zone: Friday 23:30 WIB is Friday, 17:30 UTC', () => {
    const fridayNight = wib('2026-11-27 23:30');
    expect(fridayNight.toISOString()).toBe('2026-11-27T16:30:00.000Z');
    expect(calendar.localDate(fridayNight)).toBe('2026-11-27');
    expect(calendar.isWorkingDay(fridayNight)).toBe(true);
    expect(calendar.isWorkingDay(wib('2026-11-28 00:00'))).toBe(false);
  });

  it('closes an Islamic holiday on its date, not from the library’s sunset start the evening before', () => {
    // date-holidays starts 2026-01-16 (27 Rajab) at 2026-01-15 18:00 WIB.
    expect(calendar.isWorkingDay('2026-01-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-15')).toBe(true);
    expect(calendar.isWorkingDay(wib('2026-01-15 19:00'))).toBe(true);
  });

  it('renames the library’s 27 Rajab holiday to Isra Mikraj (the library calls it Maulid)', () => {
    expect(calendar.describe('2026-01-16').holiday?.name).toBe('Isra Mikraj Nabi Muhammad SAW');
    expect(calendar.describe('2026-08-25').holiday?.name).toBe('Maulid Nabi Muhammad');
  });

  it('reports a holiday on a weekend as a holiday (Waisak, Sunday 31 May 2026)', () => {
    expect(calendar.describe('2026-05-31')).toMatchObject({
      weekday: 'sunday',
      reason: 'holiday',
      holiday: { name: 'Hari Raya Waisak' },
    });
  });

  it('calls a weekday without office hours closed, not weekend', () => {
    const noWednesday = new WorkingCalendar({ officeHours: { wednesday: [] } });
    expect(noWednesday.describe('2026-11-25')).toMatchObject({ working: false, reason: 'closed' });
    expect(noWednesday.isWorkingDay('2026-11-26')).toBe(true);
  });

  it('lists the 16 library holidays of 2026 in date order', () => {
    const holidays = calendar.holidaysIn(2026);
    expect(holidays).toHaveLength(16);
    expect(holidays.every((holiday) => holiday.source === 'library')).toBe(true);
    expect(holidays.map((holiday) => holiday.date)).toEqual([
      '2026-01-01',
      '2026-01-16',
      '2026-02-17',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-04-03',
      '2026-05-01',
      '2026-05-14',
      '2026-05-27',
      '2026-05-31',
      '2026-06-01',
      '2026-06-16',
      '2026-08-17',
      '2026-08-25',
      '2026-12-25',
    ]);
  });

  it('returns office periods of a date as instants', () => {
    const split = new WorkingCalendar({
      officeHours: {
        friday: [
          { from: '13:00', to: '16:00' },
          { from: '07:30', to: '11:00' },
        ],
      },
    });
    expect(split.officeHoursOn('2026-11-27')).toEqual([
      { from: wib('2026-11-27 07:30'), to: wib('2026-11-27 11:00') },
      { from: wib('2026-11-27 13:00'), to: wib('2026-11-27 16:00') },
    ]);
    expect(split.officeHoursOn('2026-11-28')).toEqual([]);
  });
});

describe('WorkingCalendar: overrides', () => {
  it('adds a cuti bersama day (24 December 2026) as an override holiday', () => {
    const calendar = new WorkingCalendar({
      overrides: [{ date: '2026-12-24', kind: 'holiday', name: 'Cuti Bersama Natal' }],
    });
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
    expect(calendar.describe('2026-12-24')).toMatchObject({
      reason: 'holiday',
      holiday: { name: 'Cuti Bersama Natal', source: 'override' },
      text: { id: 'Hari libur: Cuti Bersama Natal (Kamis, 2026-12-24)' },
    });
    const holidays = calendar.holidaysIn(2026);
    expect(holidays).toHaveLength(17);
    expect(holidays.find((holiday) => holiday.date === '2026-12-24')).toEqual({
      date: '2026-12-24',
      weekday: 'thursday',
      name: 'Cuti Bersama Natal',
      source: 'override',
    });
  });

  it('makes a library holiday a working day (1 May 2026 declared working)', () => {
    const calendar = new WorkingCalendar({ overrides: [{ date: '2026-05-01', kind: 'working' }] });
    expect(calendar.isWorkingDay('2026-05-01')).toBe(true);
    expect(calendar.describe('2026-05-01')).toMatchObject({
      reason: 'working',
      removedHoliday: 'Hari Buruh Internasional',
      officeHours: [{ from: '08:00', to: '16:00' }],
    });
    expect(calendar.holidaysIn(2026).map((holiday) => holiday.date)).not.toContain('2026-05-01');
    expect(calendar.holidaysIn(2026)).toHaveLength(15);
  });

  it('moves a holiday: the library date becomes working, the new date a holiday', () => {
    const calendar = new WorkingCalendar({
      overrides: moveHoliday('2026-01-16', '2026-01-19', 'Isra Mikraj (dipindah)'),
    });
    expect(calendar.isWorkingDay('2026-01-16')).toBe(true);
    expect(calendar.describe('2026-01-16').removedHoliday).toBe('Isra Mikraj Nabi Muhammad SAW');
    expect(calendar.isWorkingDay('2026-01-19')).toBe(false);
    const dates = calendar.holidaysIn(2026).map((holiday) => `${holiday.date} ${holiday.source}`);
    expect(dates).toContain('2026-01-19 override');
    expect(dates).not.toContain('2026-01-16 library');
  });

  it('lets an override rename a library holiday and keeps the library name beside it', () => {
    const calendar = new WorkingCalendar({
      overrides: [{ date: '2026-03-21', kind: 'holiday', name: 'Idul Fitri 1447 H' }],
    });
    expect(calendar.describe('2026-03-21').holiday).toEqual({
      date: '2026-03-21',
      weekday: 'saturday',
      name: 'Idul Fitri 1447 H',
      source: 'override',
      libraryName: 'Hari Raya Idul Fitri',
    });
  });

  it('gives an unnamed override holiday a default name', () => {
    const calendar = new WorkingCalendar({ overrides: [{ date: '2026-11-27', kind: 'holiday' }] });
    expect(calendar.describe('2026-11-27').holiday?.name).toBe('Hari libur tambahan');
  });

  it('opens a Saturday only when a working override gives it hours', () => {
    const calendar = new WorkingCalendar({
      overrides: [
        { date: '2026-11-28', kind: 'working', hours: [{ from: '08:00', to: '12:00' }] },
        { date: '2026-05-31', kind: 'working' },
      ],
    });
    expect(calendar.describe('2026-11-28')).toMatchObject({
      working: true,
      officeHours: [{ from: '08:00', to: '12:00' }],
    });
    // Cancelling Waisak on a Sunday removes the holiday but the Sunday stays closed.
    expect(calendar.describe('2026-05-31')).toMatchObject({
      working: false,
      reason: 'weekend',
      removedHoliday: 'Hari Raya Waisak',
    });
  });

  it('applies the 2026 decree preset: 17 national holidays and 8 cuti bersama days', () => {
    const calendar = new WorkingCalendar({ overrides: INDONESIA_2026_DECREE_OVERRIDES });
    const holidays = calendar.holidaysIn(2026);
    expect(holidays).toHaveLength(25);
    expect(holidays.filter((holiday) => holiday.name.startsWith('Cuti Bersama'))).toHaveLength(8);
    for (const date of ['2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24', '2026-12-24']) {
      expect(calendar.isWorkingDay(date)).toBe(false);
    }
    expect(calendar.isWorkingDay('2026-03-25')).toBe(true);
  });

  it('ships the 2026 decree: 20 March and 24 December 2026 are not working days', () => {
    const shipped = new WorkingCalendar({ overrides: withShippedDecrees([]) });
    expect(shipped.isWorkingDay('2026-03-20')).toBe(false);
    expect(shipped.describe('2026-03-20').holiday?.name).toBe('Cuti Bersama Idul Fitri 1447 H');
    expect(shipped.isWorkingDay('2026-12-24')).toBe(false);
    expect(shipped.describe('2026-12-24').reason).toBe('holiday');
    expect(shipped.holidaysIn(2026)).toHaveLength(25);
    expect(shipped.isWorkingDay('2026-12-23')).toBe(true);
    // Without the shipped decree the library alone keeps 24 December a working day.
    expect(new WorkingCalendar().isWorkingDay('2026-12-24')).toBe(true);
  });

  it("lets an admin's override of a date replace the shipped decree's", () => {
    const calendar = new WorkingCalendar({
      overrides: withShippedDecrees([
        { date: '2026-12-24', kind: 'working' },
        { date: '2027-01-01', kind: 'holiday', name: 'Tahun Baru 2027 Masehi' },
      ]),
    });
    expect(calendar.isWorkingDay('2026-12-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-03-20')).toBe(false);
    expect(calendar.describe('2027-01-01').holiday?.name).toBe('Tahun Baru 2027 Masehi');
  });

  it('lists override holidays of other years by their own year', () => {
    const calendar = new WorkingCalendar({
      overrides: [{ date: '2027-01-02', kind: 'holiday', name: 'Tes' }],
    });
    expect(calendar.holidaysIn(2027).map((holiday) => holiday.date)).toContain('2027-01-02');
    expect(calendar.holidaysIn(2026).map((holiday) => holiday.date)).not.toContain('2027-01-02');
  });
});

describe('WorkingCalendar: holiday source', () => {
  it('loads library holidays lazily, once per year', () => {
    const provider = jest.fn<ReturnType<HolidayProvider>, Parameters<HolidayProvider>>((year) => [
      { date: `${year}-11-27`, name: 'Libur uji' },
    ]);
    const calendar = new WorkingCalendar({ holidays: provider });
    expect(provider).not.toHaveBeenCalled();
    expect(calendar.isWorkingDay('2026-11-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-26')).toBe(true);
    calendar.holidaysIn(2026);
    expect(provider.mock.calls).toEqual([[2026]]);
    expect(calendar.describe('2027-11-27').holiday?.name).toBe('Libur uji');
    expect(provider.mock.calls).toEqual([[2026], [2027]]);
  });

  it('keeps both names when the source reports two holidays on one date', () => {
    const calendar = new WorkingCalendar({
      holidays: () => [
        { date: '2026-11-27', name: 'A' },
        { date: '2026-11-27', name: 'B' },
      ],
    });
    expect(calendar.describe('2026-11-27').holiday?.name).toBe('A / B');
  });

  it('can run without library holidays', () => {
    const calendar = new WorkingCalendar({ holidays: null });
    expect(calendar.isWorkingDay('2026-08-17')).toBe(true);
    expect(calendar.holidaysIn(2026)).toEqual([]);
  });
});
