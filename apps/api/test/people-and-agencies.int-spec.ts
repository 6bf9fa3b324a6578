import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AgencyDetail, CreateUserResponse, UserSummary } from '@simpul/contracts';
import { ACTING_AGENCY_HEADER } from '@simpul/contracts';
import { bearer, createAgency, createCase, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('people, agencies and explicit observer invitations', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyA: string;
  let agencyB: string;
  let adminA: string;
  let petugasA: string;
  let superadmin: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyA = await createAgency(owner, 'OrangA');
    agencyB = await createAgency(owner, 'OrangB');
    adminA = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[agencyA, 'admin']], { label: 'admin-a' })).email,
      )
    ).accessToken;
    petugasA = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[agencyA, 'petugas']], { label: 'petugas-a' })).email,
      )
    ).accessToken;
    superadmin = (
      await signIn(
        testApp.url,
        (await createUser(owner, [], { superadmin: true, label: 'super' })).email,
      )
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  it('lets an admin invite a person and hands over the link when no SMTP is configured', async () => {
    const email = `undangan.${Date.now()}@test.simpul.id`;
    const created = (
      await request(testApp.url)
        .post('/api/users')
        .set(bearer(adminA))
        .send({ email, name: 'Orang Baru', role: 'petugas' })
        .expect(201)
    ).body as Extract<CreateUserResponse, { outcome: 'created' }>;
    expect(created.outcome).toBe('created');
    expect(created.emailed).toBe(false);
    expect(created.inviteUrl).toMatch(/\/undangan\/[\w-]{40,}$/);
    expect(created.user.memberships).toEqual([
      expect.objectContaining({ agencyId: agencyA, role: 'petugas' }),
    ]);
    await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email, password: 'sandi-undangan-2026' })
      .expect(401);
    const token = created.inviteUrl?.split('/').pop();
    await request(testApp.url)
      .post('/api/auth/invitation/complete')
      .send({ token, newPassword: 'sandi-undangan-2026' })
      .expect(204);
    await request(testApp.url)
      .post('/api/auth/invitation/complete')
      .send({ token, newPassword: 'sandi-undangan-2026' })
      .expect(400);
    await signIn(testApp.url, email, 'sandi-undangan-2026');
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'user.invited' AND target_id = $1`,
      [created.user.id],
    );
    expect(count).toBe(1);
  });

  it('refuses people management to non-admins and scopes admins to their agency', async () => {
    await request(testApp.url).get('/api/users').set(bearer(petugasA)).expect(403);
    await request(testApp.url)
      .post('/api/users')
      .set(bearer(petugasA))
      .send({ email: 'x@test.simpul.id', name: 'Xaverius', role: 'admin' })
      .expect(403);
    const outsider = await createUser(owner, [[agencyB, 'petugas']], { label: 'outsider' });
    const list = (await request(testApp.url).get('/api/users').set(bearer(adminA)).expect(200))
      .body as UserSummary[];
    expect(list.some((u) => u.id === outsider.id)).toBe(false);
    await request(testApp.url)
      .patch(`/api/users/${outsider.id}/membership`)
      .set(bearer(adminA))
      .send({ role: 'admin' })
      .expect(404);
    await request(testApp.url)
      .patch(`/api/users/${outsider.id}/active`)
      .set(bearer(adminA))
      .send({ active: false })
      .expect(404);
    const all = (await request(testApp.url).get('/api/users').set(bearer(superadmin)).expect(200))
      .body as UserSummary[];
    expect(all.some((u) => u.id === outsider.id)).toBe(true);
  });

  it('changes a role with before/after in the audit log and validates the role', async () => {
    const person = await createUser(owner, [[agencyA, 'petugas']], { label: 'role' });
    const bad = await request(testApp.url)
      .patch(`/api/users/${person.id}/membership`)
      .set(bearer(adminA))
      .send({ role: 'raja' })
      .expect(400);
    expect(bad.body.fields[0]).toMatchObject({
      field: 'role',
      message: { id: 'role harus salah satu dari: admin, petugas, humas, pimpinan' },
    });
    const changed = (
      await request(testApp.url)
        .patch(`/api/users/${person.id}/membership`)
        .set(bearer(adminA))
        .send({ role: 'humas' })
        .expect(200)
    ).body as UserSummary;
    expect(changed.memberships[0].role).toBe('humas');
    const [entry] = await owner.query(
      `SELECT details FROM audit_log WHERE action = 'membership.role_changed' AND target_id = $1`,
      [person.id],
    );
    expect(entry.details).toEqual({ before: 'petugas', after: 'humas' });
  });

  it('lets an admin deactivate only people who belong to no other agency', async () => {
    const shared = await createUser(
      owner,
      [
        [agencyA, 'petugas'],
        [agencyB, 'petugas'],
      ],
      { label: 'shared' },
    );
    const response = await request(testApp.url)
      .patch(`/api/users/${shared.id}/active`)
      .set(bearer(adminA))
      .send({ active: false })
      .expect(403);
    expect(response.body.message.id).toContain('anggota instansi lain');
    await request(testApp.url)
      .patch(`/api/users/${shared.id}/active`)
      .set(bearer(superadmin))
      .send({ active: false })
      .expect(200);
  });

  it('acts for the agency named in the header and refuses an agency the user is not in', async () => {
    const multi = await createUser(
      owner,
      [
        [agencyA, 'petugas'],
        [agencyB, 'admin'],
      ],
      { label: 'multi' },
    );
    const { accessToken } = await signIn(testApp.url, multi.email);
    await request(testApp.url)
      .get('/api/users')
      .set(bearer(accessToken))
      .set(ACTING_AGENCY_HEADER, agencyA)
      .expect(403);
    await request(testApp.url)
      .get('/api/users')
      .set(bearer(accessToken))
      .set(ACTING_AGENCY_HEADER, agencyB)
      .expect(200);
    const stranger = await createAgency(owner, 'Asing');
    const refused = await request(testApp.url)
      .get('/api/cases')
      .set(bearer(accessToken))
      .set(ACTING_AGENCY_HEADER, stranger)
      .expect(403);
    expect(refused.body.code).toBe('NOT_A_MEMBER');
  });

  it('lets the superadmin create agencies with coordination, and an admin edit only its own names', async () => {
    const created = (
      await request(testApp.url)
        .post('/api/agencies')
        .set(bearer(superadmin))
        .send({
          code: `uji-dinas-${Date.now()}`,
          name: 'Dinas Uji Baru',
          shortName: 'Dinas Uji',
          kind: 'regency_office',
          regencyCodes: ['35.07'],
          coordinatesIds: [agencyB],
        })
        .expect(201)
    ).body as AgencyDetail;
    expect(created.coordinatesIds).toEqual([agencyB]);
    await request(testApp.url)
      .post('/api/agencies')
      .set(bearer(adminA))
      .send({ code: 'uji-x', name: 'Dinas X', shortName: 'Dinas X', kind: 'utility' })
      .expect(403);
    const invalid = await request(testApp.url)
      .post('/api/agencies')
      .set(bearer(superadmin))
      .send({ code: 'Uji Salah', name: 'D', shortName: 'D', kind: 'istana' })
      .expect(400);
    expect(invalid.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'code',
      'kind',
      'name',
      'shortName',
    ]);
    const renamed = (
      await request(testApp.url)
        .patch(`/api/agencies/${agencyA}`)
        .set(bearer(adminA))
        .send({ name: 'Dinas PUPR Uji A' })
        .expect(200)
    ).body as AgencyDetail;
    expect(renamed.name).toBe('Dinas PUPR Uji A');
    await request(testApp.url)
      .patch(`/api/agencies/${agencyA}`)
      .set(bearer(adminA))
      .send({ parentId: agencyB })
      .expect(403);
    await request(testApp.url)
      .patch(`/api/agencies/${agencyB}`)
      .set(bearer(adminA))
      .send({ name: 'Bukan milikku' })
      .expect(403);
    const cycle = await request(testApp.url)
      .patch(`/api/agencies/${agencyB}`)
      .set(bearer(superadmin))
      .send({ parentId: agencyB })
      .expect(400);
    expect(cycle.body.fields[0].field).toBe('parentId');
  });

  it('grants a non-participant agency access only through an explicit, audited observer invitation', async () => {
    const lead = await createAgency(owner, 'UndangUtama');
    const outsider = await createAgency(owner, 'UndangLuar');
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    const leadToken = (
      await signIn(testApp.url, (await createUser(owner, [[lead, 'petugas']])).email)
    ).accessToken;
    const outsiderToken = (
      await signIn(testApp.url, (await createUser(owner, [[outsider, 'petugas']])).email)
    ).accessToken;
    await request(testApp.url).get(`/api/cases/${kase.id}`).set(bearer(outsiderToken)).expect(404);
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/observers`)
      .set(bearer(outsiderToken))
      .send({ agencyId: outsider, reason: 'ingin ikut' })
      .expect(404);
    await request(testApp.url)
      .post(`/api/cases/${kase.id}/observers`)
      .set(bearer(leadToken))
      .send({ agencyId: outsider, reason: 'Jalan di perbatasan wilayah, mohon ikut memantau' })
      .expect(200);
    const seen = await request(testApp.url)
      .get(`/api/cases/${kase.id}`)
      .set(bearer(outsiderToken))
      .expect(200);
    // An observer reads, may answer in internal notes and attach evidence (a photo of the work
    // done), nothing more: no message to the reporter.
    expect(seen.body.permissions).toEqual({
      update: false,
      inviteObserver: false,
      actions: [],
      comment: true,
      replyPublicly: false,
      moderateComments: false,
      addEvidence: true,
      messageReporter: false,
    });
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'case.observer_invited' AND target_id = $1`,
      [kase.id],
    );
    expect(count).toBe(1);
  });

  it('answers a stale edit with 409 and the current state, never overwriting', async () => {
    const lead = await createAgency(owner, 'Versi');
    const kase = await createCase(owner, lead, [[lead, 'lead']]);
    const token = (await signIn(testApp.url, (await createUser(owner, [[lead, 'petugas']])).email))
      .accessToken;
    await request(testApp.url)
      .patch(`/api/cases/${kase.id}`)
      .set(bearer(token))
      .send({ baseVersion: 1, title: 'Judul pertama yang baru' })
      .expect(200);
    const stale = await request(testApp.url)
      .patch(`/api/cases/${kase.id}`)
      .set(bearer(token))
      .send({ baseVersion: 1, title: 'Judul yang menimpa' })
      .expect(409);
    expect(stale.body.details.current).toMatchObject({
      title: 'Judul pertama yang baru',
      version: 2,
    });
    const [{ title }] = await owner.query(`SELECT title FROM "case" WHERE id = $1`, [kase.id]);
    expect(title).toBe('Judul pertama yang baru');
  });

  it('purges reporter personal data once a closed case passes the retention period', async () => {
    const lead = await createAgency(owner, 'Retensi');
    const old = await createCase(owner, lead, [[lead, 'lead']]);
    const recent = await createCase(owner, lead, [[lead, 'lead']]);
    await owner.query(`UPDATE "case" SET closed_at = now() - interval '800 days' WHERE id = $1`, [
      old.id,
    ]);
    await owner.query(`UPDATE "case" SET closed_at = now() - interval '10 days' WHERE id = $1`, [
      recent.id,
    ]);
    const { RetentionService } = await import('../src/app/cases/retention.service');
    expect(await testApp.app.get(RetentionService).purgeExpired()).toBeGreaterThanOrEqual(2);
    const rows: { case_id: string; reporter_name: string | null; reporter_nik: string | null }[] =
      await owner.query(
        `SELECT case_id, reporter_name, reporter_nik FROM case_report WHERE case_id = ANY($1)`,
        [[old.id, recent.id]],
      );
    for (const row of rows) {
      const purged = row.case_id === old.id;
      expect(row.reporter_name === null).toBe(purged);
      expect(row.reporter_nik === null).toBe(purged);
    }
  });
});
