import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LaporImportResult } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../testing/web-test-providers';
import { LaporImportPage } from './lapor-import-page';

const RESULT: LaporImportResult = {
  dryRun: true,
  format: 'csv',
  rows: 3,
  created: 1,
  updated: 1,
  unchanged: 0,
  conflicts: 1,
  errors: [
    {
      row: 4,
      field: 'trackingId',
      message: { id: 'trackingId harus 4–12 angka', en: 'trackingId must be 4–12 digits' },
    },
  ],
  ignoredColumns: ['kolomx'],
  results: [
    {
      row: 2,
      trackingId: '1916449',
      outcome: 'created',
      caseId: 'case-1',
      caseNumber: 'SMP-2026-000001',
    },
    {
      row: 3,
      trackingId: '1916450',
      outcome: 'conflict',
      caseId: 'case-2',
      caseNumber: 'SMP-2026-000002',
    },
  ],
};

describe('LaporImportPage', () => {
  let fixture: ComponentFixture<LaporImportPage>;
  let http: HttpTestingController;

  function open(memberships = [UPT_MALANG_OFFICER]): void {
    TestBed.configureTestingModule({
      imports: [LaporImportPage],
      providers: [...webTestProviders(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships }));
    fixture = TestBed.createComponent(LaporImportPage);
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const chooseFile = async () => {
    const input = host().querySelector<HTMLInputElement>('#lapor-file');
    if (!input) throw new Error('no file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['trackingId,title\n'], 'lapor.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await settle();
  };

  it('checks a file first without saving, then imports it and links the cases', async () => {
    open();
    expect(button('Periksa dulu (tanpa menyimpan)')?.disabled).toBeTrue();
    await chooseFile();
    button('Periksa dulu (tanpa menyimpan)')?.click();
    await settle();
    const check = http.expectOne((r) => r.url === '/api/lapor/import');
    expect(check.request.params.get('dryRun')).toBe('true');
    expect((check.request.body as FormData).get('file')).toEqual(jasmine.any(File));
    check.flush(RESULT);
    await settle();
    expect(host().textContent).toContain('Hasil pemeriksaan (belum disimpan)');
    expect(host().textContent).toContain(
      '3 baris: 1 kasus baru, 1 diperbarui, 0 tidak berubah, 1 perbedaan dicatat, 1 baris bermasalah.',
    );
    expect(host().textContent).toContain('Baris 4, kolom trackingId: trackingId harus 4–12 angka');
    expect(host().textContent).toContain('kolomx');

    button('Impor sekarang')?.click();
    await settle();
    const run = http.expectOne((r) => r.url === '/api/lapor/import');
    expect(run.request.params.get('dryRun')).toBe('false');
    run.flush({ ...RESULT, dryRun: false });
    await settle();
    expect(host().textContent).toContain('Impor selesai');
    const links = Array.from(host().querySelectorAll('ul.rows a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['SMP-2026-000001', 'SMP-2026-000002']);
  });

  it('tells a humas officer that importing is not theirs', () => {
    open([{ ...DPU_ADMIN, role: 'humas' }]);
    expect(host().textContent).toContain('Hanya admin, petugas, atau pimpinan instansi');
    expect(host().querySelector('#lapor-file')).toBeNull();
  });
});
