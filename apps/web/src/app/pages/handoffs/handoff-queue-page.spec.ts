import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { HandoffView } from '@simpul/contracts';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { BBPJN_OFFICER, handoffView } from '../../testing/handoff-fixtures';
import { HandoffQueuePage } from './handoff-queue-page';

const BBPJN = BBPJN_OFFICER;

describe('HandoffQueuePage', () => {
  let fixture: ComponentFixture<HandoffQueuePage>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function show(incoming: HandoffView[], outgoing: HandoffView[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [HandoffQueuePage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [BBPJN] }));
    fixture = TestBed.createComponent(HandoffQueuePage);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/handoffs/incoming').flush({ items: incoming });
    http.expectOne('/api/handoffs/outgoing').flush({ items: outgoing });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (host: HTMLElement) => (host.textContent ?? '').replace(/\s+/g, ' ');

  it('lists incoming proposals with who sent them, why, and the time left to answer', async () => {
    const host = await show(
      [
        handoffView({ canAnswer: true }),
        handoffView({ id: 'handoff-0', status: 'declined', caseNumber: 'SMP-2026-000041' }),
      ],
      [],
    );
    const items = Array.from(host.querySelectorAll('ul.queue li')).map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(items.length).toBe(2);
    expect(items[0]).toContain('SMP-2026-000042');
    expect(items[0]).toContain('Dari UPT PJJ Malang — ruas jalan nasional');
    expect(items[0]).toContain('Menunggu jawaban');
    expect(items[0]).toContain('Sisa waktu menjawab: 5 jam 30 menit');
    expect(items[0]).toContain('Ruas nasional menurut registri');
    // A closed proposal says how it ended, with no clock.
    expect(items[1]).toContain('Ditolak');
    expect(items[1]).not.toContain('Sisa waktu');
    expect(host.querySelector('ul.queue li a')?.getAttribute('href')).toBe('/kasus/case-42');
  });

  it('says what to expect when nothing was proposed to the agency', async () => {
    const host = await show([], []);
    expect(text(host)).toContain('Tidak ada usulan pelimpahan untuk instansi Anda');
  });

  it('says when the time to answer has passed', async () => {
    const host = await show(
      [handoffView({ deadline: new Date(Date.now() - 60_000).toISOString() })],
      [],
    );
    expect(text(host)).toContain('Batas waktu menjawab terlewati');
  });
});
