import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../testing/web-test-providers';
import {
  administratorGuard,
  passwordChangeGuard,
  signedInGuard,
  signedOutGuard,
} from './auth.guards';

@Component({ template: 'page' })
class BlankPage {}

const ROUTES: Routes = [
  { path: 'masuk', canActivate: [signedOutGuard], component: BlankPage },
  { path: 'ganti-sandi', canActivate: [passwordChangeGuard], component: BlankPage },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      { path: 'kasus', component: BlankPage },
      { path: 'kasus/:id', component: BlankPage },
      { path: 'admin/pengguna', canActivate: [administratorGuard], component: BlankPage },
    ],
  },
];

describe('route guards', () => {
  let harness: RouterTestingHarness;
  let router: Router;

  beforeEach(async () => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders(ROUTES) });
    harness = await RouterTestingHarness.create();
    router = TestBed.inject(Router);
  });

  afterEach(clearDeviceStorage);

  it('sends an anonymous visitor to sign in, remembering where they wanted to go', async () => {
    await harness.navigateByUrl('/kasus/42?tab=laporan');
    expect(router.url).toBe('/masuk?returnUrl=%2Fkasus%2F42%3Ftab%3Dlaporan');
  });

  it('lets a signed-in user through', async () => {
    signInAs(testUser());
    await harness.navigateByUrl('/kasus/42');
    expect(router.url).toBe('/kasus/42');
  });

  it('forces a user with a temporary password to change it first', async () => {
    signInAs(testUser({ mustChangePassword: true }));
    await harness.navigateByUrl('/kasus');
    expect(router.url).toBe('/ganti-sandi?returnUrl=%2Fkasus');
  });

  it('keeps anonymous visitors away from the password change page', async () => {
    await harness.navigateByUrl('/ganti-sandi');
    expect(router.url.startsWith('/masuk')).toBeTrue();
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    signInAs(testUser());
    await harness.navigateByUrl('/masuk');
    expect(router.url).toBe('/kasus');
  });

  it('keeps administration pages for admins', async () => {
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    await harness.navigateByUrl('/admin/pengguna');
    expect(router.url).toBe('/kasus');
  });

  it('opens administration pages for the acting agency admin', async () => {
    signInAs(testUser());
    await harness.navigateByUrl('/admin/pengguna');
    expect(router.url).toBe('/admin/pengguna');
  });
});
