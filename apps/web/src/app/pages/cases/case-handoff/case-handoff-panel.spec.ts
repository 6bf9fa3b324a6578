import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CaseDetail, HandoffView, Membership } from '@simpul/contracts';
import { BBPJN_OFFICER, handoffView } from '../../../testing/handoff-fixtures';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseHandoffPanel } from './case-handoff-panel';

const BBPJN = BBPJN_OFFICER;

/** UPT PJJ Malang leads case-42. */
const CASE = {
  id: 'case-42',
  version: 3,
  status: 'verified',
  participants: [{ agencyId: UPT_MALANG_OFFICER.agencyId, role: 'lead' }],
} as unknown as CaseDetail;

describe('CaseHandoffPanel', () => {
  let fixture: ComponentFixture<CaseHandoffPanel>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function show(membership: Membership, items: HandoffView[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [CaseHandoffPanel], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [membership] }));
    fixture = TestBed.createComponent(CaseHandoffPanel);
    fixture.componentRef.setInput('detail', CASE);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/cases/case-42/handoffs').flush({ items });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (host: HTMLElement) => (host.textContent ?? '').replace(/\s+/g, ' ');
  const buttons = (host: HTMLElement) =>
    Array.from(host.querySelectorAll('button')).map((b) => b.textContent?.trim());

  it('shows the receiver the proposal with the time left, accept and decline, and no withdraw', async () => {
    const host = await show(BBPJN, [handoffView({ canAnswer: true })]);
    expect(text(host)).toContain(
      'UPT PJJ Malang mengusulkan agar instansi Anda menangani kasus ini',
    );
    expect(text(host)).toContain('ruas jalan nasional');
    expect(text(host)).toContain('Identitas pelapor disembunyikan');
    expect(text(host)).toContain('Sisa waktu menjawab: 5 jam 30 menit');
    expect(buttons(host)).toEqual(['Terima pelimpahan', 'Tolak', 'Salin teks LAPOR!']);

    const accept = Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === 'Terima pelimpahan',
    );
    accept?.click();
    const request = http.expectOne('/api/cases/case-42/handoffs/handoff-1/accept');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('idempotency-key')).toBeTruthy();
    request.flush(handoffView({ status: 'accepted' }));
    // The panel asks for the case's handoffs again (the page also reloads the case).
    await new Promise((resolve) => setTimeout(resolve));
    for (const reload of http.match('/api/cases/case-42/handoffs'))
      if (!reload.cancelled) reload.flush({ items: [handoffView({ status: 'accepted' })] });
    await fixture.whenStable();
    expect(text(host)).not.toContain('Sisa waktu');
  });

  it('shows the proposer its waiting proposal with withdraw only', async () => {
    const host = await show(UPT_MALANG_OFFICER, [handoffView({ canWithdraw: true })]);
    expect(text(host)).toContain('Menunggu jawaban BBPJN atas usulan pelimpahan');
    expect(buttons(host)).toEqual(['Tarik usulan', 'Salin teks LAPOR!']);
    expect(text(host)).not.toContain('Identitas pelapor disembunyikan');
  });

  it('says a frozen case waits for arbitration, with no answer for anyone', async () => {
    const host = await show(UPT_MALANG_OFFICER, [handoffView({ status: 'frozen' })]);
    expect(text(host)).toContain('pelimpahan dibekukan sampai arbiter memutuskan');
    expect(buttons(host)).toEqual(['Salin teks LAPOR!']);
    expect(text(host)).not.toContain('Sisa waktu');
  });

  it('offers the lead to hand the case over when nothing is pending', async () => {
    const host = await show(UPT_MALANG_OFFICER, [handoffView({ status: 'declined' })]);
    expect(buttons(host)).toEqual(['Limpahkan ke instansi lain']);
  });
});
