import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import {
  provideZonelessChangeDetection,
  type EnvironmentProviders,
  type Provider,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import type { CurrentUser, Membership, SessionResponse } from '@simpul/contracts';
import { authInterceptor } from '../core/auth.interceptor';
import { AuthService } from '../core/auth.service';
import { BundledTranslateLoader } from './bundled-translate-loader';
import { REALTIME_SOCKET_FACTORY } from '../core/realtime.service';
import { fakeSocketFactory } from './fake-socket';

/**
 * What the app provides, with HTTP answered by HttpTestingController, the socket faked and
 * animations off.
 */
export function webTestProviders(routes: Routes = []): (Provider | EnvironmentProviders)[] {
  return [
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideHttpClientTesting(),
    provideTranslateService({
      loader: provideTranslateLoader(BundledTranslateLoader),
      fallbackLang: 'id',
      lang: 'id',
    }),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    // The live connection is a fake that never reaches a server (see FakeSocket).
    { provide: REALTIME_SOCKET_FACTORY, useValue: fakeSocketFactory },
  ];
}

export const DPU_ADMIN: Membership = {
  agencyId: 'agency-dpu',
  agencyName: 'Dinas PU Bina Marga Provinsi Jawa Timur',
  agencyShortName: 'DPU BM Jatim',
  role: 'admin',
};

export const UPT_MALANG_OFFICER: Membership = {
  agencyId: 'agency-upt-malang',
  agencyName: 'UPT Pengelolaan Jalan dan Jembatan Malang',
  agencyShortName: 'UPT PJJ Malang',
  role: 'petugas',
};

export function testUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    email: 'sari@dpubm.jatimprov.go.id',
    name: 'Sari Wulandari',
    isSuperadmin: false,
    mustChangePassword: false,
    memberships: [DPU_ADMIN],
    ...overrides,
  };
}

export function testSession(
  user: CurrentUser = testUser(),
  accessToken = 'access-1',
): SessionResponse {
  return { accessToken, expiresIn: 900, user };
}

/** Signs in through the real AuthService, answering the sign-in request. */
export function signInAs(user: CurrentUser, accessToken = 'access-1'): AuthService {
  const auth = TestBed.inject(AuthService);
  auth.signIn({ email: user.email, password: 'correct horse battery' }).subscribe();
  TestBed.inject(HttpTestingController)
    .expectOne('/api/auth/sign-in')
    .flush(testSession(user, accessToken));
  return auth;
}

/** Forgets what the app remembers on this device between specs. */
export function clearDeviceStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('simpul.')) localStorage.removeItem(key);
  }
}
