import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CaseSummary, Membership } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseListPage } from './case-list-page';

const POTHOLE: CaseSummary = {
  id: 'case-42',
  number: 'SMP-2026-000042',
  title: 'Jalan berlubang di Jl. Raya Kepanjen',
  channel: 'whatsapp',
  classification: 'pengaduan',
  category: 'jalan_rusak',
  status: 'new',
  laporBucket: 'Belum Terverifikasi',
  priority: 'normal',
  leadAgencyId: UPT_MALANG_OFFICER.agencyId,
  leadAgencyShortName: 'UPT PJJ Malang',
  regencyCode: '35.07',
  createdAt: '2026-11-20T02:30:00.000Z',
};

describe('CaseListPage', () => {
  let fixture: ComponentFixture<CaseListPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [CaseListPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const recordLink = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === 'Catat aduan',
    ) ?? null;

  function open(memberships: Membership[] = [DPU_ADMIN, UPT_MALANG_OFFICER]) {
    const auth = signInAs(testUser({ memberships }));
    fixture = TestBed.createComponent(CaseListPage);
    fixture.detectChanges();
    return auth;
  }

  it('lists the visible cases with a link to each', async () => {
    open();
    http.expectOne('/api/cases').flush([POTHOLE]);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('table a');
    expect(link?.textContent?.trim()).toBe('SMP-2026-000042');
    expect(link?.getAttribute('href')).toBe('/kasus/case-42');
    expect(text()).toContain('Baru');
    expect(text()).toContain('WhatsApp');
    expect(text()).toContain('UPT PJJ Malang');
  });

  it('says what to expect when the agency sees no case yet', async () => {
    open();
    http.expectOne('/api/cases').flush([]);
    await fixture.whenStable();
    expect(text()).toContain('Belum ada kasus yang dapat dilihat instansi Anda.');
  });

  it('reloads for the agency chosen in the switcher', async () => {
    const auth = open();
    http.expectOne('/api/cases').flush([POTHOLE]);
    await fixture.whenStable();
    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    TestBed.tick();
    const reload = http.expectOne('/api/cases');
    expect(reload.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    reload.flush([]);
    await fixture.whenStable();
    expect(text()).toContain('Belum ada kasus');
  });

  it('tells a person without agency whom to ask', async () => {
    open([]);
    await fixture.whenStable();
    http.expectNone('/api/cases');
    expect(text()).toContain('Minta admin instansi Anda menambahkan akun Anda.');
    expect(recordLink()).toBeNull();
  });

  const recorders: Membership[] = [
    DPU_ADMIN,
    UPT_MALANG_OFFICER,
    { ...DPU_ADMIN, role: 'pimpinan' },
  ];
  for (const membership of recorders) {
    it(`lets the ${membership.role} of the acting agency record a complaint`, async () => {
      open([membership]);
      http.expectOne('/api/cases').flush([]);
      await fixture.whenStable();
      expect(recordLink()?.getAttribute('href')).toBe('/kasus/baru');
    });
  }

  it('does not offer complaint intake to humas, even when another agency would allow it', async () => {
    const auth = open([{ ...DPU_ADMIN, role: 'humas' }, UPT_MALANG_OFFICER]);
    http.expectOne('/api/cases').flush([POTHOLE]);
    await fixture.whenStable();
    expect(recordLink()).toBeNull();

    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    TestBed.tick();
    http.expectOne('/api/cases').flush([]);
    await fixture.whenStable();
    expect(recordLink()).not.toBeNull();
  });
});
