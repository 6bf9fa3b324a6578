import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  ApiErrorBody,
  AreaOption,
  CaseDetail,
  InboxPage,
  SetCaseLocationRequest,
} from '@simpul/contracts';
import {
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('workspace: staff pin and area, tags, inbox filters, East Java areas', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let lead: string;
  let leadOfficer: string;
  let observerAgency: string;
  let officer: string;
  let observer: string;
  let stranger: string;
  let caseId: string;

  const token = async (agencyId: string, role: 'petugas' | 'admin' = 'petugas') => {
    const user = await createUser(owner, [[agencyId, role]]);
    return { id: user.id, token: (await signIn(testApp.url, user.email)).accessToken };
  };
  const detail = async (as = officer, id = caseId) =>
    (await request(testApp.url).get(`/api/cases/${id}`).set(bearer(as)).expect(200))
      .body as CaseDetail;
  const putLocation = (
    body: Partial<SetCaseLocationRequest> | Record<string, unknown>,
    as = officer,
  ) => request(testApp.url).put(`/api/cases/${caseId}/location`).set(bearer(as)).send(body);
  const putTags = (body: Record<string, unknown>, as = officer, id = caseId) =>
    request(testApp.url).put(`/api/cases/${id}/tags`).set(bearer(as)).send(body);
  const inbox = async (query: Record<string, string>, as = officer) =>
    (await request(testApp.url).get('/api/cases/inbox').query(query).set(bearer(as)).expect(200))
      .body as InboxPage;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    lead = await createAgency(owner, 'Pemimpin');
    observerAgency = await createAgency(owner, 'Pengamat');
    const unrelated = await createAgency(owner, 'Asing');
    const leader = await token(lead);
    leadOfficer = leader.id;
    officer = leader.token;
    observer = (await token(observerAgency)).token;
    stranger = (await token(unrelated, 'admin')).token;
    caseId = (
      await createCase(owner, lead, [
        [lead, 'lead'],
        [observerAgency, 'observer'],
      ])
    ).id;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  describe('PUT /api/cases/:id/location', () => {
    it('pins the point as staff: pinned, a new version and a location_set entry', async () => {
      const before = await detail();
      expect(before.location.confidence).toBe('unknown');
      const response = await putLocation({
        version: before.version,
        point: { lat: -7.9797, lng: 112.6304 },
      }).expect(200);
      const after = response.body as CaseDetail;
      expect(after.location).toMatchObject({
        lat: -7.9797,
        lng: 112.6304,
        confidence: 'pinned',
        source: 'staff',
      });
      expect(after.version).toBe(before.version + 1);
      const events = await caseEvents(testApp.url, officer, caseId);
      const set = events.filter((e) => e.type === 'case.location_set').at(-1);
      expect(set?.after).toMatchObject({ lat: -7.9797, lng: 112.6304, confidence: 'pinned' });
      expect(set?.before).toMatchObject({ lat: null, lng: null, confidence: 'unknown' });
      expect(set?.actorUserId).toBe(leadOfficer);
    });

    it('refuses a stale version with 409 and the current case, changing nothing', async () => {
      const current = await detail();
      const response = await putLocation({
        version: current.version - 1,
        point: { lat: -7.5, lng: 112.2 },
      }).expect(409);
      const body = response.body as ApiErrorBody;
      expect(body.code).toBe('STALE_VERSION');
      expect((body.details?.['current'] as CaseDetail).version).toBe(current.version);
      expect((await detail()).location.lat).toBe(-7.9797);
    });

    it('names lat or lng when the coordinates are malformed or outside Indonesia', async () => {
      const { version } = await detail();
      const malformed = await putLocation({ version, point: { lat: 'abc', lng: 112.6 } }).expect(
        400,
      );
      expect((malformed.body as ApiErrorBody).fields?.map((f) => f.field)).toEqual(['point.lat']);

      const london = await putLocation({ version, point: { lat: 51.5, lng: -0.12 } }).expect(400);
      const londonBody = london.body as ApiErrorBody;
      expect(londonBody.code).toBe('OUTSIDE_INDONESIA');
      expect(londonBody.fields?.map((f) => f.field)).toEqual(['point.lat', 'point.lng']);

      const sea = await putLocation({ version, point: { lat: -7.9, lng: 160 } }).expect(400);
      expect((sea.body as ApiErrorBody).fields?.map((f) => f.field)).toEqual(['point.lng']);

      const nothing = await putLocation({ version }).expect(400);
      expect((nothing.body as ApiErrorBody).fields?.[0].field).toBe('point');
      expect((await detail()).version).toBe(version);
    });

    it('sets an area only: confidence area, the point removed, codes checked to nest', async () => {
      const { version } = await detail();
      const wrongDistrict = await putLocation({
        version,
        regencyCode: '35.07',
        districtCode: '35.08.01',
      }).expect(400);
      expect((wrongDistrict.body as ApiErrorBody).fields?.[0].field).toBe('districtCode');
      const unknownRegency = await putLocation({ version, regencyCode: '35.99' }).expect(400);
      expect((unknownRegency.body as ApiErrorBody).fields?.[0].field).toBe('regencyCode');

      const response = await putLocation({
        version,
        regencyCode: '35.07',
        districtCode: '35.07.16',
        villageCode: '35.07.16.2002',
      }).expect(200);
      const after = response.body as CaseDetail;
      expect(after.location).toMatchObject({
        lat: null,
        lng: null,
        confidence: 'area',
        provinceCode: '35',
        regencyCode: '35.07',
        districtCode: '35.07.16',
        villageCode: '35.07.16.2002',
      });
      // Named, so the page says "Kab. Malang · Kec. Tumpang", not the codes.
      expect(after.location.areaNames).toEqual({
        regency: 'Kabupaten Malang',
        district: 'Tumpang',
        village: 'Kidal',
      });
      expect((await detail()).location.areaNames?.district).toBe('Tumpang');
      expect(after.regencyCode).toBe('35.07');
      const set = (await caseEvents(testApp.url, officer, caseId))
        .filter((e) => e.type === 'case.location_set')
        .at(-1);
      expect(set?.after).toMatchObject({ confidence: 'area', villageCode: '35.07.16.2002' });
      expect(set?.before).toMatchObject({ lat: -7.9797, confidence: 'pinned' });
    });

    it('refuses an observer agency (403) and an unrelated agency (404), writing nothing', async () => {
      const { version } = await detail();
      const body = { version, point: { lat: -7.1, lng: 112.1 } };
      await putLocation(body, observer).expect(403);
      await putLocation(body, stranger).expect(404);
      const after = await detail();
      expect(after.version).toBe(version);
      expect(after.location.lat).toBeNull();
    });
  });

  describe('PUT /api/cases/:id/tags', () => {
    it('normalises tags (trimmed, lowercase, single spaces, once) and records the change', async () => {
      const { version } = await detail();
      const response = await putTags({
        version,
        tags: ['  Jalan   Nasional ', 'JALAN nasional', 'URC', 'urc '],
      }).expect(200);
      const after = response.body as CaseDetail;
      expect(after.tags).toEqual(['jalan nasional', 'urc']);
      expect(after.version).toBe(version + 1);
      const changed = (await caseEvents(testApp.url, officer, caseId))
        .filter((e) => e.type === 'case.tags_changed')
        .at(-1);
      expect(changed?.before).toEqual({ tags: [] });
      expect(changed?.after).toEqual({
        tags: ['jalan nasional', 'urc'],
        added: ['jalan nasional', 'urc'],
        removed: [],
      });

      // The same list again changes nothing and writes nothing.
      const again = await putTags({ version: after.version, tags: ['urc', 'Jalan Nasional'] });
      expect(again.status).toBe(200);
      const unchanged = await putTags({
        version: (again.body as CaseDetail).version,
        tags: ['urc', 'jalan nasional'],
      }).expect(200);
      expect((unchanged.body as CaseDetail).version).toBe((again.body as CaseDetail).version);
    });

    it('refuses tags too long, too many or not text, naming the field', async () => {
      const { version, tags } = await detail();
      const long = await putTags({ version, tags: ['x'.repeat(33)] }).expect(400);
      expect((long.body as ApiErrorBody).fields?.[0].field).toBe('tags');
      const many = await putTags({
        version,
        tags: Array.from({ length: 21 }, (_, i) => `label ${i}`),
      }).expect(400);
      expect((many.body as ApiErrorBody).fields?.[0].field).toBe('tags');
      const blank = await putTags({ version, tags: ['   '] }).expect(400);
      expect((blank.body as ApiErrorBody).fields?.[0].field).toBe('tags');
      const notText = await putTags({ version, tags: [42] }).expect(400);
      expect((notText.body as ApiErrorBody).fields?.[0].field).toBe('tags');
      expect((await detail()).tags).toEqual(tags);
    });

    it('refuses a stale version, an observer and an unrelated agency', async () => {
      const { version } = await detail();
      await putTags({ version: version - 1, tags: ['basi'] }).expect(409);
      await putTags({ version, tags: ['pengamat'] }, observer).expect(403);
      await putTags({ version, tags: ['asing'] }, stranger).expect(404);
      expect((await detail()).tags).not.toContain('basi');
    });
  });

  describe('inbox filters', () => {
    let otherCaseId: string;

    beforeAll(async () => {
      otherCaseId = (await createCase(owner, lead, [[lead, 'lead']])).id;
      await owner.query(
        `UPDATE "case" SET regency_code = '35.73', lat = -7.97, lng = 112.63,
        location_confidence = 'gps' WHERE id = $1`,
        [otherCaseId],
      );
    });

    it('filters by tag, normalising what is asked', async () => {
      const tagged = await inbox({ tag: ' URC ' });
      expect(tagged.items.map((i) => i.id)).toEqual([caseId]);
      expect(tagged.items[0].tags).toContain('urc');
      expect((await inbox({ tag: 'banjir' })).total).toBe(0);
    });

    it('filters by participating agency and by regency', async () => {
      const withObserver = await inbox({ agencyId: observerAgency });
      expect(withObserver.items.map((i) => i.id)).toEqual([caseId]);
      const kotaMalang = await inbox({ regency: '35.73' });
      expect(kotaMalang.items.map((i) => i.id)).toEqual([otherCaseId]);
      expect((await inbox({ regency: '35.07' })).items.map((i) => i.id)).toEqual([caseId]);
    });

    it('filters by an assigned officer', async () => {
      await request(testApp.url)
        .post(`/api/cases/${otherCaseId}/assignees`)
        .set(bearer(officer))
        .send({ userId: leadOfficer })
        .expect(200);
      expect((await inbox({ assignee: leadOfficer })).items.map((i) => i.id)).toEqual([
        otherCaseId,
      ]);
    });

    it('carries the point and confidence of each case for the map', async () => {
      const page = await inbox({});
      const pinned = page.items.find((i) => i.id === otherCaseId);
      const areaOnly = page.items.find((i) => i.id === caseId);
      expect(pinned).toMatchObject({ lat: -7.97, lng: 112.63, locationConfidence: 'gps' });
      expect(areaOnly).toMatchObject({ lat: null, lng: null, locationConfidence: 'area' });
    });

    it('refuses a malformed tag filter, naming it', async () => {
      const response = await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ tag: 'x'.repeat(40) })
        .set(bearer(officer))
        .expect(400);
      expect((response.body as ApiErrorBody).fields?.[0].field).toBe('tag');
    });
  });

  describe('East Java areas', () => {
    it('lists the 38 regencies and cities, then districts and villages of one', async () => {
      const regencies = (
        await request(testApp.url).get('/api/areas/regencies').set(bearer(officer)).expect(200)
      ).body as AreaOption[];
      expect(regencies).toHaveLength(38);
      expect(regencies).toContainEqual({ code: '35.07', name: 'Kabupaten Malang' });
      expect(regencies).toContainEqual({ code: '35.73', name: 'Kota Malang' });

      const districts = (
        await request(testApp.url)
          .get('/api/areas/districts')
          .query({ regency: '35.07' })
          .set(bearer(officer))
          .expect(200)
      ).body as AreaOption[];
      expect(districts).toContainEqual({ code: '35.07.16', name: 'Tumpang' });
      expect(districts.every((d) => d.code.startsWith('35.07.'))).toBe(true);

      const villages = (
        await request(testApp.url)
          .get('/api/areas/villages')
          .query({ district: '35.07.16' })
          .set(bearer(officer))
          .expect(200)
      ).body as AreaOption[];
      expect(villages).toContainEqual({ code: '35.07.16.2002', name: 'Kidal' });

      await request(testApp.url)
        .get('/api/areas/districts')
        .query({ regency: 'malang' })
        .set(bearer(officer))
        .expect(400);
      await request(testApp.url).get('/api/areas/regencies').expect(401);
    });
  });
});
