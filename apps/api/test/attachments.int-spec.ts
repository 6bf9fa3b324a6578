import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseAttachment,
  CaseAttachmentList,
  CaseDetail,
  CreateCaseRequest,
  LocationRequestResponse,
  PublicPhotoUploadResponse,
} from '@simpul/contracts';
import {
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import { AttachmentRetention } from '../src/app/attachments/attachment-retention';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const MAX_BYTES = 300_000;

/** Malang, 7°58′30″ S 112°36′45″ E, as a phone writes it into EXIF. */
const MALANG_EXIF = {
  IFD0: { Make: 'SimpulTest', Model: 'Kamera Uji' },
  IFD2: { DateTimeOriginal: '2026:11:20 09:15:00' },
  IFD3: {
    GPSLatitudeRef: 'S',
    GPSLatitude: '7/1 58/1 3000/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '112/1 36/1 4500/100',
  },
};
const MALANG = { lat: -7.975, lng: 112.6125 };

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } });

const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const NO_LOCATION: CreateCaseRequest = {
  title: 'Jalan amblas dekat jembatan (uji lampiran)',
  description: 'jalan amblas dekat jembatan, fotonya saya kirim',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: { name: 'Pak Darto', contact: '0812-1111-2222', anonymous: false, confidential: false },
};

/** Every file under a folder, relative to it. */
function filesUnder(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path.slice(root.length + 1)];
    });
  try {
    return walk(root).sort();
  } catch {
    return [];
  }
}

describe('case attachments', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let storageDir: string;
  let leadAgency: string;
  let strangerAgency: string;
  let leadPetugas: string;
  let leadPetugasId: string;
  let collaborator: string;
  let observer: string;
  let stranger: string;
  let caseId: string;
  let gpsJpeg: Buffer;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'simpul-attachments-'));
    testApp = await createTestApp({
      ATTACHMENTS_DIR: storageDir,
      ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
    });
    owner = await ownerDataSource();
    leadAgency = await createAgency(owner, 'LampiranUtama', { kind: 'field_unit' });
    const collaboratorAgency = await createAgency(owner, 'LampiranKolab');
    const observerAgency = await createAgency(owner, 'LampiranPengamat');
    strangerAgency = await createAgency(owner, 'LampiranLain');
    const leadUser = await createUser(owner, [[leadAgency, 'petugas']]);
    leadPetugasId = leadUser.id;
    leadPetugas = (await signIn(testApp.url, leadUser.email)).accessToken;
    collaborator = (
      await signIn(testApp.url, (await createUser(owner, [[collaboratorAgency, 'petugas']])).email)
    ).accessToken;
    observer = (
      await signIn(testApp.url, (await createUser(owner, [[observerAgency, 'petugas']])).email)
    ).accessToken;
    stranger = (
      await signIn(testApp.url, (await createUser(owner, [[strangerAgency, 'admin']])).email)
    ).accessToken;
    caseId = (
      await createCase(owner, leadAgency, [
        [leadAgency, 'lead'],
        [collaboratorAgency, 'collaborator'],
        [observerAgency, 'observer'],
      ])
    ).id;
    // Orientation 6: the camera was held upright, so the stored 64×48 pixels show a 48×64 photo.
    gpsJpeg = await solid(64, 48)
      .jpeg()
      .withExif(MALANG_EXIF)
      .withMetadata({ orientation: 6 })
      .toBuffer();
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const upload = (token: string, file: Buffer, filename: string, contentType: string) =>
    request(testApp.url)
      .post(`/api/cases/${caseId}/attachments`)
      .set(bearer(token))
      .attach('file', file, { filename, contentType });

  const storedRows = async () =>
    Number(
      (
        await owner.query(`SELECT count(*) AS n FROM case_attachment WHERE case_id = $1`, [caseId])
      )[0].n,
    );

  const download = (token: string, path: string) =>
    request(testApp.url)
      .get(path)
      .set(bearer(token))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  let photo: CaseAttachment;

  it('stores a photo with its GPS, a stripped upright view and a thumbnail, and records it on the timeline', async () => {
    expect((await exifr.gps(gpsJpeg)).latitude).toBeCloseTo(MALANG.lat, 6);
    const response = await upload(leadPetugas, gpsJpeg, 'IMG_2026 jalan amblas.png', 'image/png')
      .field('caption', 'Kondisi jalan dari arah Kepanjen')
      .expect(201);
    photo = response.body as CaseAttachment;
    expect(photo).toMatchObject({
      caseId,
      kind: 'image',
      // The content decides: a JPEG sent as `.png` is a JPEG.
      mediaType: 'image/jpeg',
      fileName: 'IMG_2026 jalan amblas.jpg',
      byteSize: gpsJpeg.length,
      caption: 'Kondisi jalan dari arah Kepanjen',
      width: 48,
      height: 64,
      gps: MALANG,
      takenAt: '2026-11-20T02:15:00.000Z',
      source: 'staff',
      uploaderAgency: { id: leadAgency },
      canDelete: true,
      canUseLocation: true,
    });
    expect(photo.urls).toEqual({
      view: `/api/cases/${caseId}/attachments/${photo.id}/view`,
      thumbnail: `/api/cases/${caseId}/attachments/${photo.id}/thumbnail`,
      original: `/api/cases/${caseId}/attachments/${photo.id}/original`,
    });
    expect(filesUnder(storageDir)).toEqual(
      ['original', 'thumbnail', 'view'].map((name) => join('cases', caseId, photo.id, name)),
    );

    const events = await caseEvents(testApp.url, leadPetugas, caseId);
    expect(events.at(-1)).toMatchObject({
      type: 'case.attachment_added',
      actorUserId: leadPetugasId,
      after: { attachmentId: photo.id, mediaType: 'image/jpeg', kind: 'image', source: 'staff' },
    });

    const original = await download(leadPetugas, photo.urls.original as string).expect(200);
    expect(Buffer.compare(original.body as Buffer, gpsJpeg)).toBe(0);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    expect(original.headers['content-disposition']).toBe(
      `attachment; filename="IMG_2026 jalan amblas.jpg"; filename*=UTF-8''IMG_2026%20jalan%20amblas.jpg`,
    );

    const view = await download(leadPetugas, photo.urls.view).expect(200);
    expect(view.headers['content-type']).toBe('image/jpeg');
    expect(view.headers['content-disposition']).toMatch(/^inline; /);
    expect(view.headers['x-content-type-options']).toBe('nosniff');
    const viewBytes = view.body as Buffer;
    expect(await exifr.gps(viewBytes)).toBeUndefined();
    expect(await exifr.parse(viewBytes, true)).toBeUndefined();
    const viewMeta = await sharp(viewBytes).metadata();
    expect([viewMeta.width, viewMeta.height, viewMeta.orientation]).toEqual([48, 64, undefined]);

    const thumbnail = await download(leadPetugas, photo.urls.thumbnail as string).expect(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
    expect(
      await exifr.parse(thumbnail.body as Buffer, true).catch(() => undefined),
    ).toBeUndefined();
    expect((await sharp(thumbnail.body as Buffer).metadata()).format).toBe('webp');
  });

  it('gives observers and other readers only stripped renditions, and unrelated agencies nothing', async () => {
    const list = (
      await request(testApp.url)
        .get(`/api/cases/${caseId}/attachments`)
        .set(bearer(observer))
        .expect(200)
    ).body as CaseAttachmentList;
    const seen = list.items.find((item) => item.id === photo.id);
    expect(seen).toMatchObject({
      gps: null,
      takenAt: null,
      canDelete: false,
      canUseLocation: false,
      urls: { original: null },
    });
    expect(list.canUpload).toBe(true);
    expect(list.maxBytes).toBe(MAX_BYTES);

    const refused = await download(
      observer,
      `/api/cases/${caseId}/attachments/${photo.id}/original`,
    );
    expect(refused.status).toBe(403);
    const view = await download(observer, photo.urls.view).expect(200);
    expect(await exifr.gps(view.body as Buffer)).toBeUndefined();

    // An observer attaches evidence (a photo of the installed sign), but does not own the case's
    // originals: its own upload is listed without GPS to it, and it cannot delete others' files.
    const evidence = (await upload(observer, gpsJpeg, 'rambu.jpg', 'image/jpeg').expect(201))
      .body as CaseAttachment;
    expect(evidence).toMatchObject({ fileName: 'rambu.jpg', gps: null, canUseLocation: false });
    const owners = (
      await request(testApp.url)
        .get(`/api/cases/${caseId}/attachments`)
        .set(bearer(leadPetugas))
        .expect(200)
    ).body as CaseAttachmentList;
    expect(owners.items.map((item) => item.id)).toContain(evidence.id);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${evidence.id}`)
      .set(bearer(observer))
      .expect(403);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${evidence.id}`)
      .set(bearer(leadPetugas))
      .expect(204);
    await request(testApp.url)
      .post(`/api/cases/${caseId}/attachments/${photo.id}/use-location`)
      .set(bearer(observer))
      .expect(403);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${photo.id}`)
      .set(bearer(observer))
      .expect(403);

    await request(testApp.url)
      .get(`/api/cases/${caseId}/attachments`)
      .set(bearer(stranger))
      .expect(404);
    for (const rendition of ['view', 'thumbnail', 'original']) {
      const response = await download(
        stranger,
        `/api/cases/${caseId}/attachments/${photo.id}/${rendition}`,
      );
      expect(response.status).toBe(404);
    }
    await upload(stranger, gpsJpeg, 'foto.jpg', 'image/jpeg').expect(404);
    await request(testApp.url).get(photo.urls.view).expect(401);

    // Row-level security: the application role acting for the unrelated agency sees no row.
    const visible = await testApp.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('simpul.agency_id', $1, true), set_config('simpul.role', 'admin', true)`,
        [strangerAgency],
      );
      return manager.query(`SELECT id FROM case_attachment WHERE case_id = $1`, [caseId]);
    });
    expect(visible).toEqual([]);
  });

  it('sets the case location from the photo’s GPS with confidence gps and a timeline entry', async () => {
    await request(testApp.url)
      .post(`/api/cases/${caseId}/attachments/${photo.id}/use-location`)
      .set(bearer(collaborator))
      .expect(204);
    const kase = (
      await request(testApp.url).get(`/api/cases/${caseId}`).set(bearer(leadPetugas)).expect(200)
    ).body as CaseDetail;
    expect(kase.location).toMatchObject({ ...MALANG, confidence: 'gps', source: 'photo' });
    const events = await caseEvents(testApp.url, leadPetugas, caseId);
    expect(events.at(-1)).toMatchObject({
      type: 'case.location_set',
      after: { ...MALANG, confidence: 'gps', source: 'photo' },
    });
  });

  it('refuses disguised files by their content, naming the field, and stores nothing', async () => {
    const rowsBefore = await storedRows();
    const filesBefore = filesUnder(storageDir);
    const disguised: [Buffer, string, string][] = [
      [
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00PE program', 'latin1'),
        'foto.jpg',
        'image/jpeg',
      ],
      [
        Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
        'foto.jpg',
        'image/jpeg',
      ],
      [
        Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00surat.pdf', 'latin1'),
        'surat.pdf',
        'image/png',
      ],
    ];
    for (const [bytes, filename, contentType] of disguised) {
      const response = await upload(leadPetugas, bytes, filename, contentType).expect(415);
      expect(response.body).toMatchObject({
        code: 'UNSUPPORTED_FILE_TYPE',
        fields: [{ field: 'file' }],
      });
      expect(response.body.message.id).toContain('JPEG, PNG, WebP, HEIC atau PDF');
      expect(response.body.message.en).toContain('JPEG, PNG, WebP, HEIC or PDF');
    }
    // Right magic bytes, broken content.
    const corrupt = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const unreadable = await upload(leadPetugas, corrupt, 'foto.jpg', 'image/jpeg').expect(422);
    expect(unreadable.body.fields[0].field).toBe('file');

    const missing = await request(testApp.url)
      .post(`/api/cases/${caseId}/attachments`)
      .set(bearer(leadPetugas))
      .field('caption', 'tanpa berkas')
      .expect(400);
    expect(missing.body).toMatchObject({ code: 'FILE_REQUIRED', fields: [{ field: 'file' }] });

    expect(await storedRows()).toBe(rowsBefore);
    expect(filesUnder(storageDir)).toEqual(filesBefore);
  });

  it('refuses a file over ATTACHMENT_MAX_BYTES with 413 naming the field, and stores nothing', async () => {
    const rowsBefore = await storedRows();
    const filesBefore = filesUnder(storageDir);
    const oversize = Buffer.concat([gpsJpeg, Buffer.alloc(MAX_BYTES, 1)]);
    const response = await upload(leadPetugas, oversize, 'besar.jpg', 'image/jpeg').expect(413);
    expect(response.body).toMatchObject({
      code: 'FILE_TOO_LARGE',
      fields: [{ field: 'file' }],
      details: { maxBytes: MAX_BYTES },
    });
    expect(response.body.message.id).toContain('0,3 MB');
    expect(await storedRows()).toBe(rowsBefore);
    expect(filesUnder(storageDir)).toEqual(filesBefore);
  });

  it('erases a deleted attachment’s files ATTACHMENT_DELETED_RETENTION_DAYS after the delete, keeping its row', async () => {
    const sketch = (
      await upload(
        leadPetugas,
        await solid(30, 30).png().toBuffer(),
        'ktp-salah-unggah.png',
        'image/png',
      ).expect(201)
    ).body as CaseAttachment;
    const folder = `cases/${caseId}/${sketch.id}/`;
    const filesOf = () => filesUnder(storageDir).filter((path) => path.startsWith(folder));
    expect(filesOf()).toEqual([`${folder}original`, `${folder}thumbnail`, `${folder}view`]);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${sketch.id}`)
      .set(bearer(leadPetugas))
      .expect(204);
    const retention = testApp.app.get(AttachmentRetention);
    // Deleted just now: kept for the retention period (30 days by default).
    await retention.eraseDeletedFiles();
    expect(filesOf()).toHaveLength(3);
    await owner.query(
      `UPDATE case_attachment SET deleted_at = now() - interval '31 days' WHERE id = $1`,
      [sketch.id],
    );
    const others = filesUnder(storageDir).filter((path) => !path.startsWith(folder));
    expect(await retention.eraseDeletedFiles()).toBe(1);
    expect(filesOf()).toEqual([]);
    expect(filesUnder(storageDir)).toEqual(others);
    const [row] = (await owner.query(
      `SELECT deleted_at IS NOT NULL AS deleted, files_erased_at IS NOT NULL AS erased FROM case_attachment WHERE id = $1`,
      [sketch.id],
    )) as { deleted: boolean; erased: boolean }[];
    expect(row).toEqual({ deleted: true, erased: true });
    expect(await retention.eraseDeletedFiles()).toBe(0);
  });

  it('accepts PNG, WebP, HEIC and PDF; HEIC gets a JPEG view and its GPS is read; PDFs download', async () => {
    const png = (
      await upload(
        leadPetugas,
        await solid(40, 30).png().toBuffer(),
        'denah.png',
        'image/png',
      ).expect(201)
    ).body as CaseAttachment;
    expect(png).toMatchObject({ mediaType: 'image/png', width: 40, height: 30, gps: null });
    const pngView = await download(leadPetugas, png.urls.view).expect(200);
    expect(pngView.headers['content-type']).toBe('image/png');

    const webp = (
      await upload(
        collaborator,
        await solid(50, 20).webp().toBuffer(),
        'foto.webp',
        'application/octet-stream',
      ).expect(201)
    ).body as CaseAttachment;
    expect(webp).toMatchObject({ mediaType: 'image/webp', width: 50, height: 20, canDelete: true });

    const heicBytes = readFileSync(join(__dirname, 'fixtures', 'attachments', 'surabaya-gps.heic'));
    const heic = (await upload(leadPetugas, heicBytes, 'IMG_0001.HEIC', 'image/heic').expect(201))
      .body as CaseAttachment;
    expect(heic).toMatchObject({
      mediaType: 'image/heic',
      fileName: 'IMG_0001.heic',
      width: 64,
      height: 48,
      gps: { lat: -7.25, lng: 112.75 },
      takenAt: '2026-11-21T03:30:00.000Z',
    });
    const heicView = await download(observer, heic.urls.view).expect(200);
    expect(heicView.headers['content-type']).toBe('image/jpeg');
    expect(heicView.headers['content-disposition']).toContain('filename="IMG_0001.jpg"');
    expect((heicView.body as Buffer).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(await exifr.gps(heicView.body as Buffer)).toBeUndefined();
    const heicOriginal = await download(leadPetugas, heic.urls.original as string).expect(200);
    expect(heicOriginal.headers['content-type']).toBe('image/heic');
    expect(Buffer.compare(heicOriginal.body as Buffer, heicBytes)).toBe(0);

    const pdf = (
      await upload(leadPetugas, MINIMAL_PDF, 'Surat Dinas.pdf', 'application/pdf').expect(201)
    ).body as CaseAttachment;
    expect(pdf).toMatchObject({ kind: 'document', mediaType: 'application/pdf', gps: null });
    expect(pdf.urls.thumbnail).toBeNull();
    const pdfView = await download(observer, pdf.urls.view).expect(200);
    expect(pdfView.headers['content-type']).toBe('application/pdf');
    expect(pdfView.headers['content-disposition']).toMatch(
      /^attachment; filename="Surat Dinas.pdf"/,
    );
    expect(Buffer.compare(pdfView.body as Buffer, MINIMAL_PDF)).toBe(0);
    const noThumbnail = await download(
      leadPetugas,
      `/api/cases/${caseId}/attachments/${pdf.id}/thumbnail`,
    );
    expect(noThumbnail.status).toBe(404);
    const badRendition = await download(
      leadPetugas,
      `/api/cases/${caseId}/attachments/${pdf.id}/raw`,
    );
    expect(badRendition.status).toBe(400);

    // The collaborator uploaded the WebP: the lead may delete it; another collaborator upload is
    // theirs to delete; nobody else's.
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${png.id}`)
      .set(bearer(collaborator))
      .expect(403);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${webp.id}`)
      .set(bearer(collaborator))
      .expect(204);
    await request(testApp.url)
      .delete(`/api/cases/${caseId}/attachments/${png.id}`)
      .set(bearer(leadPetugas))
      .expect(204);
    const gone = await download(leadPetugas, png.urls.view);
    expect(gone.status).toBe(404);
    const list = (
      await request(testApp.url)
        .get(`/api/cases/${caseId}/attachments`)
        .set(bearer(leadPetugas))
        .expect(200)
    ).body as CaseAttachmentList;
    expect(list.items.map((item) => item.id)).toEqual([photo.id, heic.id, pdf.id]);
    const events = await caseEvents(testApp.url, leadPetugas, caseId);
    expect(events.at(-1)).toMatchObject({
      type: 'case.attachment_removed',
      before: { attachmentId: png.id, fileName: 'denah.png' },
    });
    // Soft delete: the id stays valid for comments that reference it.
    const [kept] = await owner.query(
      `SELECT deleted_at IS NOT NULL AS deleted FROM case_attachment WHERE id = $1`,
      [png.id],
    );
    expect(kept.deleted).toBe(true);
  });

  describe('the reporter’s photo on a location link', () => {
    const ask = async () => {
      const created = (
        await request(testApp.url)
          .post('/api/cases')
          .set(bearer(leadPetugas))
          .send(NO_LOCATION)
          .expect(201)
      ).body as CaseDetail;
      const asked = (
        await request(testApp.url)
          .post(`/api/cases/${created.id}/location-requests`)
          .set(bearer(leadPetugas))
          .send({})
          .expect(201)
      ).body as LocationRequestResponse;
      return { caseId: created.id, token: asked.url.split('/lokasi/')[1] };
    };
    const sendPhoto = (token: string, file: Buffer, filename: string, withPin?: boolean) => {
      const req = request(testApp.url)
        .post(`/api/public/location-requests/${token}/photos`)
        .attach('file', file, { filename, contentType: 'image/jpeg' });
      return withPin === undefined ? req : req.field('withPin', String(withPin));
    };

    it('takes a photo without GPS as an attachment, and a photo with GPS as the answer', async () => {
      const { caseId: asked, token } = await ask();
      const plain = (
        await sendPhoto(token, await solid(30, 30).jpeg().toBuffer(), 'a.jpg').expect(201)
      ).body as PublicPhotoUploadResponse;
      expect(plain).toMatchObject({ gpsFound: false, locationSet: false });
      const disguised = await sendPhoto(token, Buffer.from('<html>hi</html>'), 'b.jpg').expect(415);
      expect(disguised.body.fields[0].field).toBe('file');
      const pdf = await sendPhoto(token, MINIMAL_PDF, 'c.jpg').expect(415);
      expect(pdf.body.fields[0].field).toBe('file');

      const answer = (await sendPhoto(token, gpsJpeg, 'lokasi.jpg').expect(201))
        .body as PublicPhotoUploadResponse;
      expect(answer).toMatchObject({ gpsFound: true, locationSet: true });

      const kase = (
        await request(testApp.url).get(`/api/cases/${asked}`).set(bearer(leadPetugas)).expect(200)
      ).body as CaseDetail;
      expect(kase.location).toMatchObject({ ...MALANG, confidence: 'gps', source: 'photo' });
      expect(kase.status).not.toBe('needs_information');
      const events = await caseEvents(testApp.url, leadPetugas, asked);
      expect(events.map((e) => e.type).slice(-4)).toEqual([
        'case.attachment_added',
        'case.attachment_added',
        'case.location_set',
        'case.status_changed',
      ]);
      expect(events.at(-3)).toMatchObject({ actorUserId: null, after: { source: 'reporter' } });

      const list = (
        await request(testApp.url)
          .get(`/api/cases/${asked}/attachments`)
          .set(bearer(leadPetugas))
          .expect(200)
      ).body as CaseAttachmentList;
      expect(list.items.map((item) => [item.source, item.gps])).toEqual([
        ['reporter', null],
        ['reporter', MALANG],
      ]);

      // One-time: the answered link takes nothing more.
      const again = await sendPhoto(token, gpsJpeg, 'lagi.jpg').expect(409);
      expect(again.body.code).toBe('ALREADY_ANSWERED');
      await request(testApp.url)
        .post(`/api/public/location-requests/${token}`)
        .send(MALANG)
        .expect(409);
      await sendPhoto('tautan-palsu-yang-tidak-ada', gpsJpeg, 'x.jpg').expect(404);
    });

    it('keeps the pin as the answer when the reporter drops one besides the photo', async () => {
      const { caseId: asked, token } = await ask();
      const hint = (await sendPhoto(token, gpsJpeg, 'lokasi.jpg', true).expect(201))
        .body as PublicPhotoUploadResponse;
      expect(hint).toMatchObject({ gpsFound: true, locationSet: false });
      await request(testApp.url)
        .post(`/api/public/location-requests/${token}`)
        .send({ lat: -8.1631, lng: 112.5733 })
        .expect(204);
      const kase = (
        await request(testApp.url).get(`/api/cases/${asked}`).set(bearer(leadPetugas)).expect(200)
      ).body as CaseDetail;
      expect(kase.location).toMatchObject({ lat: -8.1631, confidence: 'pinned' });
    });
  });
});
