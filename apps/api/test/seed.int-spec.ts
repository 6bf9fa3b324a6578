import type { DataSource } from 'typeorm';
import { loadAppConfig } from '../src/app/config/app-config';
import { prepareDatabase } from '../src/app/startup/prepare-database';
import { DEMO_CASES } from '../src/app/seed/demo-seed';
import { ownerDataSource } from './support/test-app';

const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined } as never;

describe('database preparation (migrations and seed)', () => {
  let owner: DataSource;

  beforeAll(async () => {
    await prepareDatabase(loadAppConfig({ ...process.env, DEMO_MODE: 'true' }), quiet);
    owner = await ownerDataSource();
  });

  afterAll(() => owner.destroy());

  it('seeds DPU BM Jatim with its 11 UPT PJJ as children', async () => {
    const units: { short_name: string }[] = await owner.query(
      `SELECT u.short_name FROM agency u JOIN agency p ON p.id = u.parent_id
       WHERE p.code = 'dpubm-jatim' AND u.kind = 'field_unit' ORDER BY u.short_name`,
    );
    expect(units.map((u) => u.short_name)).toEqual(
      [
        'Banyuwangi',
        'Bojonegoro',
        'Jember',
        'Kediri',
        'Madiun',
        'Malang',
        'Mojokerto',
        'Pacitan',
        'Pamekasan',
        'Probolinggo',
        'Surabaya',
      ].map((city) => `UPT PJJ ${city}`),
    );
  });

  it('seeds a public-works office for each of the 38 regencies and cities with its Kemendagri code', async () => {
    const offices: { code: string; name: string; regency_codes: string[] }[] = await owner.query(
      `SELECT code, name, regency_codes FROM agency WHERE kind = 'regency_office' AND code LIKE 'pu-35-%' ORDER BY code`,
    );
    expect(offices).toHaveLength(38);
    expect(
      offices.filter((o) => /^35\.(0[1-9]|1\d|2[0-9])$/.test(o.regency_codes[0])),
    ).toHaveLength(29);
    expect(offices.filter((o) => /^35\.7[1-9]$/.test(o.regency_codes[0]))).toHaveLength(9);
    expect(offices.find((o) => o.regency_codes[0] === '35.78')?.name).toBe(
      'Dinas Pekerjaan Umum Kota Surabaya',
    );
    expect(offices.find((o) => o.regency_codes[0] === '35.01')?.name).toBe(
      'Dinas Pekerjaan Umum Kabupaten Pacitan',
    );
  });

  it('seeds the national road authority, the provincial bodies and the utilities', async () => {
    const rows: { code: string; kind: string }[] = await owner.query(
      `SELECT code, kind FROM agency WHERE code = ANY($1) ORDER BY code`,
      [
        [
          'bbpjn-jatim-bali',
          'dishub-jatim',
          'diskominfo-jatim',
          'dlh-jatim',
          'bpbd-jatim',
          'pln-uid-jatim',
          'pdam',
          'telkom-jatim',
        ],
      ],
    );
    expect(Object.fromEntries(rows.map((r) => [r.code, r.kind]))).toEqual({
      'bbpjn-jatim-bali': 'national_road_authority',
      'bpbd-jatim': 'government_body',
      'diskominfo-jatim': 'government_body',
      'dishub-jatim': 'government_body',
      'dlh-jatim': 'government_body',
      pdam: 'utility',
      'pln-uid-jatim': 'utility',
      'telkom-jatim': 'utility',
    });
  });

  it('seeds the demo complaints once, numbered SMP-<year>-NNNNNN', async () => {
    const cases: { number: string; title: string }[] = await owner.query(
      `SELECT number, title FROM "case"`,
    );
    const demoTitles = DEMO_CASES.map((c) => c.title);
    const demo = cases.filter((c) => demoTitles.includes(c.title));
    expect(demo).toHaveLength(DEMO_CASES.length);
    for (const c of demo) expect(c.number).toMatch(/^SMP-\d{4}-\d{6}$/);
    const clocks: { clock: string; n: number }[] = await owner.query(
      `SELECT k.clock, count(*)::int AS n FROM case_clock k JOIN "case" c ON c.id = k.case_id
       WHERE c.title = ANY($1) AND k.deadline IS NOT NULL GROUP BY k.clock ORDER BY k.clock`,
      [demoTitles],
    );
    expect(clocks).toEqual([
      { clock: 'social_media_response', n: 1 },
      { clock: 'verification', n: DEMO_CASES.length },
    ]);
  });

  it('seeds demo accounts for every role, one of them in two agencies', async () => {
    const rows: { email: string; roles: string[] }[] = await owner.query(
      `SELECT u.email, array_agg(m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL) AS roles
       FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
       WHERE u.email LIKE '%@demo.simpul.id' GROUP BY u.email`,
    );
    const roles = new Set(rows.flatMap((r) => r.roles ?? []));
    expect([...roles].sort()).toEqual(['admin', 'humas', 'petugas', 'pimpinan']);
    expect(rows.some((r) => (r.roles ?? []).length === 2)).toBe(true);
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM app_user WHERE is_superadmin AND email LIKE '%@demo.simpul.id'`,
    );
    expect(count).toBe(1);
  });

  it('seeds Diskominfo Jatim as coordinator of the provincial agencies', async () => {
    const rows: { code: string }[] = await owner.query(
      `SELECT b.code FROM agency_coordination c JOIN agency a ON a.id = c.coordinator_id JOIN agency b ON b.id = c.coordinated_id
       WHERE a.code = 'diskominfo-jatim' ORDER BY b.code`,
    );
    expect(rows.map((r) => r.code)).toEqual(
      expect.arrayContaining(['dpubm-jatim', 'upt-pjj-malang', 'dishub-jatim']),
    );
  });

  it('is idempotent and keeps an admin’s edit of an office name', async () => {
    await owner.query(
      `UPDATE agency SET name = 'Dinas PUPR Kabupaten Malang' WHERE code = 'pu-35-07'`,
    );
    const before = await owner.query(
      `SELECT (SELECT count(*) FROM agency) AS agencies, (SELECT count(*) FROM "case") AS cases`,
    );
    await prepareDatabase(loadAppConfig({ ...process.env, DEMO_MODE: 'true' }), quiet);
    await Promise.all([
      prepareDatabase(loadAppConfig({ ...process.env, DEMO_MODE: 'true' }), quiet),
      prepareDatabase(loadAppConfig({ ...process.env, DEMO_MODE: 'true' }), quiet),
    ]);
    const after = await owner.query(
      `SELECT (SELECT count(*) FROM agency) AS agencies, (SELECT count(*) FROM "case") AS cases`,
    );
    expect(after).toEqual(before);
    const [{ name }] = await owner.query(`SELECT name FROM agency WHERE code = 'pu-35-07'`);
    expect(name).toBe('Dinas PUPR Kabupaten Malang');
  });
});
