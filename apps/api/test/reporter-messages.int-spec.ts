import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseAction,
  CaseDetail,
  CreateCaseRequest,
  ReporterMessageLog,
  ReporterMessagePreview,
  ReporterMessageResult,
} from '@simpul/contracts';
import { smsParts } from '../src/app/reporter/message-templates';
import { fakeSmtp, type Mail } from './support/fake-smtp';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Drainase tersumbat di Jl. Panglima Sudirman (uji pesan)',
  description: 'Air meluap ke jalan setiap hujan',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'drainase',
  reporter: { name: 'Pak Harun', contact: '0813-2222-7777', anonymous: false, confidential: false },
};

describe('messages to reporters', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let leadId: string;
  let collaboratorId: string;
  let admin: string;
  let petugas: string;
  let humas: string;
  let collaborator: string;
  let ancestorPimpinan: string;
  let stranger: string;

  beforeAll(async () => {
    smtp = await fakeSmtp();
    testApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    owner = await ownerDataSource();
    const parent = await createAgency(owner, 'PesanInduk', { kind: 'provincial_department' });
    leadId = await createAgency(owner, 'Pesan', { kind: 'field_unit', parentId: parent });
    collaboratorId = await createAgency(owner, 'PesanMitra');
    const token = async (agency: string, role: 'admin' | 'petugas' | 'humas' | 'pimpinan') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    admin = await token(leadId, 'admin');
    petugas = await token(leadId, 'petugas');
    humas = await token(leadId, 'humas');
    collaborator = await token(collaboratorId, 'petugas');
    ancestorPimpinan = await token(parent, 'pimpinan');
    stranger = await token(await createAgency(owner, 'PesanLain'), 'admin');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
    smtp.server.close();
  });

  async function createCase(body: CreateCaseRequest = COMPLAINT): Promise<CaseDetail> {
    const kase = (
      await request(testApp.url).post('/api/cases').set(bearer(petugas)).send(body).expect(201)
    ).body as CaseDetail;
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
      [kase.id, collaboratorId],
    );
    return kase;
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

  const base = (kase: CaseDetail, reportId = kase.reports[0].id) =>
    `/api/cases/${kase.id}/reports/${reportId}/messages`;

  it('previews a WhatsApp acknowledgement for the normalised number without logging anything', async () => {
    const kase = await createCase();
    const log = (await request(testApp.url).get(base(kase)).set(bearer(petugas)).expect(200))
      .body as ReporterMessageLog;
    expect(log).toEqual({
      items: [],
      canSend: true,
      emailConfigured: true,
      channels: ['whatsapp', 'sms'],
    });
    const preview = (
      await request(testApp.url)
        .post(`${base(kase)}/preview`)
        .set(bearer(petugas))
        .send({ template: 'acknowledgement', channel: 'whatsapp' })
        .expect(200)
    ).body as ReporterMessagePreview;
    expect(preview).toMatchObject({
      recipient: '6281322227777',
      subject: null,
      linkIssuedOnSend: false,
    });
    expect(preview.body).toContain(kase.number);
    expect(preview.body).toContain('Uji Pesan');
    expect(preview.smsParts).toBe(smsParts(preview.body));
    const rows = await owner.query(`SELECT 1 FROM reporter_message WHERE case_id = $1`, [kase.id]);
    expect(rows).toHaveLength(0);

    const badTemplate = await request(testApp.url)
      .post(`${base(kase)}/preview`)
      .set(bearer(petugas))
      .send({ template: 'promo', channel: 'whatsapp' })
      .expect(400);
    expect(badTemplate.body.fields[0].field).toBe('template');
    const noEmail = await request(testApp.url)
      .post(`${base(kase)}/preview`)
      .set(bearer(petugas))
      .send({ template: 'acknowledgement', channel: 'email' })
      .expect(400);
    expect(noEmail.body.fields[0].field).toBe('channel');
  });

  it('prepares a tracking link by WhatsApp: wa.me link, working link, token kept out of the log', async () => {
    const kase = await createCase();
    const preview = (
      await request(testApp.url)
        .post(`${base(kase)}/preview`)
        .set(bearer(petugas))
        .send({ template: 'tracking_link', channel: 'sms' })
        .expect(200)
    ).body as ReporterMessagePreview;
    expect(preview.linkIssuedOnSend).toBe(true);
    expect(preview.body).toMatch(/\/lacak\/SMP-[\d-]+#t=\*{43}/);

    const sent = (
      await request(testApp.url)
        .post(base(kase))
        .set(bearer(petugas))
        .send({ template: 'tracking_link', channel: 'whatsapp' })
        .expect(201)
    ).body as ReporterMessageResult;
    const token = /#t=([\w-]{43})/.exec(sent.body)?.[1] as string;
    expect(token).toBeDefined();
    expect(sent.whatsappUrl).toBe(
      `https://wa.me/6281322227777?text=${encodeURIComponent(sent.body)}`,
    );
    expect(sent.message).toMatchObject({
      channel: 'whatsapp',
      template: 'tracking_link',
      recipient: '6281322227777',
      status: 'prepared',
    });
    expect(sent.message.body).not.toContain(token);
    expect(sent.message.body).toContain('#t=[token]');
    await request(testApp.url)
      .get(`/api/public/tracking/${kase.number}`)
      .set('X-Tracking-Token', token)
      .expect(200);
    const [row] = await owner.query(`SELECT body, sent_by FROM reporter_message WHERE id = $1`, [
      sent.message.id,
    ]);
    expect(row.body).not.toContain(token);
    expect(row.sent_by).not.toBeNull();

    const confirmed = await request(testApp.url)
      .post(`${base(kase)}/${sent.message.id}/sent`)
      .set(bearer(petugas))
      .expect(200);
    expect(confirmed.body.status).toBe('sent');

    const events = (await caseEvents(testApp.url, petugas, kase.id)).filter(
      (e) => e.type === 'case.reporter_messaged',
    );
    expect(events.map((e) => e.after?.['status'])).toEqual(['prepared', 'sent']);
    expect(events[0].after).toMatchObject({ channel: 'whatsapp', template: 'tracking_link' });
    expect(JSON.stringify(events)).not.toContain('6281322227777');
  });

  it('counts SMS parts of a location request and issues the pin link (case on hold)', async () => {
    const kase = await createCase();
    const sent = (
      await request(testApp.url)
        .post(base(kase))
        .set(bearer(petugas))
        .send({ template: 'location_request', channel: 'sms' })
        .expect(201)
    ).body as ReporterMessageResult;
    expect(sent.whatsappUrl).toBeNull();
    expect(sent.smsParts).toBe(smsParts(sent.body));
    expect(sent.smsParts).toBeGreaterThanOrEqual(2);
    const pin = /\/lokasi\/([\w-]{43})/.exec(sent.body)?.[1] as string;
    await request(testApp.url).get(`/api/public/location-requests/${pin}`).expect(200);
    expect(sent.message.body).toContain('/lokasi/[token]');
    const held = (
      await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(held.status).toBe('needs_information');
  });

  it('sends a follow-up email through SMTP with the latest public reply, and logs it as sent', async () => {
    const kase = await createCase({
      ...COMPLAINT,
      reporter: { ...COMPLAINT.reporter, contact: 'harun.warga@example.id' },
    });
    const none = await request(testApp.url)
      .post(`${base(kase)}/preview`)
      .set(bearer(petugas))
      .send({ template: 'follow_up', channel: 'email' })
      .expect(400);
    expect(none.body.fields[0].field).toBe('template');
    await move(kase.id, admin, 'route');
    await move(kase.id, petugas, 'start');
    await move(kase.id, petugas, 'follow_up', 'Saluran sudah dikeruk pada hari Selasa.');

    const sent = (
      await request(testApp.url)
        .post(base(kase))
        .set(bearer(petugas))
        .send({ template: 'follow_up', channel: 'email' })
        .expect(201)
    ).body as ReporterMessageResult;
    expect(sent.subject).toBe(`Tindak lanjut laporan ${kase.number}`);
    expect(sent.body).toContain('Saluran sudah dikeruk pada hari Selasa.');
    expect(sent.message.status).toBe('sent');
    expect(sent.mailtoUrl).toBeNull();
    const mail = smtp.mails.at(-1) as Mail;
    expect(mail.to.join()).toContain('harun.warga@example.id');
    expect(mail.data).toContain(kase.number);

    const log = (await request(testApp.url).get(base(kase)).set(bearer(petugas)).expect(200))
      .body as ReporterMessageLog;
    expect(log.channels).toEqual(['email']);
    expect(log.items).toEqual([
      expect.objectContaining({
        channel: 'email',
        template: 'follow_up',
        recipient: 'harun.warga@example.id',
        status: 'sent',
        sentByAgencyName: 'Uji Pesan',
      }),
    ]);
  });

  it('refuses unrelated agencies, collaborators, humas and anonymous reporters; masks the recipient for leaders above', async () => {
    const kase = await createCase();
    await request(testApp.url)
      .post(base(kase))
      .set(bearer(petugas))
      .send({ template: 'acknowledgement', channel: 'sms' })
      .expect(201);
    const body = { template: 'acknowledgement', channel: 'whatsapp' };
    for (const path of [base(kase), `${base(kase)}/preview`]) {
      await request(testApp.url).post(path).set(bearer(stranger)).send(body).expect(404);
      await request(testApp.url).post(path).set(bearer(collaborator)).send(body).expect(403);
      await request(testApp.url).post(path).set(bearer(humas)).send(body).expect(403);
    }
    await request(testApp.url).get(base(kase)).set(bearer(stranger)).expect(404);

    const seenByPartner = (
      await request(testApp.url).get(base(kase)).set(bearer(collaborator)).expect(200)
    ).body as ReporterMessageLog;
    expect(seenByPartner.canSend).toBe(false);
    expect(seenByPartner.channels).toEqual([]);
    expect(seenByPartner.items[0].recipient).toBe('6281322227777');
    const seenAbove = (
      await request(testApp.url).get(base(kase)).set(bearer(ancestorPimpinan)).expect(200)
    ).body as ReporterMessageLog;
    expect(seenAbove.items[0].recipient).toBe('62813•••••777');
    expect(seenAbove.canSend).toBe(false);

    const anonymous = await createCase({
      ...COMPLAINT,
      reporter: { ...COMPLAINT.reporter, anonymous: true },
    });
    await request(testApp.url).post(base(anonymous)).set(bearer(petugas)).send(body).expect(403);
    const rows = await owner.query(`SELECT 1 FROM reporter_message WHERE case_id = $1`, [
      anonymous.id,
    ]);
    expect(rows).toHaveLength(0);
  });
});
