import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatSelectHarness } from '@angular/material/select/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import { DeferBlockState, TestBed, type ComponentFixture } from '@angular/core/testing';
import type {
  CaseCollaborationView,
  AgencySummary,
  ApiErrorBody,
  CaseAttachmentList,
  CaseClockView,
  CaseDetail,
  CaseEvent,
  CaseLocation,
  CaseReportView,
  LocationRequestResponse,
  OwnerSuggestion,
} from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { caseEvent } from '../../../testing/case-events';
import { CaseDetailPage } from './case-detail-page';

function anonymousReport(canRevealIdentity: boolean): CaseReportView {
  return {
    id: 'report-1',
    trackingId: '1916449',
    confidential: false,
    intakeAgencyId: 'agency-intake',
    reporter: {
      name: null,
      contact: null,
      nik: null,
      anonymous: true,
      hidden: ['name', 'contact', 'nik'],
      canRevealIdentity,
    },
  };
}

const UNKNOWN_LOCATION: CaseLocation = {
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
};

const PINNED_BY_REPORTER: CaseLocation = {
  lat: -8.1631,
  lng: 112.5733,
  addressText: 'Jl. Raya Kepanjen km 3',
  provinceCode: '35',
  regencyCode: '35.07',
  districtCode: '35.07.16',
  villageCode: null,
  confidence: 'pinned',
  source: 'reporter',
  updatedAt: '2026-11-22T03:00:00.000Z',
};

function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'case-42',
    number: 'SMP-2026-000042',
    title: 'Jalan berlubang di Jl. Raya Kepanjen',
    channel: 'lapor',
    classification: 'pengaduan',
    category: 'jalan_rusak',
    status: 'in_progress',
    laporBucket: 'Terdisposisi Sedang Diproses',
    clocks: [],
    slaState: null,
    timeInHand: [],
    assignees: [],
    location: UNKNOWN_LOCATION,
    priority: 'high',
    leadAgencyId: 'agency-upt-malang',
    leadAgencyShortName: 'UPT PJJ Malang',
    regencyCode: '35.07',
    createdAt: '2026-11-20T02:30:00.000Z',
    description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.',
    locationText: 'Jl. Raya Kepanjen km 3',
    incidentDate: '2026-11-19',
    intakeAgencyId: 'agency-dpu',
    tags: ['URC'],
    participants: [
      { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
      { agencyId: 'agency-dishub', agencyShortName: 'Dishub Malang', role: 'observer' },
    ],
    reports: [anonymousReport(false)],
    permissions: { update: false, inviteObserver: false, actions: [] },
    version: 3,
    updatedAt: '2026-11-21T04:00:00.000Z',
    mergedInto: null,
    mergedFrom: [],
    roadStatus: null,
    potholeClock: null,
    ...overrides,
  };
}

const CREATED = caseEvent(
  1,
  {
    type: 'case.created',
    before: null,
    after: { status: 'new', title: 'Jalan berlubang', channel: 'lapor', category: 'jalan_rusak' },
  },
  { actorName: 'Sari Wulandari', actorAgencyId: 'agency-dpu' },
);

/** The participants & tasks panel's answer: the lead and an observer, no tasks. */
const COLLABORATION: CaseCollaborationView = {
  caseId: 'case-42',
  participants: caseDetail().participants.map((p) => ({
    ...p,
    status: 'active' as const,
    task: null,
    invitedByName: null,
    invitedAt: '2026-11-20T02:30:00.000Z',
    decidedByName: null,
    decidedAt: null,
    declineReason: null,
    endedByName: null,
    endedAt: null,
    endReason: null,
  })),
  openRequiredTasks: 0,
  splitLinks: [],
  permissions: { manage: false, decide: false, updateTask: false, leave: false, split: false },
};

/** The owner-suggestion panel's answer: nothing to go on. */
const NO_SUGGESTION: OwnerSuggestion = {
  basis: 'none',
  agencyId: null,
  agencyShortName: null,
  confidence: 'none',
  candidates: [],
  explanation: { id: 'Tidak ada petunjuk pemilik.', en: 'Nothing to suggest an owner from.' },
  roadStatus: null,
  asOf: '2026-11-19',
};

const STALE: ApiErrorBody = {
  statusCode: 409,
  code: 'STALE_VERSION',
  message: {
    id: 'Kasus telah diubah orang lain sejak Anda membukanya. Periksa perubahan terbaru lalu simpan lagi.',
    en: 'Someone else changed the case since you opened it. Review the latest version and save again.',
  },
};

/** The screen the next page is created on: wide (1366 px), narrow (390 px), or jsdom's none. */
let screenWidth: number | null = null;
const realMatchMedia = window.matchMedia;

/** matchMedia answering the workspace's `(min-width: N px)` for `screenWidth`. */
function installScreen(): void {
  if (screenWidth === null) {
    window.matchMedia = realMatchMedia;
    return;
  }
  const width = screenWidth;
  window.matchMedia = ((query: string) => ({
    matches: Number(/min-width:\s*(\d+)px/.exec(query)?.[1] ?? Infinity) <= width,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

describe('CaseDetailPage', () => {
  let fixture: ComponentFixture<CaseDetailPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    installScreen();
    TestBed.configureTestingModule({ imports: [CaseDetailPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(CaseDetailPage);
    fixture.componentRef.setInput('id', 'case-42');
    fixture.detectChanges();
  });

  afterEach(() => {
    answerPanels();
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

  const isEvents = (r: { method: string; url: string }) =>
    r.method === 'GET' && r.url === '/api/cases/case-42/events';
  const isTransition = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases/case-42/transitions';
  const actionButtons = () =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('.status-panel [role=group] button'));
  const actionLabels = () => actionButtons().map((button) => button.textContent?.trim());
  const timelineItems = () =>
    Array.from(page().querySelectorAll('sp-case-timeline li')).map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement | null;

  async function loadCase(
    detail: CaseDetail,
    events: CaseEvent[] = [CREATED],
    { allPanes = true } = {},
  ): Promise<void> {
    const request = http.expectOne('/api/cases/case-42');
    expect(request.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    request.flush(detail);
    await answerTimeline(events);
    if (allPanes) await renderDeferred();
  }

  /**
   * The facts and history panes (and the facts form) load their code when first shown; these
   * specs look into every pane, so they render them all, as a wide screen does.
   */
  async function renderDeferred(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      const blocks = await fixture.getDeferBlocks();
      for (const block of blocks) await block.render(DeferBlockState.Complete);
      answerPanels();
      await fixture.whenStable();
    }
  }

  /**
   * Lets an answered resource settle (it resolves a microtask later) and runs change detection.
   * `whenStable()` would wait for the request that follows, which only the test can answer.
   */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  /** The timeline loads once the case shows and again after every change. */
  async function answerTimeline(events: CaseEvent[]): Promise<void> {
    await settle();
    const request = http.expectOne(isEvents);
    expect(request.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    request.flush(events);
    answerPanels();
    await fixture.whenStable();
  }

  /**
   * The sections beside the case load their own data, each covered by its own spec: the
   * participants & tasks panel and the handoff panel (with every version of the case), the live
   * thread's comments, the attachments, the duplicate suggestions and merge requests, the LAPOR
   * differences. Every request still open keeps the page unstable (`whenStable()` waits for it),
   * so each gets an empty answer of its real shape.
   */
  function answerPanels(): void {
    const answer = (matches: (url: string) => boolean, body: object) => {
      for (const request of http.match((r) => r.method === 'GET' && matches(r.url)))
        if (!request.cancelled) request.flush(body);
    };
    answer((url) => url === '/api/cases/case-42/collaboration', COLLABORATION);
    answer((url) => url === '/api/cases/case-42/handoffs', { items: [] });
    answer((url) => url === '/api/cases/case-42/comments', []);
    answer((url) => url === '/api/cases/case-42/attachments', {
      items: [],
      maxBytes: 15 * 1024 * 1024,
      canUpload: false,
    } satisfies CaseAttachmentList);
    answer((url) => url.endsWith('/duplicates'), { radiusMeters: 300, candidates: [] });
    answer((url) => url.endsWith('/merge-requests'), { items: [] });
    answer((url) => url === '/api/cases/case-42/lapor-conflicts', []);
    // The owner-suggestion panel asks for its own; owner-suggestion-panel.spec covers it.
    answer((url) => url === '/api/cases/case-42/owner-suggestion', NO_SUGGESTION);
  }

  async function writeNote(note: string): Promise<void> {
    const textarea = dialog()?.querySelector('textarea');
    if (!textarea) throw new Error('note field missing');
    textarea.value = note;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  describe('workspace layout', () => {
    afterAll(() => {
      screenWidth = null;
      window.matchMedia = realMatchMedia;
    });

    describe('on a 1366 px screen', () => {
      beforeAll(() => (screenWidth = 1366));

      it('shows the case and its next action beside the discussion and the timeline, no tabs', async () => {
        await loadCase(
          caseDetail({ permissions: { update: true, inviteObserver: true, actions: ['resolve'] } }),
        );
        const workspace = page().querySelector('.workspace.two-columns');
        expect(workspace).not.toBeNull();
        expect(page().querySelector('[role=tablist]')).toBeNull();
        const work = workspace?.querySelector('.work-side');
        const talk = workspace?.querySelector('.talk-side');
        expect(work?.querySelector('.status-panel [role=group] button')).not.toBeNull();
        expect(work?.querySelector('#facts-heading')).not.toBeNull();
        expect(talk?.querySelector('sp-case-thread')).not.toBeNull();
        expect(talk?.querySelector('sp-case-timeline')).not.toBeNull();
        for (const pane of Array.from(page().querySelectorAll<HTMLElement>('.pane')))
          expect(pane.hidden).toBe(false);
        // The facts pane is deferred (prefetched after 3 s): its whenStable outlasts jasmine's 5 s default
        // on a slow headless shell.
      }, 15_000);
    });

    describe('on a 390 px phone', () => {
      beforeAll(() => (screenWidth = 390));

      it('puts the next action first and the discussion one tap away', async () => {
        await loadCase(
          caseDetail({ permissions: { update: true, inviteObserver: true, actions: ['resolve'] } }),
        );
        expect(page().querySelector('.two-columns')).toBeNull();
        const tabs = Array.from(page().querySelectorAll<HTMLButtonElement>('[role=tab]'));
        expect(tabs.map((tab) => tab.textContent?.trim())).toEqual([
          'Tindakan',
          'Diskusi',
          'Fakta',
          'Riwayat',
        ]);
        const pane = (id: string) => page().querySelector<HTMLElement>(`#pane-${id}`);
        expect(tabs[0].getAttribute('aria-selected')).toBe('true');
        expect(pane('actions')?.hidden).toBe(false);
        expect(pane('actions')?.querySelector('.status-panel [role=group] button')).not.toBeNull();
        expect(pane('talk')?.hidden).toBe(true);
        expect(pane('facts')?.hidden).toBe(true);

        tabs[1].click();
        await fixture.whenStable();
        expect(pane('talk')?.hidden).toBe(false);
        expect(pane('talk')?.querySelector('sp-case-thread')).not.toBeNull();
        expect(pane('actions')?.hidden).toBe(true);
        expect(tabs[1].getAttribute('aria-selected')).toBe('true');

        // The keyboard moves along the tabs too.
        tabs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await fixture.whenStable();
        expect(pane('facts')?.hidden).toBe(false);
        expect(document.activeElement?.id).toBe('pane-tab-facts');
      });

      it("loads the facts pane's sections when its tab is first chosen, not before", async () => {
        await loadCase(
          caseDetail({ permissions: { update: true, inviteObserver: true, actions: ['resolve'] } }),
          [CREATED],
          { allPanes: false },
        );
        const pane = (id: string) => page().querySelector<HTMLElement>(`#pane-${id}`);
        // The discussion is in the page (one tap away); the facts' sections are not, nor asked for.
        expect(pane('talk')?.querySelector('sp-case-thread')).not.toBeNull();
        expect(pane('facts')?.querySelector('#facts-heading')).toBeNull();
        expect(pane('facts')?.querySelector('sp-duplicate-suggestions')).toBeNull();
        http.expectNone((r) => r.url.endsWith('/duplicates'));
        http.expectNone((r) => r.url.endsWith('/owner-suggestion'));

        page().querySelector<HTMLButtonElement>('#pane-tab-facts')?.click();
        for (let i = 0; i < 50 && !pane('facts')?.querySelector('#facts-heading'); i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          answerPanels();
          TestBed.tick();
        }
        expect(pane('facts')?.hidden).toBe(false);
        expect(pane('facts')?.querySelector('#facts-heading')).not.toBeNull();
        expect(pane('facts')?.querySelector('sp-duplicate-suggestions')).not.toBeNull();
        answerPanels();
      });
    });
  });

  it('reads the discussion beside the case, and the thread uses that answer', async () => {
    // Both are asked for at once; the case is not answered yet.
    const early = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/cases/case-42/comments',
    );
    early.flush([
      {
        id: 'comment-1',
        caseId: 'case-42',
        visibility: 'internal',
        body: 'Sudah dicek tim lapangan',
        authorKind: 'officer',
        authorUserId: 'user-2',
        authorName: 'Budi Santoso',
        authorAgencyId: 'agency-dishub',
        authorAgencyName: 'Dishub Malang',
        mentions: [],
        attachmentIds: [],
        createdAt: '2026-11-28T01:00:00.000Z',
        editedAt: null,
        deletedAt: null,
        version: 1,
        seq: 3,
      },
    ]);
    // A second read of the thread would be answered empty by answerPanels() and hide it.
    await loadCase(caseDetail());
    expect(page().querySelector('sp-case-thread ol.comments')?.textContent).toContain(
      'Sudah dicek tim lapangan',
    );
  });

  it("offers 'Pesan ke pelapor' only to those who may message the reporter", async () => {
    const reporter = { ...anonymousReport(false) };
    reporter.reporter = {
      ...reporter.reporter,
      name: 'Budi',
      contact: '081234567890',
      anonymous: false,
      hidden: [],
    };
    await loadCase(
      caseDetail({
        reports: [reporter],
        permissions: { update: false, inviteObserver: false, comment: true, actions: [] },
      }),
    );
    expect(buttonNamed(page(), 'Pesan ke pelapor')).toBeUndefined();
  });

  it("shows 'Pesan ke pelapor' to the lead agency's staff", async () => {
    await loadCase(
      caseDetail({
        permissions: {
          update: true,
          inviteObserver: true,
          messageReporter: true,
          actions: [],
        },
      }),
    );
    expect(buttonNamed(page(), 'Pesan ke pelapor')).toBeDefined();
  });

  it('shows the facts and the participants with their roles', async () => {
    await loadCase(caseDetail());
    expect(text()).toContain('SMP-2026-000042');
    expect(text()).toContain('Jalan berlubang di Jl. Raya Kepanjen');
    expect(text()).toContain('Lubang besar dekat pasar Kepanjen');
    expect(text()).toContain('Utama');
    expect(text()).toContain('Pengamat');
    expect(text()).toContain('SP4N-LAPOR!');
    expect(text()).toContain('Sedang diproses');
    expect(text()).toContain('Jalan rusak');
    expect(text()).toContain('Di LAPOR!: Terdisposisi Sedang Diproses');
  });

  it('says why the pothole clock does not run, and shows the owner-suggestion panel', async () => {
    await loadCase(
      caseDetail({
        potholeClock: {
          applies: false,
          reason: {
            id: 'Titik kasus tidak berada pada ruas jalan yang dikenal registri.',
            en: "The case's point is on no segment the registry knows.",
          },
        },
      }),
    );
    expect(page().querySelector('.pothole-clock')?.textContent).toContain(
      'Titik kasus tidak berada pada ruas jalan yang dikenal registri.',
    );
    expect(page().querySelector('sp-owner-suggestion-panel')).not.toBeNull();
    expect(text()).toContain('Saran instansi pemilik');
  });

  it("links the Open311 client's photo, opening in a new tab, and shows no link without one", async () => {
    await loadCase(caseDetail({ open311MediaUrl: 'https://foto.contoh.id/lubang.jpg' }));
    const link = page().querySelector<HTMLAnchorElement>('.open311-media a');
    expect(link?.getAttribute('href')).toBe('https://foto.contoh.id/lubang.jpg');
    expect(link?.textContent?.trim()).toBe('Foto dari pelapor (tautan Open311)');
    expect(link?.target).toBe('_blank');
    expect(link?.rel.split(' ')).toEqual(
      jasmine.arrayContaining(['noopener', 'noreferrer', 'nofollow']),
    );
    expect(text()).toContain('Simpul tidak mengunduh foto ini');
  });

  it('shows no photo link for a case that came without one', async () => {
    await loadCase(caseDetail({ open311MediaUrl: null }));
    expect(page().querySelector('.open311-media')).toBeNull();
  });

  it('says why the reporter is hidden, without a reveal button when not allowed', async () => {
    await loadCase(caseDetail());
    expect(text()).toContain('Disembunyikan (anonim)');
    expect(text()).toContain('Hanya untuk instansi penerima aduan');
    expect(text()).toContain('Pelapor memilih anonim');
    expect(text()).toContain('NIK hanya dapat dilihat oleh instansi yang menerima aduan');
    expect(buttonNamed(page(), 'Tampilkan identitas')).toBeUndefined();
  });

  it('reveals an anonymous reporter after a confirmation naming the audit log', async () => {
    await loadCase(caseDetail({ reports: [anonymousReport(true)] }));
    buttonNamed(page(), 'Tampilkan identitas')?.click();
    await fixture.whenStable();

    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('dicatat di log audit');
    http.expectNone('/api/cases/case-42/reports/report-1/reveal-identity');
    buttonNamed(dialog, 'Tampilkan identitas')?.click();
    await fixture.whenStable();

    const reveal = http.expectOne('/api/cases/case-42/reports/report-1/reveal-identity');
    expect(reveal.request.method).toBe('POST');
    reveal.flush({
      reportId: 'report-1',
      name: 'Budi Santoso',
      contact: '0812-3456-7890',
      nik: '3507012345670001',
    });
    await fixture.whenStable();

    expect(text()).toContain('Budi Santoso');
    expect(text()).toContain('0812-3456-7890');
    expect(text()).toContain('3507012345670001');
    expect(text()).not.toContain('Disembunyikan (anonim)');
    expect(text()).toContain('tercatat di log audit');
  });

  it('does not reveal when the confirmation is cancelled', async () => {
    await loadCase(caseDetail({ reports: [anonymousReport(true)] }));
    buttonNamed(page(), 'Tampilkan identitas')?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    buttonNamed(dialog, 'Batal')?.click();
    await fixture.whenStable();
    http.expectNone('/api/cases/case-42/reports/report-1/reveal-identity');
    expect(text()).toContain('Disembunyikan (anonim)');
  });

  it('treats a case that is not visible exactly like a missing one', async () => {
    const notFound: ApiErrorBody = {
      statusCode: 404,
      code: 'NOT_FOUND',
      message: { id: 'Kasus tidak ditemukan', en: 'Case not found' },
    };
    http.expectOne('/api/cases/case-42').flush(notFound, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(text()).toContain('Kasus tidak ditemukan atau Anda tidak berwenang melihatnya.');
  });

  it('offers editing only with the update permission', async () => {
    await loadCase(caseDetail());
    expect(buttonNamed(page(), 'Ubah fakta kasus')).toBeUndefined();
  });

  it('saves only the changed field with the version the form was opened on; on a conflict shows both values', async () => {
    await loadCase(
      caseDetail({ permissions: { update: true, inviteObserver: false, actions: [] } }),
    );
    buttonNamed(page(), 'Ubah fakta kasus')?.click();
    await fixture.whenStable();
    await renderDeferred();
    const title = page().querySelector<HTMLInputElement>('input[formcontrolname=title]');
    if (!title) throw new Error('title field missing');
    title.value = 'Jalan berlubang parah di Kepanjen';
    title.dispatchEvent(new Event('input'));
    buttonNamed(page(), 'Simpan')?.click();

    const save = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/cases/case-42');
    expect(save.request.body).toEqual({
      baseVersion: 3,
      title: 'Jalan berlubang parah di Kepanjen',
    });
    const current = caseDetail({
      version: 4,
      title: 'Jalan berlubang dalam di Kepanjen',
      permissions: { update: true, inviteObserver: false, actions: [] },
    });
    save.flush(
      {
        statusCode: 409,
        code: 'FIELD_CONFLICT',
        message: {
          id: 'Orang lain mengubah judul setelah Anda membuka formulir.',
          en: 'Someone else changed the title after you opened the form.',
        },
        fields: [{ field: 'title', message: { id: 'judul diubah', en: 'title changed' } }],
        details: {
          version: 4,
          conflicts: [
            {
              field: 'title',
              current: 'Jalan berlubang dalam di Kepanjen',
              changedAt: '2026-11-26T03:05:00.000Z',
              changedBy: {
                userId: 'user-9',
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
    await answerTimeline([CREATED]);

    const conflict = page().querySelector('sp-case-facts-form .conflict[data-field=title]');
    expect(conflict?.textContent).toContain('Judul sudah diubah oleh Budi Santoso (DPU BM Jatim)');
    expect(conflict?.textContent).toContain('Jalan berlubang parah di Kepanjen');
    expect(conflict?.textContent).toContain('Jalan berlubang dalam di Kepanjen');
    expect(title.value).toBe('Jalan berlubang parah di Kepanjen');
    expect(page().querySelector('h1')?.textContent).toContain('Jalan berlubang dalam di Kepanjen');
  });

  it('sends a corrected category and priority with the edit, and nothing for facts left alone', async () => {
    await loadCase(
      caseDetail({ permissions: { update: true, inviteObserver: false, actions: [] } }),
    );
    buttonNamed(page(), 'Ubah fakta kasus')?.click();
    await fixture.whenStable();
    await renderDeferred();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const category = await loader.getHarness(MatSelectHarness.with({ selector: '#edit-category' }));
    await category.open();
    await category.clickOptions({ text: 'Drainase' });
    const priority = await loader.getHarness(MatSelectHarness.with({ selector: '#edit-priority' }));
    await priority.open();
    await priority.clickOptions({ text: 'Biasa' });
    buttonNamed(page(), 'Simpan')?.click();
    const save = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/cases/case-42');
    expect(save.request.body).toEqual({
      baseVersion: 3,
      category: 'drainase',
      priority: 'normal',
    });
    save.flush(caseDetail({ version: 4, category: 'drainase', priority: 'normal' }));
    await answerTimeline([
      CREATED,
      caseEvent(2, {
        type: 'case.updated',
        before: { category: 'jalan_rusak', priority: 'high' },
        after: { category: 'drainase', priority: 'normal' },
      }),
    ]);
    expect(text()).toContain('mengubah kategori: Jalan rusak → Drainase');
    expect(text()).toContain('mengubah prioritas: Tinggi → Biasa');
  });

  it('reloads the timeline after an edit is saved', async () => {
    await loadCase(
      caseDetail({ permissions: { update: true, inviteObserver: false, actions: [] } }),
    );
    buttonNamed(page(), 'Ubah fakta kasus')?.click();
    await fixture.whenStable();
    await renderDeferred();
    const description = page().querySelector<HTMLTextAreaElement>('#edit-description');
    if (!description) throw new Error('description field missing');
    description.value = 'Lubang besar, kini tiga motor jatuh.';
    description.dispatchEvent(new Event('input'));
    buttonNamed(page(), 'Simpan')?.click();
    http
      .expectOne((r) => r.method === 'PATCH' && r.url === '/api/cases/case-42')
      .flush(caseDetail({ version: 4, description: 'Lubang besar, kini tiga motor jatuh.' }));
    await answerTimeline([
      CREATED,
      caseEvent(2, {
        type: 'case.updated',
        before: { description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.' },
        after: { description: 'Lubang besar, kini tiga motor jatuh.' },
      }),
    ]);
    expect(timelineItems()[0]).toContain('Rina Kusuma');
    expect(timelineItems()[0]).toContain('mengubah uraian');
  });

  describe('status actions', () => {
    const routed = (actions: CaseDetail['permissions']['actions']) =>
      caseDetail({
        status: 'routed',
        laporBucket: 'Terdisposisi Belum Ditindaklanjuti',
        permissions: { update: true, inviteObserver: false, actions },
      });

    it('shows one button for each action the viewer may take, and no other', async () => {
      await loadCase(routed(['verify', 'route', 'archive']));
      expect(actionLabels()).toEqual(['Verifikasi', 'Verifikasi & disposisi', 'Arsipkan']);
      expect(text()).toContain('Terdisposisi');
      expect(text()).toContain('Di LAPOR!: Terdisposisi Belum Ditindaklanjuti');
    });

    it('labels every action and says when there is none', async () => {
      await loadCase(
        routed([
          'start',
          'follow_up',
          'resolve',
          'request_information',
          'information_received',
          'reopen',
        ]),
      );
      expect(actionLabels()).toEqual([
        'Mulai tangani',
        'Kirim tindak lanjut',
        'Selesaikan',
        'Minta info ke pelapor',
        'Info diterima',
        'Buka kembali',
      ]);
    });

    it('says so when the viewer may take no action', async () => {
      await loadCase(routed([]));
      expect(actionButtons()).toEqual([]);
      expect(text()).toContain('Tidak ada tindakan status yang dapat Anda lakukan saat ini.');
    });

    it('sends an action without a note at once, with the version, and shows the new state', async () => {
      await loadCase(routed(['start', 'follow_up']));
      buttonNamed(page(), 'Mulai tangani')?.click();
      await fixture.whenStable();

      expect(dialog()).toBeNull();
      const start = http.expectOne(isTransition);
      expect(start.request.body).toEqual({ action: 'start', version: 3 });
      expect(actionButtons().every((button) => button.disabled)).toBeTrue();
      expect(page().querySelector('.status-panel mat-progress-bar')).not.toBeNull();

      start.flush(
        caseDetail({
          status: 'in_progress',
          laporBucket: 'Terdisposisi Sedang Diproses',
          version: 4,
          permissions: { update: true, inviteObserver: false, actions: ['follow_up', 'resolve'] },
        }),
      );
      await answerTimeline([
        CREATED,
        caseEvent(2, {
          type: 'case.status_changed',
          before: { status: 'routed' },
          after: { status: 'in_progress', action: 'start' },
        }),
      ]);

      expect(actionLabels()).toEqual(['Kirim tindak lanjut', 'Selesaikan']);
      expect(actionButtons().some((button) => button.disabled)).toBeFalse();
      expect(text()).toContain('Di LAPOR!: Terdisposisi Sedang Diproses');
      expect(timelineItems()[0]).toContain('mengubah status: Terdisposisi → Sedang diproses');
    });

    it('asks for the follow-up text and sends it with the version', async () => {
      await loadCase(routed(['follow_up']));
      buttonNamed(page(), 'Kirim tindak lanjut')?.click();
      await fixture.whenStable();

      expect(dialog()?.textContent).toContain(
        'Teks tindak lanjut untuk pelapor (akan disalin ke LAPOR)',
      );
      buttonNamed(dialog() as HTMLElement, 'Kirim tindak lanjut')?.click();
      await fixture.whenStable();
      http.expectNone(isTransition);
      expect(dialog()?.textContent).toContain('Wajib diisi');

      await writeNote('  Lubang sudah ditambal tim URC pada 21 November.  ');
      buttonNamed(dialog() as HTMLElement, 'Kirim tindak lanjut')?.click();
      await fixture.whenStable();

      const followUp = http.expectOne(isTransition);
      expect(followUp.request.body).toEqual({
        action: 'follow_up',
        version: 3,
        note: 'Lubang sudah ditambal tim URC pada 21 November.',
      });
      followUp.flush(caseDetail({ status: 'followed_up', version: 4 }));
      await answerTimeline([CREATED]);
      expect(dialog()).toBeNull();
    });

    it('sends nothing when the note dialog is cancelled', async () => {
      await loadCase(routed(['archive']));
      buttonNamed(page(), 'Arsipkan')?.click();
      await fixture.whenStable();
      expect(dialog()?.textContent).toContain('Alasan pengarsipan');
      await writeNote('Aduan ganda');
      buttonNamed(dialog() as HTMLElement, 'Batal')?.click();
      await fixture.whenStable();
      http.expectNone(isTransition);
    });

    it('shows the current case when someone else changed it first', async () => {
      await loadCase(routed(['start', 'follow_up']));
      buttonNamed(page(), 'Mulai tangani')?.click();
      await fixture.whenStable();

      const current = caseDetail({
        title: 'Jalan berlubang parah di Kepanjen',
        status: 'in_progress',
        laporBucket: 'Terdisposisi Sedang Diproses',
        version: 5,
        permissions: { update: true, inviteObserver: false, actions: ['follow_up'] },
      });
      http
        .expectOne(isTransition)
        .flush({ ...STALE, details: { current } }, { status: 409, statusText: 'Conflict' });
      await answerTimeline([CREATED]);

      expect(page().querySelector('.status-panel [role=alert]')?.textContent).toContain(
        'Kasus telah diubah orang lain',
      );
      expect(page().querySelector('h1')?.textContent).toContain(
        'Jalan berlubang parah di Kepanjen',
      );
      expect(text()).toContain('Di LAPOR!: Terdisposisi Sedang Diproses');
      expect(actionLabels()).toEqual(['Kirim tindak lanjut']);

      // The next action is sent against the version now shown.
      buttonNamed(page(), 'Kirim tindak lanjut')?.click();
      await fixture.whenStable();
      await writeNote('Sudah ditambal.');
      buttonNamed(dialog() as HTMLElement, 'Kirim tindak lanjut')?.click();
      await fixture.whenStable();
      const retry = http.expectOne(isTransition);
      expect(retry.request.body).toEqual({
        action: 'follow_up',
        version: 5,
        note: 'Sudah ditambal.',
      });
      retry.flush(current);
      await answerTimeline([CREATED]);
    });

    for (const [status, refusal] of [
      [
        409,
        {
          statusCode: 409,
          code: 'INVALID_TRANSITION',
          message: {
            id: 'Tindakan follow_up tidak dapat dilakukan saat status kasus Tertunda (needs_information).',
            en: 'Action follow_up is not possible while the case is needs_information.',
          },
        } satisfies ApiErrorBody,
      ],
      [
        403,
        {
          statusCode: 403,
          code: 'FORBIDDEN',
          message: {
            id: 'Peran Anda di kasus ini tidak dapat melakukan tindakan ini.',
            en: 'Your role on this case cannot take this action.',
          },
        } satisfies ApiErrorBody,
      ],
    ] as const) {
      it(`shows the API's words for a refused action (${status}) and keeps the note`, async () => {
        await loadCase(routed(['follow_up']));
        buttonNamed(page(), 'Kirim tindak lanjut')?.click();
        await fixture.whenStable();
        await writeNote('Sudah ditambal.');
        buttonNamed(dialog() as HTMLElement, 'Kirim tindak lanjut')?.click();
        await fixture.whenStable();
        http.expectOne(isTransition).flush(refusal, { status, statusText: 'Refused' });
        await fixture.whenStable();

        expect(page().querySelector('.status-panel [role=alert]')?.textContent).toContain(
          refusal.message.id,
        );
        expect(actionButtons().every((button) => !button.disabled)).toBeTrue();

        buttonNamed(page(), 'Kirim tindak lanjut')?.click();
        await fixture.whenStable();
        expect(dialog()?.querySelector('textarea')?.value).toBe('Sudah ditambal.');
      });
    }
  });

  describe('location', () => {
    const editable = (overrides: Partial<CaseDetail> = {}) =>
      caseDetail({
        status: 'new',
        laporBucket: 'Belum Terverifikasi',
        permissions: { update: true, inviteObserver: false, actions: ['route'] },
        ...overrides,
      });
    const locationSection = () =>
      page().querySelector('[aria-labelledby=location-heading]') as HTMLElement;
    const isLocationRequest = (r: { method: string; url: string }) =>
      r.method === 'POST' && r.url === '/api/cases/case-42/location-requests';
    const ISSUED: LocationRequestResponse = {
      url: 'https://simpul.example.go.id/lokasi/tok-123',
      expiresAt: '2026-12-22T03:00:00.000Z',
      messageText:
        'Terima kasih atas laporan Anda (SMP-2026-000042). Mohon tunjukkan lokasinya:\nhttps://simpul.example.go.id/lokasi/tok-123',
      whatsappUrl: 'https://wa.me/6281234567890?text=Terima%20kasih',
    };

    async function requestLocation(message: string): Promise<void> {
      buttonNamed(locationSection(), 'Minta lokasi ke pelapor')?.click();
      await fixture.whenStable();
      expect(dialog()?.textContent).toContain(
        'Kasus menjadi Tertunda sampai pelapor mengirim lokasi.',
      );
      await writeNote(message);
      buttonNamed(dialog() as HTMLElement, 'Buat tautan')?.click();
      await fixture.whenStable();
    }

    it('says an unknown location is unknown and calls for asking the reporter', async () => {
      await loadCase(editable());
      const section = locationSection();
      expect(section.textContent).toContain('Belum diketahui');
      expect(section.textContent).toContain('Lokasi belum diketahui, sehingga tim belum dapat');
      expect(section.querySelector('sp-location-map')).toBeNull();
      expect(buttonNamed(section, 'Minta lokasi ke pelapor')).toBeDefined();
    });

    it('labels a location guessed from the text and still calls for a point', async () => {
      await loadCase(
        editable({
          location: {
            ...UNKNOWN_LOCATION,
            confidence: 'text',
            source: 'text',
            regencyCode: '35.07',
            districtCode: '35.07.16',
          },
        }),
      );
      const section = locationSection();
      expect(section.textContent).toContain('Dari isi laporan');
      expect(section.textContent).toContain('Kecamatan 35.07.16');
      expect(section.textContent).toContain('Lokasi baru diperkirakan dari isi laporan');
    });

    it('shows a pinned point from the reporter with its coordinates on a read-only map', async () => {
      await loadCase(editable({ location: PINNED_BY_REPORTER }));
      await settle();
      http.expectOne('/api/public/settings').flush({ mapTileUrl: '', mapAttribution: '' });
      await fixture.whenStable();
      const section = locationSection();
      expect(section.querySelector('.confidence')?.textContent?.trim()).toBe('Ditandai di peta');
      expect(section.textContent).toContain('dari pelapor');
      expect(section.textContent).toContain('-8.1631, 112.5733');
      expect(section.textContent).toContain('Jl. Raya Kepanjen km 3');
      expect(section.textContent).toContain('Kab/kota 35.07');
      expect(section.querySelector('sp-location-map')).not.toBeNull();
      expect(section.querySelector('sp-location-map input')).toBeNull();
      expect(section.textContent).not.toContain('Lokasi belum diketahui');
    });

    it('offers no request without the update permission', async () => {
      await loadCase(caseDetail());
      expect(buttonNamed(locationSection(), 'Minta lokasi ke pelapor')).toBeUndefined();
      expect(locationSection().textContent).toContain('Lokasi belum diketahui');
    });

    it('offers no request on a resolved case', async () => {
      await loadCase(editable({ status: 'resolved', laporBucket: 'Terdisposisi Selesai' }));
      expect(buttonNamed(locationSection(), 'Minta lokasi ke pelapor')).toBeUndefined();
    });

    it('asks, sends the message, shows the link and the WhatsApp text, then reloads the case on hold', async () => {
      await loadCase(editable());
      await requestLocation('  Mohon tandai lokasi jalan rusak pada peta berikut  ');

      const sent = http.expectOne(isLocationRequest);
      expect(sent.request.body).toEqual({
        note: 'Mohon tandai lokasi jalan rusak pada peta berikut',
      });
      expect(sent.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
      sent.flush(ISSUED, { status: 201, statusText: 'Created' });
      await settle();

      http
        .expectOne((r) => r.method === 'GET' && r.url === '/api/cases/case-42')
        .flush(
          editable({
            status: 'needs_information',
            laporBucket: 'Tertunda',
            version: 4,
          }),
        );
      await answerTimeline([
        CREATED,
        caseEvent(2, {
          type: 'case.status_changed',
          before: { status: 'new' },
          after: { status: 'needs_information', action: 'request_information' },
        }),
        caseEvent(3, {
          type: 'case.location_requested',
          before: null,
          after: { expiresAt: ISSUED.expiresAt },
        }),
      ]);

      const section = locationSection();
      expect(section.querySelector<HTMLInputElement>('sp-handover-link input')?.value).toBe(
        ISSUED.url,
      );
      expect(section.textContent).toContain('Tautan lokasi untuk pelapor');
      expect(section.querySelector('.message')?.textContent).toContain(
        'Terima kasih atas laporan Anda (SMP-2026-000042)',
      );
      const whatsapp = Array.from(section.querySelectorAll<HTMLAnchorElement>('a')).find(
        (a) => a.textContent?.trim() === 'Kirim via WhatsApp',
      );
      expect(whatsapp?.href).toBe(ISSUED.whatsappUrl as string);
      expect(whatsapp?.target).toBe('_blank');
      expect(whatsapp?.rel).toContain('noopener');
      expect(page().querySelector('.status-panel .status-chip')?.textContent).toContain(
        'Tertunda: menunggu informasi',
      );
      expect(timelineItems()[0]).toContain('meminta lokasi ke pelapor');
    });

    it('sends no message of its own when left empty, and says when WhatsApp cannot be used', async () => {
      await loadCase(editable({ status: 'needs_information', laporBucket: 'Tertunda' }));
      buttonNamed(locationSection(), 'Minta lokasi ke pelapor')?.click();
      await fixture.whenStable();
      expect(dialog()?.textContent).not.toContain('Kasus menjadi Tertunda');
      buttonNamed(dialog() as HTMLElement, 'Buat tautan')?.click();
      await fixture.whenStable();

      const sent = http.expectOne(isLocationRequest);
      expect(sent.request.body).toEqual({});
      sent.flush({ ...ISSUED, whatsappUrl: null });
      await settle();
      http
        .expectOne((r) => r.method === 'GET' && r.url === '/api/cases/case-42')
        .flush(editable({ status: 'needs_information', laporBucket: 'Tertunda', version: 4 }));
      await answerTimeline([CREATED]);

      expect(locationSection().textContent).toContain('Kontak pelapor bukan nomor WhatsApp');
      expect(
        Array.from(locationSection().querySelectorAll('a')).some((a) =>
          a.textContent?.includes('Kirim via WhatsApp'),
        ),
      ).toBeFalse();
    });

    it('sends nothing when the request is cancelled', async () => {
      await loadCase(editable());
      buttonNamed(locationSection(), 'Minta lokasi ke pelapor')?.click();
      await fixture.whenStable();
      buttonNamed(dialog() as HTMLElement, 'Batal')?.click();
      await fixture.whenStable();
      http.expectNone(isLocationRequest);
      expect(locationSection().querySelector('sp-handover-link')).toBeNull();
    });

    it("shows the API's words when the request is refused", async () => {
      await loadCase(editable());
      await requestLocation('');
      http.expectOne(isLocationRequest).flush(
        {
          statusCode: 409,
          code: 'INVALID_TRANSITION',
          message: {
            id: 'Lokasi tidak dapat diminta pada status kasus saat ini.',
            en: 'The location cannot be requested in the current case status.',
          },
        } satisfies ApiErrorBody,
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();
      expect(locationSection().querySelector('[role=alert]')?.textContent).toContain(
        'Lokasi tidak dapat diminta pada status kasus saat ini.',
      );
      expect(locationSection().querySelector('sp-handover-link')).toBeNull();
    });
  });

  describe('SLA clocks', () => {
    const clock = (overrides: Partial<CaseClockView>): CaseClockView => ({
      clock: 'verification',
      label: { id: 'Verifikasi dan disposisi laporan baru', en: 'Verify and route a new report' },
      kind: 'working_days',
      amount: 3,
      startedAt: '2026-11-20T02:30:00.000Z',
      deadline: '2026-11-25T02:30:00.000Z',
      paused: false,
      completedAt: null,
      escalatedAt: null,
      state: 'overdue',
      ...overrides,
    });

    it('shows the worst state as the headline and each clock with its WIB deadline', async () => {
      await loadCase(
        caseDetail({
          slaState: 'overdue',
          clocks: [
            clock({ escalatedAt: '2026-11-25T02:31:00.000Z' }),
            clock({
              clock: 'needs_information',
              label: { id: 'Menunggu kelengkapan dari pelapor', en: 'Waiting for the reporter' },
              deadline: null,
              paused: true,
              state: 'on_track',
            }),
            clock({
              clock: 'resolution',
              label: { id: 'Penyelesaian', en: 'Resolution' },
              deadline: '2027-01-19T02:30:00.000Z',
              state: 'due_soon',
            }),
          ],
        }),
      );
      const panel = page().querySelector('.status-panel') as HTMLElement;
      expect(panel.querySelector('.sla')?.textContent?.trim()).toBe('Tenggat: Terlambat');
      const chips = Array.from(panel.querySelectorAll('sp-case-clocks li')).map((li) =>
        (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
      expect(chips.length).toBe(3);
      expect(chips[0]).toContain('Verifikasi dan disposisi laporan baru');
      expect(chips[0]).toContain('Terlambat · batas 25 Nov 2026, 09.30 WIB');
      expect(chips[0]).toContain('dieskalasi');
      expect(chips[1]).toContain('Dijeda, menunggu pelapor');
      expect(chips[2]).toContain('Segera jatuh tempo');
    });

    it('shows no headline when no clock runs', async () => {
      await loadCase(caseDetail());
      expect(page().querySelector('.status-panel .sla')).toBeNull();
      expect(page().querySelector('sp-case-clocks li')).toBeNull();
    });
  });

  describe('timeline', () => {
    it('tells the history newest first, in sentences, with WIB times', async () => {
      await loadCase(caseDetail(), [
        CREATED,
        caseEvent(
          2,
          {
            type: 'case.updated',
            before: { title: 'Jalan berlubang' },
            after: { title: 'Jalan berlubang di Jl. Raya Kepanjen' },
          },
          { at: '2026-11-20T03:00:00.000Z' },
        ),
        caseEvent(
          3,
          {
            type: 'case.status_changed',
            before: { status: 'routed' },
            after: {
              status: 'needs_information',
              action: 'request_information',
              note: 'Mohon kirim foto lokasi dan patokan terdekat.',
            },
          },
          { at: '2026-11-21T04:15:00.000Z' },
        ),
        caseEvent(4, {
          type: 'case.participant_added',
          before: null,
          after: { agencyId: 'agency-dishub', role: 'observer' },
        }),
        caseEvent(
          5,
          {
            type: 'case.status_changed',
            before: { status: 'needs_information' },
            after: { status: 'archived', action: 'archive' },
          },
          { actorUserId: null, actorName: null, actorAgencyId: null },
        ),
        caseEvent(6, {
          type: 'case.lapor_imported',
          before: null,
          after: {
            status: 'new',
            title: 'Jalan berlubang',
            channel: 'lapor',
            category: 'jalan_rusak',
            trackingId: '1916449',
            laporStatus: null,
          },
        }),
      ]);

      const items = timelineItems();
      expect(items.length).toBe(6);
      expect(items[0]).toContain('case.lapor_imported');
      expect(items[1]).toContain('Sistem');
      expect(items[1]).toContain('mengubah status: Tertunda: menunggu informasi → Diarsipkan');
      expect(items[2]).toContain('Rina Kusuma (UPT PJJ Malang)');
      expect(items[2]).toContain('mengundang Dishub Malang sebagai pengamat');
      expect(items[3]).toContain('mengubah status: Terdisposisi → Tertunda: menunggu informasi');
      expect(items[3]).toContain('21 Nov 2026, 11.15 WIB');
      expect(items[4]).toContain(
        'mengubah judul: “Jalan berlubang” → “Jalan berlubang di Jl. Raya Kepanjen”',
      );
      expect(items[5]).toContain('Sari Wulandari');
      expect(items[5]).toContain('Aduan dicatat');
      expect(items[5]).toContain('09.30 WIB');

      const note = page().querySelectorAll('sp-case-timeline li')[3].querySelector('blockquote');
      expect(note?.textContent?.trim()).toBe('Mohon kirim foto lokasi dan patokan terdekat.');
      expect(page().querySelectorAll('sp-case-timeline blockquote').length).toBe(1);
    });

    it("tells of location requests, the reporter's answer and missed deadlines", async () => {
      await loadCase(
        caseDetail({
          clocks: [
            {
              clock: 'verification',
              label: { id: 'Verifikasi dan disposisi laporan baru', en: 'Verify and route' },
              kind: 'working_days',
              amount: 3,
              startedAt: '2026-11-20T02:30:00.000Z',
              deadline: '2026-11-25T02:30:00.000Z',
              paused: false,
              completedAt: null,
              escalatedAt: '2026-11-25T02:31:00.000Z',
              state: 'overdue',
            },
          ],
          slaState: 'overdue',
        }),
        [
          CREATED,
          caseEvent(2, {
            type: 'case.location_requested',
            before: null,
            after: { expiresAt: '2026-12-22T03:00:00.000Z' },
          }),
          caseEvent(
            3,
            {
              type: 'case.location_set',
              before: { lat: null, lng: null },
              after: {
                lat: -8.1631,
                lng: 112.5733,
                confidence: 'pinned',
                source: 'reporter',
                note: 'depan balai desa',
              },
            },
            { actorUserId: null, actorName: null, actorAgencyId: null },
          ),
          caseEvent(
            4,
            {
              type: 'case.sla_escalated',
              before: null,
              after: { clock: 'verification', deadline: '2026-11-25T02:30:00.000Z' },
            },
            { actorUserId: null, actorName: null, actorAgencyId: null },
          ),
        ],
      );
      const items = timelineItems();
      expect(items[0]).toContain('Sistem');
      expect(items[0]).toContain(
        'batas waktu “Verifikasi dan disposisi laporan baru” terlampaui — dieskalasi',
      );
      expect(items[1]).toContain('Pelapor');
      expect(items[1]).toContain('lokasi dikirim pelapor: -8.1631, 112.5733');
      expect(
        page().querySelectorAll('sp-case-timeline li')[1].querySelector('blockquote')?.textContent,
      ).toContain('depan balai desa');
      expect(items[2]).toContain('Rina Kusuma');
      expect(items[2]).toContain('meminta lokasi ke pelapor');
      expect(items.join(' ')).not.toContain('case.location');
    });

    it('says when there is no history yet', async () => {
      await loadCase(caseDetail(), []);
      expect(text()).toContain('Belum ada riwayat untuk kasus ini.');
    });

    it('names an invited agency that is no longer a participant from the agency list', async () => {
      http.expectOne('/api/cases/case-42').flush(caseDetail());
      await settle();
      http.expectOne(isEvents).flush([
        caseEvent(1, {
          type: 'case.participant_added',
          before: null,
          after: { agencyId: 'agency-bpbd', role: 'observer' },
        }),
      ]);
      await settle();
      // The history pane (rendered when shown; whenStable would wait for the agency list).
      for (const block of await fixture.getDeferBlocks())
        await block.render(DeferBlockState.Complete);
      expect(timelineItems()[0]).toContain('mengundang instansi lain sebagai pengamat');

      const bpbd: AgencySummary = {
        id: 'agency-bpbd',
        code: 'bpbd-malang',
        name: 'Badan Penanggulangan Bencana Daerah Kabupaten Malang',
        shortName: 'BPBD Malang',
        kind: 'government_body',
        parentId: null,
        regencyCodes: ['35.07'],
        active: true,
      };
      http.expectOne('/api/agencies').flush([bpbd]);
      answerPanels();
      await fixture.whenStable();
      expect(timelineItems()[0]).toContain('mengundang BPBD Malang sebagai pengamat');
    });
  });
});
