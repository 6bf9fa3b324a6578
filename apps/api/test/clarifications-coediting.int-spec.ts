import request from 'supertest';
import * as Y from 'yjs';
import type { DataSource } from 'typeorm';
import { CLARIFICATION_SOCKET_EVENTS, type ApprovalChainView } from '@simpul/contracts';
import { ClarificationClient } from './support/clarification-client';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { pause, waitFor } from './support/realtime';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * Hoax clarifications (#15): live co-editing of one draft by humas of two agencies over real
 * socket.io clients with real Yjs documents, stored in PostgreSQL; the policy on REST and socket;
 * bad updates refused with nothing stored; the approval chain bound to the content.
 */
describe('clarification drafts: co-editing, access, approval', () => {
  let app: TestApp;
  let owner: DataSource;
  const clients: ClarificationClient[] = [];
  let draftId: string;
  const t: Record<string, string> = {};
  let outsiderAgency: string;
  let agencyB: string;

  const client = (token: string) => {
    const c = new ClarificationClient(() => app.url, token, draftId);
    clients.push(c);
    return c;
  };
  const storedUpdates = async () =>
    Number(
      (
        await owner.query(
          `SELECT count(*)::int AS n FROM clarification_update WHERE draft_id = $1`,
          [draftId],
        )
      )[0].n,
    );

  beforeAll(async () => {
    app = await createTestApp();
    owner = await ownerDataSource();
    const a = await createAgency(owner, 'Humas A');
    const b = await createAgency(owner, 'Humas B');
    agencyB = b;
    outsiderAgency = await createAgency(owner, 'Luar');
    const users = {
      humasA: await createUser(owner, [[a, 'humas']], { label: 'humas-a' }),
      humasA2: await createUser(owner, [[a, 'humas']], { label: 'humas-a2' }),
      pimpinanA: await createUser(owner, [[a, 'pimpinan']], { label: 'pimpinan-a' }),
      humasB: await createUser(owner, [[b, 'humas']], { label: 'humas-b' }),
      humasB2: await createUser(owner, [[b, 'humas']], { label: 'humas-b2' }),
      outsider: await createUser(owner, [[outsiderAgency, 'humas']], { label: 'luar' }),
    };
    for (const [key, user] of Object.entries(users))
      t[key] = (await signIn(app.url, user.email)).accessToken;
    const fieldCase = await createCase(owner, a, [[a, 'lead']]);
    const created = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humasA']))
      .send({
        label: 'HOAKS',
        title: 'Jembatan X putus',
        narrative: 'Video jembatan putus beredar di WhatsApp',
        platform: 'WhatsApp',
        sourceUrls: ['https://example.org/video'],
        caseIds: [fieldCase.id],
      });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    expect(
      (
        await request(app.url)
          .post(`/api/clarifications/${draftId}/agencies`)
          .set(bearer(t['humasA']))
          .send({ agencyId: b })
      ).status,
    ).toBe(201);
    expect(
      (
        await request(app.url)
          .put(`/api/clarifications/${draftId}/invitation`)
          .set(bearer(t['humasB']))
          .send({ accept: true })
      ).status,
    ).toBe(200);
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await app?.close();
    await owner?.destroy();
  });

  it('merges concurrent edits of one paragraph from two agencies', async () => {
    const a = client(t['humasA']);
    const b = client(t['humasB']);
    expect((await a.connect()).canEdit).toBe(true);
    expect((await b.connect()).canEdit).toBe(true);
    expect(a.doc.getText('title').toString()).toBe('Jembatan X putus');
    a.doc.getText('penjelasan').insert(0, 'Jembatan X tidak putus.');
    await a.flushed();
    await waitFor(() => b.text() === 'Jembatan X tidak putus.', 'B sees the first text');

    // Both type into the same sentence before either hears from the other.
    a.doc.getText('penjelasan').insert(10, ' [dicek UPT]');
    b.doc.getText('penjelasan').insert(10, ' [foto 6 Des]');
    await Promise.all([a.flushed(), b.flushed()]);
    await waitFor(
      () =>
        a.text() === b.text() &&
        a.text().includes('[foto 6 Des]') &&
        b.text().includes('[dicek UPT]'),
      'both edits on both sides',
    );
    expect(a.refusals).toEqual([]);
    expect(b.refusals).toEqual([]);
  });

  it('merges edits made while disconnected on reconnect', async () => {
    const [a, b] = clients;
    b.disconnect();
    a.doc.getText('penjelasan').insert(0, 'KLARIFIKASI: ');
    await a.flushed();
    b.doc.getText('penjelasan').insert(b.text().length, ' Sumber: UPT Madiun.');
    await b.connect();
    await b.flushed();
    await waitFor(() => a.text() === b.text(), 'the same text after reconnect');
    expect(a.text().startsWith('KLARIFIKASI: ')).toBe(true);
    expect(a.text().endsWith(' Sumber: UPT Madiun.')).toBe(true);
  });

  it('loses no acknowledged edit across an API restart', async () => {
    const [a] = clients;
    a.doc.getText('faktanya').insert(0, 'Jembatan X dibuka normal.');
    await a.flushed();
    const expected = a.text();
    for (const c of clients) c.disconnect();
    await app.close();
    app = await createTestApp();
    const fresh = client(t['humasB']);
    await fresh.connect();
    expect(fresh.text()).toBe(expected);
    expect(fresh.text('faktanya')).toBe('Jembatan X dibuka normal.');
    const view = await request(app.url)
      .get(`/api/clarifications/${draftId}`)
      .set(bearer(t['humasB']));
    expect(view.status).toBe(200);
    expect(view.body.content.faktanya).toBe('Jembatan X dibuka normal.');
    expect(view.body.content.agencies).toHaveLength(2);
  });

  it('refuses an agency outside the draft on REST and socket', async () => {
    const rest = await request(app.url)
      .get(`/api/clarifications/${draftId}`)
      .set(bearer(t['outsider']));
    expect(rest.status).toBe(404);
    const list = await request(app.url).get('/api/clarifications').set(bearer(t['outsider']));
    expect(list.body.map((d: { id: string }) => d.id)).not.toContain(draftId);
    const before = await storedUpdates();
    const outsider = client(t['outsider']);
    const joined = await outsider.connect();
    expect(joined.error?.code).toBe('NOT_FOUND');
    // Sending without joining (the join was refused) is refused too, and nothing is stored.
    const sent = await outsider.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId,
      update: encodeSmallUpdate(),
    });
    expect(sent.error?.code).toBe('CLARIFICATION_NOT_JOINED');
    expect(await storedUpdates()).toBe(before);
  });

  it('refuses oversized, malformed and not-joined updates with nothing stored', async () => {
    const a = client(t['humasA']);
    await a.connect();
    const before = await storedUpdates();
    const big = await a.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId,
      update: Buffer.alloc(70 * 1024, 7),
    });
    expect(big.error?.code).toBe('CLARIFICATION_UPDATE_TOO_LARGE');
    expect(big.error?.field).toBe('update');
    const malformed = await a.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId,
      update: Buffer.from([255, 255, 255, 1, 2, 3, 250]),
    });
    expect(malformed.error?.code).toBe('CLARIFICATION_UPDATE_MALFORMED');
    expect(malformed.error?.message.en).toContain('nothing stored');
    const otherDraft = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humasA']))
      .send({ label: 'KLARIFIKASI', title: 'Lain', narrative: 'Klaim lain', platform: 'X' });
    const notJoined = await a.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId: otherDraft.body.id,
      update: encodeSmallUpdate(),
    });
    expect(notJoined.error?.code).toBe('CLARIFICATION_NOT_JOINED');
    expect(await storedUpdates()).toBe(before);
  });

  it('stores the concurrent updates of many editors side by side: none lost, all converge', async () => {
    // Two tabs each of the two humas who already edit (humasA2 and humasB2 approve below).
    const editors = [t['humasA'], t['humasA'], t['humasB'], t['humasB']].map(client);
    for (const e of editors) expect((await e.connect()).canEdit).toBe(true);
    // 4 editors × 15 updates sent at once, without waiting for one another's acks.
    for (let round = 0; round < 15; round++)
      editors.forEach((e, i) => e.doc.getText('sumber').insert(0, `[e${i}r${round}]`));
    await Promise.all(editors.map((e) => e.flushed()));
    for (const e of editors) expect(e.refusals).toEqual([]);
    await waitFor(
      () => editors.every((e) => e.text('sumber') === editors[0].text('sumber')),
      'every editor has every update',
    );
    for (let i = 0; i < 4; i++)
      for (let round = 0; round < 15; round++)
        expect(editors[0].text('sumber')).toContain(`[e${i}r${round}]`);
    // A fresh client (the server's copy) has them all too.
    const late = client(t['humasA']);
    await late.connect();
    expect(late.text('sumber')).toBe(editors[0].text('sumber'));
    for (const e of [...editors, late]) e.disconnect();
    // Undo, so the approval test below starts from a readable source list.
    const cleaner = client(t['humasA']);
    await cleaner.connect();
    cleaner.doc.getText('sumber').delete(0, cleaner.text('sumber').length);
    await cleaner.flushed();
    cleaner.disconnect();
  });

  it('keeps the search text in step with the title and claim a moment after an edit', async () => {
    const a = client(t['humasA']);
    await a.connect();
    a.doc.getText('claim').insert(0, 'Viral di TikTok: ');
    await a.flushed();
    let searchText = '';
    for (let i = 0; i < 50 && !searchText.includes('Viral di TikTok: '); i++) {
      await pause(100);
      [{ searchText }] = await owner.query(
        `SELECT search_text AS "searchText" FROM clarification_draft WHERE id = $1`,
        [draftId],
      );
    }
    expect(searchText).toContain('Jembatan X putus');
    expect(searchText).toContain('Viral di TikTok: Video jembatan putus');
    a.disconnect();
  });

  it('cuts a socket off within seconds once its agency no longer co-owns the draft', async () => {
    const created = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humasA']))
      .send({ label: 'HOAKS', title: 'Cabut akses', narrative: 'Klaim', platform: 'X' });
    const other = created.body.id as string;
    await request(app.url)
      .post(`/api/clarifications/${other}/agencies`)
      .set(bearer(t['humasA']))
      .send({ agencyId: agencyB });
    await request(app.url)
      .put(`/api/clarifications/${other}/invitation`)
      .set(bearer(t['humasB']))
      .send({ accept: true });
    const a = new ClarificationClient(() => app.url, t['humasA'], other);
    const b = new ClarificationClient(() => app.url, t['humasB'], other);
    clients.push(a, b);
    expect((await a.connect()).canEdit).toBe(true);
    expect((await b.connect()).canEdit).toBe(true);
    b.doc.getText('penjelasan').insert(0, 'B menulis. ');
    expect((await b.flushed()).every((r) => !r.error)).toBe(true);
    await waitFor(() => a.text().includes('B menulis.'), 'A sees B');

    // Agency B leaves the draft (as if its co-ownership ended).
    await owner.query(
      `UPDATE clarification_agency SET status = 'declined' WHERE draft_id = $1 AND agency_id = $2`,
      [other, agencyB],
    );
    const stored = async () =>
      Number(
        (
          await owner.query(
            `SELECT count(*)::int AS n FROM clarification_update WHERE draft_id = $1`,
            [other],
          )
        )[0].n,
      );
    // Within the recheck interval (3 s) B is refused and leaves the room.
    await pause(3_500);
    const before = await stored();
    const refused = await b.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId: other,
      update: encodeSmallUpdate(),
    });
    expect(['NOT_FOUND', 'CLARIFICATION_NOT_JOINED']).toContain(refused.error?.code);
    expect(await stored()).toBe(before);
    const bText = b.text();
    a.doc.getText('penjelasan').insert(0, 'Rahasia A. ');
    await a.flushed();
    await pause(500);
    expect(b.text()).toBe(bText);
    a.disconnect();
    b.disconnect();
  });

  it('binds approvals to the content: an editor may not approve, an edit voids every approval', async () => {
    const chainOf = async (token: string): Promise<ApprovalChainView> =>
      (await request(app.url).get(`/api/clarifications/${draftId}/approval`).set(bearer(token)))
        .body;
    const decide = (token: string, contentHash: string, decision = 'approved', note?: string) =>
      request(app.url)
        .post(`/api/clarifications/${draftId}/approval`)
        .set(bearer(token))
        .send({ decision, contentHash, note });

    let chain = await chainOf(t['humasA']);
    expect(chain.steps.map((s) => s.name)).toEqual(['Humas', 'Pimpinan', 'Humas Uji Humas B']);
    expect(chain.steps.every((s) => !s.noEligibleApprover)).toBe(true);
    // humasA edited the content: refused.
    const editor = await decide(t['humasA'], chain.contentHash);
    expect(editor.status).toBe(409);
    expect(editor.body.code).toBe('CLARIFICATION_APPROVAL_REFUSED');
    // A stale hash is refused.
    expect((await decide(t['humasA2'], 'f'.repeat(64))).status).toBe(409);
    // A rejection needs a note.
    expect((await decide(t['humasA2'], chain.contentHash, 'rejected')).status).toBe(409);
    expect((await decide(t['humasA2'], chain.contentHash)).status).toBe(201);
    chain = await chainOf(t['humasA']);
    expect(chain.steps[0].decision?.decision).toBe('approved');
    expect(chain.nextStep).toBe(1);

    // An edit after the approval voids it and restarts the chain.
    const a = client(t['humasA']);
    await a.connect();
    a.doc.getText('sumber').insert(0, '- Dinas PU Bina Marga');
    await a.flushed();
    chain = await chainOf(t['humasA']);
    expect(chain.steps[0].decision).toBeNull();
    expect(chain.nextStep).toBe(0);

    for (const who of ['humasA2', 'pimpinanA', 'humasB2'])
      expect((await decide(t[who], chain.contentHash)).status).toBe(201);
    chain = await chainOf(t['humasA']);
    expect(chain.approved).toBe(true);
    const view = await request(app.url)
      .get(`/api/clarifications/${draftId}`)
      .set(bearer(t['humasA']));
    expect(view.body.status).toBe('approved');
    const audited = await owner.query(
      `SELECT details->>'decision' AS decision FROM audit_log WHERE action = 'clarification.approval_decided' AND target_id = $1`,
      [draftId],
    );
    expect(audited.length).toBeGreaterThanOrEqual(4);
    expect(view.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['clarification.approved', 'clarification.approvals_voided']),
    );
  });

  it('refuses an edit once the clarification is published, storing nothing', async () => {
    const a = client(t['humasA']);
    await a.connect();
    const published = await request(app.url)
      .post(`/api/clarifications/${draftId}/publish`)
      .set(bearer(t['humasA']));
    expect(published.status).toBe(200);
    const before = await storedUpdates();
    const sent = await a.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId,
      update: encodeSmallUpdate(),
    });
    expect(sent.error?.code).toBe('CLARIFICATION_LOCKED');
    expect(await storedUpdates()).toBe(before);
    // A tab resending what the server already has (its offline copy) changes nothing: acknowledged,
    // not stored, not broadcast.
    const resent = await a.raw(CLARIFICATION_SOCKET_EVENTS.update, {
      draftId,
      update: Y.encodeStateAsUpdate(a.doc),
    });
    expect(resent.error).toBeUndefined();
    expect(resent.ok).toBe(true);
    expect(await storedUpdates()).toBe(before);
  });
});

function encodeSmallUpdate(): Buffer {
  const doc = new Y.Doc();
  doc.getText('penjelasan').insert(0, 'x');
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}
