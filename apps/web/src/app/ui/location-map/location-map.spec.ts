import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { PublicSettings } from '@simpul/contracts';
import { webTestProviders } from '../../testing/web-test-providers';
import { formatCoordinates, parseCoordinate, type LatLng } from './coordinates';
import { LocationMap } from './location-map';

const NO_TILES: PublicSettings = { mapTileUrl: '', mapAttribution: '' };

describe('LocationMap', () => {
  let fixture: ComponentFixture<LocationMap>;
  let http: HttpTestingController;
  let chosen: LatLng[];

  function create(inputs: { point?: LatLng | null; editable?: boolean } = {}): void {
    fixture = TestBed.createComponent(LocationMap);
    if (inputs.point !== undefined) fixture.componentRef.setInput('point', inputs.point);
    if (inputs.editable !== undefined) fixture.componentRef.setInput('editable', inputs.editable);
    chosen = [];
    fixture.componentInstance.pointChange.subscribe((point) => chosen.push(point));
    fixture.detectChanges();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [LocationMap], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const text = () => host().textContent ?? '';
  const field = (name: 'lat' | 'lng') =>
    host().querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
  const buttonNamed = (name: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (button) => button.textContent?.trim() === name,
    );

  async function type(name: 'lat' | 'lng', value: string): Promise<void> {
    const input = field(name);
    if (!input) throw new Error(`${name} field missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  /** The map asks for its tile server once it is in the page; these specs never load tiles. */
  async function answerSettings(settings: PublicSettings = NO_TILES): Promise<void> {
    await fixture.whenStable();
    http.expectOne('/api/public/settings').flush(settings);
    await fixture.whenStable();
  }

  /** Leaflet loads on first use; wait for it to have drawn the map. */
  async function mapDrawn(): Promise<HTMLElement> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const container = host().querySelector<HTMLElement>('.leaflet-container');
      if (container) return container;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the map was not drawn');
  }

  it('emits the typed coordinates once both are valid numbers, with a decimal comma too', async () => {
    create({ editable: true });
    await answerSettings();
    await type('lat', '-8,1631');
    expect(chosen).toEqual([]);
    await type('lng', '112.5733');
    expect(chosen).toEqual([{ lat: -8.1631, lng: 112.5733 }]);
  });

  it('takes no point outside Indonesia or with latitude and longitude swapped, and says why', async () => {
    create({ editable: true });
    const problems: (string | null)[] = [];
    fixture.componentInstance.problemChange.subscribe((problem) => problems.push(problem));
    await answerSettings();
    await type('lat', '112.5733');
    await type('lng', '-8.1631');
    expect(host().querySelector('.point-problem')?.textContent).toContain('tertukar');
    await type('lat', '51.5');
    await type('lng', '-0.12');
    expect(host().querySelector('.point-problem')?.textContent).toContain(
      'di luar wilayah Indonesia',
    );
    expect(chosen).toEqual([]);
    await type('lat', '-8.1631');
    await type('lng', '112.5733');
    expect(chosen).toEqual([{ lat: -8.1631, lng: 112.5733 }]);
    expect(host().querySelector('.point-problem')).toBeNull();
    expect(problems).toEqual(['incomplete', 'swapped', 'outside', null]);
  });

  it('brings a chosen place into view: the map zooms to the box it is given', async () => {
    create({ editable: true });
    await answerSettings();
    const map = await mapDrawn();
    await fixture.whenStable();
    const before = Number(host().querySelector<HTMLElement>('.map')?.dataset['zoom']);
    fixture.componentRef.setInput('focus', {
      south: -7.9,
      west: 112.65,
      north: -7.82,
      east: 112.72,
    });
    await fixture.whenStable();
    const shown = host().querySelector<HTMLElement>('.map');
    expect(Number(shown?.dataset['zoom'])).toBeGreaterThan(before);
    const [lat, lng] = (shown?.dataset['center'] ?? '').split(',').map(Number);
    expect(lat).toBeCloseTo(-7.86, 1);
    expect(lng).toBeCloseTo(112.685, 1);
    expect(map).toBeTruthy();
  });

  it('says what is wrong with a typed coordinate and emits nothing', async () => {
    create({ editable: true });
    await answerSettings();
    await type('lat', 'dekat pasar');
    await type('lng', '112.5733');
    expect(text()).toContain('Tulis angka, misalnya -8.1631 atau -8,1631.');
    await type('lat', '-98');
    expect(text()).toContain('Harus antara -90 dan 90.');
    expect(chosen).toEqual([]);
  });

  it('fills the fields from the point it is given and draws the map around it', async () => {
    create({ editable: true, point: { lat: -7.9666, lng: 112.6326 } });
    await answerSettings();
    expect(field('lat')?.value).toBe('-7.9666');
    expect(field('lng')?.value).toBe('112.6326');
    const container = await mapDrawn();
    expect(container.getAttribute('aria-label')).toBe('Peta untuk menandai lokasi');
    expect(host().querySelector('path.leaflet-interactive, svg path')).not.toBeNull();
  });

  it('shows the point read-only: no fields, no device button', async () => {
    create({ point: { lat: -8.1631, lng: 112.5733 } });
    await answerSettings();
    await mapDrawn();
    expect(field('lat')).toBeNull();
    expect(buttonNamed('Gunakan lokasi saya')).toBeUndefined();
    expect(host().querySelector('.map')?.getAttribute('aria-label')).toBe('Peta lokasi kasus');
  });

  it('keeps working without a tile server, and says the map images are missing', async () => {
    create({ editable: true });
    await answerSettings(NO_TILES);
    await mapDrawn();
    await fixture.whenStable();
    expect(text()).toContain(
      'Gambar peta tidak dapat dimuat. Titik dan koordinat tetap dapat dipakai.',
    );
    await type('lat', '-8.1631');
    await type('lng', '112.5733');
    expect(chosen).toEqual([{ lat: -8.1631, lng: 112.5733 }]);
  });

  it("uses the device's position when allowed", async () => {
    create({ editable: true });
    await answerSettings();
    spyOn(navigator.geolocation, 'getCurrentPosition').and.callFake((success) =>
      success({
        coords: { latitude: -7.2574719, longitude: 112.7520883 },
      } as GeolocationPosition),
    );
    buttonNamed('Gunakan lokasi saya')?.click();
    await fixture.whenStable();
    expect(chosen).toEqual([{ lat: -7.257472, lng: 112.752088 }]);
    expect(field('lat')?.value).toBe('-7.257472');
    expect(field('lng')?.value).toBe('112.752088');
  });

  it('explains a refused location permission and leaves the point alone', async () => {
    create({ editable: true });
    await answerSettings();
    spyOn(navigator.geolocation, 'getCurrentPosition').and.callFake((_success, failure) =>
      failure?.({ code: 1, message: 'denied' } as GeolocationPositionError),
    );
    buttonNamed('Gunakan lokasi saya')?.click();
    await fixture.whenStable();
    expect(host().querySelector('[role=alert]')?.textContent).toContain('Izin lokasi ditolak.');
    expect(chosen).toEqual([]);
  });

  it("shows the API's words about the coordinates under the fields", async () => {
    create({ editable: true });
    fixture.componentRef.setInput('error', {
      id: 'lat/lng di luar wilayah Indonesia',
      en: 'lat/lng is outside Indonesia',
    });
    await answerSettings();
    expect(host().querySelector('.coordinates + [role=alert]')?.textContent).toContain(
      'lat/lng di luar wilayah Indonesia',
    );
  });
});

describe('coordinates', () => {
  it('reads numbers as people type them', () => {
    expect(parseCoordinate(' -8,1631 ')).toBe(-8.1631);
    expect(parseCoordinate('\u22128.1631')).toBe(-8.1631);
    expect(parseCoordinate('112')).toBe(112);
    expect(parseCoordinate('8.1.2')).toBeNull();
    expect(parseCoordinate('')).toBeNull();
  });

  it('writes at most six decimals', () => {
    expect(formatCoordinates({ lat: -8.16310049, lng: 112.5733 })).toBe('-8.1631, 112.5733');
  });
});
