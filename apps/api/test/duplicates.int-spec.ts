import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseDetail,
  CaseEvent,
  CreateCaseRequest,
  DuplicateCandidate,
  DuplicateCandidatesResponse,
  MergeRequestList,
  MergeRequestView,
  PlaceCandidate,
  PublicTrackingView,
  CaseReportView,
} from '@simpul/contracts';
import {
  afterValues,
  bearer,
  caseEvents,
  createAgency,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

// A spot on a provincial road; 0.0007° of latitude is about 78 m, 0.18° about 20 km.
const BASE = { lat: -8.13, lng: 112.572 };
const REGENCY = '35.07';

const complaint = (overrides: Partial<CreateCaseRequest>): CreateCaseRequest => ({
  title: 'Lubang besar di jalan provinsi',
  description: 'Ada lubang besar di tengah jalan, motor sering terjatuh saat malam hari.',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: {
    name: 'Pelapor Utama',
    contact: '081200001111',
    anonymous: false,
    confidential: false,
  },
  ...overrides,
});

const trackingId = () => String(Date.now() * 1000 + Math.floor(Math.random() * 1000)).slice(-12);

describe('duplicate suggestions and merging', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyA: string;
  let agencyC: string;
  let agencyD: string;
  let petugasA: string;
  let adminA: string;
  let pimpinanA: string;
  let petugasB: string;
  let petugasC: string;
  let officerC: { id: string; email: string };

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyA = await createAgency(owner, 'GandaA', { kind: 'field_unit' });
    const agencyB = await createAgency(owner, 'GandaB', { kind: 'field_unit' });
    agencyC = await createAgency(owner, 'GandaC', { kind: 'regency_office' });
    agencyD = await createAgency(owner, 'GandaD');
    const token = async (agency: string, role: 'admin' | 'petugas' | 'pimpinan') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    petugasA = await token(agencyA, 'petugas');
    adminA = await token(agencyA, 'admin');
    pimpinanA = await token(agencyA, 'pimpinan');
    petugasB = await token(agencyB, 'petugas');
    officerC = await createUser(owner, [[agencyC, 'petugas']], { label: 'petugas-c' });
    petugasC = (await signIn(testApp.url, officerC.email)).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  /** Creates a case through the API, then places it (the owner sets the point and area). */
  async function seed(
    token: string,
    body: Partial<CreateCaseRequest>,
    place: { lat?: number; lng?: number; regency?: string | null } = {},
  ): Promise<CaseDetail> {
    const created = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(token))
        .send(complaint(body))
        .expect(201)
    ).body as CaseDetail;
    await owner.query(
      `UPDATE "case" SET lat = $2, lng = $3, regency_code = $4, village_code = NULL, district_code = NULL WHERE id = $1`,
      [
        created.id,
        place.lat ?? null,
        place.lng ?? null,
        place.regency === undefined ? REGENCY : place.regency,
      ],
    );
    return created;
  }

  const detail = async (token: string, id: string) =>
    (await request(testApp.url).get(`/api/cases/${id}`).set(bearer(token)).expect(200))
      .body as CaseDetail;
  const candidates = (token: string, body: object) =>
    request(testApp.url).post('/api/cases/duplicate-candidates').set(bearer(token)).send(body);
  const duplicatesOf = (token: string, id: string) =>
    request(testApp.url).get(`/api/cases/${id}/duplicates`).set(bearer(token));
  const merge = (token: string, id: string, body: object) =>
    request(testApp.url).post(`/api/cases/${id}/merge`).set(bearer(token)).send(body);
  const requestMerge = (token: string, id: string, body: object) =>
    request(testApp.url).post(`/api/cases/${id}/merge-requests`).set(bearer(token)).send(body);
  const mergeRequests = async (token: string, id: string) =>
    (
      (
        await request(testApp.url)
          .get(`/api/cases/${id}/merge-requests`)
          .set(bearer(token))
          .expect(200)
      ).body as MergeRequestList
    ).items;
  const decide = (token: string, id: string, requestId: string, decision: 'accept' | 'decline') =>
    request(testApp.url)
      .post(`/api/cases/${id}/merge-requests/${requestId}/${decision}`)
      .set(bearer(token))
      .send({});
  /** What a merge moves or marks: everything but the running clocks' seconds. */
  const mergeState = async (token: string, id: string) => {
    const c = await detail(token, id);
    return {
      status: c.status,
      version: c.version,
      mergedInto: c.mergedInto,
      mergedFrom: c.mergedFrom,
      reports: c.reports.map((r) => r.id).sort(),
      participants: c.participants.map((p) => `${p.agencyId}:${p.role}`).sort(),
      assignees: c.assignees.map((a) => a.userId).sort(),
      events: (await caseEvents(testApp.url, token, id)).length,
    };
  };
  const idsOf = (list: DuplicateCandidate[]) => list.map((c) => c.caseId);

  describe('suggestions', () => {
    let base: CaseDetail;
    let near: CaseDetail;
    let farSameWords: CaseDetail;
    let otherCategory: CaseDetail;
    let textOnly: CaseDetail;
    let invisible: CaseDetail;
    let resolvedNear: CaseDetail;

    beforeAll(async () => {
      base = await seed(petugasA, { title: 'Jalan berlubang dalam dekat jembatan kecil' }, BASE);
      near = await seed(
        petugasA,
        { title: 'Aspal mengelupas di tikungan', description: 'Aspal rusak, kerikil berserakan.' },
        { lat: BASE.lat + 0.0007, lng: BASE.lng },
      );
      farSameWords = await seed(
        petugasA,
        { title: 'Jalan berlubang dalam dekat jembatan kecil' },
        { lat: BASE.lat + 0.18, lng: BASE.lng },
      );
      otherCategory = await seed(
        petugasA,
        { title: 'Jalan berlubang dalam dekat jembatan kecil', category: 'pju' },
        { lat: BASE.lat + 0.0002, lng: BASE.lng },
      );
      textOnly = await seed(petugasA, {
        title: 'Jalan berlubang dalam di dekat jembatan kecil desa',
        description: 'Lubangnya dalam sekali, sudah ada korban jatuh.',
      });
      invisible = await seed(
        petugasB,
        { title: 'Jalan berlubang dalam dekat jembatan kecil' },
        { lat: BASE.lat + 0.0001, lng: BASE.lng },
      );
      resolvedNear = await seed(
        petugasA,
        { title: 'Jalan berlubang dalam dekat jembatan kecil' },
        {
          lat: BASE.lat + 0.0003,
          lng: BASE.lng,
        },
      );
      await owner.query(`UPDATE "case" SET status = 'resolved' WHERE id = $1`, [resolvedNear.id]);
    });

    it('suggests a near case of the same category and a case with similar words, never a far one, another category, a closed one or one the actor cannot see', async () => {
      const response = await candidates(petugasA, {
        category: 'jalan_rusak',
        title: 'Jalan berlubang dalam dekat jembatan kecil',
        description: 'Lubang dalam di jalan, bahaya untuk motor.',
        lat: BASE.lat,
        lng: BASE.lng,
        regencyCode: REGENCY,
      }).expect(200);
      const body = response.body as DuplicateCandidatesResponse;
      expect(body.radiusMeters).toBe(300);
      const ids = idsOf(body.candidates);
      expect(ids).toEqual(expect.arrayContaining([base.id, near.id, textOnly.id]));
      for (const excluded of [farSameWords, otherCategory, invisible, resolvedNear])
        expect(ids).not.toContain(excluded.id);

      const nearOne = body.candidates.find((c) => c.caseId === near.id) as DuplicateCandidate;
      expect(nearOne.distanceMeters).toBeGreaterThan(60);
      expect(nearOne.distanceMeters).toBeLessThan(100);
      expect(nearOne.reasons).toEqual(
        expect.arrayContaining([
          { kind: 'distance', meters: nearOne.distanceMeters },
          { kind: 'same_regency', regencyCode: REGENCY },
        ]),
      );
      const textOne = body.candidates.find((c) => c.caseId === textOnly.id) as DuplicateCandidate;
      expect(textOne.distanceMeters).toBeNull();
      expect(textOne.textSimilarity).toBeGreaterThanOrEqual(0.3);
      expect(textOne.reasons).toContainEqual(
        expect.objectContaining({ kind: 'text', field: 'title' }),
      );
      // Same spot and same words rank first; nothing can be merged before the case exists.
      expect(body.candidates[0].caseId).toBe(base.id);
      expect(body.candidates.every((c) => !c.canMerge)).toBe(true);
      const scores = body.candidates.map((c) => c.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('keeps a case with the same words but in another regency out when there is no point to compare', async () => {
      const elsewhere = await seed(
        petugasA,
        { title: 'Jalan berlubang dalam dekat jembatan kecil' },
        { regency: '35.22' },
      );
      const body = (
        await candidates(petugasA, {
          category: 'jalan_rusak',
          title: 'Jalan berlubang dalam dekat jembatan kecil',
          regencyCode: REGENCY,
        }).expect(200)
      ).body as DuplicateCandidatesResponse;
      expect(idsOf(body.candidates)).toContain(textOnly.id);
      expect(idsOf(body.candidates)).not.toContain(elsewhere.id);
    });

    it('reads the village from the words typed, as intake does, and names it as a reason', async () => {
      const typed = 'Ds. Sumberpucung Kec. Sumberpucung';
      const [place] = (
        await request(testApp.url)
          .get('/api/places/suggest')
          .query({ text: typed })
          .set(bearer(petugasA))
          .expect(200)
      ).body as PlaceCandidate[];
      expect(place.villageCode).not.toBeNull();
      const sameVillage = await seed(
        petugasA,
        { title: 'Gorong-gorong ambrol di tepi jalan desa', category: 'drainase' },
        { regency: place.regencyCode },
      );
      await owner.query(`UPDATE "case" SET village_code = $2 WHERE id = $1`, [
        sameVillage.id,
        place.villageCode,
      ]);
      const body = (
        await candidates(petugasA, {
          category: 'drainase',
          title: 'Gorong-gorong ambrol di tepi jalan',
          locationText: typed,
        }).expect(200)
      ).body as DuplicateCandidatesResponse;
      const found = body.candidates.find((c) => c.caseId === sameVillage.id);
      expect(found?.reasons).toContainEqual({
        kind: 'same_village',
        villageCode: place.villageCode,
      });
    });

    it('lists the duplicates of a stored case for the agencies that see it, with who may merge', async () => {
      const forPetugas = (await duplicatesOf(petugasA, base.id).expect(200))
        .body as DuplicateCandidatesResponse;
      const ids = idsOf(forPetugas.candidates);
      expect(ids).toEqual(expect.arrayContaining([near.id, textOnly.id]));
      for (const excluded of [base, farSameWords, otherCategory, invisible, resolvedNear])
        expect(ids).not.toContain(excluded.id);
      expect(forPetugas.candidates.every((c) => c.canMerge && !c.canRequestMerge)).toBe(true);

      const forPimpinan = (await duplicatesOf(pimpinanA, base.id).expect(200))
        .body as DuplicateCandidatesResponse;
      expect(forPimpinan.candidates.length).toBeGreaterThan(0);
      expect(forPimpinan.candidates.every((c) => !c.canMerge && !c.canRequestMerge)).toBe(true);

      // Another agency neither sees the case nor its look-alikes.
      await duplicatesOf(petugasB, base.id).expect(404);
      const forB = (
        await candidates(petugasB, {
          category: 'jalan_rusak',
          title: 'Jalan berlubang dalam dekat jembatan kecil',
          lat: BASE.lat,
          lng: BASE.lng,
        }).expect(200)
      ).body as DuplicateCandidatesResponse;
      expect(idsOf(forB.candidates)).toEqual([invisible.id]);
    });

    it('never pairs two places ~40 km apart without points only because their titles share common words', async () => {
      // A text-only case in Kec. Lawang (no point), its title made of words every such report has.
      const title = 'Jalan rusak parah banyak lubang mohon segera diperbaiki';
      const lawang = await seed(petugasA, { title }, { regency: REGENCY });
      await owner.query(`UPDATE "case" SET district_code = '35.07.25' WHERE id = $1`, [lawang.id]);
      const probe = (locationText: string) =>
        candidates(petugasA, {
          category: 'jalan_rusak',
          title,
          description: 'Jalan rusak parah, banyak lubang.',
          locationText,
        }).expect(200);
      // Gondanglegi (35.07.10) lies some 40 km south of Lawang: the same words, another place.
      const far = (await probe('Kecamatan Gondanglegi, Kabupaten Malang'))
        .body as DuplicateCandidatesResponse;
      expect(idsOf(far.candidates)).not.toContain(lawang.id);
      // The same words in Lawang itself are a likely duplicate.
      const same = (await probe('Kecamatan Lawang, Kabupaten Malang'))
        .body as DuplicateCandidatesResponse;
      expect(idsOf(same.candidates)).toContain(lawang.id);
    });

    it.each([
      ['category', { category: 'kebakaran', title: 'Jalan rusak' }],
      ['lng', { category: 'jalan_rusak', lat: BASE.lat }],
      ['lat', { category: 'jalan_rusak', lat: 'utara', lng: BASE.lng }],
      ['radiusMeters', { category: 'jalan_rusak', title: 'x', radiusMeters: 100_000 }],
    ])('refuses a bad %s with a 400 naming it', async (field, body) => {
      const response = await candidates(petugasA, body).expect(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    });
  });

  describe('merging', () => {
    /** A case led by agency C (with an observer D and an officer of C), visible to A as collaborator. */
    async function duplicateLedByC(title: string, lat = BASE.lat + 0.0005) {
      const dup = await seed(
        petugasC,
        {
          title,
          channel: 'lapor',
          trackingId: trackingId(),
          reporter: {
            name: 'Pelapor Kedua',
            contact: '081299990000',
            anonymous: false,
            confidential: false,
          },
        },
        { lat, lng: BASE.lng },
      );
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator'), ($1, $3, 'observer')`,
        [dup.id, agencyA, agencyD],
      );
      await owner.query(
        `INSERT INTO case_assignee (case_id, agency_id, user_id) VALUES ($1, $2, $3)`,
        [dup.id, agencyC, officerC.id],
      );
      await owner.query(
        `INSERT INTO case_report (case_id, reporter_name, reporter_contact, anonymous) VALUES ($1, 'Pelapor Anonim', '0811', true)`,
        [dup.id],
      );
      return detail(petugasC, dup.id);
    }

    it('refuses a case the actor cannot see (404, naming the field), and never changes it', async () => {
      const surviving = await seed(petugasA, { title: 'Jalan ambles dekat gapura' }, BASE);
      const hidden = await seed(petugasB, { title: 'Jalan ambles dekat gapura' }, BASE);
      const response = await merge(petugasA, surviving.id, {
        duplicateCaseId: hidden.id,
        version: surviving.version,
      }).expect(404);
      expect(response.body.fields[0].field).toBe('duplicateCaseId');
      const after = await detail(petugasB, hidden.id);
      expect(after).toMatchObject({ status: 'new', mergedInto: null, version: hidden.version });
      expect(after.reports).toHaveLength(1);
      // Nor may the other agency merge A's case into its own.
      await merge(petugasB, hidden.id, {
        duplicateCaseId: surviving.id,
        version: hidden.version,
      }).expect(404);
    });

    it('refuses merging a case into itself, by people who may not merge, and on a stale version', async () => {
      const surviving = await seed(petugasA, { title: 'Drainase tersumbat' }, BASE);
      const dup = await duplicateLedByC('Drainase tersumbat sampah');
      const self = await merge(petugasA, surviving.id, {
        duplicateCaseId: surviving.id,
        version: surviving.version,
      }).expect(400);
      expect(self.body.fields[0].field).toBe('duplicateCaseId');
      await merge(pimpinanA, surviving.id, {
        duplicateCaseId: dup.id,
        version: surviving.version,
      }).expect(403);
      // Agency C leads the duplicate but does not see A's case, so it cannot merge either way.
      await merge(petugasC, dup.id, { duplicateCaseId: surviving.id, version: dup.version }).expect(
        404,
      );
      await merge(petugasA, surviving.id, { duplicateCaseId: 'not-a-uuid', version: 1 }).expect(
        400,
      );
      const ownDuplicate = await seed(petugasA, { title: 'Drainase tersumbat lumpur' }, BASE);
      const stale = await merge(petugasA, surviving.id, {
        duplicateCaseId: ownDuplicate.id,
        version: surviving.version + 5,
      }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect(stale.body.fields[0].field).toBe('version');
      expect(stale.body.details.current.version).toBe(surviving.version);
      expect((await detail(petugasC, dup.id)).mergedInto).toBeNull();
      expect((await detail(petugasA, ownDuplicate.id)).mergedInto).toBeNull();
    });

    it('moves every report and reporter, links both ways, writes both timelines, stops the clocks and keeps every agency (a request the duplicate lead accepts)', async () => {
      const surviving = await seed(adminA, { title: 'Jalan berlubang di depan pasar' }, BASE);
      const dup = await duplicateLedByC('Lubang jalan depan pasar');
      const dupReportIds = dup.reports.map((r) => r.id);
      const dupTrackingIds = dup.reports.flatMap((r) => (r.trackingId ? [r.trackingId] : []));
      expect(dupReportIds).toHaveLength(2);
      expect(dupTrackingIds).toHaveLength(1);
      // The reporter's tracking link belongs to the report and must follow it.
      await owner.query(
        `INSERT INTO report_tracking (report_id, case_id, token_hash) VALUES ($1, $2, repeat('a', 64))`,
        [dupReportIds[0], dup.id],
      );
      const survivingEventsBefore = await caseEvents(testApp.url, adminA, surviving.id);
      const dupEventsBefore = await caseEvents(testApp.url, petugasC, dup.id);

      const sent = (
        await requestMerge(adminA, surviving.id, { duplicateCaseId: dup.id }).expect(201)
      ).body as MergeRequestView;
      await decide(petugasC, dup.id, sent.id, 'accept').expect(200);
      const merged = await detail(adminA, surviving.id);

      // Every report (with its reporter and Tracking ID) now belongs to the surviving case.
      expect(merged.reports.map((r) => r.id)).toEqual(
        expect.arrayContaining([surviving.reports[0].id, ...dupReportIds]),
      );
      expect(merged.reports).toHaveLength(3);
      expect(merged.reports.map((r) => r.trackingId)).toEqual(
        expect.arrayContaining(dupTrackingIds),
      );
      const [{ names }] = await owner.query(
        `SELECT array_agg(reporter_name ORDER BY reporter_name) AS names FROM case_report WHERE case_id = $1`,
        [surviving.id],
      );
      expect(names).toEqual(['Pelapor Anonim', 'Pelapor Kedua', 'Pelapor Utama']);
      expect(merged.version).toBe(surviving.version + 1);
      const [tracking] = await owner.query(
        `SELECT case_id FROM report_tracking WHERE report_id = $1`,
        [dupReportIds[0]],
      );
      expect(tracking.case_id).toBe(surviving.id);

      // Linked both ways.
      expect(merged.mergedFrom).toEqual([
        expect.objectContaining({ caseId: dup.id, number: dup.number }),
      ]);
      expect(merged.mergedInto).toBeNull();
      const dupAfter = await detail(petugasC, dup.id);
      expect(dupAfter.mergedInto).toMatchObject({ caseId: surviving.id, number: surviving.number });
      expect(dupAfter.status).toBe('archived');
      expect(dupAfter.reports).toEqual([]);
      expect(dupAfter.permissions.actions).toEqual([]);
      expect(dupAfter.clocks.length).toBeGreaterThan(0);
      expect(dupAfter.clocks.every((c) => c.completedAt !== null)).toBe(true);

      // The duplicate's agencies all take part: its lead and collaborators as collaborators, its observer as observer.
      expect(merged.participants).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ agencyId: agencyA, role: 'lead' }),
          expect.objectContaining({ agencyId: agencyC, role: 'collaborator' }),
          expect.objectContaining({ agencyId: agencyD, role: 'observer' }),
        ]),
      );
      expect(merged.participants).toHaveLength(3);
      expect(merged.assignees.map((a) => a.userId)).toContain(officerC.id);
      // The duplicate's lead agency now sees the surviving case.
      expect((await detail(petugasC, surviving.id)).reports).toHaveLength(3);

      // Both timelines, gap-free.
      const survivingEvents = await caseEvents(testApp.url, adminA, surviving.id);
      const added = survivingEvents.slice(survivingEventsBefore.length);
      expect(added[0]).toMatchObject({ type: 'case.merge_requested' });
      expect(added[1]).toMatchObject({
        type: 'case.merged_from',
        after: expect.objectContaining({
          caseId: dup.id,
          number: dup.number,
          reportIds: expect.arrayContaining(dupReportIds),
          trackingIds: dupTrackingIds,
        }),
      });
      expect(added.map((e) => e.type)).toEqual(
        expect.arrayContaining(['case.participant_added', 'case.assigned']),
      );
      expect(survivingEvents.map((e) => e.seq)).toEqual(survivingEvents.map((_, i) => i + 1));
      const dupEvents: CaseEvent[] = await caseEvents(testApp.url, petugasC, dup.id);
      expect(
        dupEvents
          .slice(dupEventsBefore.length)
          .map((e) => [e.type, afterValues(e)['action'] ?? afterValues(e)['number']]),
      ).toEqual([
        ['case.merge_requested', surviving.number],
        ['case.status_changed', 'merge'],
        ['case.merged_into', surviving.number],
      ]);

      // A merged case is closed for good: no reopening, no second merge, nothing merges into it.
      const reopen = await request(testApp.url)
        .post(`/api/cases/${dup.id}/transitions`)
        .set(bearer(petugasC))
        .send({ action: 'reopen', version: dupAfter.version, note: 'buka lagi' })
        .expect(409);
      expect(reopen.body.code).toBe('CASE_MERGED');
      const again = await requestMerge(adminA, surviving.id, { duplicateCaseId: dup.id }).expect(
        409,
      );
      expect(again.body.fields[0].field).toBe('duplicateCaseId');
      const other = await duplicateLedByC('Lubang lain depan pasar');
      const intoMerged = await merge(petugasC, dup.id, {
        duplicateCaseId: other.id,
        version: dupAfter.version,
      }).expect(409);
      expect(intoMerged.body.fields[0].field).toBe('caseId');
      // A merged case is no longer suggested.
      const suggestions = (await duplicatesOf(adminA, surviving.id).expect(200))
        .body as DuplicateCandidatesResponse;
      expect(idsOf(suggestions.candidates)).not.toContain(dup.id);
    });

    it('leaves both cases exactly as they were when the merge fails half-way', async () => {
      const surviving = await seed(petugasA, { title: 'Longsor menutup badan jalan' }, BASE);
      const dup = await seed(petugasA, { title: 'Longsor menutup jalan' }, BASE);
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator'), ($1, $3, 'observer')`,
        [dup.id, agencyC, agencyD],
      );
      await owner.query(
        `INSERT INTO case_assignee (case_id, agency_id, user_id) VALUES ($1, $2, $3)`,
        [dup.id, agencyC, officerC.id],
      );
      await owner.query(
        `INSERT INTO case_report (case_id, reporter_name, reporter_contact, anonymous) VALUES ($1, 'Pelapor Anonim', '0811', true)`,
        [dup.id],
      );
      // Not the running time-in-hand seconds: what the merge writes, and nothing else.
      const snapshot = async () => ({
        surviving: await mergeState(petugasA, surviving.id),
        dup: await mergeState(petugasA, dup.id),
        clocks: await owner.query(
          `SELECT clock, completed_at FROM case_clock WHERE case_id = $1 ORDER BY clock`,
          [dup.id],
        ),
      });
      const before = await snapshot();
      // The last write of the merge fails: everything before it must roll back.
      await owner.query(`
        CREATE OR REPLACE FUNCTION test_fail_merge() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.type = 'case.merged_into' AND NEW.case_id = '${dup.id}' THEN
            RAISE EXCEPTION 'simulated failure';
          END IF;
          RETURN NEW;
        END $$`);
      await owner.query(
        `CREATE TRIGGER test_fail_merge BEFORE INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION test_fail_merge()`,
      );
      try {
        const response = await merge(petugasA, surviving.id, {
          duplicateCaseId: dup.id,
          version: surviving.version,
        });
        expect(response.status).toBe(500);
      } finally {
        await owner.query(`DROP TRIGGER test_fail_merge ON case_event`);
        await owner.query(`DROP FUNCTION test_fail_merge()`);
      }
      const after = await snapshot();
      expect(after).toEqual(before);
      expect(after.dup.reports).toHaveLength(2);
      expect(after.surviving.participants).toHaveLength(1);
      expect(after.surviving.assignees).toEqual([]);

      // And the same merge succeeds once the fault is gone.
      await merge(petugasA, surviving.id, {
        duplicateCaseId: dup.id,
        version: surviving.version,
      }).expect(200);
    });
  });

  describe('merging across agencies (issue #11)', () => {
    let diskominfo: string;
    let dishub: string;
    let dpuBm: string;
    let upt: string;
    let petugasDiskominfo: string;
    let adminDiskominfo: string;
    let petugasDishub: string;
    let adminDpuBm: string;
    let petugasUpt: string;
    let adminC: string;

    beforeAll(async () => {
      diskominfo = await createAgency(owner, 'Diskominfo');
      dishub = await createAgency(owner, 'Dishub');
      await owner.query(
        `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
        [diskominfo, dishub],
      );
      dpuBm = await createAgency(owner, 'DpuBm');
      upt = await createAgency(owner, 'UptBm', { kind: 'field_unit', parentId: dpuBm });
      const token = async (agency: string, role: 'admin' | 'petugas') =>
        (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
      petugasDiskominfo = await token(diskominfo, 'petugas');
      adminDiskominfo = await token(diskominfo, 'admin');
      petugasDishub = await token(dishub, 'petugas');
      adminDpuBm = await token(dpuBm, 'admin');
      petugasUpt = await token(upt, 'petugas');
      adminC = await token(agencyC, 'admin');
    });

    const openNumbers = async (numbers: string[]) =>
      (
        (
          await request(testApp.url)
            .get('/open311/v2/requests.json')
            .query({ service_request_id: numbers.join(',') })
            .expect(200)
        ).body as { service_request_id: string }[]
      ).map((r) => r.service_request_id);
    const publicOne = (number: string) =>
      request(testApp.url).get(`/open311/v2/requests/${number}.json`);

    it('refuses a coordinator and an ancestor, who only read the duplicate (403), and changes nothing', async () => {
      for (const [attacker, victim] of [
        [petugasDiskominfo, petugasDishub],
        [adminDiskominfo, petugasDishub],
        [adminDpuBm, petugasUpt],
      ]) {
        const own = await seed(attacker, { title: 'Jalan rusak di depan kantor' }, BASE);
        const theirs = await seed(
          victim,
          {
            title: 'Jalan rusak di depan kantor kecamatan',
            reporter: {
              name: 'Pelapor Rahasia',
              contact: '081211112222',
              nik: '3507010101010001',
              anonymous: false,
              confidential: false,
            },
          },
          BASE,
        );
        // The attacker does read the duplicate (coordinator, ancestor) ...
        await detail(attacker, theirs.id);
        const before = await mergeState(victim, theirs.id);
        const refused = await merge(attacker, own.id, {
          duplicateCaseId: theirs.id,
          version: own.version,
        }).expect(403);
        expect(refused.body.code).toBe('MERGE_NEEDS_REQUEST');
        expect(refused.body.fields[0].field).toBe('duplicateCaseId');
        // ... but nothing moved and nobody new takes part.
        expect(await mergeState(victim, theirs.id)).toEqual(before);
        expect((await detail(attacker, own.id)).reports).toHaveLength(1);
        const suggestion = (
          (await duplicatesOf(attacker, own.id).expect(200)).body as DuplicateCandidatesResponse
        ).candidates.find((c) => c.caseId === theirs.id);
        expect(suggestion).toMatchObject({ canMerge: false, canRequestMerge: true });
      }
    });

    it('makes the merge a request when another agency leads the duplicate: nothing moves until that lead accepts, once', async () => {
      const surviving = await seed(adminA, { title: 'Trotoar ambles dekat sekolah' }, BASE);
      const dup = await seed(
        petugasC,
        { title: 'Trotoar ambles di dekat sekolah dasar' },
        { lat: BASE.lat + 0.0003, lng: BASE.lng },
      );
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
        [dup.id, agencyA],
      );
      const dupBefore = await mergeState(petugasC, dup.id);
      const suggestion = (
        (await duplicatesOf(adminA, surviving.id).expect(200)).body as DuplicateCandidatesResponse
      ).candidates.find((c) => c.caseId === dup.id);
      expect(suggestion).toMatchObject({
        canMerge: false,
        canRequestMerge: true,
        pendingMergeRequestId: null,
      });

      expect(
        (
          await merge(adminA, surviving.id, {
            duplicateCaseId: dup.id,
            version: surviving.version,
          }).expect(403)
        ).body.code,
      ).toBe('MERGE_NEEDS_REQUEST');
      const sent = (
        await requestMerge(adminA, surviving.id, {
          duplicateCaseId: dup.id,
          note: 'Lokasi dan foto sama',
        }).expect(201)
      ).body as MergeRequestView;
      expect(sent).toMatchObject({
        status: 'pending',
        surviving: { caseId: surviving.id, number: surviving.number },
        duplicate: { caseId: dup.id, number: dup.number },
        note: 'Lokasi dan foto sama',
        canDecide: false,
      });
      // Sending it again answers the same pending request.
      const again = (
        await requestMerge(adminA, surviving.id, { duplicateCaseId: dup.id }).expect(200)
      ).body as MergeRequestView;
      expect(again.id).toBe(sent.id);
      // Only people who may ask: not the pimpinan, not an agency that does not lead the survivor.
      await requestMerge(pimpinanA, surviving.id, { duplicateCaseId: dup.id }).expect(403);

      // Nothing moved; the duplicate's lead sees the request and is notified.
      expect(await mergeState(petugasC, dup.id)).toEqual({
        ...dupBefore,
        events: dupBefore.events + 1,
      });
      expect((await detail(adminA, surviving.id)).reports).toHaveLength(1);
      const [incoming] = await mergeRequests(petugasC, dup.id);
      expect(incoming).toMatchObject({ id: sent.id, canDecide: true, status: 'pending' });
      // The decider sees who would read its reporters, though it does not read that case.
      expect(incoming.survivingParticipants).toEqual([
        expect.objectContaining({ agencyId: agencyA, role: 'lead' }),
      ]);
      await request(testApp.url)
        .get(`/api/cases/${surviving.id}`)
        .set(bearer(petugasC))
        .expect(404);
      const [outgoing] = await mergeRequests(adminA, surviving.id);
      expect(outgoing).toMatchObject({ id: sent.id, canDecide: false });
      // An observer of the surviving case does not learn of a case it cannot read.
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'observer')`,
        [surviving.id, agencyD],
      );
      const observerD = (
        await signIn(testApp.url, (await createUser(owner, [[agencyD, 'petugas']])).email)
      ).accessToken;
      expect(await mergeRequests(observerD, surviving.id)).toEqual([]);
      const [notified] = await owner.query(
        `SELECT n.title FROM notification n WHERE n.user_id = $1 AND n.kind = 'merge_request' AND n.case_id = $2`,
        [officerC.id, dup.id],
      );
      expect(notified.title).toContain(surviving.number);
      expect(
        (
          (await duplicatesOf(adminA, surviving.id).expect(200)).body as DuplicateCandidatesResponse
        ).candidates.find((c) => c.caseId === dup.id)?.pendingMergeRequestId,
      ).toBe(sent.id);

      // The requester cannot accept its own request; the duplicate's lead can, once.
      await decide(adminA, dup.id, sent.id, 'accept').expect(403);
      await decide(adminA, surviving.id, sent.id, 'accept').expect(404);
      const accepted = (await decide(petugasC, dup.id, sent.id, 'accept').expect(200))
        .body as MergeRequestView;
      expect(accepted).toMatchObject({ status: 'accepted', canDecide: false });
      const merged = await detail(adminA, surviving.id);
      expect(merged.reports).toHaveLength(2);
      expect(merged.mergedFrom.map((m) => m.caseId)).toEqual([dup.id]);
      expect((await detail(petugasC, dup.id)).mergedInto?.caseId).toBe(surviving.id);
      const eventsAfter = (await caseEvents(testApp.url, adminA, surviving.id)).length;
      // Retrying the accept changes nothing; declining it now is refused.
      expect((await decide(petugasC, dup.id, sent.id, 'accept').expect(200)).body.status).toBe(
        'accepted',
      );
      expect((await caseEvents(testApp.url, adminA, surviving.id)).length).toBe(eventsAfter);
      expect((await detail(adminA, surviving.id)).reports).toHaveLength(2);
      await decide(petugasC, dup.id, sent.id, 'decline').expect(409);
    });

    it('lets the duplicate lead decline (nothing moves, both timelines say so), and voids a request whose requester lost the lead or the duplicate', async () => {
      const setUp = async (title: string) => {
        const surviving = await seed(adminA, { title }, BASE);
        const dup = await seed(petugasC, { title: `${title} lagi` }, BASE);
        await owner.query(
          `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
          [dup.id, agencyA],
        );
        const sent = (
          await requestMerge(adminA, surviving.id, { duplicateCaseId: dup.id }).expect(201)
        ).body as MergeRequestView;
        return { surviving, dup, sent, before: await mergeState(petugasC, dup.id) };
      };

      const declined = await setUp('Pohon tumbang menutup jalan');
      const answer = (
        await request(testApp.url)
          .post(`/api/cases/${declined.dup.id}/merge-requests/${declined.sent.id}/decline`)
          .set(bearer(petugasC))
          .send({ note: 'Lokasinya berbeda' })
          .expect(200)
      ).body as MergeRequestView;
      expect(answer).toMatchObject({ status: 'declined', decisionNote: 'Lokasinya berbeda' });
      expect((await detail(petugasC, declined.dup.id)).mergedInto).toBeNull();
      expect((await detail(adminA, declined.surviving.id)).reports).toHaveLength(1);
      const requested = (await caseEvents(testApp.url, petugasC, declined.dup.id)).find(
        (e) => e.type === 'case.merge_requested',
      );
      // The duplicate's readers learn the other case's number, not its words.
      expect(requested?.after).toMatchObject({ number: declined.surviving.number });
      expect(JSON.stringify(requested?.after)).not.toContain('Pohon');
      const survivingEvents = await caseEvents(testApp.url, adminA, declined.surviving.id);
      expect(survivingEvents.at(-1)).toMatchObject({
        type: 'case.merge_request_declined',
        after: expect.objectContaining({ requestId: declined.sent.id, note: 'Lokasinya berbeda' }),
      });
      await decide(petugasC, declined.dup.id, declined.sent.id, 'accept').expect(409);

      // The requesting agency lost the lead of the surviving case before the accept.
      const lostLead = await setUp('Lampu jalan padam sepanjang blok');
      await owner.query(
        `UPDATE case_participant SET role = CASE WHEN agency_id = $2 THEN 'collaborator' ELSE 'lead' END
         WHERE case_id = $1`,
        [lostLead.surviving.id, agencyA],
      );
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'lead')`,
        [lostLead.surviving.id, agencyD],
      );
      const voided = await decide(petugasC, lostLead.dup.id, lostLead.sent.id, 'accept').expect(
        409,
      );
      expect(voided.body.code).toBe('MERGE_REQUEST_VOID');
      expect(await mergeState(petugasC, lostLead.dup.id)).toEqual({
        ...lostLead.before,
        events: lostLead.before.events + 1,
      });
      expect((await mergeRequests(petugasC, lostLead.dup.id))[0]).toMatchObject({
        status: 'void',
        canDecide: false,
      });

      // The requesting agency no longer reads the duplicate.
      const lostSight = await setUp('Saluran air meluap ke jalan');
      await owner.query(`DELETE FROM case_participant WHERE case_id = $1 AND agency_id = $2`, [
        lostSight.dup.id,
        agencyA,
      ]);
      expect(
        (await decide(petugasC, lostSight.dup.id, lostSight.sent.id, 'accept').expect(409)).body
          .code,
      ).toBe('MERGE_REQUEST_VOID');
      expect((await detail(petugasC, lostSight.dup.id)).mergedInto).toBeNull();
      expect((await detail(petugasC, lostSight.dup.id)).reports).toHaveLength(
        lostSight.before.reports.length,
      );

      // An agency joined the duplicate after the request: it would join the surviving case unasked.
      const joined = await setUp('Rambu lalu lintas roboh');
      await request(testApp.url)
        .post(`/api/cases/${joined.dup.id}/observers`)
        .set(bearer(petugasC))
        .send({ agencyId: agencyD, reason: 'Mohon keterangan pemilik rambu' })
        .expect(200);
      expect(
        (await decide(petugasC, joined.dup.id, joined.sent.id, 'accept').expect(409)).body.code,
      ).toBe('MERGE_REQUEST_VOID');
      expect((await detail(adminA, joined.surviving.id)).participants).toHaveLength(1);
      // A new request, sent knowing the new agencies, can be accepted.
      const renewed = (
        await requestMerge(adminA, joined.surviving.id, { duplicateCaseId: joined.dup.id }).expect(
          201,
        )
      ).body as MergeRequestView;
      await decide(petugasC, joined.dup.id, renewed.id, 'accept').expect(200);
      expect((await detail(adminA, joined.surviving.id)).participants).toEqual(
        expect.arrayContaining([expect.objectContaining({ agencyId: agencyD, role: 'observer' })]),
      );
    });

    it('keeps each moved report with its own intake agency: the survivor sees no NIK of it and cannot reveal it, the intake agency still can', async () => {
      const surviving = await seed(
        adminA,
        {
          title: 'Banjir di perumahan',
          reporter: {
            name: 'Warga A',
            contact: '081233334444',
            nik: '3507010101010002',
            anonymous: false,
            confidential: false,
          },
        },
        BASE,
      );
      const dup = await seed(
        petugasC,
        {
          title: 'Banjir perumahan',
          reporter: {
            name: 'Warga C',
            contact: '081255556666',
            nik: '3507010101010003',
            anonymous: false,
            confidential: false,
          },
        },
        BASE,
      );
      await owner.query(
        `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
        [dup.id, agencyA],
      );
      await owner.query(
        `INSERT INTO case_report (case_id, reporter_name, reporter_contact, reporter_nik, anonymous)
         VALUES ($1, 'Pelapor Anonim C', '0812', '3507010101010004', true)`,
        [dup.id],
      );
      const dupReports = (await detail(petugasC, dup.id)).reports;
      const openReport = dupReports.find((r) => !r.reporter.anonymous) as CaseReportView;
      const anonymousReport = dupReports.find((r) => r.reporter.anonymous) as CaseReportView;
      const sent = (
        await requestMerge(adminA, surviving.id, { duplicateCaseId: dup.id }).expect(201)
      ).body as MergeRequestView;
      await decide(petugasC, dup.id, sent.id, 'accept').expect(200);

      const reveal = (token: string, reportId: string) =>
        request(testApp.url)
          .post(`/api/cases/${surviving.id}/reports/${reportId}/reveal-identity`)
          .set(bearer(token));
      const byA = await detail(adminA, surviving.id);
      const seenByA = (id: string) => byA.reports.find((r) => r.id === id) as CaseReportView;
      expect(seenByA(surviving.reports[0].id).reporter.nik).toBe('3507010101010002');
      expect(seenByA(openReport.id)).toMatchObject({ intakeAgencyId: agencyC });
      expect(seenByA(openReport.id).reporter).toMatchObject({ name: 'Warga C', nik: null });
      expect(seenByA(openReport.id).reporter.hidden).toContain('nik');
      expect(seenByA(anonymousReport.id).reporter.canRevealIdentity).toBe(false);
      await reveal(adminA, anonymousReport.id).expect(403);

      // Agency C took those reports in and takes part in the surviving case: it still can.
      const byC = await detail(adminC, surviving.id);
      const seenByC = (id: string) => byC.reports.find((r) => r.id === id) as CaseReportView;
      expect(seenByC(openReport.id).reporter.nik).toBe('3507010101010003');
      expect(seenByC(surviving.reports[0].id).reporter.nik).toBeNull();
      expect(seenByC(anonymousReport.id).reporter.canRevealIdentity).toBe(true);
      expect((await reveal(adminC, anonymousReport.id).expect(200)).body).toMatchObject({
        nik: '3507010101010004',
      });

      // Merging the survivor on into another of A's cases keeps the reports' intake agencies.
      const next = await seed(adminA, { title: 'Banjir di perumahan blok B' }, BASE);
      const current = await detail(adminA, surviving.id);
      await merge(adminA, next.id, { duplicateCaseId: surviving.id, version: next.version }).expect(
        200,
      );
      const final = await detail(adminA, next.id);
      expect(final.reports.find((r) => r.id === openReport.id)?.reporter.nik).toBeNull();
      expect(final.reports.find((r) => r.id === current.reports[0].id)).toBeDefined();
      await request(testApp.url)
        .post(`/api/cases/${next.id}/reports/${anonymousReport.id}/reveal-identity`)
        .set(bearer(adminA))
        .expect(403);
    });

    it('keeps a case that ever held a rahasia report out of Open311 and the tracking page, after a merge too', async () => {
      const secret = await seed(
        adminA,
        {
          title: 'Pungutan liar di kantor desa',
          description: 'Isi rahasia: nama petugas yang meminta uang.',
          reporter: {
            name: 'Saksi',
            contact: '081277778888',
            anonymous: false,
            confidential: true,
          },
        },
        BASE,
      );
      const open = await seed(adminA, { title: 'Pungutan liar di kantor desa terbuka' }, BASE);
      const later = await seed(adminA, { title: 'Pungutan liar, laporan ketiga' }, BASE);
      const link = (
        await request(testApp.url)
          .post(`/api/cases/${secret.id}/reports/${secret.reports[0].id}/tracking-link`)
          .set(bearer(adminA))
          .expect(201)
      ).body as { token: string };
      expect(await openNumbers([secret.number, open.number])).toEqual([open.number]);

      await merge(adminA, open.id, { duplicateCaseId: secret.id, version: open.version }).expect(
        200,
      );
      // The archived duplicate has no report left, and the survivor received a rahasia one.
      await publicOne(secret.number).expect(404);
      await publicOne(open.number).expect(404);
      expect(await openNumbers([secret.number, open.number])).toEqual([]);
      const recent = (
        (await request(testApp.url).get('/open311/v2/requests.json').expect(200)).body as {
          service_request_id: string;
          description: string;
        }[]
      ).map((r) => r.service_request_id);
      expect(recent).not.toContain(secret.number);
      expect(recent).not.toContain(open.number);

      // Merged on again, the survivor in between stays out too.
      const beforeNext = await detail(adminA, open.id);
      await merge(adminA, later.id, { duplicateCaseId: open.id, version: later.version }).expect(
        200,
      );
      expect(beforeNext.reports).toHaveLength(2);
      await publicOne(open.number).expect(404);
      await publicOne(later.number).expect(404);

      // The reporter's tracking page (the link followed its report) names no title of these cases.
      const view = (
        await request(testApp.url)
          .get(`/api/public/tracking/${later.number}`)
          .set('X-Tracking-Token', link.token)
          .expect(200)
      ).body as PublicTrackingView;
      expect(view.caseNumber).toBe(later.number);
      expect(view.title).toBe(later.number);
      expect(JSON.stringify(view)).not.toContain('Pungutan');
      await request(testApp.url)
        .get(`/api/public/tracking/${secret.number}`)
        .set('X-Tracking-Token', link.token)
        .expect(404);

      // Nor does the public page of a location link sent for it.
      const asked = (
        await request(testApp.url)
          .post(`/api/cases/${later.id}/location-requests`)
          .set(bearer(adminA))
          .send({})
          .expect(201)
      ).body as { url: string };
      const pinPage = (
        await request(testApp.url)
          .get(`/api/public/location-requests/${asked.url.split('/').pop()}`)
          .expect(200)
      ).body as { caseNumber: string; caseTitle: string };
      expect(pinPage).toMatchObject({ caseNumber: later.number, caseTitle: later.number });
    });

    it('rounds a point the reporter sent through a location link to about 100 m in Open311', async () => {
      const kase = await seed(petugasA, { title: 'Tiang listrik miring' });
      await owner.query(
        `UPDATE "case" SET lat = -8.123456, lng = 112.654321, location_source = 'reporter', location_confidence = 'pinned' WHERE id = $1`,
        [kase.id],
      );
      const [one] = (await publicOne(kase.number).expect(200)).body as {
        lat: number;
        long: number;
      }[];
      expect(one).toMatchObject({ lat: -8.123, long: 112.654 });
      const listed = (
        await request(testApp.url)
          .get('/open311/v2/requests.json')
          .query({ service_request_id: kase.number })
          .expect(200)
      ).body as { lat: number; long: number }[];
      expect(listed[0]).toMatchObject({ lat: -8.123, long: 112.654 });
      // A point staff placed is theirs to publish as placed.
      await owner.query(`UPDATE "case" SET location_source = 'staff' WHERE id = $1`, [kase.id]);
      expect(((await publicOne(kase.number).expect(200)).body as { lat: number }[])[0].lat).toBe(
        -8.123456,
      );
    });
  });
});
