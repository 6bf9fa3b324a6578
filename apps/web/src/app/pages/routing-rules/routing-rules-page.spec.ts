import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { AgencySummary, RoutingRuleView } from '@simpul/contracts';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { RoutingRulesPage } from './routing-rules-page';

const TREES: RoutingRuleView = {
  id: 'rule-trees',
  category: 'pohon_tumbang',
  regencyCode: null,
  roadStatus: null,
  agencyId: 'agency-dlh',
  agencyShortName: 'DLH Jatim',
  mode: 'suggest',
  note: 'SAMPLE: pohon → DLH',
  isSample: true,
  validFrom: '2020-01-01',
  validTo: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  createdByName: null,
};
const LIGHTS: RoutingRuleView = {
  ...TREES,
  id: 'rule-lights',
  category: 'pju',
  regencyCode: '35.07',
  agencyId: 'agency-pu-malang',
  agencyShortName: 'DPU Kab. Malang',
  mode: 'direct',
  note: null,
  isSample: false,
};
const AGENCIES: AgencySummary[] = [
  {
    id: 'agency-dlh',
    code: 'dlh-jatim',
    name: 'Dinas Lingkungan Hidup Provinsi Jawa Timur',
    shortName: 'DLH Jatim',
    kind: 'provincial_department',
    parentId: null,
    regencyCodes: [],
    active: true,
  },
];

describe('RoutingRulesPage', () => {
  let fixture: ComponentFixture<RoutingRulesPage>;
  let http: HttpTestingController;
  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => host().textContent ?? '';
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const button = (label: string, root: ParentNode = host()) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;

  async function open(editRules: boolean): Promise<void> {
    TestBed.configureTestingModule({ imports: [RoutingRulesPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ isSuperadmin: editRules }));
    fixture = TestBed.createComponent(RoutingRulesPage);
    fixture.detectChanges();
    await settle();
    http.expectOne('/api/jurisdiction/permissions').flush({ importRegistry: false, editRules });
    http.expectOne((r) => r.url === '/api/jurisdiction/rules').flush([TREES, LIGHTS]);
    http.expectOne('/api/areas/regencies').flush([{ code: '35.07', name: 'Kabupaten Malang' }]);
    await settle();
    if (editRules) http.expectOne('/api/agencies').flush(AGENCIES);
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  it('lists the rules read-only for an officer', async () => {
    await open(false);
    const rows = Array.from(host().querySelectorAll('.rules li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('Pohon tumbang · Semua kabupaten/kota · Semua status jalan');
    expect(rows[0]).toContain('→ DLH Jatim Saran SAMPLE');
    expect(rows[1]).toContain('Kabupaten Malang');
    expect(rows[1]).toContain('DPU Kab. Malang Langsung');
    expect(text()).toContain('Hanya superadmin dan instansi koordinator');
    expect(button('Tambah aturan')).toBeNull();
    expect(button('Ubah')).toBeNull();
  });

  it('saves an edit as a new version and shows the refusal of an overlapping rule', async () => {
    await open(true);
    expect(button('Tambah aturan')).not.toBeNull();
    button('Ubah')?.click();
    await settle();
    expect(text()).toContain('Menyimpan membuat versi baru mulai hari ini');
    const note = host().querySelector<HTMLTextAreaElement>('textarea');
    if (!note) throw new Error('no note field');
    note.value = 'Perda 2026';
    note.dispatchEvent(new Event('input'));
    button('Simpan')?.click();
    await settle();
    const save = http.expectOne(
      (r) => r.method === 'PUT' && r.url === '/api/jurisdiction/rules/rule-trees',
    );
    expect(save.request.body).toEqual({
      category: 'pohon_tumbang',
      regencyCode: null,
      roadStatus: null,
      agencyId: 'agency-dlh',
      mode: 'suggest',
      note: 'Perda 2026',
    });
    save.flush(
      {
        statusCode: 409,
        code: 'ROUTING_RULE_OVERLAP',
        message: {
          id: 'Sudah ada aturan untuk kategori, kabupaten dan status jalan ini',
          en: 'A rule for this category, regency and road status already exists',
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text()).toContain('Sudah ada aturan untuk kategori, kabupaten dan status jalan ini');
    // The form stays open with what was typed.
    expect(host().querySelector<HTMLTextAreaElement>('textarea')?.value).toBe('Perda 2026');
  });

  it('ends a rule after a confirmation', async () => {
    await open(true);
    button('Akhiri aturan')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Akhiri aturan ke DLH Jatim?');
    button('Akhiri aturan', dialog)?.click();
    await settle();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/jurisdiction/rules/rule-trees')
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne((r) => r.url === '/api/jurisdiction/rules').flush([LIGHTS]);
    await settle();
    expect(host().querySelectorAll('.rules li').length).toBe(1);
  });
});
