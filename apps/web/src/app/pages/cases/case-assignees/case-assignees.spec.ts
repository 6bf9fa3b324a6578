import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CaseDetail } from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { CaseAssignees } from './case-assignees';

const CASE = {
  id: 'case-42',
  version: 4,
  participants: [
    { agencyId: UPT_MALANG_OFFICER.agencyId, agencyShortName: 'UPT PJJ Malang', role: 'lead' },
    { agencyId: 'agency-dishub', agencyShortName: 'Dishub Jatim', role: 'collaborator' },
  ],
  assignees: [
    {
      userId: 'user-dishub',
      name: 'Dewi Lestari',
      agencyId: 'agency-dishub',
      agencyShortName: 'Dishub Jatim',
      assignedAt: '2026-11-21T01:00:00.000Z',
    },
    {
      userId: 'user-agus',
      name: 'Agus Prasetyo',
      agencyId: UPT_MALANG_OFFICER.agencyId,
      agencyShortName: 'UPT PJJ Malang',
      assignedAt: '2026-11-21T02:00:00.000Z',
    },
  ],
  permissions: { update: true, inviteObserver: true, actions: [] },
} as unknown as CaseDetail;

describe('CaseAssignees', () => {
  let fixture: ComponentFixture<CaseAssignees>;
  let http: HttpTestingController;
  let changed: CaseDetail[];

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [CaseAssignees], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
  });

  afterEach(() => http.verify());

  function create(detail: CaseDetail): HTMLElement {
    fixture = TestBed.createComponent(CaseAssignees);
    fixture.componentRef.setInput('detail', detail);
    changed = [];
    fixture.componentInstance.changed.subscribe((next) => changed.push(next));
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists officers per agency, lead first; only the acting agency’s can be unassigned', () => {
    const host = create(CASE);
    const headings = Array.from(host.querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(['UPT PJJ Malang', 'Dishub Jatim']);
    const buttons = Array.from(host.querySelectorAll('li button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(buttons).toEqual(['Cabut tugas Agus Prasetyo']);
  });

  it('offers the agency’s other officers, least loaded first, with their open cases, and assigns', async () => {
    const host = create(CASE);
    const input = host.querySelector<HTMLInputElement>('input');
    input?.dispatchEvent(new Event('focus'));
    http.expectOne('/api/cases/workload').flush([
      { userId: 'user-agus', name: 'Agus Prasetyo', role: 'petugas', openCases: 1 },
      { userId: 'user-rina', name: 'Rina Kusuma', role: 'petugas', openCases: 7 },
      { userId: 'user-budi', name: 'Budi Hartono', role: 'petugas', openCases: 2 },
    ]);
    input?.dispatchEvent(new Event('focusin'));
    input?.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) =>
      (o.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(options).toEqual(['Budi Hartono · 2 kasus terbuka', 'Rina Kusuma · 7 kasus terbuka']);

    (document.querySelector('mat-option') as HTMLElement).click();
    await fixture.whenStable();
    const assign = http.expectOne('/api/cases/case-42/assignees');
    expect(assign.request.method).toBe('POST');
    expect(assign.request.body).toEqual({ userId: 'user-budi' });
    assign.flush({ ...CASE, version: 5 });
    await fixture.whenStable();
    expect(changed.length).toBe(1);
    // Fresh counts after the change (and when the field takes the focus back).
    const refreshed = http.match('/api/cases/workload');
    expect(refreshed.length).toBeGreaterThan(0);
    refreshed.forEach((r) => r.flush([]));
  });

  it('unassigns an officer of the acting agency', async () => {
    const host = create(CASE);
    host.querySelector<HTMLButtonElement>('li button')?.click();
    const request = http.expectOne('/api/cases/case-42/assignees/user-agus');
    expect(request.request.method).toBe('DELETE');
    request.flush({ ...CASE, assignees: [CASE.assignees[0]] });
    await fixture.whenStable();
    expect(changed.length).toBe(1);
    http.expectOne('/api/cases/workload').flush([]);
  });

  it('offers no assignment to an observer agency or without the update permission', () => {
    const host = create({ ...CASE, permissions: { ...CASE.permissions, update: false } });
    expect(host.querySelector('input')).toBeNull();
    expect(host.querySelector('li button')).toBeNull();
    expect(host.textContent).toContain('Agus Prasetyo');
  });
});
