import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ApprovalChainView, ClarificationPublicationView } from '@simpul/contracts';
import { ClarificationClient } from './support/clarification-client';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * Publishing a clarification once, everywhere (#15 item 4), against the real app and PostgreSQL:
 * an unapproved version is refused with nothing stored; the public page at /klarifikasi/<slug> is
 * plain HTML without sign-in (no JavaScript needed) with ClaimReview JSON-LD; the share card is a
 * 1080×1080 PNG; a correction and a retraction change every output; the delivery log.
 */
describe('clarification publication', () => {
  let app: TestApp;
  let owner: DataSource;
  let draftId: string;
  const t: Record<string, string> = {};
  // Unique per run, so a reused test database does not hold the slug already.
  const run = Date.now().toString(36);
  const title = `Jembatan Kedungkandang tidak putus ${run}`;
  const slug = `jembatan-kedungkandang-tidak-putus-${run}`;
  const clients: ClarificationClient[] = [];

  const publications = async () =>
    Number(
      (
        await owner.query(
          `SELECT count(*)::int AS n FROM clarification_publication WHERE draft_id = $1`,
          [draftId],
        )
      )[0].n,
    );
  const post = (path: string, token: string, body: object = {}) =>
    request(app.url).post(`/api/clarifications/${draftId}${path}`).set(bearer(token)).send(body);

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_URL: 'https://simpul.example.go.id' });
    owner = await ownerDataSource();
    const a = await createAgency(owner, 'Terbit A');
    const b = await createAgency(owner, 'Terbit B');
    const outsider = await createAgency(owner, 'Terbit Luar');
    const users = {
      humasA: await createUser(owner, [[a, 'humas']], { label: 'pub-humas-a' }),
      humasA2: await createUser(owner, [[a, 'humas']], { label: 'pub-humas-a2' }),
      pimpinanA: await createUser(owner, [[a, 'pimpinan']], { label: 'pub-pimpinan-a' }),
      humasB: await createUser(owner, [[b, 'humas']], { label: 'pub-humas-b' }),
      humasB2: await createUser(owner, [[b, 'humas']], { label: 'pub-humas-b2' }),
      outsider: await createUser(owner, [[outsider, 'humas']], { label: 'pub-luar' }),
    };
    for (const [key, user] of Object.entries(users))
      t[key] = (await signIn(app.url, user.email)).accessToken;
    const fieldCase = await createCase(owner, a, [[a, 'lead']]);
    const created = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humasA']))
      .send({
        label: 'HOAKS',
        title,
        narrative: 'Jembatan Kedungkandang putus! Jangan lewat. <script>alert(1)</script>',
        platform: 'WhatsApp',
        sourceUrls: ['https://example.org/video-viral'],
        caseIds: [fieldCase.id],
      });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    expect((await post('/agencies', t['humasA'], { agencyId: b })).status).toBe(201);
    expect(
      (
        await request(app.url)
          .put(`/api/clarifications/${draftId}/invitation`)
          .set(bearer(t['humasB']))
          .send({ accept: true })
      ).status,
    ).toBe(200);
    const editor = new ClarificationClient(() => app.url, t['humasA'], draftId);
    clients.push(editor);
    await editor.connect();
    editor.doc.getText('penjelasan').insert(0, 'Video direkam di provinsi lain pada 2021.');
    editor.doc
      .getText('faktanya')
      .insert(0, 'Petugas UPT memeriksa jembatan pagi ini: **jembatan utuh dan dapat dilalui**.');
    editor.doc
      .getText('sumber')
      .insert(
        0,
        '- Pemeriksaan lapangan UPT PJJ Malang\n- [Status ruas](https://example.org/ruas/1)',
      );
    await editor.flushed();
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await app?.close();
    await owner?.destroy();
  });

  it('refuses to publish a version the chain has not approved, storing nothing', async () => {
    const refused = await post('/publish', t['humasA']);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CLARIFICATION_NOT_APPROVED');
    expect(refused.body.fields[0].field).toBe('contentHash');
    expect(refused.body.message.id).toContain('belum disetujui');
    expect(refused.body.message.en).toContain('not been approved');
    expect(await publications()).toBe(0);
    expect((await request(app.url).get('/klarifikasi')).text).not.toContain(slug);
    expect((await request(app.url).get(`/klarifikasi/${slug}`)).status).toBe(404);
  });

  it('publishes the approved version; outsiders can neither publish nor read the outputs', async () => {
    const chainOf = async (): Promise<ApprovalChainView> =>
      (
        await request(app.url)
          .get(`/api/clarifications/${draftId}/approval`)
          .set(bearer(t['humasA']))
      ).body;
    const chain = await chainOf();
    for (const who of ['humasA2', 'pimpinanA', 'humasB2'])
      expect(
        (await post('/approval', t[who], { decision: 'approved', contentHash: chain.contentHash }))
          .status,
      ).toBe(201);
    expect((await chainOf()).approved).toBe(true);

    expect((await post('/publish', t['outsider'])).status).toBe(404);
    expect(await publications()).toBe(0);

    const published = await post('/publish', t['humasA']);
    expect(published.status).toBe(200);
    const view = published.body as ClarificationPublicationView;
    expect(view.publication.slug).toBe(slug);
    expect(view.publication.url).toBe(`https://simpul.example.go.id/klarifikasi/${slug}`);
    expect(view.outputs.whatsapp).toContain('*[HOAKS]*');
    expect(view.outputs.whatsapp).toContain('Pemeriksaan lapangan UPT PJJ Malang');
    expect(view.outputs.xThread[0]).toContain('[HOAKS]');
    expect(view.outputs.instagramCaption).toContain('link di bio');
    expect(await publications()).toBe(1);

    const again = await post('/publish', t['humasA']);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CLARIFICATION_ALREADY_PUBLISHED');

    expect(
      (
        await request(app.url)
          .get(`/api/clarifications/${draftId}/outputs`)
          .set(bearer(t['outsider']))
      ).status,
    ).toBe(404);
    const forB = await request(app.url)
      .get(`/api/clarifications/${draftId}/outputs`)
      .set(bearer(t['humasB']));
    expect(forB.status).toBe(200);
    expect(forB.body.outputs.publicUrl).toBe(view.publication.url);
  });

  it('serves the public page without sign-in as plain HTML with valid ClaimReview JSON-LD', async () => {
    const page = await request(app.url).get(`/klarifikasi/${slug}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain(`<h1>${title}</h1>`);
    expect(page.text).toContain('<strong>jembatan utuh dan dapat dilalui</strong>');
    expect(page.text).toContain('Video direkam di provinsi lain pada 2021.');
    expect(page.text).toContain('Pemeriksaan lapangan UPT PJJ Malang');
    expect(page.text).not.toContain('<script>alert(1)</script>');
    // The only script is the JSON-LD: the page reads without JavaScript.
    expect(page.text.match(/<script/g)).toHaveLength(1);
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.text);
    const review = JSON.parse(json?.[1] ?? '{}') as Record<string, unknown>;
    expect(review['@type']).toBe('ClaimReview');
    expect(review['claimReviewed']).toContain('Jembatan Kedungkandang putus!');
    expect(review['reviewRating']).toMatchObject({ ratingValue: 1, alternateName: 'HOAKS' });
    expect(review['author']).toEqual({
      '@type': 'Organization',
      name: expect.stringContaining('Terbit A'),
    });
    expect(review['itemReviewed']).toMatchObject({
      '@type': 'Claim',
      firstAppearance: { '@type': 'CreativeWork', url: 'https://example.org/video-viral' },
    });

    const index = await request(app.url).get('/klarifikasi');
    expect(index.status).toBe(200);
    expect(index.text).toContain(`href="/klarifikasi/${slug}"`);

    const card = await request(app.url)
      .get(`/klarifikasi/${slug}/kartu.png`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(card.status).toBe(200);
    expect(card.headers['content-type']).toBe('image/png');
    const png = card.body as Buffer;
    expect(png.readUInt32BE(16)).toBe(1080);
    expect(png.readUInt32BE(20)).toBe(1080);

    expect((await request(app.url).get('/klarifikasi/tidak-ada')).status).toBe(404);
  });

  it('answers /klarifikasi from the API, not the web app, when the web app is served too', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'simpul-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>SPA</title><sp-root></sp-root>',
    );
    const withWeb = await createTestApp({ WEB_DIST_PATH: webRoot });
    try {
      const page = await request(withWeb.url).get(`/klarifikasi/${slug}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('application/ld+json');
      expect(page.text).not.toContain('<sp-root>');
      const index = await request(withWeb.url).get('/klarifikasi');
      expect(index.text).toContain(`/klarifikasi/${slug}`);
      expect((await request(withWeb.url).get('/kasus/1')).text).toContain('<sp-root>');
    } finally {
      await withWeb.close();
    }
  });

  it('logs deliveries and refuses bad ones naming the field', async () => {
    const bad = await post('/deliveries', t['humasA'], { output: 'fax', channel: 'Grup WA' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('output');
    const logged = await post('/deliveries', t['humasB'], {
      output: 'whatsapp',
      channel: 'Grup WA Humas Jatim',
    });
    expect(logged.status).toBe(201);
    expect(logged.body[0]).toMatchObject({ output: 'whatsapp', channel: 'Grup WA Humas Jatim' });
    expect(logged.body[0].postedByName).toBeTruthy();
    expect(
      (
        await request(app.url)
          .get(`/api/clarifications/${draftId}/deliveries`)
          .set(bearer(t['outsider']))
      ).status,
    ).toBe(404);
    expect((await post('/deliveries', t['outsider'], { output: 'x', channel: '@x' })).status).toBe(
      404,
    );
  });

  it('a correction and then a retraction change every output, dated', async () => {
    const corrected = await post('/correction', t['humasA'], {
      text: 'Jam pemeriksaan: 09.00 WIB.',
    });
    expect(corrected.status).toBe(200);
    const view = corrected.body as ClarificationPublicationView;
    expect(view.publication.status).toBe('corrected');
    for (const text of [
      view.outputs.whatsapp,
      view.outputs.instagramCaption,
      view.outputs.xThread[0],
    ])
      expect(text).toMatch(/RALAT \d{1,2} \w+ \d{4}.*Jam pemeriksaan: 09.00 WIB\./s);
    const page = await request(app.url).get(`/klarifikasi/${slug}`);
    expect(page.text).toContain('Jam pemeriksaan: 09.00 WIB.');
    expect(page.text).toContain('RALAT');

    expect((await post('/correction', t['humasA'], { text: '' })).status).toBe(400);
    const retracted = await post('/retraction', t['humasA'], {
      text: 'Jembatan ternyata rusak ringan.',
    });
    expect(retracted.status).toBe(200);
    expect(retracted.body.outputs.whatsapp).toMatch(/^\*DICABUT /);
    const gone = await request(app.url).get(`/klarifikasi/${slug}`);
    expect(gone.status).toBe(200);
    expect(gone.text).toContain('DICABUT');
    expect(gone.text).toContain('Jembatan ternyata rusak ringan.');
    expect(gone.text).not.toContain('application/ld+json');
    expect((await request(app.url).get('/klarifikasi')).text).toMatch(
      new RegExp(`/klarifikasi/${slug}"[^\\n]*dicabut`),
    );
    expect((await post('/correction', t['humasA'], { text: 'lagi' })).status).toBe(409);
    const audit = await owner.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [draftId],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining([
        'clarification.published',
        'clarification.corrected',
        'clarification.retracted',
        'clarification.delivery_logged',
      ]),
    );
  });
});
