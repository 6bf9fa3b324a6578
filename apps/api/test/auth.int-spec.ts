import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { SessionResponse } from '@simpul/contracts';
import { bearer, createAgency, createUser, FIXTURE_PASSWORD, signIn } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('sign-in, tokens and sessions', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyId: string;

  beforeAll(async () => {
    testApp = await createTestApp({
      SIGN_IN_BACKOFF_AFTER: '3',
      SIGN_IN_BACKOFF_BASE_MS: '200',
      SIGN_IN_LOCK_AFTER: '6',
    });
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'Auth');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const newUser = () => createUser(owner, [[agencyId, 'petugas']], { label: 'auth' });

  it('signs in with a web cookie (httpOnly, SameSite=Strict) and returns the current user', async () => {
    const user = await newUser();
    const response = await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: user.email.toUpperCase(), password: FIXTURE_PASSWORD })
      .expect(200);
    const body = response.body as SessionResponse;
    expect(body.user).toMatchObject({ id: user.id, email: user.email, mustChangePassword: false });
    expect(body.user.memberships).toEqual([expect.objectContaining({ agencyId, role: 'petugas' })]);
    expect(body.refreshToken).toBeUndefined();
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(
      /simpul_refresh=.+; Max-Age=\d+; Path=\/api\/auth; Expires=.+; HttpOnly; Secure; SameSite=Strict/,
    );
    await request(testApp.url).get('/api/auth/me').set(bearer(body.accessToken)).expect(200);
  });

  it('answers a wrong password and an unknown email with the same message', async () => {
    const user = await newUser();
    const wrong = await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: user.email, password: 'salah-sandi-123' })
      .expect(401);
    const unknown = await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: 'tidak.ada@test.simpul.id', password: 'salah-sandi-123' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message.id).toBe('Email atau kata sandi salah.');
  });

  it('validates the sign-in body and names the field', async () => {
    const response = await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: 'bukan-email', password: 'x' })
      .expect(400);
    expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual(['email']);
    expect(response.body.message.id).toContain('email harus alamat email yang benar');
  });

  it('backs off after repeated failures, then locks the account even for the right password', async () => {
    const user = await newUser();
    const attempt = (password: string) =>
      request(testApp.url).post('/api/auth/sign-in').send({ email: user.email, password });
    const codes: string[] = [];
    let sawBackoff = false;
    for (let i = 0; i < 30 && !codes.includes('ACCOUNT_LOCKED'); i++) {
      const response = await attempt('tebakan-salah-123');
      codes.push(response.body.code);
      if (response.body.code === 'SIGN_IN_BACKOFF') {
        sawBackoff = true;
        expect(response.status).toBe(429);
        await new Promise((r) =>
          setTimeout(
            r,
            250 * 2 ** Math.min(codes.filter((c) => c === 'INVALID_CREDENTIALS').length - 3, 4),
          ),
        );
      }
    }
    expect(sawBackoff).toBe(true);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(6);
    expect(codes).toContain('ACCOUNT_LOCKED');
    const locked = await attempt(FIXTURE_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'auth.locked' AND actor_user_id = $1`,
      [user.id],
    );
    expect(count).toBe(1);
  });

  it('rate-limits sign-in attempts per IP', async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await request(limited.url)
          .post('/api/auth/sign-in')
          .send({ email: `ip${i}@test.simpul.id`, password: 'tebakan-salah-1' });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('refuses tampered, expired, unsigned and missing tokens', async () => {
    const user = await newUser();
    const { accessToken } = await signIn(testApp.url, user.email);
    const [header, payload, signature] = accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' }),
    ).toString('base64url');
    const [{ secret }] = await owner.query(
      `SELECT value #>> '{}' AS secret FROM app_meta WHERE key = 'jwt_secret'`,
    );
    const expired = await new JwtService().signAsync(
      { sub: claims.sub, sid: claims.sid, exp: Math.floor(Date.now() / 1000) - 60 },
      { secret },
    );
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const flippedSignature = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const token of [
      `${header}.${forgedPayload}.${signature}`,
      flippedSignature,
      expired,
      unsigned,
    ]) {
      const response = await request(testApp.url).get('/api/cases').set(bearer(token)).expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
    }
    expect((await request(testApp.url).get('/api/cases').expect(401)).body.code).toBe(
      'AUTH_REQUIRED',
    );
    await request(testApp.url).get('/api/cases').set(bearer(accessToken)).expect(200);
  });

  it('rotates refresh tokens and ends the session when an old one is replayed', async () => {
    const user = await newUser();
    const first = await signIn(testApp.url, user.email);
    const second = (
      await request(testApp.url)
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200)
    ).body as SessionResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await request(testApp.url).get('/api/cases').set(bearer(second.accessToken)).expect(200);
    // The first token was used long enough ago that a replay is not a concurrent refresh.
    await owner.query(
      `UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`,
    );
    const replay = await request(testApp.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(replay.body.code).toBe('SESSION_ENDED');
    await request(testApp.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: second.refreshToken })
      .expect(401);
    await request(testApp.url).get('/api/cases').set(bearer(second.accessToken)).expect(401);
  });

  it('refreshes from the cookie and signs out by revoking the session', async () => {
    const user = await newUser();
    // The cookie is Secure: a browser sends it to http://localhost, superagent's jar only over
    // https, so it is carried by hand here.
    const refreshCookie = (response: request.Response) =>
      String(response.headers['set-cookie']).split(';')[0];
    const signedIn = await request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: user.email, password: FIXTURE_PASSWORD })
      .expect(200);
    const refreshedResponse = await request(testApp.url)
      .post('/api/auth/refresh')
      .set('Cookie', refreshCookie(signedIn))
      .send({})
      .expect(200);
    const refreshed = refreshedResponse.body as SessionResponse;
    const current = refreshCookie(refreshedResponse);
    await request(testApp.url)
      .post('/api/auth/sign-out')
      .set('Cookie', current)
      .send({})
      .expect(204);
    await request(testApp.url)
      .post('/api/auth/refresh')
      .set('Cookie', current)
      .send({})
      .expect(401);
    await request(testApp.url).get('/api/cases').set(bearer(refreshed.accessToken)).expect(401);
  });

  it('forces a first-login password change for an admin-set password', async () => {
    const user = await newUser();
    await owner.query(`UPDATE app_user SET must_change_password = true WHERE id = $1`, [user.id]);
    const session = await signIn(testApp.url, user.email);
    expect(session.user.mustChangePassword).toBe(true);
    expect(
      (await request(testApp.url).get('/api/cases').set(bearer(session.accessToken)).expect(403))
        .body.code,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    await request(testApp.url).get('/api/auth/me').set(bearer(session.accessToken)).expect(200);
    const short = await request(testApp.url)
      .post('/api/auth/password')
      .set(bearer(session.accessToken))
      .send({ currentPassword: FIXTURE_PASSWORD, newPassword: 'pendek' })
      .expect(400);
    expect(short.body.fields[0].field).toBe('newPassword');
    await request(testApp.url)
      .post('/api/auth/password')
      .set(bearer(session.accessToken))
      .send({ currentPassword: 'salah-sekali-123', newPassword: 'kata-sandi-baru-2026' })
      .expect(400);
    await request(testApp.url)
      .post('/api/auth/password')
      .set(bearer(session.accessToken))
      .send({ currentPassword: FIXTURE_PASSWORD, newPassword: 'kata-sandi-baru-2026' })
      .expect(204);
    await request(testApp.url).get('/api/cases').set(bearer(session.accessToken)).expect(200);
    await signIn(testApp.url, user.email, 'kata-sandi-baru-2026');
  });

  it('never reveals whether an email exists when a reset is requested', async () => {
    const user = await newUser();
    const known = await request(testApp.url)
      .post('/api/auth/password-reset/request')
      .send({ email: user.email })
      .expect(202);
    const unknown = await request(testApp.url)
      .post('/api/auth/password-reset/request')
      .send({ email: 'siapa@test.simpul.id' })
      .expect(202);
    expect(known.body).toEqual(unknown.body);
  });
});
