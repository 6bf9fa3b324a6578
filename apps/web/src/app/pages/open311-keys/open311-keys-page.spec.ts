import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Open311KeyView } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../testing/web-test-providers';
import { Open311KeysPage } from './open311-keys-page';

const KEY: Open311KeyView = {
  id: 'key-1',
  label: 'Aplikasi Jatim Bangkit',
  serviceUserId: 'user-svc',
  createdAt: '2026-11-20T02:00:00.000Z',
  createdByName: 'Sari Wulandari',
  revokedAt: null,
};

describe('Open311KeysPage', () => {
  let fixture: ComponentFixture<Open311KeysPage>;
  let http: HttpTestingController;

  async function open(memberships = [DPU_ADMIN]): Promise<void> {
    TestBed.configureTestingModule({ imports: [Open311KeysPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships }));
    fixture = TestBed.createComponent(Open311KeysPage);
    fixture.detectChanges();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;

  it('issues a key, shows it once, and revokes one after asking', async () => {
    await open();
    http.expectOne('/api/open311/keys').flush([KEY]);
    await settle();
    expect(host().querySelector('ul.keys')?.textContent).toContain('Aplikasi Jatim Bangkit');

    const label = host().querySelector<HTMLInputElement>('#open311-label');
    if (!label) throw new Error('no label field');
    label.value = 'Kanal aduan Kab. Malang';
    label.dispatchEvent(new Event('input'));
    await settle();
    button('Buat kunci baru')?.click();
    await settle();
    const issue = http.expectOne((r) => r.method === 'POST' && r.url === '/api/open311/keys');
    expect(issue.request.body).toEqual({ label: 'Kanal aduan Kab. Malang' });
    issue.flush({ id: 'key-2', label: 'Kanal aduan Kab. Malang', apiKey: 'spl_o311_rahasia' });
    await settle();
    http
      .expectOne('/api/open311/keys')
      .flush([KEY, { ...KEY, id: 'key-2', label: 'Kanal aduan Kab. Malang' }]);
    await settle();
    expect(host().querySelector<HTMLInputElement>('sp-handover-link input')?.value).toBe(
      'spl_o311_rahasia',
    );
    expect(host().textContent).toContain('kunci hanya ditampilkan sekali');

    spyOn(globalThis, 'confirm').and.returnValue(true);
    host().querySelector<HTMLButtonElement>('ul.keys button')?.click();
    await settle();
    http.expectOne((r) => r.method === 'DELETE' && r.url === '/api/open311/keys/key-1').flush(null);
    await settle();
    http.expectOne('/api/open311/keys').flush([{ ...KEY, revokedAt: '2026-11-28T02:00:00.000Z' }]);
    await settle();
    expect(host().querySelector('ul.keys')?.textContent).toContain('dicabut');
  });

  it('tells an officer that keys are the admin’s', async () => {
    await open([UPT_MALANG_OFFICER]);
    expect(host().textContent).toContain('Hanya admin instansi');
    expect(host().querySelector('form')).toBeNull();
  });
});
