import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  ApiErrorBody,
  CaseDetail,
  CreateCaseRequest,
  OwnerSuggestion,
  RoadRegistryVersion,
  RoutingRuleView,
} from '@simpul/contracts';
import { RoadRegistryService } from '../src/app/jurisdiction/road-registry.service';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * The road-status registry end to end: imports (checked whole, written whole by the job), the
 * owner suggestion over HTTP on a crafted registry, versions judged by a case's date, the case's
 * road segment and the provincial pothole clock, and who may change rules.
 */
describe('road-status registry, routing rules and owner suggestion', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let superadmin: string;
  let officer: string;
  let otherOfficer: string;
  let upt: { id: string; code: string };
  let bbpjn: { id: string; code: string };
  let regency: { id: string; code: string };
  // A crafted corner of the map no other spec uses (about 11 m per 0.0001° of latitude).
  const LAT = -8.5;
  const LNG = 113.9;
  const link = '731';

  const agency = async (label: string, kind: string) => {
    const id = await createAgency(owner, label, { kind });
    const [{ code }] = await owner.query(`SELECT code FROM agency WHERE id = $1`, [id]);
    return { id, code: code as string };
  };
  const feature = (props: Record<string, unknown>, coordinates: unknown) => ({
    type: 'Feature',
    properties: props,
    geometry: { type: 'LineString', coordinates },
  });
  const collection = (...features: unknown[]) =>
    Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
  const upload = (token: string, file: Buffer, validFrom: string, name = 'ruas.geojson') =>
    request(testApp.url)
      .post('/api/jurisdiction/registry/imports')
      .query({ label: 'Uji registri', validFrom })
      .set(bearer(token))
      .attach('file', file, name);
  const finished = async (id: string) => {
    let version: RoadRegistryVersion;
    for (let i = 0; i < 100; i++) {
      version = (
        await request(testApp.url)
          .get(`/api/jurisdiction/registry/versions/${id}`)
          .set(bearer(superadmin))
          .expect(200)
      ).body as RoadRegistryVersion;
      if (!['queued', 'running'].includes(version.status)) return version;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`import ${id} did not finish`);
  };
  const suggest = async (query: Record<string, string | number>) =>
    (
      await request(testApp.url)
        .get('/api/jurisdiction/suggest')
        .query(query)
        .set(bearer(officer))
        .expect(200)
    ).body as OwnerSuggestion;
  const segmentCount = async () =>
    Number((await owner.query(`SELECT count(*) AS n FROM road_segment`))[0].n);

  beforeAll(async () => {
    testApp = await createTestApp({ JOB_POLLING_SECONDS: '1' });
    owner = await ownerDataSource();
    upt = await agency('UPT', 'field_unit');
    bbpjn = await agency('BBPJN', 'national_road_authority');
    regency = await agency('DPU', 'regency_office');
    superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    officer = (await signIn(testApp.url, (await createUser(owner, [[upt.id, 'petugas']])).email))
      .accessToken;
    otherOfficer = (
      await signIn(testApp.url, (await createUser(owner, [[regency.id, 'admin']])).email)
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  it('refuses bad files with a 422 naming each feature and field, storing nothing', async () => {
    const before = await segmentCount();
    const versionsBefore = Number(
      (await owner.query(`SELECT count(*) AS n FROM road_registry_version`))[0].n,
    );
    const bad = collection(
      feature({ name: 'Ruas A', status: 'provinsi', agency_code: upt.code }, [[LNG, LAT]]),
      feature({ name: 'Ruas B', status: 'provinsi', agency_code: 'tidak-ada' }, [
        [LNG, LAT],
        [LNG + 0.01, LAT],
      ]),
      feature({ name: 'Ruas C', status: 'jalan tol', agency_code: upt.code }, [
        [LNG, LAT],
        [LNG + 0.01, LAT],
      ]),
      feature(
        {
          name: 'Ruas D',
          status: 'provinsi',
          agency_code: upt.code,
          link_number: 'X',
          km_from: 5,
          km_to: 2,
        },
        [
          [LNG, LAT],
          [LNG + 0.01, LAT],
        ],
      ),
      feature({ name: 'Ruas E', status: 'provinsi', agency_code: upt.code }, [
        [LNG, LAT],
        [LNG, 95],
      ]),
    );
    const response = await upload(superadmin, bad, '2020-01-01').expect(422);
    const body = response.body as ApiErrorBody;
    expect(body.code).toBe('REGISTRY_INVALID');
    const fields = (body.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'features[0].geometry',
        'features[1].agency_code',
        'features[2].status',
        'features[3].km_from',
        'features[4].geometry',
      ]),
    );
    for (const f of body.fields ?? []) {
      expect(f.message.id.length).toBeGreaterThan(5);
      expect(f.message.en.length).toBeGreaterThan(5);
    }
    expect(await segmentCount()).toBe(before);
    expect(
      Number((await owner.query(`SELECT count(*) AS n FROM road_registry_version`))[0].n),
    ).toBe(versionsBefore);
    // CSV with a WKT column: the same checks.
    const csv = `name,status,agency_code,wkt\nRuas F,provinsi,${upt.code},"POINT (1 2)"\n`;
    const csvResponse = await upload(superadmin, Buffer.from(csv), '2020-01-01', 'ruas.csv').expect(
      422,
    );
    expect((csvResponse.body as ApiErrorBody).fields?.[0].field).toBe('features[0].wkt');
    // Only the superadmin imports.
    await upload(officer, bad, '2020-01-01').expect(403);
  });

  it('imports a crafted registry in the background and suggests owners from it over HTTP', async () => {
    const file = collection(
      // A provincial segment along LAT, a national one 1.1 km south, a regency road meeting the
      // provincial one at a junction.
      feature(
        {
          name: 'Jl. Raya Uji Provinsi',
          status: 'provinsi',
          agency_code: upt.code,
          link_number: link,
          km_from: 0,
          km_to: 10,
          regency_code: '35.99',
        },
        [
          [LNG, LAT],
          [LNG + 0.02, LAT],
        ],
      ),
      feature({ name: 'Jl. Raya Uji Nasional', status: 'nasional', agency_code: bbpjn.code }, [
        [LNG, LAT - 0.01],
        [LNG + 0.02, LAT - 0.01],
      ]),
      feature({ name: 'Jl. Desa Uji Kabupaten', status: 'kabupaten', agency_code: regency.code }, [
        [LNG + 0.01, LAT],
        [LNG + 0.01, LAT + 0.01],
      ]),
    );
    const started = (await upload(superadmin, file, '2020-01-01').expect(202))
      .body as RoadRegistryVersion;
    expect(started.status).toMatch(/queued|running|done/);
    const done = await finished(started.id);
    expect(done).toMatchObject({ status: 'done', segmentCount: 3, percent: 100, errors: [] });

    // The API reloaded its index (LISTEN/NOTIFY); give it a moment.
    let onProvincial: OwnerSuggestion | null = null;
    for (let i = 0; i < 50 && onProvincial?.basis !== 'segment'; i++) {
      onProvincial = await suggest({ lat: LAT - 0.0001, lng: LNG + 0.005, asOf: '2024-01-01' });
      if (onProvincial.basis !== 'segment') await new Promise((r) => setTimeout(r, 200));
    }
    expect(onProvincial).toMatchObject({
      basis: 'segment',
      agencyId: upt.id,
      confidence: 'high',
      roadStatus: 'provinsi',
    });
    expect(onProvincial?.candidates[0].evidence).toMatchObject({
      linkNumber: link,
      registryVersionId: started.id,
    });
    expect(onProvincial?.explanation.id).toMatch(/^Titik berada 11 m dari ruas jalan provinsi/);

    expect(
      await suggest({ lat: LAT - 0.0099, lng: LNG + 0.005, asOf: '2024-01-01' }),
    ).toMatchObject({
      basis: 'segment',
      agencyId: bbpjn.id,
      roadStatus: 'nasional',
    });
    expect(await suggest({ lat: LAT + 0.003, lng: LNG + 0.01, asOf: '2024-01-01' })).toMatchObject({
      basis: 'segment',
      agencyId: regency.id,
      roadStatus: 'kabupaten',
    });
    const junction = await suggest({ lat: LAT + 0.0001, lng: LNG + 0.0101, asOf: '2024-01-01' });
    expect(junction.basis).toBe('ambiguous');
    expect(junction.candidates.map((c) => c.agencyId).sort()).toEqual([upt.id, regency.id].sort());
    const far = await suggest({ lat: LAT + 0.2, lng: LNG + 0.2, asOf: '2024-01-01' });
    expect(far).toMatchObject({ basis: 'none', agencyId: null, confidence: 'none' });
    // Before the registry took effect nothing is known there.
    expect((await suggest({ lat: LAT - 0.0001, lng: LNG + 0.005, asOf: '2019-06-01' })).basis).toBe(
      'none',
    );
    // A text naming the road, without a point.
    expect(
      await suggest({
        text: 'Lubang besar di jl. raya uji provinsi dekat pasar',
        asOf: '2024-01-01',
      }),
    ).toMatchObject({
      basis: 'road_name',
      agencyId: upt.id,
    });
    expect(
      await suggest({ text: `ruas link ${link.toLowerCase()} km 4`, asOf: '2024-01-01' }),
    ).toMatchObject({ agencyId: upt.id });
    // Bad query input: 400 naming the field.
    const bad = await request(testApp.url)
      .get('/api/jurisdiction/suggest')
      .query({ lat: 'x' })
      .set(bearer(officer))
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('lat');
    await request(testApp.url)
      .get('/api/jurisdiction/suggest')
      .query({ lat: LAT, lng: LNG })
      .expect(401);
  });

  it('refuses overlapping validity for the same link and km range, storing nothing', async () => {
    const before = await segmentCount();
    // Starts on the same day as the row in force: it cannot close it.
    const same = collection(
      feature(
        {
          name: 'Jl. Raya Uji Provinsi',
          status: 'nasional',
          agency_code: bbpjn.code,
          link_number: link,
          km_from: 5,
          km_to: 15,
        },
        [
          [LNG, LAT],
          [LNG + 0.02, LAT],
        ],
      ),
    );
    const response = await upload(superadmin, same, '2020-01-01').expect(422);
    expect((response.body as ApiErrorBody).fields?.[0]).toMatchObject({
      field: 'features[0].km_from',
    });
    expect((response.body as ApiErrorBody).fields?.[0].message.en).toContain(
      'overlapping validity',
    );
    // Two features of one file on overlapping km of one link.
    const twice = collection(
      feature(
        {
          name: 'A',
          status: 'provinsi',
          agency_code: upt.code,
          link_number: `${link}b`,
          km_from: 0,
          km_to: 10,
        },
        [
          [LNG, LAT],
          [LNG + 0.01, LAT],
        ],
      ),
      feature(
        {
          name: 'B',
          status: 'provinsi',
          agency_code: upt.code,
          link_number: `${link}b`,
          km_from: 9,
          km_to: 12,
        },
        [
          [LNG, LAT],
          [LNG + 0.01, LAT],
        ],
      ),
    );
    const twiceResponse = await upload(superadmin, twice, '2021-01-01').expect(422);
    expect((twiceResponse.body as ApiErrorBody).fields?.map((f) => f.field)).toEqual([
      'features[1].km_from',
    ]);
    expect(await segmentCount()).toBe(before);
    // The database refuses it too, whatever the path.
    await expect(
      owner.query(
        `INSERT INTO road_segment (version_id, link_number, km_from, km_to, name, status, agency_id, geometry, min_lng, min_lat, max_lng, max_lat, valid_from)
         SELECT version_id, link_number, 1, 2, 'x', 'provinsi', agency_id, geometry, min_lng, min_lat, max_lng, max_lat, '2022-01-01'
         FROM road_segment WHERE link_number = $1`,
        [link],
      ),
    ).rejects.toThrow(/ex_road_segment_link_overlap/);
  });

  it('cancelling an import leaves nothing of it', async () => {
    const before = await segmentCount();
    const registry = testApp.app.get(RoadRegistryService);
    const many = Array.from({ length: 1200 }, (_, i) =>
      feature({ name: `Ruas batal ${i}`, status: 'desa', agency_code: regency.code }, [
        [LNG + 1 + i * 0.001, LAT],
        [LNG + 1 + i * 0.001, LAT + 0.0005],
      ]),
    );
    const started = (await upload(superadmin, collection(...many), '2022-01-01').expect(202))
      .body as RoadRegistryVersion;
    const cancelled = (
      await request(testApp.url)
        .post(`/api/jurisdiction/registry/versions/${started.id}/cancel`)
        .set(bearer(superadmin))
    ).body as RoadRegistryVersion;
    // Queued: cancelled at once; running: the job stops at its next batch. Either way nothing stays.
    if (cancelled.status !== 'cancelled') await registry.runImport(started.id);
    const final = await finished(started.id);
    expect(final.status).toBe('cancelled');
    expect(await segmentCount()).toBe(before);
    await request(testApp.url)
      .post(`/api/jurisdiction/registry/versions/${started.id}/cancel`)
      .set(bearer(superadmin))
      .expect(409);
    await request(testApp.url)
      .post(`/api/jurisdiction/registry/versions/${started.id}/cancel`)
      .set(bearer(officer))
      .expect(403);
  });

  it('replaces the whole network without link numbers, so a re-import does not duplicate it, and tells the importer', async () => {
    const importer = await createUser(owner, [], { superadmin: true, label: 'importir' });
    const token = (await signIn(testApp.url, importer.email)).accessToken;
    const nextDay = (day: string) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // After every row this database holds (earlier runs included): only the far future changes.
    const [{ last }] = await owner.query(
      `SELECT to_char(GREATEST(max(valid_from), '2089-12-31'), 'YYYY-MM-DD') AS last FROM road_segment`,
    );
    const first = nextDay(last as string);
    const second = nextDay(first);
    const inForce = async (day: string) =>
      (
        await owner.query(
          `SELECT name FROM road_segment WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1) ORDER BY name`,
          [day],
        )
      ).map((r: { name: string }) => r.name) as string[];
    const network = collection(
      feature({ name: 'Jl. Ganti A', status: 'kabupaten', agency_code: regency.code }, [
        [LNG + 3, LAT],
        [LNG + 3.001, LAT],
      ]),
      feature({ name: 'Jl. Ganti B', status: 'desa', agency_code: regency.code }, [
        [LNG + 3, LAT + 0.01],
        [LNG + 3.001, LAT + 0.01],
      ]),
    );
    const replace = (validFrom: string) =>
      request(testApp.url)
        .post('/api/jurisdiction/registry/imports')
        .query({ label: 'Jaringan pengganti', validFrom, replaceNetwork: 'true' })
        .set(bearer(token))
        .attach('file', network, 'jaringan.geojson');

    const before = (await inForce(first)).length;
    const one = await finished(((await replace(first).expect(202)).body as RoadRegistryVersion).id);
    expect(one.status).toBe('done');
    expect(one.closedCount).toBe(before);
    expect(await inForce(first)).toEqual(['Jl. Ganti A', 'Jl. Ganti B']);

    // The same file again, a day later: the first copy ends, no duplicate.
    const two = await finished(
      ((await replace(second).expect(202)).body as RoadRegistryVersion).id,
    );
    expect(two.status).toBe('done');
    expect(two.closedCount).toBe(2);
    expect(await inForce(second)).toEqual(['Jl. Ganti A', 'Jl. Ganti B']);
    // History stays: the first day still shows the first copy.
    expect(await inForce(first)).toEqual(['Jl. Ganti A', 'Jl. Ganti B']);

    // A replacement cannot start before rows already in force later: 422 on validFrom, nothing stored.
    const count = await segmentCount();
    const refused = (await replace(first).expect(422)).body as ApiErrorBody;
    expect(refused.fields?.map((f) => f.field)).toEqual(['validFrom']);
    expect(refused.fields?.[0].message.en).toContain(second);
    expect(await segmentCount()).toBe(count);

    // The importer is told how each import ended.
    const notes = (await owner.query(
      `SELECT kind, title FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [importer.id],
    )) as { kind: string; title: string }[];
    expect(notes.map((n) => n.kind)).toEqual([
      'registry_import_finished',
      'registry_import_finished',
    ]);
    expect(notes[1].title).toContain(
      '"Jaringan pengganti" selesai: 2 ruas disimpan, 2 ruas lama ditutup',
    );
  });

  it('tells the importer when someone else cancels the import', async () => {
    const importer = await createUser(owner, [], { superadmin: true, label: 'importir' });
    const token = (await signIn(testApp.url, importer.email)).accessToken;
    // No job worker runs between these two calls long enough to take the import: it stays queued.
    const started = (
      await request(testApp.url)
        .post('/api/jurisdiction/registry/imports')
        .query({ label: 'Impor dibatalkan orang lain', validFrom: '2023-05-01' })
        .set(bearer(token))
        .attach(
          'file',
          collection(
            feature({ name: 'Jl. Batal', status: 'desa', agency_code: regency.code }, [
              [LNG + 4, LAT],
              [LNG + 4.001, LAT],
            ]),
          ),
          'batal.geojson',
        )
        .expect(202)
    ).body as RoadRegistryVersion;
    const cancelled = (
      await request(testApp.url)
        .post(`/api/jurisdiction/registry/versions/${started.id}/cancel`)
        .set(bearer(superadmin))
    ).body as RoadRegistryVersion;
    if (cancelled.status !== 'cancelled')
      await testApp.app.get(RoadRegistryService).runImport(started.id);
    expect((await finished(started.id)).status).toBe('cancelled');
    const notes = (await owner.query(
      `SELECT kind, title, actor_user_id FROM notification WHERE user_id = $1`,
      [importer.id],
    )) as { kind: string; title: string }[];
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'registry_import_finished',
        title:
          'Impor registri jalan "Impor dibatalkan orang lain" dibatalkan; tidak ada ruas yang disimpan',
      }),
    ]);
  });

  const complaint = (incidentDate?: string): CreateCaseRequest => ({
    title: 'Jalan berlubang di ruas uji',
    description: 'lubang dalam, motor jatuh',
    classification: 'pengaduan',
    channel: 'phone',
    category: 'jalan_rusak',
    ...(incidentDate ? { incidentDate } : {}),
    reporter: { name: 'Warga', contact: '081234500000', anonymous: false, confidential: false },
  });
  const createCase = async (body: CreateCaseRequest) =>
    (await request(testApp.url).post('/api/cases').set(bearer(officer)).send(body).expect(201))
      .body as CaseDetail;
  const pin = async (kase: CaseDetail, lat: number, lng: number) =>
    (
      await request(testApp.url)
        .put(`/api/cases/${kase.id}/location`)
        .set(bearer(officer))
        .send({ version: kase.version, point: { lat, lng } })
        .expect(200)
    ).body as unknown;
  const detail = async (id: string) =>
    (await request(testApp.url).get(`/api/cases/${id}`).set(bearer(officer)).expect(200))
      .body as CaseDetail;

  it('starts the 1×24 h pothole clock only on a provincial segment, and says why not elsewhere', async () => {
    const provincial = await createCase(complaint());
    expect(provincial.clocks.map((c) => c.clock)).not.toContain('pothole_response');
    expect(provincial.potholeClock?.applies).toBe(false);
    expect(provincial.potholeClock?.reason.en).toContain('not known yet');
    await pin(provincial, LAT - 0.0001, LNG + 0.005);
    const onProvincial = await detail(provincial.id);
    expect(onProvincial.roadStatus).toBe('provinsi');
    expect(onProvincial.clocks.find((c) => c.clock === 'pothole_response')).toMatchObject({
      amount: 24,
    });
    expect(onProvincial.potholeClock?.applies).toBe(true);

    const national = await createCase(complaint());
    await pin(national, LAT - 0.0099, LNG + 0.005);
    const onNational = await detail(national.id);
    expect(onNational.roadStatus).toBe('nasional');
    expect(onNational.clocks.map((c) => c.clock)).not.toContain('pothole_response');
    expect(onNational.potholeClock?.reason.id).toContain('nasional');

    const nowhere = await createCase(complaint());
    await pin(nowhere, LAT + 0.3, LNG + 0.3);
    const offRoad = await detail(nowhere.id);
    expect(offRoad.roadStatus).toBeNull();
    expect(offRoad.clocks.map((c) => c.clock)).not.toContain('pothole_response');
    expect(offRoad.potholeClock?.reason.en).toContain('not on a registered road segment');
  });

  it('a registry version change alters the suggestion for new cases only', async () => {
    // A case whose incident happened before the new version takes effect.
    const old = await createCase(complaint('2023-03-01'));
    await pin(old, LAT - 0.0001, LNG + 0.005);
    const oldSuggestion = (
      await request(testApp.url)
        .get(`/api/cases/${old.id}/owner-suggestion`)
        .set(bearer(officer))
        .expect(200)
    ).body as OwnerSuggestion;
    expect(oldSuggestion).toMatchObject({ agencyId: upt.id, asOf: '2023-03-01' });

    // The link becomes national from 2024-06-01: a new version closes the provincial row.
    const file = collection(
      feature(
        {
          name: 'Jl. Raya Uji Provinsi',
          status: 'nasional',
          agency_code: bbpjn.code,
          link_number: link,
          km_from: 0,
          km_to: 10,
        },
        [
          [LNG, LAT],
          [LNG + 0.02, LAT],
        ],
      ),
    );
    const started = (await upload(superadmin, file, '2024-06-01').expect(202))
      .body as RoadRegistryVersion;
    expect(await finished(started.id)).toMatchObject({
      status: 'done',
      segmentCount: 1,
      closedCount: 1,
    });

    let fresh: OwnerSuggestion | null = null;
    for (let i = 0; i < 50 && fresh?.agencyId !== bbpjn.id; i++) {
      fresh = await suggest({ lat: LAT - 0.0001, lng: LNG + 0.005 });
      if (fresh.agencyId !== bbpjn.id) await new Promise((r) => setTimeout(r, 200));
    }
    expect(fresh).toMatchObject({ agencyId: bbpjn.id, roadStatus: 'nasional' });
    // The old case is still judged at its own date, and keeps the road it was given.
    expect(
      (
        await request(testApp.url)
          .get(`/api/cases/${old.id}/owner-suggestion`)
          .set(bearer(officer))
          .expect(200)
      ).body,
    ).toMatchObject({ agencyId: upt.id, roadStatus: 'provinsi' });
    expect((await detail(old.id)).roadStatus).toBe('provinsi');
    // A new case on the same spot.
    const fresher = await createCase(complaint());
    await pin(fresher, LAT - 0.0001, LNG + 0.005);
    expect((await detail(fresher.id)).roadStatus).toBe('nasional');
    expect(
      (
        await request(testApp.url)
          .get(`/api/cases/${fresher.id}/owner-suggestion`)
          .set(bearer(officer))
          .expect(200)
      ).body,
    ).toMatchObject({ agencyId: bbpjn.id });
    // Another agency may not read the case, nor its suggestion.
    await request(testApp.url)
      .get(`/api/cases/${fresher.id}/owner-suggestion`)
      .set(bearer(otherOfficer))
      .expect(404);
  });

  it('routing rules: the superadmin and coordinators edit (versioned), others are refused', async () => {
    const category = `uji_${randomUUID().slice(0, 6)}`;
    const body = {
      category,
      regencyCode: '35.99',
      roadStatus: null,
      agencyId: regency.id,
      mode: 'suggest',
    };
    const refused = await request(testApp.url)
      .post('/api/jurisdiction/rules')
      .set(bearer(officer))
      .send(body)
      .expect(403);
    expect((refused.body as ApiErrorBody).code).toBe('FORBIDDEN');
    expect(
      Number(
        (
          await owner.query(`SELECT count(*) AS n FROM routing_rule WHERE category = $1`, [
            category,
          ])
        )[0].n,
      ),
    ).toBe(0);

    const created = (
      await request(testApp.url)
        .post('/api/jurisdiction/rules')
        .set(bearer(superadmin))
        .send(body)
        .expect(201)
    ).body as RoutingRuleView;
    expect(created).toMatchObject({ category, agencyId: regency.id, validTo: null });
    await request(testApp.url)
      .post('/api/jurisdiction/rules')
      .set(bearer(superadmin))
      .send(body)
      .expect(409);
    const unknown = await request(testApp.url)
      .post('/api/jurisdiction/rules')
      .set(bearer(superadmin))
      .send({ ...body, regencyCode: '35.98', agencyId: randomUUID() })
      .expect(422);
    expect((unknown.body as ApiErrorBody).fields?.[0].field).toBe('agencyId');

    // A coordinating agency's admin edits: a new version replaces the old one.
    const coordinator = await agency('Koordinator', 'government_body');
    await owner.query(
      `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
      [coordinator.id, upt.id],
    );
    const coordinatorAdmin = (
      await signIn(testApp.url, (await createUser(owner, [[coordinator.id, 'admin']])).email)
    ).accessToken;
    const edited = (
      await request(testApp.url)
        .put(`/api/jurisdiction/rules/${created.id}`)
        .set(bearer(coordinatorAdmin))
        .send({ ...body, agencyId: bbpjn.id })
        .expect(200)
    ).body as RoutingRuleView;
    expect(edited.agencyId).toBe(bbpjn.id);
    const rows = await owner.query(
      `SELECT id, valid_to FROM routing_rule WHERE category = $1 ORDER BY created_at`,
      [category],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].valid_to).not.toBeNull();
    expect(rows[1].valid_to).toBeNull();
    // The suggestion follows the rule in force.
    let byRule: OwnerSuggestion | null = null;
    for (let i = 0; i < 50 && byRule?.agencyId !== bbpjn.id; i++) {
      byRule = await suggest({ category, regencyCode: '35.99' });
      if (byRule.agencyId !== bbpjn.id) await new Promise((r) => setTimeout(r, 100));
    }
    expect(byRule).toMatchObject({ basis: 'routing_rule', agencyId: bbpjn.id });
    // A plain officer cannot close it either.
    await request(testApp.url)
      .delete(`/api/jurisdiction/rules/${edited.id}`)
      .set(bearer(otherOfficer))
      .expect(403);
  });
});
