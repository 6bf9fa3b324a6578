import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseDetail,
  CreateCaseRequest,
  LocationRequestResponse,
  OwnerSuggestion,
  PlaceBoundsResponse,
} from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Location you can trust (issue #14 item 4): the case and its pin saved in one request (a point
 * outside Indonesia or with latitude and longitude swapped refused, nothing saved); a pin named by
 * the road-registry segment it lies on; elsewhere the text-named area kept and said to be the
 * text's; the reporter's landmark on the case.
 */
describe('location you can trust', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;
  let superadmin: string;
  const SEGMENT = 'Ruas Uji Wilayah Titik Lawang';
  // A stretch of road in Kec. Lawang (35.07.25) no other spec uses; 0.0001° ≈ 11 m.
  const LAT = -7.8301;
  const LNG = 112.7101;
  const LAWANG = { regencyCode: '35.07', districtCode: '35.07.25' };
  const TUMPANG_TEXT = 'Desa Kidal, Kecamatan Tumpang, Kabupaten Malang';

  const base: CreateCaseRequest = {
    title: 'Jalan berlubang (uji wilayah titik)',
    description: 'jalan berlubang besar, sudah ada motor jatuh',
    classification: 'pengaduan',
    channel: 'whatsapp',
    category: 'jalan_rusak',
    reporter: {
      name: 'Pak Darto',
      contact: '0812-1111-2222',
      anonymous: false,
      confidential: false,
    },
  };

  const create = (body: CreateCaseRequest) =>
    request(testApp.url).post('/api/cases').set(bearer(petugas)).send(body);
  const detail = async (id: string) =>
    (await request(testApp.url).get(`/api/cases/${id}`).set(bearer(petugas)).expect(200))
      .body as CaseDetail;
  const countTitled = async (title: string) =>
    Number((await owner.query(`SELECT count(*) AS n FROM "case" WHERE title = $1`, [title]))[0].n);
  const reporterAnswers = async (
    caseId: string,
    answer: { lat: number; lng: number; note?: string },
  ) => {
    const asked = (
      await request(testApp.url)
        .post(`/api/cases/${caseId}/location-requests`)
        .set(bearer(petugas))
        .send({})
        .expect(201)
    ).body as LocationRequestResponse;
    await request(testApp.url)
      .post(`/api/public/location-requests/${asked.url.split('/lokasi/')[1]}`)
      .send(answer)
      .expect(204);
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'WilayahTitik', { kind: 'regency_office' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
    superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    // A registry segment in Kec. Lawang (a database reused from an earlier run keeps it).
    const [existing] = await owner.query(`SELECT id FROM road_segment WHERE name = $1`, [SEGMENT]);
    if (!existing) {
      const [version] = await owner.query(
        `INSERT INTO road_registry_version (source, label, valid_from, status)
         VALUES ('geojson', 'Uji wilayah titik', '2020-01-01', 'done') RETURNING id`,
      );
      await owner.query(
        `INSERT INTO road_segment (version_id, name, status, regency_code, district_code, agency_id,
           geometry, min_lng, min_lat, max_lng, max_lat, valid_from)
         VALUES ($1, $2, 'kabupaten', $3, $4, $5, $6, $7, $8, $9, $8, '2020-01-01')`,
        [
          version.id,
          SEGMENT,
          LAWANG.regencyCode,
          LAWANG.districtCode,
          agency,
          JSON.stringify({
            type: 'LineString',
            coordinates: [
              [LNG, LAT],
              [LNG + 0.01, LAT],
            ],
          }),
          LNG,
          LAT,
          LNG + 0.01,
        ],
      );
    }
    await owner.query(`SELECT pg_notify('simpul_road_registry', '')`);
    // Every process reloads its index on the registry's notification: wait until it has.
    for (let i = 0; i < 100; i++) {
      const suggestion = (
        await request(testApp.url)
          .get('/api/jurisdiction/suggest')
          .query({ lat: LAT, lng: LNG + 0.005 })
          .set(bearer(superadmin))
          .expect(200)
      ).body as OwnerSuggestion;
      if (suggestion.basis === 'segment') return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the registry segment never reached the owner suggestion index');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  it('saves the case with its pin, confirmed place and landmark in one request', async () => {
    const created = (
      await create({
        ...base,
        title: 'Jalan berlubang di Tumpang (uji satu permintaan)',
        locationText: 'Jl. Raya Tumpang',
        regencyCode: '35.07',
        districtCode: '35.07.16',
        point: { lat: -8.1631, lng: 112.5733 },
        landmark: 'depan balai desa',
      }).expect(201)
    ).body as CaseDetail;
    // The answer to the one request already carries the point: nothing else to send.
    expect(created.location).toMatchObject({
      lat: -8.1631,
      lng: 112.5733,
      confidence: 'pinned',
      source: 'staff',
      regencyCode: '35.07',
      districtCode: '35.07.16',
      areaSource: 'staff',
      landmark: 'depan balai desa',
    });
    const events = await caseEvents(testApp.url, petugas, created.id);
    expect(events.map((e) => e.type)).toContain('case.location_set');
  });

  it.each([
    ['outside Indonesia', { lat: 48.8566, lng: 2.3522 }, 'point.lat', /luar wilayah Indonesia/],
    [
      'with latitude and longitude swapped',
      { lat: 112.6326, lng: -7.9666 },
      'point.lat',
      /tertukar/,
    ],
    ['in the sea west of Sumatra', { lat: -2, lng: 80 }, 'point.lng', /luar wilayah Indonesia/],
  ])(
    'refuses a pin %s with a 400 naming the field, and saves no case',
    async (_label, point, field, message) => {
      const title = `Pin ditolak (${_label})`;
      const response = await create({ ...base, title, point }).expect(400);
      expect(response.body.code).toBe('OUTSIDE_INDONESIA');
      expect(response.body.message.id).toMatch(message);
      expect(response.body.message.en).toBeTruthy();
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await countTitled(title)).toBe(0);
    },
  );

  it('refuses a district outside the regency at intake (400 naming districtCode), saving nothing', async () => {
    const title = 'Kecamatan salah (uji)';
    const response = await create({
      ...base,
      title,
      regencyCode: '35.73',
      districtCode: '35.07.25',
      point: { lat: -7.96, lng: 112.63 },
    }).expect(400);
    expect(response.body.fields[0].field).toBe('districtCode');
    expect(await countTitled(title)).toBe(0);
  });

  it("names a reporter's pin by the registry segment it lies on, and keeps the reporter's landmark", async () => {
    const created = (
      await create({
        ...base,
        title: 'Jalan berlubang di Tumpang (uji ruas)',
        locationText: TUMPANG_TEXT,
      }).expect(201)
    ).body as CaseDetail;
    // The words named Tumpang (35.07.16): the text's area, until a pin says otherwise.
    expect(created.location).toMatchObject({ districtCode: '35.07.16', areaSource: 'text' });

    await reporterAnswers(created.id, {
      lat: LAT + 0.0001,
      lng: LNG + 0.004,
      note: 'depan pasar, dekat pertigaan',
    });
    const answered = await detail(created.id);
    expect(answered.location).toMatchObject({
      confidence: 'pinned',
      source: 'reporter',
      regencyCode: '35.07',
      districtCode: '35.07.25',
      villageCode: null,
      areaSource: 'segment',
      landmark: 'depan pasar, dekat pertigaan',
    });
    expect(answered.location.areaNames).toMatchObject({
      regency: 'Kabupaten Malang',
      district: 'Lawang',
    });
  });

  it('keeps the area the text named for a pin on no known segment, and says it is the text’s', async () => {
    const created = (
      await create({
        ...base,
        title: 'Jalan berlubang di Tumpang (uji tanpa ruas)',
        locationText: TUMPANG_TEXT,
      }).expect(201)
    ).body as CaseDetail;
    await reporterAnswers(created.id, { lat: -8.2, lng: 112.45 });
    const answered = await detail(created.id);
    expect(answered.location).toMatchObject({
      lat: -8.2,
      confidence: 'pinned',
      districtCode: '35.07.16',
      areaSource: 'text',
      landmark: null,
    });
  });

  it('names a staff pin by its segment, while an area staff chose with the pin stands', async () => {
    const created = (
      await create({
        ...base,
        title: 'Pin petugas di ruas (uji)',
        locationText: TUMPANG_TEXT,
      }).expect(201)
    ).body as CaseDetail;
    const pinned = (
      await request(testApp.url)
        .put(`/api/cases/${created.id}/location`)
        .set(bearer(petugas))
        .send({ version: created.version, point: { lat: LAT, lng: LNG + 0.002 } })
        .expect(200)
    ).body as CaseDetail;
    expect(pinned.location).toMatchObject({ districtCode: '35.07.25', areaSource: 'segment' });

    const chosen = (
      await request(testApp.url)
        .put(`/api/cases/${created.id}/location`)
        .set(bearer(petugas))
        .send({
          version: pinned.version,
          point: { lat: LAT, lng: LNG + 0.003 },
          regencyCode: '35.07',
          districtCode: '35.07.24',
        })
        .expect(200)
    ).body as CaseDetail;
    expect(chosen.location).toMatchObject({ districtCode: '35.07.24', areaSource: 'staff' });
  });

  it('places a chosen place on the map by its registered roads: district, else regency, else none', async () => {
    const bounds = async (code: string) =>
      (
        (
          await request(testApp.url)
            .get('/api/jurisdiction/place-bounds')
            .query({ code })
            .set(bearer(petugas))
            .expect(200)
        ).body as PlaceBoundsResponse
      ).bounds;
    // A village of Lawang: the box of Lawang's segments, which holds the test segment.
    const lawang = await bounds('35.07.25.2001');
    expect(lawang).toMatchObject({ code: '35.07.25', basis: 'district' });
    const box = lawang ?? { south: NaN, north: NaN, west: NaN, east: NaN };
    expect(box.south).toBeLessThanOrEqual(LAT);
    expect(box.north).toBeGreaterThanOrEqual(LAT);
    expect(box.west).toBeLessThanOrEqual(LNG);
    expect(box.east).toBeGreaterThanOrEqual(LNG + 0.01);
    // Tumpang has no registered road here: its regency's box (Kabupaten Malang) instead.
    expect(await bounds('35.07.16')).toMatchObject({ code: '35.07', basis: 'regency' });
    // No road registered anywhere in the area: no box, the map stays where it is.
    expect(await bounds('35.99.01')).toBeNull();
    const bad = await request(testApp.url)
      .get('/api/jurisdiction/place-bounds')
      .query({ code: 'Lawang' })
      .set(bearer(petugas))
      .expect(400);
    expect(JSON.stringify(bad.body.fields)).toContain('code');
  });
});
