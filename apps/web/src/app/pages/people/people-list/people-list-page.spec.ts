import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CreateUserResponse, UserSummary } from '@simpul/contracts';
import {
  DPU_ADMIN,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { PeopleListPage } from './people-list-page';

const ME: UserSummary = {
  id: 'user-1',
  email: 'sari@dpubm.jatimprov.go.id',
  name: 'Sari Wulandari',
  active: true,
  isSuperadmin: false,
  mustChangePassword: false,
  memberships: [{ agencyId: DPU_ADMIN.agencyId, agencyShortName: 'DPU BM Jatim', role: 'admin' }],
  lastSignInAt: '2026-11-28T01:00:00.000Z',
};

const ANDI: UserSummary = {
  ...ME,
  id: 'user-2',
  email: 'andi@dpubm.jatimprov.go.id',
  name: 'Andi Pratama',
  memberships: [{ agencyId: DPU_ADMIN.agencyId, agencyShortName: 'DPU BM Jatim', role: 'petugas' }],
  lastSignInAt: null,
};

describe('PeopleListPage', () => {
  let fixture: ComponentFixture<PeopleListPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [PeopleListPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [DPU_ADMIN] }));
    fixture = TestBed.createComponent(PeopleListPage);
    fixture.detectChanges();
    http.expectOne('/api/users').flush([ME, ANDI]);
    await fixture.whenStable();
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
  const type = (root: ParentNode, selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`${selector} missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function addPerson(answer: CreateUserResponse, temporaryPassword?: string) {
    buttonNamed(page(), 'Tambah orang')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Tambah orang ke DPU BM Jatim');
    type(dialog, 'input[formcontrolname=name]', 'Rina Kusuma');
    type(dialog, 'input[formcontrolname=email]', 'rina@dpubm.jatimprov.go.id');
    if (temporaryPassword) {
      dialog.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
      await fixture.whenStable();
      type(dialog, 'input[formcontrolname=temporaryPassword]', temporaryPassword);
    }
    buttonNamed(dialog, 'Tambahkan')?.click();
    const create = http.expectOne((r) => r.method === 'POST' && r.url === '/api/users');
    const body = create.request.body;
    create.flush(answer, { status: 201, statusText: 'Created' });
    // The dialog finishes closing on a timer; then the list reloads on the next change detection.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http
      .expectOne((r) => r.method === 'GET' && r.url === '/api/users')
      .flush([ME, ANDI, answer.user]);
    await fixture.whenStable();
    return body;
  }

  const RINA: UserSummary = {
    ...ANDI,
    id: 'user-3',
    name: 'Rina Kusuma',
    email: 'rina@dpubm.jatimprov.go.id',
  };

  it('lists the people of the acting agency with their roles', () => {
    expect(text()).toContain('Sari Wulandari');
    expect(text()).toContain('(Anda)');
    expect(text()).toContain('Andi Pratama');
    expect(text()).toContain('Belum pernah masuk');
  });

  it('shows the invitation link to hand over when no email could be sent', async () => {
    const url = 'https://simpul.example.go.id/undangan/abc123';
    const body = await addPerson({ user: RINA, inviteUrl: url, emailed: false });

    expect(body).toEqual({
      name: 'Rina Kusuma',
      email: 'rina@dpubm.jatimprov.go.id',
      role: 'petugas',
    });
    const link = page().querySelector<HTMLInputElement>('sp-handover-link input');
    expect(link?.value).toBe(url);
    expect(text()).toContain('Tautan undangan untuk Rina Kusuma');
    expect(text()).toContain('Serahkan tautan ini kepada yang bersangkutan; berlaku 7 hari.');
    expect(buttonNamed(page(), 'Salin tautan')).toBeDefined();
  });

  it('says a temporary password must be changed at first sign-in', async () => {
    const body = await addPerson({ user: RINA, emailed: false }, 'sementara-12345');
    expect(body.temporaryPassword).toBe('sementara-12345');
    expect(page().querySelector('sp-handover-link input')).toBeNull();
    expect(text()).toContain('wajib menggantinya saat pertama kali masuk');
  });

  it('asks before deactivating and says access ends on every device', async () => {
    buttonNamed(page(), 'Nonaktifkan')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain(
      'Akses orang ini akan segera berakhir di semua perangkat.',
    );
    buttonNamed(dialog, 'Nonaktifkan')?.click();
    await fixture.whenStable();

    const request = http.expectOne('/api/users/user-2/active');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...ANDI, active: false });
    await fixture.whenStable();
    expect(text()).toContain('Nonaktif');
    expect(buttonNamed(page(), 'Aktifkan kembali')).toBeDefined();
  });

  it('shows a password reset link for the admin to hand over', async () => {
    buttonNamed(page(), 'Buat tautan atur ulang sandi')?.click();
    http
      .expectOne('/api/users/user-2/password-reset')
      .flush({ resetUrl: 'https://simpul.example.go.id/atur-ulang-sandi/xyz', emailed: false });
    await fixture.whenStable();
    expect(page().querySelector<HTMLInputElement>('sp-handover-link input')?.value).toBe(
      'https://simpul.example.go.id/atur-ulang-sandi/xyz',
    );
    expect(text()).toContain('Tautan atur ulang kata sandi untuk Andi Pratama');
  });

  it('offers no actions on the admin themself', () => {
    const rows = Array.from(page().querySelectorAll('tbody tr'));
    const myRow = rows.find((row) => row.textContent?.includes('Sari Wulandari'));
    expect(myRow?.querySelectorAll('button').length).toBe(0);
    expect(myRow?.querySelector('mat-select')).toBeNull();
  });
});
