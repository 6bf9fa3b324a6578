import request from 'supertest';
import * as Y from 'yjs';
import type { DataSource } from 'typeorm';
import {
  CLARIFICATION_REVIEW_EVENTS,
  type ClarificationCommentMessage,
  type ClarificationCommentThread,
  type ClarificationVersionDiff,
  type ClarificationVersionMessage,
} from '@simpul/contracts';
import { ClarificationClient } from './support/clarification-client';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { waitFor } from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The anchor of text[from, to) in a section as the web makes it. */
function anchorOf(doc: Y.Doc, section: string, from: number, to: number) {
  const text = doc.getText(section);
  return {
    section,
    start: b64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, from, 0))),
    end: b64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, to, -1))),
    quote: text.toString().slice(from, to),
  };
}

/** Where an anchor lies in a client's own document (what the web does as the text changes). */
function resolveIn(doc: Y.Doc, anchor: { start: string; end: string }) {
  const at = (encoded: string) =>
    Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(new Uint8Array(Buffer.from(encoded, 'base64'))),
      doc,
    )?.index ?? -1;
  return [at(anchor.start), at(anchor.end)];
}

/**
 * Reviewing a clarification draft (#15 item 2) on real PostgreSQL with real socket.io clients and
 * Yjs documents: comments anchored with relative positions that survive concurrent edits and say
 * when their words are gone, replies, resolving, live to the draft's room; named versions and a
 * word-level diff; the one access policy on every path, and bad input refused with nothing stored.
 */
describe('clarification review: anchored comments, named versions, diff', () => {
  let app: TestApp;
  let owner: DataSource;
  const clients: ClarificationClient[] = [];
  let draftId: string;
  const t: Record<string, string> = {};
  let a: ClarificationClient;
  let b: ClarificationClient;
  let threadId: string;

  const api = () => request(app.url);
  const client = (token: string) => {
    const c = new ClarificationClient(() => app.url, token, draftId);
    clients.push(c);
    return c;
  };
  const count = async (table: string) =>
    Number(
      (
        await owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE draft_id = $1`, [draftId])
      )[0].n,
    );
  const heard = <T>(c: ClarificationClient, event: string) => {
    const seen: T[] = [];
    (c.socket as unknown as { on(e: string, l: (m: T) => void): void }).on(event, (m) =>
      seen.push(m),
    );
    return seen;
  };
  const penjelasan = (c: ClarificationClient) => c.doc.getText('penjelasan');
  const sliceOf = (thread: ClarificationCommentThread, c = a) =>
    thread.range
      ? c.doc.getText(thread.anchor.section).toString().slice(thread.range.from, thread.range.to)
      : null;

  beforeAll(async () => {
    app = await createTestApp();
    owner = await ownerDataSource();
    const agencyA = await createAgency(owner, 'Review A');
    const agencyB = await createAgency(owner, 'Review B');
    const field = await createAgency(owner, 'Review UPT');
    const outsiderAgency = await createAgency(owner, 'Review Luar');
    const users = {
      humasA: await createUser(owner, [[agencyA, 'humas']], { label: 'rv-humas-a' }),
      pimpinanA: await createUser(owner, [[agencyA, 'pimpinan']], { label: 'rv-pimpinan-a' }),
      humasB: await createUser(owner, [[agencyB, 'humas']], { label: 'rv-humas-b' }),
      petugasUpt: await createUser(owner, [[field, 'petugas']], { label: 'rv-petugas-upt' }),
      outsider: await createUser(owner, [[outsiderAgency, 'humas']], { label: 'rv-luar' }),
    };
    for (const [key, user] of Object.entries(users))
      t[key] = (await signIn(app.url, user.email)).accessToken;
    // The field unit reads the draft through the linked case it holds.
    const fieldCase = await createCase(owner, field, [[field, 'lead']]);
    const created = await api()
      .post('/api/clarifications')
      .set(bearer(t['humasA']))
      .send({
        label: 'HOAKS',
        title: 'Jembatan X putus',
        narrative: 'Video jembatan putus beredar',
        platform: 'WhatsApp',
        caseIds: [fieldCase.id],
      });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    await api()
      .post(`/api/clarifications/${draftId}/agencies`)
      .set(bearer(t['humasA']))
      .send({ agencyId: agencyB })
      .expect(201);
    await api()
      .put(`/api/clarifications/${draftId}/invitation`)
      .set(bearer(t['humasB']))
      .send({ accept: true })
      .expect(200);
    a = client(t['humasA']);
    b = client(t['humasB']);
    expect((await a.connect()).canEdit).toBe(true);
    expect((await b.connect()).canEdit).toBe(true);
    penjelasan(a).insert(0, 'Jembatan X tidak putus hari ini.');
    await a.flushed();
    await waitFor(() => b.text() === 'Jembatan X tidak putus hari ini.', 'B has the text');
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await app?.close();
    await owner?.destroy();
  });

  it('anchors a comment to a selection that follows its words through concurrent edits, live to the room', async () => {
    const toB = heard<ClarificationCommentMessage>(b, CLARIFICATION_REVIEW_EVENTS.comment);
    const from = 'Jembatan X '.length;
    const created = await api()
      .post(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['humasA']))
      .send({ body: 'Sumbernya UPT?', anchor: anchorOf(a.doc, 'penjelasan', from, from + 11) });
    expect(created.status).toBe(201);
    const thread = created.body as ClarificationCommentThread;
    threadId = thread.id;
    expect(thread.anchor.quote).toBe('tidak putus');
    expect(sliceOf(thread)).toBe('tidak putus');
    expect(thread.authorName).toBeTruthy();
    await waitFor(() => toB.some((m) => m.thread.id === threadId), 'B hears of the comment');
    expect(toB[0].draftId).toBe(draftId);

    // Both edit around and inside the anchored words before hearing from each other.
    penjelasan(a).insert(0, 'BERITA: ');
    penjelasan(b).insert('Jembatan X tidak '.length, 'sama sekali ');
    await Promise.all([a.flushed(), b.flushed()]);
    await waitFor(() => a.text() === b.text() && a.text().startsWith('BERITA: '), 'converged');
    expect(a.text()).toBe('BERITA: Jembatan X tidak sama sekali putus hari ini.');

    const listed = await api()
      .get(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['humasB']));
    expect(listed.status).toBe(200);
    expect(listed.body.canComment).toBe(true);
    const [now] = listed.body.threads as ClarificationCommentThread[];
    expect(sliceOf(now)).toBe('tidak sama sekali putus');
    // Each client resolves the stored anchor in its own document to the same words.
    const [s, e] = resolveIn(b.doc, now.anchor);
    expect(b.text().slice(s, e)).toBe('tidak sama sekali putus');
  });

  it('takes replies and resolving from either agency, live, and resolving twice changes nothing', async () => {
    const toA = heard<ClarificationCommentMessage>(a, CLARIFICATION_REVIEW_EVENTS.comment);
    const reply = await api()
      .post(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['humasB']))
      .send({ body: 'Ya, UPT Madiun 6 Des.', parentId: threadId });
    expect(reply.status).toBe(201);
    expect(reply.body.id).toBe(threadId);
    expect(reply.body.replies.map((r: { body: string }) => r.body)).toEqual([
      'Ya, UPT Madiun 6 Des.',
    ]);
    await waitFor(() => toA.some((m) => m.thread.replies.length === 1), 'A hears of the reply');

    // The opening agency's pimpinan comments too (not an editor, still a co-owner).
    const resolved = await api()
      .put(`/api/clarifications/${draftId}/comments/${threadId}/resolved`)
      .set(bearer(t['pimpinanA']));
    expect(resolved.status).toBe(200);
    expect(resolved.body.resolvedAt).toBeTruthy();
    expect(resolved.body.resolvedByName).toBeTruthy();
    await waitFor(() => toA.some((m) => m.thread.resolvedAt !== null), 'A hears it resolved');
    const again = await api()
      .put(`/api/clarifications/${draftId}/comments/${threadId}/resolved`)
      .set(bearer(t['humasB']));
    expect(again.status).toBe(200);
    expect(again.body.resolvedAt).toBe(resolved.body.resolvedAt);
    expect(again.body.resolvedByName).toBe(resolved.body.resolvedByName);
  });

  it('says the anchored text was deleted once all of it is gone, keeping the quote', async () => {
    const created = await api()
      .post(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['humasB']))
      .send({
        body: 'Tanggal?',
        anchor: anchorOf(b.doc, 'penjelasan', b.text().length - 9, b.text().length - 1),
      });
    expect(created.status).toBe(201);
    expect(created.body.anchor.quote).toBe('hari ini');
    const id = created.body.id as string;
    const text = penjelasan(a).toString();
    penjelasan(a).delete(text.indexOf(' hari ini'), ' hari ini'.length);
    await a.flushed();
    const listed = await api()
      .get(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['humasA']));
    const gone = (listed.body.threads as ClarificationCommentThread[]).find((x) => x.id === id);
    expect(gone?.range).toBeNull();
    expect(gone?.anchor.quote).toBe('hari ini');
    // The first thread is still where its words are.
    const first = (listed.body.threads as ClarificationCommentThread[]).find(
      (x) => x.id === threadId,
    );
    expect(first && sliceOf(first)).toBe('tidak sama sekali putus');
  });

  it('lets a linked case reader read comments but not write them; outsiders get 404 everywhere', async () => {
    const before = await count('clarification_comment');
    const reader = await api()
      .get(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['petugasUpt']));
    expect(reader.status).toBe(200);
    expect(reader.body.canComment).toBe(false);
    expect(reader.body.threads.length).toBeGreaterThan(0);
    const refused = await api()
      .post(`/api/clarifications/${draftId}/comments`)
      .set(bearer(t['petugasUpt']))
      .send({ body: 'Boleh?', parentId: threadId });
    expect(refused.status).toBe(403);
    expect(
      (
        await api()
          .put(`/api/clarifications/${draftId}/comments/${threadId}/resolved`)
          .set(bearer(t['petugasUpt']))
      ).status,
    ).toBe(403);

    const outsider = bearer(t['outsider']);
    expect((await api().get(`/api/clarifications/${draftId}/comments`).set(outsider)).status).toBe(
      404,
    );
    expect(
      (
        await api()
          .post(`/api/clarifications/${draftId}/comments`)
          .set(outsider)
          .send({ body: 'x', anchor: anchorOf(a.doc, 'penjelasan', 0, 3) })
      ).status,
    ).toBe(404);
    expect(
      (
        await api()
          .put(`/api/clarifications/${draftId}/comments/${threadId}/resolved`)
          .set(outsider)
      ).status,
    ).toBe(404);
    expect((await api().get(`/api/clarifications/${draftId}/versions`).set(outsider)).status).toBe(
      404,
    );
    expect(
      (
        await api()
          .post(`/api/clarifications/${draftId}/versions`)
          .set(outsider)
          .send({ name: 'x' })
      ).status,
    ).toBe(404);
    expect(await count('clarification_comment')).toBe(before);
    expect(await count('clarification_version')).toBe(0);
  });

  it('refuses bad comments naming the field, and stores nothing', async () => {
    const before = await count('clarification_comment');
    const post = (body: object) =>
      api().post(`/api/clarifications/${draftId}/comments`).set(bearer(t['humasA'])).send(body);
    const fieldOf = (res: request.Response) =>
      (res.body.fields as { field: string }[] | undefined)?.map((f) => f.field) ?? [];
    const good = anchorOf(a.doc, 'penjelasan', 0, 6);

    const empty = await post({ body: '   ', anchor: good });
    expect(empty.status).toBe(400);
    expect(fieldOf(empty)).toContain('body');
    const both = await post({ body: 'x', anchor: good, parentId: threadId });
    expect(both.status).toBe(400);
    expect(fieldOf(both)).toContain('anchor');
    const neither = await post({ body: 'x' });
    expect(neither.status).toBe(400);
    const notBase64 = await post({ body: 'x', anchor: { ...good, start: '!!not base64!!' } });
    expect(notBase64.status).toBe(400);
    expect(fieldOf(notBase64)).toContain('anchor.start');
    const garbage = await post({
      body: 'x',
      anchor: { ...good, end: b64(new Uint8Array([255, 255, 255, 255])) },
    });
    expect(garbage.status).toBe(400);
    expect(fieldOf(garbage).some((f) => f.startsWith('anchor'))).toBe(true);
    // Positions in another section than the one named.
    const elsewhere = await post({ body: 'x', anchor: { ...good, section: 'faktanya' } });
    expect(elsewhere.status).toBe(400);
    expect(fieldOf(elsewhere)).toContain('anchor');
    // Positions in text the server never received.
    const unsent = new Y.Doc();
    unsent.getText('penjelasan').insert(0, 'belum terkirim');
    const unknown = await post({ body: 'x', anchor: anchorOf(unsent, 'penjelasan', 0, 5) });
    expect(unknown.status).toBe(400);
    expect(fieldOf(unknown)).toContain('anchor');
    const section = await post({ body: 'x', anchor: { ...good, section: 'lampiran' } });
    expect(section.status).toBe(400);
    expect(fieldOf(section)).toContain('anchor.section');
    const tooLong = await post({ body: 'x'.repeat(4001), anchor: good });
    expect(tooLong.status).toBe(400);
    expect(fieldOf(tooLong)).toContain('body');
    const noParent = await post({ body: 'x', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(noParent.status).toBe(404);
    expect(
      (
        await api()
          .put(
            `/api/clarifications/${draftId}/comments/00000000-0000-4000-8000-000000000000/resolved`,
          )
          .set(bearer(t['humasA']))
      ).status,
    ).toBe(404);
    expect(await count('clarification_comment')).toBe(before);
  });

  it('stores a retried comment once (Idempotency-Key)', async () => {
    const before = await count('clarification_comment');
    const send = () =>
      api()
        .post(`/api/clarifications/${draftId}/comments`)
        .set(bearer(t['humasA']))
        .set('Idempotency-Key', 'b9d7a0e4-3f1c-4a55-9a52-5d0f5e7c1a11')
        .send({ body: 'Sekali saja', parentId: threadId });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await count('clarification_comment')).toBe(before + 1);
  });

  it('saves named versions with who and when, live, and diffs any two and a version against now, word by word', async () => {
    const toB = heard<ClarificationVersionMessage>(b, CLARIFICATION_REVIEW_EVENTS.version);
    const first = await api()
      .post(`/api/clarifications/${draftId}/versions`)
      .set(bearer(t['humasA']))
      .send({ name: '  Draf awal ' });
    expect(first.status).toBe(201);
    expect(first.body.name).toBe('Draf awal');
    expect(first.body.createdByName).toBeTruthy();
    await waitFor(() => toB.some((m) => m.version.id === first.body.id), 'B hears of the version');

    const text = penjelasan(b).toString();
    const at = text.indexOf('tidak sama sekali putus');
    penjelasan(b).delete(at, 'tidak sama sekali putus'.length);
    penjelasan(b).insert(at, 'dibuka normal');
    await b.flushed();
    const second = await api()
      .post(`/api/clarifications/${draftId}/versions`)
      .set(bearer(t['humasB']))
      .send({ name: 'Setelah cek UPT' });
    expect(second.status).toBe(201);
    penjelasan(a).insert(penjelasan(a).length, ' Sumber: UPT Madiun.');
    await a.flushed();

    const list = await api()
      .get(`/api/clarifications/${draftId}/versions`)
      .set(bearer(t['pimpinanA']));
    expect(list.status).toBe(200);
    expect(list.body.canSave).toBe(false);
    expect(list.body.versions.map((v: { name: string }) => v.name)).toEqual([
      'Setelah cek UPT',
      'Draf awal',
    ]);

    const between = await api()
      .get(`/api/clarifications/${draftId}/versions/diff`)
      .query({ from: first.body.id, to: second.body.id })
      .set(bearer(t['petugasUpt']));
    expect(between.status).toBe(200);
    const diff = between.body as ClarificationVersionDiff;
    expect(diff.from.name).toBe('Draf awal');
    expect(diff.to?.name).toBe('Setelah cek UPT');
    const p = diff.sections.find((s) => s.section === 'penjelasan');
    expect(p?.changed).toBe(true);
    expect(p?.parts).toEqual([
      { kind: 'same', text: 'BERITA: Jembatan X ' },
      { kind: 'removed', text: 'tidak sama sekali putus' },
      { kind: 'added', text: 'dibuka normal' },
      { kind: 'same', text: '.' },
    ]);
    expect(diff.sections.find((s) => s.section === 'title')?.changed).toBe(false);

    const toNow = await api()
      .get(`/api/clarifications/${draftId}/versions/diff`)
      .query({ from: second.body.id, to: 'now' })
      .set(bearer(t['humasA']));
    expect(toNow.status).toBe(200);
    expect(toNow.body.to).toBeNull();
    expect(
      (toNow.body as ClarificationVersionDiff).sections.find((s) => s.section === 'penjelasan')
        ?.parts,
    ).toEqual([
      { kind: 'same', text: 'BERITA: Jembatan X dibuka normal.' },
      { kind: 'added', text: ' Sumber: UPT Madiun.' },
    ]);

    const events = await owner.query(
      `SELECT payload->>'name' AS name FROM clarification_event WHERE draft_id = $1 AND type = 'clarification.version_saved' ORDER BY id`,
      [draftId],
    );
    expect(events.map((e: { name: string }) => e.name)).toEqual(['Draf awal', 'Setelah cek UPT']);
    const stored = await owner.query(
      `SELECT texts, state FROM clarification_version WHERE id = $1`,
      [first.body.id],
    );
    expect(stored[0].texts.penjelasan).toBe('BERITA: Jembatan X tidak sama sekali putus.');
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(stored[0].state));
    expect(restored.getText('penjelasan').toString()).toBe(stored[0].texts.penjelasan);
  });

  it('refuses bad version requests naming the field, and versions only from editors', async () => {
    const before = await count('clarification_version');
    const save = (token: string, body: object) =>
      api().post(`/api/clarifications/${draftId}/versions`).set(bearer(token)).send(body);
    expect((await save(t['pimpinanA'], { name: 'Pimpinan' })).status).toBe(403);
    expect((await save(t['petugasUpt'], { name: 'UPT' })).status).toBe(403);
    const blank = await save(t['humasA'], { name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.fields[0].field).toBe('name');
    const long = await save(t['humasA'], { name: 'v'.repeat(121) });
    expect(long.status).toBe(400);
    expect(long.body.fields[0].field).toBe('name');
    expect(await count('clarification_version')).toBe(before);

    const diff = (query: Record<string, string>) =>
      api()
        .get(`/api/clarifications/${draftId}/versions/diff`)
        .query(query)
        .set(bearer(t['humasA']));
    const badFrom = await diff({ from: 'nope' });
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.fields[0].field).toBe('from');
    const unknownFrom = await diff({ from: '00000000-0000-4000-8000-000000000000' });
    expect(unknownFrom.status).toBe(404);
    expect(unknownFrom.body.fields[0].field).toBe('from');
    const [v] = (
      await api().get(`/api/clarifications/${draftId}/versions`).set(bearer(t['humasA']))
    ).body.versions;
    const badTo = await diff({ from: v.id, to: 'kemarin' });
    expect(badTo.status).toBe(400);
    expect(badTo.body.fields[0].field).toBe('to');
    const outsider = await api()
      .get(`/api/clarifications/${draftId}/versions/diff`)
      .query({ from: v.id })
      .set(bearer(t['outsider']));
    expect(outsider.status).toBe(404);
  });
});
