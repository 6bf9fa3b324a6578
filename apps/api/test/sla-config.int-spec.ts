import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseDetail, CreateCaseRequest } from '@simpul/contracts';
import { WorkingCalendar } from '@simpul/sla';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Saluran drainase tersumbat di Jl. Ahmad Yani',
  description: 'air meluap ke jalan tiap hujan',
  classification: 'pengaduan',
  channel: 'phone',
  category: 'drainase',
  reporter: { name: 'Warga', contact: '081200001111', anonymous: false, confidential: false },
};

/** An installation's own SLA settings (SLA_CONFIG_FILE) drive the clocks of its cases. */
describe('SLA settings of the installation', () => {
  const OFFICE_HOURS = {
    monday: [{ from: '07:00', to: '15:00' }],
    tuesday: [{ from: '07:00', to: '15:00' }],
    wednesday: [{ from: '07:00', to: '15:00' }],
    thursday: [{ from: '07:00', to: '15:00' }],
    friday: [{ from: '07:00', to: '15:00' }],
  };
  let dir: string;
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'simpul-sla-config-'));
    const file = join(dir, 'sla.json');
    writeFileSync(
      file,
      JSON.stringify({
        officeHours: OFFICE_HOURS,
        // Drainage complaints by phone are verified within one working day here.
        rules: [
          {
            clock: 'verification',
            category: 'drainase',
            channel: 'phone',
            kind: 'working_days',
            amount: 1,
          },
        ],
      }),
    );
    testApp = await createTestApp({ SLA_CONFIG_FILE: file });
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'AturanSla', { kind: 'regency_office' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the installation’s rule and office hours for a new case, and the defaults elsewhere', async () => {
    const create = async (body: CreateCaseRequest) =>
      (await request(testApp.url).post('/api/cases').set(bearer(petugas)).send(body).expect(201))
        .body as CaseDetail;
    const drainage = await create(COMPLAINT);
    const verification = drainage.clocks.find((c) => c.clock === 'verification');
    expect(verification).toMatchObject({ kind: 'working_days', amount: 1 });
    const expected = new WorkingCalendar({ officeHours: OFFICE_HOURS }).addWorkingDays(
      new Date(verification?.startedAt as string),
      1,
    );
    expect(verification?.deadline).toBe(expected.toISOString());
    // Closing time of the office hours set: 15:00 WIB.
    expect(new Date(verification?.deadline as string).getUTCHours()).toBe(8);

    const bridge = await create({ ...COMPLAINT, category: 'jembatan', title: 'Jembatan retak' });
    expect(bridge.clocks.find((c) => c.clock === 'verification')).toMatchObject({ amount: 3 });
  });

  it('moves the running clocks to the rules of a corrected category, on the timeline', async () => {
    const bridge = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .send({ ...COMPLAINT, category: 'jembatan', title: 'Gorong-gorong ambles' })
        .expect(201)
    ).body as CaseDetail;
    const patch = (body: object) =>
      request(testApp.url).patch(`/api/cases/${bridge.id}`).set(bearer(petugas)).send(body);
    const bad = await patch({ baseVersion: bridge.version, category: 'gorong' }).expect(400);
    expect(bad.body.fields[0].field).toBe('category');
    await patch({ baseVersion: bridge.version, incidentDate: '2026-13-01' }).expect(400);
    const corrected = (
      await patch({
        baseVersion: bridge.version,
        category: 'drainase',
        priority: 'high',
        incidentDate: '2026-11-20',
      }).expect(200)
    ).body as CaseDetail;
    expect(corrected).toMatchObject({
      category: 'drainase',
      priority: 'high',
      incidentDate: '2026-11-20',
    });
    const verification = corrected.clocks.find((c) => c.clock === 'verification');
    expect(verification).toMatchObject({ kind: 'working_days', amount: 1 });
    expect(verification?.deadline).toBe(
      new WorkingCalendar({ officeHours: OFFICE_HOURS })
        .addWorkingDays(new Date(verification?.startedAt as string), 1)
        .toISOString(),
    );
    const events = (
      await request(testApp.url)
        .get(`/api/cases/${bridge.id}/events`)
        .set(bearer(petugas))
        .expect(200)
    ).body as { type: string; before: unknown; after: unknown }[];
    expect(events.at(-1)).toMatchObject({
      type: 'case.updated',
      before: { category: 'jembatan', priority: 'normal', incidentDate: null },
      after: { category: 'drainase', priority: 'high', incidentDate: '2026-11-20' },
    });
    // A stale version is refused, not applied.
    await patch({ baseVersion: bridge.version, category: 'jembatan' }).expect(409);
  });
});
