import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { HealthResponse, JurisdictionPermissions } from '@simpul/contracts';
import { App } from './app';
import { REPORTER_FACING } from './app.routes';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from './testing/web-test-providers';

@Component({ template: '' })
class BlankPage {}

const HEALTHY: HealthResponse = {
  status: 'ok',
  database: 'up',
  version: '0.1.0',
  uptimeSeconds: 5,
  time: '2026-11-28T00:00:00.000Z',
};

describe('App shell', () => {
  let fixture: ComponentFixture<App>;
  let http: HttpTestingController;

  beforeEach(async () => {
    clearDeviceStorage();
    await TestBed.configureTestingModule({
      imports: [App],
      providers: webTestProviders(),
    }).compileComponents();
    fixture = TestBed.createComponent(App);
    http = TestBed.inject(HttpTestingController);
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    clearDeviceStorage();
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  /** The agency select loads once the browser is idle (`@defer (on idle)`), after the first screen. */
  async function agencySelect(): Promise<HTMLElement> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const select = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
        'sp-agency-switcher mat-select',
      );
      if (select) return select;
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
    throw new Error('the agency select never loaded');
  }
  /** The first health poll fires on a zero-delay timer after start-up. */
  const healthRequest = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    return http.expectOne('/api/health');
  };

  it('shows the product name and tagline in Indonesian', async () => {
    await fixture.whenStable();
    expect(text()).toContain('Simpul');
    expect(text()).toContain('Ruang kerja kasus bersama lintas instansi');
  });

  it('shows live API health from /api/health', async () => {
    (await healthRequest()).flush(HEALTHY);
    await fixture.whenStable();
    expect(text()).toContain('Server tersambung');
  });

  it('says the database is unreachable on a 503', async () => {
    (await healthRequest()).flush(
      { ...HEALTHY, status: 'degraded', database: 'down' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();
    expect(text()).toContain('Basis data tidak terjangkau');
  });

  it('says the server is unreachable when the request fails', async () => {
    (await healthRequest()).error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(text()).toContain('Server tidak dapat dihubungi');
  });

  it('switches the interface to English with the language toggle', async () => {
    const english = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.trim() === 'EN');
    expect(english).toBeDefined();
    english?.click();
    await fixture.whenStable();
    expect(text()).toContain('Shared case workspace across agencies');
    expect(document.documentElement.lang).toBe('en');
  });

  describe('when signed in', () => {
    const navLabels = () =>
      Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('nav a')).map((a) =>
        a.textContent?.trim(),
      );

    beforeEach(async () => {
      (await healthRequest()).flush(HEALTHY);
    });

    it('offers a sign-in link to anonymous visitors and no navigation', async () => {
      await fixture.whenStable();
      expect(navLabels()).toEqual([]);
      const signIn = (fixture.nativeElement as HTMLElement).querySelector('a[href="/masuk"]');
      expect(signIn?.textContent?.trim()).toBe('Masuk');
    });

    it("offers no sign-in link on a reporter's page behind a link", async () => {
      const router = TestBed.inject(Router);
      router.resetConfig([
        { path: 'lokasi/:token', data: { [REPORTER_FACING]: true }, component: BlankPage },
        { path: 'kasus', component: BlankPage },
      ]);
      await router.navigateByUrl('/lokasi/tok-123');
      await fixture.whenStable();
      expect((fixture.nativeElement as HTMLElement).querySelector('a[href="/masuk"]')).toBeNull();
      expect(text()).toContain('Simpul');

      await router.navigateByUrl('/kasus');
      await fixture.whenStable();
      expect(
        (fixture.nativeElement as HTMLElement).querySelector('a[href="/masuk"]'),
      ).not.toBeNull();
    });

    it('shows the administration links to the acting agency admin', async () => {
      signInAs(testUser({ memberships: [DPU_ADMIN] }));
      await fixture.whenStable();
      expect(navLabels()).toEqual([
        'Kasus',
        'Pelimpahan',
        'Rantai persetujuan',
        'Instansi',
        'Pengguna',
        'Kalender kerja',
        'Log audit',
        'Kunci Open311',
      ]);
      expect(text()).toContain('Sari Wulandari');
      expect(text()).toContain('DPU BM Jatim · Admin');
    });

    it('shows only the cases and handoffs to an officer', async () => {
      signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
      await fixture.whenStable();
      expect(navLabels()).toEqual(['Kasus', 'Pelimpahan']);
      expect(text()).toContain('UPT PJJ Malang · Petugas');
    });

    it('follows the role in the agency chosen in the switcher', async () => {
      const auth = signInAs(testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] }));
      await fixture.whenStable();
      expect(text()).toContain('DPU BM Jatim · Admin');
      const switcher = await agencySelect();
      expect(switcher.textContent).toContain('DPU BM Jatim · Admin');
      expect(navLabels()).toContain('Pengguna');

      auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
      await fixture.whenStable();
      expect(switcher.textContent).toContain('UPT PJJ Malang · Petugas');
      expect(navLabels()).toEqual(['Kasus', 'Pelimpahan']);
    });

    it('leaves an administration page when the agency chosen in the switcher is not administered', async () => {
      const router = TestBed.inject(Router);
      spyOnProperty(router, 'url').and.returnValue('/admin/pengguna');
      const navigateByUrl = spyOn(router, 'navigateByUrl').and.resolveTo(true);
      const auth = signInAs(testUser({ memberships: [DPU_ADMIN, UPT_MALANG_OFFICER] }));
      await fixture.whenStable();
      (await agencySelect()).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
      await fixture.whenStable();
      const option = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) =>
        o.textContent?.includes('UPT PJJ Malang · Petugas'),
      );
      expect(option).toBeDefined();
      option?.click();
      await fixture.whenStable();
      expect(auth.actingAgencyId()).toBe(UPT_MALANG_OFFICER.agencyId);
      expect(localStorage.getItem('simpul.agency.user-1')).toBe(UPT_MALANG_OFFICER.agencyId);
      expect(navigateByUrl).toHaveBeenCalledWith('/kasus');
    });

    it('gives a superadmin without membership the approval chain, arbitration and administration links only', async () => {
      signInAs(testUser({ isSuperadmin: true, memberships: [] }));
      await fixture.whenStable();
      expect(navLabels()).toEqual([
        'Rantai persetujuan',
        'Arbitrase',
        'Instansi',
        'Pengguna',
        'Kalender kerja',
        'Log audit',
      ]);
      expect(text()).toContain('Superadmin');
    });

    it('adds the road registry and routing rules links only when the server allows them', async () => {
      signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
      await fixture.whenStable();
      http
        .expectOne('/api/jurisdiction/permissions')
        .flush({ importRegistry: true, editRules: true } satisfies JurisdictionPermissions);
      await fixture.whenStable();
      expect(navLabels()).toEqual(['Kasus', 'Pelimpahan', 'Registri jalan', 'Aturan rute']);
    });

    it('adds no road registry or routing rules link when the server refuses them', async () => {
      signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
      await fixture.whenStable();
      http
        .expectOne('/api/jurisdiction/permissions')
        .flush({ importRegistry: false, editRules: false } satisfies JurisdictionPermissions);
      await fixture.whenStable();
      expect(navLabels()).toEqual(['Kasus', 'Pelimpahan']);
    });

    it('hides the navigation until a temporary password is replaced', async () => {
      signInAs(testUser({ mustChangePassword: true }));
      await fixture.whenStable();
      expect(navLabels()).toEqual([]);
    });

    it('signs out from the account menu and returns to the sign-in page', async () => {
      const navigateByUrl = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
      signInAs(testUser());
      await fixture.whenStable();
      (fixture.nativeElement as HTMLElement)
        .querySelector<HTMLButtonElement>('sp-account-menu button')
        ?.click();
      await fixture.whenStable();
      const signOut = Array.from(
        document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]'),
      ).find((item) => item.textContent?.trim() === 'Keluar');
      expect(signOut).toBeDefined();
      signOut?.click();
      http.expectOne('/api/auth/sign-out').flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
      expect(navigateByUrl).toHaveBeenCalledWith('/masuk');
      expect(navLabels()).toEqual([]);
    });
  });
});
