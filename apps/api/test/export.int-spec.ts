import request from 'supertest';
import type { DataSource } from 'typeorm';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('CSV export goes through the same policy as the case page', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let lead: string;
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
});
