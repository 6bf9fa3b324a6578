import { Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { LinkedCaseEvidence } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { ClarificationEvidenceComponent } from './clarification-evidence';

@Component({
  imports: [ClarificationEvidenceComponent],
  template: `<sp-clarification-evidence draftId="d1" />`,
})
class Host {}

const readable: LinkedCaseEvidence = {
  caseId: 'c1',
  number: 'SMP-2026-000101',
  readable: true,
  title: 'Jalan ambles di Lawang',
  status: 'in_progress',
  road: {
    name: 'Jl. Raya Lawang',
    status: 'provinsi',
    linkNumber: '129',
    owner: { id: 'a1', shortName: 'DPU BM Jatim' },
  },
  photos: [
    {
      attachmentId: 'p1',
      caption: 'Aspal utuh',
      public: true,
      thumbnailUrl: '/api/cases/c1/attachments/p1/thumbnail',
      viewUrl: '/api/cases/c1/attachments/p1/view',
    },
    {
      attachmentId: 'p2',
      caption: null,
      public: false,
      thumbnailUrl: '/api/cases/c1/attachments/p2/thumbnail',
      viewUrl: '/api/cases/c1/attachments/p2/view',
    },
  ],
};

const hidden: LinkedCaseEvidence = {
  caseId: 'c2',
  number: 'SMP-2026-000202',
  readable: false,
  title: null,
  status: null,
  road: null,
  photos: [],
};

describe('ClarificationEvidenceComponent', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function show(): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [Host], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const text = (host: HTMLElement) => (host.textContent ?? '').replace(/\s+/g, ' ');

  it('shows a readable case’s road, status and photos, and only the number of another', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/evidence').flush([readable, hidden]);
    await fixture.whenStable();
    for (const path of ['p1', 'p2'])
      http
        .expectOne(`/api/cases/c1/attachments/${path}/thumbnail`)
        .flush(new Blob(['x'], { type: 'image/jpeg' }));
    fixture.detectChanges();
    await fixture.whenStable();
    const cases = Array.from(host.querySelectorAll('li.case'));
    expect(cases.length).toBe(2);
    const first = text(cases[0] as HTMLElement);
    expect(first).toContain('SMP-2026-000101 · Jalan ambles di Lawang');
    expect(first).toContain('Sedang diproses');
    expect(first).toContain('Jl. Raya Lawang · Jalan provinsi · milik DPU BM Jatim');
    expect(cases[0].querySelector('a')?.getAttribute('href')).toBe('/kasus/c1');
    const badges = Array.from(cases[0].querySelectorAll('.badge')).map((b) =>
      b.textContent?.trim(),
    );
    expect(badges).toEqual(['Publik', 'Internal']);
    const images = Array.from(cases[0].querySelectorAll('img'));
    expect(images.length).toBe(2);
    expect(images[0].getAttribute('alt')).toBe('Aspal utuh');
    expect(images[1].getAttribute('alt')).toBe('Foto lapangan kasus SMP-2026-000101');
    expect(images.every((img) => img.getAttribute('src')?.startsWith('blob:'))).toBe(true);
    const second = text(cases[1] as HTMLElement);
    expect(second).toContain('SMP-2026-000202');
    expect(second).toContain('tidak dapat membaca kasus ini');
    expect(second).toContain('Belum ada foto yang ditandai publik.');
    expect(cases[1].querySelector('a')).toBeNull();
  });

  it('says what to do when no case is linked', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/evidence').flush([]);
    await fixture.whenStable();
    expect(text(host)).toContain('Belum ada kasus tertaut.');
    expect(text(host)).toContain('Buat klarifikasi');
  });

  it('shows the API’s refusal in the reader’s language', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/evidence').flush(
      {
        statusCode: 404,
        code: 'NOT_FOUND',
        message: { id: 'Draf tidak ditemukan', en: 'Draft not found' },
      },
      { status: 404, statusText: 'Not Found' },
    );
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Draf tidak ditemukan');
  });
});
