import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { ActivatedRoute, Router } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import type { ApiErrorBody, PublicTrackingView } from '@simpul/contracts';
import { clearDeviceStorage, webTestProviders } from '../../testing/web-test-providers';
import { TrackingPage } from './tracking-page';

const URL = '/api/public/tracking/SMP-2026-000042';

const VIEW: PublicTrackingView = {
  caseNumber: 'SMP-2026-000042',
  title: 'Jalan berlubang depan SDN 2',
  status: 'in_progress',
  laporBucket: 'Terdisposisi Sedang Diproses',
  leadAgencyName: 'UPT PJJ Malang',
  createdAt: '2026-11-23T01:00:00.000Z',
  statusHistory: [
    {
      at: '2026-11-23T01:00:00.000Z',
      status: 'new',
      laporBucket: 'Belum Terverifikasi',
      followUpText: null,
    },
    {
      at: '2026-11-24T02:30:00.000Z',
      status: 'in_progress',
      laporBucket: 'Terdisposisi Sedang Diproses',
      followUpText: null,
    },
  ],
  replies: [
    {
      id: 'r1',
      at: '2026-11-24T03:00:00.000Z',
      authorKind: 'agency',
      agencyName: 'UPT PJJ Malang',
      body: 'Tim URC dijadwalkan menambal besok pagi.',
    },
  ],
  handoffs: [
    { at: '2026-11-23T01:00:00.000Z', agencyName: 'DPU Kota Malang', kind: 'intake' },
    { at: '2026-11-23T05:00:00.000Z', agencyName: 'UPT PJJ Malang', kind: 'lead' },
  ],
  confirmedAt: null,
  disputedAt: null,
  rating: null,
  can: { reply: true, confirm: false, dispute: false, rate: false },
};

const FOLLOWED_UP: PublicTrackingView = {
  ...VIEW,
  status: 'followed_up',
  laporBucket: 'Terdisposisi Selesai',
  statusHistory: [
    ...VIEW.statusHistory,
    {
      at: '2026-11-25T02:00:00.000Z',
      status: 'followed_up',
      laporBucket: 'Terdisposisi Selesai',
      followUpText: 'Lubang sudah ditambal pada Senin pagi.',
    },
  ],
  can: { reply: true, confirm: true, dispute: true, rate: true },
};

const NOT_FOUND: ApiErrorBody = {
  statusCode: 404,
  code: 'INVALID_TRACKING_LINK',
  message: {
    id: 'Laporan tidak ditemukan. Periksa nomor laporan dan kode pelacakan dari pesan petugas.',
    en: 'Report not found. Check the report number and the tracking code from the officer’s message.',
  },
};

describe('TrackingPage', () => {
  let fixture: ComponentFixture<TrackingPage>;
  let http: HttpTestingController;
  /** The URL fragment as the router reports it (`t=<code>` from the link). */
  let fragment: BehaviorSubject<string | null>;

  beforeEach(() => {
    clearDeviceStorage();
    fragment = new BehaviorSubject<string | null>(null);
    TestBed.configureTestingModule({
      imports: [TrackingPage],
      providers: [
        ...webTestProviders([{ path: 'lacak/:caseNumber', component: TrackingPage }]),
        { provide: ActivatedRoute, useValue: { fragment } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture.destroy();
    http.verify();
  });

  /** Opens the page as the route would: `/lacak/<caseNumber>#<fragment>`. */
  async function navigate(caseNumber: string | undefined, hash: string | null): Promise<void> {
    fragment.next(hash);
    fixture = TestBed.createComponent(TrackingPage);
    fixture.componentRef.setInput('caseNumber', caseNumber);
    // Not whenStable: a loading resource keeps the page unstable until its request is answered.
    fixture.detectChanges();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = () => (page().textContent ?? '').replace(/\s+/g, ' ');
  const button = (label: string) =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
  const settle = async () => {
    await fixture.whenStable();
  };

  async function fill(selector: string, value: string): Promise<void> {
    const field = page().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`${selector} missing`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  function expectView(token = 'tok-123'): TestRequest {
    const request = http.expectOne((r) => r.method === 'GET' && r.url === URL);
    expect(request.request.headers.get('X-Tracking-Token')).toBe(token);
    expect(request.request.headers.has('Authorization')).toBeFalse();
    expect(request.request.urlWithParams).not.toContain(token);
    return request;
  }

  async function open(view: PublicTrackingView = VIEW): Promise<void> {
    await navigate('SMP-2026-000042', 't=tok-123');
    expectView().flush(view);
    await settle();
  }

  it('opens the report from the link, with the code sent in a header, and shows it in plain words', async () => {
    await open();
    expect(page().querySelector('h1')?.textContent).toContain('Jalan berlubang depan SDN 2');
    expect(page().querySelector('.status-name')?.textContent).toContain('Sedang diproses');
    expect(text()).toContain('Petugas sedang menangani laporan Anda.');
    expect(text()).toContain('Kategori SP4N-LAPOR!: Terdisposisi Sedang Diproses');
    expect(text()).toContain('Ditangani oleh UPT PJJ Malang');
    expect(text()).toContain('WIB');
    expect(text()).toContain('Laporan diterima oleh DPU Kota Malang');
    expect(text()).toContain('Penanganan dilimpahkan ke UPT PJJ Malang');
    expect(page().querySelector('.reply')?.textContent).toContain(
      'Tim URC dijadwalkan menambal besok pagi.',
    );
    // Nothing to confirm or rate before the follow-up.
    expect(button('Ya, sudah selesai')).toBeUndefined();
    expect(page().querySelector('fieldset.stars')).toBeNull();
  });

  it('asks for the number and the code when opened bare, and accepts a pasted link', async () => {
    await navigate(undefined, null);
    http.expectNone(() => true);
    expect(page().querySelector('h1')?.textContent).toContain('Lacak laporan Anda');
    button('Buka laporan')?.click();
    await settle();
    http.expectNone(() => true);
    expect(text()).toContain('Wajib diisi');

    await fill('#tracking-case-number', 'smp-2026-000042');
    await fill('#tracking-token', 'https://simpul.example.id/lacak/SMP-2026-000042#t=tok-123');
    button('Buka laporan')?.click();
    fixture.detectChanges();
    expectView().flush(VIEW);
    await settle();
    expect(page().querySelector('h1')?.textContent).toContain('Jalan berlubang depan SDN 2');
    // The address bar keeps the link, the code in its fragment.
    expect(TestBed.inject(Router).url).toBe('/lacak/SMP-2026-000042#t=tok-123');
  });

  it('shows nothing of the report for a wrong code, and offers the form again', async () => {
    await navigate('SMP-2026-000042', 't=tok-123');
    expectView().flush(NOT_FOUND, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(page().querySelector('h1')?.textContent).toContain('Laporan tidak ditemukan');
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'Periksa nomor laporan dan kode pelacakan',
    );
    expect(page().querySelector<HTMLInputElement>('#tracking-case-number')?.value).toBe(
      'SMP-2026-000042',
    );
    expect(text()).not.toContain('Jalan berlubang');
  });

  it('sends a reply and shows it as the reporter’s own', async () => {
    await open();
    button('Kirim tanggapan')?.click();
    await settle();
    http.expectNone((r) => r.method === 'POST');
    await fill('#tracking-reply', '  Lubangnya makin besar  ');
    button('Kirim tanggapan')?.click();
    await settle();
    const reply = http.expectOne(`${URL}/replies`);
    expect(reply.request.method).toBe('POST');
    expect(reply.request.body).toEqual({ body: 'Lubangnya makin besar' });
    expect(reply.request.headers.get('X-Tracking-Token')).toBe('tok-123');
    reply.flush({
      ...VIEW,
      replies: [
        ...VIEW.replies,
        {
          id: 'r2',
          at: '2026-11-25T01:00:00.000Z',
          authorKind: 'reporter',
          agencyName: null,
          body: 'Lubangnya makin besar',
        },
      ],
    });
    await settle();
    const mine = page().querySelector('.reply.mine');
    expect(mine?.textContent).toContain('Anda');
    expect(mine?.textContent).toContain('Lubangnya makin besar');
    expect(text()).toContain('Tanggapan terkirim.');
    expect(page().querySelector<HTMLTextAreaElement>('#tracking-reply')?.value).toBe('');
  });

  it('explains confirm and dispute after a follow-up, and disputes with a reason', async () => {
    await open(FOLLOWED_UP);
    expect(page().querySelector('blockquote')?.textContent).toContain(
      'Lubang sudah ditambal pada Senin pagi.',
    );
    expect(text()).toContain('Laporan akan ditutup sebagai selesai.');
    expect(text()).toContain('Laporan akan dibuka kembali');
    button('Belum selesai')?.click();
    await settle();
    button('Kirim: belum selesai')?.click();
    await settle();
    http.expectNone(`${URL}/dispute`);
    await fill('#dispute-reason', 'Tambalan sudah lepas lagi');
    button('Kirim: belum selesai')?.click();
    await settle();
    const dispute = http.expectOne(`${URL}/dispute`);
    expect(dispute.request.body).toEqual({ reason: 'Tambalan sudah lepas lagi' });
    dispute.flush({
      ...FOLLOWED_UP,
      status: 'reopened',
      laporBucket: 'Terdisposisi Sedang Diproses',
      disputedAt: '2026-11-26T01:00:00.000Z',
      can: { reply: true, confirm: false, dispute: false, rate: true },
    });
    await settle();
    expect(page().querySelector('.status-name')?.textContent).toContain('Dibuka kembali');
    expect(text()).toContain('Anda menyatakan masalah belum selesai');
  });

  it('confirms the problem is solved', async () => {
    await open(FOLLOWED_UP);
    button('Ya, sudah selesai')?.click();
    await settle();
    const confirm = http.expectOne(`${URL}/confirm`);
    expect(confirm.request.method).toBe('POST');
    confirm.flush({
      ...FOLLOWED_UP,
      status: 'resolved',
      confirmedAt: '2026-11-26T01:00:00.000Z',
      can: { reply: true, confirm: false, dispute: true, rate: true },
    });
    await settle();
    expect(page().querySelector('.status-name')?.textContent).toContain('Selesai');
    expect(text()).toContain('Terima kasih, Anda menyatakan masalah sudah selesai');
  });

  it('rates with keyboard-reachable star radios and shows the API’s word on the field', async () => {
    await open(FOLLOWED_UP);
    const radios = page().querySelectorAll<HTMLInputElement>('fieldset.stars input[type=radio]');
    expect(radios.length).toBe(5);
    expect(radios[3].getAttribute('aria-label')).toBe('4 bintang');
    expect(page().querySelector('fieldset.stars legend')?.textContent).toContain('1–5 bintang');

    button('Kirim penilaian')?.click();
    await settle();
    http.expectNone(`${URL}/rating`);
    expect(page().querySelector('[role=alert]')?.textContent).toContain(
      'Pilih jumlah bintang terlebih dahulu.',
    );

    radios[3].focus();
    radios[3].click();
    await settle();
    expect(page().querySelectorAll('.star.filled').length).toBe(4);
    await fill('#rating-comment', 'Cepat');
    button('Kirim penilaian')?.click();
    await settle();
    const refused = http.expectOne(`${URL}/rating`);
    expect(refused.request.method).toBe('PUT');
    expect(refused.request.body).toEqual({ stars: 4, comment: 'Cepat' });
    refused.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: { id: 'Data tidak valid', en: 'Invalid input' },
        fields: [
          { field: 'stars', message: { id: 'stars maksimal 5', en: 'stars must be at most 5' } },
        ],
      } satisfies ApiErrorBody,
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text()).toContain('stars maksimal 5');

    button('Kirim penilaian')?.click();
    await settle();
    http.expectOne(`${URL}/rating`).flush({
      ...FOLLOWED_UP,
      rating: { stars: 4, comment: 'Cepat', ratedAt: '2026-11-26T01:00:00.000Z' },
    });
    await settle();
    expect(text()).toContain('Penilaian Anda: 4 dari 5 bintang.');
    expect(button('Ubah penilaian')).toBeDefined();
  });
});
