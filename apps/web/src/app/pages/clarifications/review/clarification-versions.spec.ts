import { Component, signal } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ClarificationVersionDiff, ClarificationVersionView } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { ClarificationVersionsComponent } from './clarification-versions';

@Component({
  imports: [ClarificationVersionsComponent],
  template: `<sp-clarification-versions draftId="d1" [saved]="saved()" />`,
})
class Host {
  readonly saved = signal<ClarificationVersionView | null>(null);
}

const v1: ClarificationVersionView = {
  id: 'v1',
  name: 'Draf awal',
  createdByName: 'Sari Humas',
  createdAt: '2026-12-07T03:00:00Z',
};
const v2: ClarificationVersionView = {
  id: 'v2',
  name: 'Setelah cek UPT',
  createdByName: 'Budi Humas',
  createdAt: '2026-12-07T04:00:00Z',
};

const diff: ClarificationVersionDiff = {
  from: { id: 'v1', name: 'Draf awal', createdAt: v1.createdAt },
  to: null,
  sections: [
    { section: 'title', changed: false, parts: [{ kind: 'same', text: 'Jembatan X' }] },
    {
      section: 'penjelasan',
      changed: true,
      parts: [
        { kind: 'same', text: 'Jembatan X ' },
        { kind: 'removed', text: 'putus' },
        { kind: 'added', text: 'dibuka normal' },
      ],
    },
  ],
};

describe('ClarificationVersionsComponent', () => {
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
  const button = (host: HTMLElement, label: string) =>
    Array.from(host.querySelectorAll('button')).find((b) =>
      b.textContent?.includes(label),
    ) as HTMLButtonElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };

  it('says what to do when there is no version yet, and saves one by name with a retry key', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/versions').flush({ canSave: true, versions: [] });
    await settle();
    expect(text(host)).toContain('Belum ada versi. Beri nama lalu tekan “Simpan versi”');
    const input = host.querySelector('input[name="versionName"]') as HTMLInputElement;
    input.value = '  Draf awal ';
    input.dispatchEvent(new Event('input'));
    await settle();
    button(host, 'Simpan versi').click();
    const save = http.expectOne('/api/clarifications/d1/versions');
    expect(save.request.method).toBe('POST');
    expect(save.request.body).toEqual({ name: 'Draf awal' });
    expect(save.request.headers.get('Idempotency-Key')).toBeTruthy();
    save.flush(v1);
    http.expectOne('/api/clarifications/d1/versions').flush({ canSave: true, versions: [v1] });
    await settle();
    expect(text(host)).toContain('Draf awal — Sari Humas');
  });

  it('shows a word-level diff with insertions and deletions marked, and lists unchanged sections', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/versions').flush({ canSave: false, versions: [v2, v1] });
    await settle();
    expect(host.querySelector('input[name="versionName"]')).toBeNull();
    const from = host.querySelector('select[name="from"]') as HTMLSelectElement;
    from.value = 'v1';
    from.dispatchEvent(new Event('change'));
    await settle();
    button(host, 'Tampilkan perbedaan').click();
    const req = http.expectOne((r) => r.url === '/api/clarifications/d1/versions/diff');
    expect(req.request.params.get('from')).toBe('v1');
    expect(req.request.params.get('to')).toBe('now');
    req.flush(diff);
    await settle();
    const section = host.querySelector('.diff[data-section="penjelasan"]') as HTMLElement;
    expect(section.querySelector('del')?.textContent).toContain('putus');
    expect(section.querySelector('ins')?.textContent).toContain('dibuka normal');
    expect(host.querySelector('.diff[data-section="title"]')).toBeNull();
    expect(text(host)).toContain('Tidak berubah: Judul');
  });

  it('reloads the list when someone saves a version live', async () => {
    const host = await show();
    http.expectOne('/api/clarifications/d1/versions').flush({ canSave: true, versions: [v1] });
    await settle();
    fixture.componentInstance.saved.set(v2);
    await settle();
    http.expectOne('/api/clarifications/d1/versions').flush({ canSave: true, versions: [v2, v1] });
    await settle();
    expect(text(host)).toContain('Setelah cek UPT — Budi Humas');
  });
});
