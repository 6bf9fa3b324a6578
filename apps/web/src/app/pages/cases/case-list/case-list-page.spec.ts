import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { Router, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  ApiErrorBody,
  InboxAgencyOption,
  AreaOption,
  InboxItem,
  InboxPage,
  Membership,
  OfficerWorkload,
} from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { SOCKET_EVENTS } from '@simpul/contracts';
import { FakeSocket } from '../../../testing/fake-socket';
import { INBOX_REFRESH_MS } from '../inbox-live/inbox-live-updates';
import { CaseListPage, SEARCH_DEBOUNCE_MS } from './case-list-page';

const POTHOLE: InboxItem = {
  id: 'case-42',
  number: 'SMP-2026-000042',
  title: 'Jalan berlubang di Jl. Raya Kepanjen',
  channel: 'whatsapp',
  classification: 'pengaduan',
  category: 'jalan_rusak',
  status: 'new',
  laporBucket: 'Belum Terverifikasi',
  priority: 'normal',
  leadAgencyId: UPT_MALANG_OFFICER.agencyId,
  leadAgencyShortName: 'UPT PJJ Malang',
  regencyCode: '35.07',
  createdAt: '2026-11-20T02:30:00.000Z',
  // 07:05 UTC is 14.05 in Western Indonesian Time.
  nextDeadline: '2026-11-25T07:05:00.000Z',
  slaState: 'on_track',
  escalated: false,
  lat: null,
  lng: null,
  locationConfidence: 'text',
  tags: [],
};

function inboxItem(id: string, overrides: Partial<InboxItem> = {}): InboxItem {
  return { ...POTHOLE, id, number: `SMP-2026-${id}`, ...overrides };
}

function page(items: InboxItem[], overrides: Partial<InboxPage> = {}): InboxPage {
  return { items, nextCursor: null, total: items.length, totalIsEstimate: false, ...overrides };
}

@Component({ template: '<p>Halaman kasus</p>' })
class CasePageStub {}
const routes: Routes = [
  { path: 'kasus', component: CaseListPage },
  { path: 'kasus/:id', component: CasePageStub },
];

const MALANG_AGENCY_ID = '0b8f4c1e-8f0a-4d3e-9a51-2f4a7c9d1e01';
const OFFICER_ID = '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
/** The agencies that take part in cases the reader can see (GET /api/cases/inbox/agencies). */
const AGENCIES: InboxAgencyOption[] = [
  {
    id: MALANG_AGENCY_ID,
    name: 'UPT Pengelolaan Jalan dan Jembatan Malang',
    shortName: 'UPT PJJ Malang',
  },
];
const REGENCIES: AreaOption[] = [
  { code: '35.07', name: 'Kabupaten Malang' },
  { code: '35.73', name: 'Kota Malang' },
];
const OFFICERS: OfficerWorkload[] = [
  { userId: OFFICER_ID, name: 'Bagus Prasetyo', role: 'petugas', openCases: 3 },
];
const OPTION_URLS = ['/api/cases/inbox/agencies', '/api/areas/regencies', '/api/cases/workload'];

describe('CaseListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders(routes) });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    answerFilterOptions();
    http.verify();
    clearDeviceStorage();
  });

  const element = () => harness.routeNativeElement as HTMLElement;
  const text = () => element().textContent ?? '';
  const recordLink = () =>
    Array.from(element().querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === 'Catat aduan',
    ) ?? null;
  const button = (label: string) =>
    Array.from(element().querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.trim() === label,
    ) ?? null;
  const rows = () => Array.from(element().querySelectorAll('table tbody tr'));
  const expectInbox = (): TestRequest => http.expectOne((r) => r.url === '/api/cases/inbox');
  const stable = () => harness.fixture.whenStable();
  /** The agency, regency and officer choices the filter selects offer. */
  function answerFilterOptions(): void {
    for (const request of http.match((r) => OPTION_URLS.includes(r.url))) {
      const url = request.request.url;
      request.flush(
        url === '/api/cases/inbox/agencies'
          ? AGENCIES
          : url === '/api/areas/regencies'
            ? REGENCIES
            : OFFICERS,
      );
    }
  }
  async function selectIn(label: string, option: string | RegExp): Promise<void> {
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const select = await field.getControl(MatSelectHarness);
    if (!select) throw new Error(`no select labelled ${label}`);
    await select.open();
    await select.clickOptions({ text: option });
    await stable();
  }

  async function open(url = '/kasus', memberships: Membership[] = [DPU_ADMIN, UPT_MALANG_OFFICER]) {
    const auth = signInAs(testUser({ memberships }));
    harness = await RouterTestingHarness.create(url);
    await stable();
    answerFilterOptions();
    await stable();
    return auth;
  }

  async function typeSearch(value: string) {
    const input = element().querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  const pause = async (ms: number) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await stable();
  };
  const afterDebounce = () => pause(SEARCH_DEBOUNCE_MS + 50);

  it('lists the visible cases, 50 at a time and newest first, with a link to each', async () => {
    await open();
    const request = expectInbox();
    expect(request.request.params.keys().sort()).toEqual(['limit', 'sort']);
    expect(request.request.params.get('limit')).toBe('50');
    expect(request.request.params.get('sort')).toBe('newest');
    request.flush(page([POTHOLE]));
    await stable();

    const link = element().querySelector('table tbody tr a');
    expect(link?.textContent?.trim()).toBe('SMP-2026-000042');
    expect(link?.getAttribute('href')).toBe('/kasus/case-42');
    expect(text()).toContain('Baru');
    expect(text()).toContain('Belum Terverifikasi');
    expect(text()).toContain('WhatsApp');
    expect(text()).toContain('UPT PJJ Malang');
    expect(text()).toMatch(/14[.:]05 WIB/);
    expect(text()).toContain('1 dari 1 kasus');
  });

  it('loads the filter selects after the first rows, and the phone filter sheet when opened', async () => {
    await open();
    // On a phone link the rows come first: the selects, toggles and chips are not there yet.
    expect(element().querySelector('sp-inbox-filter-panel')).toBeNull();
    expect(element().querySelector('sp-inbox-active-filters')).toBeNull();
    expectInbox().flush(page([POTHOLE]));
    await stable();
    expect(element().querySelector('sp-inbox-filter-panel mat-select')).not.toBeNull();
    expect(element().querySelector('sp-inbox-active-filters')).not.toBeNull();

    button('Filter')?.click();
    for (let i = 0; i < 50 && !document.querySelector('sp-inbox-filter-dialog'); i += 1) {
      await pause(20);
    }
    const sheet = document.querySelector('sp-inbox-filter-dialog');
    expect(sheet?.querySelector('sp-inbox-filter-panel mat-select')).not.toBeNull();
    sheet?.querySelector<HTMLButtonElement>('button[mat-dialog-close]')?.click();
    await stable();
  });

  it('asks for the filters held in the URL and shows them in the filter bar', async () => {
    await open(
      '/kasus?status=new,routed,bogus&category=jalan_rusak&sla=overdue&needsLocation=true' +
        '&escalated=true&assignee=me&q=jalan%20rusak&sort=due',
    );
    const request = expectInbox();
    const params = request.request.params;
    expect(params.get('status')).toBe('new,routed');
    expect(params.get('category')).toBe('jalan_rusak');
    expect(params.get('sla')).toBe('overdue');
    expect(params.get('needsLocation')).toBe('true');
    expect(params.get('escalated')).toBe('true');
    expect(params.get('assignee')).toBe('me');
    expect(params.get('q')).toBe('jalan rusak');
    expect(params.get('sort')).toBe('due');
    expect(params.has('cursor')).toBeFalse();
    request.flush(page([POTHOLE]));
    await stable();

    expect(element().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe(
      'jalan rusak',
    );
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const mine = await loader.getHarness(MatSlideToggleHarness.with({ label: 'Tugas saya' }));
    expect(await mine.isChecked()).toBeTrue();
  });

  it('puts a toggled filter into the URL and starts over from the first page', async () => {
    await open();
    expectInbox().flush(page([POTHOLE], { nextCursor: 'cursor-1', total: 40 }));
    await stable();

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const escalated = await loader.getHarness(MatSlideToggleHarness.with({ label: 'Dieskalasi' }));
    await escalated.toggle();
    await stable();

    expect(TestBed.inject(Router).url).toBe('/kasus?escalated=true');
    const request = expectInbox();
    expect(request.request.params.get('escalated')).toBe('true');
    expect(request.request.params.has('cursor')).toBeFalse();
    request.flush(page([]));
    await stable();
  });

  it('searches once the user pauses typing, from the first page, keeping the other filters', async () => {
    await open('/kasus?status=new');
    expectInbox().flush(page([POTHOLE], { nextCursor: 'cursor-1', total: 40 }));
    await stable();
    button('Muat lebih banyak')?.click();
    expect(expectInbox().request.params.get('cursor')).toBe('cursor-1');
    // Left unanswered: the search below replaces that page.

    await typeSearch('j');
    await afterDebounce();
    http.expectNone((r) => r.url === '/api/cases/inbox' && r.params.has('q'));
    expect(text()).toContain('Minimal 2 karakter.');

    await typeSearch('jalan');
    // Still typing, a moment later: nothing asked yet.
    await pause(SEARCH_DEBOUNCE_MS / 3);
    http.expectNone((r) => r.url === '/api/cases/inbox' && r.params.has('q'));
    await afterDebounce();

    expect(TestBed.inject(Router).url).toBe('/kasus?status=new&q=jalan');
    const search = expectInbox();
    expect(search.request.params.get('q')).toBe('jalan');
    expect(search.request.params.get('status')).toBe('new');
    expect(search.request.params.has('cursor')).toBeFalse();
    search.flush(page([inboxItem('000077', { title: 'Jalan amblas di Batu' })]));
    await stable();

    expect(rows().length).toBe(1);
    expect(text()).toContain('Jalan amblas di Batu');
    expect(text()).not.toContain('Jalan berlubang di Jl. Raya Kepanjen');
  });

  it('says what the search box finds: case number, Tracking ID, reporter’s phone or words', async () => {
    await open();
    expectInbox().flush(page([]));
    await stable();
    const input = element().querySelector<HTMLInputElement>('input[type="search"]');
    expect(text()).toContain('Cari: nomor kasus, Tracking ID, HP pelapor, atau kata');
    expect(input?.placeholder).toBe('mis. SMP-2026-000007 · 2016005 · 0812… · jln rusak');
  });

  it('appends the next page with "Muat lebih banyak" and hides it after the last page', async () => {
    await open();
    expectInbox().flush(page([POTHOLE], { nextCursor: 'cursor-1', total: 2 }));
    await stable();
    expect(text()).toContain('1 dari 2 kasus');

    button('Muat lebih banyak')?.click();
    await stable();
    const more = expectInbox();
    expect(more.request.params.get('cursor')).toBe('cursor-1');
    expect(more.request.params.get('limit')).toBe('50');
    expect(button('Muat lebih banyak')?.disabled).toBeTrue();

    more.flush(page([inboxItem('000043', { title: 'Drainase tersumbat' })], { total: 2 }));
    await stable();
    expect(rows().length).toBe(2);
    expect(rows()[0].textContent).toContain('Jalan berlubang di Jl. Raya Kepanjen');
    expect(rows()[1].textContent).toContain('Drainase tersumbat');
    expect(text()).toContain('2 dari 2 kasus');
    expect(button('Muat lebih banyak')).toBeNull();
  });

  it('names the SLA state of each case and marks escalated ones', async () => {
    await open();
    expectInbox().flush(
      page([
        inboxItem('1', { slaState: 'on_track' }),
        inboxItem('2', { slaState: 'due_soon' }),
        inboxItem('3', { slaState: 'overdue', escalated: true }),
        inboxItem('4', { slaState: null, nextDeadline: null }),
      ]),
    );
    await stable();

    const chip = (row: Element) => row.querySelector('.sla-chip');
    const [onTrack, dueSoon, overdue, none] = rows();
    expect(chip(onTrack)?.textContent?.trim()).toBe('Sesuai jadwal');
    expect(chip(dueSoon)?.textContent?.trim()).toBe('Segera jatuh tempo');
    expect(chip(overdue)?.textContent?.trim()).toBe('Terlambat');
    expect(chip(overdue)?.getAttribute('data-state')).toBe('overdue');
    expect(overdue.textContent).toContain('Dieskalasi');
    expect(dueSoon.textContent).not.toContain('Dieskalasi');
    expect(chip(none)).toBeNull();
    expect(none.textContent).toContain('Tidak ada tenggat berjalan');
  });

  it('says what to expect when the agency sees no case yet', async () => {
    await open();
    expectInbox().flush(page([]));
    await stable();
    expect(text()).toContain('Belum ada kasus yang dapat dilihat instansi Anda.');
    expect(text()).not.toContain('Tidak ada kasus yang cocok');
    expect(element().querySelector('table')).toBeNull();
  });

  it('tells apart no match for the filters from no case at all', async () => {
    await open('/kasus?sla=overdue');
    expectInbox().flush(page([]));
    await stable();
    expect(text()).toContain(
      'Tidak ada kasus yang cocok dengan filter. Hapus filter untuk melihat semua.',
    );
    expect(text()).not.toContain('Belum ada kasus');
  });

  it('counts with Indonesian digit grouping, and says "lebih dari" for an estimate', async () => {
    await open();
    const twentyFive = Array.from({ length: 25 }, (_, i) => inboxItem(`c${i}`));
    expectInbox().flush(page(twentyFive, { total: 1234, nextCursor: 'cursor-1' }));
    await stable();
    expect(text()).toContain('25 dari 1.234 kasus');

    // Above 1,000 the page says "more than"; the count request then gives the number.
    await harness.navigateByUrl('/kasus?category=jalan_rusak');
    expectInbox().flush(
      page(twentyFive, { total: 1_000, totalIsEstimate: true, nextCursor: 'cursor-1' }),
    );
    await stable();
    expect(text()).toContain('25 dari lebih dari 1.000 kasus');
    const count = http.expectOne((r) => r.url === '/api/cases/inbox/count');
    expect(count.request.params.get('category')).toBe('jalan_rusak');
    count.flush({ total: 4_321, totalIsEstimate: false });
    await stable();
    expect(text()).toContain('25 dari 4.321 kasus');

    await harness.navigateByUrl('/kasus?category=drainase');
    expectInbox().flush(
      page(twentyFive, { total: 1_000, totalIsEstimate: true, nextCursor: 'cursor-1' }),
    );
    await stable();
    http
      .expectOne((r) => r.url === '/api/cases/inbox/count')
      .flush({ total: 10_000, totalIsEstimate: true });
    await stable();
    expect(text()).toContain('25 dari lebih dari 10.000 kasus');
  });

  it('keeps the exact count through live refreshes instead of counting again each time', async () => {
    FakeSocket.created.length = 0;
    await open();
    const twentyFive = Array.from({ length: 25 }, (_, i) => inboxItem(`c${i}`));
    const estimate = page(twentyFive, { total: 1_000, totalIsEstimate: true, nextCursor: 'c' });
    expectInbox().flush(estimate);
    await stable();
    http
      .expectOne((r) => r.url === '/api/cases/inbox/count')
      .flush({ total: 4_321, totalIsEstimate: false });
    await stable();
    const socket = FakeSocket.latest();
    socket.serverEmit(SOCKET_EVENTS.inboxCaseChanged, { caseId: 'c1', seq: 9, type: 'x' });
    await new Promise((resolve) => setTimeout(resolve, INBOX_REFRESH_MS + 100));
    expectInbox().flush(estimate);
    await stable();
    // The refreshed page still says "more than 1,000": the count of a moment ago stays shown.
    http.expectNone((r) => r.url === '/api/cases/inbox/count');
    expect(text()).toContain('25 dari 4.321 kasus');
  });

  it('clears every filter from the URL with "Hapus filter"', async () => {
    await open('/kasus?status=new&sla=overdue&escalated=true&q=jalan&sort=due');
    expectInbox().flush(page([POTHOLE]));
    await stable();

    button('Hapus filter')?.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/kasus');
    const request = expectInbox();
    expect(request.request.params.keys().sort()).toEqual(['limit', 'sort']);
    expect(request.request.params.get('sort')).toBe('newest');
    request.flush(page([POTHOLE]));
    await stable();
    expect(element().querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('');
    expect(button('Hapus filter')).toBeNull();
  });

  it("shows the API's own words when a filter is refused, and retries", async () => {
    await open('/kasus?q=jalan');
    const refusal: ApiErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: { id: 'Parameter pencarian tidak valid.', en: 'Invalid search parameter.' },
      fields: [{ field: 'q', message: { id: 'Terlalu panjang.', en: 'Too long.' } }],
    };
    expectInbox().flush(refusal, { status: 400, statusText: 'Bad Request' });
    await stable();
    expect(text()).toContain('Parameter pencarian tidak valid.');

    button('Coba lagi')?.click();
    expectInbox().flush(page([POTHOLE]));
    await stable();
    expect(text()).not.toContain('Parameter pencarian tidak valid.');
    expect(rows().length).toBe(1);
  });

  it('reloads for the agency chosen in the switcher', async () => {
    const auth = await open();
    expectInbox().flush(page([POTHOLE]));
    await stable();
    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    TestBed.tick();
    const reload = expectInbox();
    expect(reload.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    reload.flush(page([]));
    await stable();
    expect(text()).toContain('Belum ada kasus');
  });

  it('writes the agency, regency, officer and tag filters into the URL and asks the API for them', async () => {
    await open();
    expectInbox().flush(page([POTHOLE]));
    await stable();

    await selectIn('Instansi', 'UPT PJJ Malang');
    expect(TestBed.inject(Router).url).toBe(`/kasus?agencyId=${MALANG_AGENCY_ID}`);
    expect(expectInbox().request.params.get('agencyId')).toBe(MALANG_AGENCY_ID);

    await selectIn('Kabupaten/kota', 'Kota Malang');
    expect(TestBed.inject(Router).url).toContain('regency=35.73');
    expect(expectInbox().request.params.get('regency')).toBe('35.73');

    await selectIn('Petugas', /Bagus Prasetyo · 3 kasus terbuka/);
    expect(TestBed.inject(Router).url).toContain(`assignee=${OFFICER_ID}`);
    expect(expectInbox().request.params.get('assignee')).toBe(OFFICER_ID);

    const tagBox = Array.from(element().querySelectorAll<HTMLInputElement>('input')).find((input) =>
      input.closest('mat-form-field')?.textContent?.includes('Label'),
    );
    if (!tagBox) throw new Error('no tag box');
    tagBox.value = '  URC ';
    tagBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await stable();
    expect(TestBed.inject(Router).url).toContain('tag=urc');
    const tagged = expectInbox();
    expect(tagged.request.params.get('tag')).toBe('urc');
    tagged.flush(page([POTHOLE]));
    await stable();

    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const chips = await loader.getAllHarnesses(MatChipHarness);
    const texts = await Promise.all(chips.map((chip) => chip.getText()));
    expect(texts.map((t) => t.replace('×', '').trim())).toEqual([
      'Instansi: UPT PJJ Malang',
      'Wilayah: Kota Malang',
      'Petugas: Bagus Prasetyo',
      'Label: urc',
    ]);
    await chips[1].remove();
    await stable();
    expect(TestBed.inject(Router).url).not.toContain('regency=');
    expect(expectInbox().request.params.has('regency')).toBeFalse();
  });

  it('reads the new filters from a shared link and drops malformed ones', async () => {
    await open(
      `/kasus?agencyId=${MALANG_AGENCY_ID}&regency=35.07&tag=Jalan%20Nasional&assignee=bogus`,
    );
    const params = expectInbox().request.params;
    expect(params.get('agencyId')).toBe(MALANG_AGENCY_ID);
    expect(params.get('regency')).toBe('35.07');
    expect(params.get('tag')).toBe('jalan nasional');
    expect(params.has('assignee')).toBeFalse();
  });

  it('switches between list and map through the URL, with the same cases', async () => {
    await open();
    expectInbox().flush(
      page([
        inboxItem('1', { lat: -7.98, lng: 112.63, locationConfidence: 'pinned' }),
        inboxItem('2', { lat: null, lng: null, locationConfidence: 'area', regencyCode: '35.07' }),
      ]),
    );
    await stable();
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const map = await loader.getHarness(MatButtonToggleHarness.with({ text: 'Peta' }));
    await map.check();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/kasus?view=map');
    http.expectNone('/api/cases/inbox');
    expect(element().querySelector('table')).toBeNull();
    expect(element().querySelector('sp-inbox-map')).not.toBeNull();
    expect(text()).toContain('1 kasus tanpa titik — hanya wilayah');
    // The map asks for its tile server; these specs never load tiles.
    http
      .match('/api/public/settings')
      .forEach((r) => r.flush({ mapTileUrl: '', mapAttribution: '' }));
  });

  it('tells a person without agency whom to ask', async () => {
    await open('/kasus', []);
    http.expectNone('/api/cases/inbox');
    expect(text()).toContain('Minta admin instansi Anda menambahkan akun Anda.');
    expect(recordLink()).toBeNull();
  });

  const recorders: Membership[] = [
    DPU_ADMIN,
    UPT_MALANG_OFFICER,
    { ...DPU_ADMIN, role: 'pimpinan' },
  ];
  for (const membership of recorders) {
    it(`lets the ${membership.role} of the acting agency record a complaint`, async () => {
      await open('/kasus', [membership]);
      expectInbox().flush(page([]));
      await stable();
      expect(recordLink()?.getAttribute('href')).toBe('/kasus/baru');
    });
  }

  it('does not offer complaint intake to humas, even when another agency would allow it', async () => {
    const auth = await open('/kasus', [{ ...DPU_ADMIN, role: 'humas' }, UPT_MALANG_OFFICER]);
    expectInbox().flush(page([POTHOLE]));
    await stable();
    expect(recordLink()).toBeNull();

    auth.selectAgency(UPT_MALANG_OFFICER.agencyId);
    TestBed.tick();
    expectInbox().flush(page([]));
    await stable();
    expect(recordLink()).not.toBeNull();
  });

  it('comes back from a case to the same rows, the same place, and the next page still to load', async () => {
    await open();
    const fifty = Array.from({ length: 50 }, (_, i) => inboxItem(`c${i}`));
    expectInbox().flush(page(fifty, { nextCursor: 'cursor-50', total: 76 }));
    await stable();
    // The end of the list comes into view, or the button is pressed: the second page.
    button('Muat lebih banyak')?.click();
    await stable();
    for (const more of http.match((r) => r.url === '/api/cases/inbox'))
      more.flush(
        page(
          Array.from({ length: 26 }, (_, i) => inboxItem(`d${i}`)),
          { total: 76 },
        ),
      );
    await stable();
    expect(rows().length).toBe(76);
    expect(text()).toContain('76 dari 76 kasus');
    spyOnProperty(window, 'scrollY').and.returnValue(1234);
    const scrolled = spyOn(window, 'scrollTo');

    await harness.navigateByUrl('/kasus/case-c30');
    await stable();
    expect(text()).toContain('Halaman kasus');
    await harness.navigateByUrl('/kasus');
    await stable();
    answerFilterOptions();
    await stable();

    // At once, before any answer: the 76 rows, and the window put back where it was.
    expect(rows().length).toBe(76);
    expect(scrolled.calls.mostRecent()?.args[0]).toEqual(jasmine.objectContaining({ top: 1234 }));
    // Brought up to date in the background with the first page, folded into the rows shown.
    const refresh = expectInbox();
    expect(refresh.request.params.has('cursor')).toBeFalse();
    refresh.flush(page(fifty, { nextCursor: 'cursor-50', total: 76 }));
    await stable();
    expect(rows().length).toBe(76);
  });

  it('starts over on the first page when the filters differ from the rows kept', async () => {
    await open();
    expectInbox().flush(page([POTHOLE]));
    await stable();
    await harness.navigateByUrl('/kasus/case-42');
    await stable();
    await harness.navigateByUrl('/kasus?status=resolved');
    await stable();
    answerFilterOptions();
    await stable();
    expect(rows().length).toBe(0);
    const fresh = expectInbox();
    expect(fresh.request.params.get('status')).toBe('resolved');
    fresh.flush(page([]));
    await stable();
  });
});
