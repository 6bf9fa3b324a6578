import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseDetail, CreateCaseRequest, LocationRequestResponse } from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const NO_LOCATION: CreateCaseRequest = {
  title: 'Jalan rusak parah dekat pasar (uji lokasi)',
  description: 'min jalan rusak parah dekat pasar, tiap hujan jadi kubangan',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jalan_rusak',
  reporter: { name: 'Bu Sri', contact: '0813-3344-5566', anonymous: false, confidential: false },
};

describe('asking the reporter for the location', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let petugas: string;
  let humas: string;
  let stranger: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    const agency = await createAgency(owner, 'Lokasi', { kind: 'field_unit' });
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
    humas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'humas']])).email))
      .accessToken;
    stranger = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[await createAgency(owner, 'LokasiLain'), 'admin']])).email,
      )
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const tokenOf = (url: string) => url.split('/lokasi/')[1];

  it('puts the case on hold, issues a one-time link, and takes the reporter’s pin back onto the case', async () => {
    const created = (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .send(NO_LOCATION)
        .expect(201)
    ).body as CaseDetail;
    expect(created.location).toMatchObject({ lat: null, confidence: 'unknown' });

    await request(testApp.url)
      .post(`/api/cases/${created.id}/location-requests`)
      .set(bearer(humas))
      .send({})
      .expect(403);
    await request(testApp.url)
      .post(`/api/cases/${created.id}/location-requests`)
      .set(bearer(stranger))
      .send({})
      .expect(404);
    const asked = (
      await request(testApp.url)
        .post(`/api/cases/${created.id}/location-requests`)
        .set(bearer(petugas))
        .send({})
        .expect(201)
    ).body as LocationRequestResponse;
    expect(asked.url).toMatch(/\/lokasi\/[\w-]{40,}$/);
    expect(asked.messageText).toContain(asked.url);
    expect(asked.whatsappUrl).toMatch(/^https:\/\/wa\.me\/6281333445566\?text=/);
    const held = (
      await request(testApp.url).get(`/api/cases/${created.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(held.status).toBe('needs_information');
    expect(held.clocks.find((c) => c.clock === 'needs_information')).toMatchObject({
      amount: 30,
      completedAt: null,
    });

    const token = tokenOf(asked.url);
    const view = await request(testApp.url)
      .get(`/api/public/location-requests/${token}`)
      .expect(200);
    expect(view.body).toMatchObject({
      caseNumber: created.number,
      caseTitle: NO_LOCATION.title,
      answered: false,
    });
    expect(JSON.stringify(view.body)).not.toContain('Bu Sri');
    expect(JSON.stringify(view.body)).not.toContain('0813');

    const badLat = await request(testApp.url)
      .post(`/api/public/location-requests/${token}`)
      .send({ lat: 200, lng: 112.6 })
      .expect(400);
    expect(badLat.body.fields[0].field).toBe('lat');
    await request(testApp.url)
      .post(`/api/public/location-requests/${token}`)
      .send({ lat: 48.85, lng: 2.35 })
      .expect(400);
    await request(testApp.url)
      .post(`/api/public/location-requests/${token}`)
      .send({ lat: -8.1631, lng: 112.5733, note: 'depan balai desa' })
      .expect(204);
    await request(testApp.url)
      .post(`/api/public/location-requests/${token}`)
      .send({ lat: -8.1, lng: 112.5 })
      .expect(409);

    const answered = (
      await request(testApp.url).get(`/api/cases/${created.id}`).set(bearer(petugas)).expect(200)
    ).body as CaseDetail;
    expect(answered.location).toMatchObject({
      lat: -8.1631,
      lng: 112.5733,
      confidence: 'pinned',
      source: 'reporter',
    });
    expect(answered.status).toBe('new');
    expect(answered.clocks.find((c) => c.clock === 'resolution')).toMatchObject({
      amount: 60,
      completedAt: null,
    });
    const events = await caseEvents(testApp.url, petugas, created.id);
    expect(events.map((e) => e.type)).toEqual([
      'case.created',
      'case.status_changed',
      'case.location_requested',
      'case.location_set',
      'case.status_changed',
    ]);
    expect(events[3].after).toMatchObject({ note: 'depan balai desa', source: 'reporter' });
  });

  it('answers an unknown or expired link with 404 and a message the reporter understands', async () => {
    const response = await request(testApp.url)
      .get('/api/public/location-requests/tidak-ada-tautan-seperti-ini')
      .expect(404);
    expect(response.body.message.id).toContain('Tautan tidak berlaku');
  });
});
