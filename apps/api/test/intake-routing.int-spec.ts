import request from 'supertest';
import type { DataSource } from 'typeorm';
import type {
  CaseDetail,
  CreateCaseRequest,
  HandoffList,
  IssuedOpen311Key,
  OwnerSuggestion,
  RoadRegistryVersion,
} from '@simpul/contracts';
import { bearer, caseEvents, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Intake routing (issue #13 item 3): every intake path asks the owner suggestion; when it names
 * another agency with some certainty, the intake agency proposes the case to it (a handoff), and
 * only under a `direct` routing rule does that agency lead at once. Crafted on a regency code and
 * a corner of the map no other spec uses, so the rules and the segment here route nothing else.
 */
describe('intake routing', () => {
  let testApp: TestApp;
  let owner: DataSource;
  const REGENCY = '35.96';
  // About 11 m per 0.0001° of latitude; nothing else lies near.
  const LAT = -8.31;
  const LNG = 114.31;
  let intake: { id: string; code: string };
  let bbpjn: { id: string; code: string };
  let dishub: { id: string; code: string };
  let dlh: { id: string; code: string };
  let superadmin: string;
  const tokens: Record<string, string> = {};
  const users: Record<string, string> = {};

  const agency = async (label: string, kind: string) => {
    const id = await createAgency(owner, label, { kind });
    const [{ code }] = await owner.query(`SELECT code FROM agency WHERE id = $1`, [id]);
    return { id, code: code as string };
  };

  beforeAll(async () => {
    testApp = await createTestApp({ JOB_POLLING_SECONDS: '1' });
    owner = await ownerDataSource();
    intake = await agency('Penerima', 'regency_office');
    bbpjn = await agency('BBPJN Rute', 'national_road_authority');
    dishub = await agency('Dishub Rute', 'regency_office');
    dlh = await agency('DLH Rute', 'regency_office');
    superadmin = (
      await signIn(testApp.url, (await createUser(owner, [], { superadmin: true })).email)
    ).accessToken;
    const people: [string, string, 'admin' | 'petugas'][] = [
      ['intakeAdmin', intake.id, 'admin'],
      ['intakePetugas', intake.id, 'petugas'],
      ['bbpjnPetugas', bbpjn.id, 'petugas'],
      ['dishubPetugas', dishub.id, 'petugas'],
      ['dlhPetugas', dlh.id, 'petugas'],
    ];
    for (const [key, agencyId, role] of people) {
      const user = await createUser(owner, [[agencyId, role]], { label: key });
      users[key] = user.id;
      tokens[key] = (await signIn(testApp.url, user.email)).accessToken;
    }
    // A database reused from an earlier run keeps its rules and segment here: gone, or never valid.
    await owner.query(`DELETE FROM routing_rule WHERE regency_code = $1`, [REGENCY]);
    await owner.query(
      `UPDATE road_segment SET valid_to = valid_from WHERE name = 'Ruas Uji Rute Nasional'`,
    );
    // Street lights in this regency: a suggestion only; fallen trees: routed directly.
    for (const [category, agencyId, mode] of [
      ['pju', dishub.id, 'suggest'],
      ['pohon_tumbang', dlh.id, 'direct'],
    ] as const) {
      await request(testApp.url)
        .post('/api/jurisdiction/rules')
        .set(bearer(superadmin))
        .send({ category, regencyCode: REGENCY, roadStatus: null, agencyId, mode })
        .expect(201);
    }
    // A national segment owned by BBPJN.
    const file = Buffer.from(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {
              name: 'Ruas Uji Rute Nasional',
              status: 'nasional',
              agency_code: bbpjn.code,
              regency_code: REGENCY,
            },
            geometry: {
              type: 'LineString',
              coordinates: [
                [LNG, LAT],
                [LNG + 0.02, LAT],
              ],
            },
          },
        ],
      }),
    );
    const started = (
      await request(testApp.url)
        .post('/api/jurisdiction/registry/imports')
        .query({ label: 'Uji rute', validFrom: '2020-01-01' })
        .set(bearer(superadmin))
        .attach('file', file, 'rute.geojson')
        .expect(202)
    ).body as RoadRegistryVersion;
    let version = started;
    for (let i = 0; i < 100 && ['queued', 'running'].includes(version.status); i++) {
      await new Promise((r) => setTimeout(r, 200));
      version = (
        await request(testApp.url)
          .get(`/api/jurisdiction/registry/versions/${started.id}`)
          .set(bearer(superadmin))
          .expect(200)
      ).body as RoadRegistryVersion;
    }
    expect(version.status).toBe('done');
    // Every process reloads its index on the registry's notification: wait until it has.
    const ready = async () => {
      const [onRoad, byRule] = await Promise.all(
        [
          { lat: LAT + 0.0001, lng: LNG + 0.01 },
          { category: 'pohon_tumbang', regencyCode: REGENCY },
        ].map(
          async (query) =>
            (
              await request(testApp.url)
                .get('/api/jurisdiction/suggest')
                .query(query)
                .set(bearer(tokens['intakePetugas']))
                .expect(200)
            ).body as OwnerSuggestion,
        ),
      );
      return onRoad.agencyId === bbpjn.id && byRule.agencyId === dlh.id;
    };
    for (let i = 0; i < 50 && !(await ready()); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await ready()).toBe(true);
  });

  afterAll(async () => {
    await owner?.destroy();
    await testApp?.close();
  });

  const complaint = (category: CreateCaseRequest['category']): CreateCaseRequest => ({
    title: 'Aduan uji rute otomatis',
    description: 'Aduan untuk menguji rute saat diterima',
    classification: 'pengaduan',
    channel: 'phone',
    category,
    regencyCode: REGENCY,
    reporter: { name: 'Warga', contact: '081234500001', anonymous: false, confidential: false },
  });
  const createCase = async (category: CreateCaseRequest['category']) =>
    (
      await request(testApp.url)
        .post('/api/cases')
        .set(bearer(tokens['intakePetugas']))
        .send(complaint(category))
        .expect(201)
    ).body as CaseDetail;
  const handoffsOf = async (caseId: string, key = 'intakePetugas') =>
    (
      (
        await request(testApp.url)
          .get(`/api/cases/${caseId}/handoffs`)
          .set(bearer(tokens[key]))
          .expect(200)
      ).body as HandoffList
    ).items;
  const participants = async (caseId: string) =>
    (await owner.query(
      `SELECT agency_id, role FROM case_participant WHERE case_id = $1 ORDER BY role`,
      [caseId],
    )) as { agency_id: string; role: string }[];
  const expiryJobs = async (handoffId: string) =>
    Number(
      (
        await owner.query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'handoff-expiry' AND data->>'handoffId' = $1`,
          [handoffId],
        )
      )[0].n,
    );

  it('proposes a staff-form case to the agency a suggest rule names; the intake agency still leads', async () => {
    const kase = await createCase('pju');
    const [proposal] = await handoffsOf(kase.id);
    expect(proposal).toMatchObject({
      status: 'open',
      fromAgency: { id: intake.id },
      toAgency: { id: dishub.id },
      reason: 'category',
      senderChoice: 'stay_as_collaborator',
    });
    expect(proposal.evidence.suggestion).toMatchObject({
      basis: 'routing_rule',
      agencyId: dishub.id,
    });
    // No server-written prose (issue #14 item 8): the suggestion in the evidence explains it.
    expect(proposal.note).toBeNull();
    expect(await participants(kase.id)).toEqual([{ agency_id: intake.id, role: 'lead' }]);
    // The receiver is told, and its proposal expires on the job queue.
    const notified = await owner.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND case_id = $2`,
      [users['dishubPetugas'], kase.id],
    );
    expect(notified).toEqual([{ kind: 'handoff_request' }]);
    expect(await expiryJobs(proposal.id)).toBe(1);
    const types = (await caseEvents(testApp.url, tokens['intakePetugas'], kase.id)).map(
      (e) => e.type,
    );
    expect(types).toEqual(expect.arrayContaining(['case.created', 'case.handoff_proposed']));
    // The receiver accepts it like any proposal.
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/handoffs/${proposal.id}/accept`)
      .set(bearer(tokens['dishubPetugas']))
      .expect(200);
    expect(await participants(kase.id)).toEqual([
      { agency_id: intake.id, role: 'collaborator' },
      { agency_id: dishub.id, role: 'lead' },
    ]);
  });

  it('routes directly under a direct rule: the rule agency leads, the intake agency stays to help', async () => {
    const kase = await createCase('pohon_tumbang');
    const rows = await participants(kase.id);
    expect(rows).toEqual([
      { agency_id: intake.id, role: 'collaborator' },
      { agency_id: dlh.id, role: 'lead' },
    ]);
    const [handoff] = await handoffsOf(kase.id, 'dlhPetugas');
    expect(handoff).toMatchObject({
      status: 'accepted',
      fromAgency: { id: intake.id },
      toAgency: { id: dlh.id },
      reason: 'category',
    });
    const [stored] = await owner.query(`SELECT rule_id FROM case_handoff WHERE id = $1`, [
      handoff.id,
    ]);
    expect(stored.rule_id).toBe(handoff.evidence.suggestion?.candidates[0]?.evidence.ruleId);
    const events = await caseEvents(testApp.url, tokens['dlhPetugas'], kase.id);
    const routed = events.find((e) => e.type === 'case.handoff_routed');
    expect(routed?.after).toMatchObject({
      fromAgencyId: intake.id,
      toAgencyId: dlh.id,
      ruleId: stored.rule_id,
      publicReason: { id: expect.any(String) },
    });
    expect(events.map((e) => e.type)).not.toContain('case.handoff_proposed');
    const notified = await owner.query(
      `SELECT kind FROM notification WHERE user_id = $1 AND case_id = $2`,
      [users['dlhPetugas'], kase.id],
    );
    expect(notified).toEqual([{ kind: 'new_case' }]);
    const [audit] = await owner.query(
      `SELECT actor_user_id, agency_id FROM audit_log WHERE action = 'case.handoff_routed' AND target_id = $1`,
      [kase.id],
    );
    expect(audit).toEqual({ actor_user_id: users['intakePetugas'], agency_id: intake.id });
  });

  it('leaves a case alone when nothing sure names another agency', async () => {
    // No rule for drainage in this regency, no point, no road name: nothing to propose.
    const kase = await createCase('drainase');
    expect(await handoffsOf(kase.id)).toEqual([]);
    expect(await participants(kase.id)).toEqual([{ agency_id: intake.id, role: 'lead' }]);
  });

  it('routes an Open311 request by its point, in the intake transaction', async () => {
    const key = (
      await request(testApp.url)
        .post('/api/open311/keys')
        .set(bearer(tokens['intakeAdmin']))
        .send({ label: 'Aplikasi uji rute' })
        .expect(201)
    ).body as IssuedOpen311Key;
    const response = await request(testApp.url)
      .post('/open311/v2/requests.json')
      .type('form')
      .send({
        api_key: key.apiKey,
        service_code: 'jalan_rusak',
        lat: String(LAT + 0.0001),
        long: String(LNG + 0.01),
        description: 'Lubang besar di ruas uji, membahayakan pengendara motor pada malam hari',
        first_name: 'Sari',
        last_name: 'Warga',
        phone: '081234500002',
      })
      .expect(201);
    const number = (response.body as { service_request_id: string }[])[0].service_request_id;
    const [{ id }] = await owner.query(`SELECT id FROM "case" WHERE number = $1`, [number]);
    const [proposal] = await handoffsOf(id as string);
    expect(proposal).toMatchObject({
      status: 'open',
      fromAgency: { id: intake.id },
      toAgency: { id: bbpjn.id },
      reason: 'road_status',
    });
    expect(proposal.evidence.suggestion).toMatchObject({
      basis: 'segment',
      confidence: 'high',
      roadStatus: 'nasional',
    });
    expect(proposal.publicReason.id).toContain('ruas jalan nasional');
    expect(await expiryJobs(proposal.id)).toBe(1);
    // The receiver reads the case while the proposal is open.
    await request(testApp.url)
      .get(`/api/cases/${id as string}`)
      .set(bearer(tokens['bbpjnPetugas']))
      .expect(200);
  });
});
