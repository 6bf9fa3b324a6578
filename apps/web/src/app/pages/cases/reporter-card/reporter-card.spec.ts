import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, CaseDetail, CaseReportView } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { ReporterCard } from './reporter-card';

const WHATSAPP_REPORT: CaseReportView = {
  id: 'report-1',
  trackingId: null,
  confidential: false,
  intakeAgencyId: 'agency-intake',
  reporter: {
    name: 'Sutrisno',
    contact: '081333444555',
    nik: null,
    anonymous: false,
    hidden: [],
    canRevealIdentity: false,
  },
};

describe('ReporterCard', () => {
  let fixture: ComponentFixture<ReporterCard>;
  let http: HttpTestingController;
  let changed: CaseDetail[];

  function create(linkVersion: number | null): void {
    TestBed.configureTestingModule({ imports: [ReporterCard], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(ReporterCard);
    fixture.componentRef.setInput('report', WHATSAPP_REPORT);
    fixture.componentRef.setInput('caseId', 'case-42');
    fixture.componentRef.setInput('linkVersion', linkVersion);
    changed = [];
    fixture.componentInstance.changed.subscribe((detail) => changed.push(detail));
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('links the report to its LAPOR Tracking ID with the version seen, and says why it cannot', async () => {
    create(5);
    await settle();
    const input = host().querySelector<HTMLInputElement>('#link-lapor-report-1');
    if (!input) throw new Error('no Tracking ID field');
    input.value = '1916 449';
    input.dispatchEvent(new Event('input'));
    await settle();
    host().querySelector<HTMLButtonElement>('form.link-lapor button')?.click();
    await settle();
    const first = http.expectOne('/api/cases/case-42/reports/report-1/tracking-id');
    expect(first.request.method).toBe('PUT');
    expect(first.request.body).toEqual({ version: 5, trackingId: '1916449' });
    first.flush(
      {
        statusCode: 409,
        code: 'DUPLICATE_TRACKING_ID',
        message: {
          id: 'Tracking ID LAPOR sudah tercatat',
          en: 'The LAPOR Tracking ID is already recorded',
        },
        fields: [],
      } satisfies ApiErrorBody,
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(host().textContent).toContain('Tracking ID LAPOR sudah tercatat');
    expect(changed).toEqual([]);

    host().querySelector<HTMLButtonElement>('form.link-lapor button')?.click();
    await settle();
    http
      .expectOne('/api/cases/case-42/reports/report-1/tracking-id')
      .flush({ id: 'case-42', version: 6 });
    await settle();
    expect(changed).toEqual([jasmine.objectContaining({ version: 6 })]);
  });

  it('offers no linking to a reader who may not edit the case', () => {
    create(null);
    expect(host().querySelector('form.link-lapor')).toBeNull();
  });
});
