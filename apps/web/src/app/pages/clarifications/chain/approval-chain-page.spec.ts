import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ClarificationChainView } from '@simpul/contracts';
import {
  DPU_ADMIN,
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { ApprovalChainPage, eligibleFor } from './approval-chain-page';

const DPU = DPU_ADMIN.agencyId;
const UPT = UPT_MALANG_OFFICER.agencyId;
const URL = `/api/clarifications/chains/${DPU}`;

const people: ClarificationChainView['people'] = [
  { userId: 'u-humas', name: 'Rina Humas', agencyId: DPU, agencyShortName: 'DPU', role: 'humas' },
  {
    userId: 'u-pimpinan',
    name: 'Bambang Pimpinan',
    agencyId: DPU,
    agencyShortName: 'DPU',
    role: 'pimpinan',
  },
  {
    userId: 'u-petugas',
    name: 'Eko Petugas',
    agencyId: UPT,
    agencyShortName: 'UPT',
    role: 'petugas',
  },
];

const chain = (over: Partial<ClarificationChainView> = {}): ClarificationChainView => ({
  agencyId: DPU,
  agencyShortName: 'DPU BM Jatim',
  version: 0,
  configured: false,
  steps: [
    {
      position: 0,
      name: 'Humas',
      approverAgencyId: DPU,
      approverAgencyShortName: 'DPU',
      role: 'humas',
      userIds: [],
      alternateUserIds: [],
      eligible: [{ userId: 'u-humas', name: 'Rina Humas' }],
      noEligibleApprover: false,
      warning: null,
    },
  ],
  stepsWithoutApprover: 0,
  mayConfigure: true,
  agencies: [
    { id: DPU, shortName: 'DPU', name: 'Dinas PU Bina Marga' },
    { id: UPT, shortName: 'UPT', name: 'UPT PJJ Malang' },
  ],
  people,
  updatedAt: null,
  updatedByName: null,
  ...over,
});

describe('ApprovalChainPage', () => {
  let fixture: ComponentFixture<ApprovalChainPage>;
  let http: HttpTestingController;
  let opened = false;

  async function open(): Promise<void> {
    TestBed.configureTestingModule({ imports: [ApprovalChainPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    opened = true;
    signInAs(testUser({ memberships: [DPU_ADMIN] }));
    fixture = TestBed.createComponent(ApprovalChainPage);
    fixture.detectChanges();
    await fixture.whenStable();
  }

  // The pure eligibility test opens no page; jasmine's random order may run it first.
  afterEach(() => {
    if (opened) http.verify();
    opened = false;
  });

  const host = () => fixture.nativeElement as HTMLElement;
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const button = (label: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    ) ?? null;

  it('counts role holders, named people and alternates as eligible, like the API', () => {
    const step = {
      name: 'Cek fakta',
      kind: 'role' as const,
      approverAgencyId: UPT,
      role: 'petugas' as const,
      userIds: [],
      alternateUserIds: ['u-pimpinan'],
    };
    expect(eligibleFor(step, people)).toEqual(['u-petugas', 'u-pimpinan']);
    expect(eligibleFor({ ...step, role: 'pimpinan', alternateUserIds: [] }, people)).toEqual([]);
    expect(
      eligibleFor(
        { ...step, kind: 'people', userIds: ['u-humas', 'gone'], alternateUserIds: [] },
        people,
      ),
    ).toEqual(['u-humas']);
  });

  it('warns live about a step nobody may decide, and saves the whole list over the version read', async () => {
    await open();
    http.expectOne(URL).flush(chain());
    await settle();
    expect(host().textContent).toContain('Belum diatur: berlaku rantai bawaan');
    expect(host().querySelector('#approval-chain-warning')).toBeNull();
    expect(host().querySelector('#approval-chain-step-0')?.textContent).toContain('Rina Humas');

    // A new step defaults to the agency's pimpinan; moved to the UPT it has nobody.
    button('Tambah langkah')?.click();
    await settle();
    expect(host().querySelector('#approval-chain-step-1')?.textContent).toContain(
      'Bambang Pimpinan',
    );
    const page = fixture.componentInstance as unknown as {
      change(i: number, patch: object): void;
    };
    page.change(1, { name: 'Pimpinan UPT', approverAgencyId: UPT });
    await settle();
    expect(host().querySelector('#approval-chain-step-1')?.textContent).toContain(
      'Langkah ini tidak punya penyetuju',
    );
    expect(host().querySelector('#approval-chain-warning')?.textContent).toContain(
      '1 langkah tidak punya penyetuju',
    );

    button('Simpan')?.click();
    await settle();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === URL);
    expect(put.request.body).toEqual({
      baseVersion: 0,
      steps: [
        { name: 'Humas', approverAgencyId: DPU, role: 'humas', alternateUserIds: [] },
        { name: 'Pimpinan UPT', approverAgencyId: UPT, role: 'pimpinan', alternateUserIds: [] },
      ],
    });
    put.flush(chain({ version: 1, configured: true }));
    await settle();
    expect(host().textContent).toContain('Tersimpan (versi 1)');
  });

  it('says when someone else saved first and offers to reload', async () => {
    await open();
    http.expectOne(URL).flush(chain({ version: 2, configured: true }));
    await settle();
    button('Simpan')?.click();
    await settle();
    http
      .expectOne((r) => r.method === 'PUT' && r.url === URL)
      .flush(
        {
          code: 'STALE_VERSION',
          message: {
            id: 'Rantai persetujuan telah diubah orang lain sejak Anda membukanya.',
            en: 'Someone else changed the approval chain since you opened it.',
          },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(host().textContent).toContain('telah diubah orang lain');
    button('Muat ulang rantai terbaru')?.click();
    await settle();
    http.expectOne(URL).flush(chain({ version: 3, configured: true }));
    await settle();
    expect(host().textContent).not.toContain('telah diubah orang lain');
  });

  it('shows the chain without editing to someone who may not configure it', async () => {
    await open();
    http.expectOne(URL).flush(chain({ mayConfigure: false }));
    await settle();
    expect(host().querySelector('input')).toBeNull();
    expect(button('Simpan')).toBeNull();
    expect(host().textContent).toContain('Hanya admin dan pimpinan instansi ini');
    expect(host().textContent).toContain('Humas · DPU');
  });
});
