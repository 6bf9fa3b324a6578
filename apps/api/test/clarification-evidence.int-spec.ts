import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  ApprovalChainView,
  CaseAttachment,
  ClarificationPublicationView,
  LinkedCaseEvidence,
} from '@simpul/contracts';
import { ClarificationClient } from './support/clarification-client';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

/** Malang, as a phone writes it into EXIF. */
const GPS_EXIF = {
  IFD0: { Make: 'SimpulTest', Model: 'Kamera Uji' },
  IFD3: {
    GPSLatitudeRef: 'S',
    GPSLatitude: '7/1 58/1 3000/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '112/1 36/1 4500/100',
  },
};

const photo = (r: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 120, b: 60 } } })
    .jpeg()
    .withExif(GPS_EXIF)
    .toBuffer();

/**
 * Linked cases' field evidence (#15 items 1 and 4): a photo is marked public by those who may
 * change its case, never one of a rahasia case; on the draft, a reader of the case sees its photos,
 * road status and owner, anyone else who reads the draft its number and the public photos; on
 * publication the approved content carries the public photos of non-rahasia cases, served at
 * /klarifikasi/bukti/<id>.jpg without EXIF; a photo not marked public or of a rahasia case never
 * appears.
 */
describe('clarification evidence: linked cases’ photos on drafts and public outputs', () => {
  let app: TestApp;
  let owner: DataSource;
  let storageDir: string;
  let draftId: string;
  const t: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const run = Date.now().toString(36);
  const title = `Jalan Lawang tidak ambles ${run}`;
  const clients: ClarificationClient[] = [];

  const upload = async (token: string, caseId: string, file: Buffer, caption?: string) => {
    const req = request(app.url)
      .post(`/api/cases/${caseId}/attachments`)
      .set(bearer(token))
      .attach('file', file, { filename: 'foto.jpg', contentType: 'image/jpeg' });
    if (caption) req.field('caption', caption);
    const response = await req;
    expect(response.status).toBe(201);
    return response.body as CaseAttachment;
  };
  const mark = (token: string, caseId: string, attachmentId: string, value: boolean) =>
    request(app.url)
      .put(`/api/cases/${caseId}/attachments/${attachmentId}/public`)
      .set(bearer(token))
      .send({ public: value });
  const evidenceAs = async (token: string) => {
    const response = await request(app.url)
      .get(`/api/clarifications/${draftId}/evidence`)
      .set(bearer(token));
    expect(response.status).toBe(200);
    return response.body as LinkedCaseEvidence[];
  };
  const publicAt = async (attachmentId: string) =>
    (await owner.query(`SELECT public_at FROM case_attachment WHERE id = $1`, [attachmentId]))[0]
      .public_at as Date | null;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'simpul-evidence-'));
    app = await createTestApp({
      PUBLIC_URL: 'https://simpul.example.go.id',
      ATTACHMENTS_DIR: storageDir,
    });
    owner = await ownerDataSource();
    const department = await createAgency(owner, 'BuktiInduk', { kind: 'provincial_department' });
    const unit = await createAgency(owner, 'BuktiUpt', {
      kind: 'field_unit',
      parentId: department,
    });
    const invited = await createAgency(owner, 'BuktiUndangan');
    const outsider = await createAgency(owner, 'BuktiLuar');
    ids.unit = unit;
    const users = {
      petugas: await createUser(owner, [[unit, 'petugas']], { label: 'bukti-petugas' }),
      humas: await createUser(owner, [[department, 'humas']], { label: 'bukti-humas' }),
      humas2: await createUser(owner, [[department, 'humas']], { label: 'bukti-humas2' }),
      pimpinan: await createUser(owner, [[department, 'pimpinan']], { label: 'bukti-pimpinan' }),
      invitedHumas: await createUser(owner, [[invited, 'humas']], { label: 'bukti-undangan' }),
      outsider: await createUser(owner, [[outsider, 'humas']], { label: 'bukti-luar' }),
    };
    ids.petugasUser = users.petugas.id;
    for (const [key, user] of Object.entries(users))
      t[key] = (await signIn(app.url, user.email)).accessToken;

    ids.normal = (await createCase(owner, unit, [[unit, 'lead']])).id;
    ids.secret = (await createCase(owner, unit, [[unit, 'lead']])).id;
    // The rahasia case: one of its reports is confidential (the trigger sets ever_confidential).
    await owner.query(`UPDATE case_report SET confidential = true WHERE case_id = $1`, [
      ids.secret,
    ]);
    const [{ ever }] = await owner.query(
      `SELECT ever_confidential AS ever FROM "case" WHERE id = $1`,
      [ids.secret],
    );
    expect(ever).toBe(true);
    // The road the normal case lies on, from the registry.
    const [{ id: version }] = await owner.query(
      `INSERT INTO road_registry_version (source, label, valid_from, status) VALUES ('sample', 'Uji bukti', '2026-01-01', 'done') RETURNING id`,
    );
    const [{ id: segment }] = await owner.query(
      `INSERT INTO road_segment (version_id, link_number, name, status, agency_id, geometry, min_lng, min_lat, max_lng, max_lat, valid_from)
       VALUES ($1, '129', 'Jl. Raya Lawang (uji)', 'provinsi', $2,
               '{"type":"LineString","coordinates":[[112.69,-7.83],[112.70,-7.84]]}', 112.69, -7.84, 112.70, -7.83, '2026-01-01')
       RETURNING id`,
      [version, department],
    );
    await owner.query(
      `UPDATE "case" SET road_segment_id = $1, road_status = 'provinsi' WHERE id = $2`,
      [segment, ids.normal],
    );

    ids.publicPhoto = (await upload(t['petugas'], ids.normal, await photo(200), 'Aspal utuh')).id;
    ids.privatePhoto = (await upload(t['petugas'], ids.normal, await photo(40))).id;
    ids.secretPhoto = (await upload(t['petugas'], ids.secret, await photo(120))).id;

    const created = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humas']))
      .send({
        label: 'HOAKS',
        title,
        narrative: 'Jalan Lawang ambles, tidak bisa dilewati!',
        platform: 'WhatsApp',
        sourceUrls: ['https://example.org/video-lawang'],
        caseIds: [ids.normal, ids.secret],
      });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    expect(
      (
        await request(app.url)
          .post(`/api/clarifications/${draftId}/agencies`)
          .set(bearer(t['humas']))
          .send({ agencyId: invited })
      ).status,
    ).toBe(201);
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await app?.close();
    await owner?.destroy();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('lets those who change the case mark a photo public; never a rahasia case’s, nor a reader', async () => {
    const marked = await mark(t['petugas'], ids.normal, ids.publicPhoto, true);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: ids.publicPhoto, public: true, canMarkPublic: true });
    // A retry changes nothing, nor writes a second audit entry.
    const before = await publicAt(ids.publicPhoto);
    expect((await mark(t['petugas'], ids.normal, ids.publicPhoto, true)).status).toBe(200);
    expect(await publicAt(ids.publicPhoto)).toEqual(before);
    const audit = await owner.query(
      `SELECT actor_user_id, agency_id, details FROM audit_log
       WHERE action = 'attachment.public_changed' AND target_id = $1`,
      [ids.publicPhoto],
    );
    expect(audit).toEqual([
      {
        actor_user_id: ids.petugasUser,
        agency_id: ids.unit,
        details: { caseId: ids.normal, public: true, fileName: 'foto.jpg' },
      },
    ]);

    const secret = await mark(t['petugas'], ids.secret, ids.secretPhoto, true);
    expect(secret.status).toBe(422);
    expect(secret.body.code).toBe('ATTACHMENT_NOT_PUBLISHABLE');
    expect(secret.body.fields[0].field).toBe('public');
    expect(secret.body.message.id).toContain('rahasia');
    expect(secret.body.message.en).toContain('confidential');
    expect(await publicAt(ids.secretPhoto)).toBeNull();

    // The department's humas reads the UPT's case but does not change it; an outsider reads nothing.
    expect((await mark(t['humas'], ids.normal, ids.privatePhoto, true)).status).toBe(403);
    expect((await mark(t['outsider'], ids.normal, ids.privatePhoto, true)).status).toBe(404);
    const bad = await request(app.url)
      .put(`/api/cases/${ids.normal}/attachments/${ids.privatePhoto}/public`)
      .set(bearer(t['petugas']))
      .send({ public: 'ya' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.fields)).toContain('public');
    expect(await publicAt(ids.privatePhoto)).toBeNull();

    // As if marked before a rahasia report merged in: the mark is there, the case is rahasia now.
    await owner.query(`UPDATE case_attachment SET public_at = now() WHERE id = $1`, [
      ids.secretPhoto,
    ]);
    const list = await request(app.url)
      .get(`/api/cases/${ids.secret}/attachments`)
      .set(bearer(t['petugas']))
      .expect(200);
    expect(list.body.items[0]).toMatchObject({ public: false, canMarkPublic: false });
  });

  it('shows a reader of the case its photos, road status and owner', async () => {
    const evidence = await evidenceAs(t['humas']);
    expect(evidence.map((e) => e.caseId)).toEqual([ids.normal, ids.secret]);
    const [normal, secret] = evidence;
    expect(normal).toMatchObject({
      readable: true,
      title: 'Jalan berlubang uji',
      road: {
        name: 'Jl. Raya Lawang (uji)',
        status: 'provinsi',
        linkNumber: '129',
        owner: { shortName: 'Uji BuktiInduk' },
      },
    });
    expect(normal.photos.map((p) => [p.attachmentId, p.public])).toEqual([
      [ids.publicPhoto, true],
      [ids.privatePhoto, false],
    ]);
    expect(normal.photos[0].viewUrl).toBe(
      `/api/cases/${ids.normal}/attachments/${ids.publicPhoto}/view`,
    );
    expect(secret.readable).toBe(true);
    expect(secret.photos.map((p) => [p.attachmentId, p.public])).toEqual([
      [ids.secretPhoto, false],
    ]);
  });

  it('shows anyone else who reads the draft the number and the public photos only', async () => {
    const evidence = await evidenceAs(t['invitedHumas']);
    const [normal, secret] = evidence;
    expect(normal).toMatchObject({ readable: false, title: null, status: null, road: null });
    expect(normal.number).toMatch(/^SMP-TEST-/);
    expect(normal.photos.map((p) => p.attachmentId)).toEqual([ids.publicPhoto]);
    expect(secret).toMatchObject({ readable: false, photos: [] });
    const text = JSON.stringify(evidence);
    expect(text).not.toContain(ids.privatePhoto);
    expect(text).not.toContain(ids.secretPhoto);
    expect(text).not.toContain('Jalan berlubang uji');

    const served = await request(app.url)
      .get(normal.photos[0].viewUrl)
      .set(bearer(t['invitedHumas']))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(await exifr.parse(served.body as Buffer, true).catch(() => undefined)).toBeUndefined();
    for (const other of [ids.privatePhoto, ids.secretPhoto])
      expect(
        (
          await request(app.url)
            .get(`/api/clarifications/${draftId}/evidence/${other}/photo`)
            .set(bearer(t['invitedHumas']))
        ).status,
      ).toBe(404);
    // The invited agency cannot fetch the case's own attachment routes either.
    expect(
      (
        await request(app.url)
          .get(`/api/cases/${ids.normal}/attachments/${ids.publicPhoto}/view`)
          .set(bearer(t['invitedHumas']))
      ).status,
    ).toBe(404);
    // An agency outside the draft reads nothing of it.
    for (const path of ['evidence', `evidence/${ids.publicPhoto}/photo`])
      expect(
        (
          await request(app.url)
            .get(`/api/clarifications/${draftId}/${path}`)
            .set(bearer(t['outsider']))
        ).status,
      ).toBe(404);
  });

  it('publishes the public photo of the normal case without EXIF, and never the others', async () => {
    const editor = new ClarificationClient(() => app.url, t['humas'], draftId);
    clients.push(editor);
    await editor.connect();
    editor.doc.getText('penjelasan').insert(0, 'Video berasal dari daerah lain.');
    editor.doc.getText('faktanya').insert(0, 'Petugas UPT memeriksa: jalan utuh.');
    editor.doc.getText('sumber').insert(0, '- Pemeriksaan lapangan UPT');
    await editor.flushed();
    const chain = (
      await request(app.url)
        .get(`/api/clarifications/${draftId}/approval`)
        .set(bearer(t['humas']))
        .expect(200)
    ).body as ApprovalChainView;
    for (const who of ['humas2', 'pimpinan'])
      expect(
        (
          await request(app.url)
            .post(`/api/clarifications/${draftId}/approval`)
            .set(bearer(t[who]))
            .send({ decision: 'approved', contentHash: chain.contentHash })
        ).status,
      ).toBe(201);
    // The photos are part of the approved content: a photo marked public after the approvals
    // changes it, and the approved version is no longer what would be published.
    const later = (await upload(t['petugas'], ids.normal, await photo(90), 'Foto susulan')).id;
    expect((await mark(t['petugas'], ids.normal, later, true)).status).toBe(200);
    const refused = await request(app.url)
      .post(`/api/clarifications/${draftId}/publish`)
      .set(bearer(t['humas']));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CLARIFICATION_NOT_APPROVED');
    expect(
      (await owner.query(`SELECT 1 FROM clarification_publication WHERE draft_id = $1`, [draftId]))
        .length,
    ).toBe(0);
    expect((await mark(t['petugas'], ids.normal, later, false)).status).toBe(200);
    const published = await request(app.url)
      .post(`/api/clarifications/${draftId}/publish`)
      .set(bearer(t['humas']));
    expect(published.status).toBe(200);
    const view = published.body as ClarificationPublicationView;
    const url = `/klarifikasi/bukti/${ids.publicPhoto}.jpg`;
    expect(view.publication.content.evidence).toEqual([{ url, caption: 'Aspal utuh' }]);

    const page = await request(app.url).get(`/klarifikasi/${view.publication.slug}`).expect(200);
    expect(page.text).toContain(`<img src="${url}"`);
    expect(page.text).toContain('Bukti lapangan');
    for (const other of [ids.privatePhoto, ids.secretPhoto]) expect(page.text).not.toContain(other);

    const served = await request(app.url)
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const bytes = served.body as Buffer;
    expect((await sharp(bytes).metadata()).format).toBe('jpeg');
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    expect(await exifr.parse(bytes, true).catch(() => undefined)).toBeUndefined();
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('SimpulTest'))).toBe(false);

    // Not marked public, or of a rahasia case (even with a mark): never served publicly.
    for (const other of [ids.privatePhoto, ids.secretPhoto])
      expect((await request(app.url).get(`/klarifikasi/bukti/${other}.jpg`)).status).toBe(404);
    expect((await request(app.url).get(`/klarifikasi/bukti/../../etc/passwd`)).status).toBe(404);

    // Taking the mark back stops the public file at once.
    expect((await mark(t['petugas'], ids.normal, ids.publicPhoto, false)).status).toBe(200);
    expect((await request(app.url).get(url)).status).toBe(404);
    // …and the page no longer shows it (the stored content keeps it, as approved).
    const after = await request(app.url).get(`/klarifikasi/${view.publication.slug}`).expect(200);
    expect(after.text).not.toContain(url);
    expect(after.text).not.toContain('Bukti lapangan');
  });
});
