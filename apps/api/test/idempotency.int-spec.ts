import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  IDEMPOTENCY_KEY_HEADER,
  type CaseDetail,
  type CreateCaseRequest,
  type CreateCommentResponse,
} from '@simpul/contracts';
import { IdempotencyStore } from '../src/app/idempotency/idempotency-store';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

const COMPLAINT: CreateCaseRequest = {
  title: 'Jembatan retak di Desa Uji Ulang',
  description: 'retakan memanjang di sisi timur',
  classification: 'pengaduan',
  channel: 'whatsapp',
  category: 'jembatan',
  reporter: { name: 'Warga Uji', contact: '081211112222', anonymous: false, confidential: false },
};

/**
 * Writes that are safe to retry: the first request with an Idempotency-Key runs, a retry with the
 * same body gets its result again, another body 422, a retry while the first runs 409.
 */
describe('Idempotency-Key on POSTs', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agency: string;
  let petugas: string;
  let other: string;
  let admin: string;
  let caseId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agency = await createAgency(owner, 'Ulang');
    caseId = (await createCase(owner, agency, [[agency, 'lead']])).id;
    petugas = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
    admin = (await signIn(testApp.url, (await createUser(owner, [[agency, 'admin']])).email))
      .accessToken;
    other = (await signIn(testApp.url, (await createUser(owner, [[agency, 'petugas']])).email))
      .accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const comment = (key: string, body: object, token = petugas) =>
    request(testApp.url)
      .post(`/api/cases/${caseId}/comments`)
      .set(bearer(token))
      .set(IDEMPOTENCY_KEY_HEADER, key)
      .send(body);
  const commentsWithBody = async (body: string): Promise<number> => {
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_comment WHERE case_id = $1 AND body = $2`,
      [caseId, body],
    );
    return n;
  };

  it('creates exactly one comment from 50 parallel POSTs with one key; every answer is the first result or 409', async () => {
    const key = randomUUID();
    const body = { visibility: 'internal', body: `Serentak ${key}` };
    const answers = await Promise.all(Array.from({ length: 50 }, () => comment(key, body)));
    expect(await commentsWithBody(body.body)).toBe(1);
    const created = answers.filter((a) => a.status === 201);
    const inFlight = answers.filter((a) => a.status === 409);
    expect(created.length + inFlight.length).toBe(50);
    expect(created.length).toBeGreaterThanOrEqual(1);
    const first = (created[0].body as CreateCommentResponse).comment;
    for (const answer of created) expect(answer.body).toEqual(created[0].body);
    for (const answer of inFlight) expect(answer.body.code).toBe('IDEMPOTENCY_IN_FLIGHT');

    // Once settled, a retry gets the first result again, marked as a replay.
    const retry = await comment(key, body).expect(201);
    expect(retry.body).toEqual(created[0].body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((retry.body as CreateCommentResponse).comment.id).toBe(first.id);
    const [{ n: events }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'comment.created' AND after->>'body' = $2`,
      [caseId, body.body],
    );
    expect(events).toBe(1);
  });

  it('answers a reused key with a different body 422, and keys are per user', async () => {
    const key = randomUUID();
    await comment(key, { visibility: 'internal', body: `Pertama ${key}` }).expect(201);
    const reused = await comment(key, { visibility: 'internal', body: `Lain ${key}` }).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await commentsWithBody(`Lain ${key}`)).toBe(0);
    // Another person's identical key is another intent.
    await comment(key, { visibility: 'internal', body: `Lain ${key}` }, other).expect(201);
    expect(await commentsWithBody(`Lain ${key}`)).toBe(1);
    // The same body with keys in another order is the same request.
    const ordered = randomUUID();
    const a = await comment(ordered, { body: `Urutan ${ordered}`, visibility: 'internal' }).expect(
      201,
    );
    const b = await comment(ordered, { visibility: 'internal', body: `Urutan ${ordered}` }).expect(
      201,
    );
    expect(b.body).toEqual(a.body);
  });

  it('answers 409 while the first request is still in flight, and lets a retry take over a dead one', async () => {
    const key = randomUUID();
    const body = { visibility: 'internal', body: `Tertahan ${key}` };
    // A first request that is running (its row committed as in_flight by another process).
    const scope = `POST /api/cases/${caseId}/comments`;
    const petugasId = await userOf(petugas);
    const { requestHash } = await import('../src/app/idempotency/idempotency.interceptor');
    await owner.query(
      `INSERT INTO idempotency_key (user_id, scope, key, request_hash, state, expires_at)
       VALUES ($1, $2, $3, $4, 'in_flight', now() + interval '1 day')`,
      [petugasId, scope, key, requestHash(body)],
    );
    const busy = await comment(key, body).expect(409);
    expect(busy.body.code).toBe('IDEMPOTENCY_IN_FLIGHT');
    expect(await commentsWithBody(body.body)).toBe(0);
    // The process died: after the lease, a retry with the same body runs it once.
    await owner.query(
      `UPDATE idempotency_key SET locked_at = now() - interval '5 minutes' WHERE key = $1`,
      [key],
    );
    await comment(key, { ...body, body: `Lain ${key}` }).expect(422);
    await comment(key, body).expect(201);
    await comment(key, body).expect(201);
    expect(await commentsWithBody(body.body)).toBe(1);
  });

  it('replays a refusal as it was (same status and body) without running the work again', async () => {
    const key = randomUUID();
    const first = await comment(key, { visibility: 'public', body: 'x', extra: 1 }).expect(400);
    const again = await comment(key, { visibility: 'public', body: 'x', extra: 1 }).expect(400);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const bad = await comment('kunci dengan spasi', { visibility: 'internal', body: 'x' }).expect(
      400,
    );
    expect(bad.body.fields[0].field).toBe(IDEMPOTENCY_KEY_HEADER);
  });

  it('makes case intake and status transitions safe to retry', async () => {
    const key = randomUUID();
    const body = { ...COMPLAINT, title: `${COMPLAINT.title} ${key.slice(0, 8)}` };
    const intake = () =>
      request(testApp.url)
        .post('/api/cases')
        .set(bearer(petugas))
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .send(body);
    const created = (await intake().expect(201)).body as CaseDetail;
    const again = (await intake().expect(201)).body as CaseDetail;
    expect(again.id).toBe(created.id);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM "case" WHERE title = $1`, [
      body.title,
    ]);
    expect(n).toBe(1);

    const transitionKey = randomUUID();
    const verify = () =>
      request(testApp.url)
        .post(`/api/cases/${created.id}/transitions`)
        .set(bearer(admin))
        .set(IDEMPOTENCY_KEY_HEADER, transitionKey)
        .send({ action: 'verify', version: created.version });
    const verified = (await verify().expect(200)).body as CaseDetail;
    // Without the key the retry would be a stale version (409); with it, the first answer.
    const retried = (await verify().expect(200)).body as CaseDetail;
    expect(retried).toEqual(verified);
    const [{ n: changes }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'case.status_changed'`,
      [created.id],
    );
    expect(changes).toBe(1);
  });

  it('makes assigning an officer safe to retry', async () => {
    const fixture = await createCase(owner, agency, [[agency, 'lead']]);
    const officer = await createUser(owner, [[agency, 'petugas']]);
    const key = randomUUID();
    const assign = () =>
      request(testApp.url)
        .post(`/api/cases/${fixture.id}/assignees`)
        .set(bearer(admin))
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .send({ userId: officer.id });
    const first = (await assign().expect(200)).body as CaseDetail;
    expect(first.assignees.map((a) => a.userId)).toEqual([officer.id]);
    // Undone meanwhile: the retry replays the first answer instead of assigning again.
    await request(testApp.url)
      .delete(`/api/cases/${fixture.id}/assignees/${officer.id}`)
      .set(bearer(admin))
      .expect(200);
    expect((await assign().expect(200)).body).toEqual(first);
    const [{ n: assigned }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_assignee WHERE case_id = $1`,
      [fixture.id],
    );
    expect(assigned).toBe(0);
    const [{ n: events }] = await owner.query(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'case.assigned'`,
      [fixture.id],
    );
    expect(events).toBe(1);
  });

  it("makes an Open311 client's POST safe to retry (per API key's service account)", async () => {
    const adminOfAgency = (
      await signIn(testApp.url, (await createUser(owner, [[agency, 'admin']])).email)
    ).accessToken;
    const { apiKey } = (
      await request(testApp.url)
        .post('/api/open311/keys')
        .set(bearer(adminOfAgency))
        .send({ label: 'Aplikasi uji ulang' })
        .expect(201)
    ).body as { apiKey: string };
    const key = randomUUID();
    const fields = {
      api_key: apiKey,
      service_code: 'jalan_rusak',
      address_string: 'Jl. Uji Ulang km 1',
      description: `Lubang ${key}`,
    };
    const submit = (body: Record<string, string>) =>
      request(testApp.url)
        .post('/open311/v2/requests.json')
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .type('form')
        .send(body);
    const first = await submit(fields).expect(201);
    const again = await submit(fields).expect(201);
    expect(again.body).toEqual(first.body);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM "case" WHERE description = $1`,
      [fields.description],
    );
    expect(n).toBe(1);
    await submit({ ...fields, description: 'lain' }).expect(422);
  });

  it('purges expired keys, after which a key may be used again', async () => {
    const key = randomUUID();
    await comment(key, { visibility: 'internal', body: `Lama ${key}` }).expect(201);
    await owner.query(
      `UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    // Expired but not yet purged: the key is free again.
    await comment(key, { visibility: 'internal', body: `Baru ${key}` }).expect(201);
    await owner.query(
      `UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    expect(await testApp.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`,
      [key],
    );
    expect(n).toBe(0);
  });

  async function userOf(token: string): Promise<string> {
    const me = await request(testApp.url).get('/api/auth/me').set(bearer(token)).expect(200);
    return me.body.id as string;
  }
});
