import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  ACTING_AGENCY_HEADER,
  type ApiErrorBody,
  type CaseDetail,
  type HandoffQueue,
  type HandoffView,
} from '@simpul/contracts';
import { HandoffsService } from '../src/app/cases/handoffs/handoffs.service';
import {
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
  type FixtureCase,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * The handoff (pelimpahan) protocol on a real database: proposals, accept, decline, withdraw,
 * expiry with escalation, the double-accept race, refusals that store nothing, disposition to a
 * unit, and the receiver reading the case without the reporter's identity while a proposal is open.
 */
describe('handoffs (pelimpahan)', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let dpu: string; // DPU BM (parent)
  let upt: string; // UPT PJJ under DPU BM
  let bbpjn: string;
  let other: string; // an uninvolved agency
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    dpu = await createAgency(owner, 'DPU');
    upt = await createAgency(owner, 'UPT', { parentId: dpu });
    bbpjn = await createAgency(owner, 'BBPJN');
    other = await createAgency(owner, 'Lain');
    const people: [string, string, 'admin' | 'petugas' | 'pimpinan' | 'humas'][] = [
      ['dpuPetugas', dpu, 'petugas'],
      ['dpuPimpinan', dpu, 'pimpinan'],
      ['dpuAdmin', dpu, 'admin'],
      ['bbpjnPetugas', bbpjn, 'petugas'],
      ['bbpjnPetugas2', bbpjn, 'petugas'],
      ['bbpjnHumas', bbpjn, 'humas'],
      ['bbpjnPimpinan', bbpjn, 'pimpinan'],
      ['otherPetugas', other, 'petugas'],
      ['uptPetugas', upt, 'petugas'],
    ];
    for (const [key, agency, role] of people) {
      const user = await createUser(owner, [[agency, role]], { label: key });
      users[key] = user.id;
      tokens[key] = (await signIn(testApp.url, user.email)).accessToken;
    }
  });

  afterAll(async () => {
    await owner?.destroy();
    await testApp?.close();
  });

  const as = (key: string) => bearer(tokens[key]);
  const propose = (key: string, caseId: string, body: Record<string, unknown>) =>
    request(testApp.url).post(`/api/cases/${caseId}/handoffs`).set(as(key)).send(body);
  const answer = (
    key: string,
    caseId: string,
    handoffId: string,
    step: 'accept' | 'decline' | 'withdraw',
    body: Record<string, unknown> = {},
  ) =>
    request(testApp.url)
      .post(`/api/cases/${caseId}/handoffs/${handoffId}/${step}`)
      .set(as(key))
      .send(body);
  const detail = (key: string, caseId: string) =>
    request(testApp.url).get(`/api/cases/${caseId}`).set(as(key));
  const toBbpjn = { toAgencyId: '', reason: 'road_status', senderChoice: 'stay_as_collaborator' };
  const newCase = () => createCase(owner, dpu, [[dpu, 'lead']]);
  const handoffRows = async (caseId: string) =>
    (await owner.query(`SELECT status FROM case_handoff WHERE case_id = $1`, [caseId])) as {
      status: string;
    }[];
  const fieldOf = (body: ApiErrorBody) => body.fields?.[0]?.field;

  it('lets the receiver read the case while open, without the reporter identity, and accept it', async () => {
    const kase: FixtureCase = await newCase();
    expect((await detail('bbpjnPetugas', kase.id)).status).toBe(404);

    const sent = await propose('dpuPetugas', kase.id, {
      ...toBbpjn,
      toAgencyId: bbpjn,
      note: 'Titik di ruas nasional',
    });
    expect(sent.status).toBe(201);
    const proposal = sent.body as HandoffView;
    expect(proposal.status).toBe('open');
    expect(proposal.laporText).toContain('Pelimpahan aduan');
    expect(new Date(proposal.deadline).getTime()).toBeGreaterThan(Date.now());

    // The receiver reads the case, but not who reported it.
    const read = await detail('bbpjnPetugas', kase.id);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain('Budi Santoso');
    expect(JSON.stringify(read.body)).not.toContain('081200000001');
    // An uninvolved agency still does not.
    expect((await detail('otherPetugas', kase.id)).status).toBe(404);

    // It arrives in the receiver's queue, with the right to answer.
    const incoming = await request(testApp.url)
      .get('/api/handoffs/incoming')
      .set(as('bbpjnPetugas'))
      .expect(200);
    const queued = (incoming.body as HandoffQueue).items.find((h) => h.id === proposal.id);
    expect(queued?.canAnswer).toBe(true);
    const notified = await owner.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND case_id = $2`,
      [users['bbpjnPetugas'], kase.id],
    );
    expect(notified).toEqual([{ kind: 'handoff_request' }]);

    // Humas may read but not answer.
    expect((await answer('bbpjnHumas', kase.id, proposal.id, 'accept')).status).toBe(403);

    const accepted = await answer('bbpjnPetugas', kase.id, proposal.id, 'accept');
    expect(accepted.status).toBe(200);
    expect((accepted.body as HandoffView).status).toBe('accepted');

    const after = (await detail('bbpjnPetugas', kase.id).expect(200)).body as CaseDetail;
    expect(after.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agencyId: bbpjn, role: 'lead' }),
        expect.objectContaining({ agencyId: dpu, role: 'collaborator' }),
      ]),
    );
    expect(JSON.stringify(after)).toContain('Budi Santoso');
    const hands = await owner.query(
      `SELECT agency_id, ended_at IS NULL AS open FROM case_hand WHERE case_id = $1 ORDER BY started_at`,
      [kase.id],
    );
    expect(hands.at(-1)).toEqual({ agency_id: bbpjn, open: true });
    const types = (await caseEvents(testApp.url, tokens['dpuPetugas'], kase.id)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['case.handoff_proposed', 'case.handoff_accepted']),
    );
    const told = await owner.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND case_id = $2 AND kind = 'handoff_answered'`,
      [users['dpuPetugas'], kase.id],
    );
    expect(told).toHaveLength(1);

    // Accepting again is refused: the proposal is answered.
    const again = await answer('bbpjnPetugas2', kase.id, proposal.id, 'accept');
    expect(again.status).toBe(409);
    expect((again.body as ApiErrorBody).code).toBe('HANDOFF_CLOSED');
  });

  it('declines with a reason; the receiver stops reading the case', async () => {
    const kase = await newCase();
    const proposal = (await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }))
      .body as HandoffView;
    const missing = await answer('bbpjnPetugas', kase.id, proposal.id, 'decline', {});
    expect(missing.status).toBe(400);
    expect(fieldOf(missing.body as ApiErrorBody)).toBe('reason');

    const declined = await answer('bbpjnPetugas', kase.id, proposal.id, 'decline', {
      reason: 'Ruas ini jalan kabupaten menurut SK terbaru',
    });
    expect(declined.status).toBe(200);
    expect((declined.body as HandoffView).status).toBe('declined');
    expect((await detail('bbpjnPetugas', kase.id)).status).toBe(404);
    const lead = await owner.query(
      `SELECT agency_id FROM case_participant WHERE case_id = $1 AND role = 'lead'`,
      [kase.id],
    );
    expect(lead).toEqual([{ agency_id: dpu }]);
    const types = (await caseEvents(testApp.url, tokens['dpuPetugas'], kase.id)).map((e) => e.type);
    expect(types).toContain('case.handoff_declined');
  });

  it('withdraws; a withdrawn proposal cannot be accepted', async () => {
    const kase = await newCase();
    const proposal = (await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }))
      .body as HandoffView;
    // Only the proposing side withdraws.
    expect((await answer('bbpjnPetugas', kase.id, proposal.id, 'withdraw')).status).toBe(403);
    const withdrawn = await answer('dpuPetugas', kase.id, proposal.id, 'withdraw', {
      note: 'Salah pilih instansi',
    });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.body as HandoffView).status).toBe('withdrawn');
    // The receiver no longer reads the case, so accepting is "not found".
    const late = await answer('bbpjnPetugas', kase.id, proposal.id, 'accept');
    expect(late.status).toBe(404);
    // The lead's own staff trying to accept a withdrawn one: 409 naming handoffId.
    const closed = await answer('dpuPetugas', kase.id, proposal.id, 'accept');
    expect(closed.status).toBe(409);
    expect(fieldOf(closed.body as ApiErrorBody)).toBe('handoffId');
  });

  it('expires an unanswered proposal and escalates to the leaders of both agencies', async () => {
    const kase = await newCase();
    const proposal = (await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }))
      .body as HandoffView;
    const service = testApp.app.get(HandoffsService);
    // Not yet due: nothing happens.
    expect(await service.expire(proposal.id)).toBe(false);
    await owner.query(
      `UPDATE case_handoff SET deadline = now() - interval '1 minute' WHERE id = $1`,
      [proposal.id],
    );
    // Accepting after the deadline is refused even before the job ran.
    const late = await answer('bbpjnPetugas', kase.id, proposal.id, 'accept');
    expect(late.status).toBe(409);
    expect((late.body as ApiErrorBody).code).toBe('HANDOFF_CLOSED');

    expect(await service.expire(proposal.id)).toBe(true);
    expect(await service.expire(proposal.id)).toBe(false);
    expect(await handoffRows(kase.id)).toEqual([{ status: 'expired' }]);
    const escalated = await owner.query(
      `SELECT user_id FROM notification WHERE case_id = $1 AND kind = 'handoff_expired' ORDER BY user_id`,
      [kase.id],
    );
    expect(escalated.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [users['dpuPimpinan'], users['bbpjnPimpinan']].sort(),
    );
    const types = (await caseEvents(testApp.url, tokens['dpuPetugas'], kase.id)).map((e) => e.type);
    expect(types).toContain('case.handoff_expired');
    // A new proposal may follow.
    expect((await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn })).status).toBe(
      201,
    );
  });

  it('lets exactly one of two concurrent accepts win', async () => {
    const kase = await newCase();
    const proposal = (await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }))
      .body as HandoffView;
    const results = await Promise.all([
      answer('bbpjnPetugas', kase.id, proposal.id, 'accept'),
      answer('bbpjnPetugas2', kase.id, proposal.id, 'accept'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const leads = await owner.query(
      `SELECT agency_id FROM case_participant WHERE case_id = $1 AND role = 'lead'`,
      [kase.id],
    );
    expect(leads).toEqual([{ agency_id: bbpjn }]);
    const accepted = await owner.query(
      `SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'case.handoff_accepted'`,
      [kase.id],
    );
    expect(accepted).toEqual([{ n: 1 }]);
  });

  it('refuses bad proposals with a 4xx naming the field, storing nothing', async () => {
    const kase = await newCase();
    const toLead = await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: dpu });
    expect(toLead.status).toBe(400);
    expect((toLead.body as ApiErrorBody).code).toBe('HANDOFF_TO_LEAD');
    expect(fieldOf(toLead.body as ApiErrorBody)).toBe('toAgencyId');

    const unknown = await propose('dpuPetugas', kase.id, {
      ...toBbpjn,
      toAgencyId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ApiErrorBody).code).toBe('UNKNOWN_AGENCY');
    expect(fieldOf(unknown.body as ApiErrorBody)).toBe('toAgencyId');

    const badReason = await propose('dpuPetugas', kase.id, {
      ...toBbpjn,
      toAgencyId: bbpjn,
      reason: 'not_ours',
    });
    expect(badReason.status).toBe(400);
    expect(fieldOf(badReason.body as ApiErrorBody)).toBe('reason');

    // Only the lead proposes.
    expect((await propose('bbpjnPetugas', kase.id, { ...toBbpjn, toAgencyId: other })).status).toBe(
      404,
    );
    expect(await handoffRows(kase.id)).toEqual([]);

    expect((await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn })).status).toBe(
      201,
    );
    const second = await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: other });
    expect(second.status).toBe(409);
    expect((second.body as ApiErrorBody).code).toBe('HANDOFF_OPEN');
    expect(fieldOf(second.body as ApiErrorBody)).toBe('caseId');
    expect(await handoffRows(kase.id)).toEqual([{ status: 'open' }]);
  });

  it('refuses two concurrent proposals: one is stored', async () => {
    const kase = await newCase();
    const results = await Promise.all([
      propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }),
      propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: other }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await handoffRows(kase.id)).toEqual([{ status: 'open' }]);
  });

  it('disposes to a unit (UPT): it leads, the parent stays as collaborator; a non-unit is refused', async () => {
    const kase = await newCase();
    const notUnit = await request(testApp.url)
      .post(`/api/cases/${kase.id}/disposition`)
      .set(as('dpuPetugas'))
      .send({ target: 'unit', agencyId: bbpjn });
    expect(notUnit.status).toBe(400);
    expect((notUnit.body as ApiErrorBody).code).toBe('NOT_A_UNIT');
    expect(fieldOf(notUnit.body as ApiErrorBody)).toBe('agencyId');

    const disposed = await request(testApp.url)
      .post(`/api/cases/${kase.id}/disposition`)
      .set(as('dpuAdmin'))
      .send({ target: 'unit', agencyId: upt, note: 'Tangani segera' });
    expect(disposed.status).toBe(200);
    const after = (await detail('uptPetugas', kase.id).expect(200)).body as CaseDetail;
    expect(after.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agencyId: upt, role: 'lead' }),
        expect.objectContaining({ agencyId: dpu, role: 'collaborator' }),
      ]),
    );
    // The lead's admin routes with the disposition (verifying and routing are the admin's).
    expect(after.status).toBe('routed');
    const types = (await caseEvents(testApp.url, tokens['uptPetugas'], kase.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['case.disposed_to_unit', 'case.status_changed']));
  });

  it('disposes to officers (assignment) and to another agency (a proposal)', async () => {
    const kase = await newCase();
    const officers = await request(testApp.url)
      .post(`/api/cases/${kase.id}/disposition`)
      .set(as('dpuPimpinan'))
      .send({ target: 'officers', userIds: [users['dpuPetugas']] });
    expect(officers.status).toBe(200);
    const assigned = await owner.query(`SELECT user_id FROM case_assignee WHERE case_id = $1`, [
      kase.id,
    ]);
    expect(assigned).toEqual([{ user_id: users['dpuPetugas'] }]);
    const outsider = await request(testApp.url)
      .post(`/api/cases/${kase.id}/disposition`)
      .set(as('dpuPimpinan'))
      .send({ target: 'officers', userIds: [users['bbpjnPetugas']] });
    expect(outsider.status).toBe(400);
    expect(fieldOf(outsider.body as ApiErrorBody)).toBe('userIds');

    const agency = await request(testApp.url)
      .post(`/api/cases/${kase.id}/disposition`)
      .set(as('dpuPetugas'))
      .send({ target: 'agency', agencyId: bbpjn, reason: 'road_status', senderChoice: 'leave' });
    expect(agency.status).toBe(200);
    expect(agency.body.handoff.status).toBe('open');
    expect(agency.body.handoff.senderChoice).toBe('leave');
    const accepted = await answer('bbpjnPetugas', kase.id, agency.body.handoff.id, 'accept');
    expect(accepted.status).toBe(200);
    // The sender chose to leave: it no longer takes part, its assignees went with it.
    expect((await detail('dpuPetugas', kase.id)).status).toBe(404);
    const left = await owner.query(`SELECT user_id FROM case_assignee WHERE case_id = $1`, [
      kase.id,
    ]);
    expect(left).toEqual([]);
  });

  it('acts for the agency chosen in the header only', async () => {
    const kase = await newCase();
    const both = await createUser(owner, [
      [other, 'petugas'],
      [bbpjn, 'petugas'],
    ]);
    const token = (await signIn(testApp.url, both.email)).accessToken;
    const proposal = (await propose('dpuPetugas', kase.id, { ...toBbpjn, toAgencyId: bbpjn }))
      .body as HandoffView;
    const asOther = await request(testApp.url)
      .post(`/api/cases/${kase.id}/handoffs/${proposal.id}/accept`)
      .set(bearer(token))
      .set(ACTING_AGENCY_HEADER, other);
    expect(asOther.status).toBe(404);
    const asBbpjn = await request(testApp.url)
      .post(`/api/cases/${kase.id}/handoffs/${proposal.id}/accept`)
      .set(bearer(token))
      .set(ACTING_AGENCY_HEADER, bbpjn);
    expect(asBbpjn.status).toBe(200);
  });
});
