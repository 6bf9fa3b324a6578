import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CommentRevision,
  CommentView,
  CreateCommentResponse,
  NotificationPage,
} from '@simpul/contracts';
import {
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
  type FixtureCase,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * The case's conversation: internal notes and public replies under the access policy, edits
 * with versions and history, soft deletes, mentions of people and agencies, and the timeline.
 */
describe('case comments', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let kase: FixtureCase;
  const agency = {} as Record<'lead' | 'collab' | 'observer' | 'parent' | 'outsider', string>;
  const token = {} as Record<
    | 'leadPetugas'
    | 'leadAdmin'
    | 'leadHumas'
    | 'collabPetugas'
    | 'collabAdmin'
    | 'observerPetugas'
    | 'parentPimpinan'
    | 'parentAdmin'
    | 'outsiderAdmin',
    string
  >;
  const user = {} as Record<
    'leadPetugas' | 'collabPetugas' | 'collabAdmin' | 'outsiderAdmin',
    string
  >;
  let unique: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    unique = Math.random().toString(36).slice(2, 8);
    agency.parent = await createAgency(owner, `Induk${unique}`);
    agency.lead = await createAgency(owner, `Utama${unique}`, { parentId: agency.parent });
    agency.collab = await createAgency(owner, `Kolab${unique}`);
    agency.observer = await createAgency(owner, `Amat${unique}`);
    agency.outsider = await createAgency(owner, `Luar${unique}`);
    kase = await createCase(owner, agency.lead, [
      [agency.lead, 'lead'],
      [agency.collab, 'collaborator'],
      [agency.observer, 'observer'],
    ]);
    const people: [keyof typeof token, string, 'admin' | 'petugas' | 'humas' | 'pimpinan'][] = [
      ['leadPetugas', agency.lead, 'petugas'],
      ['leadAdmin', agency.lead, 'admin'],
      ['leadHumas', agency.lead, 'humas'],
      ['collabPetugas', agency.collab, 'petugas'],
      ['collabAdmin', agency.collab, 'admin'],
      ['observerPetugas', agency.observer, 'petugas'],
      ['parentPimpinan', agency.parent, 'pimpinan'],
      ['parentAdmin', agency.parent, 'admin'],
      ['outsiderAdmin', agency.outsider, 'admin'],
    ];
    for (const [name, agencyId, role] of people) {
      const created = await createUser(owner, [[agencyId, role]], { label: `${name}${unique}` });
      token[name] = (await signIn(testApp.url, created.email)).accessToken;
      if (name in { leadPetugas: 1, collabPetugas: 1, collabAdmin: 1, outsiderAdmin: 1 })
        (user as Record<string, string>)[name] = created.id;
    }
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const post = (who: keyof typeof token, body: object, caseId = kase.id) =>
    request(testApp.url).post(`/api/cases/${caseId}/comments`).set(bearer(token[who])).send(body);
  const list = (who: keyof typeof token) =>
    request(testApp.url).get(`/api/cases/${kase.id}/comments`).set(bearer(token[who]));
  const notifications = async (who: keyof typeof token): Promise<NotificationPage> =>
    (await request(testApp.url).get('/api/notifications').set(bearer(token[who])).expect(200))
      .body as NotificationPage;

  it('posts an internal note that every reader of the case sees, with its timeline event', async () => {
    const created = await post('collabPetugas', {
      visibility: 'internal',
      body: 'Tim **lapangan** sudah cek. Lubang 2 m.',
    }).expect(201);
    const { comment } = created.body as CreateCommentResponse;
    expect(comment).toMatchObject({
      caseId: kase.id,
      visibility: 'internal',
      body: 'Tim **lapangan** sudah cek. Lubang 2 m.',
      authorKind: 'officer',
      authorUserId: user.collabPetugas,
      authorName: `Pengguna collabPetugas${unique}`,
      authorAgencyId: agency.collab,
      authorAgencyName: `Uji Kolab${unique}`,
      version: 1,
      deletedAt: null,
    });
    for (const reader of ['leadPetugas', 'observerPetugas', 'parentPimpinan'] as const) {
      const thread = (await list(reader).expect(200)).body as CommentView[];
      expect(thread.map((c) => c.id)).toContain(comment.id);
    }
    const events = await caseEvents(testApp.url, token.leadPetugas, kase.id);
    const event = events.find((e) => e.seq === comment.seq);
    expect(event?.type).toBe('comment.created');
    expect(event?.after).toEqual(comment);
  });

  it('lets observers write internal notes but not public replies, and ancestors only read', async () => {
    await post('observerPetugas', { visibility: 'internal', body: 'Kami pantau.' }).expect(201);
    await post('observerPetugas', { visibility: 'public', body: 'Halo pelapor' }).expect(403);
    await post('collabPetugas', { visibility: 'public', body: 'Halo pelapor' }).expect(403);
    await post('parentAdmin', { visibility: 'internal', body: 'Segera.' }).expect(403);
    await post('parentPimpinan', { visibility: 'public', body: 'Halo pelapor' }).expect(403);
    const reply = await post('leadHumas', {
      visibility: 'public',
      body: 'Terima kasih, laporan sedang ditangani.',
    }).expect(201);
    expect((reply.body as CreateCommentResponse).comment.visibility).toBe('public');
  });

  it("lets the parent agency's pimpinan leave an instruction on a subordinate unit's case", async () => {
    const detail = await request(testApp.url)
      .get(`/api/cases/${kase.id}`)
      .set(bearer(token.parentPimpinan))
      .expect(200);
    expect((detail.body as { permissions: { comment: boolean } }).permissions.comment).toBe(true);
    const created = await post('parentPimpinan', {
      visibility: 'internal',
      body: 'Instruksi: tutup lubang sebelum Senin.',
    }).expect(201);
    const { comment } = created.body as CreateCommentResponse;
    expect(comment).toMatchObject({ visibility: 'internal', authorAgencyId: agency.parent });
    const thread = (await list('leadPetugas').expect(200)).body as CommentView[];
    expect(thread.find((c) => c.id === comment.id)?.body).toBe(
      'Instruksi: tutup lubang sebelum Senin.',
    );
    const parentAdminDetail = await request(testApp.url)
      .get(`/api/cases/${kase.id}`)
      .set(bearer(token.parentAdmin))
      .expect(200);
    expect(
      (parentAdminDetail.body as { permissions: { comment: boolean } }).permissions.comment,
    ).toBe(false);
  });

  it('refuses an unrelated agency with 404 (never revealing the case) and audits it', async () => {
    await list('outsiderAdmin').expect(404);
    await post('outsiderAdmin', { visibility: 'internal', body: 'Halo' }).expect(404);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND actor_user_id = $1 AND target_id = $2`,
      [user.outsiderAdmin, kase.id],
    );
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('validates the body: blank, too long, unknown visibility', async () => {
    const blank = await post('leadPetugas', { visibility: 'internal', body: '   ' }).expect(400);
    expect(blank.body.fields[0].field).toBe('body');
    await post('leadPetugas', { visibility: 'internal', body: 'x'.repeat(10_001) }).expect(400);
    await post('leadPetugas', { visibility: 'secret', body: 'x' }).expect(400);
  });

  it("shows only the case's own attachments that are not deleted", async () => {
    const attach = async (caseId: string, deleted = false): Promise<string> => {
      const [{ id }] = await owner.query(
        `INSERT INTO case_attachment (case_id, kind, media_type, file_name, byte_size, sha256, storage_key,
           view_media_type, deleted_at)
         VALUES ($1, 'image', 'image/jpeg', 'foto.jpg', 10, repeat('a', 64), gen_random_uuid()::text, 'image/jpeg',
           CASE WHEN $2 THEN now() END)
         RETURNING id`,
        [caseId, deleted],
      );
      return id;
    };
    const own = await attach(kase.id);
    const created = await post('leadPetugas', {
      visibility: 'internal',
      body: 'Foto terlampir',
      attachmentIds: [own, own],
    }).expect(201);
    expect((created.body as CreateCommentResponse).comment.attachmentIds).toEqual([own]);
    const otherCase = await createCase(owner, agency.outsider, [[agency.outsider, 'lead']]);
    for (const foreign of [await attach(otherCase.id), await attach(kase.id, true)]) {
      const refused = await post('leadPetugas', {
        visibility: 'internal',
        body: 'Foto lain',
        attachmentIds: [own, foreign],
      }).expect(400);
      expect(refused.body.fields[0].field).toBe('attachmentIds');
    }
  });

  it('keeps edits with versions: only the author edits, a stale version gets 409 with the current comment', async () => {
    const { comment } = (
      await post('leadPetugas', { visibility: 'internal', body: 'Versi satu' }).expect(201)
    ).body as CreateCommentResponse;
    const url = `/api/cases/${kase.id}/comments/${comment.id}`;
    await request(testApp.url)
      .patch(url)
      .set(bearer(token.collabPetugas))
      .send({ body: 'bukan milik saya', version: 1 })
      .expect(403);
    const edited = await request(testApp.url)
      .patch(url)
      .set(bearer(token.leadPetugas))
      .send({ body: 'Versi dua', version: 1 })
      .expect(200);
    expect((edited.body as CreateCommentResponse).comment).toMatchObject({
      body: 'Versi dua',
      version: 2,
      seq: comment.seq,
    });
    expect((edited.body as CreateCommentResponse).comment.editedAt).not.toBeNull();

    const stale = await request(testApp.url)
      .patch(url)
      .set(bearer(token.leadPetugas))
      .send({ body: 'Versi tiga dari tab lama', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.details.current).toMatchObject({
      id: comment.id,
      body: 'Versi dua',
      version: 2,
    });

    const revisions = (
      await request(testApp.url)
        .get(`${url}/revisions`)
        .set(bearer(token.observerPetugas))
        .expect(200)
    ).body as CommentRevision[];
    expect(revisions.map((r) => [r.version, r.body])).toEqual([
      [1, 'Versi satu'],
      [2, 'Versi dua'],
    ]);
    expect(revisions[1].editorName).toBe(`Pengguna leadPetugas${unique}`);

    const events = await caseEvents(testApp.url, token.leadPetugas, kase.id);
    const edit = events.filter((e) => e.type === 'comment.edited').pop();
    expect(edit?.before).toEqual({ id: comment.id, version: 1 });
    expect(edit?.after).toMatchObject({ id: comment.id, body: 'Versi dua', version: 2 });
  });

  it('deletes softly: a "dihapus" placeholder without text; author or the lead admin only', async () => {
    const { comment } = (
      await post('collabPetugas', { visibility: 'internal', body: 'Salah kirim' }).expect(201)
    ).body as CreateCommentResponse;
    const url = `/api/cases/${kase.id}/comments/${comment.id}`;
    await request(testApp.url).delete(url).set(bearer(token.collabAdmin)).expect(403);
    await request(testApp.url).delete(url).set(bearer(token.leadPetugas)).expect(403);
    const deleted = await request(testApp.url).delete(url).set(bearer(token.leadAdmin)).expect(200);
    expect(deleted.body).toMatchObject({ id: comment.id, body: null, version: 2 });
    expect(deleted.body.deletedAt).not.toBeNull();

    const thread = (await list('observerPetugas').expect(200)).body as CommentView[];
    const placeholder = thread.find((c) => c.id === comment.id);
    expect(placeholder).toMatchObject({ body: null, mentions: [], attachmentIds: [] });
    expect(placeholder?.deletedAt).not.toBeNull();
    const history = await request(testApp.url)
      .get(`${url}/revisions`)
      .set(bearer(token.leadPetugas))
      .expect(200);
    expect(history.body).toEqual([]);
    const edit = await request(testApp.url)
      .patch(url)
      .set(bearer(token.collabPetugas))
      .send({ body: 'Hidup lagi?', version: 2 })
      .expect(409);
    expect(edit.body.code).toBe('COMMENT_DELETED');

    const events = await caseEvents(testApp.url, token.leadPetugas, kase.id);
    const removal = events.filter((e) => e.type === 'comment.deleted').pop();
    expect(removal?.actorUserId).not.toBe(user.collabPetugas);
    expect(removal?.after).toMatchObject({ id: comment.id, body: null });
  });

  it('notifies mentioned people and the members of a mentioned agency on the case', async () => {
    const before = (await notifications('collabAdmin')).unreadCount;
    const created = await post('leadPetugas', {
      visibility: 'internal',
      body: `Mohon dicek @Pengguna collabPetugas${unique}, dan @uji kolab${unique} juga.`,
    }).expect(201);
    const { comment, agenciesNotOnCase } = created.body as CreateCommentResponse;
    expect(agenciesNotOnCase).toEqual([]);
    expect(comment.mentions).toEqual([
      { kind: 'user', id: user.collabPetugas, label: `Pengguna collabPetugas${unique}` },
      { kind: 'agency', id: agency.collab, label: `uji kolab${unique}` },
    ]);

    const mentioned = await notifications('collabPetugas');
    const mention = mentioned.items.find((n) => n.kind === 'mention' && n.caseId === kase.id);
    expect(mention?.title).toContain(`Pengguna leadPetugas${unique}`);
    expect(mention?.caseNumber).toMatch(/^SMP-TEST-/);
    expect(mention?.body).toContain('Mohon dicek');
    // Named personally: no second notification for the agency mention.
    expect(
      mentioned.items.filter((n) => n.kind === 'agency_mention' && n.caseId === kase.id),
    ).toEqual([]);

    const colleague = await notifications('collabAdmin');
    expect(colleague.unreadCount).toBe(before + 1);
    expect(colleague.items[0]).toMatchObject({ kind: 'agency_mention', caseId: kase.id });
    // The author hears nothing of their own mention.
    const author = await notifications('leadPetugas');
    expect(author.items.filter((n) => n.kind === 'mention' && n.caseId === kase.id)).toEqual([]);
  });

  it('notifies on an edit only the people it newly mentions', async () => {
    const mentionsOf = async (who: 'collabPetugas' | 'collabAdmin', commentBody: string) =>
      (await notifications(who)).items.filter((n) => n.kind === 'mention' && n.body === commentBody)
        .length;
    const first = `Cek @Pengguna collabPetugas${unique} ya`;
    const { comment } = (
      await post('leadPetugas', { visibility: 'internal', body: first }).expect(201)
    ).body as CreateCommentResponse;
    const second = `Cek @Pengguna collabPetugas${unique} dan @Pengguna collabAdmin${unique} ya`;
    await request(testApp.url)
      .patch(`/api/cases/${kase.id}/comments/${comment.id}`)
      .set(bearer(token.leadPetugas))
      .send({ body: second, version: 1 })
      .expect(200);
    expect(await mentionsOf('collabPetugas', first)).toBe(1);
    expect(await mentionsOf('collabPetugas', second)).toBe(0);
    expect(await mentionsOf('collabAdmin', second)).toBe(1);
  });

  it('returns an agency that is not on the case and grants it nothing', async () => {
    const created = await post('leadPetugas', {
      visibility: 'internal',
      body: `Sepertinya kewenangan @Instansi Uji Luar${unique}. Atau @Orang Tak Dikenal`,
    }).expect(201);
    const { comment, agenciesNotOnCase } = created.body as CreateCommentResponse;
    expect(agenciesNotOnCase).toEqual([{ id: agency.outsider, name: `Uji Luar${unique}` }]);
    expect(comment.mentions).toEqual([
      { kind: 'agency', id: agency.outsider, label: `Instansi Uji Luar${unique}` },
    ]);
    await list('outsiderAdmin').expect(404);
    await request(testApp.url)
      .get(`/api/cases/${kase.id}`)
      .set(bearer(token.outsiderAdmin))
      .expect(404);
    const outsider = await notifications('outsiderAdmin');
    expect(outsider.items.filter((n) => n.caseId === kase.id)).toEqual([]);
    // A person who cannot see the case is not found by name either.
    const mentionOutsider = await post('leadPetugas', {
      visibility: 'internal',
      body: `@Pengguna outsiderAdmin${unique} tolong`,
    }).expect(201);
    expect((mentionOutsider.body as CreateCommentResponse).comment.mentions).toEqual([]);
  });

  it('shows reporter replies from the tracking page signed by the reporter only to those allowed', async () => {
    // What the tracking page does: the writer, as the system, in one transaction.
    const { CommentWriter } = await import('../src/app/comments/comment-writer');
    const writer = testApp.app.get(CommentWriter);
    await testApp.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      await writer.insertReporterReply(manager, {
        caseId: kase.id,
        reportId: kase.openReportId,
        authorName: 'Budi Santoso',
        body: 'Lubangnya makin besar, Pak.',
      });
    });
    const lead = ((await list('leadPetugas').expect(200)).body as CommentView[]).find(
      (c) => c.authorKind === 'reporter',
    );
    expect(lead).toMatchObject({
      authorName: 'Budi Santoso',
      visibility: 'public',
      authorUserId: null,
    });
    const parent = ((await list('parentPimpinan').expect(200)).body as CommentView[]).find(
      (c) => c.authorKind === 'reporter',
    );
    expect(parent?.authorName).toBe('Pelapor');
    const events = await caseEvents(testApp.url, token.leadPetugas, kase.id);
    const event = events.find((e) => e.seq === lead?.seq);
    expect(event?.type).toBe('comment.created');
    expect(event?.after).toMatchObject({ authorKind: 'reporter', authorName: 'Pelapor' });
    expect(JSON.stringify(event)).not.toContain('Budi');
  });
});
