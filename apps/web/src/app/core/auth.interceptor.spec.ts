import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ACTING_AGENCY_HEADER, type ApiErrorBody } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testSession,
  testUser,
  webTestProviders,
} from '../testing/web-test-providers';
import { AuthService } from './auth.service';

const EXPIRED: ApiErrorBody = {
  statusCode: 401,
  code: 'INVALID_TOKEN',
  message: { id: 'Sesi berakhir', en: 'Session expired' },
};
const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  it('sends the access token and the acting agency with API calls', () => {
    const auth = signInAs(testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] }), 'tok-1');
    client.get('/api/cases').subscribe();
    let request = http.expectOne('/api/cases').request;
    expect(request.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(request.headers.get(ACTING_AGENCY_HEADER)).toBe(DPU_ADMIN.agencyId);

    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    client.get('/api/cases').subscribe();
    request = http.expectOne('/api/cases').request;
    expect(request.headers.get(ACTING_AGENCY_HEADER)).toBe(UPT_MALANG_OFFICER.agencyId);
  });

  it('omits the agency header for a superadmin without membership', () => {
    signInAs(testUser({ isSuperadmin: true, memberships: [] }), 'tok-super');
    client.get('/api/agencies').subscribe();
    const request = http.expectOne('/api/agencies').request;
    expect(request.headers.get('Authorization')).toBe('Bearer tok-super');
    expect(request.headers.has(ACTING_AGENCY_HEADER)).toBeFalse();
  });

  it('sends nothing extra when nobody is signed in or the call is not for the API', () => {
    client.get('/api/health').subscribe();
    expect(http.expectOne('/api/health').request.headers.has('Authorization')).toBeFalse();

    signInAs(testUser());
    client.get('/i18n/other.json').subscribe();
    expect(http.expectOne('/i18n/other.json').request.headers.has('Authorization')).toBeFalse();
  });

  it('refreshes once on a 401 and retries the request with the new token', () => {
    signInAs(testUser(), 'tok-old');
    let body: unknown = null;
    client.get('/api/users').subscribe((result) => (body = result));

    http.expectOne('/api/users').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(testSession(testUser(), 'tok-new'));
    const retry = http.expectOne('/api/users');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer tok-new');
    expect(retry.request.headers.get(ACTING_AGENCY_HEADER)).toBe(DPU_ADMIN.agencyId);
    retry.flush([{ id: 'u1' }]);

    expect(body).toEqual([{ id: 'u1' }]);
    expect(TestBed.inject(AuthService).accessToken()).toBe('tok-new');
  });

  it('shares one refresh between requests that fail together', () => {
    signInAs(testUser(), 'tok-old');
    client.get('/api/cases').subscribe();
    client.get('/api/agencies').subscribe();
    http.expectOne('/api/cases').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne('/api/agencies').flush(EXPIRED, UNAUTHORIZED);

    http.expectOne('/api/auth/refresh').flush(testSession(testUser(), 'tok-new'));
    const retries = [http.expectOne('/api/cases'), http.expectOne('/api/agencies')];
    for (const retry of retries) {
      expect(retry.request.headers.get('Authorization')).toBe('Bearer tok-new');
      retry.flush([]);
    }
  });

  it('does not loop when the retried request is refused again', () => {
    signInAs(testUser(), 'tok-old');
    let status = 0;
    client
      .get('/api/audit')
      .subscribe({ error: (error: { status: number }) => (status = error.status) });
    http.expectOne('/api/audit').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(testSession(testUser(), 'tok-new'));
    http.expectOne('/api/audit').flush(EXPIRED, UNAUTHORIZED);
    expect(status).toBe(401);
  });

  it('sends the user to sign in when the refresh fails', () => {
    spyOnProperty(router, 'url').and.returnValue('/admin/pengguna');
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    signInAs(testUser(), 'tok-old');
    let failed = false;
    client.get('/api/users').subscribe({ error: () => (failed = true) });

    http.expectOne('/api/users').flush(EXPIRED, UNAUTHORIZED);
    http.expectOne('/api/auth/refresh').flush(EXPIRED, UNAUTHORIZED);

    expect(failed).toBeTrue();
    expect(TestBed.inject(AuthService).isSignedIn()).toBeFalse();
    expect(navigate).toHaveBeenCalledWith(['/masuk'], {
      queryParams: { returnUrl: '/admin/pengguna' },
    });
  });

  it('never refreshes for a failed sign-in', () => {
    let failed = false;
    client
      .post('/api/auth/sign-in', { email: 'a@b.id', password: 'wrong password' })
      .subscribe({ error: () => (failed = true) });
    http
      .expectOne('/api/auth/sign-in')
      .flush({ ...EXPIRED, code: 'INVALID_CREDENTIALS' } satisfies ApiErrorBody, UNAUTHORIZED);
    http.expectNone('/api/auth/refresh');
    expect(failed).toBeTrue();
  });

  it('opens the password change page when the API requires it', () => {
    const navigate = spyOn(router, 'navigateByUrl').and.resolveTo(true);
    signInAs(testUser());
    client.get('/api/cases').subscribe({ error: () => undefined });
    http.expectOne('/api/cases').flush(
      {
        statusCode: 403,
        code: 'PASSWORD_CHANGE_REQUIRED',
        message: { id: 'Ganti kata sandi dulu', en: 'Change your password first' },
      } satisfies ApiErrorBody,
      { status: 403, statusText: 'Forbidden' },
    );
    expect(navigate).toHaveBeenCalledWith('/ganti-sandi');
  });
});
