import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { MembershipInvitation } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testSession,
  testUser,
  webTestProviders,
} from '../../testing/web-test-providers';
import { MyInvitationsPage } from './my-invitations-page';

const FROM_DPU: MembershipInvitation = {
  id: 'inv-1',
  agencyId: DPU_ADMIN.agencyId,
  agencyName: DPU_ADMIN.agencyName,
  agencyShortName: DPU_ADMIN.agencyShortName,
  role: 'petugas',
  invitedByName: 'Sari Wulandari',
  createdAt: '2026-12-01T01:00:00.000Z',
  expiresAt: '2026-12-15T01:00:00.000Z',
};

const FROM_DISHUB: MembershipInvitation = {
  ...FROM_DPU,
  id: 'inv-2',
  agencyId: 'agency-dishub',
  agencyName: 'Dinas Perhubungan Kabupaten Malang',
  agencyShortName: 'Dishub Kab. Malang',
  role: 'pimpinan',
  invitedByName: null,
};

describe('MyInvitationsPage', () => {
  let fixture: ComponentFixture<MyInvitationsPage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeEach(async () => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [MyInvitationsPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(MyInvitationsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    fixture.detectChanges();
    http.expectOne('/api/invitations').flush([FROM_DPU, FROM_DISHUB]);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lists who invited the person where, and in which role', () => {
    expect(text()).toContain(
      'Sari Wulandari mengundang Anda bergabung dengan Dinas PU Bina Marga Provinsi Jawa Timur sebagai Petugas.',
    );
    expect(text()).toContain(
      'Seseorang mengundang Anda bergabung dengan Dinas Perhubungan Kabupaten Malang sebagai Pimpinan.',
    );
    expect(text()).toContain('Anda baru menjadi anggota setelah menerima');
  });

  it('accepts an invitation and refreshes the session for the new membership', async () => {
    const [accept] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Terima' }));
    await accept.click();
    const request = http.expectOne('/api/invitations/inv-1/accept');
    expect(request.request.method).toBe('POST');
    request.flush({
      agencyId: DPU_ADMIN.agencyId,
      agencyShortName: 'DPU BM Jatim',
      role: 'petugas',
    });
    http
      .expectOne('/api/auth/refresh')
      .flush(testSession(testUser({ memberships: [UPT_MALANG_OFFICER, DPU_ADMIN] })));
    await fixture.whenStable();

    expect(text()).not.toContain('Dinas PU Bina Marga');
    expect(text()).toContain('Dinas Perhubungan Kabupaten Malang');
    expect(document.querySelector('.cdk-overlay-container')?.textContent).toContain(
      'Anda sekarang anggota DPU BM Jatim.',
    );
  });

  it('declines an invitation without touching the session', async () => {
    const declines = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Tolak' }));
    await declines[1].click();
    const request = http.expectOne('/api/invitations/inv-2/decline');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(text()).not.toContain('Dinas Perhubungan Kabupaten Malang');
    expect(text()).toContain('Dinas PU Bina Marga');
  });

  it('says so when nothing waits for an answer', async () => {
    const declines = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Tolak' }));
    for (const [index, button] of declines.entries()) {
      await button.click();
      http
        .expectOne(`/api/invitations/${index === 0 ? 'inv-1' : 'inv-2'}/decline`)
        .flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
    }
    expect(text()).toContain('Tidak ada undangan yang menunggu jawaban Anda.');
  });
});
