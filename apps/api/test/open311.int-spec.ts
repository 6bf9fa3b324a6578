import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  CASE_CATEGORIES,
  IDEMPOTENCY_KEY_HEADER,
  type CaseDetail,
  type CaseEvent,
  type CreateCaseRequest,
  type IssuedOpen311Key,
  type Open311KeyView,
} from '@simpul/contracts';
import type { Open311Error, Open311ServiceRequest } from '../src/app/open311/open311.types';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/** A citizen's app posting with a GPS fix, form-encoded as the standard says. */
const CITIZEN = {
  first_name: 'Siti',
  last_name: 'Aminah',
  email: 'siti.aminah@contoh.id',
  phone: '081234567890',
};
const POTHOLE_TEXT =
  'Lubang besar di jalan provinsi depan SPBU Karanglo, sudah dua minggu dan membahayakan pengendara motor terutama malam hari';
const MEDIA_URL = 'https://foto.contoh.id/lubang-karanglo.jpg';

describe('Open311 GeoReport v2', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyId: string;
  let agencyName: string;
  let admin: string;
  let petugas: string;
  let otherAdmin: string;
  let key: IssuedOpen311Key;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'Open311', { kind: 'field_unit' });
    [{ name: agencyName }] = await owner.query(`SELECT name FROM agency WHERE id = $1`, [agencyId]);
    admin = (await signIn(testApp.url, (await createUser(owner, [[agencyId, 'admin']])).email))
      .accessToken;
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agencyId, 'petugas']])).email))
      .accessToken;
    const otherAgency = await createAgency(owner, 'Open311Lain');
    otherAdmin = (
      await signIn(testApp.url, (await createUser(owner, [[otherAgency, 'admin']])).email)
    ).accessToken;
    key = (
      await request(testApp.url)
        .post('/api/open311/keys')
        .set(bearer(admin))
        .send({ label: 'Aplikasi Jatim Lapor' })
        .expect(201)
    ).body as IssuedOpen311Key;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const api = () => request(testApp.url);
  const postForm = (fields: Record<string, string>) =>
    api().post('/open311/v2/requests.json').type('form').send(fields);
  const postJson = (body: Record<string, unknown>) =>
    api().post('/open311/v2/requests.json').send(body);
  const caseCount = async (): Promise<number> =>
    (await owner.query(`SELECT count(*)::int AS count FROM "case"`))[0].count;
  const caseIdOf = async (number: string): Promise<string> =>
    (await owner.query(`SELECT id FROM "case" WHERE number = $1`, [number]))[0].id;
  const errorOf = (body: unknown): Open311Error => {
    expect(Array.isArray(body)).toBe(true);
    const [error] = body as Open311Error[];
    expect(Object.keys(error).sort()).toEqual(['code', 'description']);
    expect(error.description).toMatch(/ \/ /);
    return error;
  };
  /** A real XML parser; the lists the standard defines stay lists even with one entry. */
  const LISTS = new Set([
    'services.service',
    'service_requests.request',
    'errors.error',
    'discovery.endpoints.endpoint',
    'discovery.endpoints.endpoint.formats.format',
  ]);
  const parseXml = (xml: string): Record<string, unknown> => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const parsed = new XMLParser({
      parseTagValue: false,
      ignoreDeclaration: true,
      isArray: (_name, path) => LISTS.has(String(path)),
    }).parse(xml) as Record<string, unknown>;
    return parsed;
  };
  const xmlErrorOf = (xml: string): { code: number; description: string } => {
    const { errors } = parseXml(xml) as { errors: { error: Record<string, string>[] } };
    expect(Object.keys(errors)).toEqual(['error']);
    expect(errors.error).toHaveLength(1);
    const [error] = errors.error;
    expect(Object.keys(error).sort()).toEqual(['code', 'description']);
    expect(error.description).toMatch(/ \/ /);
    return { code: Number(error.code), description: error.description };
  };
  const submitPothole = async (extra: Record<string, string> = {}): Promise<string> => {
    const response = await postForm({
      api_key: key.apiKey,
      service_code: 'jalan_rusak',
      lat: '-7.9366',
      long: '112.6306',
      description: POTHOLE_TEXT,
      media_url: MEDIA_URL,
      ...CITIZEN,
      ...extra,
    }).expect(201);
    return (response.body as { service_request_id: string }[])[0].service_request_id;
  };
  const publicOne = (number: string) => api().get(`/open311/v2/requests/${number}.json`);

  describe('services', () => {
    it('lists every case category as a realtime service without attributes', async () => {
      const response = await api().get('/open311/v2/services.json').expect(200);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body.map((s: { service_code: string }) => s.service_code)).toEqual([
        ...CASE_CATEGORIES,
      ]);
      expect(response.body[0]).toEqual({
        service_code: 'jalan_rusak',
        service_name: 'Jalan rusak / berlubang',
        description: expect.any(String),
        metadata: false,
        type: 'realtime',
        keywords: expect.stringContaining('lubang'),
        group: 'Jalan dan jembatan',
      });
    });

    it('defines a known service and answers 404 in Open311 format for an unknown one', async () => {
      const known = await api().get('/open311/v2/services/drainase.json').expect(200);
      expect(known.body).toEqual({ service_code: 'drainase', attributes: [] });
      const unknown = await api().get('/open311/v2/services/kebakaran.json').expect(404);
      expect(errorOf(unknown.body)).toEqual({
        code: 404,
        description: expect.stringContaining('kebakaran'),
      });
    });

    it('serves XML and JSON only, outside the /api prefix, with Open311 errors for everything else', async () => {
      const csv = await api().get('/open311/v2/services.csv').expect(400);
      expect(csv.headers['content-type']).toMatch(/text\/xml/);
      expect(xmlErrorOf(csv.text)).toEqual({
        code: 400,
        description: expect.stringContaining('.xml or .json'),
      });
      const unknownPath = await api().get('/open311/v2/discovery/nothing.json').expect(404);
      expect(errorOf(unknownPath.body).code).toBe(404);
      await api().get('/api/open311/v2/services.json').expect(404);
      await api().get('/api/open311/discovery.json').expect(404);
    });

    it('is not swallowed by the web app when the web app is served', async () => {
      const webRoot = mkdtempSync(join(tmpdir(), 'simpul-web-'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><sp-root></sp-root>');
      const withWeb = await createTestApp({ WEB_DIST_PATH: webRoot });
      try {
        const services = await request(withWeb.url).get('/open311/v2/services.json').expect(200);
        expect(services.body).toHaveLength(CASE_CATEGORIES.length);
        const unknown = await request(withWeb.url).get('/open311/v2/nothing').expect(404);
        expect(xmlErrorOf(unknown.text).code).toBe(404);
        const discovery = await request(withWeb.url).get('/open311/discovery.xml').expect(200);
        expect(discovery.text).toContain('<discovery>');
        const otherVersion = await request(withWeb.url)
          .get('/open311/v1/services.json')
          .expect(404);
        expect(otherVersion.text).not.toContain('<sp-root>');
        await request(withWeb.url).get('/kasus/123').expect(200);
      } finally {
        await withWeb.close();
      }
    });
  });

  describe('API keys', () => {
    it('are issued by agency admins only, shown once, stored as a hash, and audited', async () => {
      await api()
        .post('/api/open311/keys')
        .set(bearer(petugas))
        .send({ label: 'Tidak boleh' })
        .expect(403);
      await api().get('/api/open311/keys').set(bearer(petugas)).expect(403);
      await api().post('/api/open311/keys').send({ label: 'Tanpa login' }).expect(401);
      expect(key).toEqual({
        id: expect.any(String),
        label: 'Aplikasi Jatim Lapor',
        apiKey: expect.any(String),
      });
      expect(key.apiKey.length).toBeGreaterThanOrEqual(40);

      const listed = await api().get('/api/open311/keys').set(bearer(admin)).expect(200);
      const view = (listed.body as Open311KeyView[]).find((k) => k.id === key.id);
      expect(view).toMatchObject({ label: 'Aplikasi Jatim Lapor', revokedAt: null });
      expect(JSON.stringify(listed.body)).not.toContain(key.apiKey);
      expect(Object.keys(view as object)).not.toContain('apiKey');
      const otherList = await api().get('/api/open311/keys').set(bearer(otherAdmin)).expect(200);
      expect((otherList.body as Open311KeyView[]).map((k) => k.id)).not.toContain(key.id);

      const [stored] = await owner.query(
        `SELECT k.key_hash, u.email, u.name, u.password_hash, u.active, m.role
         FROM open311_key k JOIN app_user u ON u.id = k.service_user_id
         JOIN membership m ON m.user_id = u.id AND m.agency_id = k.agency_id WHERE k.id = $1`,
        [key.id],
      );
      expect(stored.key_hash).toBe(createHash('sha256').update(key.apiKey).digest('hex'));
      expect(stored).toMatchObject({
        name: 'Open311 – Aplikasi Jatim Lapor',
        password_hash: null,
        active: true,
        role: 'petugas',
      });
      expect(stored.email).toMatch(/^open311-[0-9a-f]{12}@service\.simpul\.local$/);
      await api()
        .post('/api/auth/sign-in')
        .send({ email: stored.email, password: key.apiKey, client: 'api' })
        .expect(401);

      const [audit] = await owner.query(
        `SELECT actor_user_id, agency_id, details FROM audit_log WHERE action = 'open311.key_issued' AND target_id = $1`,
        [key.id],
      );
      expect(audit).toMatchObject({
        agency_id: agencyId,
        details: { label: 'Aplikasi Jatim Lapor' },
      });
    });

    it('refuses a label that is too short', async () => {
      const response = await api()
        .post('/api/open311/keys')
        .set(bearer(admin))
        .send({ label: 'x' })
        .expect(400);
      expect(response.body.fields[0].field).toBe('label');
    });

    it('are revoked by their own agency admin: the key stops working and the revocation is audited', async () => {
      const spare = (
        await api()
          .post('/api/open311/keys')
          .set(bearer(admin))
          .send({ label: 'Kunci cadangan' })
          .expect(201)
      ).body as IssuedOpen311Key;
      const works = await postJson({
        api_key: spare.apiKey,
        service_code: 'pju',
        address_string: 'Jl. Raya Lawang km 3',
        description: 'Lampu jalan mati sepanjang 200 meter',
      });
      expect(works.status).toBe(201);

      await api().delete(`/api/open311/keys/${spare.id}`).set(bearer(petugas)).expect(403);
      await api().delete(`/api/open311/keys/${spare.id}`).set(bearer(otherAdmin)).expect(404);
      await api().delete(`/api/open311/keys/${spare.id}`).set(bearer(admin)).expect(204);
      await api().delete(`/api/open311/keys/${spare.id}`).set(bearer(admin)).expect(204);

      const before = await caseCount();
      const refused = await postJson({
        api_key: spare.apiKey,
        service_code: 'pju',
        address_string: 'Jl. Raya Lawang km 3',
      }).expect(403);
      expect(errorOf(refused.body)).toEqual({
        code: 403,
        description: expect.stringContaining('api_key'),
      });
      expect(await caseCount()).toBe(before);

      const listed = (await api().get('/api/open311/keys').set(bearer(admin)).expect(200))
        .body as Open311KeyView[];
      expect(listed.find((k) => k.id === spare.id)?.revokedAt).toEqual(expect.any(String));
      const audits = await owner.query(
        `SELECT agency_id FROM audit_log WHERE action = 'open311.key_revoked' AND target_id = $1`,
        [spare.id],
      );
      expect(audits).toEqual([{ agency_id: agencyId }]);
      const [serviceUser] = await owner.query(
        `SELECT u.active FROM open311_key k JOIN app_user u ON u.id = k.service_user_id WHERE k.id = $1`,
        [spare.id],
      );
      expect(serviceUser.active).toBe(false);
    });
  });

  describe('POST requests', () => {
    it('takes a form-encoded request with a GPS point in as an open311 case of the key’s agency', async () => {
      const number = await submitPothole();
      expect(number).toMatch(/^SMP-\d{4}-\d{6}$/);
      const kase = (
        await api()
          .get(`/api/cases/${await caseIdOf(number)}`)
          .set(bearer(petugas))
          .expect(200)
      ).body as CaseDetail;
      expect(kase).toMatchObject({
        number,
        channel: 'open311',
        classification: 'pengaduan',
        category: 'jalan_rusak',
        status: 'new',
        description: POTHOLE_TEXT,
        location: { lat: -7.9366, lng: 112.6306, confidence: 'gps', source: 'open311' },
        // The case page shows the client's photo link as a link; the server never fetches it.
        open311MediaUrl: MEDIA_URL,
      });
      expect(kase.title.length).toBeLessThanOrEqual(80);
      expect(POTHOLE_TEXT.startsWith(kase.title.replace(/…$/, ''))).toBe(true);
      expect(kase.participants).toEqual([expect.objectContaining({ agencyId, role: 'lead' })]);
      expect(kase.reports).toHaveLength(1);
      expect(kase.reports[0]).toMatchObject({
        confidential: false,
        reporter: { name: 'Siti Aminah', anonymous: false },
      });
      expect(kase.reports[0].reporter.contact).toContain(CITIZEN.phone);
      expect(kase.reports[0].reporter.contact).toContain(CITIZEN.email);
      // The point completes the file: the resolution clock runs beside verification.
      expect(kase.clocks.map((c) => c.clock)).toEqual(
        expect.arrayContaining(['verification', 'resolution']),
      );
      const events = (
        await api().get(`/api/cases/${kase.id}/events`).set(bearer(petugas)).expect(200)
      ).body as CaseEvent[];
      expect(events.map((e) => e.type)).toEqual(['case.created', 'case.location_set']);
      expect(events[0].actorName).toBe('Open311 – Aplikasi Jatim Lapor');
      const [stored] = await owner.query(
        `SELECT media_url, key_id FROM open311_request WHERE case_id = $1`,
        [kase.id],
      );
      expect(stored).toEqual({ media_url: MEDIA_URL, key_id: key.id });
      // Another agency's officers do not see it.
      await api().get(`/api/cases/${kase.id}`).set(bearer(otherAdmin)).expect(404);
    });

    it('takes a JSON request located by address text only', async () => {
      const response = await postJson({
        api_key: key.apiKey,
        service_code: 'drainase',
        address_string: 'Jl. Ahmad Yani depan Terminal Arjosari, Malang',
        description: 'Saluran tersumbat, air meluap ke jalan setiap hujan',
        first_name: 'Joko',
      }).expect(201);
      const number = response.body[0].service_request_id as string;
      const kase = (
        await api()
          .get(`/api/cases/${await caseIdOf(number)}`)
          .set(bearer(petugas))
          .expect(200)
      ).body as CaseDetail;
      expect(kase).toMatchObject({
        channel: 'open311',
        category: 'drainase',
        locationText: 'Jl. Ahmad Yani depan Terminal Arjosari, Malang',
        title: 'Saluran tersumbat, air meluap ke jalan setiap hujan',
      });
      expect(kase.location.lat).toBeNull();
      expect(kase.location.confidence).not.toBe('gps');
      expect(kase.reports[0].reporter).toMatchObject({ name: 'Joko', contact: null });
      expect(kase.open311MediaUrl).toBeNull();
    });

    it('names the service as the title when there is no description', async () => {
      const response = await postJson({
        api_key: key.apiKey,
        service_code: 'pohon_tumbang',
        lat: -7.95,
        long: 112.61,
      }).expect(201);
      const kase = (
        await api()
          .get(`/api/cases/${await caseIdOf(response.body[0].service_request_id)}`)
          .set(bearer(petugas))
          .expect(200)
      ).body as CaseDetail;
      expect(kase.title).toBe('Pohon tumbang');
      expect(kase.location.confidence).toBe('gps');
    });

    it.each([
      ['no key', {}],
      ['an unknown key', { api_key: 'bukan-kunci-yang-benar' }],
    ])('refuses %s with 403 in Open311 format and stores nothing', async (_label, auth) => {
      const before = await caseCount();
      const response = await postForm({
        ...auth,
        service_code: 'jalan_rusak',
        address_string: 'Jl. Raya Singosari',
      }).expect(403);
      expect(errorOf(response.body).code).toBe(403);
      expect(await caseCount()).toBe(before);
    });

    it.each([
      ['a missing service_code', 'service_code', { address_string: 'Jl. Raya Singosari' }],
      [
        'an unknown service_code',
        'service_code',
        { service_code: 'kebakaran', address_string: 'Jl. Raya Singosari' },
      ],
      [
        'no location',
        'address_string',
        { service_code: 'jalan_rusak', description: 'Jalan rusak' },
      ],
      ['lat without long', 'long', { service_code: 'jalan_rusak', lat: '-7.9' }],
      ['a non-numeric lat', 'lat', { service_code: 'jalan_rusak', lat: 'utara', long: '112.6' }],
      ['a point outside Indonesia', 'lat', { service_code: 'jalan_rusak', lat: '0', long: '0' }],
      [
        'a bad email',
        'email',
        { service_code: 'jalan_rusak', address_string: 'Jl. Raya', email: 'bukan-email' },
      ],
    ])('refuses %s with 400 naming %s and stores nothing', async (_label, field, fields) => {
      const before = await caseCount();
      const response = await postForm({ api_key: key.apiKey, ...fields }).expect(400);
      const error = errorOf(response.body);
      expect(error.code).toBe(400);
      expect(error.description).toContain(field);
      expect(await caseCount()).toBe(before);
    });

    it('throttles posts per IP like sign-in', async () => {
      const limited = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '2' });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const response = await request(limited.url)
            .post('/open311/v2/requests.json')
            .send({ api_key: 'tebakan' });
          statuses.push(response.status);
          if (response.status === 429) expect(errorOf(response.body).code).toBe(429);
        }
        expect(statuses).toEqual([403, 403, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  describe('GET requests (public)', () => {
    let number: string;

    beforeAll(async () => {
      number = await submitPothole();
    });

    const publicList = (query: Record<string, string> = {}) =>
      api().get('/open311/v2/requests.json').query(query);
    const numbersIn = (body: Open311ServiceRequest[]) => body.map((r) => r.service_request_id);

    it('shows the request without sign-in: open, its LAPOR bucket, the lead agency, and no reporter data', async () => {
      const list = await publicList().expect(200);
      const listed = (list.body as Open311ServiceRequest[]).find(
        (r) => r.service_request_id === number,
      );
      const expected: Open311ServiceRequest = {
        service_request_id: number,
        status: 'open',
        status_notes: 'Belum Terverifikasi',
        service_name: 'Jalan rusak / berlubang',
        service_code: 'jalan_rusak',
        description: POTHOLE_TEXT,
        agency_responsible: agencyName,
        service_notice: null,
        requested_datetime: expect.any(String),
        updated_datetime: expect.any(String),
        expected_datetime: null,
        address: null,
        address_id: null,
        zipcode: null,
        lat: -7.9366,
        long: 112.6306,
        media_url: MEDIA_URL,
      };
      expect(listed).toEqual(expected);
      const one = await publicOne(number).expect(200);
      expect(one.body).toEqual([expected]);
      for (const text of [JSON.stringify(list.body), JSON.stringify(one.body)]) {
        for (const secret of [...Object.values(CITIZEN), 'Siti Aminah']) {
          expect(text).not.toContain(secret);
        }
      }
    });

    it('never shows reporter name, contact or NIK of a manually typed-in case', async () => {
      const complaint: CreateCaseRequest = {
        title: 'Jembatan retak di Desa Ngijo',
        description: 'Jembatan kecil di Desa Ngijo retak memanjang',
        classification: 'pengaduan',
        channel: 'whatsapp',
        category: 'jembatan',
        reporter: {
          name: 'Bambang Pelapor',
          contact: '085711112222',
          nik: '3507111111800009',
          anonymous: false,
          confidential: false,
        },
      };
      const kase = (await api().post('/api/cases').set(bearer(petugas)).send(complaint).expect(201))
        .body as CaseDetail;
      const one = await publicOne(kase.number).expect(200);
      expect(one.body[0]).toMatchObject({ service_code: 'jembatan', status: 'open' });
      const text = JSON.stringify(one.body);
      for (const secret of ['Bambang', '085711112222', '3507111111800009']) {
        expect(text).not.toContain(secret);
      }
    });

    it('hides a case with a rahasia report from the list and the single view', async () => {
      const secretCase = (
        await api()
          .post('/api/cases')
          .set(bearer(petugas))
          .send({
            title: 'Pungli proyek galian di Jl. Soekarno-Hatta',
            description: 'Laporan rahasia tentang galian utilitas',
            classification: 'pengaduan',
            channel: 'phone',
            category: 'galian_utilitas',
            reporter: { name: 'Saksi', anonymous: false, confidential: true },
          } satisfies CreateCaseRequest)
          .expect(201)
      ).body as CaseDetail;
      const notFound = await publicOne(secretCase.number).expect(404);
      expect(errorOf(notFound.body).code).toBe(404);
      const list = await publicList().expect(200);
      expect(numbersIn(list.body)).not.toContain(secretCase.number);
      const byId = await publicList({ service_request_id: secretCase.number }).expect(200);
      expect(byId.body).toEqual([]);

      // A second, rahasia report on a public case makes the whole case private.
      const otherNumber = await submitPothole();
      await publicOne(otherNumber).expect(200);
      await owner.query(
        `INSERT INTO case_report (case_id, reporter_name, confidential) VALUES ($1, 'Pelapor kedua', true)`,
        [await caseIdOf(otherNumber)],
      );
      await publicOne(otherNumber).expect(404);
    });

    it('answers 404 in Open311 format for an unknown request', async () => {
      const response = await publicOne('SMP-1999-999999').expect(404);
      expect(errorOf(response.body).code).toBe(404);
    });

    it('shows closed once the case is resolved, with its LAPOR bucket', async () => {
      const resolved = await submitPothole();
      await owner.query(`UPDATE "case" SET status = 'resolved' WHERE number = $1`, [resolved]);
      const one = await publicOne(resolved).expect(200);
      expect(one.body[0]).toMatchObject({ status: 'closed', status_notes: 'Terdisposisi Selesai' });
      expect(numbersIn((await publicList({ status: 'closed' }).expect(200)).body)).toContain(
        resolved,
      );
      const open = (await publicList({ status: 'open' }).expect(200))
        .body as Open311ServiceRequest[];
      expect(numbersIn(open)).not.toContain(resolved);
      expect(numbersIn(open)).toContain(number);
      expect(open.every((r) => r.status === 'open')).toBe(true);
      const both = await publicList({ status: 'open,closed' }).expect(200);
      expect(numbersIn(both.body)).toEqual(expect.arrayContaining([resolved, number]));
    });

    it('filters by service_code and by several service_request_ids', async () => {
      const drainage = (await publicList({ service_code: 'drainase' }).expect(200))
        .body as Open311ServiceRequest[];
      expect(drainage.length).toBeGreaterThan(0);
      expect(drainage.every((r) => r.service_code === 'drainase')).toBe(true);
      expect(numbersIn(drainage)).not.toContain(number);
      const several = await publicList({ service_code: 'jalan_rusak,drainase' }).expect(200);
      expect(numbersIn(several.body)).toContain(number);
      const unknown = await publicList({ service_code: 'kebakaran' }).expect(400);
      expect(errorOf(unknown.body).description).toContain('service_code');

      const other = await submitPothole();
      const named = await publicList({ service_request_id: `${number},${other}` }).expect(200);
      expect(numbersIn(named.body).sort()).toEqual([number, other].sort());
    });

    it('reads the last 90 days by default and refuses a window longer than 90 days', async () => {
      const old = await submitPothole();
      await owner.query(
        `UPDATE "case" SET created_at = now() - interval '100 days' WHERE number = $1`,
        [old],
      );
      expect(numbersIn((await publicList().expect(200)).body)).not.toContain(old);
      const day = 24 * 60 * 60 * 1000;
      const window = {
        start_date: new Date(Date.now() - 110 * day).toISOString(),
        end_date: new Date(Date.now() - 80 * day).toISOString(),
      };
      const past = (await publicList(window).expect(200)).body as Open311ServiceRequest[];
      expect(numbersIn(past)).toContain(old);
      expect(numbersIn(past)).not.toContain(number);
      const tooLong = await publicList({
        start_date: new Date(Date.now() - 120 * day).toISOString(),
        end_date: new Date().toISOString(),
      }).expect(400);
      expect(errorOf(tooLong.body).description).toContain('end_date');
      const badDate = await publicList({ start_date: 'kemarin' }).expect(400);
      expect(errorOf(badDate.body).description).toContain('start_date');
    });

    it('pages with page and page_size (at most 100)', async () => {
      const first = (await publicList({ page_size: '1' }).expect(200)).body;
      const second = (await publicList({ page_size: '1', page: '2' }).expect(200)).body;
      expect(first).toHaveLength(1);
      expect(second).toHaveLength(1);
      expect(first[0].service_request_id).not.toBe(second[0].service_request_id);
      const tooBig = await publicList({ page_size: '101' }).expect(400);
      expect(errorOf(tooBig.body).description).toContain('page_size');
    });
  });

  describe('XML, the standard default, and discovery', () => {
    const xmlRequests = (text: string): Record<string, string>[] =>
      (parseXml(text) as { service_requests: { request: Record<string, string>[] } })
        .service_requests.request;
    /** The JSON answer as the XML must carry it: same fields in the same order, null as empty. */
    const asXmlText = (entry: object): Record<string, string> =>
      Object.fromEntries(
        Object.entries(entry).map(([k, v]) => [k, v === null ? '' : String(v as unknown)]),
      );

    it('lists the services under <services><service> with the same fields as JSON', async () => {
      const xml = await api().get('/open311/v2/services.xml').expect(200);
      expect(xml.headers['content-type']).toMatch(/^text\/xml/);
      const json = await api().get('/open311/v2/services.json').expect(200);
      const { services } = parseXml(xml.text) as { services: { service: object[] } };
      expect(services.service).toHaveLength(CASE_CATEGORIES.length);
      services.service.forEach((service, i) => {
        expect(Object.keys(service)).toEqual(Object.keys(json.body[i]));
        expect(service).toEqual(asXmlText(json.body[i]));
      });
      expect(services.service[0]).toMatchObject({ metadata: 'false', type: 'realtime' });
    });

    it('defines a service under <service_definition> and refuses an unknown one in XML', async () => {
      const known = await api().get('/open311/v2/services/drainase.xml').expect(200);
      expect(parseXml(known.text)).toEqual({
        service_definition: { service_code: 'drainase', attributes: '' },
      });
      const unknown = await api().get('/open311/v2/services/kebakaran.xml').expect(404);
      expect(unknown.headers['content-type']).toMatch(/^text\/xml/);
      expect(xmlErrorOf(unknown.text)).toEqual({
        code: 404,
        description: expect.stringContaining('kebakaran'),
      });
    });

    it('takes a POST to requests.xml and answers <service_requests><request><service_request_id>, also when retried', async () => {
      const fields = {
        api_key: key.apiKey,
        service_code: 'pju',
        address_string: 'Jl. Raya Karanglo km 2',
        description: 'Lampu jalan mati di depan pasar',
        media_url: MEDIA_URL,
      };
      const first = await api()
        .post('/open311/v2/requests.xml')
        .set(IDEMPOTENCY_KEY_HEADER, 'xml-post-1')
        .type('form')
        .send(fields)
        .expect(201);
      expect(first.headers['content-type']).toMatch(/^text\/xml/);
      const [created] = xmlRequests(first.text);
      expect(Object.keys(created)).toEqual(['service_request_id']);
      expect(created.service_request_id).toMatch(/^SMP-\d{4}-\d{6}$/);
      const before = await caseCount();
      const retry = await api()
        .post('/open311/v2/requests.xml')
        .set(IDEMPOTENCY_KEY_HEADER, 'xml-post-1')
        .type('form')
        .send(fields)
        .expect(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.headers['content-type']).toMatch(/^text\/xml/);
      expect(retry.text).toBe(first.text);
      expect(await caseCount()).toBe(before);

      const one = await api()
        .get(`/open311/v2/requests/${created.service_request_id}.xml`)
        .expect(200);
      expect(xmlRequests(one.text)[0]).toMatchObject({
        service_code: 'pju',
        media_url: MEDIA_URL,
        zipcode: '',
      });
    });

    it('refuses a POST without a valid key or with a bad field in XML and stores nothing', async () => {
      const before = await caseCount();
      const noKey = await api()
        .post('/open311/v2/requests.xml')
        .type('form')
        .send({ service_code: 'pju', address_string: 'Jl. Raya' })
        .expect(403);
      expect(xmlErrorOf(noKey.text).code).toBe(403);
      const badEmail = await api()
        .post('/open311/v2/requests.xml')
        .type('form')
        .send({
          api_key: key.apiKey,
          service_code: 'pju',
          address_string: 'Jl. Raya',
          email: 'bukan-email',
        })
        .expect(400);
      expect(xmlErrorOf(badEmail.text)).toEqual({
        code: 400,
        description: expect.stringContaining('email'),
      });
      expect(await caseCount()).toBe(before);
    });

    it('lists and shows requests in XML with the very fields and values of the JSON', async () => {
      const number = await submitPothole();
      const jsonList = (await api().get('/open311/v2/requests.json').expect(200))
        .body as Open311ServiceRequest[];
      const xmlList = xmlRequests((await api().get('/open311/v2/requests.xml').expect(200)).text);
      expect(xmlList).toEqual(jsonList.map(asXmlText));
      for (const entry of xmlList) {
        expect(Object.keys(entry)).toEqual([
          'service_request_id',
          'status',
          'status_notes',
          'service_name',
          'service_code',
          'description',
          'agency_responsible',
          'service_notice',
          'requested_datetime',
          'updated_datetime',
          'expected_datetime',
          'address',
          'address_id',
          'zipcode',
          'lat',
          'long',
          'media_url',
        ]);
      }
      const one = await api().get(`/open311/v2/requests/${number}.xml`).expect(200);
      const json = (await publicOne(number).expect(200)).body as Open311ServiceRequest[];
      expect(xmlRequests(one.text)).toEqual(json.map(asXmlText));
      expect(xmlRequests(one.text)[0]).toMatchObject({
        media_url: MEDIA_URL,
        lat: '-7.9366',
        long: '112.6306',
      });
      const filtered = xmlRequests(
        (
          await api()
            .get('/open311/v2/requests.xml')
            .query({ service_request_id: number, status: 'open' })
            .expect(200)
        ).text,
      );
      expect(filtered.map((r) => r.service_request_id)).toEqual([number]);
      const empty = await api()
        .get('/open311/v2/requests.xml')
        .query({ service_request_id: 'SMP-1999-999999' })
        .expect(200);
      expect(parseXml(empty.text)).toEqual({ service_requests: '' });

      const unknown = await api().get('/open311/v2/requests/SMP-1999-999999.xml').expect(404);
      expect(xmlErrorOf(unknown.text).code).toBe(404);
      const tooBig = await api().get('/open311/v2/requests.xml?page_size=101').expect(400);
      expect(xmlErrorOf(tooBig.text).description).toContain('page_size');
    });

    it('answers a token with its service_request_id in both formats, 404 for an unknown one', async () => {
      const number = await submitPothole();
      const xml = await api().get(`/open311/v2/tokens/${number}.xml`).expect(200);
      expect(xmlRequests(xml.text)).toEqual([{ service_request_id: number, token: number }]);
      const json = await api().get(`/open311/v2/tokens/${number}.json`).expect(200);
      expect(json.body).toEqual([{ service_request_id: number, token: number }]);
      const unknownXml = await api().get('/open311/v2/tokens/bukan-token.xml').expect(404);
      expect(xmlErrorOf(unknownXml.text).code).toBe(404);
      const unknownJson = await api().get('/open311/v2/tokens/bukan-token.json').expect(404);
      expect(errorOf(unknownJson.body).code).toBe(404);
    });

    it('publishes the discovery document in XML and JSON, pointing at a working endpoint', async () => {
      const xml = await api().get('/open311/discovery.xml').expect(200);
      expect(xml.headers['content-type']).toMatch(/^text\/xml/);
      const { discovery } = parseXml(xml.text) as {
        discovery: {
          changeset: string;
          contact: string;
          key_service: string;
          endpoints: { endpoint: Record<string, unknown>[] };
        };
      };
      expect(Object.keys(discovery)).toEqual(['changeset', 'contact', 'key_service', 'endpoints']);
      expect(Number.isNaN(Date.parse(discovery.changeset))).toBe(false);
      expect(discovery.key_service).toMatch(/^https?:\/\/.+\/admin\/open311$/);
      expect(discovery.endpoints.endpoint).toEqual([
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: expect.stringMatching(/^https?:\/\/.+\/open311\/v2$/),
          changeset: discovery.changeset,
          type: 'production',
          formats: { format: ['text/xml', 'application/json'] },
        },
      ]);

      const json = await api().get('/open311/discovery.json').expect(200);
      expect(json.body).toEqual({
        changeset: discovery.changeset,
        contact: discovery.contact,
        key_service: discovery.key_service,
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: discovery.endpoints.endpoint[0]['url'],
            changeset: discovery.changeset,
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      });
      const endpointPath = new URL(json.body.endpoints[0].url as string).pathname;
      await api().get(`${endpointPath}/services.xml`).expect(200);
      const badFormat = await api().get('/open311/discovery.yaml').expect(400);
      expect(xmlErrorOf(badFormat.text).code).toBe(400);
    });
  });
});
