import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { SessionStateResponse } from '@simpul/contracts';
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

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders() });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  it('signs in, keeping the user and the access token in memory only', () => {
    let signedInName = '';
    auth
      .signIn({ email: 'sari@dpubm.jatimprov.go.id', password: 'correct horse battery' })
      .subscribe((user) => (signedInName = user.name));
    const request = http.expectOne('/api/auth/sign-in');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'sari@dpubm.jatimprov.go.id',
      password: 'correct horse battery',
    });
    request.flush(testSession(testUser(), 'access-abc'));

    expect(signedInName).toBe('Sari Wulandari');
    expect(auth.isSignedIn()).toBeTrue();
    expect(auth.accessToken()).toBe('access-abc');
    expect(auth.actingAgencyId()).toBe(DPU_ADMIN.agencyId);
    expect(JSON.stringify(localStorage)).not.toContain('access-abc');
  });

  it('restores the session from the refresh cookie at start-up', async () => {
    const restored = auth.restore();
    const request = http.expectOne('/api/auth/session');
    expect(request.request.method).toBe('POST');
    request.flush({
      session: testSession(testUser(), 'access-restored'),
    } satisfies SessionStateResponse);
    await restored;

    expect(auth.user()?.email).toBe('sari@dpubm.jatimprov.go.id');
    expect(auth.accessToken()).toBe('access-restored');
  });

  it('starts signed out, without a 401, when there is no session to restore', async () => {
    const restored = auth.restore();
    http.expectOne('/api/auth/session').flush({ session: null } satisfies SessionStateResponse);
    await restored;
    // Signed out is the session endpoint's answer: no refresh is tried (it would answer 401).
    http.expectNone('/api/auth/refresh');
    expect(auth.isSignedIn()).toBeFalse();
    expect(auth.accessToken()).toBeNull();
  });

  it('signs out on the server and forgets the session', () => {
    signInAs(testUser());
    let done = false;
    auth.signOut().subscribe(() => (done = true));
    const request = http.expectOne('/api/auth/sign-out');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    request.flush(null, { status: 204, statusText: 'No Content' });

    expect(done).toBeTrue();
    expect(auth.isSignedIn()).toBeFalse();
    expect(auth.user()).toBeNull();
    expect(auth.accessToken()).toBeNull();
  });

  it('forgets the session on this device even when the server cannot be reached', () => {
    signInAs(testUser());
    auth.signOut().subscribe();
    http.expectOne('/api/auth/sign-out').error(new ProgressEvent('error'), { status: 0 });
    expect(auth.isSignedIn()).toBeFalse();
  });

  it('remembers the chosen acting agency per user across sessions', () => {
    const user = testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] });
    signInAs(user);
    expect(auth.actingAgencyId()).toBe(DPU_ADMIN.agencyId);

    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    expect(auth.actingMembership()?.role).toBe('petugas');
    expect(auth.isAgencyAdmin()).toBeFalse();

    auth.signOut().subscribe();
    http.expectOne('/api/auth/sign-out').flush(null);
    signInAs(user, 'access-2');
    expect(auth.actingAgencyId()).toBe(UPT_MALANG_OFFICER.agencyId);

    // Another user on the same device starts from their own first membership.
    auth.signOut().subscribe();
    http.expectOne('/api/auth/sign-out').flush(null);
    signInAs(testUser({ id: 'user-2', memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] }), 'a-3');
    expect(auth.actingAgencyId()).toBe(DPU_ADMIN.agencyId);
  });

  it('ignores a choice of agency the user does not belong to', () => {
    signInAs(testUser());
    auth.selectAgency('agency-elsewhere');
    expect(auth.actingAgencyId()).toBe(DPU_ADMIN.agencyId);
  });

  it('clears the forced password change once the password is changed', () => {
    signInAs(testUser({ mustChangePassword: true }));
    auth
      .changePassword({ currentPassword: 'sementara-123', newPassword: 'kalimat panjang baru' })
      .subscribe();
    http.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    expect(auth.user()?.mustChangePassword).toBeFalse();
  });

  it('lands a superadmin without membership on agency management, members on cases', () => {
    signInAs(testUser({ isSuperadmin: true, memberships: [] }));
    expect(auth.homePath()).toBe('/admin/instansi');
    expect(auth.actingAgencyId()).toBeNull();
    expect(auth.canAdminister()).toBeTrue();

    auth.signOut().subscribe();
    http.expectOne('/api/auth/sign-out').flush(null);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    expect(auth.homePath()).toBe('/kasus');
    expect(auth.canAdminister()).toBeFalse();
  });

  it('asks to sign in again with the current page as returnUrl when the session expires', () => {
    const router = TestBed.inject(Router);
    spyOnProperty(router, 'url').and.returnValue('/kasus/42');
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    signInAs(testUser());
    auth.expireSession();
    expect(auth.isSignedIn()).toBeFalse();
    expect(navigate).toHaveBeenCalledWith(['/masuk'], { queryParams: { returnUrl: '/kasus/42' } });
  });
});
