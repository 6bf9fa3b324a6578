import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { AgencySummary, CreateUserResponse, UserSummary } from '@simpul/contracts';
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
  manageable: true,
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

  async function addPerson(
    answer: Extract<CreateUserResponse, { outcome: 'created' }>,
    temporaryPassword?: string,
  ) {
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

  it('offers a reset link and deactivation only for accounts the admin may manage', async () => {
    const elsewhere: UserSummary = {
      ...ANDI,
      id: 'user-3',
      name: 'Nur Aini',
      email: 'nur.aini@dpubm.jatimprov.go.id',
      manageable: false,
    };
    // Reload with a person who also belongs to another agency.
    (fixture.componentInstance as unknown as { people: { reload(): void } }).people.reload();
    fixture.detectChanges();
    http.expectOne('/api/users').flush([ME, ANDI, elsewhere]);
    await fixture.whenStable();
    const rows = Array.from(page().querySelectorAll('tbody tr'));
    const rowOf = (name: string) => rows.find((row) => row.textContent?.includes(name)) as Element;
    expect(buttonNamed(rowOf('Andi Pratama'), 'Buat tautan atur ulang sandi')).toBeDefined();
    expect(buttonNamed(rowOf('Nur Aini'), 'Buat tautan atur ulang sandi')).toBeUndefined();
    expect(buttonNamed(rowOf('Nur Aini'), 'Nonaktifkan')).toBeUndefined();
    expect(rowOf('Nur Aini').textContent).toContain('hanya superadmin');
  });

  it('lists the people of the acting agency with their roles', () => {
    expect(text()).toContain('Sari Wulandari');
    expect(text()).toContain('(Anda)');
    expect(text()).toContain('Andi Pratama');
    expect(text()).toContain('Belum pernah masuk');
  });

  it('shows the invitation link to hand over when no email could be sent', async () => {
    const url = 'https://simpul.example.go.id/undangan/abc123';
    const body = await addPerson({
      outcome: 'created',
      user: RINA,
      inviteUrl: url,
      emailed: false,
    });

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

  it('says the invitation was sent, and adds nobody, when the email already has an account', async () => {
    buttonNamed(page(), 'Tambah orang')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('baru menjadi anggota setelah menerimanya');
    // Only the superadmin chooses the agency.
    expect(dialog.textContent).not.toContain('Instansi');
    type(dialog, 'input[formcontrolname=name]', 'Budi Lain');
    type(dialog, 'input[formcontrolname=email]', 'budi@upt-malang.go.id');
    buttonNamed(dialog, 'Tambahkan')?.click();
    const create = http.expectOne((r) => r.method === 'POST' && r.url === '/api/users');
    expect(create.request.body.agencyId).toBeUndefined();
    create.flush(
      {
        outcome: 'invitation_sent',
        emailed: false,
        invitation: {
          id: 'inv-1',
          email: 'budi@upt-malang.go.id',
          agencyId: DPU_ADMIN.agencyId,
          agencyShortName: 'DPU BM Jatim',
          role: 'petugas',
          createdAt: '2026-12-01T01:00:00.000Z',
          expiresAt: '2026-12-15T01:00:00.000Z',
        },
      } satisfies CreateUserResponse,
      { status: 201, statusText: 'Created' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    await fixture.whenStable();

    // No reload: nobody joined (http.verify() in afterEach refuses an unexpected GET).
    expect(text()).toContain('Undangan terkirim');
    expect(text()).toContain(
      'budi@upt-malang.go.id sudah punya akun Simpul. Ia menjadi anggota DPU BM Jatim hanya setelah menerima undangan',
    );
    expect(page().querySelector('sp-handover-link input')).toBeNull();
    expect(page().querySelectorAll('tbody tr').length).toBe(2);
  });

  it('says a temporary password must be changed at first sign-in', async () => {
    const body = await addPerson(
      { outcome: 'created', user: RINA, emailed: false },
      'sementara-12345',
    );
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

describe('PeopleListPage for the superadmin', () => {
  let fixture: ComponentFixture<PeopleListPage>;
  let http: HttpTestingController;

  const AGENCIES: AgencySummary[] = [
    {
      id: 'agency-new',
      code: 'dishub-3507',
      name: 'Dinas Perhubungan Kabupaten Malang',
      shortName: 'Dishub Kab. Malang',
      kind: 'regency_office',
      parentId: null,
      regencyCodes: ['35.07'],
      active: true,
    },
    {
      id: 'agency-old',
      code: 'lama',
      name: 'Instansi Lama',
      shortName: 'Lama',
      kind: 'regency_office',
      parentId: null,
      regencyCodes: [],
      active: false,
    },
  ];

  beforeEach(async () => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [PeopleListPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ isSuperadmin: true, memberships: [] }));
    fixture = TestBed.createComponent(PeopleListPage);
    fixture.detectChanges();
    http.expectOne('/api/users').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  it("chooses the agency of a new agency's first admin", async () => {
    const page = fixture.nativeElement as HTMLElement;
    Array.from(page.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Tambah orang')
      ?.click();
    await fixture.whenStable();
    http.expectOne('/api/agencies').flush(AGENCIES);
    await fixture.whenStable();

    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const field = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: /^Instansi/ }),
    );
    const select = (await field.getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    const options = await select.getOptions();
    // Inactive agencies are not offered.
    expect(options.length).toBe(1);
    await select.clickOptions({ text: /Dishub Kab. Malang/ });
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Tambah orang ke Dishub Kab. Malang');

    for (const [name, value] of [
      ['name', 'Admin Pertama'],
      ['email', 'admin@dishub.malangkab.go.id'],
    ]) {
      const input = dialog.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
      if (!input) throw new Error(`${name} missing`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    const role = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: /^Peran/ }));
    const roleSelect = (await role.getControl(MatSelectHarness)) as MatSelectHarness;
    await roleSelect.open();
    await roleSelect.clickOptions({ text: 'Admin' });
    Array.from(dialog.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Tambahkan')
      ?.click();

    const create = http.expectOne((r) => r.method === 'POST' && r.url === '/api/users');
    expect(create.request.body).toEqual({
      name: 'Admin Pertama',
      email: 'admin@dishub.malangkab.go.id',
      role: 'admin',
      agencyId: 'agency-new',
    });
    const firstAdmin: UserSummary = {
      id: 'user-9',
      email: 'admin@dishub.malangkab.go.id',
      name: 'Admin Pertama',
      active: true,
      isSuperadmin: false,
      mustChangePassword: false,
      memberships: [
        { agencyId: 'agency-new', agencyShortName: 'Dishub Kab. Malang', role: 'admin' },
      ],
      lastSignInAt: null,
      manageable: true,
    };
    create.flush(
      {
        outcome: 'created',
        user: firstAdmin,
        emailed: false,
        inviteUrl: 'https://simpul.example.go.id/undangan/abc',
      } satisfies CreateUserResponse,
      { status: 201, statusText: 'Created' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    http.expectOne((r) => r.method === 'GET' && r.url === '/api/users').flush([firstAdmin]);
    await fixture.whenStable();
    expect(page.querySelector<HTMLInputElement>('sp-handover-link input')?.value).toBe(
      'https://simpul.example.go.id/undangan/abc',
    );
    expect(page.textContent).toContain('Dishub Kab. Malang');
  });
});
