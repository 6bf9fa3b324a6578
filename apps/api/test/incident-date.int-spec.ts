import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ApiErrorBody, CaseDetail, CreateCaseRequest } from '@simpul/contracts';
import { todayInWib } from '../src/app/common/not-future-date';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Jembatan retak di Desa Ngijo',
  description: 'retakan makin lebar sejak hujan deras minggu lalu',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jembatan',
  reporter: { name: 'Suparmi', anonymous: false, confidential: false },
};

/** The calendar date `days` after today in WIB. */
function wibDateIn(days: number): string {
  return todayInWib(new Date(Date.now() + days * 86_400_000));
}

function expectIncidentDateRefused(body: ApiErrorBody): void {
  expect(body.fields).toEqual([
    {
      field: 'incidentDate',
      message: {
        id: 'incidentDate tidak boleh setelah hari ini (WIB)',
        en: 'incidentDate cannot be later than today (WIB)',
      },
    },
  ]);
}

describe('the incident date cannot lie in the future (issue #14 item 8)', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Tanggal', { kind: 'field_unit' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const caseCount = async (): Promise<number> =>
    Number((await owner.query(`SELECT count(*)::int AS n FROM "case"`))[0].n);

  it('refuses tomorrow on intake, naming the field in both languages, and stores nothing', async () => {
    const before = await caseCount();
    const response = await request(testApp.url)
      .post('/api/cases')
      .set(bearer(petugas))
      .send({ ...COMPLAINT, incidentDate: wibDateIn(1) })
      .expect(400);
    expectIncidentDateRefused(response.body as ApiErrorBody);
    expect(await caseCount()).toBe(before);
  });

  it('takes today and earlier days', async () => {
    for (const incidentDate of [todayInWib(), wibDateIn(-30)]) {
      const created = (
        await request(testApp.url)
          .post('/api/cases')
          .set(bearer(petugas))
          .send({ ...COMPLAINT, incidentDate })
          .expect(201)
      ).body as CaseDetail;
      expect(created.incidentDate).toBe(incidentDate);
    }
  });

  it('refuses a future date when the facts are edited, and keeps the recorded one', async () => {
    const kase = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .send({ ...COMPLAINT, incidentDate: wibDateIn(-2) })
        .expect(201)
    ).body as CaseDetail;
    const response = await request(testApp.url)
      .patch(`/api/cases/${kase.id}`)
      .set(bearer(petugas))
      .send({ baseVersion: kase.version, incidentDate: wibDateIn(400) })
      .expect(400);
    expectIncidentDateRefused(response.body as ApiErrorBody);
    const after = (
      await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(after).toMatchObject({ incidentDate: wibDateIn(-2), version: kase.version });
  });
});
