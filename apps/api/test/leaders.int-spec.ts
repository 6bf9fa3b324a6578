import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  SOCKET_EVENTS,
  type ApiErrorBody,
  type InboxPage,
  type LeadersChangedMessage,
  type LeadersDashboard,
} from '@simpul/contracts';
import { CaseClocks } from '../src/app/case-kernel/case-clocks';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { caseVersion, connectSocket, patchTitle, pause, waitFor } from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * The leaders' view on a crafted history (handoffs, a pause for the reporter, holidays, a reopen),
 * each figure checked against the value worked out by hand from docs/indicators.md. Times are WIB.
 *
 * Calendar: Thu 14 May 2026 is a national holiday (Kenaikan Yesus Kristus, from the holiday
 * library) and Fri 15 May is set as cuti bersama by the superadmin's correction; office hours
 * 08:00–16:00. Period 11–22 May 2026 (12 days), previous period 29 Apr–10 May.
 *
 * Agencies: P (parent, the leader's), its units U1 and U2, X outside P's scope, K coordinating X.
 *
 * A (U1): received Mon 11 May 09:00, verified Wed 13 May 10:00 (deadline 3 HK: 12, 13, 18 → Mon
 *   18 May 16:00: in time), followed up Tue 19 May 11:00 (deadline 5 HK from routing: 18, 19, 20,
 *   21, 22 → Fri 22 May 16:00: in time), resolved Wed 20 May 09:00 (216 h), rated 4.
 *   U1 holds [11 May 09:00, 19 May 11:00): 7 + 8 + 8 + 0 + 0 + 8 + 3 = 34 office hours.
 * B (U1, then X): received Tue 12 May 14:00; waits for the reporter 13 May 09:00 – 18 May 09:00
 *   (8 office hours paused, so the 3 HK deadline 19 May 16:00 moves to Wed 20 May 16:00); routed
 *   Thu 21 May 09:00: late. Handed to X: proposed 21 May 10:00, accepted 22 May 10:00, U1 left; U1
 *   held the time while the proposal was open. Never replied: follow-up late. U1 holds
 *   [12 May 14:00, 13 May 09:00) + [18 May 09:00, 22 May 10:00) = 3 + 33 = 36 h. P cannot read B now.
 * C (U2): received Wed 20 May 10:00, still new, location unknown, no event since: verification
 *   overdue (deadline 25 May 16:00), waiting for a location, stalled; U2 proposed it to X on
 *   22 May 11:00 and the proposal is still open. U2 holds it from 20 May 10:00: 6 + 8 + 8 = 22 h in
 *   the period.
 * D (U1): received Mon 4 May 09:00, verified 5 May 09:00, followed up 6 May 10:00, resolved 7 May
 *   09:00 (72 h), rated 5 on 7 May, reopened Fri 8 May 09:00, resolved again Tue 12 May 09:00; a
 *   frozen proposal U1 → X (ping-pong) on 22 May 12:00. U1 holds [4 May 09:00, 6 May 10:00) +
 *   [8 May 09:00, 12 May 09:00): 24 h in the previous period, 9 h in this one.
 * E (X only): never held by P's agencies.
 */
const wib = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

describe("Leaders' view: figures from a crafted history", () => {
  let testApp: TestApp;
  let owner: DataSource;
  const agency: Record<'P' | 'U1' | 'U2' | 'X' | 'K', string> = {
    P: '',
    U1: '',
    U2: '',
    X: '',
    K: '',
  };
  const kase: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
  const token: Record<'leaderP' | 'leaderU1' | 'leaderK' | 'officerP', string> = {
    leaderP: '',
    leaderU1: '',
    leaderK: '',
    officerP: '',
  };
  const period = { from: '2026-05-11', to: '2026-05-22' };

  /** A case with its participants (triggers fill the inbox), then its history written as it was. */
  async function craftCase(input: {
    intake: string;
    lead: string;
    status: string;
    createdAt: string;
    location?: string;
    moves: [at: string, action: string, from: string, to: string][];
    stints: [agency: string, from: string, to: string | null][];
    clocks?: [
      clock: string,
      startedAt: string,
      completedAt: string | null,
      pauses?: [string, string][],
    ][];
    rating?: [stars: number, at: string];
  }): Promise<string> {
    const [{ id }] = await owner.query(
      `INSERT INTO "case" (number, title, description, classification, channel, category, intake_agency_id,
                           status, created_at, location_confidence)
       VALUES ('SMP-LDR-' || lpad(nextval('case_number_seq')::text, 6, '0'), 'Jalan berlubang', 'Kronologi',
               'pengaduan', 'whatsapp', 'jalan_rusak', $1, $2, $3, $4) RETURNING id`,
      [input.intake, input.status, wib(input.createdAt), input.location ?? 'pinned'],
    );
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'lead')`,
      [id, input.lead],
    );
    const [report] = await owner.query(
      `INSERT INTO case_report (case_id, reporter_name, reporter_contact, anonymous)
       VALUES ($1, 'Siti', '081200000009', false) RETURNING id`,
      [id],
    );
    await owner.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(`DELETE FROM case_hand WHERE case_id = $1`, [id]);
      const events: [string, string, object | null, object][] = [
        [input.createdAt, 'case.created', null, { status: 'new', title: 'Jalan berlubang' }],
        ...input.moves.map(([at, action, from, to]): [string, string, object, object] => [
          at,
          'case.status_changed',
          { status: from },
          { status: to, action },
        ]),
      ];
      let seq = 0;
      for (const [at, type, before, after] of events)
        await m.query(
          `INSERT INTO case_event (case_id, seq, at, type, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, ++seq, wib(at), type, before && JSON.stringify(before), JSON.stringify(after)],
        );
      await m.query(`UPDATE "case" SET last_event_seq = $2 WHERE id = $1`, [id, seq]);
      for (const [agencyId, from, to] of input.stints)
        await m.query(
          `INSERT INTO case_hand (case_id, agency_id, started_at, ended_at) VALUES ($1, $2, $3, $4)`,
          [id, agencyId, wib(from), to && wib(to)],
        );
      for (const [clock, startedAt, completedAt, pauses] of input.clocks ?? [])
        await m.query(
          `INSERT INTO case_clock (case_id, clock, kind, amount, started_at, completed_at, pauses)
           VALUES ($1, $2, 'working_days', $3, $4, $5, $6)`,
          [
            id,
            clock,
            clock === 'verification' ? 3 : 5,
            wib(startedAt),
            completedAt && wib(completedAt),
            JSON.stringify(
              (pauses ?? []).map(([from, to]) => ({
                from: wib(from).toISOString(),
                to: wib(to).toISOString(),
              })),
            ),
          ],
        );
      if (input.rating)
        await m.query(
          `INSERT INTO reporter_rating (report_id, case_id, stars, rated_at) VALUES ($1, $2, $3, $4)`,
          [report.id, id, input.rating[0], wib(input.rating[1])],
        );
    });
    return id;
  }

  async function handoff(
    caseId: string,
    from: string,
    to: string,
    status: string,
    proposedAt: string,
    answeredAt: string | null,
  ) {
    await owner.query(
      `INSERT INTO case_handoff (case_id, from_agency_id, to_agency_id, reason, sender_choice, status,
                                 proposed_at, deadline, answered_at, arbiter_agency_id)
       VALUES ($1, $2, $3, 'road_status', 'leave', $4, $5, $5::timestamptz + interval '3 days', $6, $7)`,
      [
        caseId,
        from,
        to,
        status,
        wib(proposedAt),
        answeredAt && wib(answeredAt),
        status === 'frozen' ? agency.P : null,
      ],
    );
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agency.P = await createAgency(owner, 'LdrP', { kind: 'provincial_department' });
    agency.U1 = await createAgency(owner, 'LdrU1', { parentId: agency.P, kind: 'field_unit' });
    agency.U2 = await createAgency(owner, 'LdrU2', { parentId: agency.P, kind: 'field_unit' });
    agency.X = await createAgency(owner, 'LdrX', { kind: 'national_road_authority' });
    agency.K = await createAgency(owner, 'LdrK');
    await owner.query(
      `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
      [agency.K, agency.X],
    );
    await owner.query(
      `INSERT INTO calendar_override (date, kind, name) VALUES ('2026-05-15', 'holiday', 'Cuti bersama Kenaikan')
       ON CONFLICT (date) DO NOTHING`,
    );
    testApp.app.get(CaseClocks).invalidateCalendar();
    const { U1, U2, X } = agency;

    kase.A = await craftCase({
      intake: U1,
      lead: U1,
      status: 'resolved',
      createdAt: '2026-05-11 09:00',
      moves: [
        ['2026-05-13 10:00', 'verify', 'new', 'verified'],
        ['2026-05-19 11:00', 'follow_up', 'verified', 'followed_up'],
        ['2026-05-20 09:00', 'resolve', 'followed_up', 'resolved'],
      ],
      stints: [[U1, '2026-05-11 09:00', '2026-05-19 11:00']],
      clocks: [
        ['verification', '2026-05-11 09:00', '2026-05-13 10:00'],
        ['follow_up', '2026-05-13 10:00', '2026-05-19 11:00'],
      ],
      rating: [4, '2026-05-20 12:00'],
    });
    kase.B = await craftCase({
      intake: U1,
      lead: X,
      status: 'routed',
      createdAt: '2026-05-12 14:00',
      moves: [
        ['2026-05-13 09:00', 'request_information', 'new', 'needs_information'],
        ['2026-05-18 09:00', 'information_received', 'needs_information', 'new'],
        ['2026-05-21 09:00', 'route', 'new', 'routed'],
      ],
      stints: [
        [U1, '2026-05-12 14:00', '2026-05-13 09:00'],
        [U1, '2026-05-18 09:00', '2026-05-22 10:00'],
        [X, '2026-05-22 10:00', null],
      ],
      clocks: [
        [
          'verification',
          '2026-05-12 14:00',
          '2026-05-21 09:00',
          [['2026-05-13 09:00', '2026-05-18 09:00']],
        ],
        ['follow_up', '2026-05-21 09:00', null],
      ],
    });
    await handoff(kase.B, U1, X, 'accepted', '2026-05-21 10:00', '2026-05-22 10:00');
    kase.C = await craftCase({
      intake: U2,
      lead: U2,
      status: 'new',
      createdAt: '2026-05-20 10:00',
      location: 'unknown',
      moves: [],
      stints: [[U2, '2026-05-20 10:00', null]],
      clocks: [['verification', '2026-05-20 10:00', null]],
    });
    await handoff(kase.C, U2, X, 'open', '2026-05-22 11:00', null);
    kase.D = await craftCase({
      intake: U1,
      lead: U1,
      status: 'resolved',
      createdAt: '2026-05-04 09:00',
      moves: [
        ['2026-05-05 09:00', 'verify', 'new', 'verified'],
        ['2026-05-06 10:00', 'follow_up', 'verified', 'followed_up'],
        ['2026-05-07 09:00', 'resolve', 'followed_up', 'resolved'],
        ['2026-05-08 09:00', 'reopen', 'resolved', 'reopened'],
        ['2026-05-12 09:00', 'resolve', 'reopened', 'resolved'],
      ],
      stints: [
        [U1, '2026-05-04 09:00', '2026-05-06 10:00'],
        [U1, '2026-05-08 09:00', '2026-05-12 09:00'],
      ],
      clocks: [['verification', '2026-05-04 09:00', '2026-05-05 09:00']],
      rating: [5, '2026-05-07 12:00'],
    });
    await handoff(kase.D, U1, X, 'frozen', '2026-05-22 12:00', null);
    kase.E = await craftCase({
      intake: X,
      lead: X,
      status: 'new',
      createdAt: '2026-05-13 09:00',
      moves: [],
      stints: [[X, '2026-05-13 09:00', null]],
    });

    const leader = async (agencyId: string, role: 'pimpinan' | 'petugas' | 'admin') =>
      (await signIn(testApp.url, (await createUser(owner, [[agencyId, role]])).email)).accessToken;
    token.leaderP = await leader(agency.P, 'pimpinan');
    token.leaderU1 = await leader(agency.U1, 'pimpinan');
    token.leaderK = await leader(agency.K, 'admin');
    token.officerP = await leader(agency.P, 'petugas');
  });

  afterAll(async () => {
    await owner.query(`DELETE FROM calendar_override WHERE date = '2026-05-15'`);
    await testApp.close();
    await owner.destroy();
  });

  const dashboard = async (who: string, query: Record<string, string> = period, status = 200) =>
    (
      await request(testApp.url)
        .get('/api/leaders/dashboard')
        .query(query)
        .set(bearer(who))
        .expect(status)
    ).body as LeadersDashboard;

  const drill = async (who: string, query: Record<string, string>) =>
    (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ ...period, limit: '100', ...query })
        .set(bearer(who))
        .expect(200)
    ).body as InboxPage;

  it("computes every period figure of P's subtree as worked out by hand", async () => {
    const d = await dashboard(token.leaderP);
    expect(d.period).toMatchObject({
      from: '2026-05-11',
      to: '2026-05-22',
      previousFrom: '2026-04-29',
      previousTo: '2026-05-10',
      timeZone: 'Asia/Jakarta',
    });
    expect(new Set(d.covered)).toEqual(new Set([agency.P, agency.U1, agency.U2]));
    expect(d.held).toEqual({ current: 4, previous: 1 });
    expect(d.verificationWithin3Hk).toEqual({
      current: { numerator: 1, denominator: 3, rate: 0.3333 },
      previous: { numerator: 1, denominator: 1, rate: 1 },
    });
    expect(d.followUpWithin5Hk).toEqual({
      current: { numerator: 1, denominator: 2, rate: 0.5 },
      previous: { numerator: 1, denominator: 1, rate: 1 },
    });
    expect(d.resolutionTime).toEqual({
      current: { count: 1, medianHours: 216, p90Hours: 216 },
      previous: { count: 1, medianHours: 72, p90Hours: 72 },
    });
    expect(d.reopenRate).toEqual({
      current: { numerator: 0, denominator: 2, rate: 0 },
      previous: { numerator: 1, denominator: 1, rate: 1 },
    });
    expect(d.ratings).toEqual({
      current: { count: 1, average: 4, distribution: [0, 0, 0, 1, 0] },
      previous: { count: 1, average: 5, distribution: [0, 0, 0, 0, 1] },
    });
    const timeOf = (agencyId: string) => d.timeInHand.find((r) => r.agencyId === agencyId)?.time;
    // U1: A 34 h, B 36 h, D 9 h → median 34, p90 at 1.8 → 34 + 0.8 × 2 = 35.6.
    expect(timeOf(agency.U1)).toEqual({
      current: { count: 3, medianHours: 34, p90Hours: 35.6 },
      previous: { count: 1, medianHours: 24, p90Hours: 24 },
    });
    expect(timeOf(agency.U2)?.current).toEqual({ count: 1, medianHours: 22, p90Hours: 22 });
    expect(d.timeInHand.map((r) => r.agencyId)).not.toContain(agency.X);
    expect(d.handoffFlow.current).toEqual([
      {
        fromAgencyId: agency.U1,
        toAgencyId: agency.X,
        proposed: 2,
        accepted: 1,
        declined: 0,
        withdrawn: 0,
        expired: 0,
        frozen: 1,
      },
      {
        fromAgencyId: agency.U2,
        toAgencyId: agency.X,
        proposed: 1,
        accepted: 0,
        declined: 0,
        withdrawn: 0,
        expired: 0,
        frozen: 0,
      },
    ]);
  });

  it('computes the figures of now: open, clocks, waiting handoffs, ping-pong, location, stalled', async () => {
    const before = Date.now();
    const d = await dashboard(token.leaderP);
    expect(d.open).toEqual({
      total: 1,
      byStatus: { new: 1 },
      byAgency: [{ agencyId: agency.U2, count: 1 }],
    });
    expect(d.sla).toEqual([
      expect.objectContaining({ clock: 'verification', onTrack: 0, dueSoon: 0, overdue: 1 }),
    ]);
    const hoursSince = (local: string) => (before - wib(local).getTime()) / 3_600_000;
    expect(d.handoffsWaiting.count).toBe(1);
    expect(d.handoffsWaiting.oldestAgeHours).toBeGreaterThanOrEqual(
      hoursSince('2026-05-22 11:00') - 0.01,
    );
    expect(d.handoffsWaiting.oldestAgeHours).toBeLessThan(hoursSince('2026-05-22 11:00') + 0.1);
    expect(d.pingPong.count).toBe(1);
    expect(d.waitingForLocation.count).toBe(1);
    expect(d.waitingForLocation.oldestAgeHours).toBeGreaterThanOrEqual(
      hoursSince('2026-05-20 10:00') - 0.01,
    );
    expect(d.stalled).toEqual({ count: 1 });
  });

  it('counts by holding history: a unit leader sees its own, the coordinator sees X', async () => {
    const u1 = await dashboard(token.leaderU1);
    expect(u1.covered).toEqual([agency.U1]);
    expect(u1.held.current).toBe(3);
    expect(u1.open.total).toBe(0);
    const k = await dashboard(token.leaderK);
    expect(new Set(k.covered)).toEqual(new Set([agency.K, agency.X]));
    // X held B from 22 May and E from 13 May; never A, C or D.
    expect(k.held.current).toBe(2);
    expect(k.scope.map((a) => a.id)).not.toContain(agency.P);
    // P narrowed to U2.
    const p = await dashboard(token.leaderP, { ...period, agencyId: agency.U2 });
    expect(p.covered).toEqual([agency.U2]);
    expect(p.held.current).toBe(1);
    expect(p.verificationWithin3Hk.current).toEqual({ numerator: 0, denominator: 1, rate: 0 });
  });

  it('drill-down lists the readable cases behind a figure and counts the hidden ones', async () => {
    const d = await dashboard(token.leaderP);
    const held = await drill(token.leaderP, { figure: 'held' });
    expect(held.items.map((i) => i.id).sort()).toEqual([kase.A, kase.C, kase.D].sort());
    expect(held.hiddenCount).toBe(1);
    expect(held.total + (held.hiddenCount ?? 0)).toBe(d.held.current);

    const late = await drill(token.leaderP, { figure: 'late_verification' });
    expect(late.items.map((i) => i.id)).toEqual([kase.C]);
    expect(late.hiddenCount).toBe(1);
    expect(late.total + (late.hiddenCount ?? 0)).toBe(
      d.verificationWithin3Hk.current.denominator - d.verificationWithin3Hk.current.numerator,
    );

    const waiting = await drill(token.leaderP, { figure: 'handoffs_waiting' });
    expect(waiting.items.map((i) => i.id)).toEqual([kase.C]);
    expect(waiting.hiddenCount).toBe(0);

    const followUp = await drill(token.leaderP, { figure: 'late_follow_up' });
    expect(followUp.items).toEqual([]);
    expect(followUp.hiddenCount).toBe(1);

    const resolved = await drill(token.leaderP, { figure: 'resolved' });
    expect(resolved.items.map((i) => i.id)).toEqual([kase.A]);
    const previous = await drill(token.leaderP, {
      figure: 'resolved',
      from: '2026-04-29',
      to: '2026-05-10',
    });
    expect(previous.items.map((i) => i.id)).toEqual([kase.D]);

    // The export of a drill-down holds the same readable cases, never the hidden one.
    const numbers = new Map<string, string>(
      (
        (await owner.query(`SELECT id, number FROM "case" WHERE id = ANY($1)`, [
          Object.values(kase),
        ])) as { id: string; number: string }[]
      ).map((row) => [row.id, row.number]),
    );
    const csv = (
      await request(testApp.url)
        .get('/api/cases/export.csv')
        .query({ ...period, figure: 'held' })
        .set(bearer(token.leaderP))
        .expect(200)
    ).text;
    for (const id of [kase.A, kase.C, kase.D]) expect(csv).toContain(numbers.get(id));
    for (const id of [kase.B, kase.E]) expect(csv).not.toContain(numbers.get(id));

    // Without a figure the inbox says nothing about hidden cases.
    const plain = await drill(token.leaderP, {});
    expect(plain.hiddenCount).toBeUndefined();
  });

  it('refuses bad input naming the field, and anyone who is no leader', async () => {
    const refusal = async (who: string, query: Record<string, string>, status: number) =>
      (
        await request(testApp.url)
          .get('/api/leaders/dashboard')
          .query(query)
          .set(bearer(who))
          .expect(status)
      ).body as ApiErrorBody;
    const inverted = await refusal(token.leaderP, { from: '2026-05-22', to: '2026-05-11' }, 400);
    expect(inverted.fields?.[0]?.field).toBe('to');
    expect(inverted.fields?.[0]?.message.id).toContain('terbalik');
    expect(inverted.fields?.[0]?.message.en).toContain('inverted');
    const impossible = await refusal(token.leaderP, { from: '2026-02-30' }, 400);
    expect(impossible.fields?.[0]?.field).toBe('from');
    const unknown = await refusal(
      token.leaderP,
      { ...period, agencyId: '00000000-0000-4000-8000-000000000000' },
      400,
    );
    expect(unknown).toMatchObject({ code: 'UNKNOWN_AGENCY', fields: [{ field: 'agencyId' }] });
    const outside = await refusal(token.leaderP, { ...period, agencyId: agency.X }, 403);
    expect(outside.fields?.[0]?.field).toBe('agencyId');
    const upward = await refusal(token.leaderU1, { ...period, agencyId: agency.P }, 403);
    expect(upward.fields?.[0]?.field).toBe('agencyId');
    await refusal(token.officerP, period, 403);

    // The drill-down refuses the same way, and an officer gets no drill-down.
    const drillOutside = await request(testApp.url)
      .get('/api/cases/inbox')
      .query({ ...period, figure: 'held', figureAgencyId: agency.X })
      .set(bearer(token.leaderP))
      .expect(403);
    expect((drillOutside.body as ApiErrorBody).fields?.[0]?.field).toBe('figureAgencyId');
    await request(testApp.url)
      .get('/api/cases/inbox')
      .query({ figure: 'held' })
      .set(bearer(token.officerP))
      .expect(403);
  });

  it('keeps per-agency thresholds: own agency only, validated, defaults until set', async () => {
    const get = await request(testApp.url)
      .get('/api/leaders/thresholds')
      .set(bearer(token.leaderU1))
      .expect(200);
    expect(get.body).toEqual({
      agencyId: agency.U1,
      dueSoonFraction: 0.25,
      dueSoonMinWorkingDays: 1,
      stalledWorkingDays: 5,
      custom: false,
    });
    const bad = await request(testApp.url)
      .put('/api/leaders/thresholds')
      .send({ dueSoonFraction: 0.5, dueSoonMinWorkingDays: 2, stalledWorkingDays: 0 })
      .set(bearer(token.leaderU1))
      .expect(400);
    expect((bad.body as ApiErrorBody).fields?.map((f) => f.field)).toEqual(['stalledWorkingDays']);
    await request(testApp.url)
      .put('/api/leaders/thresholds')
      .send({ dueSoonFraction: 0.5, dueSoonMinWorkingDays: 2, stalledWorkingDays: 10 })
      .set(bearer(token.officerP))
      .expect(403);
    const saved = await request(testApp.url)
      .put('/api/leaders/thresholds')
      .send({ dueSoonFraction: 0.5, dueSoonMinWorkingDays: 2, stalledWorkingDays: 10 })
      .set(bearer(token.leaderU1))
      .expect(200);
    expect(saved.body).toMatchObject({ agencyId: agency.U1, stalledWorkingDays: 10, custom: true });
    const d = await dashboard(token.leaderP);
    expect(d.thresholds).toEqual([
      {
        agencyId: agency.U1,
        dueSoonFraction: 0.5,
        dueSoonMinWorkingDays: 2,
        stalledWorkingDays: 10,
        custom: true,
      },
    ]);
  });

  it('tells the overseeing leaders live, once per agency per window, and not the others', async () => {
    const officerU2 = (
      await signIn(testApp.url, (await createUser(owner, [[agency.U2, 'petugas']])).email)
    ).accessToken;
    const leaderP = await connectSocket(testApp.url, token.leaderP);
    const leaderK = await connectSocket(testApp.url, token.leaderK);
    const seen = { P: [] as LeadersChangedMessage[], K: [] as LeadersChangedMessage[] };
    leaderP.on(SOCKET_EVENTS.leadersChanged, (m) => seen.P.push(m));
    leaderK.on(SOCKET_EVENTS.leadersChanged, (m) => seen.K.push(m));
    try {
      const started = Date.now();
      const titles = [1, 2, 3, 4].map((n) => `Jalan berlubang (${n})`);
      for (const title of titles) {
        const version = await caseVersion(testApp.url, officerU2, kase.C);
        await patchTitle(testApp.url, officerU2, kase.C, version, title);
      }
      await waitFor(() => seen.P.length > 0, "P's leaders:changed", 5_000);
      expect(Date.now() - started).toBeLessThan(5_000);
      await pause(2_500);
      // C's lead U2 is P's unit: P hears of it, in fewer notices than changes (one per window);
      // K oversees X only.
      expect(seen.P.length).toBeLessThan(titles.length);
      expect(new Set(seen.P.map((m) => m.agencyId))).toEqual(new Set([agency.P]));
      expect(seen.K).toEqual([]);
    } finally {
      leaderP.disconnect();
      leaderK.disconnect();
    }
  });
});
