import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { CaseCollaborationView, CaseDetail, ParticipantView } from '@simpul/contracts';
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
 * Co-ownership: the lead (DPU BM) invites PLN as collaborator with a task; PLN reads the case
 * through its invitation (without the reporter's identity) until it accepts, then moves its task; the case is not resolved while the required
 * task is open unless the lead gives a reason; a participant can be ended (access ends, history
 * stays); refusals name their field.
 */
describe('co-ownership: collaborators with tasks, ending participants, the task gate', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let lead: string;
  let pln: string;
  let dishub: string;
  let leadToken: string;
  let leadAdmin: string;
  let plnToken: string;
  let dishubToken: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    lead = await createAgency(owner, 'Lead');
    pln = await createAgency(owner, 'PLN');
    dishub = await createAgency(owner, 'Dishub');
    const token = async (agency: string, role: 'admin' | 'petugas') =>
      (await signIn(testApp.url, (await createUser(owner, [[agency, role]])).email)).accessToken;
    leadToken = await token(lead, 'petugas');
    leadAdmin = await token(lead, 'admin');
    plnToken = await token(pln, 'petugas');
    dishubToken = await token(dishub, 'petugas');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const api = () => request(testApp.url);
  const view = async (token: string, caseId: string) =>
    (await api().get(`/api/cases/${caseId}/collaboration`).set(bearer(token)).expect(200))
      .body as CaseCollaborationView;
  const invite = (token: string, caseId: string, body: object) =>
    api().post(`/api/cases/${caseId}/collaborators`).set(bearer(token)).send(body);
  const entry = (v: CaseCollaborationView, agencyId: string): ParticipantView | undefined =>
    v.participants.find(
      (p) => p.agencyId === agencyId && (p.status === 'invited' || p.status === 'active'),
    );
  const detail = async (token: string, caseId: string) =>
    (await api().get(`/api/cases/${caseId}`).set(bearer(token)).expect(200)).body as CaseDetail;
  const inboxHas = async (agencyId: string, caseId: string) =>
    (
      await owner.query(`SELECT 1 FROM case_inbox_entry WHERE agency_id = $1 AND case_id = $2`, [
        agencyId,
        caseId,
      ])
    ).length > 0;
  const collaborationRows = async (caseId: string) =>
    (
      await owner.query(`SELECT count(*)::int AS n FROM case_collaboration WHERE case_id = $1`, [
        caseId,
      ])
    )[0].n as number;

  it('invite → accept → task status: the invitee reads first, acts only after accepting', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    // Not a participant yet: PLN cannot see the case at all.
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(404);

    const invited = (
      await invite(leadToken, kase.id, {
        agencyId: pln,
        task: 'PLN: padamkan listrik untuk penggantian tiang',
        required: true,
      }).expect(200)
    ).body as CaseCollaborationView;
    expect(entry(invited, pln)).toMatchObject({
      role: 'collaborator',
      status: 'invited',
      task: {
        text: 'PLN: padamkan listrik untuk penggantian tiang',
        required: true,
        status: 'open',
      },
    });
    expect(invited.openRequiredTasks).toBe(1);

    // The invitee reads the case (and sees it in its inbox) but cannot act before accepting.
    const asInvitee = await view(plnToken, kase.id);
    expect(asInvitee.permissions).toMatchObject({ decide: true, updateTask: false, manage: false });
    expect(await inboxHas(pln, kase.id)).toBe(true);
    // It decides from the file, not from who reported: no reporter name, contact or NIK, and it
    // is no participant yet (it writes no internal note either).
    const pending = await detail(plnToken, kase.id);
    expect(JSON.stringify(pending)).not.toMatch(/Budi Santoso|081200000001|3507010101900001/);
    expect(pending.reports.find((r) => r.id === kase.openReportId)?.reporter).toMatchObject({
      name: null,
      contact: null,
      hidden: expect.arrayContaining(['name', 'contact', 'nik']),
    });
    expect(pending.participants.map((p) => p.agencyId)).not.toContain(pln);
    await api()
      .post(`/api/cases/${kase.id}/comments`)
      .set(bearer(plnToken))
      .send({ visibility: 'internal', body: 'Catatan sebelum menerima' })
      .expect(403);
    const early = await api()
      .post(`/api/cases/${kase.id}/collaboration/task`)
      .set(bearer(plnToken))
      .send({ status: 'done', version: entry(asInvitee, pln)?.task?.version })
      .expect(403);
    expect(early.body).toMatchObject({ code: 'NOT_A_COLLABORATOR', fields: [{ field: 'status' }] });
    await api()
      .patch(`/api/cases/${kase.id}`)
      .set(bearer(plnToken))
      .send({
        baseVersion: (await detail(plnToken, kase.id)).version,
        title: 'Diubah oleh undangan',
      })
      .expect(403);
    // A notification of kind collaboration_request reached PLN's officer.
    const [notice] = await owner.query(
      `SELECT n.kind FROM notification n JOIN membership m ON m.user_id = n.user_id
       WHERE m.agency_id = $1 AND n.case_id = $2`,
      [pln, kase.id],
    );
    expect(notice).toEqual({ kind: 'collaboration_request' });

    const accepted = (
      await api()
        .post(`/api/cases/${kase.id}/collaboration/accept`)
        .set(bearer(plnToken))
        .expect(200)
    ).body as CaseCollaborationView;
    expect(entry(accepted, pln)).toMatchObject({ role: 'collaborator', status: 'active' });
    expect(accepted.permissions.updateTask).toBe(true);
    expect((await detail(leadToken, kase.id)).participants).toContainEqual(
      expect.objectContaining({ agencyId: pln, role: 'collaborator' }),
    );
    // A collaborator takes part: the non-anonymous reporter's contact is its to see now.
    expect(JSON.stringify(await detail(plnToken, kase.id))).toContain('081200000001');
    // Accepting twice: nothing is pending any more.
    const again = await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(409);
    expect(again.body).toMatchObject({ code: 'NOT_INVITED', fields: [{ field: 'invitation' }] });

    const version = entry(accepted, pln)?.task?.version ?? 0;
    const started = (
      await api()
        .post(`/api/cases/${kase.id}/collaboration/task`)
        .set(bearer(plnToken))
        .send({ status: 'in_progress', version, note: 'Jadwal padam Kamis' })
        .expect(200)
    ).body as CaseCollaborationView;
    expect(entry(started, pln)?.task).toMatchObject({
      status: 'in_progress',
      version: version + 1,
    });
    // A concurrent edit that saw the old version is refused, not applied over the newer one.
    const stale = await api()
      .post(`/api/cases/${kase.id}/collaboration/task`)
      .set(bearer(plnToken))
      .send({ status: 'done', version })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', fields: [{ field: 'version' }] });
    // The lead does not move the collaborator's task.
    await api()
      .post(`/api/cases/${kase.id}/collaboration/task`)
      .set(bearer(leadToken))
      .send({ status: 'done', version: version + 1 })
      .expect(403);

    const events = await caseEvents(testApp.url, leadToken, kase.id);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'case.collaborator_invited',
        'case.collaboration_accepted',
        'case.task_status_changed',
      ]),
    );
    const taskEvent = events.find((e) => e.type === 'case.task_status_changed');
    expect(taskEvent && afterValues(taskEvent)).toMatchObject({
      status: 'in_progress',
      agencyId: pln,
    });
    const audit = await owner.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [kase.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['case.collaborator_invited', 'case.collaboration_accepted']),
    );
  });

  it('decline: the invitee that was not there before leaves again; its answer stays recorded', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await invite(leadToken, kase.id, { agencyId: pln, task: 'Pindahkan kabel di tiang 12' }).expect(
      200,
    );
    const bad = await api()
      .post(`/api/cases/${kase.id}/collaboration/decline`)
      .set(bearer(plnToken))
      .send({ reason: '' })
      .expect(400);
    expect(bad.body.fields).toContainEqual(expect.objectContaining({ field: 'reason' }));
    await api()
      .post(`/api/cases/${kase.id}/collaboration/decline`)
      .set(bearer(plnToken))
      .send({ reason: 'Tiang bukan aset PLN' })
      .expect(204);
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(404);
    expect(await inboxHas(pln, kase.id)).toBe(false);
    const v = await view(leadToken, kase.id);
    expect(v.participants).toContainEqual(
      expect.objectContaining({
        agencyId: pln,
        status: 'declined',
        declineReason: 'Tiang bukan aset PLN',
      }),
    );
    expect(v.openRequiredTasks).toBe(0);

    // An observer that is invited and declines stays an observer.
    const other = await createCase(owner, lead, [
      [lead, 'lead'],
      [dishub, 'observer'],
    ]);
    await invite(leadToken, other.id, { agencyId: dishub, task: 'Pasang rambu sementara' }).expect(
      200,
    );
    await api()
      .post(`/api/cases/${other.id}/collaboration/decline`)
      .set(bearer(dishubToken))
      .send({ reason: 'Rambu sementara dari DPU' })
      .expect(204);
    expect((await detail(dishubToken, other.id)).participants).toContainEqual(
      expect.objectContaining({ agencyId: dishub, role: 'observer' }),
    );
  });

  it('ending a participant: access and inbox entry end, its events stay; re-inviting starts anew', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await invite(leadToken, kase.id, { agencyId: pln, task: 'Padamkan listrik' }).expect(200);
    await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(200);
    await api()
      .post(`/api/cases/${kase.id}/comments`)
      .set(bearer(plnToken))
      .send({ body: 'Listrik sudah dipadamkan sementara', visibility: 'internal' })
      .expect(201);

    // The lead is never ended; an unknown participant is a 404 naming agencyId.
    const endLead = await api()
      .post(`/api/cases/${kase.id}/participants/${lead}/end`)
      .set(bearer(leadToken))
      .send({ reason: 'Tidak mungkin' })
      .expect(409);
    expect(endLead.body).toMatchObject({
      code: 'CANNOT_END_LEAD',
      fields: [{ field: 'agencyId' }],
    });
    const endStranger = await api()
      .post(`/api/cases/${kase.id}/participants/${dishub}/end`)
      .set(bearer(leadToken))
      .send({ reason: 'Bukan peserta' })
      .expect(404);
    expect(endStranger.body.fields).toEqual([expect.objectContaining({ field: 'agencyId' })]);
    // A collaborator does not end another participant.
    await api()
      .post(`/api/cases/${kase.id}/participants/${lead}/end`)
      .set(bearer(plnToken))
      .send({ reason: 'Coba akhiri pemimpin' })
      .expect(403);

    await api()
      .post(`/api/cases/${kase.id}/participants/${pln}/end`)
      .set(bearer(leadToken))
      .send({ reason: 'Pekerjaan PLN selesai' })
      .expect(204);
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(404);
    expect(await inboxHas(pln, kase.id)).toBe(false);
    const [{ ids }] = await owner.query(
      `SELECT participant_agency_ids AS ids FROM "case" WHERE id = $1`,
      [kase.id],
    );
    expect(ids).toEqual([lead]);
    const events = await caseEvents(testApp.url, leadToken, kase.id);
    const ended = events.find((e) => e.type === 'case.participant_ended');
    expect(ended && afterValues(ended)).toMatchObject({ agencyId: pln, left: false });
    // Its comment and its earlier events stay in the record.
    expect(events.filter((e) => e.actorAgencyId === pln).map((e) => e.type)).toEqual(
      expect.arrayContaining(['case.collaboration_accepted', 'comment.created']),
    );
    const after = await view(leadToken, kase.id);
    expect(after.participants).toContainEqual(
      expect.objectContaining({
        agencyId: pln,
        status: 'ended',
        endReason: 'Pekerjaan PLN selesai',
      }),
    );

    // Re-inviting the ended agency is a new invitation, pending again.
    const reinvited = (
      await invite(leadToken, kase.id, { agencyId: pln, task: 'Padamkan listrik lagi' }).expect(200)
    ).body as CaseCollaborationView;
    expect(entry(reinvited, pln)).toMatchObject({ status: 'invited' });
    expect(await collaborationRows(kase.id)).toBe(2);

    // A collaborator leaves on its own.
    await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(200);
    await api()
      .post(`/api/cases/${kase.id}/participants/${pln}/end`)
      .set(bearer(plnToken))
      .send({ reason: 'Tugas kami selesai' })
      .expect(204);
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(404);
    const left = (await caseEvents(testApp.url, leadToken, kase.id)).filter(
      (e) => e.type === 'case.participant_ended',
    );
    expect(left.map((e) => afterValues(e)['left'])).toEqual([false, true]);
  });

  it('the lead withdraws a pending invitation by ending it: the invitee no longer reads the case', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await invite(leadToken, kase.id, { agencyId: pln, task: 'Padamkan listrik' }).expect(200);
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(200);
    await api()
      .post(`/api/cases/${kase.id}/participants/${pln}/end`)
      .set(bearer(leadToken))
      .send({ reason: 'Ternyata tidak perlu pemadaman' })
      .expect(204);
    await api().get(`/api/cases/${kase.id}`).set(bearer(plnToken)).expect(404);
    expect(await inboxHas(pln, kase.id)).toBe(false);
    await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(404);
    const after = await view(leadToken, kase.id);
    expect(after.participants).toContainEqual(
      expect.objectContaining({ agencyId: pln, status: 'ended' }),
    );
    expect(after.openRequiredTasks).toBe(0);
  });

  it('the task gate: resolving with a required task open is refused, then an override with a reason is recorded', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await owner.query(`UPDATE "case" SET status = 'in_progress' WHERE id = $1`, [kase.id]);
    await invite(leadToken, kase.id, {
      agencyId: pln,
      task: 'Padamkan listrik',
      required: true,
    }).expect(200);
    await invite(leadToken, kase.id, {
      agencyId: dishub,
      task: 'Info lalu lintas',
      required: false,
    }).expect(200);
    await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(200);

    const version = (await detail(leadAdmin, kase.id)).version;
    const refused = await api()
      .post(`/api/cases/${kase.id}/transitions`)
      .set(bearer(leadAdmin))
      .send({ action: 'resolve', version })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'OPEN_TASKS',
      fields: [{ field: 'overrideOpenTasks' }],
    });
    expect(refused.body.message.id).toContain('1 tugas wajib');
    expect((await detail(leadAdmin, kase.id)).status).toBe('in_progress');

    const tooShort = await api()
      .post(`/api/cases/${kase.id}/transitions`)
      .set(bearer(leadAdmin))
      .send({ action: 'resolve', version, overrideOpenTasks: 'ok' })
      .expect(400);
    expect(tooShort.body.fields).toContainEqual(
      expect.objectContaining({ field: 'overrideOpenTasks' }),
    );

    const resolved = (
      await api()
        .post(`/api/cases/${kase.id}/transitions`)
        .set(bearer(leadAdmin))
        .send({
          action: 'resolve',
          version,
          overrideOpenTasks: 'Warga sudah aman; PLN menjadwalkan ulang di luar kasus ini',
        })
        .expect(200)
    ).body as CaseDetail;
    expect(resolved.status).toBe('resolved');
    const events = await caseEvents(testApp.url, leadAdmin, kase.id);
    const override = events.find((e) => e.type === 'case.resolve_override');
    expect(override && afterValues(override)).toEqual({
      reason: 'Warga sudah aman; PLN menjadwalkan ulang di luar kasus ini',
      openTasks: 1,
    });
    const [audit] = await owner.query(
      `SELECT details FROM audit_log WHERE target_id = $1 AND action = 'case.resolve_override'`,
      [kase.id],
    );
    expect(audit.details).toMatchObject({ openTasks: 1 });
  });

  it('a done task lets the case resolve without an override', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await owner.query(`UPDATE "case" SET status = 'in_progress' WHERE id = $1`, [kase.id]);
    await invite(leadToken, kase.id, { agencyId: pln, task: 'Padamkan listrik' }).expect(200);
    const accepted = (
      await api()
        .post(`/api/cases/${kase.id}/collaboration/accept`)
        .set(bearer(plnToken))
        .expect(200)
    ).body as CaseCollaborationView;
    await api()
      .post(`/api/cases/${kase.id}/collaboration/task`)
      .set(bearer(plnToken))
      .send({ status: 'done', version: entry(accepted, pln)?.task?.version })
      .expect(200);
    const version = (await detail(leadAdmin, kase.id)).version;
    await api()
      .post(`/api/cases/${kase.id}/transitions`)
      .set(bearer(leadAdmin))
      .send({ action: 'resolve', version })
      .expect(200);
  });

  it('refusals: a collaborator invites no third agency; bad input names its field; nothing is stored', async () => {
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    await invite(leadToken, kase.id, { agencyId: pln, task: 'Padamkan listrik' }).expect(200);
    await api()
      .post(`/api/cases/${kase.id}/collaboration/accept`)
      .set(bearer(plnToken))
      .expect(200);
    const before = await collaborationRows(kase.id);

    // Two allowed steps in a row: PLN collaborates, but inviting is the lead's.
    await invite(plnToken, kase.id, { agencyId: dishub, task: 'Ikut bantu ya' }).expect(403);
    // An agency that does not see the case gets "not found", not "forbidden".
    await invite(dishubToken, kase.id, { agencyId: dishub, task: 'Undang diri sendiri' }).expect(
      404,
    );

    const self = await invite(leadToken, kase.id, {
      agencyId: lead,
      task: 'Tugas untuk diri',
    }).expect(400);
    expect(self.body).toMatchObject({
      code: 'CANNOT_INVITE_SELF',
      fields: [{ field: 'agencyId' }],
    });
    const unknown = await invite(leadToken, kase.id, {
      agencyId: '00000000-0000-4000-8000-000000000000',
      task: 'Instansi fiktif',
    }).expect(400);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_AGENCY', fields: [{ field: 'agencyId' }] });
    const twice = await invite(leadToken, kase.id, {
      agencyId: pln,
      task: 'Undangan kedua',
    }).expect(409);
    expect(twice.body).toMatchObject({
      code: 'ALREADY_PARTICIPANT',
      fields: [{ field: 'agencyId' }],
    });
    const short = await invite(leadToken, kase.id, { agencyId: dishub, task: 'x' }).expect(400);
    expect(short.body.fields).toContainEqual(expect.objectContaining({ field: 'task' }));
    const badStatus = await api()
      .post(`/api/cases/${kase.id}/collaboration/task`)
      .set(bearer(plnToken))
      .send({ status: 'finished', version: 1 })
      .expect(400);
    expect(badStatus.body.fields).toContainEqual(expect.objectContaining({ field: 'status' }));
    expect(await collaborationRows(kase.id)).toBe(before);

    // Two concurrent invitations of the same agency: exactly one is stored.
    const results = await Promise.all([
      invite(leadToken, kase.id, { agencyId: dishub, task: 'Rambu sementara A' }),
      invite(leadToken, kase.id, { agencyId: dishub, task: 'Rambu sementara B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await collaborationRows(kase.id)).toBe(before + 1);
  });
});
