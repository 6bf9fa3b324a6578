import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, CaseDetail, CaseReportView } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseDetailPage } from './case-detail-page';

function anonymousReport(canRevealIdentity: boolean): CaseReportView {
  return {
    id: 'report-1',
    trackingId: '1916449',
    confidential: false,
    reporter: {
      name: null,
      contact: null,
      nik: null,
      anonymous: true,
      hidden: ['name', 'contact', 'nik'],
      canRevealIdentity,
    },
  };
}

function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-42',
    number: 'SMP-2026-000042',
    title: 'Jalan berlubang di Jl. Raya Kepanjen',
    channel: 'lapor',
    classification: 'pengaduan',
    category: 'jalan_rusak',
    status: 'in_progress',
    laporBucket: 'Terdisposisi Sedang Diproses',
    clocks: [],
    slaState: null,
    location: {
      lat: null,
      lng: null,
      addressText: null,
      provinceCode: null,
      regencyCode: null,
      districtCode: null,
      villageCode: null,
      confidence: 'unknown',
      source: null,
      updatedAt: null,
    },
    priority: 'high',
    leadAgencyId: 'agency-upt-malang',
    leadAgencyShortName: 'UPT PJJ Malang',
    regencyCode: '35.07',
    createdAt: '2026-11-20T02:30:00.000Z',
    description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.',
    locationText: 'Jl. Raya Kepanjen km 3',
    incidentDate: '2026-11-19',
    intakeAgencyId: 'agency-dpu',
    tags: ['URC'],
    participants: [
      { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
      { agencyId: 'agency-dishub', agencyShortName: 'Dishub Malang', role: 'observer' },
    ],
    reports: [anonymousReport(false)],
    permissions: { update: false, inviteObserver: false, actions: [] },
    version: 3,
    updatedAt: '2026-11-21T04:00:00.000Z',
    ...overrides,
  };
}

describe('CaseDetailPage', () => {
  let fixture: ComponentFixture<CaseDetailPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [CaseDetailPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(CaseDetailPage);
    fixture.componentRef.setInput('id', 'case-42');
    fixture.detectChanges();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent ?? '';
  const buttonNamed = (root: ParentNode, name: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === name,
    );

  async function loadCase(detail: CaseDetail): Promise<void> {
    const request = http.expectOne('/api/cases/case-42');
    expect(request.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    request.flush(detail);
    await fixture.whenStable();
  }

  it('shows the facts and the participants with their roles', async () => {
    await loadCase(caseDetail());
    expect(text()).toContain('SMP-2026-000042');
    expect(text()).toContain('Jalan berlubang di Jl. Raya Kepanjen');
    expect(text()).toContain('Lubang besar dekat pasar Kepanjen');
    expect(text()).toContain('Utama');
    expect(text()).toContain('Pengamat');
    expect(text()).toContain('SP4N-LAPOR!');
    expect(text()).toContain('Sedang diproses');
    expect(text()).toContain('Jalan rusak');
    expect(text()).toContain('Di LAPOR!: Terdisposisi Sedang Diproses');
  });

  it('says why the reporter is hidden, without a reveal button when not allowed', async () => {
    await loadCase(caseDetail());
    expect(text()).toContain('Disembunyikan (anonim)');
    expect(text()).toContain('Hanya untuk instansi penerima aduan');
    expect(text()).toContain('Pelapor memilih anonim');
    expect(text()).toContain('NIK hanya dapat dilihat oleh instansi yang menerima aduan');
    expect(buttonNamed(page(), 'Tampilkan identitas')).toBeUndefined();
  });

  it('reveals an anonymous reporter after a confirmation naming the audit log', async () => {
    await loadCase(caseDetail({ reports: [anonymousReport(true)] }));
    buttonNamed(page(), 'Tampilkan identitas')?.click();
    await fixture.whenStable();

    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('dicatat di log audit');
    http.expectNone('/api/cases/case-42/reports/report-1/reveal-identity');
    buttonNamed(dialog, 'Tampilkan identitas')?.click();
    await fixture.whenStable();

    const reveal = http.expectOne('/api/cases/case-42/reports/report-1/reveal-identity');
    expect(reveal.request.method).toBe('POST');
    reveal.flush({
      reportId: 'report-1',
      name: 'Budi Santoso',
      contact: '0812-3456-7890',
      nik: '3507012345670001',
    });
    await fixture.whenStable();

    expect(text()).toContain('Budi Santoso');
    expect(text()).toContain('0812-3456-7890');
    expect(text()).toContain('3507012345670001');
    expect(text()).not.toContain('Disembunyikan (anonim)');
    expect(text()).toContain('tercatat di log audit');
  });

  it('does not reveal when the confirmation is cancelled', async () => {
    await loadCase(caseDetail({ reports: [anonymousReport(true)] }));
    buttonNamed(page(), 'Tampilkan identitas')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    buttonNamed(dialog, 'Batal')?.click();
    await fixture.whenStable();
    http.expectNone('/api/cases/case-42/reports/report-1/reveal-identity');
    expect(text()).toContain('Disembunyikan (anonim)');
  });

  it('treats a case that is not visible exactly like a missing one', async () => {
    const notFound: ApiErrorBody = {
      statusCode: 404,
      code: 'CASE_NOT_FOUND',
      message: { id: 'Kasus tidak ditemukan', en: 'Case not found' },
    };
    http.expectOne('/api/cases/case-42').flush(notFound, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(text()).toContain('Kasus tidak ditemukan atau Anda tidak berwenang melihatnya.');
  });

  it('offers editing only with the update permission', async () => {
    await loadCase(caseDetail());
    expect(buttonNamed(page(), 'Ubah judul dan uraian')).toBeUndefined();
  });

  it('saves an edit with the version and reloads when someone else changed the case', async () => {
    await loadCase(
      caseDetail({ permissions: { update: true, inviteObserver: false, actions: [] } }),
    );
    buttonNamed(page(), 'Ubah judul dan uraian')?.click();
    await fixture.whenStable();
    const title = page().querySelector<HTMLInputElement>('input[formcontrolname=title]');
    if (!title) throw new Error('title field missing');
    title.value = 'Jalan berlubang parah di Kepanjen';
    title.dispatchEvent(new Event('input'));
    buttonNamed(page(), 'Simpan')?.click();

    const save = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/cases/case-42');
    expect(save.request.body).toEqual({
      version: 3,
      title: 'Jalan berlubang parah di Kepanjen',
      description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.',
    });
    save.flush(
      {
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        message: {
          id: 'Kasus ini baru saja diubah orang lain. Periksa perubahannya lalu simpan lagi.',
          en: 'Someone else just changed this case. Check their change, then save again.',
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    TestBed.tick(); // the resource reloads on the next change detection
    const reload = http.expectOne((r) => r.method === 'GET' && r.url === '/api/cases/case-42');
    reload.flush(
      caseDetail({ version: 4, permissions: { update: true, inviteObserver: false, actions: [] } }),
    );
    await fixture.whenStable();

    expect(text()).toContain('Kasus ini baru saja diubah orang lain');
    expect(title.value).toBe('Jalan berlubang parah di Kepanjen');
  });
});
