import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type {
  ApiErrorBody,
  CaseDetail,
  DuplicateCandidate,
  DuplicateCandidatesResponse,
  MergeRequestList,
  MergeRequestView,
} from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { DUPLICATE_DEBOUNCE_MS, DuplicateSuggestions, isSearchable } from './duplicate-suggestions';

const NEAR: DuplicateCandidate = {
  caseId: 'case-7',
  number: 'SMP-2026-000007',
  title: 'Lubang besar di Jl. Raya Kepanjen',
  status: 'in_progress',
  category: 'jalan_rusak',
  leadAgencyShortName: 'UPT PJJ Malang',
  regencyCode: '35.07',
  createdAt: '2026-11-20T02:30:00.000Z',
  score: 0.81,
  distanceMeters: 78,
  textSimilarity: 0.62,
  reasons: [
    { kind: 'distance', meters: 78 },
    { kind: 'text', field: 'title', similarity: 0.62 },
    { kind: 'same_regency', regencyCode: '35.07' },
  ],
  canMerge: true,
  canRequestMerge: false,
  pendingMergeRequestId: null,
};

const ANSWER: DuplicateCandidatesResponse = { radiusMeters: 300, candidates: [NEAR] };
const NO_REQUESTS: MergeRequestList = { items: [] };

/** Another agency asks to merge the case shown (case-42) into its own case. */
const INCOMING: MergeRequestView = {
  id: 'request-1',
  status: 'pending',
  surviving: { caseId: 'case-9', number: 'SMP-2026-000009', title: 'Jalan amblas di Kepanjen' },
  survivingParticipants: [
    { agencyId: 'agency-dpu', agencyShortName: 'DPU BM', role: 'lead' },
    { agencyId: 'agency-dishub', agencyShortName: 'Dishub', role: 'observer' },
  ],
  duplicate: { caseId: 'case-42', number: 'SMP-2026-000042', title: 'Jalan berlubang' },
  requestedByAgencyShortName: 'DPU BM',
  requestedByName: 'Rina',
  requestedAt: '2026-11-28T03:00:00.000Z',
  note: 'Titik dan foto sama',
  decidedAt: null,
  decidedByName: null,
  decisionNote: null,
  canDecide: true,
};

/** The parts of a case the suggestions read. */
function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-42',
    number: 'SMP-2026-000042',
    version: 3,
    mergedInto: null,
    mergedFrom: [],
    roadStatus: null,
    potholeClock: null,
    ...overrides,
  } as CaseDetail;
}

describe('DuplicateSuggestions', () => {
  let fixture: ComponentFixture<DuplicateSuggestions>;
  let http: HttpTestingController;
  let merged: CaseDetail[];

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({
      imports: [DuplicateSuggestions],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(DuplicateSuggestions);
    merged = [];
    fixture.componentInstance.merged.subscribe((detail) => merged.push(detail));
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => (host().textContent ?? '').replace(/\s+/g, ' ');
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement | null;
  const buttonNamed = (root: ParentNode, name: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === name,
    );
  const isCandidates = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases/duplicate-candidates';
  const isForCase = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/duplicates';
  const isMerge = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases/case-42/merge';
  const isRequests = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/merge-requests';
  const isRequestMerge = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases/case-42/merge-requests';

  /**
   * Lets timers and answered requests settle and runs change detection. `whenStable()` would wait
   * for a request still open, which only the test can answer.
   */
  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  describe('on the intake form', () => {
    it('asks only once the officer pauses, with what was typed last, and shows why each case is suggested', async () => {
      fixture.componentRef.setInput('probe', { category: 'jalan_rusak', title: 'Jal' });
      await settle(DUPLICATE_DEBOUNCE_MS + 50);
      http.expectNone(isCandidates);
      expect(text()).toContain('Pilih kategori dan ketik judul atau uraian');

      fixture.componentRef.setInput('probe', { category: 'jalan_rusak', title: 'Jalan berlu' });
      await settle(50);
      fixture.componentRef.setInput('probe', {
        category: 'jalan_rusak',
        title: 'Jalan berlubang besar',
        lat: -8.13,
        lng: 112.572,
      });
      await settle(DUPLICATE_DEBOUNCE_MS + 50);
      const request = http.expectOne(isCandidates);
      expect(request.request.body).toEqual({
        category: 'jalan_rusak',
        title: 'Jalan berlubang besar',
        lat: -8.13,
        lng: 112.572,
      });
      expect(request.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
      request.flush(ANSWER);
      await settle();

      expect(text()).toContain('Mungkin aduan ganda');
      expect(text()).toContain('dalam radius 300 m');
      expect(text()).toContain('Lubang besar di Jl. Raya Kepanjen');
      expect(text()).toContain('Kemiripan 81%');
      const reasons = Array.from(host().querySelectorAll('.reasons li')).map((li) =>
        li.textContent?.trim(),
      );
      expect(reasons).toEqual(['78 m dari lokasi ini', 'judul mirip 62%', 'kabupaten/kota sama']);
      const link = host().querySelector<HTMLAnchorElement>('.candidate a');
      expect(link?.getAttribute('href')).toBe('/kasus/case-7');
      // Opening a suggestion must not lose the complaint being typed.
      expect(link?.getAttribute('target')).toBe('_blank');
      // Nothing is merged before the case exists.
      expect(buttonNamed(host(), 'Gabungkan')).toBeUndefined();
    });

    it('says so when nothing alike is open', async () => {
      fixture.componentRef.setInput('probe', { category: 'pju', title: 'Lampu jalan mati' });
      await settle(DUPLICATE_DEBOUNCE_MS + 50);
      http.expectOne(isCandidates).flush({ radiusMeters: 300, candidates: [] });
      await settle();
      expect(text()).toContain('Tidak ada kasus terbuka serupa');
    });

    it('knows what is worth a search', () => {
      expect(isSearchable(null)).toBeFalse();
      expect(isSearchable({ category: 'jalan_rusak' })).toBeFalse();
      expect(isSearchable({ category: 'jalan_rusak', lat: -8.1, lng: 112.5 })).toBeTrue();
      expect(isSearchable({ category: 'jalan_rusak', description: 'jalan rusak' })).toBeTrue();
    });
  });

  describe('on the case page', () => {
    async function showCase(
      detail: CaseDetail,
      answer = ANSWER,
      requests = NO_REQUESTS,
    ): Promise<void> {
      fixture.componentRef.setInput('detail', detail);
      await settle();
      http.expectOne(isForCase).flush(answer);
      http.expectOne(isRequests).flush(requests);
      await settle();
    }

    it('merges a look-alike after explaining what happens, and hands the surviving case back', async () => {
      await showCase(caseDetail());
      buttonNamed(host(), 'Gabungkan')?.click();
      await settle();
      const confirm = dialog();
      expect(confirm?.textContent).toContain('Gabungkan SMP-2026-000007 ke SMP-2026-000042?');
      expect(confirm?.textContent).toContain('Semua laporan SMP-2026-000007');
      expect(confirm?.textContent).toContain('diarsipkan');
      buttonNamed(confirm as HTMLElement, 'Gabungkan')?.click();
      await settle();

      const merge = http.expectOne(isMerge);
      expect(merge.request.body).toEqual({ duplicateCaseId: 'case-7', version: 3 });
      const surviving = caseDetail({
        version: 4,
        mergedFrom: [
          {
            caseId: 'case-7',
            number: 'SMP-2026-000007',
            title: NEAR.title,
            mergedAt: '2026-11-28T03:00:00.000Z',
          },
        ],
      });
      merge.flush(surviving);
      await settle();
      expect(merged).toEqual([surviving]);
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        'SMP-2026-000007 digabung ke kasus ini.',
      );
    });

    it('does not merge when the officer cancels', async () => {
      await showCase(caseDetail());
      buttonNamed(host(), 'Gabungkan')?.click();
      await settle();
      buttonNamed(dialog() as HTMLElement, 'Batal')?.click();
      await settle();
      http.expectNone(isMerge);
      expect(merged).toEqual([]);
    });

    it('offers no merge to those the policy does not allow, and says who may', async () => {
      await showCase(caseDetail(), {
        radiusMeters: 300,
        candidates: [{ ...NEAR, canMerge: false }],
      });
      expect(buttonNamed(host(), 'Gabungkan')).toBeUndefined();
      expect(buttonNamed(host(), 'Minta penggabungan')).toBeUndefined();
      expect(text()).toContain('Hanya admin atau petugas instansi utama');
    });

    it('asks the agency that leads a look-alike to merge it, and then shows the request as waiting', async () => {
      await showCase(caseDetail(), {
        radiusMeters: 300,
        candidates: [{ ...NEAR, canMerge: false, canRequestMerge: true }],
      });
      expect(buttonNamed(host(), 'Gabungkan')).toBeUndefined();
      expect(text()).toContain('UPT PJJ Malang memimpin kasus ini');
      expect(text()).not.toContain('Hanya admin atau petugas instansi utama');
      buttonNamed(host(), 'Minta penggabungan')?.click();
      await settle();
      const confirm = dialog();
      expect(confirm?.textContent).toContain(
        'Minta UPT PJJ Malang menggabungkan SMP-2026-000007 ke SMP-2026-000042?',
      );
      expect(confirm?.textContent).toContain('Sebelum itu tidak ada yang berubah.');
      buttonNamed(confirm as HTMLElement, 'Minta penggabungan')?.click();
      await settle();

      const sent = http.expectOne(isRequestMerge);
      expect(sent.request.body).toEqual({ duplicateCaseId: 'case-7' });
      sent.flush({
        ...INCOMING,
        surviving: { caseId: 'case-42', number: 'SMP-2026-000042', title: 'Jalan berlubang' },
        duplicate: { caseId: 'case-7', number: 'SMP-2026-000007', title: NEAR.title },
        canDecide: false,
      });
      await settle();
      http.expectOne(isRequests).flush({
        items: [
          {
            ...INCOMING,
            surviving: { caseId: 'case-42', number: 'SMP-2026-000042', title: 'Jalan berlubang' },
            duplicate: { caseId: 'case-7', number: 'SMP-2026-000007', title: NEAR.title },
            canDecide: false,
          },
        ],
      });
      await settle();
      // Nothing merged: the case page keeps its case until the other agency decides.
      expect(merged).toEqual([]);
      expect(buttonNamed(host(), 'Minta penggabungan')).toBeUndefined();
      expect(text()).toContain(
        'Permintaan penggabungan terkirim; menunggu keputusan UPT PJJ Malang',
      );
      expect(text()).toContain('Menunggu keputusan instansi utama');
      expect(buttonNamed(host(), 'Terima dan gabungkan')).toBeUndefined();
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        'Permintaan menggabungkan SMP-2026-000007 dikirim ke UPT PJJ Malang.',
      );
    });

    it('shows a request already sent for a look-alike as waiting, without a second button', async () => {
      await showCase(caseDetail(), {
        radiusMeters: 300,
        candidates: [
          { ...NEAR, canMerge: false, canRequestMerge: true, pendingMergeRequestId: 'request-1' },
        ],
      });
      expect(buttonNamed(host(), 'Minta penggabungan')).toBeUndefined();
      expect(text()).toContain('menunggu keputusan UPT PJJ Malang');
    });

    it('shows the duplicate lead a pending request, which it accepts after confirming', async () => {
      await showCase(caseDetail(), { radiusMeters: 300, candidates: [] }, { items: [INCOMING] });
      expect(text()).toContain('DPU BM meminta kasus ini digabung ke SMP-2026-000009');
      expect(text()).toContain('Jalan amblas di Kepanjen');
      expect(text()).toContain('Titik dan foto sama');
      // Who would read this case's reporters after the merge.
      expect(text()).toContain('Instansi di SMP-2026-000009');
      expect(text()).toContain('DPU BM (Utama), Dishub (Pengamat)');
      buttonNamed(host(), 'Terima dan gabungkan')?.click();
      await settle();
      const confirm = dialog();
      expect(confirm?.textContent).toContain(
        'Gabungkan kasus ini (SMP-2026-000042) ke SMP-2026-000009?',
      );
      buttonNamed(confirm as HTMLElement, 'Terima dan gabungkan')?.click();
      await settle();
      const accept = http.expectOne(
        (r) =>
          r.method === 'POST' && r.url === '/api/cases/case-42/merge-requests/request-1/accept',
      );
      accept.flush({ ...INCOMING, status: 'accepted', canDecide: false });
      await settle();
      // The page loads the case again: it is now merged into the requesting agency's case.
      expect(merged.map((d) => d.id)).toEqual(['case-42']);
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        'SMP-2026-000042 digabung ke SMP-2026-000009.',
      );
    });

    it('lets the duplicate lead decline a request, and shows why a decision failed', async () => {
      await showCase(caseDetail(), { radiusMeters: 300, candidates: [] }, { items: [INCOMING] });
      buttonNamed(host(), 'Tolak')?.click();
      await settle();
      expect(dialog()?.textContent).toContain('Kedua kasus tetap terpisah');
      buttonNamed(dialog() as HTMLElement, 'Tolak')?.click();
      await settle();
      const decline = http.expectOne(
        (r) =>
          r.method === 'POST' && r.url === '/api/cases/case-42/merge-requests/request-1/decline',
      );
      expect(decline.request.body).toEqual({});
      const voided: ApiErrorBody = {
        statusCode: 409,
        code: 'MERGE_REQUEST_VOID',
        message: {
          id: 'Permintaan tidak berlaku lagi: DPU BM tidak lagi memimpin SMP-2026-000009.',
          en: 'The request no longer applies.',
        },
      };
      decline.flush(voided, { status: 409, statusText: 'Conflict' });
      await settle();
      http.expectOne(isRequests).flush({ items: [] });
      await settle();
      expect(text()).toContain('Permintaan tidak berlaku lagi');
      expect(merged).toEqual([]);
    });

    it('shows others a pending request on the case without letting them decide', async () => {
      await showCase(
        caseDetail(),
        { radiusMeters: 300, candidates: [] },
        { items: [{ ...INCOMING, canDecide: false }] },
      );
      expect(text()).toContain('DPU BM meminta kasus ini digabung ke SMP-2026-000009');
      expect(buttonNamed(host(), 'Terima dan gabungkan')).toBeUndefined();
      expect(buttonNamed(host(), 'Tolak')).toBeUndefined();
    });

    it('shows a stale-version refusal and the current case', async () => {
      await showCase(caseDetail());
      buttonNamed(host(), 'Gabungkan')?.click();
      await settle();
      buttonNamed(dialog() as HTMLElement, 'Gabungkan')?.click();
      await settle();
      const current = caseDetail({ version: 5 });
      const stale: ApiErrorBody = {
        statusCode: 409,
        code: 'STALE_VERSION',
        message: { id: 'Kasus telah diubah orang lain.', en: 'Someone else changed the case.' },
        details: { current },
      };
      http.expectOne(isMerge).flush(stale, { status: 409, statusText: 'Conflict' });
      await settle();
      expect(text()).toContain('Kasus telah diubah orang lain.');
      expect(merged).toEqual([current]);
    });

    it('shows where a merged case went, with a link, and suggests nothing', async () => {
      fixture.componentRef.setInput(
        'detail',
        caseDetail({
          mergedInto: {
            caseId: 'case-1',
            number: 'SMP-2026-000001',
            title: 'Jalan berlubang',
            mergedAt: '2026-11-28T03:00:00.000Z',
          },
        }),
      );
      await settle();
      http.expectNone(isForCase);
      expect(text()).toContain('Kasus ini sudah digabung ke SMP-2026-000001');
      expect(host().querySelector('.merged-banner a')?.getAttribute('href')).toBe('/kasus/case-1');
    });

    it('lists the cases merged into this one', async () => {
      await showCase(
        caseDetail({
          mergedFrom: [
            {
              caseId: 'case-7',
              number: 'SMP-2026-000007',
              title: 'Lubang besar',
              mergedAt: '2026-11-28T03:00:00.000Z',
            },
          ],
        }),
        { radiusMeters: 300, candidates: [] },
      );
      expect(text()).toContain('Kasus yang digabung ke sini');
      expect(host().querySelector('.merged-from a')?.getAttribute('href')).toBe('/kasus/case-7');
    });
  });
});
