import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, LaporFollowUp } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { LaporFollowUpPanel } from './lapor-follow-up';

const FOLLOW_UP: LaporFollowUp = {
  caseId: 'case-42',
  caseNumber: 'SMP-2026-000042',
  trackingId: '1916449',
  laporUrl: 'https://www.lapor.go.id/pengaduan/1916449',
  followUpSeq: 7,
  followedUpAt: '2026-11-27T03:00:00.000Z',
  note: 'Lubang sudah ditambal tim URC.',
  text: 'Terima kasih atas laporan Anda. Lubang sudah ditambal tim URC.',
  postedAt: null,
  postedByName: null,
};

describe('LaporFollowUpPanel', () => {
  let fixture: ComponentFixture<LaporFollowUpPanel>;
  let http: HttpTestingController;
  let posted: number;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [LaporFollowUpPanel],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(LaporFollowUpPanel);
    fixture.componentRef.setInput('caseId', 'case-42');
    posted = 0;
    fixture.componentInstance.posted.subscribe(() => posted++);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('shows the text to paste with a link to the report, and records the post once', async () => {
    button('Salin tindak lanjut ke LAPOR')?.click();
    await settle();
    http.expectOne('/api/cases/case-42/lapor-follow-up').flush(FOLLOW_UP);
    await settle();
    expect(host().querySelector('textarea')?.value).toBe(FOLLOW_UP.text);
    const link = host().querySelector<HTMLAnchorElement>('a');
    expect(link?.href).toBe('https://www.lapor.go.id/pengaduan/1916449');
    expect(link?.textContent).toContain('Buka laporan 1916449 di LAPOR');

    button('Tandai sudah diposting')?.click();
    await settle();
    const mark = http.expectOne('/api/cases/case-42/lapor-follow-up/posted');
    expect(mark.request.method).toBe('POST');
    expect(mark.request.body).toEqual({ followUpSeq: 7 });
    expect(mark.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    mark.flush({ ...FOLLOW_UP, postedAt: '2026-11-27T04:00:00.000Z', postedByName: 'Agus' });
    await settle();
    expect(host().textContent).toContain('Sudah diposting ke LAPOR oleh Agus');
    expect(button('Tandai sudah diposting')).toBeNull();
    expect(posted).toBe(1);
  });

  it('says there is nothing to copy before the first follow-up', async () => {
    button('Salin tindak lanjut ke LAPOR')?.click();
    await settle();
    http.expectOne('/api/cases/case-42/lapor-follow-up').flush(
      {
        statusCode: 404,
        code: 'NOT_FOUND',
        message: { id: 'x', en: 'x' },
      } satisfies ApiErrorBody,
      {
        status: 404,
        statusText: 'Not Found',
      },
    );
    await settle();
    expect(host().textContent).toContain('Belum ada tindak lanjut untuk disalin');
    expect(host().querySelector('textarea')).toBeNull();
  });
});
