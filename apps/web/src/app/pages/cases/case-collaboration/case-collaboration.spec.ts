import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type {
  CaseCollaborationView,
  CaseDetail,
  Membership,
  ParticipantView,
} from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseCollaboration } from './case-collaboration';

const PLN: Membership = {
  agencyId: 'agency-pln',
  agencyName: 'PT PLN (Persero) UP3 Malang',
  agencyShortName: 'PLN Malang',
  role: 'petugas',
};
const CASE = { id: 'case-42', version: 4, reports: [] } as unknown as CaseDetail;

function participant(overrides: Partial<ParticipantView>): ParticipantView {
  return {
    agencyId: UPT_MALANG_OFFICER.agencyId,
    agencyShortName: 'UPT PJJ Malang',
    role: 'lead',
    status: 'active',
    task: null,
    invitedByName: null,
    invitedAt: '2026-11-20T02:30:00.000Z',
    decidedByName: null,
    decidedAt: null,
    declineReason: null,
    endedByName: null,
    endedAt: null,
    endReason: null,
    ...overrides,
  };
}

function plnEntry(status: 'invited' | 'active'): ParticipantView {
  return participant({
    agencyId: PLN.agencyId,
    agencyShortName: 'PLN Malang',
    role: 'collaborator',
    status,
    task: {
      collaborationId: 'collab-1',
      text: 'PLN: padamkan listrik untuk penggantian tiang',
      required: true,
      status: 'open',
      version: status === 'invited' ? 1 : 2,
      updatedAt: '2026-11-20T03:00:00.000Z',
      updatedByName: null,
    },
    invitedByName: 'Sari Wulandari',
  });
}

function view(
  pln: 'invited' | 'active',
  permissions: Partial<CaseCollaborationView['permissions']>,
): CaseCollaborationView {
  return {
    caseId: 'case-42',
    participants: [participant({}), plnEntry(pln)],
    openRequiredTasks: 1,
    splitLinks: [],
    permissions: {
      manage: false,
      decide: false,
      updateTask: false,
      leave: false,
      split: false,
      ...permissions,
    },
  };
}

describe('CaseCollaboration', () => {
  let fixture: ComponentFixture<CaseCollaboration>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function show(membership: Membership, answer: CaseCollaborationView): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [CaseCollaboration], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [membership] }));
    fixture = TestBed.createComponent(CaseCollaboration);
    fixture.componentRef.setInput('detail', CASE);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    const request = http.expectOne('/api/cases/case-42/collaboration');
    expect(request.request.headers.get('x-simpul-agency')).toBe(membership.agencyId);
    request.flush(answer);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (host: HTMLElement) => (host.textContent ?? '').replace(/\s+/g, ' ');
  const buttons = (host: HTMLElement) =>
    Array.from(host.querySelectorAll('button')).map((b) => b.textContent?.trim());

  it('lists the participants with role, standing and task; the lead invites and ends, nothing more', async () => {
    const host = await show(UPT_MALANG_OFFICER, view('invited', { manage: true, split: true }));
    const items = Array.from(host.querySelectorAll('.participants li')).map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(items[0]).toContain('UPT PJJ Malang');
    expect(items[0]).toContain('Utama');
    expect(items[1]).toContain('PLN Malang');
    expect(items[1]).toContain('Kolaborator');
    expect(items[1]).toContain('Menunggu jawaban');
    expect(items[1]).toContain('Tugas wajib: PLN: padamkan listrik untuk penggantian tiang');
    expect(items[1]).toContain('Belum dikerjakan');
    expect(text(host)).toContain('1 tugas wajib belum selesai');
    // No accept banner and no task control for the lead; it invites and ends participants.
    expect(host.querySelector('.banner')).toBeNull();
    expect(host.querySelector('mat-select')).toBeNull();
    // A pending invitation is cancelled, an accepted one ended.
    expect(buttons(host)).toEqual(['Batalkan undangan', 'Undang kolaborator']);
  });

  it('shows the invited agency the task with accept and decline, and accepts', async () => {
    const host = await show(PLN, view('invited', { decide: true, leave: true }));
    const banner = host.querySelector('.banner');
    expect(banner?.textContent).toContain('Instansi Anda diundang menjadi kolaborator');
    expect(banner?.textContent).toContain('PLN: padamkan listrik untuk penggantian tiang');
    expect(host.querySelector('mat-select')).toBeNull();
    // It answers the invitation; it does not "leave" a case it has not joined.
    expect(buttons(host)).toEqual(['Terima undangan', 'Tolak']);

    const accept = Array.from(host.querySelectorAll<HTMLButtonElement>('.banner button')).find(
      (b) => b.textContent?.trim() === 'Terima undangan',
    );
    accept?.click();
    const request = http.expectOne('/api/cases/case-42/collaboration/accept');
    expect(request.request.method).toBe('POST');
    request.flush(view('active', { updateTask: true, leave: true }));
    await fixture.whenStable();
    expect(host.querySelector('.banner')).toBeNull();
    expect(text(host)).toContain('Aktif');
    expect(host.querySelector('mat-select')).not.toBeNull();
  });

  it('gives the task-status control to the collaborator on its own task only', async () => {
    const asCollaborator = await show(PLN, view('active', { updateTask: true, leave: true }));
    const selects = asCollaborator.querySelectorAll('.participants li mat-select');
    expect(selects).toHaveSize(1);
    expect(selects[0].closest('li')?.textContent).toContain('PLN Malang');
    expect(buttons(asCollaborator)).toContain('Keluar dari kasus');
    expect(buttons(asCollaborator)).not.toContain('Akhiri keikutsertaan');
  });

  it('offers "Pisahkan kasus" to the lead when it may split and the case has a report', async () => {
    const withReport = {
      ...CASE,
      title: 'Jalan berlubang',
      reports: [{ id: 'r1', trackingId: null, reporter: { name: 'Budi' } }],
    } as unknown as CaseDetail;
    TestBed.configureTestingModule({ imports: [CaseCollaboration], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(CaseCollaboration);
    fixture.componentRef.setInput('detail', withReport);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/cases/case-42/collaboration')
      .flush(view('active', { manage: true, split: true }));
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(buttons(host)).toContain('Pisahkan kasus');
    // It opens the split dialog, which asks for the agencies and the owner suggestion.
    Array.from(host.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Pisahkan kasus')
      ?.click();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/agencies').flush([]);
    http
      .expectOne('/api/cases/case-42/owner-suggestion')
      .flush({}, { status: 404, statusText: 'x' });
    expect(document.querySelector('sp-split-dialog')?.textContent).toContain('Judul kasus baru');
  });

  it('does not offer a split without the right or without reports', async () => {
    const host = await show(UPT_MALANG_OFFICER, view('active', { manage: true, split: true }));
    expect(buttons(host)).not.toContain('Pisahkan kasus');
  });

  it('shows the lead what to do when no other agency takes part', async () => {
    const alone: CaseCollaborationView = {
      ...view('active', { manage: true }),
      participants: [participant({})],
      openRequiredTasks: 0,
    };
    const host = await show(UPT_MALANG_OFFICER, alone);
    expect(text(host)).toContain('Belum ada instansi lain. Undang kolaborator');
  });
});
