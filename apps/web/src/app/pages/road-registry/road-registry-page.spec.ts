import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { RoadRegistryVersion, RoadSegmentsAnswer } from '@simpul/contracts';
import { signInAs, testUser, webTestProviders } from '../../testing/web-test-providers';
import { RoadRegistryPage } from './road-registry-page';

export function registryVersion(overrides: Partial<RoadRegistryVersion> = {}): RoadRegistryVersion {
  return {
    id: 'version-1',
    source: 'sample',
    label: 'SAMPLE jaringan jalan Jawa Timur 2020',
    fileName: null,
    isSample: true,
    validFrom: '2020-01-01',
    status: 'done',
    totalFeatures: 7,
    doneFeatures: 7,
    percent: 100,
    segmentCount: 7,
    closedCount: 0,
    errors: [],
    cancelRequested: false,
    createdAt: '2026-12-01T02:00:00.000Z',
    createdByName: null,
    finishedAt: '2026-12-01T02:00:01.000Z',
    ...overrides,
  };
}

const ANSWER: RoadSegmentsAnswer = {
  segments: [
    {
      id: 'segment-1',
      versionId: 'version-1',
      linkNumber: '146',
      kmFrom: 90,
      kmTo: 110,
      name: 'SAMPLE Malang–Kepanjen',
      status: 'provinsi',
      regencyCode: '35.07',
      districtCode: null,
      agencyId: 'agency-upt-malang',
      agencyShortName: 'UPT PJJ Malang',
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.6326, -7.9666],
          [112.572, -8.1302],
        ],
      },
      validFrom: '2020-01-01',
      validTo: null,
      sourceNote: 'SAMPLE',
      isSample: true,
    },
  ],
  truncated: false,
  sampleLoaded: true,
  totalValid: 7,
};

describe('RoadRegistryPage', () => {
  let fixture: ComponentFixture<RoadRegistryPage>;
  let http: HttpTestingController;
  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  /** The map asks for its box once Leaflet has loaded and the view settled (debounced). */
  async function segmentsRequest(): Promise<TestRequest> {
    for (let i = 0; i < 100; i++) {
      const [request] = http.match((r) => r.url === '/api/jurisdiction/segments');
      if (request) return request;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the map never asked for its segments');
  }

  async function open(importRegistry: boolean): Promise<void> {
    TestBed.configureTestingModule({ imports: [RoadRegistryPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ isSuperadmin: importRegistry }));
    fixture = TestBed.createComponent(RoadRegistryPage);
    fixture.detectChanges();
    await settle();
    http
      .expectOne('/api/jurisdiction/permissions')
      .flush({ importRegistry, editRules: importRegistry });
    http.expectOne('/api/jurisdiction/registry/versions').flush([registryVersion()]);
    await settle();
  }

  /** The first answer brings the network into view: the map asks again for the new box. */
  async function answerRefit(): Promise<void> {
    (await segmentsRequest()).flush(ANSWER);
    await settle();
  }

  afterEach(() => {
    http.match('/api/public/settings');
    http.verify();
  });

  it('draws the segments in view with the SAMPLE banner, the legend and the versions', async () => {
    await open(false);
    const request = await segmentsRequest();
    expect(Number(request.request.params.get('minLng'))).toBeLessThan(112.5);
    expect(request.request.params.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    request.flush(ANSWER);
    await settle();
    const text = host().textContent ?? '';
    expect(host().querySelector('.sample-banner')?.textContent).toContain('SAMPLE');
    const legend = Array.from(host().querySelectorAll('.legend li')).map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual([
      'Jalan nasional',
      'Jalan provinsi',
      'Jalan kabupaten',
      'Jalan kota',
      'Jalan desa',
    ]);
    expect(text).toContain('1 ruas dalam tampilan peta (dari 7 ruas yang berlaku)');
    expect(text).toContain('SAMPLE Malang–Kepanjen');
    expect(text).toContain('UPT PJJ Malang');
    expect(text).toContain('SAMPLE jaringan jalan Jawa Timur 2020');
    expect(host().querySelectorAll('.leaflet-interactive').length).toBe(1);
    await answerRefit();
    // Read-only for an officer: no import button.
    expect(host().querySelector('a[href="/registri-jalan/impor"]')).toBeNull();
  });

  it('offers the import to whoever may import', async () => {
    await open(true);
    (await segmentsRequest()).flush({ ...ANSWER, sampleLoaded: false });
    await settle();
    (await segmentsRequest()).flush({ ...ANSWER, sampleLoaded: false });
    await settle();
    expect(host().querySelector('a[href="/registri-jalan/impor"]')?.textContent).toContain(
      'Impor jaringan jalan',
    );
    expect(host().querySelector('.sample-banner')).toBeNull();
  });

  it('asks again for the date chosen', async () => {
    await open(false);
    (await segmentsRequest()).flush(ANSWER);
    await settle();
    await answerRefit();
    const date = host().querySelector<HTMLInputElement>('#registry-as-of');
    if (!date) throw new Error('no date field');
    date.value = '2019-06-01';
    date.dispatchEvent(new Event('change'));
    const again = await segmentsRequest();
    expect(again.request.params.get('asOf')).toBe('2019-06-01');
    again.flush({ ...ANSWER, segments: [], sampleLoaded: false, totalValid: 0 });
    await settle();
    expect(host().textContent).toContain('Registri jalan masih kosong');
  });
});
