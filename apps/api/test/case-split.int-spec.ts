import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseCollaborationView, CaseDetail, SplitCaseResponse } from '@simpul/contracts';
import {
  afterValues,
  bearer,
  caseEvents,
  createAgency,
  createCase,
  createUser,
  signIn,
} from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

/**
 * Splitting a complaint that covers road segments of two owners into linked cases: the chosen
 * reports (and what belongs to them) move to a new case led by the splitting agency and proposed
 * to the target agency as a handoff, which it accepts; a one-report complaint keeps its report and
 * the new case is only linked; both timelines say so; bad input stores nothing.
 */
describe('case split', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let lead: string;
  let national: string;
  let leadToken: string;
  let nationalToken: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    lead = await createAgency(owner, 'Provinsi');
    national = await createAgency(owner, 'Nasional');
    leadToken = (await signIn(testApp.url, (await createUser(owner, [[lead, 'petugas']])).email))
      .accessToken;
    nationalToken = (
      await signIn(testApp.url, (await createUser(owner, [[national, 'petugas']])).email)
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const api = () => request(testApp.url);
  const detail = async (token: string, caseId: string) =>
    (await api().get(`/api/cases/${caseId}`).set(bearer(token)).expect(200)).body as CaseDetail;
  const split = (token: string, caseId: string, body: object) =>
    api().post(`/api/cases/${caseId}/split`).set(bearer(token)).send(body);
  const caseCount = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM "case"`))[0].n as number;

  it('moves the chosen reports, with their comments, to a new linked case proposed to the target as a handoff', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await api()
      .post(`/api/cases/${kase.id}/comments`)
      .set(bearer(leadToken))
      .send({ body: 'Catatan untuk laporan kedua', visibility: 'internal' })
      .expect(201);
    await owner.query(`UPDATE case_comment SET report_id = $1 WHERE case_id = $2`, [
      kase.anonymousReportId,
      kase.id,
    ]);
    const before = await detail(leadToken, kase.id);

    const answer = (
      await split(leadToken, kase.id, {
        version: before.version,
        title: 'Jalan berlubang di ruas nasional',
        reportIds: [kase.anonymousReportId],
        targetAgencyId: national,
        reason: 'Laporan kedua ada di ruas jalan nasional',
      }).expect(201)
    ).body as SplitCaseResponse;
    expect(answer.movedReportIds).toEqual([kase.anonymousReportId]);
    expect(answer.handoff).toMatchObject({
      caseId: answer.newCaseId,
      status: 'open',
      reason: 'road_status',
      toAgency: { id: national },
      senderChoice: 'stay_as_collaborator',
    });

    const original = await detail(leadToken, kase.id);
    const created = await detail(leadToken, answer.newCaseId);
    expect(original.reports.map((r) => r.id)).toEqual([kase.openReportId]);
    expect(created.reports.map((r) => r.id)).toEqual([kase.anonymousReportId]);
    expect(created).toMatchObject({
      number: answer.newCaseNumber,
      title: 'Jalan berlubang di ruas nasional',
      status: 'new',
      leadAgencyId: lead,
    });
    expect(original.version).toBe(before.version + 1);
    // The report's comment went along with it; the report keeps its intake agency.
    const [comment] = await owner.query(`SELECT case_id FROM case_comment WHERE report_id = $1`, [
      kase.anonymousReportId,
    ]);
    expect(comment.case_id).toBe(answer.newCaseId);

    // Both cases name the link and carry an event.
    const links = (
      await api().get(`/api/cases/${kase.id}/collaboration`).set(bearer(leadToken)).expect(200)
    ).body as CaseCollaborationView;
    expect(links.splitLinks).toEqual([
      expect.objectContaining({ direction: 'split_into', caseId: answer.newCaseId }),
    ]);
    const newLinks = (
      await api()
        .get(`/api/cases/${answer.newCaseId}/collaboration`)
        .set(bearer(leadToken))
        .expect(200)
    ).body as CaseCollaborationView;
    expect(newLinks.splitLinks).toEqual([
      expect.objectContaining({ direction: 'split_from', caseId: kase.id }),
    ]);
    const into = (await caseEvents(testApp.url, leadToken, kase.id)).find(
      (e) => e.type === 'case.split_into',
    );
    expect(into && afterValues(into)).toMatchObject({
      caseId: answer.newCaseId,
      reportIds: [kase.anonymousReportId],
    });
    const from = await caseEvents(testApp.url, leadToken, answer.newCaseId);
    expect(from.map((e) => e.type)).toEqual(
      expect.arrayContaining(['case.created', 'case.split_from', 'case.handoff_proposed']),
    );
    // The proposed owner reads the new case (not the original) while the proposal is open, and
    // is no participant of it: it accepts like any handoff and leads from then on.
    expect(newLinks.participants.map((p) => p.agencyId)).toEqual([lead]);
    await api().get(`/api/cases/${answer.newCaseId}`).set(bearer(nationalToken)).expect(200);
    await api().get(`/api/cases/${kase.id}`).set(bearer(nationalToken)).expect(404);
    await api()
      .post(`/api/cases/${answer.newCaseId}/handoffs/${answer.handoff?.id}/accept`)
      .set(bearer(nationalToken))
      .expect(200);
    const handedOver = await detail(nationalToken, answer.newCaseId);
    expect(handedOver.leadAgencyId).toBe(national);
    expect(handedOver.participants).toContainEqual(
      expect.objectContaining({ agencyId: lead, role: 'collaborator' }),
    );
    // The splitting agency stays as collaborator, so both cases stay linked in its view.
    const stillLinked = (
      await api().get(`/api/cases/${kase.id}/collaboration`).set(bearer(leadToken)).expect(200)
    ).body as CaseCollaborationView;
    expect(stillLinked.splitLinks).toEqual([
      expect.objectContaining({ direction: 'split_into', caseId: answer.newCaseId }),
    ]);
  });

  it('a one-report complaint keeps its report; the new case is only linked', async () => {
    const [{ id }] = await owner.query(
      `INSERT INTO "case" (number, title, description, classification, channel, category, intake_agency_id)
       VALUES ('SMP-TEST-' || lpad(nextval('case_number_seq')::text, 6, '0'), 'Satu laporan', 'Dua ruas', 'pengaduan', 'whatsapp', 'jalan_rusak', $1)
       RETURNING id`,
      [lead],
    );
    await owner.query(
      `INSERT INTO case_participant (case_id, agency_id, role) VALUES ($1, $2, 'lead')`,
      [id, lead],
    );
    const [report] = await owner.query(
      `INSERT INTO case_report (case_id, reporter_name, anonymous) VALUES ($1, 'Siti', false) RETURNING id`,
      [id],
    );
    const version = (await detail(leadToken, id)).version;
    const moveOnly = await split(leadToken, id, {
      version,
      title: 'Ruas kedua',
      reportIds: [report.id],
      reason: 'Ruas kedua milik kabupaten',
    }).expect(400);
    expect(moveOnly.body).toMatchObject({
      code: 'INVALID_SPLIT',
      fields: [{ field: 'reportIds' }],
    });

    const answer = (
      await split(leadToken, id, {
        version,
        title: 'Ruas kedua',
        reportIds: [],
        reason: 'Ruas kedua milik kabupaten',
      }).expect(201)
    ).body as SplitCaseResponse;
    expect(answer.movedReportIds).toEqual([]);
    expect(answer.handoff).toBeNull();
    expect((await detail(leadToken, id)).reports.map((r) => r.id)).toEqual([report.id]);
    expect((await detail(leadToken, answer.newCaseId)).reports).toEqual([]);
  });

  it('refuses bad input, stale versions and other agencies, storing nothing', async () => {
    const kase = await createCase(owner, lead, [
      [lead, 'lead'],
      [national, 'observer'],
    ]);
    const version = (await detail(leadToken, kase.id)).version;
    const count = await caseCount();
    const body = {
      version,
      title: 'Ruas lain',
      reportIds: [kase.openReportId],
      reason: 'Dua ruas berbeda',
    };
    const foreign = await split(leadToken, kase.id, {
      ...body,
      reportIds: ['00000000-0000-4000-8000-000000000000'],
    }).expect(400);
    expect(foreign.body).toMatchObject({ code: 'INVALID_SPLIT', fields: [{ field: 'reportIds' }] });
    const unknownAgency = await split(leadToken, kase.id, {
      ...body,
      targetAgencyId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknownAgency.body).toMatchObject({
      code: 'UNKNOWN_AGENCY',
      fields: [{ field: 'targetAgencyId' }],
    });
    const badReason = await split(leadToken, kase.id, {
      ...body,
      targetAgencyId: national,
      handoffReason: 'bukan urusan kami',
    }).expect(400);
    expect(badReason.body.fields).toContainEqual(
      expect.objectContaining({ field: 'handoffReason' }),
    );
    const stale = await split(leadToken, kase.id, { ...body, version: version + 5 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', fields: [{ field: 'version' }] });
    const noTitle = await split(leadToken, kase.id, { ...body, title: '' }).expect(400);
    expect(noTitle.body.fields).toContainEqual(expect.objectContaining({ field: 'title' }));
    // An observer reads the case but does not split it.
    await split(nationalToken, kase.id, body).expect(403);
    expect(await caseCount()).toBe(count);
    expect((await detail(leadToken, kase.id)).reports).toHaveLength(2);
    expect(
      (
        await owner.query(`SELECT count(*)::int AS n FROM case_handoff WHERE case_id = $1`, [
          kase.id,
        ])
      )[0].n,
    ).toBe(0);
  });
});
