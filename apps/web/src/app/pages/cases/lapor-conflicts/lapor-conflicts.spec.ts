import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { LaporConflict } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { LaporConflicts } from './lapor-conflicts';

const TITLE_CONFLICT: LaporConflict = {
  id: 'conflict-1',
  caseId: 'case-42',
  reportId: 'report-1',
  trackingId: '1916449',
  field: 'title',
  simpulValue: 'Jalan berlubang di Jl. Raya Kepanjen km 3',
  laporValue: 'Jalan rusak Kepanjen',
  hidden: false,
  detectedAt: '2026-11-27T03:00:00.000Z',
  resolvedAt: null,
  resolvedByName: null,
  resolution: null,
};

describe('LaporConflicts', () => {
  let fixture: ComponentFixture<LaporConflicts>;
  let http: HttpTestingController;
  let resolved: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [LaporConflicts], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(LaporConflicts);
    fixture.componentRef.setInput('caseId', 'case-42');
    resolved = 0;
    fixture.componentInstance.resolved.subscribe(() => resolved++);
    fixture.detectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('shows both values of each difference and resolves it with the officer’s choice', async () => {
    http
      .expectOne('/api/cases/case-42/lapor-conflicts')
      .flush([
        TITLE_CONFLICT,
        { ...TITLE_CONFLICT, id: 'conflict-2', field: 'reporterNik', hidden: true },
      ]);
    await settle();
    const items = Array.from(host().querySelectorAll('li.conflict'));
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('Judul');
    expect(items[0].textContent).toContain('Di Simpul');
    expect(items[0].textContent).toContain('Jalan berlubang di Jl. Raya Kepanjen km 3');
    expect(items[0].textContent).toContain('Jalan rusak Kepanjen');
    // Reporter data the reader may not see stays hidden.
    expect(items[1].textContent).toContain('Data pelapor ini tidak dapat Anda lihat.');

    const take = Array.from(items[0].querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Pakai nilai LAPOR'),
    );
    take?.click();
    await settle();
    const request = http.expectOne('/api/lapor/conflicts/conflict-1/resolve');
    expect(request.request.body).toEqual({ resolution: 'take_lapor' });
    request.flush({ ...TITLE_CONFLICT, resolution: 'take_lapor' });
    await settle();
    expect(host().querySelectorAll('li.conflict').length).toBe(1);
    expect(resolved).toBe(1);
  });

  it('shows nothing when LAPOR and Simpul agree', async () => {
    http.expectOne('/api/cases/case-42/lapor-conflicts').flush([]);
    await settle();
    expect(host().querySelector('section')).toBeNull();
  });
});
