import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ApprovalChainView, ClarificationChainView } from '@simpul/contracts';
import { ClarificationApprovalJobs } from '../src/app/clarifications/approval-jobs';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The approval chain of hoax clarifications (#15 item 3) on real PostgreSQL: an agency's chain is
 * configured through the one access policy (refusals, field-named bilingual errors, a concurrent
 * overwrite refused, a retried PUT answered the same), a step nobody may decide is flagged when it
 * is configured, the next approver is notified when the chain starts and moves on, a rejection
 * tells the editors with its note, the reminder near the end of the 24-hour clock is sent once,
 * and every decision and configuration is in the audit log.
 */
describe('clarification approval chain: configuration, notices, reminder, audit', () => {
  let app: TestApp;
  let owner: DataSource;
  let jobs: ClarificationApprovalJobs;
  const t: Record<string, string> = {};
  const id: Record<string, string> = {};
  let dept: string;
  let upt: string;
  let other: string;
  let draftId: string;

  const chainUrl = (agencyId: string) => `/api/clarifications/chains/${agencyId}`;
  const notices = async (userId: string, kind: string) =>
    (await owner.query(
      `SELECT title, body, group_key, group_count FROM notification
       WHERE user_id = $1 AND kind = $2 ORDER BY created_at`,
      [userId, kind],
    )) as { title: string; body: string; group_key: string | null; group_count: number }[];
  const approval = async (token: string) =>
    (
      await request(app.url)
        .get(`/api/clarifications/${draftId}/approval`)
        .set(bearer(token))
        .expect(200)
    ).body as ApprovalChainView;

  beforeAll(async () => {
    // The sweeps run once at start and then only when the test calls them.
    app = await createTestApp({ JOB_POLLING_SECONDS: '300' });
    owner = await ownerDataSource();
    jobs = app.app.get(ClarificationApprovalJobs);
    dept = await createAgency(owner, 'Dinas');
    upt = await createAgency(owner, 'UPT', { parentId: dept, kind: 'field_unit' });
    other = await createAgency(owner, 'Lain');
    const users = {
      adminD: await createUser(owner, [[dept, 'admin']], { label: 'admin-d' }),
      pimpinanD: await createUser(owner, [[dept, 'pimpinan']], { label: 'pimpinan-d' }),
      humasD: await createUser(owner, [[dept, 'humas']], { label: 'humas-d' }),
      humasD2: await createUser(owner, [[dept, 'humas']], { label: 'humas-d2' }),
      petugasU: await createUser(owner, [[upt, 'petugas']], { label: 'petugas-u' }),
      adminO: await createUser(owner, [[other, 'admin']], { label: 'admin-o' }),
      humasO: await createUser(owner, [[other, 'humas']], { label: 'humas-o' }),
      superadmin: await createUser(owner, [], { superadmin: true, label: 'super' }),
    };
    for (const [key, user] of Object.entries(users)) {
      id[key] = user.id;
      t[key] = (await signIn(app.url, user.email)).accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await owner?.destroy();
  });

  it('shows the default chain (humas, then pimpinan) to the agency, and to nobody outside', async () => {
    const view = (await request(app.url).get(chainUrl(dept)).set(bearer(t['humasD'])).expect(200))
      .body as ClarificationChainView;
    expect(view.configured).toBe(false);
    expect(view.version).toBe(0);
    expect(view.steps.map((s) => [s.role, s.approverAgencyId])).toEqual([
      ['humas', dept],
      ['pimpinan', dept],
    ]);
    expect(view.steps[0].eligible.map((e) => e.userId).sort()).toEqual(
      [id['humasD'], id['humasD2']].sort(),
    );
    expect(view.mayConfigure).toBe(false);
    expect(view.agencies.map((a) => a.id)).toEqual([dept, upt]);
    const refused = await request(app.url).get(chainUrl(dept)).set(bearer(t['humasO']));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('refuses configuration to the humas and to another agency’s admin, storing nothing', async () => {
    const body = { baseVersion: 0, steps: [{ name: 'Pimpinan', userIds: [id['pimpinanD']] }] };
    for (const who of ['humasD', 'adminO', 'humasO']) {
      const refused = await request(app.url).put(chainUrl(dept)).set(bearer(t[who])).send(body);
      expect(refused.status).toBe(403);
    }
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM clarification_chain_step WHERE agency_id = $1`,
      [dept],
    );
    expect(n).toBe(0);
  });

  it('refuses bad steps naming the field in Indonesian and English, storing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'Cek', approverAgencyId: other, role: 'petugas' }, 'steps.0.approverAgencyId'],
      [
        { name: 'Dua', approverAgencyId: dept, role: 'humas', userIds: [id['pimpinanD']] },
        'steps.0.userIds',
      ],
      [{ name: 'Kosong' }, 'steps.0.role'],
      [{ name: 'Orang luar', userIds: [id['humasO']] }, 'steps.0.userIds'],
      [
        { name: 'Sama', userIds: [id['pimpinanD']], alternateUserIds: [id['pimpinanD']] },
        'steps.0.alternateUserIds',
      ],
      [{ name: '', userIds: [id['pimpinanD']] }, 'steps.0.name'],
      [{ name: 'Peran', approverAgencyId: dept, role: 'admin' }, 'steps.0.role'],
    ];
    for (const [step, field] of cases) {
      const refused = await request(app.url)
        .put(chainUrl(dept))
        .set(bearer(t['adminD']))
        .send({ baseVersion: 0, steps: [step] });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      const named = (
        refused.body.fields as { field: string; message: { id: string; en: string } }[]
      ).filter((f) => f.field === field);
      expect(named.length).toBeGreaterThan(0);
      expect(named[0].message.id).not.toEqual(named[0].message.en);
    }
    const missingVersion = await request(app.url)
      .put(chainUrl(dept))
      .set(bearer(t['adminD']))
      .send({ steps: [] });
    expect(missingVersion.status).toBe(400);
    expect(missingVersion.body.fields.map((f: { field: string }) => f.field)).toContain(
      'baseVersion',
    );
    for (const hostile of [
      { baseVersion: 1e12, steps: [] },
      { baseVersion: 0, steps: [null] },
    ]) {
      const refused = await request(app.url)
        .put(chainUrl(dept))
        .set(bearer(t['adminD']))
        .send(hostile);
      expect(refused.status).toBe(400);
    }
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM clarification_chain WHERE agency_id = $1`,
      [dept],
    );
    expect(n).toBe(0);
  });

  const configured = {
    baseVersion: 0,
    steps: [
      { name: 'Cek fakta UPT', approverAgencyId: '', role: 'petugas' },
      { name: 'Humas Dinas', approverAgencyId: '', role: 'humas', alternateUserIds: [''] },
      { name: 'Pimpinan UPT', approverAgencyId: '', role: 'pimpinan' },
    ],
  };

  it('stores the chain, flags the step nobody may decide, audits it, and answers a retry the same', async () => {
    configured.steps[0].approverAgencyId = upt;
    configured.steps[1].approverAgencyId = dept;
    configured.steps[1].alternateUserIds = [id['pimpinanD']];
    configured.steps[2].approverAgencyId = upt;
    const put = await request(app.url)
      .put(chainUrl(dept))
      .set(bearer(t['pimpinanD']))
      .send(configured);
    expect(put.status).toBe(200);
    const view = put.body as ClarificationChainView;
    expect(view.version).toBe(1);
    expect(view.configured).toBe(true);
    expect(view.steps.map((s) => s.noEligibleApprover)).toEqual([false, false, true]);
    expect(view.steps[2].warning).toEqual({
      id: 'Langkah ini tidak punya penyetuju',
      en: 'This step has no eligible approver',
    });
    expect(view.stepsWithoutApprover).toBe(1);
    expect(view.steps[0].eligible.map((e) => e.userId)).toEqual([id['petugasU']]);
    expect(view.steps[1].eligible.map((e) => e.userId).sort()).toEqual(
      [id['humasD'], id['humasD2'], id['pimpinanD']].sort(),
    );
    // The GET says the same to the agency's members.
    const read = (await request(app.url).get(chainUrl(dept)).set(bearer(t['humasD'])).expect(200))
      .body as ClarificationChainView;
    expect(read.steps[2].noEligibleApprover).toBe(true);
    expect(read.version).toBe(1);

    const audit = await owner.query(
      `SELECT actor_user_id, details FROM audit_log WHERE action = 'clarification.chain_configured' AND target_id = $1`,
      [dept],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_user_id).toBe(id['pimpinanD']);
    expect(audit[0].details.version).toBe(1);

    // A retried PUT (same version read, same list) answers what was stored, no second version.
    const retry = await request(app.url)
      .put(chainUrl(dept))
      .set(bearer(t['pimpinanD']))
      .send(configured);
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(1);
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'clarification.chain_configured' AND target_id = $1`,
      [dept],
    );
    expect(n).toBe(1);
  });

  it('refuses a concurrent overwrite with 409 and keeps the stored chain', async () => {
    const stale = await request(app.url)
      .put(chainUrl(dept))
      .set(bearer(t['adminD']))
      .send({ baseVersion: 0, steps: [{ name: 'Pimpinan', userIds: [id['pimpinanD']] }] });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect(stale.body.fields[0].field).toBe('baseVersion');
    // Two editors read version 1 and save at once: one wins, the other is refused.
    const [a, b] = await Promise.all([
      request(app.url)
        .put(chainUrl(dept))
        .set(bearer(t['adminD']))
        .send({ ...configured, baseVersion: 1, steps: configured.steps.slice(0, 2) }),
      request(app.url)
        .put(chainUrl(dept))
        .set(bearer(t['pimpinanD']))
        .send({ baseVersion: 1, steps: [{ name: 'Pimpinan', userIds: [id['pimpinanD']] }] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const read = (await request(app.url).get(chainUrl(dept)).set(bearer(t['adminD'])).expect(200))
      .body as ClarificationChainView;
    expect(read.version).toBe(2);
    expect(read.steps.map((s) => s.name)).toEqual(
      (winner.body as ClarificationChainView).steps.map((s) => s.name),
    );
  });

  it('lets the superadmin configure any agency’s chain', async () => {
    const current = (
      await request(app.url).get(chainUrl(dept)).set(bearer(t['superadmin'])).expect(200)
    ).body as ClarificationChainView;
    expect(current.mayConfigure).toBe(true);
    const put = await request(app.url)
      .put(chainUrl(dept))
      .set(bearer(t['superadmin']))
      .send({ ...configured, baseVersion: current.version, steps: configured.steps.slice(0, 2) });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(current.version + 1);
    expect(put.body.stepsWithoutApprover).toBe(0);
  });

  it('tells the first step when the chain starts, once', async () => {
    // The UPT reads the draft through the case it holds (the fact check is written from it).
    const fieldCase = await createCase(owner, upt, [[upt, 'lead']]);
    const created = await request(app.url)
      .post('/api/clarifications')
      .set(bearer(t['humasD']))
      .send({
        label: 'HOAKS',
        title: 'Jembatan Kali Uji putus',
        narrative: 'Video jembatan putus beredar',
        platform: 'WhatsApp',
        caseIds: [fieldCase.id],
      });
    expect(created.status).toBe(201);
    draftId = created.body.id;
    const told = await jobs.noticeSweep();
    expect(told.get(draftId)).toEqual([id['petugasU']]);
    const [notice] = await notices(id['petugasU'], 'clarification_approval_needed');
    expect(notice.title).toBe('Jembatan Kali Uji putus');
    expect(notice.body).toBe(
      'Klarifikasi menunggu persetujuan Anda. Langkah 1 dari 2: Cek fakta UPT',
    );
    expect(notice.group_key).toBe(`clarification_approval:${draftId}`);
    // The reminder job is queued for CLARIFICATION_REMIND_AT_HOURS after logging.
    const queued = await owner.query(
      `SELECT start_after FROM pgboss.job WHERE name = 'clarification-remind' AND data->>'draftId' = $1`,
      [draftId],
    );
    expect(queued).toHaveLength(1);
    // A second sweep tells nobody again.
    expect((await jobs.noticeSweep()).has(draftId)).toBe(false);
    expect(await notices(id['petugasU'], 'clarification_approval_needed')).toHaveLength(1);
  });

  it('tells the next step after an approval, and audits the decision', async () => {
    const chain = await approval(t['petugasU']);
    expect(chain.mayDecide).toBe(true);
    expect(chain.steps.map((s) => s.name)).toEqual(['Cek fakta UPT', 'Humas Dinas']);
    const decided = await request(app.url)
      .post(`/api/clarifications/${draftId}/approval`)
      .set(bearer(t['petugasU']))
      .send({ decision: 'approved', contentHash: chain.contentHash });
    expect(decided.status).toBe(201);
    for (const who of ['humasD', 'humasD2', 'pimpinanD']) {
      const [notice] = await notices(id[who], 'clarification_approval_needed');
      expect(notice?.body).toContain('Langkah 2 dari 2: Humas Dinas');
    }
    const audit = await owner.query(
      `SELECT details FROM audit_log WHERE action = 'clarification.approval_decided' AND target_id = $1`,
      [draftId],
    );
    expect(audit.map((a: { details: { decision: string } }) => a.details.decision)).toEqual([
      'approved',
    ]);
  });

  it('tells the editors of a rejection with its note, and the restarted chain’s first step', async () => {
    const chain = await approval(t['humasD2']);
    const noNote = await request(app.url)
      .post(`/api/clarifications/${draftId}/approval`)
      .set(bearer(t['humasD2']))
      .send({ decision: 'rejected', contentHash: chain.contentHash });
    expect(noNote.status).toBe(409);
    expect(noNote.body.fields[0].field).toBe('note');
    const rejected = await request(app.url)
      .post(`/api/clarifications/${draftId}/approval`)
      .set(bearer(t['humasD2']))
      .send({
        decision: 'rejected',
        contentHash: chain.contentHash,
        note: 'Foto jembatan belum dari UPT',
      });
    expect(rejected.status).toBe(201);
    const view = rejected.body as ApprovalChainView;
    expect(view.nextStep).toBe(0);
    // The approval panel keeps the rejection and its note after the chain restarted.
    expect(view.steps.every((s) => s.decision === null)).toBe(true);
    expect(view.lastRejection).toMatchObject({
      stepName: 'Humas Dinas',
      note: 'Foto jembatan belum dari UPT',
    });
    expect((await approval(t['petugasU'])).lastRejection?.note).toBe(
      'Foto jembatan belum dari UPT',
    );
    // The creator (an editor) hears of it with the note; the rejecting approver does not.
    const [heard] = await notices(id['humasD'], 'clarification_rejected');
    expect(heard.body).toBe('Ditolak pada langkah Humas Dinas: Foto jembatan belum dari UPT');
    expect(heard.title).toBe('Jembatan Kali Uji putus');
    expect(await notices(id['humasD2'], 'clarification_rejected')).toHaveLength(0);
    const audit = await owner.query(
      `SELECT details FROM audit_log WHERE action = 'clarification.approval_decided' AND target_id = $1 ORDER BY id`,
      [draftId],
    );
    expect(audit.map((a: { details: { decision: string } }) => a.details.decision)).toEqual([
      'approved',
      'rejected',
    ]);
    const events = (
      await request(app.url).get(`/api/clarifications/${draftId}`).set(bearer(t['humasD']))
    ).body.events as { type: string; payload: { note?: string } }[];
    expect(events.find((e) => e.type === 'clarification.rejected')?.payload.note).toBe(
      'Foto jembatan belum dari UPT',
    );
    // The chain restarted: its first step is told again (the unread notice of this draft counts 2).
    expect((await jobs.noticeSweep()).get(draftId)).toEqual([id['petugasU']]);
    const again = await notices(id['petugasU'], 'clarification_approval_needed');
    expect(again).toHaveLength(1);
    expect(again[0].group_count).toBe(2);
  });

  it('reminds the open step once as the 24-hour clock nears its end', async () => {
    // Not yet due: logged just now.
    expect((await jobs.remind(new Date(), draftId)).has(draftId)).toBe(false);
    await owner.query(
      `UPDATE clarification_draft SET logged_at = now() - interval '21 hours' WHERE id = $1`,
      [draftId],
    );
    // The queued job of this draft and the sweep: one reminder between them.
    const [job, sweep] = await Promise.all([
      jobs.remind(new Date(), draftId),
      jobs.remind(new Date()),
    ]);
    const recipients = job.get(draftId) ?? sweep.get(draftId);
    expect(recipients).toEqual([id['petugasU']]);
    expect(job.has(draftId) && sweep.has(draftId)).toBe(false);
    // A retried job reminds nobody again.
    expect((await jobs.remind(new Date(), draftId)).has(draftId)).toBe(false);
    const reminders = await notices(id['petugasU'], 'clarification_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].title).toBe('Jembatan Kali Uji putus');
    expect(reminders[0].body).toMatch(
      /^Batas 24 jam klarifikasi segera berakhir\. Langkah 1 dari 2: Cek fakta UPT — batas .* WIB$/,
    );
    // Past the end of the clock nothing is reminded.
    await owner.query(
      `UPDATE clarification_draft SET logged_at = now() - interval '25 hours', reminded_at = NULL WHERE id = $1`,
      [draftId],
    );
    expect((await jobs.remind(new Date(), draftId)).has(draftId)).toBe(false);
  });
});
