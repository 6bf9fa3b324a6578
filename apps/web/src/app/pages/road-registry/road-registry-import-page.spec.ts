import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { RoadRegistryImportPage } from './road-registry-import-page';
import { registryVersion } from './road-registry-page.spec';

describe('RoadRegistryImportPage', () => {
  let fixture: ComponentFixture<RoadRegistryImportPage>;
  let http: HttpTestingController;
  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => host().textContent ?? '';
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;

  async function open(importRegistry: boolean): Promise<void> {
    TestBed.configureTestingModule({
      imports: [RoadRegistryImportPage],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ isSuperadmin: importRegistry }));
    fixture = TestBed.createComponent(RoadRegistryImportPage);
    fixture.detectChanges();
    await settle();
    http
      .expectOne('/api/jurisdiction/permissions')
      .flush({ importRegistry, editRules: importRegistry });
    for (const r of http.match('/api/jurisdiction/registry/versions')) r.flush([]);
    await settle();
  }

  async function chooseFile(name = 'jalan-provinsi-2026.geojson'): Promise<void> {
    const input = host().querySelector<HTMLInputElement>('#registry-file');
    if (!input) throw new Error('no file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"type":"FeatureCollection","features":[]}'], name));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle();
  }

  afterEach(() => http.verify());

  it('tells whoever may not import that the map stays readable', async () => {
    await open(false);
    expect(text()).toContain('Hanya superadmin yang dapat mengimpor registri jalan');
    expect(host().querySelector('#registry-file')).toBeNull();
  });

  it('lists every problem per feature and field when the file is refused', async () => {
    await open(true);
    expect(button('Periksa dan impor')?.disabled).toBeTrue();
    await chooseFile();
    expect(host().querySelector<HTMLInputElement>('input[formcontrolname=label]')?.value).toBe(
      'jalan-provinsi-2026',
    );
    button('Periksa dan impor')?.click();
    await settle();
    const upload = http.expectOne((r) => r.url === '/api/jurisdiction/registry/imports');
    expect(upload.request.params.get('label')).toBe('jalan-provinsi-2026');
    expect(upload.request.params.get('validFrom')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(upload.request.params.has('replaceNetwork')).toBeFalse();
    expect((upload.request.body as FormData).get('file')).toEqual(jasmine.any(File));
    const errors = [
      {
        index: 2,
        field: 'status',
        message: { id: 'status harus salah satu dari …', en: 'status must be one of …' },
      },
      {
        index: 4,
        field: 'agency_code',
        message: { id: 'instansi xyz tidak dikenal', en: 'agency xyz is unknown' },
      },
    ];
    upload.flush(
      {
        statusCode: 422,
        code: 'REGISTRY_INVALID',
        message: {
          id: '2 masalah pada 5 fitur; tidak ada yang disimpan.',
          en: '2 problems in 5 features; nothing was stored.',
        },
        fields: errors.map((e) => ({
          field: `features[${e.index}].${e.field}`,
          message: e.message,
        })),
        details: { errors },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(text()).toContain('2 masalah pada 5 fitur; tidak ada yang disimpan.');
    const items = Array.from(host().querySelectorAll('.problems li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual([
      'Fitur #3, kolom status: status harus salah satu dari …',
      'Fitur #5, kolom agency_code: instansi xyz tidak dikenal',
    ]);
  });

  it('follows the job with a progress bar, and cancels it', async () => {
    await open(true);
    await chooseFile('jaringan.csv');
    host().querySelector<HTMLElement>('mat-checkbox input')?.click();
    await settle();
    button('Periksa dan impor')?.click();
    await settle();
    const upload = http.expectOne((r) => r.url === '/api/jurisdiction/registry/imports');
    expect(upload.request.params.get('replaceNetwork')).toBe('true');
    upload.flush(
      registryVersion({
        id: 'version-2',
        source: 'csv',
        isSample: false,
        label: 'jaringan',
        status: 'running',
        totalFeatures: 200,
        doneFeatures: 50,
        percent: 25,
        segmentCount: 0,
      }),
    );
    for (const r of http.match('/api/jurisdiction/registry/versions')) r.flush([]);
    await settle();
    expect(text()).toContain('50 dari 200 fitur (25%)');
    expect(host().querySelector('.job mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');

    button('Batalkan impor')?.click();
    await settle();
    http
      .expectOne(
        (r) =>
          r.method === 'POST' && r.url === '/api/jurisdiction/registry/versions/version-2/cancel',
      )
      .flush(
        registryVersion({
          id: 'version-2',
          label: 'jaringan',
          status: 'cancelled',
          segmentCount: 0,
        }),
      );
    for (const r of http.match('/api/jurisdiction/registry/versions')) r.flush([]);
    await settle();
    expect(text()).toContain('Impor dibatalkan; tidak ada ruas yang disimpan.');
    expect(button('Batalkan impor')).toBeNull();
    // The poll that was waiting sees the end too and stops.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    http
      .expectOne('/api/jurisdiction/registry/versions/version-2')
      .flush(registryVersion({ id: 'version-2', label: 'jaringan', status: 'cancelled' }));
    for (const r of http.match('/api/jurisdiction/registry/versions')) r.flush([]);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(http.match('/api/jurisdiction/registry/versions/version-2')).toEqual([]);
    for (const r of http.match('/api/jurisdiction/registry/versions')) r.flush([]);
  });
});
