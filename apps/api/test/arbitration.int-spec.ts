import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ApiErrorBody, ArbitrationQueue, HandoffView } from '@simpul/contracts';
import {
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Ping-pong: a case that returns to an agency it left, or passes three accepted handoffs, freezes;
 * the pimpinan of the nearest common ancestor (else the superadmin) decides the owner and can turn
 * the decision into a routing rule in one step.
 */
describe('arbitration of bouncing cases', () => {
  let testApp: TestApp;
  let owner: DataSource;
  const agencies: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencies['induk'] = await createAgency(owner, 'Induk');
    for (const key of ['a', 'b', 'c', 'd'])
      agencies[key] = await createAgency(owner, key.toUpperCase(), { parentId: agencies['induk'] });
    agencies['lepas'] = await createAgency(owner, 'Lepas');
    for (const key of Object.keys(agencies)) {
      for (const role of ['petugas', 'pimpinan'] as const) {
        const user = await createUser(owner, [[agencies[key], role]], { label: `${key}-${role}` });
        tokens[`${key}-${role}`] = (await signIn(testApp.url, user.email)).accessToken;
      }
    }
    const superadmin = await createUser(owner, [], { superadmin: true, label: 'super' });
    tokens['super'] = (await signIn(testApp.url, superadmin.email)).accessToken;
  });

  afterAll(async () => {
    await owner?.destroy();
    await testApp?.close();
  });

  const propose = (from: string, caseId: string, to: string) =>
    request(testApp.url)
      .post(`/api/cases/${caseId}/handoffs`)
      .set(bearer(tokens[`${from}-petugas`]))
      .send({
        toAgencyId: agencies[to],
        reason: 'road_status',
        senderChoice: 'stay_as_collaborator',
      });
  const accept = (by: string, caseId: string, handoffId: string) =>
    request(testApp.url)
      .post(`/api/cases/${caseId}/handoffs/${handoffId}/accept`)
      .set(bearer(tokens[`${by}-petugas`]))
      .expect(200);
  const handOver = async (from: string, to: string, caseId: string) => {
    const sent = await propose(from, caseId, to).expect(201);
    await accept(to, caseId, (sent.body as HandoffView).id);
  };
  const leadOf = async (caseId: string) =>
    (
      await owner.query(
        `SELECT agency_id FROM case_participant WHERE case_id = $1 AND role = 'lead'`,
        [caseId],
      )
    )[0].agency_id as string;

  it('freezes A→B→A, refuses further handoffs, and the common ancestor decides with a rule', async () => {
    const kase = await createCase(owner, agencies['a'], [[agencies['a'], 'lead']]);
    await handOver('a', 'b', kase.id);
    const back = await propose('b', kase.id, 'a');
    expect(back.status).toBe(201);
    const frozen = back.body as HandoffView;
    expect(frozen.status).toBe('frozen');
    expect(frozen.arbitration?.arbiterAgencyId).toBe(agencies['induk']);
    expect(await leadOf(kase.id)).toBe(agencies['b']);

    const further = await propose('b', kase.id, 'c');
    expect(further.status).toBe(409);
    expect((further.body as ApiErrorBody).code).toBe('HANDOFF_FROZEN');

    const notified = await owner.query(
      `SELECT n.kind FROM notification n JOIN membership m ON m.user_id = n.user_id
       WHERE n.case_id = $1 AND m.agency_id = $2 AND m.role = 'pimpinan'`,
      [kase.id, agencies['induk']],
    );
    expect(notified).toEqual([{ kind: 'arbitration_needed' }]);

    const queue = await request(testApp.url)
      .get('/api/arbitrations')
      .set(bearer(tokens['induk-pimpinan']))
      .expect(200);
    const item = (queue.body as ArbitrationQueue).items.find((i) => i.handoff.id === frozen.id);
    expect(item?.chain.map((h) => [h.fromAgency.id, h.toAgency.id, h.status])).toEqual([
      [agencies['a'], agencies['b'], 'accepted'],
      [agencies['b'], agencies['a'], 'frozen'],
    ]);
    // A routing rule made from the decision is pre-filled with the case's facts.
    expect(item?.facts).toEqual({ category: 'jalan_rusak', regencyCode: null, roadStatus: null });
    // Not the arbiter's queue for a party's pimpinan.
    const notMine = await request(testApp.url)
      .get('/api/arbitrations')
      .set(bearer(tokens['a-pimpinan']))
      .expect(200);
    expect((notMine.body as ArbitrationQueue).items.map((i) => i.handoff.id)).not.toContain(
      frozen.id,
    );

    const decision = {
      ownerAgencyId: agencies['a'],
      note: 'Ruas ini jalan provinsi menurut SK 2026',
      rule: { category: 'jalan_rusak', regencyCode: '35.07', roadStatus: 'provinsi' },
    };
    const refused = await request(testApp.url)
      .post(`/api/arbitrations/${frozen.id}/decide`)
      .set(bearer(tokens['a-pimpinan']))
      .send(decision);
    expect(refused.status).toBe(403);
    expect((refused.body as ApiErrorBody).code).toBe('NOT_ARBITER');

    const unknown = await request(testApp.url)
      .post(`/api/arbitrations/${frozen.id}/decide`)
      .set(bearer(tokens['induk-pimpinan']))
      .send({ ...decision, ownerAgencyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ApiErrorBody).fields?.[0]?.field).toBe('ownerAgencyId');
    expect(await owner.query(`SELECT id FROM routing_rule WHERE regency_code = '35.07'`)).toEqual(
      [],
    );

    const decided = await request(testApp.url)
      .post(`/api/arbitrations/${frozen.id}/decide`)
      .set(bearer(tokens['induk-pimpinan']))
      .send(decision);
    expect(decided.status).toBe(200);
    const view = decided.body as HandoffView;
    expect(view.status).toBe('arbitrated');
    expect(view.arbitration?.ruleId).toBeTruthy();
    expect(await leadOf(kase.id)).toBe(agencies['a']);
    const rules = await owner.query(
      `SELECT category, regency_code, road_status, agency_id, mode, valid_to FROM routing_rule WHERE id = $1`,
      [view.arbitration?.ruleId],
    );
    expect(rules).toEqual([
      {
        category: 'jalan_rusak',
        regency_code: '35.07',
        road_status: 'provinsi',
        agency_id: agencies['a'],
        mode: 'suggest',
        valid_to: null,
      },
    ]);
    const types = (await caseEvents(testApp.url, tokens['a-petugas'], kase.id)).map((e) => e.type);
    expect(types).toContain('case.arbitrated');

    // Deciding again is refused: nothing waits for arbitration.
    const again = await request(testApp.url)
      .post(`/api/arbitrations/${frozen.id}/decide`)
      .set(bearer(tokens['induk-pimpinan']))
      .send({ ownerAgencyId: agencies['b'], note: 'lagi' });
    expect(again.status).toBe(409);
    // After the decision, handoffs flow again.
    expect((await propose('a', kase.id, 'c')).status).toBe(201);
  });

  it('freezes after three accepted handoffs; without a common ancestor the superadmin decides', async () => {
    const kase = await createCase(owner, agencies['a'], [[agencies['a'], 'lead']]);
    await handOver('a', 'b', kase.id);
    await handOver('b', 'c', kase.id);
    await handOver('c', 'd', kase.id);
    const fourth = (await propose('d', kase.id, 'lepas').expect(201)).body as HandoffView;
    expect(fourth.status).toBe('frozen');
    // Lepas is under no common ancestor with the others: the superadmin arbitrates.
    expect(fourth.arbitration?.arbiterAgencyId).toBeNull();
    const queue = await request(testApp.url)
      .get('/api/arbitrations')
      .set(bearer(tokens['super']))
      .expect(200);
    expect((queue.body as ArbitrationQueue).items.map((i) => i.handoff.id)).toContain(fourth.id);
    const decided = await request(testApp.url)
      .post(`/api/arbitrations/${fourth.id}/decide`)
      .set(bearer(tokens['super']))
      .send({ ownerAgencyId: agencies['lepas'], note: 'Kewenangan Lepas' });
    expect(decided.status).toBe(200);
    expect(await leadOf(kase.id)).toBe(agencies['lepas']);
  });
});
