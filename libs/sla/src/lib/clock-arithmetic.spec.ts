import { moveHoliday } from './holidays';
import { WorkingCalendar } from './working-calendar';
import { wib, wita } from '../../test/wall-clock';

// Weekdays (2026, checked): 01-15 Thu, 01-16 Fri, 01-19 Mon, 04-30 Thu, 05-01 Fri, 08-14 Fri,
// 08-17 Mon, 11-23 Mon, 11-26 Thu, 11-27 Fri, 11-28 Sat, 11-30 Mon, 12-02 Wed, 12-23 Wed,
// 12-24 Thu, 12-25 Fri, 12-28 Mon, 12-30 Wed; 2027-01-01 Fri, 2027-01-04 Mon.

const calendar = new WorkingCalendar();
const local = (date: Date) => calendar.toLocalIso(date);
const FRIDAY_SPLIT = {
  friday: [
    { from: '07:30', to: '11:00' },
    { from: '13:00', to: '16:00' },
  ],
};

describe('addWorkingDays: the arrival day never counts; due at closing of working day N', () => {
  it('Friday 15:00 + 3 HK → Wednesday 16:00 (Mon = 1, Tue = 2, Wed = 3)', () => {
    expect(local(calendar.addWorkingDays(wib('2026-11-27 15:00'), 3))).toBe(
      '2026-12-02T16:00:00+07:00',
    );
  });

  it('arrival on Saturday + 3 HK → Mon = 1, Tue = 2, Wed = 3 → Wednesday 16:00', () => {
    expect(local(calendar.addWorkingDays(wib('2026-11-28 10:00'), 3))).toBe(
      '2026-12-02T16:00:00+07:00',
    );
  });

  it('arrival on Monday before opening (07:00) + 1 HK → Tuesday 16:00, Monday does not count', () => {
    expect(local(calendar.addWorkingDays(wib('2026-11-23 07:00'), 1))).toBe(
      '2026-11-24T16:00:00+07:00',
    );
  });

  it('arrival on Monday after closing (20:00) + 1 HK → Tuesday 16:00', () => {
    expect(local(calendar.addWorkingDays(wib('2026-11-23 20:00'), 1))).toBe(
      '2026-11-24T16:00:00+07:00',
    );
  });

  it('skips a library holiday: Friday 14 Aug + 3 HK → Tue 18 = 1, Wed 19 = 2, Thu 20 = 3 (17 Aug off)', () => {
    expect(local(calendar.addWorkingDays(wib('2026-08-14 10:00'), 3))).toBe(
      '2026-08-20T16:00:00+07:00',
    );
    const noLibrary = new WorkingCalendar({ holidays: null });
    expect(noLibrary.toLocalIso(noLibrary.addWorkingDays(wib('2026-08-14 10:00'), 3))).toBe(
      '2026-08-19T16:00:00+07:00',
    );
  });

  it('arrival on a holiday (Mon 17 Aug) + 1 HK → Tuesday 18 Aug 16:00', () => {
    expect(local(calendar.addWorkingDays(wib('2026-08-17 09:00'), 1))).toBe(
      '2026-08-18T16:00:00+07:00',
    );
  });

  it('skips cuti bersama added by override: Wed 23 Dec + 2 HK → Tue 29 Dec (24, 25 Dec off)', () => {
    const start = wib('2026-12-23 09:00');
    expect(local(calendar.addWorkingDays(start, 2))).toBe('2026-12-28T16:00:00+07:00');
    const withCuti = new WorkingCalendar({
      overrides: [{ date: '2026-12-24', kind: 'holiday', name: 'Cuti Bersama Natal' }],
    });
    expect(withCuti.toLocalIso(withCuti.addWorkingDays(start, 2))).toBe(
      '2026-12-29T16:00:00+07:00',
    );
  });

  it('follows a moved holiday: 16 Jan moved to Mon 19 Jan', () => {
    const moved = new WorkingCalendar({ overrides: moveHoliday('2026-01-16', '2026-01-19') });
    const thursday = wib('2026-01-15 09:00');
    const friday = wib('2026-01-16 09:00');
    expect(local(calendar.addWorkingDays(thursday, 1))).toBe('2026-01-19T16:00:00+07:00');
    expect(moved.toLocalIso(moved.addWorkingDays(thursday, 1))).toBe('2026-01-16T16:00:00+07:00');
    expect(moved.toLocalIso(moved.addWorkingDays(friday, 1))).toBe('2026-01-20T16:00:00+07:00');
  });

  it('counts a library holiday declared working: Thu 30 Apr + 1 HK → Fri 1 May 16:00', () => {
    const start = wib('2026-04-30 10:00');
    expect(local(calendar.addWorkingDays(start, 1))).toBe('2026-05-04T16:00:00+07:00');
    const mayDayWorking = new WorkingCalendar({
      overrides: [{ date: '2026-05-01', kind: 'working' }],
    });
    expect(mayDayWorking.toLocalIso(mayDayWorking.addWorkingDays(start, 1))).toBe(
      '2026-05-01T16:00:00+07:00',
    );
  });

  it('counts a make-up working Saturday and ends at its own closing time', () => {
    const saturday = new WorkingCalendar({
      overrides: [{ date: '2026-11-28', kind: 'working', hours: [{ from: '08:00', to: '12:00' }] }],
    });
    expect(saturday.toLocalIso(saturday.addWorkingDays(wib('2026-11-27 10:00'), 1))).toBe(
      '2026-11-28T12:00:00+07:00',
    );
  });

  it('crosses the year: Wed 30 Dec + 2 HK → Thu 31 = 1, Mon 4 Jan 2027 = 2 (1 Jan off)', () => {
    expect(local(calendar.addWorkingDays(wib('2026-12-30 09:00'), 2))).toBe(
      '2027-01-04T16:00:00+07:00',
    );
  });

  it('ends at the end of the LAST interval of a split day', () => {
    const split = new WorkingCalendar({
      officeHours: {
        friday: [
          { from: '07:30', to: '11:00' },
          { from: '13:00', to: '16:30' },
        ],
      },
    });
    expect(split.toLocalIso(split.addWorkingDays(wib('2026-11-26 09:00'), 1))).toBe(
      '2026-11-27T16:30:00+07:00',
    );
  });
});

describe('addOfficeHours: only office time counts', () => {
  it('starts counting at opening when the start is before 08:00', () => {
    expect(local(calendar.addOfficeHours(wib('2026-11-23 06:00'), 2))).toBe(
      '2026-11-23T10:00:00+07:00',
    );
  });

  it('continues next morning when the start is after 16:00', () => {
    expect(local(calendar.addOfficeHours(wib('2026-11-23 17:00'), 2))).toBe(
      '2026-11-24T10:00:00+07:00',
    );
  });

  it('stops at closing time when the amount runs out exactly then (Mon 08:00 + 8 h → Mon 16:00)', () => {
    expect(local(calendar.addOfficeHours(wib('2026-11-23 08:00'), 8))).toBe(
      '2026-11-23T16:00:00+07:00',
    );
  });

  it('skips the weekend (Fri 15:00 + 2 h → Mon 09:00) and a holiday (→ Tue 18 Aug 09:00)', () => {
    expect(local(calendar.addOfficeHours(wib('2026-11-27 15:00'), 2))).toBe(
      '2026-11-30T09:00:00+07:00',
    );
    expect(local(calendar.addOfficeHours(wib('2026-08-14 15:00'), 2))).toBe(
      '2026-08-18T09:00:00+07:00',
    );
  });

  it('skips the Friday prayer break with split hours (10:30 + 1 h → 13:30; 12:00 + 1 h → 14:00)', () => {
    const split = new WorkingCalendar({ officeHours: FRIDAY_SPLIT });
    expect(split.toLocalIso(split.addOfficeHours(wib('2026-11-27 10:30'), 1))).toBe(
      '2026-11-27T13:30:00+07:00',
    );
    expect(split.toLocalIso(split.addOfficeHours(wib('2026-11-27 12:00'), 1))).toBe(
      '2026-11-27T14:00:00+07:00',
    );
  });

  it('accepts fractions and minutes, and returns the start unchanged for 0', () => {
    expect(local(calendar.addOfficeHours(wib('2026-11-23 08:00'), 1.5))).toBe(
      '2026-11-23T09:30:00+07:00',
    );
    expect(local(calendar.addOfficeMinutes(wib('2026-11-23 15:50'), 20))).toBe(
      '2026-11-24T08:10:00+07:00',
    );
    expect(local(calendar.addOfficeHours(wib('2026-11-28 10:00'), 0))).toBe(
      '2026-11-28T10:00:00+07:00',
    );
  });
});

describe('calendar time: nights, weekends and holidays count', () => {
  it('adds calendar hours across midnight (Fri 23:00 + 3 h → Sat 02:00)', () => {
    expect(local(calendar.addCalendarHours(wib('2026-11-27 23:00'), 3))).toBe(
      '2026-11-28T02:00:00+07:00',
    );
  });

  it('1×24 h from Friday 20:00 ends Saturday 20:00', () => {
    expect(local(calendar.addCalendarHours(wib('2026-11-27 20:00'), 24))).toBe(
      '2026-11-28T20:00:00+07:00',
    );
  });

  it('adds calendar days as exact 24 h days, keeping the wall-clock time', () => {
    expect(local(calendar.addCalendarDays(wib('2026-11-27 15:00'), 30))).toBe(
      '2026-12-27T15:00:00+07:00',
    );
    expect(local(calendar.addCalendarDays(wib('2026-03-01 10:00'), 60))).toBe(
      '2026-04-30T10:00:00+07:00',
    );
  });
});

describe('measuring', () => {
  it('workingTimeBetween counts office minutes only, signed', () => {
    const a = wib('2026-11-27 15:00');
    const b = wib('2026-11-30 09:00');
    expect(calendar.workingTimeBetween(a, b)).toBe(120);
    expect(calendar.workingTimeBetween(b, a)).toBe(-120);
    expect(calendar.workingTimeBetween(wib('2026-08-17 08:00'), wib('2026-08-17 16:00'))).toBe(0);
    expect(calendar.workingTimeBetween(wib('2026-11-23 06:00'), wib('2026-11-23 09:30'))).toBe(90);
  });

  it('workingTimeBetween skips the lunch break of split hours', () => {
    const split = new WorkingCalendar({ officeHours: FRIDAY_SPLIT });
    expect(split.workingTimeBetween(wib('2026-11-27 10:00'), wib('2026-11-27 14:00'))).toBe(120);
  });

  it('workingDaysBetween counts working dates after a’s date up to b’s date', () => {
    expect(calendar.workingDaysBetween(wib('2026-11-27 15:00'), wib('2026-12-02 16:00'))).toBe(3);
    expect(calendar.workingDaysBetween(wib('2026-12-02 16:00'), wib('2026-11-27 15:00'))).toBe(-3);
    expect(calendar.workingDaysBetween(wib('2026-11-28 10:00'), wib('2026-11-30 08:00'))).toBe(1);
    expect(calendar.workingDaysBetween(wib('2026-11-23 08:00'), wib('2026-11-23 15:00'))).toBe(0);
    expect(calendar.workingDaysBetween(wib('2026-08-14 10:00'), wib('2026-08-20 10:00'))).toBe(3);
  });

  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    const starts = ['2026-11-27 15:00', '2026-11-28 10:00', '2026-08-14 10:00', '2026-12-23 09:00'];
    for (const start of starts.map(wib)) {
      for (let n = 1; n <= 12; n++) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});

describe('time zones: WIB (UTC+7) vs WITA (UTC+8)', () => {
  const makassar = new WorkingCalendar({ timeZone: 'Asia/Makassar' });

  it('closes at 16:00 local time: 16:00 WITA is one hour earlier than 16:00 WIB', () => {
    const inWib = calendar.addWorkingDays(wib('2026-11-27 15:00'), 3);
    const inWita = makassar.addWorkingDays(wita('2026-11-27 15:00'), 3);
    expect(inWib.toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(inWita.toISOString()).toBe('2026-12-02T08:00:00.000Z');
    expect(makassar.toLocalIso(inWita)).toBe('2026-12-02T16:00:00+08:00');
  });

  it('one instant is Thursday night in WIB but Friday in WITA, so the count starts a day apart', () => {
    const instant = new Date('2026-11-26T16:30:00Z'); // Thu 23:30 WIB, Fri 00:30 WITA
    expect(calendar.localDate(instant)).toBe('2026-11-26');
    expect(makassar.localDate(instant)).toBe('2026-11-27');
    expect(local(calendar.addWorkingDays(instant, 3))).toBe('2026-12-01T16:00:00+07:00');
    expect(makassar.toLocalIso(makassar.addWorkingDays(instant, 3))).toBe(
      '2026-12-02T16:00:00+08:00',
    );
  });

  it('measures office time in local hours', () => {
    const a = new Date('2026-11-23T00:00:00Z');
    const b = new Date('2026-11-23T01:00:00Z');
    expect(makassar.workingTimeBetween(a, b)).toBe(60); // 08:00–09:00 WITA
    expect(calendar.workingTimeBetween(a, b)).toBe(0); // 07:00–08:00 WIB
  });

  it('formats Jayapura (WIT) as +09:00', () => {
    const jayapura = new WorkingCalendar({ timeZone: 'Asia/Jayapura' });
    expect(jayapura.zone.abbreviation).toBe('WIT');
    expect(jayapura.toLocalIso(new Date('2026-11-27T07:00:00Z'))).toBe('2026-11-27T16:00:00+09:00');
  });
});
