import { Workbook } from 'exceljs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('CSV export goes through the same policy as the case page', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let lead: string;
  let otherNumber: string;
  let coordinator: string;
  let unrelated: string;
  let number: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const leadAgency = await createAgency(owner, 'Ekspor');
    const coordinatorAgency = await createAgency(owner, 'EksporKoord');
    const unrelatedAgency = await createAgency(owner, 'EksporLain');
    await owner.query(
      `INSERT INTO agency_coordination (coordinator_id, coordinated_id) VALUES ($1, $2)`,
      [coordinatorAgency, leadAgency],
    );
    const kase = await createCase(owner, leadAgency, [[leadAgency, 'lead']]);
    [{ number }] = await owner.query(`SELECT number FROM "case" WHERE id = $1`, [kase.id]);
    // A second case of the lead agency in another category, status and regency: the filters' foil.
    const other = await createCase(owner, leadAgency, [[leadAgency, 'lead']]);
    await owner.query(
      `UPDATE "case" SET category = 'drainase', status = 'verified', regency_code = '35.07' WHERE id = $1`,
      [other.id],
    );
    [{ number: otherNumber }] = await owner.query(`SELECT number FROM "case" WHERE id = $1`, [
      other.id,
    ]);
    lead = (await signIn(testApp.url, (await createUser(owner, [[leadAgency, 'petugas']])).email))
      .accessToken;
    coordinator = (
      await signIn(testApp.url, (await createUser(owner, [[coordinatorAgency, 'admin']])).email)
    ).accessToken;
    unrelated = (
      await signIn(testApp.url, (await createUser(owner, [[unrelatedAgency, 'admin']])).email)
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const exportFor = async (token: string) => {
    const response = await request(testApp.url)
      .get('/api/cases/export.csv')
      .set(bearer(token))
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    return response.text.split('\r\n').filter((line) => line.includes(number));
  };

  it('gives the intake agency its reporter data, never the anonymous identity', async () => {
    const rows = await exportFor(lead);
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.includes('Budi Santoso') && r.includes('3507010101900001'))).toBe(
      true,
    );
    expect(rows.join('\n')).not.toContain('Rahasia Pelapor');
    expect(rows.join('\n')).not.toContain('3507010101900002');
  });

  it('redacts reporters for a coordinator, who reads the case but not its people', async () => {
    const rows = await exportFor(coordinator);
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).not.toContain('Budi Santoso');
    expect(rows.every((r) => r.includes('[disembunyikan]'))).toBe(true);
  });

  it('leaves out cases the exporter may not read, and audits every export', async () => {
    expect(await exportFor(unrelated)).toHaveLength(0);
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'cases.exported'`,
    );
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('honours the inbox filters: status, category, regency', async () => {
    const csv = async (query: Record<string, string>) =>
      (
        await request(testApp.url)
          .get('/api/cases/export.csv')
          .query(query)
          .set(bearer(lead))
          .expect(200)
      ).text;
    const all = await csv({});
    expect(all).toContain(number);
    expect(all).toContain(otherNumber);
    const filters: Record<string, string>[] = [
      { category: 'drainase' },
      { status: 'verified' },
      { regency: '35.07' },
    ];
    for (const query of filters) {
      const text = await csv(query);
      expect(text).toContain(otherNumber);
      expect(text).not.toContain(number);
    }
    const none = await csv({ status: 'archived' });
    expect(none.split('\r\n').filter(Boolean)).toEqual([none.split('\r\n')[0]]);
    expect(none.split('\r\n')[0]).toMatch(/^nomor,judul,status/);
  });

  it('writes the same rows as an XLSX workbook, redacted the same way', async () => {
    const fetchXlsx = async (token: string) => {
      const response = await request(testApp.url)
        .get('/api/cases/export.xlsx')
        .query({ category: 'jalan_rusak' })
        .set(bearer(token))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new Workbook();
      // exceljs's types name Node's older Buffer; the bytes are the same.
      await workbook.xlsx.load(response.body as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.getWorksheet('Kasus');
      const rows: string[][] = [];
      sheet?.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))),
      );
      return rows;
    };
    const leadRows = await fetchXlsx(lead);
    expect(leadRows[0].slice(0, 3)).toEqual(['nomor', 'judul', 'status']);
    const mine = leadRows.filter((row) => row[0] === number);
    expect(mine).toHaveLength(2);
    expect(
      mine.some((row) => row.includes('Budi Santoso') && row.includes('3507010101900001')),
    ).toBe(true);
    expect(JSON.stringify(mine)).not.toContain('Rahasia Pelapor');
    expect(leadRows.some((row) => row[0] === otherNumber)).toBe(false);
    const coordinatorRows = (await fetchXlsx(coordinator)).filter((row) => row[0] === number);
    expect(coordinatorRows).toHaveLength(2);
    expect(JSON.stringify(coordinatorRows)).not.toContain('Budi Santoso');
    expect(coordinatorRows.every((row) => row.includes('[disembunyikan]'))).toBe(true);
    expect(await fetchXlsx(unrelated)).toHaveLength(1);
  });

  it('refuses bad filters as JSON before any byte of the file', async () => {
    const response = await request(testApp.url)
      .get('/api/cases/export.xlsx')
      .query({ regency: 'Malang' })
      .set(bearer(lead))
      .expect(400);
    expect(response.headers['content-type']).toContain('application/json');
    expect(JSON.stringify(response.body)).toContain('regency');
  });
});
