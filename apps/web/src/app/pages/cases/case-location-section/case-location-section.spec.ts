import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CaseDetail, CaseLocation } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseLocationSection } from './case-location-section';

const NO_LOCATION: CaseLocation = {
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

function caseWith(location: Partial<CaseLocation>): CaseDetail {
  return {
    id: 'case-42',
    number: 'SMP-2026-000042',
    title: 'Jalan berlubang dekat pasar',
    channel: 'whatsapp',
    classification: 'pengaduan',
    category: 'jalan_rusak',
    status: 'in_progress',
    laporBucket: 'Terdisposisi Sedang Diproses',
    clocks: [],
    slaState: null,
    timeInHand: [],
    assignees: [],
    location: { ...NO_LOCATION, ...location },
    priority: 'normal',
    leadAgencyId: 'agency-upt-malang',
    leadAgencyShortName: 'UPT PJJ Malang',
    regencyCode: null,
    createdAt: '2026-11-20T02:30:00.000Z',
    description: 'Lubang besar dekat pasar.',
    locationText: null,
    incidentDate: null,
    intakeAgencyId: 'agency-upt-malang',
    tags: [],
    participants: [
      { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
    ],
    reports: [],
    permissions: { update: false, inviteObserver: false, actions: [] },
    version: 3,
    updatedAt: '2026-11-21T04:00:00.000Z',
    mergedInto: null,
    mergedFrom: [],
    roadStatus: null,
    potholeClock: null,
  };
}

const PINNED: Partial<CaseLocation> = {
  lat: -7.864,
  lng: 112.6791,
  confidence: 'pinned',
  source: 'reporter',
  provinceCode: '35',
  regencyCode: '35.07',
  districtCode: '35.07.25',
  areaNames: { regency: 'Kabupaten Malang', district: 'Lawang', village: null },
};

describe('CaseLocationSection (location you can trust)', () => {
  let fixture: ComponentFixture<CaseLocationSection>;
  let http: HttpTestingController;

  function show(location: Partial<CaseLocation>): HTMLElement {
    TestBed.configureTestingModule({
      imports: [CaseLocationSection],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(CaseLocationSection);
    fixture.componentRef.setInput('detail', caseWith(location));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => {
    for (const request of http.match('/api/public/settings'))
      request.flush({ mapTileUrl: '', mapAttribution: '' });
  });

  it("shows the reporter's landmark and names the pin's area by its registered road", () => {
    const page = show({
      ...PINNED,
      areaSource: 'segment',
      landmark: 'depan pasar, dekat pertigaan',
    });
    expect(page.querySelector('.area-name')?.textContent?.trim()).toBe('Kab. Malang · Kec. Lawang');
    expect(page.querySelector('.pin-area')?.textContent).toContain(
      'Wilayah titik dari ruas jalan terdaftar',
    );
    const landmark = page.querySelector('.landmark');
    expect(landmark?.querySelector('dt')?.textContent?.trim()).toBe('Patokan');
    expect(landmark?.querySelector('dd')?.textContent?.trim()).toBe('depan pasar, dekat pertigaan');
  });

  it("says the pin's area is not known when the pin lies on no registered road, keeping the text's area", () => {
    const page = show({ ...PINNED, areaSource: 'text' });
    expect(page.querySelector('.area-name')?.textContent?.trim()).toBe('Kab. Malang · Kec. Lawang');
    expect(page.querySelector('.pin-area')?.textContent).toContain('Wilayah titik tidak diketahui');
    expect(page.querySelector('.pin-area')?.textContent).toContain('berasal dari isi aduan');
    // No landmark given: no empty row.
    expect(page.querySelector('.landmark')).toBeNull();
  });

  it('says nothing about a pin when there is none', () => {
    const page = show({ regencyCode: '35.07', confidence: 'text', areaSource: 'text' });
    expect(page.querySelector('.pin-area')).toBeNull();
  });
});
