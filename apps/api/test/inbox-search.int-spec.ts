import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CreateCaseRequest, InboxPage } from '@simpul/contracts';
import { normalisePhone } from '../src/app/common/phone';
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

/**
 * Issue #14 item 2: what officers type when a citizen calls — the case number, the LAPOR! Tracking
 * ID, the reporter's phone in any form, WhatsApp short forms, a typo — finds the case, exact
 * matches first; and never a case the reader may not read, nor a phone the reader may not see.
 */
describe('inbox search: find any case in one search', () => {
  let testApp: TestApp;
  let owner: DataSource;
  /** An officer of the field unit that leads every case here. */
  let officer: string;
  /** The pimpinan of the unit's parent department: reads the unit's cases, not its reporters. */
  let head: string;
  /** An officer of an unrelated agency. */
  let stranger: string;
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  const create = async (key: string, extra: Partial<CreateCaseRequest>) => {
    const response = await request(testApp.url)
      .post('/api/cases')
      .set(bearer(officer))
      .send({ ...base, ...extra })
      .expect(201);
    ids[key] = response.body.id as string;
    numbers[key] = response.body.number as string;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const department = await createAgency(owner, 'Induk', { kind: 'provincial_department' });
    const unit = await createAgency(owner, 'Unit', { kind: 'field_unit', parentId: department });
    const token = async (agency: string, role: 'petugas' | 'pimpinan') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    officer = await token(unit, 'petugas');
    head = await token(department, 'pimpinan');
    stranger = await token(
      await createAgency(owner, 'Lain', { kind: 'regency_office' }),
      'petugas',
    );

    await create('potholes', {
      title: 'Jln rusak parah depan pasar Lawang',
      description: 'Aspal ambrol, bnyk motor jatuh',
      reporter: { name: 'Sri', contact: '0812-3456-7890', anonymous: false, confidential: false },
    });
    await create('alley', {
      title: 'Lubang dalam di Gg. Mawar',
      description: 'Sudah dua minggu',
      category: 'drainase',
    });
    await create('cliff', {
      title: 'Tebing runtuh menutup badan jalan',
      description: 'Tanah ambrol setelah hujan',
      category: 'longsor',
    });
    await create('hidden', {
      title: 'Saluran mampet di perumahan',
      description: 'Air meluap',
      category: 'drainase',
      reporter: {
        name: 'Rahasia',
        contact: '0813-1111-2222',
        anonymous: true,
        confidential: false,
      },
    });
    // Newer than the tracked case and mentioning its Tracking ID in the text.
    await create('mention', {
      title: 'Tindak lanjut aduan LAPOR 2016005',
      description: 'Warga menanyakan aduan 2016005 lagi',
      category: 'lainnya',
    });
    await owner.query(`UPDATE case_report SET tracking_id = '2016005' WHERE case_id = $1`, [
      ids.alley,
    ]);
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const search = async (token: string, q: string, query: Record<string, string> = {}) =>
    (
      await request(testApp.url)
        .get('/api/cases/inbox')
        .query({ q, ...query })
        .set(bearer(token))
        .expect(200)
    ).body as InboxPage;
  const found = async (token: string, q: string) =>
    (await search(token, q)).items.map((item) => item.id);

  it('finds a case by its number, with or without dashes, in any case, or by its six digits', async () => {
    const number = numbers.cliff;
    expect(number).toMatch(/^SMP-\d{4}-\d{6}$/);
    const compact = number.replace(/-/g, '').toLowerCase();
    const sequence = number.slice(-6);
    for (const q of [number, compact, sequence, ` ${number.toLowerCase()} `])
      expect((await found(officer, q))[0]).toBe(ids.cliff);
    // Another agency never finds it, whatever the form.
    expect(await found(stranger, number)).toEqual([]);
    expect(await found(stranger, sequence)).toEqual([]);
  });

  it('finds a case by its LAPOR Tracking ID before the cases whose text mentions it', async () => {
    const page = await search(officer, '2016005');
    expect(page.items.map((i) => i.id)).toEqual([ids.alley, ids.mention]);
    expect(page.total).toBe(2);
    // Filters still apply to the exact match.
    expect(
      (await search(officer, '2016005', { category: 'lainnya' })).items.map((i) => i.id),
    ).toEqual([ids.mention]);
    expect(await found(stranger, '2016005')).toEqual([]);
  });

  it('finds WhatsApp short forms as their full words, both ways, and the category as text', async () => {
    expect(await found(officer, 'jalan rusak')).toContain(ids.potholes);
    expect(await found(officer, 'banyak motor')).toEqual([ids.potholes]);
    expect(await found(officer, 'gang mawar')).toEqual([ids.alley]);
    expect(await found(officer, 'jl lawang')).toEqual([ids.potholes]);
    // The cliff case's text never says "longsor": its category does.
    expect(await found(officer, 'longsor')).toEqual([ids.cliff]);
    expect(await found(officer, 'drainase mawar')).toEqual([ids.alley]);
    expect(await found(stranger, 'jalan rusak')).toEqual([]);
  });

  it('survives a one-letter typo and a transposition', async () => {
    expect(await found(officer, 'lubamg mawar')).toEqual([ids.alley]);
    expect(await found(officer, 'lubnag')).toEqual([ids.alley]);
    expect(await found(officer, 'tebnig runtuh')).toEqual([ids.cliff]);
    expect(await found(officer, 'ambrl')).toEqual(
      expect.arrayContaining([ids.potholes, ids.cliff]),
    );
    expect(await found(stranger, 'lubnag')).toEqual([]);
  });

  it('finds a reporter’s phone in any form for those who may see it, first', async () => {
    for (const q of ['0812-3456-7890', '+62 812 3456 7890', '6281234567890', '081234567890'])
      expect(await found(officer, q)).toEqual([ids.potholes]);
    // The database's phone key is the rule of normalisePhone (wa.me links).
    for (const contact of [
      '0812-3456-7890',
      '+62 812 3456 7890',
      '(0812) 3456.7890',
      'a@b.id',
      '12345',
    ]) {
      const [{ key }] = await owner.query(`SELECT simpul_phone_key($1) AS key`, [contact]);
      expect(key).toBe(normalisePhone(contact));
    }
  });

  it('never matches an anonymous report’s phone, nor a phone the reader may not see', async () => {
    // The lead agency reads the anonymous case but not its reporter: no match.
    const anonymous = await search(officer, '0813-1111-2222');
    const unknown = await search(officer, '0813-9999-0000');
    expect(anonymous.items.map((i) => i.id)).not.toContain(ids.hidden);
    expect(anonymous).toEqual(unknown);
    const [{ key }] = await owner.query(
      `SELECT reporter_phone_key AS key FROM case_report WHERE case_id = $1`,
      [ids.hidden],
    );
    expect(key).toBeNull();
    // The department's pimpinan reads the case (by its number) but not the reporter's contact:
    // the phone gives what a phone nobody has gives.
    expect((await found(head, numbers.potholes))[0]).toBe(ids.potholes);
    const refused = await search(head, '0812-3456-7890');
    expect(refused.items.map((i) => i.id)).not.toContain(ids.potholes);
    expect(refused).toEqual(await search(head, '0812-9999-0000'));
    // Another agency: nothing at all.
    expect(await found(stranger, '0812-3456-7890')).toEqual([]);
  });

  it('counts exact matches once, with the text matches', async () => {
    const count = async (q: string) =>
      (
        await request(testApp.url)
          .get('/api/cases/inbox/count')
          .query({ q })
          .set(bearer(officer))
          .expect(200)
      ).body as { total: number };
    expect(await count('2016005')).toEqual({ total: 2, totalIsEstimate: false });
    expect(await count(numbers.cliff)).toEqual({ total: 1, totalIsEstimate: false });
  });

  it('pages after the exact matches without repeating them', async () => {
    const first = await search(officer, '2016005', { limit: '1' });
    expect(first.items.map((i) => i.id)).toEqual([ids.alley, ids.mention]);
    expect(first.nextCursor).toBeNull();
    // The exact match is not listed again among the text matches of later pages.
    const jalan = await search(officer, numbers.potholes, { limit: '1' });
    expect(jalan.items[0].id).toBe(ids.potholes);
    if (jalan.nextCursor) {
      const next = await search(officer, numbers.potholes, {
        limit: '1',
        cursor: jalan.nextCursor,
      });
      expect(next.items.map((i) => i.id)).not.toContain(ids.potholes);
    }
  });
});
