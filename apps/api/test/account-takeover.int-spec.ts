import request from 'supertest';
import type { DataSource } from 'typeorm';
import {
  ACTING_AGENCY_HEADER,
  type CreateUserResponse,
  type MembershipGrantPage,
  type MembershipInvitation,
  type UserSummary,
} from '@simpul/contracts';
import { fakeSmtp } from './support/fake-smtp';
import { bearer, createAgency, createUser, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

type Invited = Extract<CreateUserResponse, { outcome: 'invitation_sent' }>;
type Created = Extract<CreateUserResponse, { outcome: 'created' }>;

/**
 * Issue #11, finding 2: an agency's admin took over accounts by adding an existing email to their
 * agency (membership at once) and then issuing a reset link for it. Each step of that chain is
 * replayed here and must be refused, or stop short of granting anything.
 */
describe('account takeover by an agency admin (issue #11)', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyA: string;
  let agencyB: string;
  let adminA: string;
  let adminB: string;
  let superadmin: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyA = await createAgency(owner, 'AmbilA');
    agencyB = await createAgency(owner, 'AmbilB');
    adminA = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[agencyA, 'admin']], { label: 'takeover-admin-a' })).email,
      )
    ).accessToken;
    adminB = (
      await signIn(
        testApp.url,
        (await createUser(owner, [[agencyB, 'admin']], { label: 'takeover-admin-b' })).email,
      )
    ).accessToken;
    superadmin = (
      await signIn(
        testApp.url,
        (await createUser(owner, [], { superadmin: true, label: 'takeover-super' })).email,
      )
    ).accessToken;
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const memberships = async (userId: string): Promise<{ agency_id: string; role: string }[]> =>
    owner.query(`SELECT agency_id, role FROM membership WHERE user_id = $1 ORDER BY agency_id`, [
      userId,
    ]);
  const notificationsOf = async (userId: string, kind: string): Promise<{ title: string }[]> =>
    owner.query(`SELECT title FROM notification WHERE user_id = $1 AND kind = $2`, [userId, kind]);
  const resetTokens = async (userId: string): Promise<number> =>
    (
      await owner.query(
        `SELECT count(*)::int AS n FROM user_token WHERE user_id = $1 AND purpose = 'reset'`,
        [userId],
      )
    )[0].n;

  async function inviteByAdminA(email: string, role = 'admin'): Promise<Invited> {
    const response = await request(testApp.url)
      .post('/api/users')
      .set(bearer(adminA))
      .send({ email, name: 'Nama Apa Saja', role })
      .expect(201);
    return response.body as Invited;
  }

  it('gives an existing account only a pending invitation: no membership, no acting for the agency', async () => {
    const victim = await createUser(owner, [[agencyB, 'petugas']], { label: 'victim-b' });
    const invited = await inviteByAdminA(victim.email.toUpperCase());

    expect(invited.outcome).toBe('invitation_sent');
    expect(invited.emailed).toBe(false);
    expect(invited.invitation).toMatchObject({ agencyId: agencyA, role: 'admin' });
    expect(invited).not.toHaveProperty('user');
    expect(await memberships(victim.id)).toEqual([{ agency_id: agencyB, role: 'petugas' }]);
    const list = (await request(testApp.url).get('/api/users').set(bearer(adminA)).expect(200))
      .body as UserSummary[];
    expect(list.some((u) => u.id === victim.id)).toBe(false);

    const victimToken = (await signIn(testApp.url, victim.email)).accessToken;
    const refused = await request(testApp.url)
      .get('/api/cases')
      .set(bearer(victimToken))
      .set(ACTING_AGENCY_HEADER, agencyA)
      .expect(403);
    expect(refused.body.code).toBe('NOT_A_MEMBER');
    // The owner is told in the app who invited them where.
    expect(await notificationsOf(victim.id, 'membership_invitation')).toEqual([
      { title: 'Uji AmbilA' },
    ]);
    // And the admin cannot reset the account (not a member of A).
    await request(testApp.url)
      .post(`/api/users/${victim.id}/password-reset`)
      .set(bearer(adminA))
      .expect(404);
    expect(await resetTokens(victim.id)).toBe(0);
    // Asking again while the invitation is open is a conflict on the email.
    const again = await request(testApp.url)
      .post('/api/users')
      .set(bearer(adminA))
      .send({ email: victim.email, name: 'Nama Apa Saja', role: 'petugas' })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'INVITATION_PENDING', fields: [{ field: 'email' }] });
  });

  it('adds the membership when the invitee accepts while signed in; the admin still cannot reset the shared account', async () => {
    const person = await createUser(owner, [[agencyB, 'petugas']], { label: 'accepts' });
    const invited = await inviteByAdminA(person.email, 'petugas');
    const personToken = (await signIn(testApp.url, person.email)).accessToken;

    const mine = (await request(testApp.url).get('/api/invitations').set(bearer(personToken)))
      .body as MembershipInvitation[];
    expect(mine).toEqual([
      expect.objectContaining({
        id: invited.invitation.id,
        agencyId: agencyA,
        agencyShortName: 'Uji AmbilA',
        role: 'petugas',
        invitedByName: 'Pengguna takeover-admin-a',
      }),
    ]);
    // Nobody else answers it, not even the inviting admin.
    await request(testApp.url)
      .post(`/api/invitations/${invited.invitation.id}/accept`)
      .set(bearer(adminA))
      .expect(404);
    const accepted = await request(testApp.url)
      .post(`/api/invitations/${invited.invitation.id}/accept`)
      .set(bearer(personToken))
      .expect(200);
    expect(accepted.body).toEqual({
      agencyId: agencyA,
      agencyShortName: 'Uji AmbilA',
      role: 'petugas',
    });
    await request(testApp.url)
      .post(`/api/invitations/${invited.invitation.id}/accept`)
      .set(bearer(personToken))
      .expect(404);
    expect(await memberships(person.id)).toHaveLength(2);
    await request(testApp.url)
      .get('/api/cases')
      .set(bearer(personToken))
      .set(ACTING_AGENCY_HEADER, agencyA)
      .expect(200);

    // The people list says so before anyone tries.
    const listed = await request(testApp.url).get('/api/users').set(bearer(adminA)).expect(200);
    expect(
      (listed.body as { id: string; manageable: boolean }[]).find((u) => u.id === person.id)
        ?.manageable,
    ).toBe(false);

    // Taking the account over would reach agency B too: refused, audited, no link made.
    const reset = await request(testApp.url)
      .post(`/api/users/${person.id}/password-reset`)
      .set(bearer(adminA))
      .expect(403);
    expect(reset.body.message.id).toContain('anggota instansi lain');
    expect(await resetTokens(person.id)).toBe(0);
    const [{ n: denied }] = await owner.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND target_id = $1`,
      [person.id],
    );
    expect(denied).toBe(1);
    await request(testApp.url)
      .patch(`/api/users/${person.id}/active`)
      .set(bearer(adminA))
      .send({ active: false })
      .expect(403);

    // Membership changes reach only A's membership; B's stays as it was.
    await request(testApp.url)
      .patch(`/api/users/${person.id}/membership`)
      .set(bearer(adminA))
      .send({ role: 'pimpinan' })
      .expect(200);
    await request(testApp.url)
      .delete(`/api/users/${person.id}/membership`)
      .set(bearer(adminA))
      .expect(204);
    expect(await memberships(person.id)).toEqual([{ agency_id: agencyB, role: 'petugas' }]);
  });

  it('declining leaves the account as it was', async () => {
    const person = await createUser(owner, [[agencyB, 'humas']], { label: 'declines' });
    const invited = await inviteByAdminA(person.email);
    const personToken = (await signIn(testApp.url, person.email)).accessToken;
    await request(testApp.url)
      .post(`/api/invitations/${invited.invitation.id}/decline`)
      .set(bearer(personToken))
      .expect(204);
    expect(await memberships(person.id)).toEqual([{ agency_id: agencyB, role: 'humas' }]);
    expect(
      (await request(testApp.url).get('/api/invitations').set(bearer(personToken))).body,
    ).toEqual([]);
  });

  it('never lets an agency admin reset or change a superadmin, even one who belongs to the agency', async () => {
    const boss = await createUser(owner, [[agencyA, 'petugas']], {
      superadmin: true,
      label: 'super-in-a',
    });
    const reset = await request(testApp.url)
      .post(`/api/users/${boss.id}/password-reset`)
      .set(bearer(adminA))
      .expect(403);
    expect(reset.body.message.en).toContain('superadmin');
    expect(await resetTokens(boss.id)).toBe(0);
    await request(testApp.url)
      .patch(`/api/users/${boss.id}/membership`)
      .set(bearer(adminA))
      .send({ role: 'admin' })
      .expect(403);
    await request(testApp.url)
      .delete(`/api/users/${boss.id}/membership`)
      .set(bearer(adminA))
      .expect(403);
    await request(testApp.url)
      .patch(`/api/users/${boss.id}/active`)
      .set(bearer(adminA))
      .send({ active: false })
      .expect(403);
    expect(await memberships(boss.id)).toEqual([{ agency_id: agencyA, role: 'petugas' }]);
    // The superadmin may.
    await request(testApp.url)
      .post(`/api/users/${boss.id}/password-reset`)
      .set(bearer(superadmin))
      .expect(200);
  });

  it('lets an admin reset a member of their agency alone, and tells the owner', async () => {
    const member = await createUser(owner, [[agencyA, 'petugas']], { label: 'own-member' });
    const listed = await request(testApp.url).get('/api/users').set(bearer(adminA)).expect(200);
    expect(
      (listed.body as { id: string; manageable: boolean }[]).find((u) => u.id === member.id)
        ?.manageable,
    ).toBe(true);
    const reset = await request(testApp.url)
      .post(`/api/users/${member.id}/password-reset`)
      .set(bearer(adminA))
      .expect(200);
    expect(reset.body).toEqual({
      emailed: false,
      resetUrl: expect.stringMatching(/\/atur-ulang-sandi\/[\w-]{40,}$/),
    });
    expect(await notificationsOf(member.id, 'password_reset_issued')).toEqual([
      { title: 'Uji AmbilA' },
    ]);
  });

  it('refuses the reset while another agency has invited the person (two steps give no more than one)', async () => {
    const member = await createUser(owner, [[agencyA, 'petugas']], { label: 'invited-elsewhere' });
    const invited = await request(testApp.url)
      .post('/api/users')
      .set(bearer(adminB))
      .send({ email: member.email, name: 'Siapa Saja', role: 'admin' })
      .expect(201);
    expect((invited.body as Invited).outcome).toBe('invitation_sent');
    await request(testApp.url)
      .post(`/api/users/${member.id}/password-reset`)
      .set(bearer(adminA))
      .expect(403);
    expect(await resetTokens(member.id)).toBe(0);
  });

  it('lets only the superadmin name the agency on POST /api/users', async () => {
    const email = `pilih-instansi-${Date.now()}@test.simpul.id`;
    for (const agencyId of [agencyB, agencyA]) {
      const refused = await request(testApp.url)
        .post('/api/users')
        .set(bearer(adminA))
        .send({ email, name: 'Orang Baru', role: 'admin', agencyId })
        .expect(403);
      expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'agencyId' })]);
    }
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    expect(n).toBe(0);
    const unknown = await request(testApp.url)
      .post('/api/users')
      .set(bearer(superadmin))
      .send({
        email,
        name: 'Orang Baru',
        role: 'admin',
        agencyId: '00000000-0000-4000-8000-000000000000',
      })
      .expect(400);
    expect(unknown.body.fields[0].field).toBe('agencyId');
    const missing = await request(testApp.url)
      .post('/api/users')
      .set(bearer(superadmin))
      .send({ email, name: 'Orang Baru', role: 'admin' })
      .expect(400);
    expect(missing.body).toMatchObject({
      code: 'AGENCY_REQUIRED',
      fields: [{ field: 'agencyId' }],
    });
  });

  it('lets the superadmin create the first admin of a new agency', async () => {
    const agencyC = await createAgency(owner, 'BaruC');
    const email = `admin-pertama-${Date.now()}@test.simpul.id`;
    const created = (
      await request(testApp.url)
        .post('/api/users')
        .set(bearer(superadmin))
        .send({ email, name: 'Admin Pertama', role: 'admin', agencyId: agencyC })
        .expect(201)
    ).body as Created;
    expect(created.outcome).toBe('created');
    expect(created.user.memberships).toEqual([
      expect.objectContaining({ agencyId: agencyC, role: 'admin' }),
    ]);
    await request(testApp.url)
      .post('/api/auth/invitation/complete')
      .send({ token: created.inviteUrl?.split('/').pop(), newPassword: 'sandi-admin-pertama-1' })
      .expect(204);
    const firstAdmin = (await signIn(testApp.url, email, 'sandi-admin-pertama-1')).accessToken;
    const people = (
      await request(testApp.url).get('/api/users').set(bearer(firstAdmin)).expect(200)
    ).body as UserSummary[];
    expect(people.map((p) => p.email)).toEqual([email]);
  });

  it('lists past grants to existing accounts and admin resets for the installation to check', async () => {
    // A grant the old code made without consent: an existing account added straight to A.
    const earlier = await createUser(
      owner,
      [
        [agencyA, 'admin'],
        [agencyB, 'petugas'],
      ],
      {
        label: 'old-grant',
      },
    );
    await owner.query(
      `INSERT INTO audit_log (action, actor_user_id, agency_id, target_type, target_id, details)
       VALUES ('user.created', NULL, $1, 'user', $2, $3)`,
      [
        agencyA,
        earlier.id,
        JSON.stringify({ email: earlier.email, role: 'admin', existingUser: true }),
      ],
    );
    await owner.query(
      `INSERT INTO audit_log (action, actor_user_id, agency_id, target_type, target_id, details)
       VALUES ('auth.password_reset_requested', NULL, $1, 'user', $2, '{"byAdmin": true}')`,
      [agencyA, earlier.id],
    );

    const page = (
      await request(testApp.url)
        .get('/api/audit/membership-grants?limit=200')
        .set(bearer(adminA))
        .expect(200)
    ).body as MembershipGrantPage;
    const about = (userId: string) => page.entries.filter((e) => e.targetUserId === userId);
    expect(about(earlier.id).map((e) => [e.kind, e.flagged, e.targetInOtherAgencies])).toEqual([
      ['admin_password_reset', true, true],
      ['direct_grant', true, true],
    ]);
    const kinds = new Set(page.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual([
      'admin_password_reset',
      'direct_grant',
      'invitation_accepted',
      'invitation_sent',
    ]);
    // The reset of a member of A alone is listed and not flagged.
    expect(
      page.entries.some((e) => e.kind === 'admin_password_reset' && !e.flagged && e.actorName),
    ).toBe(true);
    // Admins see their agency's entries only; the superadmin sees all.
    expect(page.entries.every((e) => e.agencyId === agencyA)).toBe(true);
    const all = (
      await request(testApp.url)
        .get('/api/audit/membership-grants?limit=200')
        .set(bearer(superadmin))
        .expect(200)
    ).body as MembershipGrantPage;
    expect(all.entries.some((e) => e.agencyId === agencyB && e.kind === 'invitation_sent')).toBe(
      true,
    );
    const petugas = await createUser(owner, [[agencyA, 'petugas']], { label: 'audit-petugas' });
    await request(testApp.url)
      .get('/api/audit/membership-grants')
      .set(bearer((await signIn(testApp.url, petugas.email)).accessToken))
      .expect(403);
  });

  describe('with email configured', () => {
    let mailApp: TestApp;
    let smtp: Awaited<ReturnType<typeof fakeSmtp>>;

    beforeAll(async () => {
      smtp = await fakeSmtp();
      mailApp = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    });

    afterAll(async () => {
      await mailApp.close();
      smtp.server.close();
    });

    const mailTo = (email: string) =>
      smtp.mails.filter((mail) => mail.to.some((to) => to.includes(email)));

    it('tells the owner of an invited account by email too, and sends a reset link to the owner only', async () => {
      const admin = (
        await signIn(mailApp.url, (await createUser(owner, [[agencyA, 'admin']])).email)
      ).accessToken;
      const person = await createUser(owner, [[agencyB, 'petugas']], { label: 'mailed' });
      const invited = (
        await request(mailApp.url)
          .post('/api/users')
          .set(bearer(admin))
          .send({ email: person.email, name: 'Siapa Saja', role: 'admin' })
          .expect(201)
      ).body as Invited;
      expect(invited).toMatchObject({ outcome: 'invitation_sent', emailed: true });
      const [notice] = mailTo(person.email);
      // quoted-printable: soft line breaks end in "=".
      const text = notice.data.replace(/=\n/g, '');
      expect(text).toContain('bergabung dengan Instansi Uji AmbilA sebagai Admin');
      expect(text).toContain('/undangan-instansi');

      const member = await createUser(owner, [[agencyA, 'humas']], { label: 'mailed-reset' });
      const reset = await request(mailApp.url)
        .post(`/api/users/${member.id}/password-reset`)
        .set(bearer(admin))
        .expect(200);
      // The link goes to the owner's mailbox, never to the admin.
      expect(reset.body).toEqual({ emailed: true });
      expect(mailTo(member.email)).toHaveLength(1);
      expect(await notificationsOf(member.id, 'password_reset_issued')).toHaveLength(1);
    });
  });
});
