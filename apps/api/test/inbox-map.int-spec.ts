import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ApiErrorBody, InboxAgencyOption, InboxMapPage } from '@simpul/contracts';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * The inbox map (issue #14, item 5): every matching case with a point, counted per grid cell on
 * the server, with the inbox's filters and access rule, in a bounded answer.
 */
describe('inbox map', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agency: string;
  let partner: string;
  let outsider: string;
  const token = {} as Record<'officer' | 'partner' | 'outsider', string>;
  /** Cases of `agency` around Lawang (a tight cluster), one in Batu, one without a point. */
  const lawang: string[] = [];
  let batu: string;
  let noPoint: string;
  let shared: string;

  /** Java's east: the whole window the tests look at. */
  const EAST_JAVA = '111,-8.9,114.7,-6.7';

  const at = async (caseId: string, lat: number | null, lng: number | null, status = 'new') =>
    owner.query(
      `UPDATE "case" SET lat = $2, lng = $3, status = $4,
         location_confidence = CASE WHEN $2::float8 IS NULL THEN 'unknown' ELSE 'pinned' END
       WHERE id = $1`,
      [caseId, lat, lng, status],
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agency = await createAgency(owner, 'PetaA');
    partner = await createAgency(owner, 'PetaB');
    outsider = await createAgency(owner, 'PetaC');
    for (const [who, id] of [
      ['officer', agency],
      ['partner', partner],
      ['outsider', outsider],
    ] as const) {
      const person = await createUser(owner, [[id, 'petugas']], { label: `peta-${who}` });
      token[who] = (await signIn(testApp.url, person.email)).accessToken;
    }
    for (let i = 0; i < 5; i++) {
      const kase = await createCase(owner, agency, [[agency, 'lead']]);
      await at(kase.id, -7.835 + i * 0.001, 112.695 + i * 0.001, i < 2 ? 'in_progress' : 'new');
      lawang.push(kase.id);
    }
    batu = (await createCase(owner, agency, [[agency, 'lead']])).id;
    await at(batu, -7.87, 112.52);
    noPoint = (await createCase(owner, agency, [[agency, 'lead']])).id;
    await at(noPoint, null, null);
    // A case the partner leads and the agency works on with it; and one the outsider alone has.
    shared = (
      await createCase(owner, partner, [
        [partner, 'lead'],
        [agency, 'collaborator'],
      ])
    ).id;
    await at(shared, -7.25, 112.75);
    const alone = (await createCase(owner, outsider, [[outsider, 'lead']])).id;
    await at(alone, -7.836, 112.696);
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const map = async (who: keyof typeof token, query: string): Promise<InboxMapPage> =>
    (await request(testApp.url).get(`/api/cases/map?${query}`).set(bearer(token[who])).expect(200))
      .body as InboxMapPage;
  const sum = (page: InboxMapPage) => page.cells.reduce((n, cell) => n + cell.count, 0);

  it('counts every matching case with a point per cell, a lone case as a point that names it', async () => {
    const page = await map('officer', `bbox=${EAST_JAVA}&zoom=9`);
    expect(page.inWindow).toBe(7);
    expect(page.withoutPoint).toBe(1);
    expect(sum(page)).toBe(7);
    expect(page.truncated).toBe(false);
    const cluster = page.cells.find((cell) => cell.count === 5);
    expect(cluster).toBeDefined();
    expect(cluster?.case).toBeNull();
    expect(cluster?.lat).toBeCloseTo(-7.833, 2);
    const [west, south, east, north] = cluster?.bounds ?? [];
    expect(west).toBeLessThanOrEqual(112.695);
    expect(east).toBeGreaterThanOrEqual(112.699);
    expect(south).toBeLessThanOrEqual(-7.835);
    expect(north).toBeGreaterThanOrEqual(-7.831);
    const lone = page.cells.filter((cell) => cell.count === 1).map((cell) => cell.case?.id);
    expect(lone.sort()).toEqual([batu, shared].sort());
    expect(page.cells.find((cell) => cell.case?.id === batu)?.case).toMatchObject({
      title: 'Jalan berlubang uji',
      status: 'new',
    });
    // The outsider's case at the same spot is not counted.
    expect(page.cells.some((cell) => cell.count === 6)).toBe(false);
  });

  it('counts only what lies in the window, and splits the cluster at a closer zoom', async () => {
    const lawangOnly = await map('officer', 'bbox=112.694,-7.836,112.7,-7.83&zoom=18');
    expect(lawangOnly.inWindow).toBe(5);
    expect(sum(lawangOnly)).toBe(5);
    expect(lawangOnly.cells.length).toBe(5);
    expect(lawangOnly.cells.every((cell) => cell.case !== null)).toBe(true);
    expect(lawangOnly.cellSize).toBeLessThan(0.001);
  });

  it('applies the inbox filters exactly', async () => {
    const working = await map('officer', `bbox=${EAST_JAVA}&zoom=9&status=in_progress`);
    expect(working.inWindow).toBe(2);
    const search = await map('officer', `bbox=${EAST_JAVA}&zoom=9&q=berlubang`);
    expect(search.inWindow).toBe(7);
    const partnerCases = await map('officer', `bbox=${EAST_JAVA}&zoom=9&agencyId=${partner}`);
    expect(partnerCases.inWindow).toBe(1);
    expect(partnerCases.cells[0].case?.id).toBe(shared);
  });

  it("refuses other agencies' cases: the outsider's map holds only its own case", async () => {
    const page = await map('outsider', `bbox=${EAST_JAVA}&zoom=9`);
    expect(page.inWindow).toBe(1);
    expect(page.withoutPoint).toBe(0);
    const asking = await map('outsider', `bbox=${EAST_JAVA}&zoom=9&agencyId=${agency}`);
    expect(asking.inWindow).toBe(0);
    expect(asking.cells).toEqual([]);
    // The partner sees the shared case, not the agency's own ones.
    const partnerPage = await map('partner', `bbox=${EAST_JAVA}&zoom=9`);
    expect(partnerPage.inWindow).toBe(1);
    expect(partnerPage.cells[0].case?.id).toBe(shared);
  });

  it('stays bounded: a window far larger than its zoom gets larger cells, never more than 500', async () => {
    const points = Array.from({ length: 40 }, (_, i) => i);
    const many: string[] = [];
    for (const i of points) {
      const kase = await createCase(owner, agency, [[agency, 'lead']]);
      // 40 cases spread across Java, each in its own 0.1-degree square.
      await at(kase.id, -7 - (i % 5) * 0.3, 106 + i * 0.2);
      many.push(kase.id);
    }
    const page = await map('officer', 'bbox=95,-11,141,6&zoom=22');
    expect(page.cells.length).toBeLessThanOrEqual(500);
    expect(page.cellSize).toBeGreaterThan(360 / 2 ** 24);
    expect(sum(page)).toBe(page.inWindow);
    expect(page.inWindow).toBe(47);
    await owner.query(`DELETE FROM "case" WHERE id = ANY($1)`, [many]);
  });

  it('refuses a window that is no window, naming bbox in both languages', async () => {
    for (const query of [
      'bbox=112,-7,111,-8&zoom=9',
      'bbox=1,2,3&zoom=9',
      'bbox=abc&zoom=9',
      'bbox=200,-7,201,-6&zoom=9',
    ]) {
      const response = await request(testApp.url)
        .get(`/api/cases/map?${query}`)
        .set(bearer(token.officer))
        .expect(400);
      const error = response.body as ApiErrorBody;
      expect(error.fields?.map((f: { field: string }) => f.field)).toContain('bbox');
    }
    const noZoom = await request(testApp.url)
      .get(`/api/cases/map?bbox=${EAST_JAVA}`)
      .set(bearer(token.officer))
      .expect(400);
    expect((noZoom.body as ApiErrorBody).fields?.map((f: { field: string }) => f.field)).toContain(
      'zoom',
    );
  });

  it("follows a location change: the case's inbox entries carry the new point, the map moves it", async () => {
    const moving = (await createCase(owner, agency, [[agency, 'lead']])).id;
    // Far from every other case of the test: Banyuwangi, then Pacitan.
    const BANYUWANGI = 'bbox=114.3,-8.3,114.4,-8.1&zoom=12';
    const PACITAN = 'bbox=111.0,-8.3,111.2,-8.1&zoom=12';
    const entries = () =>
      owner.query(`SELECT agency_id, lat, lng FROM case_inbox_entry WHERE case_id = $1`, [
        moving,
      ]) as Promise<{ agency_id: string; lat: number | null; lng: number | null }[]>;
    expect(await entries()).toEqual([{ agency_id: agency, lat: null, lng: null }]);
    const put = async (point: { lat: number; lng: number }) => {
      const { version } = (
        await request(testApp.url)
          .get(`/api/cases/${moving}`)
          .set(bearer(token.officer))
          .expect(200)
      ).body as { version: number };
      await request(testApp.url)
        .put(`/api/cases/${moving}/location`)
        .set(bearer(token.officer))
        .send({ version, point })
        .expect(200);
    };
    // Set through the location writer (PUT /api/cases/:id/location), as staff pin it.
    await put({ lat: -8.2, lng: 114.35 });
    expect(await entries()).toEqual([{ agency_id: agency, lat: -8.2, lng: 114.35 }]);
    const there = await map('officer', BANYUWANGI);
    expect(there.inWindow).toBe(1);
    expect(there.cells[0].case?.id).toBe(moving);
    // Moved: the entry follows, the old window is empty and the new one holds it.
    await put({ lat: -8.2, lng: 111.1 });
    expect(await entries()).toEqual([{ agency_id: agency, lat: -8.2, lng: 111.1 }]);
    expect((await map('officer', BANYUWANGI)).inWindow).toBe(0);
    const moved = await map('officer', PACITAN);
    expect(moved.inWindow).toBe(1);
    expect(moved.cells[0]).toMatchObject({ count: 1, lat: -8.2, lng: 111.1 });
    expect(moved.cells[0].case?.id).toBe(moving);
    await owner.query(`DELETE FROM "case" WHERE id = $1`, [moving]);
  });

  it('offers in the agency filter only agencies that take part in cases the reader sees', async () => {
    const list = (
      await request(testApp.url)
        .get('/api/cases/inbox/agencies')
        .set(bearer(token.officer))
        .expect(200)
    ).body as InboxAgencyOption[];
    const ids = list.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([agency, partner]));
    expect(ids).not.toContain(outsider);
    expect(list.find((a) => a.id === partner)).toMatchObject({ shortName: 'Uji PetaB' });
    const outsiders = (
      await request(testApp.url)
        .get('/api/cases/inbox/agencies')
        .set(bearer(token.outsider))
        .expect(200)
    ).body as InboxAgencyOption[];
    expect(outsiders.map((a) => a.id)).toEqual([outsider]);
  });
});
