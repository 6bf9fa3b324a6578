import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import {
  DUPLICATE_PROBE_LIMITS,
  type ApiErrorBody,
  type CaseDetail,
  type DuplicateCandidatesRequest,
  type Membership,
  type PlaceCandidate,
} from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseIntakePage, PLACE_DEBOUNCE_MS } from './case-intake-page';

const DPU_HUMAS: Membership = { ...DPU_ADMIN, role: 'humas' };

/** What the page reads from the 201 answer (a full CaseDetail): where to go next. */
const CREATED: Pick<CaseDetail, 'id' | 'number'> = { id: 'case-77', number: 'SMP-2026-000077' };

const isDuplicateSearch = (r: { method: string; url: string }) =>
  r.method === 'POST' && r.url === '/api/cases/duplicate-candidates';
const isPlaceSuggest = (r: { method: string; url: string }) =>
  r.method === 'POST' && r.url === '/api/places/suggest';

const KEPANJEN: PlaceCandidate = {
  level: 'district',
  code: '35.07.16',
  name: 'Kepanjen',
  regencyCode: '35.07',
  regencyName: 'Kabupaten Malang',
  districtCode: '35.07.16',
  districtName: 'Kepanjen',
  villageCode: null,
  villageName: null,
  score: 0.9,
  matched: ['Kepanjen'],
};

describe('CaseIntakePage', () => {
  let fixture: ComponentFixture<CaseIntakePage>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let navigate: jasmine.Spy;

  function open(memberships: Membership[] = [UPT_MALANG_OFFICER]): void {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [CaseIntakePage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships }));
    navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(CaseIntakePage);
    fixture.detectChanges();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  afterEach(() => {
    // Duplicate suggestions ask as the officer types; their own spec covers the answers.
    for (const request of http.match(isDuplicateSearch))
      if (!request.cancelled) request.flush({ radiusMeters: 300, candidates: [] });
    // So do place suggestions and the map's settings; the tests below answer them where it matters.
    for (const request of http.match(isPlaceSuggest)) if (!request.cancelled) request.flush([]);
    for (const request of http.match('/api/public/settings'))
      request.flush({ mapTileUrl: '', mapAttribution: '' });
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => page().textContent ?? '';
  const submitButton = () => page().querySelector<HTMLButtonElement>('button[type=submit]');
  const type = (id: string, value: string) => {
    const input = page().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!input) throw new Error(`#${id} missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  };
  /** The error shown under the field whose input has this id. */
  const fieldError = (id: string) =>
    page()
      .querySelector(`#${id}`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim() ?? null;
  const isCreate = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/cases';

  async function choose(id: string, option: string): Promise<void> {
    const select = await loader.getHarness(MatSelectHarness.with({ selector: `#${id}` }));
    await select.open();
    await select.clickOptions({ text: option });
  }

  async function fillRequiredFields(): Promise<void> {
    type('intake-title', '  Jalan amblas di Jl. Raya Kepanjen ');
    type('intake-description', 'Aspal amblas sedalam 20 cm.\nSudah dua motor jatuh.');
    await choose('intake-category', 'Jalan rusak');
  }

  async function submit(): Promise<void> {
    submitButton()?.click();
    await fixture.whenStable();
  }

  it('posts the complaint with its reporter and opens the new case', async () => {
    open();
    await fillRequiredFields();
    await choose('intake-channel', 'Instagram');
    await choose('intake-classification', 'Permintaan informasi');
    await choose('intake-priority', 'Tinggi');
    type('intake-incidentDate', '2026-11-27');
    type('intake-locationText', 'Jl. Raya Kepanjen km 3, Kepanjen');
    type('intake-trackingId', '1916449');
    type('intake-reporter-name', 'Budi Santoso');
    type('intake-reporter-contact', '@budi.kepanjen');
    type('intake-reporter-nik', '3507 0123 4567 0001');
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /Anonim/ }))).check();
    await submit();

    const create = http.expectOne(isCreate);
    expect(create.request.body).toEqual({
      title: 'Jalan amblas di Jl. Raya Kepanjen',
      description: 'Aspal amblas sedalam 20 cm.\nSudah dua motor jatuh.',
      classification: 'permintaan_informasi',
      channel: 'instagram',
      category: 'jalan_rusak',
      priority: 'high',
      incidentDate: '2026-11-27',
      locationText: 'Jl. Raya Kepanjen km 3, Kepanjen',
      trackingId: '1916449',
      reporter: {
        name: 'Budi Santoso',
        contact: '@budi.kepanjen',
        nik: '3507012345670001',
        anonymous: true,
        confidential: false,
      },
    });
    expect(create.request.headers.get('x-simpul-agency')).toBe(UPT_MALANG_OFFICER.agencyId);
    expect(submitButton()?.disabled).toBeTrue();
    expect(submitButton()?.textContent).toContain('Mencatat…');
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();

    create.flush(CREATED, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/kasus', 'case-77']);
  });

  /** Types into the map's coordinate fields. */
  async function typeCoordinates(lat: string, lng: string): Promise<void> {
    for (const [name, value] of [
      ['lat', lat],
      ['lng', lng],
    ]) {
      const input = page().querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
      if (!input) throw new Error(`no ${name} field`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
  }

  it('suggests the places the complaint names and saves the chosen one, the pin and the landmark with the case in one request', async () => {
    open();
    await fillRequiredFields();
    type('intake-locationText', 'depan pasar Kepanjen');
    type('intake-landmark', 'sebelah jembatan kali');
    await new Promise((resolve) => setTimeout(resolve, PLACE_DEBOUNCE_MS + 150));
    TestBed.tick();
    const suggest = http.match(isPlaceSuggest).filter((r) => !r.cancelled);
    expect(suggest.length).toBe(1);
    expect((suggest[0].request.body as { text: string }).text).toBe(
      'depan pasar Kepanjen. Jalan amblas di Jl. Raya Kepanjen. Aspal amblas sedalam 20 cm.\nSudah dua motor jatuh.',
    );
    suggest[0].flush([KEPANJEN]);
    await fixture.whenStable();
    const place = page().querySelector<HTMLButtonElement>('button.place');
    expect(place?.textContent).toContain('Kec. Kepanjen, Kabupaten Malang');
    expect(place?.textContent).toContain('dari kata: Kepanjen');
    expect(place?.getAttribute('aria-pressed')).toBe('false');
    place?.click();
    await fixture.whenStable();
    expect(place?.getAttribute('aria-pressed')).toBe('true');
    // Choosing the place asks where it lies, to bring the map there.
    http
      .expectOne((r) => r.url === '/api/jurisdiction/place-bounds')
      .flush({
        bounds: {
          code: '35.07.16',
          basis: 'district',
          south: -8.18,
          west: 112.56,
          north: -8.12,
          east: 112.64,
        },
      });
    await fixture.whenStable();
    expect(text()).toContain('Peta menunjukkan Kec. Kepanjen, Kabupaten Malang');

    // The map's typed coordinates are the pin.
    await typeCoordinates('-8.1631', '112.5733');
    expect(text()).toContain('Titik: -8.16310, 112.57330');

    await submit();
    const create = http.expectOne(isCreate);
    expect(create.request.body).toEqual(
      jasmine.objectContaining({
        point: { lat: -8.1631, lng: 112.5733 },
        regencyCode: '35.07',
        districtCode: '35.07.16',
        landmark: 'sebelah jembatan kali',
      }),
    );
    create.flush({ ...CREATED, version: 2 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    // No second request that could fail and leave the case without its point.
    http.expectNone('/api/cases/case-77/location');
    expect(navigate).toHaveBeenCalledWith(['/kasus', 'case-77']);
  });

  it('says when a chosen place cannot be shown on the map (no registered road there)', async () => {
    open();
    type('intake-locationText', 'Kepanjen');
    await new Promise((resolve) => setTimeout(resolve, PLACE_DEBOUNCE_MS + 150));
    TestBed.tick();
    http
      .match(isPlaceSuggest)
      .filter((r) => !r.cancelled)[0]
      .flush([KEPANJEN]);
    await fixture.whenStable();
    page().querySelector<HTMLButtonElement>('button.place')?.click();
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/jurisdiction/place-bounds').flush({ bounds: null });
    await fixture.whenStable();
    expect(text()).toContain('belum dapat ditunjukkan di peta');
  });

  for (const [label, lat, lng, says] of [
    ['outside Indonesia', '48.8566', '2.3522', 'di luar wilayah Indonesia'],
    ['with latitude and longitude swapped', '112.5733', '-8.1631', 'tertukar'],
    ['half typed', '-8.1631', '', 'Isi lintang dan bujur'],
  ]) {
    it(`refuses to record the complaint while the point is ${label}, and says why`, async () => {
      open();
      await fillRequiredFields();
      await typeCoordinates(lat, lng);
      expect(page().querySelector('.point-problem')?.textContent).toContain(says);
      await submit();
      // Nothing is sent: "Aduan tercatat" is never shown while the point would be dropped.
      http.expectNone(isCreate);
      expect(navigate).not.toHaveBeenCalled();
      expect(page().querySelector('.point-refused')?.textContent).toContain(
        'Titik lokasi belum benar',
      );
      expect(document.activeElement?.getAttribute('formcontrolname')).toBe('lat');

      // Corrected, it goes, with the point.
      await typeCoordinates('-8.1631', '112.5733');
      expect(page().querySelector('.point-refused')).toBeNull();
      await submit();
      const create = http.expectOne(isCreate);
      expect(create.request.body.point).toEqual({ lat: -8.1631, lng: 112.5733 });
      create.flush({ ...CREATED, version: 2 }, { status: 201, statusText: 'Created' });
      await fixture.whenStable();
      expect(navigate).toHaveBeenCalledWith(['/kasus', 'case-77']);
    });
  }

  it('sends the same complaint again with the same Idempotency-Key, a changed one with a new key', async () => {
    open();
    await fillRequiredFields();
    await submit();
    const first = http.expectOne(isCreate);
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    first.flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await fixture.whenStable();
    await submit();
    const retry = http.expectOne(isCreate);
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await fixture.whenStable();
    type('intake-title', 'Jalan amblas di Jl. Raya Kepanjen km 4');
    await submit();
    const changed = http.expectOne(isCreate);
    expect(changed.request.headers.get('Idempotency-Key')).not.toBe(key);
    changed.flush({ ...CREATED, version: 1 }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/kasus', 'case-77']);
  });

  it('looks for duplicates of what the officer types before it is saved', async () => {
    open();
    await fillRequiredFields();
    type('intake-locationText', 'Jl. Raya Kepanjen km 3');
    await new Promise((resolve) => setTimeout(resolve, 600));
    TestBed.tick();
    const search = http.expectOne(isDuplicateSearch);
    expect(search.request.body).toEqual({
      category: 'jalan_rusak',
      title: 'Jalan amblas di Jl. Raya Kepanjen',
      description: 'Aspal amblas sedalam 20 cm.\nSudah dua motor jatuh.',
      locationText: 'Jl. Raya Kepanjen km 3',
    });
    search.flush({
      radiusMeters: 300,
      candidates: [
        {
          caseId: 'case-7',
          number: 'SMP-2026-000007',
          title: 'Jalan amblas Kepanjen',
          status: 'new',
          category: 'jalan_rusak',
          leadAgencyShortName: 'UPT PJJ Malang',
          regencyCode: '35.07',
          createdAt: '2026-11-20T02:30:00.000Z',
          score: 0.5,
          distanceMeters: null,
          textSimilarity: 0.7,
          reasons: [{ kind: 'text', field: 'title', similarity: 0.7 }],
          canMerge: false,
        },
      ],
    });
    await fixture.whenStable();
    expect(page().querySelector('sp-duplicate-suggestions')?.textContent).toContain(
      'SMP-2026-000007',
    );
  });

  it('leaves out what was not filled in, defaulting to a WhatsApp complaint', async () => {
    open();
    await fillRequiredFields();
    await submit();
    const create = http.expectOne(isCreate);
    expect(create.request.body).toEqual({
      title: 'Jalan amblas di Jl. Raya Kepanjen',
      description: 'Aspal amblas sedalam 20 cm.\nSudah dua motor jatuh.',
      classification: 'pengaduan',
      channel: 'whatsapp',
      category: 'jalan_rusak',
      priority: 'normal',
      reporter: { anonymous: false, confidential: false },
    });
    create.flush(CREATED, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
  });

  it('offers every channel with its Indonesian name', async () => {
    open();
    const channel = await loader.getHarness(MatSelectHarness.with({ selector: '#intake-channel' }));
    expect(await channel.getValueText()).toBe('WhatsApp');
    await channel.open();
    const options = await channel.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'SP4N-LAPOR!',
      'WhatsApp',
      'Instagram',
      'Telepon',
      'Surat',
      'Datang langsung',
      'Open311',
    ]);
  });

  it('checks the title, NIK and Tracking ID before sending anything', async () => {
    open();
    type('intake-title', 'Abc');
    type('intake-description', 'Aspal amblas.');
    await choose('intake-category', 'Jalan rusak');
    type('intake-reporter-nik', '350701234567000');
    type('intake-trackingId', '19A6');
    await submit();

    http.expectNone(isCreate);
    expect(fieldError('intake-title')).toBe('Minimal 5 karakter.');
    expect(fieldError('intake-reporter-nik')).toBe('NIK terdiri dari tepat 16 angka.');
    expect(fieldError('intake-trackingId')).toBe('Tracking ID terdiri dari 4–12 angka.');
    expect(document.activeElement?.id).toBe('intake-title');
  });

  it('sends the pin with the duplicate check and cuts long pasted text at its limits', async () => {
    open();
    await fillRequiredFields();
    type('intake-locationText', `Patokan: ${'depan warung bu Sri, '.repeat(40)}`);
    for (const [name, value] of [
      ['lat', '-8.1631'],
      ['lng', '112.5733'],
    ]) {
      const input = page().querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
      if (!input) throw new Error(`no ${name} field`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 600));
    TestBed.tick();
    const searches = http.match(isDuplicateSearch).filter((r) => !r.cancelled);
    const body = searches.at(-1)?.request.body as DuplicateCandidatesRequest;
    // With both points the server leaves out cases beyond the radius, however alike the words.
    expect(body).toEqual(jasmine.objectContaining({ lat: -8.1631, lng: 112.5733 }));
    expect(body.locationText?.length).toBeLessThanOrEqual(DUPLICATE_PROBE_LIMITS.locationText);
    for (const search of searches) search.flush({ radiusMeters: 300, candidates: [] });
  });

  it('asks for the category instead of guessing one', async () => {
    open();
    type('intake-title', 'Jalan amblas di Kepanjen');
    type('intake-description', 'Aspal amblas.');
    await submit();
    http.expectNone(isCreate);
    expect(
      page().querySelector('#intake-category')?.closest('mat-form-field')?.textContent,
    ).toContain('Wajib diisi');
  });

  it("shows the server's field errors next to the fields they name", async () => {
    open();
    await fillRequiredFields();
    type('intake-reporter-nik', '3507012345670001');
    await submit();
    const invalid: ApiErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: { id: 'Data tidak valid', en: 'Invalid input' },
      fields: [
        {
          field: 'reporter.nik',
          message: { id: 'NIK tidak dikenal Dukcapil', en: 'NIK unknown to the civil registry' },
        },
        {
          field: 'incidentDate',
          message: { id: 'tanggal kejadian tidak valid', en: 'incident date is invalid' },
        },
      ],
    };
    http.expectOne(isCreate).flush(invalid, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();

    expect(fieldError('intake-reporter-nik')).toBe('NIK tidak dikenal Dukcapil');
    expect(fieldError('intake-incidentDate')).toBe('tanggal kejadian tidak valid');
    expect(fieldError('intake-title')).toBeNull();
    expect(page().querySelector('[role=alert]')?.textContent).toContain('Data tidak valid');
    expect(submitButton()?.disabled).toBeFalse();
  });

  const duplicate: ApiErrorBody = {
    statusCode: 409,
    code: 'DUPLICATE_TRACKING_ID',
    message: {
      id: 'Tracking ID LAPOR sudah tercatat',
      en: 'The LAPOR Tracking ID is already recorded',
    },
    fields: [
      {
        field: 'trackingId',
        message: {
          id: 'trackingId sudah dipakai laporan lain',
          en: 'trackingId is already used by another report',
        },
      },
    ],
  };

  for (const [answer, expected] of [
    [duplicate, 'trackingId sudah dipakai laporan lain'],
    [{ ...duplicate, fields: undefined }, 'Tracking ID LAPOR sudah tercatat'],
  ] as const) {
    it(`marks a Tracking ID already recorded elsewhere on its field (${expected})`, async () => {
      open();
      await fillRequiredFields();
      type('intake-trackingId', '1916449');
      await submit();
      http.expectOne(isCreate).flush(answer, { status: 409, statusText: 'Conflict' });
      await fixture.whenStable();

      expect(fieldError('intake-trackingId')).toBe(expected);
      expect(document.activeElement?.id).toBe('intake-trackingId');
    });
  }

  it('refuses a humas officer without showing the form', () => {
    open([DPU_HUMAS]);
    expect(page().querySelector('form')).toBeNull();
    expect(text()).toContain('Hanya admin, petugas, atau pimpinan instansi');
  });
});
