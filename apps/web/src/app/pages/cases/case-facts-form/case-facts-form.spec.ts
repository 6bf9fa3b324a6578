import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, CaseDetail, PresenceMember } from '@simpul/contracts';
import { RealtimeService } from '../../../core/realtime.service';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseFactsForm } from './case-facts-form';

function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-42',
    number: 'SMP-2026-000042',
    title: 'Jalan berlubang di Jl. Raya Kepanjen',
    channel: 'whatsapp',
    classification: 'pengaduan',
    category: 'jalan_rusak',
    status: 'in_progress',
    laporBucket: 'Terdisposisi Sedang Diproses',
    clocks: [],
    slaState: null,
    timeInHand: [],
    assignees: [],
    location: {
      lat: null,
      lng: null,
      addressText: null,
      provinceCode: null,
      regencyCode: null,
      districtCode: null,
      villageCode: null,
      confidence: 'unknown',
      source: null,
      updatedAt: null,
    },
    priority: 'high',
    leadAgencyId: 'agency-upt-malang',
    leadAgencyShortName: 'UPT PJJ Malang',
    regencyCode: '35.07',
    createdAt: '2026-11-20T02:30:00.000Z',
    description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.',
    locationText: 'Jl. Raya Kepanjen km 3',
    incidentDate: '2026-11-19',
    intakeAgencyId: 'agency-upt-malang',
    tags: [],
    participants: [
      { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
    ],
    reports: [],
    permissions: { update: true, inviteObserver: false, actions: [] },
    version: 3,
    updatedAt: '2026-11-21T04:00:00.000Z',
    mergedInto: null,
    mergedFrom: [],
    roadStatus: null,
    potholeClock: null,
    ...overrides,
  };
}

const BUDI: PresenceMember = {
  userId: 'user-2',
  name: 'Budi Santoso',
  agencyId: 'agency-dpu',
  agencyName: 'DPU BM Jatim',
  typing: false,
  editingField: null,
  idle: false,
};

describe('CaseFactsForm (no silent lost update)', () => {
  let fixture: ComponentFixture<CaseFactsForm>;
  let http: HttpTestingController;
  let locks: [string, string | null, boolean | undefined][];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CaseFactsForm], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    locks = [];
    spyOn(TestBed.inject(RealtimeService), 'lockField').and.callFake(
      (caseId: string, field: string | null, takeOver?: boolean) => {
        locks.push([caseId, field, takeOver]);
      },
    );
    fixture = TestBed.createComponent(CaseFactsForm);
    fixture.componentRef.setInput('detail', caseDetail());
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const field = <T extends HTMLElement>(selector: string): T => {
    const element = page().querySelector<T>(selector);
    if (!element) throw new Error(`${selector} missing`);
    return element;
  };
  const type = (selector: string, value: string) => {
    const input = field<HTMLInputElement | HTMLTextAreaElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const buttonNamed = (name: string) =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === name,
    );
  const arrive = async (detail: CaseDetail) => {
    fixture.componentRef.setInput('detail', detail);
    await fixture.whenStable();
  };
  const save = () => {
    buttonNamed('Simpan')?.click();
    return http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/cases/case-42');
  };

  it('sends only what the person changed, with the version the form was opened on', async () => {
    type('#edit-description', 'Lubang 1 m, tiga motor jatuh.');
    const request = save();
    expect(request.request.body).toEqual({
      baseVersion: 3,
      description: 'Lubang 1 m, tiga motor jatuh.',
    });
    request.flush(caseDetail({ version: 4, description: 'Lubang 1 m, tiga motor jatuh.' }));
    expect(locks.at(-1)).toEqual(['case-42', null, undefined]);
  });

  it('takes others’ live changes into untouched fields and never into the one the person edits', async () => {
    type('#edit-description', 'Kronologi versi petugas.');
    // The leader raised the priority while the petugas typed: the priority follows, the
    // description keeps what the petugas typed, and the form stays on version 3 for nothing.
    await arrive(caseDetail({ version: 4, priority: 'urgent' }));
    expect(field<HTMLTextAreaElement>('#edit-description').value).toBe('Kronologi versi petugas.');
    expect(field('#edit-priority').textContent).toContain('Mendesak');
    expect(page().querySelector('.conflict')).toBeNull();
    const request = save();
    // The priority is not sent back: the leader's raise stays.
    expect(request.request.body).toEqual({
      baseVersion: 4,
      description: 'Kronologi versi petugas.',
    });
    request.flush(caseDetail({ version: 5, priority: 'urgent' }));
  });

  it('shows both values when someone else changed the same field live, and saves the choice', async () => {
    type('#edit-title', 'Judul versi petugas di Kepanjen');
    await arrive(caseDetail({ version: 4, title: 'Judul versi pimpinan di Kepanjen' }));
    const conflict = field('.conflict[data-field=title]');
    expect(conflict.textContent).toContain('Judul baru saja diubah orang lain');
    expect(conflict.textContent).toContain('Judul versi petugas di Kepanjen');
    expect(conflict.textContent).toContain('Judul versi pimpinan di Kepanjen');
    expect(buttonNamed('Pilih nilai dulu')?.disabled).toBeTrue();
    buttonNamed('Pakai punya saya')?.click();
    await fixture.whenStable();
    expect(page().querySelector('.conflict')).toBeNull();
    const request = save();
    expect(request.request.body).toEqual({
      baseVersion: 4,
      title: 'Judul versi petugas di Kepanjen',
    });
    request.flush(caseDetail({ version: 5, title: 'Judul versi petugas di Kepanjen' }));
  });

  it('on a 409 names who changed the field, and resubmits on the new version once chosen', async () => {
    type('#edit-title', 'Judul versi petugas di Kepanjen');
    type('#edit-description', 'Kronologi versi petugas.');
    const refreshed: CaseDetail[] = [];
    fixture.componentInstance.refreshed.subscribe((detail) => refreshed.push(detail));
    const current = caseDetail({ version: 6, title: 'Judul versi pimpinan di Kepanjen' });
    save().flush(
      {
        statusCode: 409,
        code: 'FIELD_CONFLICT',
        message: { id: 'Orang lain mengubah judul.', en: 'Someone else changed the title.' },
        details: {
          version: 6,
          conflicts: [
            {
              field: 'title',
              current: 'Judul versi pimpinan di Kepanjen',
              changedAt: '2026-11-26T03:05:00.000Z',
              changedBy: {
                userId: 'user-2',
                name: 'Budi Santoso',
                agencyId: 'agency-dpu',
                agencyShortName: 'DPU BM Jatim',
              },
            },
          ],
          current,
        },
      } satisfies ApiErrorBody,
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(refreshed).toEqual([current]);
    const conflict = field('.conflict[data-field=title]');
    expect(conflict.textContent).toContain('Judul sudah diubah oleh Budi Santoso (DPU BM Jatim)');
    expect(conflict.textContent).toContain('Punya Budi Santoso');
    expect(conflict.textContent).toContain('26 Nov 2026');
    buttonNamed('Pakai nilai terbaru')?.click();
    await fixture.whenStable();
    expect(field<HTMLInputElement>('#edit-title').value).toBe('Judul versi pimpinan di Kepanjen');
    const request = save();
    expect(request.request.body).toEqual({
      baseVersion: 6,
      description: 'Kronologi versi petugas.',
    });
    request.flush(caseDetail({ version: 7, description: 'Kronologi versi petugas.' }));
  });

  it('makes a field someone else is editing read-only, names them, and offers to take it over', async () => {
    fixture.componentRef.setInput('members', [{ ...BUDI, editingField: 'priority' }]);
    await fixture.whenStable();
    const locked = field('.locked[data-field=priority]');
    expect(locked.textContent).toContain('Sedang diedit oleh Budi Santoso (DPU BM Jatim)');
    expect(field('#edit-priority').getAttribute('aria-disabled')).toBe('true');
    expect(field<HTMLInputElement>('#edit-title').disabled).toBeFalse();
    buttonNamed('Ambil alih')?.click();
    expect(locks.at(-1)).toEqual(['case-42', 'priority', true]);
    // Released: editable again.
    fixture.componentRef.setInput('members', [BUDI]);
    await fixture.whenStable();
    expect(page().querySelector('.locked')).toBeNull();
    expect(field('#edit-priority').getAttribute('aria-disabled')).toBe('false');
  });

  it('claims a field while the person edits it', async () => {
    field<HTMLInputElement>('#edit-title').dispatchEvent(new Event('focus'));
    expect(locks.at(-1)).toEqual(['case-42', 'title', undefined]);
  });
});
