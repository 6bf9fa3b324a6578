import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ACTING_AGENCY_HEADER, type Open311KeyView } from '@simpul/contracts';
import { AuthService } from '../../core/auth.service';
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

  it('shows the keys of the agency acted for, and reads them again after a switch', async () => {
    await open([DPU_ADMIN, { ...UPT_MALANG_OFFICER, role: 'admin' }]);
    const first = http.expectOne('/api/open311/keys');
    expect(first.request.headers.get(ACTING_AGENCY_HEADER)).toBe('agency-dpu');
    first.flush([KEY]);
    await settle();
    expect(host().querySelector('ul.keys')?.textContent).toContain('Aplikasi Jatim Bangkit');

    TestBed.inject(AuthService).selectAgency('agency-upt-malang');
    await settle();
    // The other agency's keys are not shown as this one's while they load.
    expect(host().querySelector('ul.keys')).toBeNull();
    expect(host().textContent).toContain('UPT PJJ Malang');
    const second = http.expectOne('/api/open311/keys');
    expect(second.request.headers.get(ACTING_AGENCY_HEADER)).toBe('agency-upt-malang');
    second.flush([{ ...KEY, id: 'key-9', label: 'Aplikasi Malang Melayani' }]);
    await settle();
    const listed = host().querySelector('ul.keys')?.textContent;
    expect(listed).toContain('Aplikasi Malang Melayani');
    expect(listed).not.toContain('Aplikasi Jatim Bangkit');
  });

  it('tells an officer that keys are the admin’s', async () => {
    await open([UPT_MALANG_OFFICER]);
    expect(host().textContent).toContain('Hanya admin instansi');
    expect(host().querySelector('form')).toBeNull();
  });
});
