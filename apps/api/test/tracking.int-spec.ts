import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseAction,
  CaseDetail,
  CreateCaseRequest,
  PublicTrackingView,
  TrackingLinkResponse,
} from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Jalan berlubang depan SDN 2 (uji pelacakan)',
  description: 'Lubang besar di depan sekolah, sudah dua motor jatuh',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: {
    name: 'Bu Wulan Sari',
    contact: '0813-2222-7777',
    anonymous: false,
    confidential: false,
  },
};

const HEADER = 'X-Tracking-Token';

describe('the reporter’s tracking page', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyId: string;
  let helperAgencyId: string;
  let petugasId: string;
  let admin: string;
  let petugas: string;
  let humas: string;
  let stranger: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'Lacak', { kind: 'field_unit' });
    helperAgencyId = await createAgency(owner, 'LacakDishub');
    const officer = await createUser(owner, [[agencyId, 'petugas']], { label: 'joko' });
    petugasId = officer.id;
    petugas = (await signIn(testApp.url, officer.email)).accessToken;
    admin = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[agencyId, 'admin']], { label: 'rina' })).email,
      )
    ).accessToken;
    humas = (await signIn(testApp.url, (await createUser(owner, [[agencyId, 'humas']])).email))
      .accessToken;
    stranger = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[await createAgency(owner, 'LacakLain'), 'admin']])).email,
      )
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  async function createCase(body: CreateCaseRequest = COMPLAINT): Promise<CaseDetail> {
    return (
      await request(testApp.url).post('/api/cases').set(bearer(petugas)).send(body).expect(201)
    ).body as CaseDetail;
  }

  async function move(caseId: string, token: string, action: CaseAction, note?: string) {
    const current = (
      await request(testApp.url).get(`/api/cases/${caseId}`).set(bearer(token)).expect(200)
    ).body as CaseDetail;
    await request(testApp.url)
      .post(`/api/cases/${caseId}/transitions`)
      .set(bearer(token))
      .send({ action, version: current.version, ...(note ? { note } : {}) })
      .expect(200);
  }

  async function issue(caseId: string, reportId: string): Promise<TrackingLinkResponse> {
    return (
      await request(testApp.url)
        .post(`/api/cases/${caseId}/reports/${reportId}/tracking-link`)
        .set(bearer(petugas))
        .expect(201)
    ).body as TrackingLinkResponse;
  }

  const view = (number: string, token: string) =>
    request(testApp.url).get(`/api/public/tracking/${number}`).set(HEADER, token);

  /** Appends a timeline event the way the application does (next per-case number). */
  async function appendEvent(caseId: string, type: string, after: Record<string, unknown>) {
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[{ seq }]] = await owner.query(
      `UPDATE "case" SET last_event_seq = last_event_seq + 1 WHERE id = $1 RETURNING last_event_seq AS seq`,
      [caseId],
    );
    await owner.query(
      `INSERT INTO case_event (case_id, seq, type, actor_user_id, actor_agency_id, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [caseId, seq, type, petugasId, agencyId, JSON.stringify(after)],
    );
    return seq as number;
  }

  async function addComment(caseId: string, visibility: 'internal' | 'public', body: string) {
    const seq = await appendEvent(caseId, 'comment.created', { visibility });
    await owner.query(
      `INSERT INTO case_comment (case_id, visibility, body, author_kind, author_user_id, author_agency_id, seq)
       VALUES ($1, $2, $3, 'officer', $4, $5, $6)`,
      [caseId, visibility, body, petugasId, agencyId, seq],
    );
  }

  it('shows nothing without the right token: unknown case, missing and wrong token look the same', async () => {
    const kase = await createCase();
    const link = await issue(kase.id, kase.reports[0].id);
    expect(link.url).toMatch(new RegExp(`/lacak/${kase.number}#t=[\\w-]{43}$`));
    expect(link.url.endsWith(link.token)).toBe(true);

    const missing = await request(testApp.url)
      .get(`/api/public/tracking/${kase.number}`)
      .expect(404);
    const wrong = await view(kase.number, `${link.token.slice(0, -2)}xx`).expect(404);
    const unknown = await view('SMP-1999-999999', link.token).expect(404);
    const otherCase = await createCase();
    const crossed = await view(otherCase.number, link.token).expect(404);
    for (const refusal of [missing, wrong, unknown, crossed]) {
      expect(refusal.body).toEqual(missing.body);
      expect(JSON.stringify(refusal.body)).not.toContain(COMPLAINT.title);
    }
    expect(missing.body.code).toBe('INVALID_TRACKING_LINK');

    // Only the hash is stored; a new link replaces the old one.
    const [stored] = await owner.query(
      `SELECT token_hash FROM report_tracking WHERE report_id = $1`,
      [kase.reports[0].id],
    );
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(link.token);
    await view(kase.number, link.token).expect(200);
    const renewed = await issue(kase.id, kase.reports[0].id);
    await view(kase.number, link.token).expect(404);
    await view(kase.number.toLowerCase(), renewed.token).expect(200);
    const events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.filter((e) => e.type === 'case.tracking_link_issued')).toHaveLength(2);
  });

  it('lets only the lead agency’s working staff issue a link', async () => {
    const kase = await createCase();
    const reportId = kase.reports[0].id;
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/reports/${reportId}/tracking-link`)
      .set(bearer(stranger))
      .expect(404);
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/reports/${reportId}/tracking-link`)
      .set(bearer(humas))
      .expect(403);
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/reports/00000000-0000-4000-8000-000000000000/tracking-link`)
      .set(bearer(petugas))
      .expect(404);
  });

  it('shows status, public replies only, and the handoff history by agency name', async () => {
    const kase = await createCase();
    const link = await issue(kase.id, kase.reports[0].id);
    await addComment(kase.id, 'internal', 'CATATAN INTERNAL: anggaran belum turun');
    await addComment(kase.id, 'public', 'Tim URC dijadwalkan menambal besok pagi.');
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
      [kase.id, helperAgencyId],
    );
    await appendEvent(kase.id, 'case.participant_added', {
      agencyId: helperAgencyId,
      role: 'collaborator',
    });
    await move(kase.id, admin, 'route');

    const seen = (await view(kase.number, link.token).expect(200)).body as PublicTrackingView;
    expect(seen).toMatchObject({
      caseNumber: kase.number,
      title: COMPLAINT.title,
      status: 'routed',
      laporBucket: 'Terdisposisi Belum Ditindaklanjuti',
      leadAgencyName: 'Instansi Uji Lacak',
      can: { reply: true, confirm: false, dispute: false, rate: false },
    });
    expect(seen.statusHistory.map((s) => s.status)).toEqual(['new', 'routed']);
    expect(seen.replies).toEqual([
      expect.objectContaining({
        authorKind: 'agency',
        agencyName: 'Instansi Uji Lacak',
        body: 'Tim URC dijadwalkan menambal besok pagi.',
      }),
    ]);
    expect(seen.handoffs.map((h) => [h.kind, h.agencyName])).toEqual([
      ['intake', 'Instansi Uji Lacak'],
      ['collaborator', 'Instansi Uji LacakDishub'],
    ]);
    const text = JSON.stringify(seen);
    expect(text).not.toContain('CATATAN INTERNAL');
    expect(text).not.toContain('Pengguna');
    expect(text).not.toContain('Joko');
    expect(text).not.toContain('Wulan');
    expect(text).not.toContain('0813');
    expect(text).not.toContain(petugasId);
  });

  it('takes a reply as a public reporter comment with a timeline entry', async () => {
    const kase = await createCase();
    const link = await issue(kase.id, kase.reports[0].id);
    await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/replies`)
      .send({ body: 'Lubangnya makin besar' })
      .expect(404);
    const empty = await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/replies`)
      .set(HEADER, link.token)
      .send({ body: '' })
      .expect(400);
    expect(empty.body.fields[0].field).toBe('body');

    const replied = (
      await request(testApp.url)
        .post(`/api/public/tracking/${kase.number}/replies`)
        .set(HEADER, link.token)
        .send({ body: '  Lubangnya makin besar setelah hujan semalam  ' })
        .expect(201)
    ).body as PublicTrackingView;
    expect(replied.replies).toEqual([
      expect.objectContaining({
        authorKind: 'reporter',
        agencyName: null,
        body: 'Lubangnya makin besar setelah hujan semalam',
      }),
    ]);
    const [row] = await owner.query(
      `SELECT visibility, author_kind, report_id, author_user_id FROM case_comment WHERE case_id = $1`,
      [kase.id],
    );
    expect(row).toEqual({
      visibility: 'public',
      author_kind: 'reporter',
      report_id: kase.reports[0].id,
      author_user_id: null,
    });
    const events = await caseEvents(testApp.url, petugas, kase.id);
    const reply = events.find((e) => e.type === 'case.reporter_replied');
    expect(reply).toMatchObject({ actorUserId: null, after: { reportId: kase.reports[0].id } });
  });

  it('lets the reporter dispute a resolved case (reopened through the status machine) and confirm a follow-up', async () => {
    const kase = await createCase();
    const link = await issue(kase.id, kase.reports[0].id);
    const confirmEarly = await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/confirm`)
      .set(HEADER, link.token)
      .expect(409);
    expect(confirmEarly.body.code).toBe('NOT_POSSIBLE_NOW');
    await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/dispute`)
      .set(HEADER, link.token)
      .send({ reason: 'Belum diperbaiki' })
      .expect(409);

    await move(kase.id, admin, 'route');
    await move(kase.id, petugas, 'start');
    await move(kase.id, petugas, 'follow_up', 'Lubang sudah ditambal tim URC pada hari Senin.');
    await move(kase.id, petugas, 'resolve');
    const resolved = (await view(kase.number, link.token).expect(200)).body as PublicTrackingView;
    expect(resolved.status).toBe('resolved');
    expect(resolved.can).toMatchObject({ confirm: true, dispute: true, rate: true });
    expect(resolved.statusHistory.find((s) => s.status === 'followed_up')?.followUpText).toBe(
      'Lubang sudah ditambal tim URC pada hari Senin.',
    );

    const noReason = await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/dispute`)
      .set(HEADER, link.token)
      .send({})
      .expect(400);
    expect(noReason.body.fields[0].field).toBe('reason');
    const disputed = (
      await request(testApp.url)
        .post(`/api/public/tracking/${kase.number}/dispute`)
        .set(HEADER, link.token)
        .send({ reason: 'Tambalan sudah lepas lagi' })
        .expect(200)
    ).body as PublicTrackingView;
    expect(disputed.status).toBe('reopened');
    expect(disputed.laporBucket).toBe('Terdisposisi Sedang Diproses');
    expect(disputed.disputedAt).not.toBeNull();
    let events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.find((e) => e.type === 'case.reporter_disputed')?.after).toMatchObject({
      reason: 'Tambalan sudah lepas lagi',
    });
    const reopened = events.filter((e) => e.type === 'case.status_changed').at(-1);
    expect(reopened).toMatchObject({
      actorUserId: null,
      before: { status: 'resolved' },
      after: { status: 'reopened', action: 'reopen' },
    });
    expect(
      (await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(petugas)).expect(200))
        .body.status,
    ).toBe('reopened');

    // Back to work, followed up again; the reporter's confirmation resolves it.
    await move(kase.id, petugas, 'start');
    await move(kase.id, petugas, 'follow_up', 'Ditambal ulang dengan hotmix.');
    const confirmed = (
      await request(testApp.url)
        .post(`/api/public/tracking/${kase.number}/confirm`)
        .set(HEADER, link.token)
        .expect(200)
    ).body as PublicTrackingView;
    expect(confirmed.status).toBe('resolved');
    expect(confirmed.confirmedAt).not.toBeNull();
    expect(confirmed.can.confirm).toBe(false);
    events = await caseEvents(testApp.url, petugas, kase.id);
    expect(events.map((e) => e.type)).toContain('case.reporter_confirmed');
    expect(events.filter((e) => e.type === 'case.status_changed').at(-1)).toMatchObject({
      after: { status: 'resolved', action: 'resolve' },
    });
    await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/confirm`)
      .set(HEADER, link.token)
      .expect(409);
  });

  it('takes a 1–5 star rating once per report, changeable, and names the field when out of range', async () => {
    const kase = await createCase();
    const link = await issue(kase.id, kase.reports[0].id);
    const rate = (body: Record<string, unknown>) =>
      request(testApp.url)
        .put(`/api/public/tracking/${kase.number}/rating`)
        .set(HEADER, link.token)
        .send(body);
    expect((await rate({ stars: 4 }).expect(409)).body.code).toBe('NOT_POSSIBLE_NOW');
    await move(kase.id, admin, 'route');
    await move(kase.id, petugas, 'start');
    await move(kase.id, petugas, 'follow_up', 'Sudah ditambal.');

    for (const stars of [0, 6, 2.5, '5']) {
      const refused = await rate({ stars }).expect(400);
      expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['stars']);
    }
    const rated = (await rate({ stars: 4, comment: 'Cepat, terima kasih' }).expect(200))
      .body as PublicTrackingView;
    expect(rated.rating).toMatchObject({ stars: 4, comment: 'Cepat, terima kasih' });
    const changed = (await rate({ stars: 5 }).expect(200)).body as PublicTrackingView;
    expect(changed.rating).toMatchObject({ stars: 5, comment: null });
    const rows = await owner.query(`SELECT stars FROM reporter_rating WHERE case_id = $1`, [
      kase.id,
    ]);
    expect(rows).toEqual([{ stars: 5 }]);
    const ratings = (await caseEvents(testApp.url, petugas, kase.id)).filter(
      (e) => e.type === 'case.reporter_rated',
    );
    expect(ratings.map((e) => [e.before, e.after?.['stars']])).toEqual([
      [null, 4],
      [{ stars: 4 }, 5],
    ]);
  });

  it('never shows who else reported a merged case, nor their replies; anonymous reporters can track too', async () => {
    const kase = await createCase({
      ...COMPLAINT,
      reporter: {
        name: 'Pelapor Anonim',
        contact: '081355556666',
        anonymous: true,
        confidential: true,
      },
    });
    const [second] = await owner.query(
      `INSERT INTO case_report (case_id, reporter_name, reporter_contact) VALUES ($1, 'Pak Bambang Kedua', '081277778888') RETURNING id`,
      [kase.id],
    );
    const first = await issue(kase.id, kase.reports[0].id);
    const other = await issue(kase.id, second.id);
    await request(testApp.url)
      .post(`/api/public/tracking/${kase.number}/replies`)
      .set(HEADER, other.token)
      .send({ body: 'Saya Bambang, rumah saya di sebelah lubang' })
      .expect(201);
    const seen = (await view(kase.number, first.token).expect(200)).body as PublicTrackingView;
    const text = JSON.stringify(seen);
    expect(seen.replies).toEqual([]);
    expect(text).not.toContain('Bambang');
    expect(text).not.toContain('Anonim');
    expect(text).not.toContain('0812');
  });
});
