import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { AgencyDetail, AgencySummary } from '@simpul/contracts';
import {
  DPU_ADMIN,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { parseRegencyCodes } from '../agency-dialog/agency-dialog';
import { AgencyListPage } from './agency-list-page';

const DPU: AgencySummary = {
  id: DPU_ADMIN.agencyId,
  code: 'dpubm-jatim',
  name: 'Dinas PU Bina Marga Provinsi Jawa Timur',
  shortName: 'DPU BM Jatim',
  kind: 'provincial_department',
  parentId: null,
  regencyCodes: [],
  active: true,
};
const UPT_MALANG: AgencySummary = {
  id: 'agency-upt-malang',
  code: 'upt-pjj-malang',
  name: 'UPT Pengelolaan Jalan dan Jembatan Malang',
  shortName: 'UPT PJJ Malang',
  kind: 'field_unit',
  parentId: DPU.id,
  regencyCodes: ['35.07', '35.73'],
  active: true,
};

describe('AgencyListPage', () => {
  let fixture: ComponentFixture<AgencyListPage>;
  let http: HttpTestingController;

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  async function open(superadmin: boolean): Promise<void> {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [AgencyListPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(
      superadmin
        ? testUser({ isSuperadmin: true, memberships: [] })
        : testUser({ memberships: [DPU_ADMIN] }),
    );
    fixture = TestBed.createComponent(AgencyListPage);
    fixture.detectChanges();
    http.expectOne('/api/agencies').flush([DPU, UPT_MALANG]);
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const buttonsNamed = (root: ParentNode, name: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).filter(
      (button) => button.textContent?.trim() === name,
    );

  it('lists agencies with their kind in Indonesian and their parent', async () => {
    await open(false);
    const text = page().textContent ?? '';
    expect(text).toContain('UPT/unit lapangan');
    expect(text).toContain('Dinas provinsi');
    expect(text).toContain('35.07, 35.73');
  });

  it('lets an agency admin edit only their own agency, and add none', async () => {
    await open(false);
    expect(buttonsNamed(page(), 'Tambah instansi').length).toBe(0);
    const edits = buttonsNamed(page(), 'Ubah');
    expect(edits.length).toBe(1);
    expect(edits[0].getAttribute('aria-label')).toBe('Ubah DPU BM Jatim');
  });

  it('lets an admin change names and coverage only', async () => {
    await open(false);
    buttonsNamed(page(), 'Ubah')[0].click();
    http.expectOne(`/api/agencies/${DPU.id}`).flush({ ...DPU, coordinatesIds: [] } as AgencyDetail);
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    const regencies = dialog.querySelector<HTMLInputElement>('input[formcontrolname=regencyCodes]');
    if (!regencies) throw new Error('regency field missing');
    regencies.value = '35.78; 35.15';
    regencies.dispatchEvent(new Event('input'));
    buttonsNamed(dialog, 'Simpan')[0].click();

    const update = http.expectOne((r) => r.method === 'PATCH');
    expect(update.request.url).toBe(`/api/agencies/${DPU.id}`);
    expect(update.request.body).toEqual({
      name: DPU.name,
      shortName: DPU.shortName,
      regencyCodes: ['35.78', '35.15'],
    });
    update.flush({ ...DPU, regencyCodes: ['35.78', '35.15'], coordinatesIds: [] });
  });

  it('lets a superadmin add agencies and edit every one', async () => {
    await open(true);
    expect(buttonsNamed(page(), 'Tambah instansi').length).toBe(1);
    expect(buttonsNamed(page(), 'Ubah').length).toBe(2);
  });
});

describe('parseRegencyCodes', () => {
  it('reads codes separated by commas, semicolons or spaces, once each', () => {
    expect(parseRegencyCodes(' 35.07, 35.73;35.07  35.15 ')).toEqual(['35.07', '35.73', '35.15']);
    expect(parseRegencyCodes('')).toEqual([]);
  });
});
