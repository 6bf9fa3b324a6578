import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  CASE_STATUSES,
  PLACE_TEXT_MAX_CHARS,
  type ApiErrorBody,
  type CaseDetail,
  type CaseEvent,
  type CaseStatus,
  type CreateCaseRequest,
} from '@simpul/contracts';
import {
  afterValues,
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const WHATSAPP_COMPLAINT: CreateCaseRequest = {
  title: 'Jalan ambles di Desa Sumberpucung',
  description: 'mas jalan ambles depan balai desa, sudah 2 minggu, motor sering jatuh',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: {
    name: 'Sutrisno',
    contact: '081333444555',
    nik: '3507111111800001',
    anonymous: false,
    confidential: false,
  },
};

describe('case workspace: intake, status machine and timeline', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let admin: string;
  let petugas: string;
  let humas: string;
  let agencyId: string;
  let petugasId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Alur', { kind: 'field_unit' });
    agencyId = agency;
    admin = (await signIn(testApp.url, (await createUser(owner, [[agency, 'admin']])).email))
      .accessToken;
    const petugasUser = await createUser(owner, [[agency, 'petugas']]);
    petugasId = petugasUser.id;
    petugas = (await signIn(testApp.url, petugasUser.email)).accessToken;
    humas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'humas']])).email))
      .accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const create = (token: string, body: unknown) =>
    request(testApp.url)
      .post('/api/cases')
      .set(bearer(token))
      .send(body as object);
  const act = (token: string, kase: CaseDetail, action: string, note?: string) =>
    request(testApp.url)
      .post(`/api/cases/${kase.id}/transitions`)
      .set(bearer(token))
      .send({ action, version: kase.version, ...(note ? { note } : {}) });

  it('records a WhatsApp complaint typed in by an officer, led by their agency', async () => {
    const created = (await create(petugas, WHATSAPP_COMPLAINT).expect(201)).body as CaseDetail;
    expect(created).toMatchObject({
      status: 'new',
      laporBucket: 'Belum Terverifikasi',
      channel: 'whatsapp',
      priority: 'normal',
      version: 1,
    });
    expect(created.number).toMatch(/^SMP-\d{4}-\d{6}$/);
    expect(created.participants).toEqual([expect.objectContaining({ role: 'lead' })]);
    expect(created.reports[0].reporter).toMatchObject({
      name: 'Sutrisno',
      nik: '3507111111800001',
    });
    const events = await caseEvents(testApp.url, petugas, created.id);
    expect(events.map((e) => [e.seq, e.type])).toEqual([[1, 'case.created']]);
  });

  it.each([
    [{ ...WHATSAPP_COMPLAINT, category: 'kebakaran' }, 'category'],
    [{ ...WHATSAPP_COMPLAINT, channel: 'fax' }, 'channel'],
    [{ ...WHATSAPP_COMPLAINT, trackingId: '12ab' }, 'trackingId'],
    [{ ...WHATSAPP_COMPLAINT, incidentDate: '2026-13-40' }, 'incidentDate'],
    [
      { ...WHATSAPP_COMPLAINT, reporter: { ...WHATSAPP_COMPLAINT.reporter, nik: '12345' } },
      'reporter.nik',
    ],
    [{ ...WHATSAPP_COMPLAINT, reporter: undefined }, 'reporter'],
  ])('refuses bad input %#, naming %s, and stores nothing', async (body, field) => {
    const [{ before }] = await owner.query(`SELECT count(*)::int AS before FROM "case"`);
    const response = await create(petugas, body).expect(400);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(response.body.message.id).toMatch(/^Data tidak valid/);
    const [{ after }] = await owner.query(`SELECT count(*)::int AS after FROM "case"`);
    expect(after).toBe(before);
  });

  it('refuses a Tracking ID that is already recorded without leaving a half-written case', async () => {
    const trackingId = String(Date.now()).slice(-9);
    await create(petugas, { ...WHATSAPP_COMPLAINT, channel: 'lapor', trackingId }).expect(201);
    const [{ before }] = await owner.query(`SELECT count(*)::int AS before FROM "case"`);
    const response = await create(petugas, {
      ...WHATSAPP_COMPLAINT,
      channel: 'lapor',
      trackingId,
    }).expect(409);
    expect(response.body.fields[0].field).toBe('trackingId');
    const [{ after }] = await owner.query(`SELECT count(*)::int AS after FROM "case"`);
    expect(after).toBe(before);
  });

  it('refuses intake by humas', async () => {
    await create(humas, WHATSAPP_COMPLAINT).expect(403);
  });

  it('walks new → routed → in progress → needs information → back → followed up → resolved → reopened, gap-free', async () => {
    let kase = (await create(petugas, WHATSAPP_COMPLAINT).expect(201)).body as CaseDetail;
    expect(kase.permissions.actions).toEqual(['request_information']);
    expect((await act(petugas, kase, 'route').expect(403)).body.code).toBe('FORBIDDEN');
    kase = (await act(admin, kase, 'route').expect(200)).body;
    expect([kase.status, kase.laporBucket]).toEqual([
      'routed',
      'Terdisposisi Belum Ditindaklanjuti',
    ]);
    kase = (await act(petugas, kase, 'start').expect(200)).body;
    const missingNote = await act(petugas, kase, 'request_information').expect(400);
    expect(missingNote.body.fields[0].field).toBe('note');
    kase = (await act(petugas, kase, 'request_information', 'Mohon kirim titik lokasi').expect(200))
      .body;
    expect([kase.status, kase.laporBucket]).toEqual(['needs_information', 'Tertunda']);
    kase = (await act(petugas, kase, 'information_received').expect(200)).body;
    expect(kase.status).toBe('in_progress');
    const invalid = await act(petugas, kase, 'verify').expect(409);
    expect(invalid.body.code).toBe('INVALID_TRANSITION');
    kase = (await act(petugas, kase, 'follow_up', 'Lubang sudah ditambal tim URC').expect(200))
      .body;
    kase = (await act(petugas, kase, 'resolve').expect(200)).body;
    expect([kase.status, kase.laporBucket]).toEqual(['resolved', 'Terdisposisi Selesai']);
    kase = (await act(admin, kase, 'reopen', 'Pelapor menyatakan belum diperbaiki').expect(200))
      .body;
    expect(kase.status).toBe('reopened');

    const events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(events.slice(1).map((e) => afterValues(e)['status'])).toEqual([
      'routed',
      'in_progress',
      'needs_information',
      'in_progress',
      'followed_up',
      'resolved',
      'reopened',
    ]);
    expect(events[3]).toMatchObject({
      before: { status: 'in_progress' },
      after: { note: 'Mohon kirim titik lokasi' },
    });
    const missed = (
      await request(testApp.url)
        .get(`/api/cases/${kase.id}/events?afterSeq=6`)
        .set(bearer(petugas))
        .expect(200)
    ).body as CaseEvent[];
    expect(missed.map((e) => e.seq)).toEqual([7, 8]);
  });

  /**
   * The LAPOR workflow (DOMAIN.md §2) as the lead agency's admin may take it: where each action
   * may start from. Everything else is refused with 409.
   */
  const OPEN: CaseStatus[] = [
    'new',
    'verified',
    'routed',
    'in_progress',
    'followed_up',
    'reopened',
  ];
  const ALLOWED_FROM: Record<string, CaseStatus[]> = {
    verify: ['new', 'reopened'],
    route: ['new', 'verified', 'reopened'],
    start: ['verified', 'routed', 'reopened'],
    follow_up: ['routed', 'in_progress'],
    resolve: ['followed_up', 'in_progress'],
    request_information: OPEN,
    information_received: ['needs_information'],
    archive: ['new', 'verified', 'needs_information'],
    reopen: ['resolved', 'archived'],
  };
  const LEADS_TO: Record<string, CaseStatus> = {
    verify: 'verified',
    route: 'routed',
    start: 'in_progress',
    follow_up: 'followed_up',
    resolve: 'resolved',
    request_information: 'needs_information',
    // Back to where the case was when it went on hold (set to in progress below).
    information_received: 'in_progress',
    archive: 'archived',
    reopen: 'reopened',
  };

  /** Puts a case straight into a status (on hold from "in progress"), as the acting officer sees it. */
  const putInStatus = async (id: string, status: CaseStatus) => {
    // TypeORM answers an UPDATE with [rows, affected].
    // The test bypasses the kernel on purpose (a status no path reaches directly), so it bumps the
    // version itself; the product's only bump is caseRepository.touch.
    const [[row]] = (await owner.query(
      `UPDATE "case" SET status = $2::varchar, version = 1 + "case".version,
         status_before_hold = CASE WHEN $2::varchar = 'needs_information' THEN 'in_progress' END
       WHERE id = $1 RETURNING version::int AS version`,
      [id, status],
    )) as [{ version: number }[], number];
    return { id, version: row.version } as CaseDetail;
  };

  it('allows every transition from exactly its statuses and refuses the rest with 409', async () => {
    const { id } = await createCase(owner, agencyId, [[agencyId, 'lead']]);
    const from = (status: CaseStatus) => putInStatus(id, status);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [action, allowed] of Object.entries(ALLOWED_FROM)) {
      for (const status of CASE_STATUSES) {
        const response = await act(admin, await from(status), action, 'Catatan uji matriks');
        outcomes.push(
          `${action} from ${status}: ${response.status} ${response.body.status ?? response.body.code}`,
        );
        expected.push(
          `${action} from ${status}: ${
            allowed.includes(status) ? `200 ${LEADS_TO[action]}` : '409 INVALID_TRANSITION'
          }`,
        );
      }
    }
    expect(outcomes).toEqual(expected);
    // The merge's archiving is the system's alone.
    expect((await act(admin, await from('new'), 'merge', 'x')).status).toBe(403);
  });

  it('refuses each transition to roles and agencies that may not take it, and asks for the note', async () => {
    const collaboratorAgency = await createAgency(owner, 'AlurKolab');
    const observerAgency = await createAgency(owner, 'AlurAmat');
    const collaborator = (
      await signIn(testApp.url, (await createUser(owner, [[collaboratorAgency, 'petugas']])).email)
    ).accessToken;
    const observer = (
      await signIn(testApp.url, (await createUser(owner, [[observerAgency, 'admin']])).email)
    ).accessToken;
    const { id } = await createCase(owner, agencyId, [
      [agencyId, 'lead'],
      [collaboratorAgency, 'collaborator'],
      [observerAgency, 'observer'],
    ]);
    const from = (status: CaseStatus) => putInStatus(id, status);
    // Who may take each action (besides the lead's admin): the lead's officers, a collaborator.
    const MAY: Record<string, { petugas: boolean; collaborator: boolean }> = {
      verify: { petugas: false, collaborator: false },
      route: { petugas: false, collaborator: false },
      start: { petugas: true, collaborator: true },
      follow_up: { petugas: true, collaborator: false },
      resolve: { petugas: true, collaborator: false },
      request_information: { petugas: true, collaborator: true },
      information_received: { petugas: true, collaborator: true },
      archive: { petugas: false, collaborator: false },
      reopen: { petugas: false, collaborator: false },
    };
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [action, may] of Object.entries(MAY)) {
      const start = ALLOWED_FROM[action][0];
      for (const [who, token, allowed] of [
        ['petugas', petugas, may.petugas],
        ['collaborator', collaborator, may.collaborator],
        ['observer', observer, false],
        ['humas', humas, false],
      ] as const) {
        const response = await act(token, await from(start), action, 'Catatan uji peran');
        outcomes.push(`${action} by ${who}: ${response.status}`);
        expected.push(`${action} by ${who}: ${allowed ? 200 : 403}`);
      }
    }
    expect(outcomes).toEqual(expected);
    // Actions that need a reason refuse without one, naming the field.
    for (const action of ['follow_up', 'request_information', 'archive', 'reopen']) {
      const response = await act(admin, await from(ALLOWED_FROM[action][0]), action);
      expect([action, response.status, response.body.fields?.[0]?.field]).toEqual([
        action,
        400,
        'note',
      ]);
    }
  });

  it('links a WhatsApp report to its SP4N-LAPOR! Tracking ID once, unique across cases', async () => {
    const trackingId = String(Date.now()).slice(-9);
    const first = (
      await create(petugas, { ...WHATSAPP_COMPLAINT, title: 'Jalan ambles di Desa Senggreng' })
    ).body as CaseDetail;
    const second = (
      await create(petugas, { ...WHATSAPP_COMPLAINT, title: 'Jalan ambles di Desa Ngebruk' })
    ).body as CaseDetail;
    const link = (kase: CaseDetail, id: string, token = petugas) =>
      request(testApp.url)
        .put(`/api/cases/${kase.id}/reports/${kase.reports[0].id}/tracking-id`)
        .set(bearer(token))
        .send({ version: kase.version, trackingId: id });
    const bad = await link(first, '12').expect(400);
    expect(bad.body.fields[0].field).toBe('trackingId');
    await link(first, trackingId, humas).expect(403);
    const linked = (await link(first, trackingId).expect(200)).body as CaseDetail;
    expect(linked.reports[0].trackingId).toBe(trackingId);
    expect(linked.version).toBe(first.version + 1);
    const events = await caseEvents(testApp.url, petugas, first.id);
    expect(events.at(-1)).toMatchObject({
      type: 'case.report_linked',
      after: { reportId: first.reports[0].id, trackingId },
    });
    // The same Tracking ID on another report, and another one on a linked report: refused.
    const taken = await link(second, trackingId).expect(409);
    expect([taken.body.code, taken.body.fields[0].field]).toEqual([
      'DUPLICATE_TRACKING_ID',
      'trackingId',
    ]);
    expect(((await link(linked, '9876543').expect(409)).body as { code: string }).code).toBe(
      'TRACKING_ID_ALREADY_LINKED',
    );
    // Nothing half-written: the second case's report is still unlinked.
    const after = (
      await request(testApp.url).get(`/api/cases/${second.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(after.reports[0].trackingId).toBeNull();
  });

  it('lets one of two concurrent edits win, answers the other 409, and keeps the sequence gap-free', async () => {
    const kase = (await create(petugas, WHATSAPP_COMPLAINT).expect(201)).body as CaseDetail;
    const responses = await Promise.all(
      ['Judul versi A yang baru', 'Judul versi B yang baru'].map((title) =>
        request(testApp.url)
          .patch(`/api/cases/${kase.id}`)
          .set(bearer(petugas))
          .send({ baseVersion: 1, title }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(events[1]).toMatchObject({
      type: 'case.updated',
      before: { title: WHATSAPP_COMPLAINT.title },
    });
  });

  it('keeps the timeline append-only for the application role', async () => {
    const code = await testApp.dataSource.query(`DELETE FROM case_event`).then(
      () => undefined,
      (error: { code?: string }) => error.code,
    );
    expect(code).toBe('42501');
  });

  it('derives the place from the complaint text when staff give no area, and suggests places while typing', async () => {
    const created = (
      await create(petugas, {
        ...WHATSAPP_COMPLAINT,
        description:
          'jalan ambles di ds. sumberpucung kec sumberpucung kab malang, dekat balai desa',
      }).expect(201)
    ).body as CaseDetail;
    expect(created.location).toMatchObject({
      confidence: 'text',
      source: 'text',
      regencyCode: '35.07',
      districtCode: '35.07.12',
      villageCode: '35.07.12.2006',
    });
    const none = (
      await create(petugas, {
        ...WHATSAPP_COMPLAINT,
        title: 'Jalan rusak dekat pasar',
        description: 'rusak parah dekat pasar, tolong segera',
      }).expect(201)
    ).body as CaseDetail;
    expect(none.location).toMatchObject({ confidence: 'unknown', districtCode: null });
    const suggestions = await request(testApp.url)
      .get('/api/places/suggest')
      .query({ text: 'jln rusak di kec. kepanjen' })
      .set(bearer(petugas))
      .expect(200);
    expect(suggestions.body[0]).toMatchObject({
      level: 'district',
      districtName: 'Kepanjen',
      regencyCode: '35.07',
    });
    await request(testApp.url)
      .get('/api/places/suggest')
      .query({ text: 'x' })
      .set(bearer(petugas))
      .expect(400);

    // A long pasted WhatsApp message goes in the body (in a URL it overflowed: HTTP 431).
    const pasted = `${'Selamat pagi bapak ibu, mohon maaf mengganggu. '.repeat(95)}jln rusak di kec. kepanjen`;
    expect(pasted.length).toBeLessThanOrEqual(PLACE_TEXT_MAX_CHARS);
    const tooLongForUrl = await request(testApp.url)
      .get('/api/places/suggest')
      .query({ text: `${'é'.repeat(3000)}` + pasted.slice(0, 1000) })
      .set(bearer(petugas));
    expect(tooLongForUrl.status).toBe(431);
    const long = await request(testApp.url)
      .post('/api/places/suggest')
      .send({ text: pasted })
      .set(bearer(petugas))
      .expect(200);
    expect(long.body[0]).toMatchObject({ level: 'district', districtName: 'Kepanjen' });
    const over = await request(testApp.url)
      .post('/api/places/suggest')
      .send({ text: 'a'.repeat(PLACE_TEXT_MAX_CHARS + 1) })
      .set(bearer(petugas))
      .expect(400);
    expect((over.body as ApiErrorBody).fields?.[0].field).toBe('text');
  });

  it('assigns officers of the acting agency, shows them on the case, in "my cases" and in the workload', async () => {
    const kase = (await create(petugas, WHATSAPP_COMPLAINT).expect(201)).body as CaseDetail;
    const outsider = await createUser(owner, [[await createAgency(owner, 'AlurLain'), 'petugas']]);
    const refused = await request(testApp.url)
      .post(`/api/cases/${kase.id}/assignees`)
      .set(bearer(admin))
      .send({ userId: outsider.id })
      .expect(400);
    expect(refused.body.fields[0].field).toBe('userId');
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/assignees`)
      .set(bearer(humas))
      .send({ userId: petugasId })
      .expect(403);
    const assigned = (
      await request(testApp.url)
        .post(`/api/cases/${kase.id}/assignees`)
        .set(bearer(admin))
        .send({ userId: petugasId })
        .expect(200)
    ).body as CaseDetail;
    expect(assigned.assignees).toEqual([expect.objectContaining({ userId: petugasId, agencyId })]);
    const mine = await request(testApp.url)
      .get('/api/cases/inbox')
      .query({ assignee: 'me' })
      .set(bearer(petugas))
      .expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([kase.id]);
    const workload = await request(testApp.url)
      .get('/api/cases/workload')
      .set(bearer(admin))
      .expect(200);
    expect(workload.body).toContainEqual(
      expect.objectContaining({ userId: petugasId, openCases: 1 }),
    );
    const unassigned = (
      await request(testApp.url)
        .delete(`/api/cases/${kase.id}/assignees/${petugasId}`)
        .set(bearer(admin))
        .expect(200)
    ).body as CaseDetail;
    expect(unassigned.assignees).toEqual([]);
    const events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.map((e) => e.type).slice(-2)).toEqual(['case.assigned', 'case.unassigned']);
  });
});
