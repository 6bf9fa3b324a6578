import { SlaConfigError } from './errors';
import { type SlaClock, computeDeadline, slaState, slaStateOf } from './sla-clock';
import { WorkingCalendar } from './working-calendar';
import { wib } from '../../test/wall-clock';

// Weekdays (2026, checked): 11-02 Mon, 11-06 Fri, 11-09 Mon, 11-23 Mon, 11-24 Tue, 11-25 Wed,
// 11-26 Thu, 11-27 Fri, 11-28 Sat, 11-30 Mon, 12-01 Tue, 12-02 Wed, 12-03 Thu, 12-09 Wed, 12-11 Fri.

const calendar = new WorkingCalendar();
const local = (date: Date | null) => (date ? calendar.toLocalIso(date) : null);
const HK3: SlaClock = { kind: 'working_days', amount: 3 };
const HK5: SlaClock = { kind: 'working_days', amount: 5 };
const H24: SlaClock = { kind: 'calendar_hours', amount: 24 };

describe('computeDeadline without pauses', () => {
  it('3 HK from Friday 15:00: counts from Monday 08:00, due Wednesday 16:00, 24 office hours', () => {
    const result = computeDeadline(HK3, wib('2026-11-27 15:00'), [], calendar);
    expect(local(result.countingFrom)).toBe('2026-11-30T08:00:00+07:00');
    expect(local(result.deadline)).toBe('2026-12-02T16:00:00+07:00');
    expect(result).toMatchObject({
      paused: false,
      pausedSince: null,
      pausedMinutes: 0,
      allowedMinutes: 24 * 60,
      remainingMinutes: null,
    });
  });

  it('reports the remaining office minutes at `now`', () => {
    const result = computeDeadline(
      HK3,
      wib('2026-11-27 15:00'),
      [],
      calendar,
      wib('2026-12-01 12:00'),
    );
    expect(result.remainingMinutes).toBe(24 * 60 - (8 + 4) * 60);
    const late = computeDeadline(
      HK3,
      wib('2026-11-27 15:00'),
      [],
      calendar,
      wib('2026-12-03 09:00'),
    );
    expect(late.remainingMinutes).toBe(-60);
  });

  it('runs 1×24 calendar hours across midnight and the weekend', () => {
    const result = computeDeadline(H24, wib('2026-11-27 20:00'), [], calendar);
    expect(local(result.deadline)).toBe('2026-11-28T20:00:00+07:00');
    expect(result.allowedMinutes).toBe(24 * 60);
  });

  it('counts office-hour clocks in office time only (Fri 14:00 + 4 office hours → Mon 10:00)', () => {
    const result = computeDeadline(
      { kind: 'office_hours', amount: 4 },
      wib('2026-11-27 14:00'),
      [],
      calendar,
    );
    expect(local(result.deadline)).toBe('2026-11-30T10:00:00+07:00');
    expect(result.allowedMinutes).toBe(240);
  });
});

describe('computeDeadline with pauses (paused time does not count, in the clock’s own unit)', () => {
  it('a working-day pause spanning a weekend moves the deadline by the paused office time', () => {
    // 5 HK from Mon 23 Nov 10:00: Tue, Wed, Thu, Fri, Mon → Mon 30 Nov 16:00.
    // Paused Fri 12:00 → Tue 12:00: Fri 4 h + Mon 8 h + Tue 4 h = 16 office hours = 2 working days.
    const start = wib('2026-11-23 10:00');
    const pause = { from: wib('2026-11-27 12:00'), to: wib('2026-12-01 12:00') };
    const result = computeDeadline(HK5, start, [pause], calendar);
    expect(local(result.baseDeadline)).toBe('2026-11-30T16:00:00+07:00');
    expect(result.pausedMinutes).toBe(16 * 60);
    expect(local(result.deadline)).toBe('2026-12-02T16:00:00+07:00');
  });

  it('a partial-day pause moves a working-day deadline by office minutes (2 h → Thu 10:00)', () => {
    const pause = { from: wib('2026-11-30 10:00'), to: wib('2026-11-30 12:00') };
    const result = computeDeadline(HK3, wib('2026-11-27 15:00'), [pause], calendar);
    expect(local(result.deadline)).toBe('2026-12-03T10:00:00+07:00');
  });

  it('a pause on the arrival day of a working-day clock changes nothing (that day never counts)', () => {
    const pause = { from: wib('2026-11-23 10:00'), to: wib('2026-11-23 15:00') };
    const result = computeDeadline(HK3, wib('2026-11-23 09:00'), [pause], calendar);
    expect(local(result.deadline)).toBe('2026-11-26T16:00:00+07:00');
    expect(result.pausedMinutes).toBe(0);
  });

  it('a calendar-day pause spanning a weekend moves the deadline by the paused calendar time', () => {
    // 30 days from Mon 2 Nov 09:00 → Wed 2 Dec 09:00; paused Fri 6 Nov 17:00 → Mon 9 Nov 09:00 = 64 h.
    const pause = { from: wib('2026-11-06 17:00'), to: wib('2026-11-09 09:00') };
    const result = computeDeadline(
      { kind: 'calendar_days', amount: 30 },
      wib('2026-11-02 09:00'),
      [pause],
      calendar,
    );
    expect(local(result.baseDeadline)).toBe('2026-12-02T09:00:00+07:00');
    expect(result.pausedMinutes).toBe(64 * 60);
    expect(local(result.deadline)).toBe('2026-12-05T01:00:00+07:00');
  });

  it('counts overlapping pauses once', () => {
    const pauses = [
      { from: wib('2026-11-27 21:00'), to: wib('2026-11-27 23:00') },
      { from: wib('2026-11-27 22:00'), to: wib('2026-11-27 23:30') },
    ];
    const result = computeDeadline(H24, wib('2026-11-27 20:00'), pauses, calendar);
    expect(result.pausedMinutes).toBe(150);
    expect(local(result.deadline)).toBe('2026-11-28T22:30:00+07:00');
  });

  it('moves an office-hour clock by paused office time only', () => {
    const pause = { from: wib('2026-11-29 08:00'), to: wib('2026-11-30 09:00') }; // Sun 08:00 → Mon 09:00
    const result = computeDeadline(
      { kind: 'office_hours', amount: 4 },
      wib('2026-11-27 14:00'),
      [pause],
      calendar,
    );
    expect(result.pausedMinutes).toBe(60);
    expect(local(result.deadline)).toBe('2026-11-30T11:00:00+07:00');
  });

  it('open pause: no deadline, remaining frozen at its value when the pause began', () => {
    // 3 HK from Mon 23 Nov 09:00 (due Thu 26 16:00), paused Wed 25 12:00 with no end:
    // consumed Tue 8 h + Wed 4 h = 12 h of 24 h.
    const start = wib('2026-11-23 09:00');
    const open = { from: wib('2026-11-25 12:00'), to: null };
    const soon = computeDeadline(HK3, start, [open], calendar, wib('2026-11-25 13:00'));
    const muchLater = computeDeadline(HK3, start, [open], calendar, wib('2026-12-20 13:00'));
    for (const result of [soon, muchLater]) {
      expect(result.deadline).toBeNull();
      expect(result.paused).toBe(true);
      expect(result.pausedSince).toEqual(open.from);
      expect(result.remainingMinutes).toBe(12 * 60);
      expect(local(result.frozenDeadline)).toBe('2026-11-26T16:00:00+07:00');
    }
  });

  it('open pause after a closed one: the closed pause still extends the frozen deadline', () => {
    const start = wib('2026-11-23 09:00');
    const pauses = [
      { from: wib('2026-11-25 12:00'), to: null },
      { from: wib('2026-11-24 08:00'), to: wib('2026-11-24 10:00') },
    ];
    const result = computeDeadline(HK3, start, pauses, calendar);
    expect(result.remainingMinutes).toBe(24 * 60 - (12 - 2) * 60);
    expect(result.pausedMinutes).toBe(120);
    expect(local(result.frozenDeadline)).toBe('2026-11-27T10:00:00+07:00');
  });

  it('closing the pause resumes with the frozen remaining time', () => {
    // Same clock, pause closed Fri 27 12:00: Wed 4 h + Thu 8 h + Fri 4 h = 16 h paused;
    // 12 h were left: Fri 12–16 (4 h) + Mon (8 h) → Mon 30 Nov 16:00.
    const pause = { from: wib('2026-11-25 12:00'), to: wib('2026-11-27 12:00') };
    const result = computeDeadline(
      HK3,
      wib('2026-11-23 09:00'),
      [pause],
      calendar,
      wib('2026-11-27 12:00'),
    );
    expect(result.remainingMinutes).toBe(12 * 60);
    expect(local(result.deadline)).toBe('2026-11-30T16:00:00+07:00');
  });

  it('an open pause on the arrival day of a working-day clock freezes the whole allowance', () => {
    const result = computeDeadline(
      HK3,
      wib('2026-11-23 09:00'),
      [{ from: wib('2026-11-23 10:00'), to: null }],
      calendar,
    );
    expect(result.remainingMinutes).toBe(24 * 60);
  });

  it('an open pause on a calendar-hour clock freezes the calendar time left', () => {
    const result = computeDeadline(
      H24,
      wib('2026-11-27 20:00'),
      [{ from: wib('2026-11-28 02:00'), to: null }],
      calendar,
    );
    expect(result.remainingMinutes).toBe(18 * 60);
    expect(result.deadline).toBeNull();
  });

  it('rejects a pause that ends before it starts, and an invalid date', () => {
    const bad = { from: wib('2026-11-25 12:00'), to: wib('2026-11-25 11:00') };
    expect(() => computeDeadline(HK3, wib('2026-11-23 09:00'), [bad], calendar)).toThrow(
      'Jeda #1 berakhir sebelum dimulai / Pause #1 ends before it starts',
    );
    expect(() => computeDeadline(HK3, new Date('nope'), [], calendar)).toThrow(SlaConfigError);
  });

  it('rejects invalid clocks: negative, zero, fractional working days, unknown kind', () => {
    const start = wib('2026-11-23 09:00');
    expect(() =>
      computeDeadline({ kind: 'working_days', amount: -3 }, start, [], calendar),
    ).toThrow(
      /Jumlah tidak valid .* -3, harus bilangan bulat > 0 \/ Invalid amount .* -3, expected a whole number > 0/,
    );
    expect(() =>
      computeDeadline({ kind: 'calendar_days', amount: 0 }, start, [], calendar),
    ).toThrow(SlaConfigError);
    expect(() =>
      computeDeadline({ kind: 'working_days', amount: 1.5 }, start, [], calendar),
    ).toThrow(SlaConfigError);
    const unknown = { kind: 'weeks', amount: 1 } as unknown as SlaClock;
    expect(() => computeDeadline(unknown, start, [], calendar)).toThrow(
      'Jenis jam SLA tidak dikenal: "weeks"',
    );
  });
});

describe('slaState: due soon = remaining < max(25 % of allowed, 1 working day | 1 day | 2 h)', () => {
  const deadline3 = calendar.addWorkingDays(wib('2026-11-27 15:00'), 3); // Wed 2 Dec 16:00

  it('3 HK: 1 working day (8 h) outweighs 25 % (6 h); due soon from Wednesday’s opening', () => {
    expect(slaState(deadline3, wib('2026-12-01 15:59'), HK3, calendar)).toBe('on_track');
    expect(slaState(deadline3, wib('2026-12-02 07:00'), HK3, calendar)).toBe('on_track');
    expect(slaState(deadline3, wib('2026-12-02 08:00'), HK3, calendar)).toBe('on_track');
    expect(slaState(deadline3, wib('2026-12-02 08:01'), HK3, calendar)).toBe('due_soon');
  });

  it('is still due (not overdue) at the deadline instant, overdue one second later', () => {
    expect(slaState(deadline3, wib('2026-12-02 16:00'), HK3, calendar)).toBe('due_soon');
    expect(slaState(deadline3, wib('2026-12-02 16:00:01'), HK3, calendar)).toBe('overdue');
    expect(slaState(deadline3, wib('2026-12-02 20:00'), HK3, calendar)).toBe('overdue');
  });

  it('10 HK: 25 % (20 office hours) outweighs 1 working day; due soon from Wed 9 Dec 12:00', () => {
    const clock: SlaClock = { kind: 'working_days', amount: 10 };
    const deadline = calendar.addWorkingDays(wib('2026-11-27 15:00'), 10);
    expect(local(deadline)).toBe('2026-12-11T16:00:00+07:00');
    expect(slaState(deadline, wib('2026-12-09 12:00'), clock, calendar)).toBe('on_track');
    expect(slaState(deadline, wib('2026-12-09 12:01'), clock, calendar)).toBe('due_soon');
  });

  it('1×24 h: 25 % (6 h) outweighs 2 h; due soon when less than 6 h remain', () => {
    const deadline = wib('2026-11-28 20:00');
    expect(slaState(deadline, wib('2026-11-28 14:00'), H24, calendar)).toBe('on_track');
    expect(slaState(deadline, wib('2026-11-28 14:01'), H24, calendar)).toBe('due_soon');
  });

  it('4 office hours: 2 h outweighs 25 % (1 h), measured in office time', () => {
    const clock: SlaClock = { kind: 'office_hours', amount: 4 };
    const deadline = wib('2026-11-30 10:00');
    expect(slaState(deadline, wib('2026-11-28 10:00'), clock, calendar)).toBe('on_track'); // 2 h left
    expect(slaState(deadline, wib('2026-11-30 08:01'), clock, calendar)).toBe('due_soon');
  });

  it('30 calendar days: due soon when less than 7.5 days remain', () => {
    const clock: SlaClock = { kind: 'calendar_days', amount: 30 };
    const deadline = wib('2026-12-02 09:00');
    expect(slaState(deadline, wib('2026-11-24 21:00'), clock, calendar)).toBe('on_track');
    expect(slaState(deadline, wib('2026-11-24 21:01'), clock, calendar)).toBe('due_soon');
  });

  it('takes the threshold as a parameter', () => {
    const deadline = wib('2026-11-28 20:00');
    expect(slaState(deadline, wib('2026-11-28 08:01'), H24, calendar, { fraction: 0.5 })).toBe(
      'due_soon',
    );
    expect(slaState(deadline, wib('2026-11-28 08:00'), H24, calendar, { fraction: 0.5 })).toBe(
      'on_track',
    );
    expect(
      slaState(deadline, wib('2026-11-28 10:01'), H24, calendar, { fraction: 0, minHours: 10 }),
    ).toBe('due_soon');
    expect(() =>
      slaState(deadline, wib('2026-11-28 10:00'), H24, calendar, { fraction: 1.5 }),
    ).toThrow('Ambang "hampir jatuh tempo" tidak valid: fraction = 1.5');
  });

  it('slaStateOf keeps a paused clock’s state frozen', () => {
    const start = wib('2026-11-23 09:00'); // 3 HK due Thu 26 Nov 16:00
    const halfway = computeDeadline(
      HK3,
      start,
      [{ from: wib('2026-11-25 12:00'), to: null }],
      calendar,
    );
    expect(slaStateOf(halfway, wib('2026-12-31 12:00'), calendar)).toBe('on_track');
    const lastDay = computeDeadline(
      HK3,
      start,
      [{ from: wib('2026-11-26 12:00'), to: null }],
      calendar,
    );
    expect(slaStateOf(lastDay, wib('2026-12-31 12:00'), calendar)).toBe('due_soon');
    const late = computeDeadline(
      HK3,
      start,
      [{ from: wib('2026-11-27 09:00'), to: null }],
      calendar,
    );
    expect(late.remainingMinutes).toBe(-60);
    expect(slaStateOf(late, wib('2026-12-31 12:00'), calendar)).toBe('overdue');
  });

  it('slaStateOf judges a running clock at now', () => {
    const result = computeDeadline(HK3, wib('2026-11-27 15:00'), [], calendar);
    expect(slaStateOf(result, wib('2026-12-01 09:00'), calendar)).toBe('on_track');
    expect(slaStateOf(result, wib('2026-12-03 09:00'), calendar)).toBe('overdue');
  });
});
