import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseDetail, CaseEvent } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseDossierPage } from './case-dossier-page';

/** A case as the API answers it (flushed as JSON, so the contract's newest fields may be absent). */
const DETAIL = {
  id: 'case-42',
  number: 'SMP-2026-000042',
  title: 'Jalan berlubang di Jl. Raya Kepanjen',
  channel: 'whatsapp',
  classification: 'pengaduan',
  category: 'jalan_rusak',
  status: 'in_progress',
  laporBucket: 'Terdisposisi Sedang Diproses',
  priority: 'high',
  leadAgencyId: 'agency-upt-malang',
  leadAgencyShortName: 'UPT PJJ Malang',
  regencyCode: '35.07',
  createdAt: '2026-11-20T02:30:00.000Z',
  description: 'Lubang besar dekat pasar Kepanjen, sudah dua motor jatuh.',
  locationText: 'Jl. Raya Kepanjen km 3',
  location: {
    lat: -8.1631,
    lng: 112.5733,
    addressText: 'Jl. Raya Kepanjen km 3',
    provinceCode: '35',
    regencyCode: '35.07',
    districtCode: '35.07.16',
    villageCode: null,
    confidence: 'pinned',
    source: 'staff',
    updatedAt: '2026-11-22T03:00:00.000Z',
  },
  incidentDate: '2026-11-19',
  intakeAgencyId: 'agency-dpu',
  tags: ['urc', 'jalan provinsi'],
  participants: [
    { agencyId: 'agency-upt-malang', agencyShortName: 'UPT PJJ Malang', role: 'lead' },
    { agencyId: 'agency-dishub', agencyShortName: 'Dishub Jatim', role: 'observer' },
  ],
  assignees: [
    {
      userId: 'user-7',
      name: 'Bagus Prasetyo',
      agencyId: 'agency-upt-malang',
      agencyShortName: 'UPT PJJ Malang',
      assignedAt: '2026-11-21T01:00:00.000Z',
    },
  ],
  reports: [
    {
      id: 'report-1',
      trackingId: '1916449',
      confidential: false,
      intakeAgencyId: 'agency-intake',
      reporter: {
        name: 'Budi Santoso',
        contact: '081200000001',
        nik: null,
        anonymous: false,
        hidden: ['nik'],
        canRevealIdentity: false,
      },
    },
    {
      id: 'report-2',
      trackingId: null,
      confidential: true,
      intakeAgencyId: 'agency-intake',
      reporter: {
        name: null,
        contact: null,
        nik: null,
        anonymous: true,
        hidden: ['name', 'contact', 'nik'],
        canRevealIdentity: false,
      },
    },
  ],
  permissions: { update: true, inviteObserver: true, actions: [] },
  clocks: [
    {
      clock: 'resolution',
      label: { id: 'Penyelesaian (60 hari)', en: 'Resolution (60 days)' },
      kind: 'calendar_days',
      amount: 60,
      startedAt: '2026-11-20T02:30:00.000Z',
      deadline: '2027-01-19T09:00:00.000Z',
      paused: false,
      completedAt: null,
      escalatedAt: null,
      state: 'on_track',
    },
  ],
  slaState: 'on_track',
  version: 7,
  updatedAt: '2026-11-22T03:00:00.000Z',
} satisfies Partial<CaseDetail>;

const EVENTS: CaseEvent[] = [
  {
    seq: 1,
    at: '2026-11-20T02:30:00.000Z',
    type: 'case.created',
    actorUserId: 'user-1',
    actorName: 'Sari Wulandari',
    actorAgencyId: 'agency-upt-malang',
    before: null,
    after: { status: 'new', title: 'Jalan berlubang di Jl. Raya Kepanjen' },
  },
  {
    seq: 2,
    at: '2026-11-21T02:30:00.000Z',
    type: 'case.tags_changed',
    actorUserId: 'user-1',
    actorName: 'Sari Wulandari',
    actorAgencyId: 'agency-upt-malang',
    before: { tags: [] },
    after: { tags: ['urc', 'jalan provinsi'], added: ['urc', 'jalan provinsi'], removed: [] },
  },
];

describe('CaseDossierPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const routes: Routes = [{ path: 'kasus/:id/cetak', component: CaseDossierPage }];

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders(routes) });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  const text = () =>
    ((harness.routeNativeElement as HTMLElement).textContent ?? '').replace(/\s+/g, ' ');

  async function open(attachments: object | 404 = { items: [] }): Promise<void> {
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl('/kasus/case-42/cetak');
    await settle();
    http.expectOne('/api/areas/regencies').flush([{ code: '35.07', name: 'Kabupaten Malang' }]);
    http.expectOne('/api/cases/case-42').flush(DETAIL);
    await settle();
    http.expectOne('/api/cases/case-42/events').flush(EVENTS);
    const files = http.expectOne('/api/cases/case-42/attachments');
    if (attachments === 404) files.flush(null, { status: 404, statusText: 'Not Found' });
    else files.flush(attachments);
    await harness.fixture.whenStable();
  }

  it('prints the facts, location with coordinates and confidence, agencies, officers and clocks', async () => {
    await open();
    const shown = text();
    expect(shown).toContain('Berkas kasus Simpul');
    expect(shown).toContain('SMP-2026-000042');
    expect(shown).toContain('Jalan berlubang di Jl. Raya Kepanjen');
    expect(shown).toContain('Lubang besar dekat pasar Kepanjen');
    expect(shown).toContain('Terdisposisi Sedang Diproses');
    expect(shown).toContain('urc, jalan provinsi');
    expect(shown).toContain('-8.1631, 112.5733');
    expect(shown).toContain('Ditandai di peta');
    expect(shown).toContain('Kabupaten Malang (35.07)');
    expect(shown).toContain('Dishub Jatim');
    expect(shown).toContain('Bagus Prasetyo');
    expect(shown).toContain('Penyelesaian (60 hari)');
    expect(shown).toContain('Dicetak');
    expect(shown).toContain('Sari Wulandari');
  });

  it('prints only the reporter data the API gave, saying why the rest is withheld', async () => {
    await open();
    const shown = text();
    expect(shown).toContain('Budi Santoso');
    expect(shown).toContain('081200000001');
    expect(shown).toContain('Hanya untuk instansi penerima aduan');
    expect(shown).toContain('Disembunyikan (anonim)');
    expect(shown).toContain('Laporan LAPOR! #1916449');
  });

  it('prints the whole timeline and the attachments list', async () => {
    await open({
      items: [
        {
          id: 'file-1',
          fileName: 'foto-lubang.jpg',
          byteSize: 2_400_000,
          caption: 'Tampak dari utara',
          createdAt: '2026-11-21T03:00:00.000Z',
          uploaderAgency: { id: 'agency-upt-malang', shortName: 'UPT PJJ Malang' },
        },
      ],
    });
    const shown = text();
    expect(shown).toContain('Aduan dicatat');
    expect(shown).toContain('mengubah label: urc, jalan provinsi');
    expect(shown).toContain('foto-lubang.jpg');
    expect(shown).toContain('2.3 MB');
    expect(shown).toContain('Tampak dari utara');
  });

  it('leaves the attachments out where the API has none to list', async () => {
    await open(404);
    expect(text()).not.toContain('Lampiran');
    expect(text()).toContain('Aduan dicatat');
  });

  it('prints with the browser', async () => {
    await open();
    const print = spyOn(window, 'print');
    const button = Array.from(
      (harness.routeNativeElement as HTMLElement).querySelectorAll('button'),
    ).find((b) => b.textContent?.trim() === 'Cetak');
    button?.click();
    expect(print).toHaveBeenCalled();
  });
});
