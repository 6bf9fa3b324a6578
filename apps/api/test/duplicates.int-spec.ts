import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseDetail,
  CaseEvent,
  CreateCaseRequest,
  DuplicateCandidate,
  DuplicateCandidatesResponse,
  PlaceCandidate,
} from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
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
      expect(forPetugas.candidates.every((c) => c.canMerge)).toBe(true);

      const forPimpinan = (await duplicatesOf(pimpinanA, base.id).expect(200))
        .body as DuplicateCandidatesResponse;
      expect(forPimpinan.candidates.length).toBeGreaterThan(0);
      expect(forPimpinan.candidates.every((c) => !c.canMerge)).toBe(true);

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
      const stale = await merge(petugasA, surviving.id, {
        duplicateCaseId: dup.id,
        version: surviving.version + 5,
      }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      expect(stale.body.fields[0].field).toBe('version');
      expect(stale.body.details.current.version).toBe(surviving.version);
      expect((await detail(petugasC, dup.id)).mergedInto).toBeNull();
    });

    it('moves every report and reporter, links both ways, writes both timelines, stops the clocks and keeps every agency', async () => {
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

      const merged = (
        await merge(adminA, surviving.id, {
          duplicateCaseId: dup.id,
          version: surviving.version,
        }).expect(200)
      ).body as CaseDetail;

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
      expect(added[0]).toMatchObject({
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
          .map((e) => [e.type, e.after?.['action'] ?? e.after?.['number']]),
      ).toEqual([
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
      const again = await merge(adminA, surviving.id, {
        duplicateCaseId: dup.id,
        version: merged.version,
      }).expect(409);
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
      const dup = await duplicateLedByC('Longsor menutup jalan');
      const snapshot = async () => ({
        surviving: await detail(petugasA, surviving.id),
        dup: await detail(petugasC, dup.id),
        survivingEvents: (await caseEvents(testApp.url, petugasA, surviving.id)).length,
        dupEvents: (await caseEvents(testApp.url, petugasC, dup.id)).length,
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

      // And the same merge succeeds once the fault is gone.
      await merge(petugasA, surviving.id, {
        duplicateCaseId: dup.id,
        version: surviving.version,
      }).expect(200);
    });
  });
});
