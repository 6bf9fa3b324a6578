import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { InboxItem } from '@simpul/contracts';
import { webTestProviders } from '../../../testing/web-test-providers';
import { InboxMap, SLA_PIN_COLOURS } from './inbox-map';

const BASE: InboxItem = {
  id: 'case-1',
  number: 'SMP-2026-000001',
  title: 'Jalan berlubang',
  channel: 'whatsapp',
  classification: 'pengaduan',
  category: 'jalan_rusak',
  status: 'new',
  laporBucket: 'Belum Terverifikasi',
  priority: 'normal',
  leadAgencyId: 'agency-1',
  leadAgencyShortName: 'UPT PJJ Malang',
  regencyCode: null,
  createdAt: '2026-11-20T02:30:00.000Z',
  nextDeadline: null,
  slaState: null,
  escalated: false,
  lat: null,
  lng: null,
  locationConfidence: 'unknown',
  tags: [],
};

const item = (id: string, overrides: Partial<InboxItem>): InboxItem => ({
  ...BASE,
  id,
  number: `SMP-2026-${id}`,
  ...overrides,
});

describe('InboxMap', () => {
  let fixture: ComponentFixture<InboxMap>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [InboxMap], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
  });

  async function show(items: InboxItem[]): Promise<HTMLElement> {
    fixture = TestBed.createComponent(InboxMap);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('regencies', [{ code: '35.07', name: 'Kabupaten Malang' }]);
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/public/settings').flush({ mapTileUrl: '', mapAttribution: '' });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  /** Leaflet loads on first use; wait until it has drawn the pins. */
  async function pins(host: HTMLElement, count: number): Promise<SVGPathElement[]> {
    for (let i = 0; i < 100; i++) {
      const drawn = Array.from(host.querySelectorAll<SVGPathElement>('path.leaflet-interactive'));
      if (drawn.length >= count) return drawn;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`expected ${count} pins`);
  }

  it('pins cases with a point, coloured by SLA state, and lists area-only cases beside the map', async () => {
    const host = await show([
      item('000001', { lat: -7.98, lng: 112.63, slaState: 'overdue', locationConfidence: 'gps' }),
      item('000002', { lat: -8.1, lng: 112.7, slaState: 'on_track', locationConfidence: 'pinned' }),
      item('000003', {
        title: 'Drainase mampet',
        locationConfidence: 'area',
        regencyCode: '35.07',
      }),
      item('000004', { title: 'Lampu mati', locationConfidence: 'unknown' }),
    ]);

    const drawn = await pins(host, 2);
    expect(drawn.length).toBe(2);
    const fills = drawn.map((pin) => pin.getAttribute('fill'));
    expect(fills).toContain(SLA_PIN_COLOURS.overdue);
    expect(fills).toContain(SLA_PIN_COLOURS.on_track);

    const text = host.textContent ?? '';
    expect(text).toContain('2 kasus bertitik di peta');
    expect(text).toContain('1 kasus tanpa titik — hanya wilayah');
    expect(text).toContain('Drainase mampet');
    expect(text).toContain('Kabupaten Malang');
    expect(text).toContain('1 kasus belum berlokasi');
    expect(text).toContain('Lampu mati');
    expect(text).toContain('Gambar peta tidak dapat dimuat');
    const areaLink = Array.from(host.querySelectorAll('a')).find(
      (a) => a.textContent?.trim() === 'SMP-2026-000003',
    );
    expect(areaLink?.getAttribute('href')).toBe('/kasus/000003');
  });

  it('opens a popup with the case number, title and a link', async () => {
    const host = await show([
      item('000009', { title: 'Jembatan retak', lat: -7.9, lng: 112.6, slaState: 'due_soon' }),
    ]);
    const [pin] = await pins(host, 1);
    pin.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await fixture.whenStable();
    const popup = host.querySelector('.sp-inbox-map-popup');
    expect(popup?.textContent).toContain('Jembatan retak');
    expect(popup?.textContent).toContain('Segera jatuh tempo');
    expect(popup?.querySelector('a')?.getAttribute('href')).toBe('/kasus/000009');
  });

  it('says so when none of the cases has a point', async () => {
    const host = await show([item('000005', { locationConfidence: 'area', regencyCode: '35.07' })]);
    expect(host.textContent).toContain('0 kasus bertitik di peta');
    expect(host.textContent).toContain('Belum ada kasus bertitik');
  });

  it('shows every match from the server per part of the map, not only the loaded rows', async () => {
    fixture = TestBed.createComponent(InboxMap);
    fixture.componentRef.setInput('items', [
      item('000001', { lat: -7.98, lng: 112.63, slaState: 'overdue', locationConfidence: 'gps' }),
    ]);
    fixture.componentRef.setInput('query', { status: 'new', limit: 50, sort: 'newest' });
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/public/settings').flush({ mapTileUrl: '', mapAttribution: '' });
    let request = null;
    for (let i = 0; i < 100 && !request; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      request = http.match((r) => r.url === '/api/cases/map')[0] ?? null;
    }
    if (!request) throw new Error('no map request');
    // The inbox's filters without paging, the window in view and the zoom.
    expect(request.request.params.get('status')).toBe('new');
    expect(request.request.params.has('limit')).toBeFalse();
    expect(request.request.params.has('sort')).toBeFalse();
    expect(request.request.params.get('bbox')).toMatch(/^-?\d+\.\d+(,-?\d+\.\d+){3}$/);
    expect(Number(request.request.params.get('zoom'))).toBeGreaterThanOrEqual(0);
    request.flush({
      cells: [
        {
          lat: -7.9,
          lng: 112.6,
          count: 1234,
          bounds: [112.5, -8, 112.7, -7.8],
          case: null,
        },
        {
          lat: -7.98,
          lng: 112.63,
          count: 1,
          bounds: [112.6, -8, 112.7, -7.9],
          case: {
            id: '000001',
            number: 'SMP-2026-000001',
            title: 'Jalan berlubang',
            status: 'new',
          },
        },
      ],
      cellSize: 0.1,
      inWindow: 1235,
      withoutPoint: 17,
      truncated: false,
      totalIsEstimate: false,
    });
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    let cluster: HTMLElement | null = null;
    for (let i = 0; i < 100 && !cluster; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      cluster = host.querySelector<HTMLElement>('.sp-inbox-map-cluster');
    }
    expect(cluster?.textContent).toContain('1.234');
    expect(cluster?.getAttribute('title')).toBe('1234 kasus di sini — ketuk untuk memperbesar');
    const [pin] = await pins(host, 1);
    expect(pin.getAttribute('fill')).toBe(SLA_PIN_COLOURS.overdue);
    expect(host.textContent).toContain('1235 kasus bertitik di bagian peta ini');
    expect(host.textContent).toContain('17 kasus yang cocok tidak punya titik');
  });
});
