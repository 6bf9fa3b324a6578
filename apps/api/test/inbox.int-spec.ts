import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CreateCaseRequest, InboxPage } from '@simpul/contracts';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const base: CreateCaseRequest = {
  title: 'Aduan',
  description: 'uraian',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: { name: 'Warga', contact: '0811111111', anonymous: false, confidential: false },
};

describe('inbox: filters, Indonesian full-text search, keyset pagination', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;
  let other: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Kotak', { kind: 'regency_office' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
    other = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[await createAgency(owner, 'KotakLain'), 'petugas']])).email,
      )
    ).accessToken;
    const cases: Partial<CreateCaseRequest>[] = [
      {
        title: 'Jembatan gantung rusak di Desa Wonorejo',
        category: 'jembatan',
        description: 'papan jembatan lepas',
      },
      {
        title: 'Mohon perbaikan drainase pasar',
        category: 'drainase',
        description: 'saluran mampet, perlu diperbaiki segera',
      },
      {
        title: 'Lampu jalan mati total',
        category: 'pju',
        description: 'PJU padam seminggu',
        locationText: 'Jl. Pahlawan',
      },
      {
        title: 'Pohon tumbang menutup jalan',
        category: 'pohon_tumbang',
        description: 'pohon besar tumbang',
      },
      {
        title: 'Jalan berlubang dalam',
        category: 'jalan_rusak',
        description: 'lubang besar membahayakan',
      },
    ];
    for (const extra of cases) {
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .send({ ...base, ...extra })
        .expect(201);
    }
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const inbox = async (token: string, query: Record<string, string | number> = {}) =>
    (await request(testApp.url).get('/api/cases/inbox').query(query).set(bearer(token)).expect(200))
      .body as InboxPage;

  it('lists the agency’s cases newest first with their SLA state, and nothing to another agency', async () => {
    const page = await inbox(petugas);
    expect(page.total).toBe(5);
    expect(page.items[0].title).toBe('Jalan berlubang dalam');
    expect(page.items.every((i) => i.slaState === 'on_track' && i.nextDeadline !== null)).toBe(
      true,
    );
    expect((await inbox(other)).total).toBe(0);
  });

  it('filters by category, status and missing location', async () => {
    expect((await inbox(petugas, { category: 'pju' })).items.map((i) => i.title)).toEqual([
      'Lampu jalan mati total',
    ]);
    expect((await inbox(petugas, { status: 'new,needs_information' })).total).toBe(5);
    expect((await inbox(petugas, { status: 'resolved' })).total).toBe(0);
    await owner.query(
      `UPDATE "case" SET lat = -7.9, lng = 112.6, location_confidence = 'pinned' WHERE title = 'Jembatan gantung rusak di Desa Wonorejo'`,
    );
    const needs = await inbox(petugas, { needsLocation: 'true' });
    expect(needs.total).toBe(4);
    expect(needs.items.map((i) => i.title)).not.toContain(
      'Jembatan gantung rusak di Desa Wonorejo',
    );
    const located = await inbox(petugas, { needsLocation: 'false' });
    expect(located.items.map((i) => i.title)).toEqual(['Jembatan gantung rusak di Desa Wonorejo']);
  });

  it('finds words through Indonesian stemming and survives a typo', async () => {
    const stemmed = await inbox(petugas, { q: 'diperbaiki' });
    expect(stemmed.items.map((i) => i.title)).toEqual(['Mohon perbaikan drainase pasar']);
    const typo = await inbox(petugas, { q: 'jembtan gantung' });
    expect(typo.items.map((i) => i.title)).toEqual(['Jembatan gantung rusak di Desa Wonorejo']);
    expect((await inbox(petugas, { q: 'kebakaran hutan' })).total).toBe(0);
  });

  it('finds words typed in part through the dictionary’s words, not a prefix scan', async () => {
    const partly = await inbox(petugas, { q: 'jemba' });
    expect(partly.items.map((i) => i.title)).toEqual(['Jembatan gantung rusak di Desa Wonorejo']);
    const query = async (text: string) =>
      (
        (await owner.query(`SELECT simpul_search_query($1)::text AS q`, [text])) as { q: string }[]
      )[0].q;
    // "jemba" starts one dictionary word, "jembatan": its stem is an exact entry of the index.
    const [{ stem }] = (await owner.query(
      `SELECT plainto_tsquery('indonesian', 'jembatan')::text AS stem`,
    )) as { stem: string }[];
    expect(await query('jemba')).toContain(stem);
    expect(await query('jemba')).not.toContain(':*');
    // A prefix that starts more than a dozen words keeps the prefix match.
    const many = Array.from({ length: 13 }, (_, i) => `qwzx${String.fromCharCode(97 + i)}`);
    await owner.query(`INSERT INTO search_word (word) SELECT unnest($1::text[])`, [many]);
    try {
      expect(await query('qwzx')).toContain("'qwzx':*");
    } finally {
      await owner.query(`DELETE FROM search_word WHERE word = ANY($1)`, [many]);
    }
  });

  it('pages through a search’s matches newest first with the keyset cursor', async () => {
    const first = await inbox(petugas, { q: 'jalan', limit: 2 });
    expect(first).toMatchObject({ total: 3, totalIsEstimate: false });
    const second = await inbox(petugas, {
      q: 'jalan',
      limit: 2,
      cursor: first.nextCursor as string,
    });
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual([
      'Jalan berlubang dalam',
      'Pohon tumbang menutup jalan',
      'Lampu jalan mati total',
    ]);
    expect(second.nextCursor).toBeNull();
    expect((await inbox(other, { q: 'jalan' })).total).toBe(0);
  });

  it('pages with a keyset cursor: no repeats, no gaps, even when new cases arrive', async () => {
    const first = await inbox(petugas, { limit: 2 });
    expect(first.items).toHaveLength(2);
    await request(testApp.url)
      .post('/api/cases')
      .set(bearer(petugas))
      .send({ ...base, title: 'Aduan baru masuk' })
      .expect(201);
    const second = await inbox(petugas, { limit: 2, cursor: first.nextCursor as string });
    const third = await inbox(petugas, { limit: 2, cursor: second.nextCursor as string });
    const titles = [...first.items, ...second.items, ...third.items].map((i) => i.title);
    expect(new Set(titles).size).toBe(5);
    expect(titles).not.toContain('Aduan baru masuk');
    expect(third.nextCursor).toBeNull();
  });

  it('counts the same filters exactly on request, for the reader’s cases only', async () => {
    const count = async (token: string, query: Record<string, string> = {}) =>
      (
        await request(testApp.url)
          .get('/api/cases/inbox/count')
          .query(query)
          .set(bearer(token))
          .expect(200)
      ).body as { total: number; totalIsEstimate: boolean };
    const all = await inbox(petugas);
    expect(await count(petugas)).toEqual({ total: all.total, totalIsEstimate: false });
    expect(await count(petugas, { category: 'pju' })).toEqual({ total: 1, totalIsEstimate: false });
    expect(await count(petugas, { q: 'jembtan gantung' })).toEqual({
      total: 1,
      totalIsEstimate: false,
    });
    expect(await count(other)).toEqual({ total: 0, totalIsEstimate: false });
    const refused = await request(testApp.url)
      .get('/api/cases/inbox/count')
      .query({ category: 'kebakaran' })
      .set(bearer(petugas))
      .expect(400);
    expect(refused.body.fields[0].field).toBe('category');
  });

  it('sorts by nearest deadline', async () => {
    const due = await inbox(petugas, { sort: 'due' });
    const deadlines = due.items.map((i) => i.nextDeadline as string);
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it('refuses bad filters naming them', async () => {
    for (const [field, value] of [
      ['category', 'kebakaran'],
      ['sla', 'kapan'],
      ['cursor', 'rusak!!'],
      ['limit', '500'],
    ]) {
      const response = await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ [field]: value })
        .set(bearer(petugas))
        .expect(400);
      expect(response.body.fields[0].field).toBe(field);
    }
    const forged = Buffer.from('["kemarin","bukan-uuid"]').toString('base64url');
    expect(
      (
        await request(testApp.url)
          .get('/api/cases/inbox')
          .query({ cursor: forged })
          .set(bearer(petugas))
          .expect(400)
      ).body.fields[0].field,
    ).toBe('cursor');
  });
  it('keeps each agency’s entries in step with participants, status and deadlines', async () => {
    const parent = await createAgency(owner, 'Induk', { kind: 'provincial_department' });
    const unit = await createAgency(owner, 'Unit', { kind: 'field_unit', parentId: parent });
    const outsider = await createAgency(owner, 'Luar', { kind: 'regency_office' });
    const officer = (
      await signIn(testApp.url, (await createUser(owner, [[unit, 'petugas']])).email)
    ).accessToken;
    const head = (
      await signIn(testApp.url, (await createUser(owner, [[parent, 'pimpinan']])).email)
    ).accessToken;
    const guest = (
      await signIn(testApp.url, (await createUser(owner, [[outsider, 'petugas']])).email)
    ).accessToken;
    const created = await request(testApp.url)
      .post('/api/cases')
      .set(bearer(officer))
      .send({ ...base, title: 'Jembatan ambles di Ngantang' })
      .expect(201);
    const caseId = created.body.id as string;
    const ids = async (token: string, query: Record<string, string> = {}) =>
      (await inbox(token, query)).items.map((i) => i.id);

    // The department reads its unit's cases; a case both take part in is listed and counted once.
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'collaborator')`,
      [caseId, parent],
    );
    const shared = await inbox(head);
    expect(shared.items.map((i) => i.id)).toEqual([caseId]);
    expect(shared.total).toBe(1);
    expect(await ids(head, { agencyId: unit })).toEqual([caseId]);
    expect(await ids(head, { agencyId: parent })).toEqual([caseId]);

    // A new participant's inbox has it at once; it is gone when the participation ends.
    expect(await ids(guest)).toEqual([]);
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'observer')`,
      [caseId, outsider],
    );
    expect(await ids(guest)).toEqual([caseId]);
    await owner.query(`DELETE FROM case_participant WHERE case_id = $1 AND agency_id = $2`, [
      caseId,
      outsider,
    ]);
    expect(await ids(guest)).toEqual([]);

    // Status, category and the running clock's deadline reach the filters.
    expect(await ids(officer, { status: 'in_progress' })).toEqual([]);
    await owner.query(
      `UPDATE "case" SET status = 'in_progress', category = 'jembatan' WHERE id = $1`,
      [caseId],
    );
    expect(await ids(officer, { status: 'in_progress', category: 'jembatan' })).toEqual([caseId]);
    expect(await ids(officer, { sla: 'overdue' })).toEqual([]);
    await owner.query(
      `UPDATE case_clock SET deadline = now() - interval '1 hour', escalated_at = now() WHERE case_id = $1`,
      [caseId],
    );
    expect(await ids(officer, { sla: 'overdue' })).toEqual([caseId]);
    expect(await ids(officer, { escalated: 'true' })).toEqual([caseId]);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_inbox_entry WHERE case_id = $1`,
      [caseId],
    );
    expect(n).toBe(2);
  });
});
