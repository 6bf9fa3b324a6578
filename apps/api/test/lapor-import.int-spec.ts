import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  LAPOR_IMPORT_MAX_BYTES,
  type CaseDetail,
  type CaseEvent,
  type LaporConflict,
  type LaporFollowUp,
  type LaporImportResult,
} from '@simpul/contracts';
import { WorkingCalendar, withShippedDecrees } from '@simpul/sla';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const HEADER =
  'trackingId,title,content,date,category,location,anonymous,confidential,status,reporterName,reporterContact,reporterNik';

let trackingSeed = Math.floor(Math.random() * 1e6);
/** A fresh 10-digit Tracking ID: Tracking IDs are unique across all agencies. */
const newTrackingId = () =>
  `7${String(Date.now() % 1e5).padStart(5, '0')}${String(trackingSeed++ % 1e4).padStart(4, '0')}`;

interface Row {
  trackingId: string;
  title: string;
  content: string;
  date: string;
  category: string;
  location: string;
  anonymous: string;
  confidential: string;
  status: string;
  reporterName: string;
  reporterContact: string;
  reporterNik: string;
}

const quote = (value: string, separator: string) =>
  /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;

function csv(rows: Row[], separator = ','): string {
  const header = HEADER.split(',').join(separator);
  const lines = rows.map((row) =>
    HEADER.split(',')
      .map((column) => quote(row[column as keyof Row], separator))
      .join(separator),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}

/** Today in the province (WIB): LAPOR dates are local dates. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/** The local date `n` working days before today on the shipped national calendar. */
function workingDaysAgo(n: number): string {
  const calendar = new WorkingCalendar({ overrides: withShippedDecrees([]) });
  let day = new Date(`${today}T12:00:00Z`);
  for (let counted = 0; counted < n;) {
    day = new Date(day.getTime() - 86_400_000);
    if (calendar.isWorkingDay(day.toISOString().slice(0, 10))) counted++;
  }
  return day.toISOString().slice(0, 10);
}

const sampleRow = (overrides: Partial<Row> = {}): Row => ({
  trackingId: newTrackingId(),
  title: 'Jalan berlubang di Jl. Raya Kepanjen',
  content: 'Lubang besar, dalam sekitar 20 cm.\nSudah dua minggu, motor sering jatuh.',
  // Dated today, so the clocks the import starts from this date are still on track.
  date: today,
  category: 'Jalan',
  location: 'Jl. Raya Kepanjen km 3, Kab. Malang',
  anonymous: 'tidak',
  confidential: 'tidak',
  status: 'Terdisposisi Belum Ditindaklanjuti',
  reporterName: 'Sutrisno',
  reporterContact: '081333444555',
  reporterNik: '3507111111800001',
  ...overrides,
});

describe('SP4N-LAPOR! file import', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyA: string;
  let admin: string;
  let petugas: string;
  let humas: string;
  let otherPetugas: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyA = await createAgency(owner, 'LaporA', { kind: 'field_unit' });
    const agencyB = await createAgency(owner, 'LaporB', { kind: 'regency_office' });
    const token = async (agency: string, role: 'admin' | 'petugas' | 'humas') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    admin = await token(agencyA, 'admin');
    petugas = await token(agencyA, 'petugas');
    humas = await token(agencyA, 'humas');
    otherPetugas = await token(agencyB, 'petugas');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const upload = (token: string, content: string | Buffer, filename = 'lapor.csv', query = '') =>
    request(testApp.url)
      .post(`/api/lapor/import${query}`)
      .set(bearer(token))
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
  const importOk = async (
    token: string,
    content: string | Buffer,
    filename?: string,
    query?: string,
  ) => (await upload(token, content, filename, query).expect(200)).body as LaporImportResult;
  const detail = async (token: string, id: string) =>
    (await request(testApp.url).get(`/api/cases/${id}`).set(bearer(token)).expect(200))
      .body as CaseDetail;
  const events = async (token: string, id: string) =>
    (await request(testApp.url).get(`/api/cases/${id}/events`).set(bearer(token)).expect(200))
      .body as CaseEvent[];
  const conflictsOf = async (token: string, id: string) =>
    (
      await request(testApp.url)
        .get(`/api/cases/${id}/lapor-conflicts`)
        .set(bearer(token))
        .expect(200)
    ).body as LaporConflict[];
  const caseIdOf = async (trackingId: string): Promise<string | null> => {
    const rows = await owner.query(`SELECT case_id FROM case_report WHERE tracking_id = $1`, [
      trackingId,
    ]);
    return rows[0]?.case_id ?? null;
  };
  const eventCount = async (caseId: string): Promise<number> =>
    (await owner.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1`, [caseId]))[0]
      .n;

  describe('creating cases', () => {
    it('imports a comma CSV with a BOM and quoted commas and line breaks into cases led by the acting agency', async () => {
      const first = sampleRow();
      const second = sampleRow({
        title: 'Jembatan retak, "parah"',
        category: 'Jembatan',
        confidential: 'ya',
        reporterNik: '',
      });
      const result = await importOk(petugas, '\uFEFF' + csv([first, second]));
      expect(result).toMatchObject({
        dryRun: false,
        format: 'csv',
        rows: 2,
        created: 2,
        updated: 0,
        unchanged: 0,
        conflicts: 0,
        errors: [],
      });
      expect(result.results.map((r) => [r.row, r.outcome])).toEqual([
        [2, 'created'],
        [3, 'created'],
      ]);

      const kase = await detail(petugas, result.results[0].caseId as string);
      expect(kase).toMatchObject({
        title: first.title,
        description: first.content,
        channel: 'lapor',
        classification: 'pengaduan',
        category: 'jalan_rusak',
        locationText: first.location,
        incidentDate: first.date,
        status: 'new',
        intakeAgencyId: agencyA,
        version: 1,
      });
      expect(kase.number).toBe(result.results[0].caseNumber);
      expect(kase.participants).toEqual([
        expect.objectContaining({ agencyId: agencyA, role: 'lead' }),
      ]);
      expect(kase.reports).toEqual([
        expect.objectContaining({
          trackingId: first.trackingId,
          confidential: false,
          reporter: expect.objectContaining({
            name: 'Sutrisno',
            contact: '081333444555',
            nik: '3507111111800001',
            anonymous: false,
          }),
        }),
      ]);
      // The place is derived from LAPOR's text as for manual intake (Kepanjen, Kab. Malang).
      expect(kase.location).toMatchObject({ confidence: 'text', regencyCode: '35.07' });
      // SLA clocks start as for any intake; the location is known, so the resolution clock too.
      expect(kase.clocks.map((c) => c.clock)).toEqual(
        expect.arrayContaining(['verification', 'resolution']),
      );
      // The 1×24 h pothole clock waits for a point on a provincial segment (issue #13).
      expect(kase.clocks.map((c) => c.clock)).not.toContain('pothole_response');
      expect(kase.potholeClock?.applies).toBe(false);
      const timeline = await events(petugas, kase.id);
      expect(timeline.map((e) => [e.seq, e.type])).toEqual([[1, 'case.lapor_imported']]);
      expect(timeline[0].after).toMatchObject({
        trackingId: first.trackingId,
        channel: 'lapor',
        laporStatus: first.status,
      });

      const bridge = await detail(petugas, result.results[1].caseId as string);
      expect(bridge).toMatchObject({ title: 'Jembatan retak, "parah"', category: 'jembatan' });
      expect(bridge.reports[0]).toMatchObject({ confidential: true, reporter: { nik: null } });
    });

    it('imports a semicolon CSV from Indonesian Excel, with the classification it names', async () => {
      const row = sampleRow({
        category: 'Penerangan Jalan',
        location: 'Jl. Ahmad Yani; depan SPBU',
        content: 'Lampu mati; gelap, rawan begal',
      });
      const text = csv([row], ';').replace('reporterNik\r\n', 'reporterNik;classification\r\n');
      const withClass = text.replace(/\r\n$/, ';aspirasi\r\n');
      const result = await importOk(admin, withClass);
      expect(result.errors).toEqual([]);
      expect(result.created).toBe(1);
      const kase = await detail(admin, result.results[0].caseId as string);
      expect(kase).toMatchObject({
        classification: 'aspirasi',
        category: 'pju',
        locationText: 'Jl. Ahmad Yani; depan SPBU',
        description: 'Lampu mati; gelap, rawan begal',
      });
    });

    it('starts the clocks from the LAPOR submission date: a report dated five working days ago is already overdue for verification', async () => {
      const date = workingDaysAgo(5);
      const old = sampleRow({ date });
      const fresh = sampleRow();
      const result = await importOk(petugas, csv([old, fresh]));
      const [oldCase, freshCase] = await Promise.all(
        result.results.map((r) => detail(petugas, r.caseId as string)),
      );
      const verification = (kase: CaseDetail) =>
        kase.clocks.find((c) => c.clock === 'verification');
      // 00:00 WIB of the LAPOR date, not the import moment.
      expect(verification(oldCase)?.startedAt).toBe(
        new Date(`${date}T00:00:00+07:00`).toISOString(),
      );
      expect(verification(oldCase)?.state).toBe('overdue');
      expect(new Date(verification(oldCase)?.deadline as string).getTime()).toBeLessThan(
        Date.now(),
      );
      // The resolution clock (location known) runs from the same moment.
      expect(oldCase.clocks.find((c) => c.clock === 'resolution')?.startedAt).toBe(
        new Date(`${date}T00:00:00+07:00`).toISOString(),
      );
      // A report submitted today has its three working days ahead of it.
      expect(verification(freshCase)?.startedAt).toBe(
        new Date(`${today}T00:00:00+07:00`).toISOString(),
      );
      expect(verification(freshCase)?.state).not.toBe('overdue');
      expect(new Date(verification(freshCase)?.deadline as string).getTime()).toBeGreaterThan(
        Date.now(),
      );
    });

    it('imports JSON with typed values; an anonymous reporter stays hidden', async () => {
      const trackingId = newTrackingId();
      const result = await importOk(
        petugas,
        JSON.stringify({
          reports: [
            {
              trackingId: Number(trackingId),
              title: 'Pohon tumbang menutup jalan',
              content: 'Pohon besar tumbang setelah hujan deras',
              date: '2026-02-01',
              category: 'Pohon Tumbang',
              location: 'Desa Sumberpucung',
              anonymous: true,
              confidential: 0,
              classification: 'pengaduan',
              reporterName: 'Warga Anonim',
              reporterContact: '0812',
            },
          ],
        }),
        'lapor.json',
      );
      expect(result).toMatchObject({ format: 'json', created: 1, errors: [] });
      const kase = await detail(petugas, result.results[0].caseId as string);
      expect(kase.category).toBe('pohon_tumbang');
      expect(kase.reports[0]).toMatchObject({
        trackingId,
        reporter: { anonymous: true, name: null, contact: null },
      });
    });

    it('validates the documented sample files (dry run)', async () => {
      const fixtures = join(__dirname, 'fixtures', 'lapor');
      for (const name of ['contoh-lapor.csv', 'contoh-lapor.json']) {
        const result = await importOk(
          petugas,
          readFileSync(join(fixtures, name)),
          name,
          '?dryRun=true',
        );
        expect(result.errors).toEqual([]);
        expect(result.rows).toBe(2);
      }
    });
  });

  describe('re-importing', () => {
    it('changes nothing when the same file comes again: no events, same versions', async () => {
      const rows = [sampleRow(), sampleRow({ category: 'Drainase' })];
      const file = csv(rows);
      const first = await importOk(petugas, file);
      const ids = first.results.map((r) => r.caseId as string);
      const before = await Promise.all(
        ids.map(async (id) => [(await detail(petugas, id)).version, await eventCount(id)]),
      );
      const [{ cases: casesBefore }] = await owner.query(
        `SELECT count(*)::int AS cases FROM "case"`,
      );

      const again = await importOk(admin, file);
      expect(again).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 2,
        conflicts: 0,
        errors: [],
      });
      expect(again.results.map((r) => r.caseId)).toEqual(ids);
      const after = await Promise.all(
        ids.map(async (id) => [(await detail(petugas, id)).version, await eventCount(id)]),
      );
      expect(after).toEqual(before);
      const [{ cases: casesAfter }] = await owner.query(
        `SELECT count(*)::int AS cases FROM "case"`,
      );
      expect(casesAfter).toBe(casesBefore);
    });

    it('takes a changed LAPOR value into a field nobody edited in Simpul, with a timeline event and a new version', async () => {
      const row = sampleRow();
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      const changed = {
        ...row,
        location: 'Jl. Raya Kepanjen km 3, depan Pasar Kepanjen',
        status: 'Terdisposisi Sedang Diproses',
      };
      const result = await importOk(petugas, csv([changed]));
      expect(result).toMatchObject({ updated: 1, unchanged: 0, conflicts: 0 });
      expect(result.results[0]).toMatchObject({
        outcome: 'updated',
        updatedFields: ['locationText'],
      });
      const kase = await detail(petugas, id);
      expect(kase.locationText).toBe(changed.location);
      expect(kase.title).toBe(row.title);
      expect(kase.version).toBe(2);
      const last = (await events(petugas, id)).at(-1) as CaseEvent;
      expect(last).toMatchObject({
        type: 'case.lapor_updated',
        before: { locationText: row.location, laporStatus: row.status },
        after: { locationText: changed.location, laporStatus: changed.status },
      });
      const [{ lapor_status }] = await owner.query(
        `SELECT lapor_status FROM case_report WHERE tracking_id = $1`,
        [row.trackingId],
      );
      expect(lapor_status).toBe('Terdisposisi Sedang Diproses');
      // And once more: nothing.
      expect((await importOk(petugas, csv([changed]))).unchanged).toBe(1);
    });

    it('never writes reporter data into the timeline', async () => {
      const row = sampleRow();
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      await importOk(
        petugas,
        csv([{ ...row, reporterNik: '3507222222900002', reporterContact: '0899' }]),
      );
      const kase = await detail(petugas, id);
      expect(kase.reports[0].reporter).toMatchObject({ nik: '3507222222900002', contact: '0899' });
      const timeline = await events(petugas, id);
      expect(timeline.at(-1)).toMatchObject({
        type: 'case.lapor_updated',
        after: { reporterFieldsChanged: ['reporterContact', 'reporterNik'] },
      });
      expect(JSON.stringify(timeline)).not.toContain('3507222222900002');
      expect(JSON.stringify(timeline)).not.toContain('0899');
    });

    it('keeps a Simpul edit, records a conflict, and applies the LAPOR value only when an officer takes it', async () => {
      const row = sampleRow();
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      const simpulTitle = 'Jalan berlubang Kepanjen (judul diperbaiki petugas)';
      await request(testApp.url)
        .patch(`/api/cases/${id}`)
        .set(bearer(petugas))
        .send({ baseVersion: 1, title: simpulTitle, locationText: 'Depan Pasar Kepanjen' })
        .expect(200);
      const laporChanged = {
        ...row,
        title: 'Jalan berlubang parah di Kepanjen',
        location: 'Kepanjen, dekat alun-alun',
        content: row.content + '\nTambahan: sudah ada korban.',
      };
      const eventsBefore = await eventCount(id);

      const result = await importOk(petugas, csv([laporChanged]));
      expect(result).toMatchObject({ updated: 1, conflicts: 2, errors: [] });
      expect(result.results[0]).toMatchObject({
        outcome: 'updated',
        updatedFields: ['description'],
        conflictFields: ['title', 'locationText'],
      });
      let kase = await detail(petugas, id);
      expect(kase).toMatchObject({
        title: simpulTitle,
        locationText: 'Depan Pasar Kepanjen',
        description: laporChanged.content,
        version: 3,
      });
      const conflicts = await conflictsOf(petugas, id);
      expect(conflicts).toEqual([
        expect.objectContaining({
          field: 'title',
          simpulValue: simpulTitle,
          laporValue: laporChanged.title,
          trackingId: row.trackingId,
          hidden: false,
          resolution: null,
        }),
        expect.objectContaining({
          field: 'locationText',
          simpulValue: 'Depan Pasar Kepanjen',
          laporValue: laporChanged.location,
        }),
      ]);
      const timeline = await events(petugas, id);
      expect(timeline.slice(eventsBefore).map((e) => e.type)).toEqual([
        'case.lapor_updated',
        'case.lapor_conflict',
        'case.lapor_conflict',
      ]);

      // The same file again: the conflicts are known, nothing new.
      const countBefore = await eventCount(id);
      const again = await importOk(petugas, csv([laporChanged]));
      expect(again).toMatchObject({ unchanged: 1, conflicts: 0 });
      expect(await eventCount(id)).toBe(countBefore);
      expect(await conflictsOf(petugas, id)).toHaveLength(2);

      const titleConflict = conflicts.find((c) => c.field === 'title') as LaporConflict;
      const locationConflict = conflicts.find((c) => c.field === 'locationText') as LaporConflict;
      const taken = await request(testApp.url)
        .post(`/api/lapor/conflicts/${titleConflict.id}/resolve`)
        .set(bearer(petugas))
        .send({ resolution: 'take_lapor' })
        .expect(200);
      expect(taken.body).toMatchObject({
        resolution: 'take_lapor',
        resolvedByName: expect.any(String),
      });
      await request(testApp.url)
        .post(`/api/lapor/conflicts/${locationConflict.id}/resolve`)
        .set(bearer(admin))
        .send({ resolution: 'keep_simpul' })
        .expect(200);
      kase = await detail(petugas, id);
      expect(kase).toMatchObject({
        title: laporChanged.title,
        locationText: 'Depan Pasar Kepanjen',
        version: 4,
      });
      const resolved = (await events(petugas, id)).slice(-2);
      expect(resolved).toEqual([
        expect.objectContaining({
          type: 'case.lapor_conflict_resolved',
          before: { field: 'title', simpulValue: simpulTitle },
          after: expect.objectContaining({
            resolution: 'take_lapor',
            laporValue: laporChanged.title,
          }),
        }),
        expect.objectContaining({
          type: 'case.lapor_conflict_resolved',
          after: expect.objectContaining({ field: 'locationText', resolution: 'keep_simpul' }),
        }),
      ]);
      expect(await conflictsOf(petugas, id)).toEqual([]);
      const twice = await request(testApp.url)
        .post(`/api/lapor/conflicts/${titleConflict.id}/resolve`)
        .set(bearer(petugas))
        .send({ resolution: 'keep_simpul' })
        .expect(409);
      expect(twice.body.code).toBe('CONFLICT_ALREADY_RESOLVED');
      await request(testApp.url)
        .post(`/api/lapor/conflicts/${titleConflict.id}/resolve`)
        .set(bearer(petugas))
        .send({ resolution: 'overwrite' })
        .expect(400);

      // The kept Simpul value stays through the same LAPOR value again.
      expect((await importOk(petugas, csv([laporChanged]))).unchanged).toBe(1);
      expect((await detail(petugas, id)).locationText).toBe('Depan Pasar Kepanjen');
    });

    it('keeps conflicts and their resolution to agencies that see the case', async () => {
      const row = sampleRow();
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      await request(testApp.url)
        .patch(`/api/cases/${id}`)
        .set(bearer(petugas))
        .send({ baseVersion: 1, title: 'Judul versi Simpul' })
        .expect(200);
      await importOk(petugas, csv([{ ...row, title: 'Judul versi LAPOR' }]));
      const [conflict] = await conflictsOf(petugas, id);
      await request(testApp.url)
        .get(`/api/cases/${id}/lapor-conflicts`)
        .set(bearer(otherPetugas))
        .expect(404);
      await request(testApp.url)
        .post(`/api/lapor/conflicts/${conflict.id}/resolve`)
        .set(bearer(otherPetugas))
        .send({ resolution: 'take_lapor' })
        .expect(404);
      // Humas reads the case but does not change it.
      expect(await conflictsOf(humas, id)).toHaveLength(1);
      await request(testApp.url)
        .post(`/api/lapor/conflicts/${conflict.id}/resolve`)
        .set(bearer(humas))
        .send({ resolution: 'take_lapor' })
        .expect(403);
      expect((await detail(petugas, id)).title).toBe('Judul versi Simpul');
    });
  });

  describe('linking and retention', () => {
    it('links a case typed in by hand with its Tracking ID: fills what is empty, flags what differs', async () => {
      const row = sampleRow({ reporterName: 'Sutrisno Hadi' });
      const manual = (
        await request(testApp.url)
          .post('/api/cases')
          .set(bearer(petugas))
          .send({
            title: 'Jalan rusak Kepanjen (diketik dari WhatsApp)',
            description: row.content,
            classification: 'pengaduan',
            channel: 'lapor',
            category: 'jalan_rusak',
            trackingId: row.trackingId,
            reporter: { name: 'Sutrisno', anonymous: false, confidential: false },
          })
          .expect(201)
      ).body as CaseDetail;
      const result = await importOk(petugas, csv([row]));
      expect(result.results[0]).toMatchObject({
        caseId: manual.id,
        outcome: 'updated',
        updatedFields: ['incidentDate', 'locationText', 'reporterContact', 'reporterNik'],
        conflictFields: ['title', 'reporterName'],
      });
      const kase = await detail(petugas, manual.id);
      expect(kase).toMatchObject({
        title: manual.title,
        locationText: row.location,
        incidentDate: row.date,
      });
      expect(kase.reports[0].reporter.name).toBe('Sutrisno');
      // The report's fields taken from LAPOR are written; the one in conflict is kept.
      expect(kase.reports[0].reporter.contact).toBe(row.reporterContact);
      expect(manual.clocks.map((c) => c.clock)).not.toContain('resolution');
      expect(kase.clocks.map((c) => c.clock)).toContain('resolution');
      const conflicts = await conflictsOf(petugas, manual.id);
      expect(conflicts.find((c) => c.field === 'reporterName')).toMatchObject({
        simpulValue: 'Sutrisno',
        laporValue: 'Sutrisno Hadi',
        hidden: false,
      });
      // Reporter data in conflicts never reaches the timeline.
      expect(JSON.stringify(await events(petugas, manual.id))).not.toContain('Sutrisno Hadi');
    });

    it('forgets imported reporter data when retention erases it, and never brings it back', async () => {
      const row = sampleRow({ reporterName: 'Siti Aminah', reporterNik: '3507333333700003' });
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      await request(testApp.url)
        .patch(`/api/cases/${id}`)
        .set(bearer(petugas))
        .send({ baseVersion: 1, title: 'Judul versi Simpul' })
        .expect(200);
      await owner.query(
        `INSERT INTO lapor_conflict (case_id, report_id, field, simpul_value, lapor_value)
         SELECT case_id, id, 'reporterName', '"Siti"', '"Siti Aminah"' FROM case_report WHERE tracking_id = $1`,
        [row.trackingId],
      );
      await owner.query(
        `UPDATE case_report SET reporter_name = NULL, reporter_contact = NULL, reporter_nik = NULL,
           personal_data_purged_at = now() WHERE tracking_id = $1`,
        [row.trackingId],
      );
      const [stored] = await owner.query(
        `SELECT lapor_snapshot::text AS snapshot FROM case_report WHERE tracking_id = $1`,
        [row.trackingId],
      );
      expect(stored.snapshot).not.toContain('Siti Aminah');
      expect(stored.snapshot).not.toContain('3507333333700003');
      const conflictValues = await owner.query(
        `SELECT simpul_value, lapor_value FROM lapor_conflict WHERE case_id = $1 AND field = 'reporterName'`,
        [id],
      );
      expect(conflictValues).toEqual([{ simpul_value: null, lapor_value: null }]);

      const again = await importOk(petugas, csv([row]));
      expect(again.results[0]).toMatchObject({ outcome: 'unchanged' });
      const [report] = await owner.query(
        `SELECT reporter_name, reporter_nik FROM case_report WHERE tracking_id = $1`,
        [row.trackingId],
      );
      expect(report).toEqual({ reporter_name: null, reporter_nik: null });
    });
  });

  describe('broken rows and files', () => {
    it('writes nothing of a row the database refuses, and goes on with the next', async () => {
      await owner.query(`
        CREATE OR REPLACE FUNCTION lapor_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.reporter_name = 'TOLAK SIMPAN' THEN
            RAISE EXCEPTION 'refused by test' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END $$`);
      await owner.query(`CREATE TRIGGER lapor_test_refuse BEFORE INSERT ON case_report
        FOR EACH ROW EXECUTE FUNCTION lapor_test_refuse()`);
      try {
        const refused = sampleRow({
          title: `Baris ditolak ${newTrackingId()}`,
          reporterName: 'TOLAK SIMPAN',
        });
        const result = await importOk(petugas, csv([sampleRow(), refused, sampleRow()]));
        expect(result).toMatchObject({ created: 2 });
        expect(result.errors).toEqual([expect.objectContaining({ row: 3, field: 'row' })]);
        // The case row was inserted before the report failed: it went with the row's transaction.
        const [{ n }] = await owner.query(
          `SELECT count(*)::int AS n FROM "case" WHERE title = $1`,
          [refused.title],
        );
        expect(n).toBe(0);
      } finally {
        await owner.query(`DROP TRIGGER lapor_test_refuse ON case_report`);
        await owner.query(`DROP FUNCTION lapor_test_refuse()`);
      }
    });

    it('reports each broken row with its row number and field, in both languages, and imports the good rows', async () => {
      const good = sampleRow();
      const alsoGood = sampleRow({ category: 'Rambu' });
      const broken = [
        sampleRow({ title: '' }),
        sampleRow({ trackingId: '12ab' }),
        sampleRow({ date: '2026-13-01' }),
        sampleRow({ reporterNik: '12345' }),
        sampleRow({ anonymous: 'mungkin' }),
      ];
      const result = await importOk(petugas, csv([good, ...broken, alsoGood]));
      expect(result).toMatchObject({ rows: 7, created: 2 });
      expect(result.errors.map((e) => [e.row, e.field])).toEqual([
        [3, 'title'],
        [4, 'trackingId'],
        [5, 'date'],
        [6, 'reporterNik'],
        [7, 'anonymous'],
      ]);
      expect(result.errors[0]).toMatchObject({
        trackingId: broken[0].trackingId,
        message: { id: 'title wajib diisi', en: 'title is required' },
      });
      expect(result.errors[3].message).toEqual({
        id: 'reporterNik harus 16 angka',
        en: 'reporterNik must be 16 digits',
      });
      expect(result.results.map((r) => r.outcome)).toEqual([
        'created',
        'error',
        'error',
        'error',
        'error',
        'error',
        'created',
      ]);
      for (const row of broken) expect(await caseIdOf(row.trackingId)).toBeNull();
      expect(await caseIdOf(alsoGood.trackingId)).not.toBeNull();
    });

    it('reports a Tracking ID repeated within the file', async () => {
      const row = sampleRow();
      const result = await importOk(petugas, csv([row, { ...row, title: 'Duplikat' }]));
      expect(result.created).toBe(1);
      expect(result.errors).toEqual([
        expect.objectContaining({
          row: 3,
          field: 'trackingId',
          message: expect.objectContaining({ id: expect.stringContaining('baris 2') }),
        }),
      ]);
    });

    it.each([
      ['', 'lapor.csv', 'INVALID_FILE'],
      ['[{"trackingId": ', 'lapor.json', 'INVALID_FILE'],
      ['judul,isi\nA,B\n', 'lapor.csv', 'INVALID_FILE'],
    ])('refuses an empty or unreadable file %#, naming file', async (content, filename, code) => {
      const response = await upload(petugas, content, filename).expect(400);
      expect(response.body).toMatchObject({
        code,
        fields: [expect.objectContaining({ field: 'file' })],
      });
      expect(response.body.message.id).toMatch(/^File tidak dapat diimpor/);
      expect(response.body.message.en).toMatch(/^File cannot be imported/);
    });

    it('refuses a request without a file, naming file', async () => {
      const response = await request(testApp.url)
        .post('/api/lapor/import')
        .set(bearer(petugas))
        .field('note', 'tanpa file')
        .expect(400);
      expect(response.body.fields).toEqual([
        expect.objectContaining({
          field: 'file',
          message: { id: 'file wajib diunggah', en: 'file is required' },
        }),
      ]);
    });

    it('refuses a file over 5 MB with 413 and a bilingual message', async () => {
      const big = Buffer.alloc(LAPOR_IMPORT_MAX_BYTES + 1, 'a');
      const response = await upload(petugas, big).expect(413);
      expect(response.body).toMatchObject({
        statusCode: 413,
        code: 'FILE_TOO_LARGE',
        fields: [expect.objectContaining({ field: 'file' })],
      });
      expect(response.body.message.id).toContain('5 MB');
      expect(response.body.message.en).toContain('5 MB');
    });
  });

  describe('dry run', () => {
    it('reports what an import would do and writes nothing, not even a case number', async () => {
      const fresh = sampleRow();
      const existing = sampleRow();
      const id = (await importOk(petugas, csv([existing]))).results[0].caseId as string;
      const changed = { ...existing, location: 'Lokasi baru dari LAPOR' };
      // The case as stored, not the time-in-hand seconds: they count on while the import runs.
      const stored = async () => {
        const { timeInHand, ...rest } = await detail(petugas, id);
        const hands = timeInHand.map((h) => ({
          agencyId: h.agencyId,
          holding: h.holding,
          since: h.since,
        }));
        return { ...rest, timeInHand: hands };
      };
      const state = async () => ({
        cases: (await owner.query(`SELECT count(*)::int AS n FROM "case"`))[0].n,
        events: (await owner.query(`SELECT count(*)::int AS n FROM case_event`))[0].n,
        sequence: (await owner.query(`SELECT last_value FROM case_number_seq`))[0].last_value,
        detail: await stored(),
      });
      const before = await state();
      const result = await importOk(
        petugas,
        csv([fresh, changed, sampleRow({ date: 'kemarin' })]),
        'lapor.csv',
        '?dryRun=true',
      );
      expect(result).toMatchObject({ dryRun: true, created: 1, updated: 1 });
      expect(result.errors.map((e) => [e.row, e.field])).toEqual([[4, 'date']]);
      expect(await state()).toEqual(before);
      expect(await caseIdOf(fresh.trackingId)).toBeNull();
    });

    it('refuses a dryRun value that is not true or false', async () => {
      const response = await upload(
        petugas,
        csv([sampleRow()]),
        'lapor.csv',
        '?dryRun=maybe',
      ).expect(400);
      expect(response.body.fields[0].field).toBe('dryRun');
    });
  });

  describe('access', () => {
    it('refuses humas, and writes nothing', async () => {
      const row = sampleRow();
      const response = await upload(humas, csv([row])).expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(await caseIdOf(row.trackingId)).toBeNull();
    });

    it("reports a Tracking ID of another agency's case as a row error without revealing that case", async () => {
      const secretTitle = 'Kasus rahasia instansi lain di Bangkalan';
      const trackingId = newTrackingId();
      const other = await request(testApp.url)
        .post('/api/cases')
        .set(bearer(otherPetugas))
        .send({
          title: secretTitle,
          description: 'Kronologi milik instansi B',
          classification: 'pengaduan',
          channel: 'lapor',
          category: 'jalan_rusak',
          trackingId,
          reporter: { anonymous: false, confidential: false },
        })
        .expect(201);
      const good = sampleRow();
      const response = await upload(
        petugas,
        csv([sampleRow({ trackingId, title: 'Judul dari file A' }), good]),
      ).expect(200);
      const result = response.body as LaporImportResult;
      expect(result.created).toBe(1);
      expect(result.errors).toEqual([
        {
          row: 2,
          field: 'trackingId',
          trackingId,
          message: {
            id: `Tracking ID ${trackingId} sudah tercatat di instansi lain`,
            en: `Tracking ID ${trackingId} is already recorded by another agency`,
          },
        },
      ]);
      expect(result.results[0]).toEqual({ row: 2, trackingId, outcome: 'error' });
      expect(response.text).not.toContain(secretTitle);
      expect(response.text).not.toContain(other.body.id);
      expect(response.text).not.toContain(other.body.number);
      // The other agency's case is untouched.
      const [row] = await owner.query(`SELECT title, version FROM "case" WHERE id = $1`, [
        other.body.id,
      ]);
      expect(row).toEqual({ title: secretTitle, version: 1 });

      // A dry run says the same.
      const dry = await importOk(
        petugas,
        csv([sampleRow({ trackingId })]),
        'lapor.csv',
        '?dryRun=true',
      );
      expect(dry.errors[0].message.id).toContain('sudah tercatat di instansi lain');
    });
  });

  describe('copy to LAPOR', () => {
    it('gives the latest follow-up as text to paste and records who posted it, once', async () => {
      const row = sampleRow();
      const id = (await importOk(petugas, csv([row]))).results[0].caseId as string;
      await request(testApp.url)
        .get(`/api/cases/${id}/lapor-follow-up`)
        .set(bearer(petugas))
        .expect(404)
        .expect((r) => expect(r.body.code).toBe('NO_FOLLOW_UP'));

      let kase = await detail(petugas, id);
      const act = async (token: string, action: string, note?: string) => {
        kase = (
          await request(testApp.url)
            .post(`/api/cases/${id}/transitions`)
            .set(bearer(token))
            .send({ action, version: kase.version, ...(note ? { note } : {}) })
            .expect(200)
        ).body;
      };
      await act(admin, 'route');
      await act(petugas, 'start');
      await act(petugas, 'follow_up', 'Tim URC sudah survei lokasi.');
      await act(petugas, 'resolve');
      await act(admin, 'reopen', 'Pelapor: lubang masih ada');
      await act(petugas, 'start');
      await act(petugas, 'follow_up', 'Lubang sudah ditambal tim URC pada pukul 10.00.');

      const followUp = (
        await request(testApp.url)
          .get(`/api/cases/${id}/lapor-follow-up`)
          .set(bearer(humas))
          .expect(200)
      ).body as LaporFollowUp;
      expect(followUp).toMatchObject({
        caseId: id,
        caseNumber: kase.number,
        trackingId: row.trackingId,
        laporUrl: `https://www.lapor.go.id/pengaduan/${row.trackingId}`,
        note: 'Lubang sudah ditambal tim URC pada pukul 10.00.',
        postedAt: null,
        postedByName: null,
      });
      expect(followUp.text).toContain('Lubang sudah ditambal tim URC pada pukul 10.00.');
      expect(followUp.text).not.toContain('Tim URC sudah survei lokasi.');
      expect(followUp.text).toContain('Instansi Uji LaporA');

      await request(testApp.url)
        .post(`/api/cases/${id}/lapor-follow-up/posted`)
        .set(bearer(humas))
        .send({ followUpSeq: followUp.followUpSeq })
        .expect(403);
      await request(testApp.url)
        .post(`/api/cases/${id}/lapor-follow-up/posted`)
        .set(bearer(petugas))
        .send({ followUpSeq: 1 })
        .expect(400);
      const versionBefore = (await detail(petugas, id)).version;
      const posted = (
        await request(testApp.url)
          .post(`/api/cases/${id}/lapor-follow-up/posted`)
          .set(bearer(petugas))
          .send({ followUpSeq: followUp.followUpSeq })
          .expect(200)
      ).body as LaporFollowUp;
      expect(posted.postedAt).toEqual(expect.any(String));
      expect(posted.postedByName).toMatch(/^Pengguna/);
      const timeline = await events(petugas, id);
      expect(timeline.at(-1)).toMatchObject({
        type: 'case.lapor_follow_up_posted',
        after: { followUpSeq: followUp.followUpSeq, trackingId: row.trackingId },
      });
      const count = await eventCount(id);
      const again = (
        await request(testApp.url)
          .post(`/api/cases/${id}/lapor-follow-up/posted`)
          .set(bearer(admin))
          .send({ followUpSeq: followUp.followUpSeq })
          .expect(200)
      ).body as LaporFollowUp;
      expect(again.postedAt).toBe(posted.postedAt);
      expect(await eventCount(id)).toBe(count);
      // Recording a post is not an edit of the case: open editors keep their version.
      expect((await detail(petugas, id)).version).toBe(versionBefore);

      await request(testApp.url)
        .get(`/api/cases/${id}/lapor-follow-up`)
        .set(bearer(otherPetugas))
        .expect(404);
    });
  });
});
