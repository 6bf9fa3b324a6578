import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CalendarDay } from '@simpul/contracts';
import { WorkingCalendar } from '@simpul/sla';
import { CaseClocks } from '../src/app/case-kernel/case-clocks';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/** A far year, so no other spec's clocks reach the decree entered here. */
const YEAR = 2099;

describe('The working calendar: the shipped 2026 decree and a year entered in one go', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let superadmin: string;
  let admin: string;
  let petugas: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    await owner.query(
      `DELETE FROM calendar_override WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1)`,
      [YEAR],
    );
    const agency = await createAgency(owner, 'Kalender', { kind: 'regency_office' });
    superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    admin = (await signIn(testApp.url, (await createUser(owner, [[agency, 'admin']])).email))
      .accessToken;
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
  });

  const clearYear = () =>
    owner.query(
      `DELETE FROM calendar_override WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1)`,
      [YEAR],
    );

  afterAll(async () => {
    await clearYear();
    await testApp.close();
    await owner.destroy();
  });

  const holidays = async (year: number) =>
    (
      await request(testApp.url)
        .get(`/api/calendar/holidays?year=${year}`)
        .set(bearer(petugas))
        .expect(200)
    ).body as CalendarDay[];
  const paste = (token: string, text: string, year = YEAR) =>
    request(testApp.url).put(`/api/calendar/decrees/${year}`).set(bearer(token)).send({ text });

  it('ships the 2026 SKB 1497/2/5 of 2025: 20 March and 24 December 2026 are not working days', async () => {
    const days = await holidays(2026);
    expect(days).toContainEqual(
      expect.objectContaining({ date: '2026-03-20', name: 'Cuti Bersama Idul Fitri 1447 H' }),
    );
    expect(days).toContainEqual(
      expect.objectContaining({
        date: '2026-12-24',
        name: 'Cuti Bersama Kelahiran Yesus Kristus',
      }),
    );
    // 17 national holidays and 8 days of cuti bersama (other specs may add their own days).
    expect(days.filter((day) => day.name.startsWith('Cuti Bersama'))).toHaveLength(8);
    const clocks = testApp.app.get(CaseClocks);
    clocks.invalidateCalendar();
    const calendar = await clocks.calendarNow();
    expect(calendar.isWorkingDay('2026-03-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-23')).toBe(true);
    // The clocks count on it: 23 December 09:00 + 2 working days skips the 24th and the 25th.
    const start = new Date('2026-12-23T09:00:00+07:00');
    expect(calendar.toLocalIso(calendar.addWorkingDays(start, 2))).toBe(
      '2026-12-29T16:00:00+07:00',
    );
  });

  it('lets the superadmin enter a year’s decree in one go, replacing the year’s corrections exactly', async () => {
    const libraryDays = new WorkingCalendar().holidaysIn(YEAR);
    expect(libraryDays.length).toBeGreaterThan(3);
    const [kept, dropped] = [libraryDays[0], libraryDays[1]];
    const text = [
      `${kept.date} Tahun Baru ${YEAR} Masehi`,
      '',
      `${YEAR}-03-13\tCuti Bersama Uji`,
      `${YEAR}-06-09; Cuti Bersama Kedua`,
    ].join('\r\n');

    await paste(admin, text).expect(403);
    await paste(petugas, text).expect(403);
    const bad = await paste(
      superadmin,
      `${YEAR}-02-30 Tidak ada\n2027-01-01 Tahun lain\nlibur`,
    ).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'text',
      'text',
      'text',
    ]);
    expect(bad.body.fields[0].message.id).toContain('baris 1');
    expect(bad.body.fields[1].message.en).toContain(`line 2: 2027-01-01 is not in ${YEAR}`);
    await paste(superadmin, `${YEAR}-01-05 A\n${YEAR}-01-05 B`).expect(400);
    await paste(superadmin, '  \n').expect(400);
    // Nothing of a refused list was written.
    expect((await holidays(YEAR)).map((d) => d.date)).toEqual(libraryDays.map((d) => d.date));

    const entered = (await paste(superadmin, text).expect(200)).body as CalendarDay[];
    expect(entered).toEqual([
      { date: kept.date, name: `Tahun Baru ${YEAR} Masehi`, source: 'override' },
      { date: `${YEAR}-03-13`, name: 'Cuti Bersama Uji', source: 'override' },
      { date: `${YEAR}-06-09`, name: 'Cuti Bersama Kedua', source: 'override' },
    ]);
    const clocks = testApp.app.get(CaseClocks);
    clocks.invalidateCalendar();
    const calendar = await clocks.calendarNow();
    expect(calendar.isWorkingDay(`${YEAR}-03-13`)).toBe(false);
    // A library holiday the decree does not list is cancelled (a weekday one becomes working).
    expect(calendar.describe(dropped.date).holiday).toBeUndefined();

    // Entering the year again replaces the previous list, it does not add to it.
    const again = (await paste(superadmin, `${YEAR}-03-13 Cuti Bersama Uji`).expect(200))
      .body as CalendarDay[];
    expect(again).toEqual([
      { date: `${YEAR}-03-13`, name: 'Cuti Bersama Uji', source: 'override' },
    ]);
    const audit = await owner.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'calendar.changed' AND target_id = $1`,
      [String(YEAR)],
    );
    expect(audit[0].n).toBeGreaterThanOrEqual(2);
  });
});
