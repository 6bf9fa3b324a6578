import { Component, signal } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ClarificationPublicationView } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { ClarificationOutputsComponent } from './clarification-outputs';

@Component({
  imports: [ClarificationOutputsComponent],
  template: `<sp-clarification-outputs draftId="d1" [status]="status()" />`,
})
class Host {
  readonly status = signal('approved');
}

const view: ClarificationPublicationView = {
  publication: {
    id: 'p1',
    slug: 'jembatan-x',
    url: 'https://simpul.example.go.id/klarifikasi/jembatan-x',
    status: 'published',
    publishedAt: '2026-12-07T03:00:00Z',
    updatedAt: '2026-12-07T03:00:00Z',
    notes: [],
    content: {
      label: 'HOAKS',
      title: 'Jembatan X tidak putus',
      claim: {
        narrative: 'x',
        platform: 'WhatsApp',
        sourceUrls: [],
        archiveUrls: [],
        loggedAt: '',
      },
      penjelasan: '',
      faktanya: 'Utuh',
      sumber: ['UPT'],
      agencies: [],
      evidence: [],
    },
  },
  outputs: {
    whatsapp: '*[HOAKS]* *Jembatan X tidak putus*',
    xThread: ['[HOAKS] Jembatan X tidak putus 1/2', 'Selengkapnya: https://s.id/x 2/2'],
    instagramCaption: '[HOAKS] Jembatan X tidak putus\n\nSelengkapnya: link di bio.',
    shareCardUrl: 'https://simpul.example.go.id/klarifikasi/jembatan-x/kartu.png',
    publicUrl: 'https://simpul.example.go.id/klarifikasi/jembatan-x',
  },
};

describe('ClarificationOutputsComponent', () => {
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

  it('offers to publish an approved draft that is not published yet, and shows the outputs after', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/outputs').flush(
      {
        statusCode: 409,
        code: 'CLARIFICATION_NOT_PUBLISHED',
        message: { id: 'Belum terbit', en: 'Not published' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain('Belum terbit. Setelah seluruh rantai persetujuan');
    const publish = Array.from(host.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Terbitkan'),
    ) as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    publish.click();
    const req = http.expectOne('/api/clarifications/d1/publish');
    expect(req.request.method).toBe('POST');
    req.flush(view);
    await fixture.whenStable();
    const cards = Array.from(host.querySelectorAll('article.card'));
    expect(cards.map((c) => c.querySelector('h3')?.textContent?.trim())).toEqual([
      'Teks WhatsApp',
      'Utas X',
      'Keterangan Instagram',
      'Kartu bagikan (PNG)',
      'Halaman publik',
    ]);
    expect(cards.every((c) => c.querySelector('button')?.textContent?.includes('Salin'))).toBe(
      true,
    );
    expect(text(host)).toContain('*[HOAKS]* *Jembatan X tidak putus*');
    expect(text(host)).toContain('2 post');
    expect(host.querySelector('img')?.getAttribute('src')).toBe(view.outputs.shareCardUrl);
  });

  it('does not offer publishing before the chain approved the draft', async () => {
    TestBed.configureTestingModule({ imports: [Host], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.status.set('in_review');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/clarifications/d1/outputs').flush(
      {
        statusCode: 409,
        code: 'CLARIFICATION_NOT_PUBLISHED',
        message: { id: 'Belum terbit', en: 'Not published' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const publish = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.includes('Terbitkan')) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
  });

  it('logs a delivery and lists it; says what to do while the log is empty', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/outputs').flush(view);
    await fixture.whenStable();
    http.expectOne('/api/clarifications/d1/deliveries').flush([]);
    await fixture.whenStable();
    expect(text(host)).toContain('Belum ada pengiriman yang dicatat.');
    const input = host.querySelector('input[name="channel"]') as HTMLInputElement;
    input.value = 'Grup WA Humas Jatim';
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await fixture.whenStable();
    (host.querySelector('form.delivery') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/clarifications/d1/deliveries');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ output: 'whatsapp', channel: 'Grup WA Humas Jatim' });
    req.flush([
      {
        id: 'x',
        output: 'whatsapp',
        channel: 'Grup WA Humas Jatim',
        postedUrl: null,
        note: null,
        postedByName: 'Humas A',
        postedAt: '2026-12-07T04:00:00Z',
      },
    ]);
    await fixture.whenStable();
    expect(text(host)).toContain('Teks WhatsApp → Grup WA Humas Jatim · Humas A');
  });
});
