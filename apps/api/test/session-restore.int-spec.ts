import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { SessionStateResponse } from '@simpul/contracts';
import { bearer, createAgency, createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

// The cookie is Secure: a browser sends it to http://localhost, superagent's jar only over https,
// so it is carried by hand here.
const refreshCookie = (response: request.Response): string =>
  String(response.headers['set-cookie']).split(';')[0];

describe('the web app restores its session on load without a 401 (issue #14 item 8)', () => {
  let testApp: TestApp;
  let owner: DataSource;
  let agencyId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource();
    agencyId = await createAgency(owner, 'Sesi');
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  const signInWithCookie = async (): Promise<request.Response> => {
    const user = await createUser(owner, [[agencyId, 'petugas']], { label: 'sesi' });
    return request(testApp.url)
      .post('/api/auth/sign-in')
      .send({ email: user.email, password: FIXTURE_PASSWORD })
      .expect(200);
  };

  it('answers a visitor without a cookie 200 with no session, setting no cookie', async () => {
    const response = await request(testApp.url).post('/api/auth/session').send({}).expect(200);
    expect(response.body as SessionStateResponse).toEqual({ session: null });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('restores a signed-in browser from its cookie, rotating it', async () => {
    const signedIn = await signInWithCookie();
    const response = await request(testApp.url)
      .post('/api/auth/session')
      .set('Cookie', refreshCookie(signedIn))
      .send({})
      .expect(200);
    const { session } = response.body as SessionStateResponse;
    expect(session?.user.email).toMatch(/sesi/);
    expect(session?.refreshToken).toBeUndefined();
    expect(refreshCookie(response)).toMatch(/^simpul_refresh=.+/);
    expect(refreshCookie(response)).not.toBe(refreshCookie(signedIn));
    await request(testApp.url)
      .get('/api/auth/me')
      .set(bearer(session?.accessToken ?? ''))
      .expect(200);
  });

  it('answers an ended session 200 with no session and clears its cookie', async () => {
    const signedIn = await signInWithCookie();
    const cookie = refreshCookie(signedIn);
    await request(testApp.url)
      .post('/api/auth/sign-out')
      .set('Cookie', cookie)
      .send({})
      .expect(204);
    const response = await request(testApp.url)
      .post('/api/auth/session')
      .set('Cookie', cookie)
      .send({})
      .expect(200);
    expect(response.body as SessionStateResponse).toEqual({ session: null });
    expect(String(response.headers['set-cookie'])).toMatch(/^simpul_refresh=;/);
    // API clients keep the refresh endpoint's 401.
    await request(testApp.url).post('/api/auth/refresh').set('Cookie', cookie).send({}).expect(401);
  });
});
