import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseDetail, CreateCaseRequest } from '@simpul/contracts';
import { CaseClocks } from '../src/app/case-kernel/case-clocks';
import { ClockTimers } from '../src/app/case-kernel/clock-timers';
import { SlaReminders } from '../src/app/notifications/sla-reminders';
import { WorkingCalendar, type CalendarOverride } from '@simpul/sla';
import {
  afterValues,
  bearer,
  caseEvents,
  createAgency,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Drainase tersumbat di Jl. Raya Porong',
  description: 'air meluap ke jalan tiap hujan',
  classification: 'pengaduan',
  channel: 'phone',
  category: 'drainase',
  reporter: {
    name: 'Warga Porong',
    contact: '081299990000',
    anonymous: false,
    confidential: false,
  },
};

describe('SLA clocks on the working-day calendar, fired by the durable job queue', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agency: string;
  let admin: string;
  let petugas: string;

  beforeAll(async () => {
    testApp = await createTestApp({ JOB_POLLING_SECONDS: '1' });
    owner = await ownerDataSource();
    agency = await createAgency(owner, 'Jam', { kind: 'regency_office' });
    admin = (await signIn(testApp.url, (await createUser(owner, [[agency, 'admin']])).email))
      .accessToken;
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
  });

  afterAll(async () => {
    await owner.query(`DELETE FROM calendar_override WHERE name LIKE 'Uji %'`);
    await testApp.close();
    await owner.destroy();
  });

  const create = async (body: CreateCaseRequest = COMPLAINT) =>
    (await request(testApp.url).post('/api/cases').set(bearer(petugas)).send(body).expect(201))
      .body as CaseDetail;
  const act = async (token: string, kase: CaseDetail, action: string, note?: string) =>
    (
      await request(testApp.url)
        .post(`/api/cases/${kase.id}/transitions`)
        .set(bearer(token))
        .send({ action, version: kase.version, note })
        .expect(200)
    ).body as CaseDetail;
  const clock = (kase: CaseDetail, name: string) => kase.clocks.find((c) => c.clock === name);

  it('starts the 3-working-day verification clock at intake, due at closing time of the third working day', async () => {
    const kase = await create();
    const verification = clock(kase, 'verification');
    expect(verification).toMatchObject({
      kind: 'working_days',
      amount: 3,
      paused: false,
      state: 'on_track',
    });
    const expected = new WorkingCalendar().addWorkingDays(
      new Date(verification?.startedAt as string),
      3,
    );
    expect(verification?.deadline).toBe(expected.toISOString());
    expect(new Date(verification?.deadline as string).getUTCHours()).toBe(9); // 16:00 WIB
    expect(kase.slaState).toBe('on_track');
  });

  it('moves deadlines when an admin adds a cuti bersama day to the calendar', async () => {
    const calendar = new WorkingCalendar();
    const now = new Date();
    const firstWorkingDay = calendar.addWorkingDays(now, 1);
    const day = new Date(firstWorkingDay.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    await owner.query(
      `INSERT INTO calendar_override (date, kind, name) VALUES ($1, 'holiday', 'Uji cuti bersama')`,
      [day],
    );
    testApp.app.get(CaseClocks).invalidateCalendar();
    const kase = await create();
    const withLeave = new WorkingCalendar({
      overrides: [{ date: day, kind: 'holiday' }],
    }).addWorkingDays(now, 3);
    expect(
      new Date(clock(kase, 'verification')?.deadline as string).toISOString().slice(0, 10),
    ).toBe(withLeave.toISOString().slice(0, 10));
    expect(new Date(clock(kase, 'verification')?.deadline as string).getTime()).toBeGreaterThan(
      calendar.addWorkingDays(now, 3).getTime(),
    );
  });

  it('moves the stored deadlines and timers of running clocks when the superadmin edits the calendar', async () => {
    const superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    const kase = await create();
    const startedAt = new Date(clock(kase, 'verification')?.startedAt as string);
    const overrides = (await owner.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind FROM calendar_override`,
    )) as CalendarOverride[];
    const stored = async () =>
      (
        (await owner.query(
          `SELECT cc.deadline, c.next_deadline FROM case_clock cc JOIN "case" c ON c.id = cc.case_id
           WHERE cc.case_id = $1 AND cc.clock = 'verification'`,
          [kase.id],
        )) as { deadline: Date; next_deadline: Date }[]
      )[0];
    const settles = async (expected: Date) => {
      for (let waited = 0; waited < 15_000; waited += 200) {
        if ((await stored()).deadline.getTime() === expected.getTime()) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const now = await stored();
      expect(now.deadline.toISOString()).toBe(expected.toISOString());
      expect(now.next_deadline.toISOString()).toBe(expected.toISOString());
    };
    const before = new WorkingCalendar({ overrides }).addWorkingDays(startedAt, 3);
    expect((await stored()).deadline.toISOString()).toBe(before.toISOString());
    // The second working day of the clock's span (in WIB) becomes cuti bersama: one day later.
    const secondDay = new WorkingCalendar({ overrides }).addWorkingDays(startedAt, 2);
    const day = new Date(secondDay.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    await request(testApp.url)
      .put('/api/calendar/overrides')
      .set(bearer(superadmin))
      .send({ date: day, kind: 'holiday', name: 'Uji cuti bersama mendadak' })
      .expect(200);
    const withLeave = new WorkingCalendar({
      overrides: [...overrides, { date: day, kind: 'holiday' }],
    }).addWorkingDays(startedAt, 3);
    expect(withLeave.getTime()).toBeGreaterThan(before.getTime());
    await settles(withLeave);
    // Cancelled again: back to the first deadline.
    await request(testApp.url)
      .delete(`/api/calendar/overrides/${day}`)
      .set(bearer(superadmin))
      .expect(204);
    await settles(before);
  });

  it('follows the status machine and pauses while waiting for the reporter', async () => {
    let kase = await create();
    kase = await act(admin, kase, 'route');
    expect(clock(kase, 'verification')?.completedAt).not.toBeNull();
    expect(clock(kase, 'follow_up')).toMatchObject({
      kind: 'working_days',
      amount: 5,
      completedAt: null,
    });
    kase = await act(petugas, kase, 'request_information', 'Mohon kirim lokasi');
    expect(clock(kase, 'follow_up')).toMatchObject({ paused: true, deadline: null });
    expect(clock(kase, 'needs_information')).toMatchObject({
      kind: 'calendar_days',
      amount: 30,
      paused: false,
    });
    kase = await act(petugas, kase, 'information_received');
    expect(clock(kase, 'follow_up')).toMatchObject({ paused: false });
    expect(clock(kase, 'needs_information')?.completedAt).not.toBeNull();
  });

  it('keeps the lead agency’s time in hand, not counting the wait for the reporter', async () => {
    let kase = await create();
    expect(kase.timeInHand).toEqual([
      expect.objectContaining({ agencyId: agency, holding: true, since: expect.any(String) }),
    ]);
    const stints = async () =>
      (await owner.query(
        `SELECT agency_id, started_at, ended_at FROM case_hand WHERE case_id = $1 ORDER BY started_at`,
        [kase.id],
      )) as { agency_id: string; started_at: Date; ended_at: Date | null }[];
    // Held for a while, then waiting for the reporter: the stint ends.
    await owner.query(
      `UPDATE case_hand SET started_at = started_at - interval '2 hours' WHERE case_id = $1`,
      [kase.id],
    );
    kase = await act(petugas, kase, 'request_information', 'Mohon kirim lokasi');
    expect(kase.timeInHand).toEqual([expect.objectContaining({ holding: false, since: null })]);
    const heldSeconds = kase.timeInHand[0].seconds;
    expect(heldSeconds).toBeGreaterThanOrEqual(2 * 3600);
    expect(heldSeconds).toBeLessThan(2 * 3600 + 60);
    // The wait is nobody's: back in hand, a second stint adds to the same agency.
    await owner.query(
      `UPDATE case_hand SET started_at = started_at - interval '1 day', ended_at = ended_at - interval '1 day' WHERE case_id = $1`,
      [kase.id],
    );
    kase = await act(petugas, kase, 'information_received');
    const after = await stints();
    expect(after).toHaveLength(2);
    expect(after.map((s) => [s.agency_id, s.ended_at === null])).toEqual([
      [agency, false],
      [agency, true],
    ]);
    expect(kase.timeInHand).toEqual([expect.objectContaining({ agencyId: agency, holding: true })]);
    expect(kase.timeInHand[0].seconds).toBeGreaterThanOrEqual(heldSeconds);
    expect(kase.timeInHand[0].seconds).toBeLessThan(heldSeconds + 60);
    // Moving on in the workflow keeps the same stint.
    kase = await act(admin, kase, 'route');
    expect(kase.timeInHand[0].holding).toBe(true);
    expect(await stints()).toHaveLength(2);

    // A report entered with an older date (an import) was in hand from then.
    const [{ id: older }] = (await owner.query(
      `INSERT INTO "case" (number, title, description, classification, channel, category, intake_agency_id, created_at)
       VALUES ('SMP-TEST-' || lpad(nextval('case_number_seq')::text, 6, '0'), 'Aduan lama', 'uraian', 'pengaduan', 'lapor', 'jalan_rusak', $1, now() - interval '3 days')
       RETURNING id`,
      [agency],
    )) as { id: string }[];
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'lead')`,
      [older, agency],
    );
    const detail = (
      await request(testApp.url).get(`/api/cases/${older}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(detail.timeInHand).toHaveLength(1);
    expect(detail.timeInHand[0].seconds).toBeGreaterThanOrEqual(3 * 86400);
    expect(detail.timeInHand[0].seconds).toBeLessThan(3 * 86400 + 60);
  });

  it('auto-closes a followed-up case whose 10-working-day wait ran out while the API was down, once, with two processes', async () => {
    let kase = await create();
    kase = await act(admin, kase, 'route');
    kase = await act(petugas, kase, 'start');
    kase = await act(petugas, kase, 'follow_up', 'Saluran sudah dibersihkan');
    expect(clock(kase, 'auto_close')).toMatchObject({ amount: 10, completedAt: null });
    await testApp.close();
    // While the API is down, three weeks pass for this case.
    await owner.query(
      `UPDATE case_clock SET started_at = started_at - interval '21 days', deadline = now() - interval '1 hour'
       WHERE case_id = $1 AND clock = 'auto_close'`,
      [kase.id],
    );
    const [first, second] = await Promise.all([
      createTestApp({ JOB_POLLING_SECONDS: '1' }),
      createTestApp({ JOB_POLLING_SECONDS: '1' }),
    ]);
    testApp = first;
    try {
      let status = '';
      for (let i = 0; i < 40 && status !== 'resolved'; i++) {
        await new Promise((r) => setTimeout(r, 500));
        [{ status }] = await owner.query(`SELECT status FROM "case" WHERE id = $1`, [kase.id]);
      }
      expect(status).toBe('resolved');
      await new Promise((r) => setTimeout(r, 2500)); // give a duplicate a chance to misbehave
      const petugasToken = (
        await signIn(first.url, (await createUser(owner, [[agency, 'petugas']])).email)
      ).accessToken;
      const events = await caseEvents(first.url, petugasToken, kase.id);
      const autoClosed = events.filter(
        (e) => e.type === 'case.status_changed' && e.after?.['action'] === 'resolve',
      );
      expect(autoClosed).toHaveLength(1);
      expect(autoClosed[0]).toMatchObject({ actorUserId: null, after: { status: 'resolved' } });
      expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i + 1));
    } finally {
      await second.close();
    }
  });

  it('escalates an overdue verification instead of acting on the case', async () => {
    const kase = await create();
    await owner.query(
      `UPDATE case_clock SET started_at = started_at - interval '10 days', deadline = now() - interval '1 minute'
       WHERE case_id = $1 AND clock = 'verification'`,
      [kase.id],
    );
    await testApp.app.get(ClockTimers).fire(kase.id, 'verification');
    const detail = (
      await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(detail.status).toBe('new');
    expect(clock(detail, 'verification')?.escalatedAt).not.toBeNull();
    expect(clock(detail, 'verification')?.state).toBe('overdue');
    expect(detail.slaState).toBe('overdue');
    const events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.at(-1)).toMatchObject({
      type: 'case.sla_escalated',
      after: { clock: 'verification' },
    });
  });

  it('reminds the lead agency of a near deadline through the job queue, once, and not of a moved one', async () => {
    const kase = await create();
    // Started three days ago, due in two hours: its reminder is due now.
    const [[row]] = (await owner.query(
      `UPDATE case_clock SET started_at = now() - interval '3 days',
         deadline = date_trunc('second', now()) + interval '2 hours'
       WHERE case_id = $1 AND clock = 'verification' RETURNING started_at, deadline`,
      [kase.id],
    )) as [{ started_at: Date; deadline: Date }[], number];
    const reminded = async () =>
      (
        (await owner.query(
          `SELECT count(*)::int AS n FROM notification WHERE case_id = $1 AND kind = 'sla_reminder'`,
          [kase.id],
        )) as { n: number }[]
      )[0].n;
    const clocks = testApp.app.get(CaseClocks);
    await clocks.schedule(kase.id, 'verification', row.deadline, row.started_at);
    for (let waited = 0; waited < 15_000 && (await reminded()) === 0; waited += 250)
      await new Promise((resolve) => setTimeout(resolve, 250));
    // Nobody is assigned: each of the agency's petugas and admins, once.
    const [{ staff }] = (await owner.query(
      `SELECT count(*)::int AS staff FROM membership m JOIN app_user u ON u.id = m.user_id
       WHERE m.agency_id = $1 AND m.role IN ('petugas', 'admin') AND u.active`,
      [agency],
    )) as { staff: number }[];
    expect(staff).toBeGreaterThanOrEqual(2);
    expect(await reminded()).toBe(staff);
    await clocks.schedule(kase.id, 'verification', row.deadline, row.started_at);
    const reminders = testApp.app.get(SlaReminders);
    const job = { caseId: kase.id, clock: 'verification' as const };
    expect(await reminders.remind({ ...job, deadline: row.deadline.toISOString() })).toBe(false);
    // A job for a deadline that has moved since reminds of nothing.
    const moved = new Date(row.deadline.getTime() + 3_600_000).toISOString();
    expect(await reminders.remind({ ...job, deadline: moved })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await reminded()).toBe(staff);
  });

  it('archives a case whose reporter never answered within 30 days, once, on the job queue', async () => {
    let kase = await create();
    kase = await act(petugas, kase, 'request_information', 'Mohon kirim foto lokasi');
    await owner.query(
      `UPDATE case_clock SET started_at = started_at - interval '31 days', deadline = now() - interval '1 minute'
       WHERE case_id = $1 AND clock = 'needs_information'`,
      [kase.id],
    );
    const timers = testApp.app.get(ClockTimers);
    await timers.fire(kase.id, 'needs_information');
    await timers.fire(kase.id, 'needs_information'); // a repeated job changes nothing
    const detail = (
      await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect([detail.status, detail.laporBucket]).toEqual(['archived', 'Arsip']);
    expect(detail.timeInHand[0].holding).toBe(false);
    const archived = (await caseEvents(testApp.url, petugas, kase.id)).filter(
      (e) => afterValues(e)['status'] === 'archived',
    );
    expect(archived).toHaveLength(1);
    expect(archived[0].actorUserId).toBeNull(); // the system acted
  });

  it('lets the superadmin edit the calendar and shows library and override days together', async () => {
    const superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    await request(testApp.url)
      .put('/api/calendar/overrides')
      .set(bearer(admin))
      .send({ date: '2026-12-31', kind: 'holiday', name: 'Uji cuti' })
      .expect(403);
    const bad = await request(testApp.url)
      .put('/api/calendar/overrides')
      .set(bearer(superadmin))
      .send({ date: '2026-02-30', kind: 'holiday' })
      .expect(400);
    expect(bad.body.fields[0].field).toBe('date');
    const days = (
      await request(testApp.url)
        .put('/api/calendar/overrides')
        .set(bearer(superadmin))
        .send({ date: '2026-12-31', kind: 'holiday', name: 'Uji cuti bersama akhir tahun' })
        .expect(200)
    ).body as { date: string; name: string; source: string }[];
    expect(days).toContainEqual({
      date: '2026-12-31',
      name: 'Uji cuti bersama akhir tahun',
      source: 'override',
    });
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-12-25', source: 'library' }));
    const overrides = (
      await request(testApp.url)
        .get('/api/calendar/overrides?year=2026')
        .set(bearer(petugas))
        .expect(200)
    ).body as { date: string; kind: string; name: string | null }[];
    expect(overrides).toContainEqual({
      date: '2026-12-31',
      kind: 'holiday',
      name: 'Uji cuti bersama akhir tahun',
    });
    await request(testApp.url)
      .get('/api/calendar/overrides?year=tahun')
      .set(bearer(petugas))
      .expect(400);
    await request(testApp.url)
      .delete('/api/calendar/overrides/2026-12-31')
      .set(bearer(superadmin))
      .expect(204);
    const after = (
      await request(testApp.url)
        .get('/api/calendar/holidays?year=2026')
        .set(bearer(petugas))
        .expect(200)
    ).body as { date: string }[];
    expect(after.some((d) => d.date === '2026-12-31')).toBe(false);
    const remaining = (
      await request(testApp.url)
        .get('/api/calendar/overrides?year=2026')
        .set(bearer(petugas))
        .expect(200)
    ).body as { date: string }[];
    expect(remaining.some((o) => o.date === '2026-12-31')).toBe(false);
  });
});
