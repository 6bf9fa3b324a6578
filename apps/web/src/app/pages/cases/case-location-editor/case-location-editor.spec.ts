import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import type { ApiErrorBody, CaseDetail } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { LocationMap } from '../../../ui/location-map/location-map';
import { CaseLocationEditor } from './case-location-editor';

const CASE = {
  id: 'case-42',
  version: 4,
  regencyCode: null,
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
  permissions: { update: true, inviteObserver: false, actions: [] },
} as unknown as CaseDetail;

describe('CaseLocationEditor', () => {
  let fixture: ComponentFixture<CaseLocationEditor>;
  let http: HttpTestingController;
  let saved: CaseDetail[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CaseLocationEditor],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
  });

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  const host = () => fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    );

  async function open(): Promise<void> {
    fixture = TestBed.createComponent(CaseLocationEditor);
    fixture.componentRef.setInput('detail', CASE);
    saved = [];
    fixture.componentInstance.saved.subscribe((next) => saved.push(next));
    fixture.detectChanges();
    button('Ubah lokasi')?.click();
    await settle();
    http.expectOne('/api/areas/regencies').flush([{ code: '35.07', name: 'Kabupaten Malang' }]);
    await settle();
    http
      .match('/api/public/settings')
      .forEach((r) => r.flush({ mapTileUrl: '', mapAttribution: '' }));
    await settle();
  }

  async function typeCoordinates(lat: string, lng: string): Promise<void> {
    for (const [name, value] of [
      ['lat', lat],
      ['lng', lng],
    ]) {
      const input = host().querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
      if (!input) throw new Error(`no ${name} field`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await settle();
  }

  it('saves typed coordinates as a staff pin with the version seen', async () => {
    await open();
    expect(button('Simpan lokasi')?.disabled).toBeTrue();
    await typeCoordinates('-8,1631', '112.5733');
    button('Simpan lokasi')?.click();
    const request = http.expectOne('/api/cases/case-42/location');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ version: 4, point: { lat: -8.1631, lng: 112.5733 } });
    const after = { ...CASE, version: 5 };
    request.flush(after);
    await settle();
    expect(saved).toEqual([after]);
    expect(button('Ubah lokasi')).toBeDefined();
  });

  it('sends the version it was opened on, so a newer location someone saved meanwhile is not overwritten unseen', async () => {
    await open();
    // Someone else's change arrives live while the officer is choosing the point.
    const theirs = { ...CASE, version: 6 };
    fixture.componentRef.setInput('detail', theirs);
    await settle();
    await typeCoordinates('-8.1631', '112.5733');
    button('Simpan lokasi')?.click();
    const first = http.expectOne('/api/cases/case-42/location');
    expect(first.request.body).toEqual({ version: 4, point: { lat: -8.1631, lng: 112.5733 } });
    const conflict: ApiErrorBody = {
      statusCode: 409,
      code: 'STALE_VERSION',
      message: {
        id: 'Kasus sudah diubah orang lain. Periksa perubahan terbaru lalu simpan lagi.',
        en: 'Someone else changed the case. Check the latest change, then save again.',
      },
      details: { current: theirs },
    };
    first.flush(conflict, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(saved).toEqual([theirs]);
    expect(host().textContent).toContain('Kasus sudah diubah orang lain');
    // Having seen theirs, saving again is a choice: it goes on the version shown.
    button('Simpan lokasi')?.click();
    const second = http.expectOne('/api/cases/case-42/location');
    expect(second.request.body).toEqual({ version: 6, point: { lat: -8.1631, lng: 112.5733 } });
    second.flush({ ...CASE, version: 7 });
    await settle();
  });

  it('will not save a point with latitude and longitude swapped or outside Indonesia, and says why', async () => {
    await open();
    await typeCoordinates('112.5733', '-8.1631');
    expect(host().querySelector('.point-problem')?.textContent).toContain('tertukar');
    expect(button('Simpan lokasi')?.disabled).toBeTrue();
    await typeCoordinates('51.5', '-0.12');
    expect(host().querySelector('.point-problem')?.textContent).toContain(
      'di luar wilayah Indonesia',
    );
    expect(button('Simpan lokasi')?.disabled).toBeTrue();
    // Nothing was sent (afterEach verifies no request is left).
    await typeCoordinates('-8.1631', '112.5733');
    expect(host().querySelector('.point-problem')).toBeNull();
    expect(button('Simpan lokasi')?.disabled).toBeFalse();
  });

  it('opens the map on the area of a case without a pin (its registered roads)', async () => {
    fixture = TestBed.createComponent(CaseLocationEditor);
    fixture.componentRef.setInput('detail', {
      ...CASE,
      location: { ...CASE.location, regencyCode: '35.07', districtCode: '35.07.16' },
    });
    fixture.detectChanges();
    button('Ubah lokasi')?.click();
    await settle();
    http.expectOne('/api/areas/regencies').flush([{ code: '35.07', name: 'Kabupaten Malang' }]);
    http.match((r) => r.url.startsWith('/api/areas/')).forEach((r) => r.flush([]));
    const bounds = http.expectOne((r) => r.url === '/api/jurisdiction/place-bounds');
    expect(bounds.request.params.get('code')).toBe('35.07.16');
    bounds.flush({
      bounds: {
        code: '35.07.16',
        basis: 'district',
        south: -8.0,
        west: 112.7,
        north: -7.95,
        east: 112.8,
      },
    });
    await settle();
    http
      .match('/api/public/settings')
      .forEach((r) => r.flush({ mapTileUrl: '', mapAttribution: '' }));
    await settle();
    // The map is told to show the area's box (the browser test sees it zoom there).
    const map = fixture.debugElement.query(By.directive(LocationMap))
      .componentInstance as LocationMap;
    expect(map.focus()).toEqual(jasmine.objectContaining({ south: -8.0, north: -7.95 }));
  });

  it('shows the API’s words about the coordinates under the fields', async () => {
    await open();
    // (A point outside Indonesia never leaves the form; the API's own words still show.)
    await typeCoordinates('-8.1631', '112.5733');
    button('Simpan lokasi')?.click();
    const refusal: ApiErrorBody = {
      statusCode: 400,
      code: 'OUTSIDE_INDONESIA',
      message: { id: 'Titik berada di luar wilayah Indonesia.', en: 'Outside Indonesia.' },
      fields: [
        { field: 'point.lat', message: { id: 'lat harus antara -11.5 dan 6.5', en: 'lat…' } },
      ],
    };
    http
      .expectOne('/api/cases/case-42/location')
      .flush(refusal, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(host().textContent).toContain('lat harus antara -11.5 dan 6.5');
    expect(saved).toEqual([]);
  });

  it('saves an area only, with the codes chosen', async () => {
    await open();
    fixture.componentInstance['mode'].set('area');
    fixture.componentInstance['chooseRegency']('35.07');
    await settle();
    http
      .expectOne('/api/areas/districts?regency=35.07')
      .flush([{ code: '35.07.16', name: 'Tumpang' }]);
    fixture.componentInstance['chooseDistrict']('35.07.16');
    await settle();
    http.expectOne('/api/areas/villages?district=35.07.16').flush([]);
    await settle();
    button('Simpan lokasi')?.click();
    const request = http.expectOne('/api/cases/case-42/location');
    expect(request.request.body).toEqual({
      version: 4,
      regencyCode: '35.07',
      districtCode: '35.07.16',
      villageCode: null,
    });
    request.flush(CASE);
    await settle();
  });
});
