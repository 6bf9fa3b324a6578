import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ApiErrorBody, PublicLocationRequest } from '@simpul/contracts';
import { clearDeviceStorage, webTestProviders } from '../../testing/web-test-providers';
import { LocationRequestPage } from './location-request-page';

const REQUEST: PublicLocationRequest = {
  caseNumber: 'SMP-2026-000042',
  caseTitle: 'jalan rusak parah dekat pasar',
  expiresAt: '2026-12-22T03:00:00.000Z',
  answered: false,
};

const INVALID_LINK: ApiErrorBody = {
  statusCode: 404,
  code: 'INVALID_LINK',
  message: {
    id: 'Tautan tidak berlaku atau sudah kedaluwarsa. Hubungi kembali petugas yang mengirimkannya.',
    en: 'The link is invalid or has expired. Contact the officer who sent it.',
  },
};

describe('LocationRequestPage', () => {
  let fixture: ComponentFixture<LocationRequestPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({
      imports: [LocationRequestPage],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LocationRequestPage);
    fixture.componentRef.setInput('token', 'tok-123');
    fixture.detectChanges();
  });

  afterEach(() => {
    fixture.destroy();
    http.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => (page().textContent ?? '').replace(/\s+/g, ' ');
  const isAnswer = (r: { method: string; url: string }) =>
    r.method === 'POST' && r.url === '/api/public/location-requests/tok-123';
  const submit = () => page().querySelector<HTMLButtonElement>('form button[type=submit]');

  async function load(view: PublicLocationRequest = REQUEST): Promise<void> {
    const request = http.expectOne('/api/public/location-requests/tok-123');
    expect(request.request.method).toBe('GET');
    expect(request.request.headers.has('Authorization')).toBeFalse();
    request.flush(view);
    await fixture.whenStable();
    if (!view.answered) {
      http.expectOne('/api/public/settings').flush({ mapTileUrl: '', mapAttribution: '' });
      await fixture.whenStable();
    }
  }

  async function fill(selector: string, value: string): Promise<void> {
    const field = page().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`${selector} missing`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function typePoint(lat: string, lng: string): Promise<void> {
    await fill('input[formcontrolname=lat]', lat);
    await fill('input[formcontrolname=lng]', lng);
  }

  it('names the report and explains what to do in plain Indonesian', async () => {
    await load();
    expect(submit()?.textContent?.trim()).toBe('Kirim lokasi');
    expect(text()).toContain('Laporan SMP-2026-000042: jalan rusak parah dekat pasar');
    expect(text()).toContain(
      'Ketuk peta untuk menandai lokasi masalahnya, atau isi koordinat, lalu kirim.',
    );
    expect(text()).toContain('Patokan, misalnya: depan balai desa');
    expect(page().querySelector('sp-location-map input[formcontrolname=lat]')).not.toBeNull();
  });

  it('sends the typed point with the landmark and thanks the reporter', async () => {
    await load();
    await typePoint('-8.1631', '112,5733');
    await fill('#location-note', '  depan balai desa  ');
    submit()?.click();
    await fixture.whenStable();

    const answer = http.expectOne(isAnswer);
    expect(answer.request.body).toEqual({ lat: -8.1631, lng: 112.5733, note: 'depan balai desa' });
    expect(submit()?.disabled).toBeTrue();
    expect(submit()?.textContent).toContain('Mengirim…');
    answer.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(page().querySelector('[role=status]')?.textContent).toContain(
      'Terima kasih, lokasi sudah kami terima',
    );
    expect(page().querySelector('form')).toBeNull();
  });

  it('asks for a point before sending anything', async () => {
    await load();
    submit()?.click();
    await fixture.whenStable();
    http.expectNone(isAnswer);
    expect(page().querySelector('.missing[role=alert]')?.textContent).toContain(
      'Tandai lokasi di peta atau isi koordinatnya terlebih dahulu.',
    );
  });

  describe('with a photo', () => {
    const isPhoto = (r: { method: string; url: string }) =>
      r.method === 'POST' && r.url === '/api/public/location-requests/tok-123/photos';

    async function choosePhoto(name = 'IMG_0001.HEIC'): Promise<void> {
      const input = page().querySelector<HTMLInputElement>('#location-photo');
      if (!input) throw new Error('photo field missing');
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(64)], name, { type: 'image/heic' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    }

    it("answers with the photo's GPS when no pin is dropped", async () => {
      await load();
      expect(text()).toContain('Foto lokasi (bila ada)');
      await choosePhoto();
      submit()?.click();
      await fixture.whenStable();
      const upload = http.expectOne(isPhoto);
      const form = upload.request.body as FormData;
      expect((form.get('file') as File).name).toBe('IMG_0001.HEIC');
      expect(form.get('withPin')).toBe('false');
      upload.flush({ attachmentId: 'att-1', gpsFound: true, locationSet: true });
      await fixture.whenStable();
      http.expectNone(isAnswer);
      expect(page().querySelector('[role=status]')?.textContent).toContain(
        'Terima kasih, lokasi sudah kami terima',
      );
    });

    it('sends the photo first and then the pin, which is the answer', async () => {
      await load();
      await typePoint('-8.1631', '112.5733');
      await choosePhoto();
      submit()?.click();
      await fixture.whenStable();
      const upload = http.expectOne(isPhoto);
      expect((upload.request.body as FormData).get('withPin')).toBe('true');
      upload.flush({ attachmentId: 'att-1', gpsFound: true, locationSet: false });
      await fixture.whenStable();
      const answer = http.expectOne(isAnswer);
      expect(answer.request.body).toEqual({ lat: -8.1631, lng: 112.5733 });
      answer.flush(null, { status: 204, statusText: 'No Content' });
      await fixture.whenStable();
      expect(page().querySelector('form')).toBeNull();
    });

    it('asks for a pin when the photo carries no position', async () => {
      await load();
      await choosePhoto('foto.jpg');
      submit()?.click();
      await fixture.whenStable();
      http.expectOne(isPhoto).flush({ attachmentId: 'att-1', gpsFound: false, locationSet: false });
      await fixture.whenStable();
      http.expectNone(isAnswer);
      expect(page().querySelector('form')).not.toBeNull();
      expect(text()).toContain('Foto sudah kami terima, tetapi tidak memuat lokasi.');
    });
  });

  it("shows the API's refusal of a point outside Indonesia next to the coordinates", async () => {
    await load();
    await typePoint('1.3521', '103.8198');
    submit()?.click();
    await fixture.whenStable();
    http.expectOne(isAnswer).flush(
      {
        statusCode: 400,
        code: 'OUTSIDE_INDONESIA',
        message: {
          id: 'Titik berada di luar wilayah Indonesia. Periksa kembali peta Anda.',
          en: 'The point is outside Indonesia. Check the map again.',
        },
        fields: [
          {
            field: 'lat',
            message: {
              id: 'lat/lng di luar wilayah Indonesia',
              en: 'lat/lng is outside Indonesia',
            },
          },
        ],
      } satisfies ApiErrorBody,
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(page().querySelector('sp-location-map [role=alert]')?.textContent).toContain(
      'lat/lng di luar wilayah Indonesia',
    );
    expect(page().querySelector('sp-error-message')?.textContent).toContain(
      'Titik berada di luar wilayah Indonesia.',
    );
    expect(submit()?.disabled).toBeFalse();

    // A corrected point clears the complaint and can be sent.
    await typePoint('-8.1631', '112.5733');
    expect(page().querySelector('sp-location-map [role=alert]')).toBeNull();
    submit()?.click();
    await fixture.whenStable();
    http.expectOne(isAnswer).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(text()).toContain('Terima kasih, lokasi sudah kami terima');
  });

  it('says so when the link was already used, on opening it', async () => {
    await load({ ...REQUEST, answered: true });
    expect(page().querySelector('[role=status]')?.textContent).toContain(
      'Lokasi untuk laporan ini sudah kami terima sebelumnya.',
    );
    expect(page().querySelector('sp-location-map')).toBeNull();
  });

  it('says so when the link was used meanwhile, on sending', async () => {
    await load();
    await typePoint('-8.1631', '112.5733');
    submit()?.click();
    await fixture.whenStable();
    http.expectOne(isAnswer).flush(
      {
        statusCode: 409,
        code: 'ALREADY_ANSWERED',
        message: {
          id: 'Lokasi sudah dikirim melalui tautan ini. Terima kasih.',
          en: 'The location was already sent through this link. Thank you.',
        },
      } satisfies ApiErrorBody,
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(page().querySelector('[role=status]')?.textContent).toContain('Lokasi sudah dikirim');
    expect(page().querySelector('form')).toBeNull();
  });

  it("shows an invalid or expired link in the API's words, in the chosen language", async () => {
    http
      .expectOne('/api/public/location-requests/tok-123')
      .flush(INVALID_LINK, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page().querySelector('h1')?.textContent).toContain('Tautan tidak berlaku');
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'Tautan tidak berlaku atau sudah kedaluwarsa.',
    );
    expect(page().querySelector('form')).toBeNull();
  });
});
