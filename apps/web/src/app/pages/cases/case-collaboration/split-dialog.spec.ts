import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type {
  AgencySummary,
  CaseReportView,
  OwnerSuggestion,
  SplitCaseResponse,
} from '@simpul/contracts';
import {
  UPT_MALANG_OFFICER,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { SplitDialog, type SplitDialogData } from './split-dialog';

const LEAD = UPT_MALANG_OFFICER.agencyId;
const BBPJN: AgencySummary = {
  id: 'agency-bbpjn',
  code: 'bbpjn-jatim-bali',
  name: 'Balai Besar Pelaksanaan Jalan Nasional Jawa Timur–Bali',
  shortName: 'BBPJN Jatim-Bali',
  kind: 'bbpjn',
  parentId: null,
  regencyCodes: [],
  active: true,
} as unknown as AgencySummary;
const OWN: AgencySummary = { ...BBPJN, id: LEAD, shortName: 'UPT PJJ Malang', code: 'upt' };

function report(id: string, name: string | null, trackingId: string | null): CaseReportView {
  return {
    id,
    trackingId,
    confidential: false,
    reporter: {
      name,
      contact: null,
      nik: null,
      anonymous: name === null,
      hidden: name === null ? ['name'] : [],
      canRevealIdentity: false,
    },
    intakeAgencyId: LEAD,
  };
}

function suggestion(confidence: OwnerSuggestion['confidence']): OwnerSuggestion {
  return {
    basis: 'segment',
    agencyId: BBPJN.id,
    agencyShortName: BBPJN.shortName,
    confidence,
    candidates: [],
    explanation: {
      id: 'Titik berada 8 m dari ruas nasional 008 (SAMPLE).',
      en: 'The point is 8 m from national segment 008 (SAMPLE).',
    },
    roadStatus: 'nasional',
    asOf: '2026-12-01',
  } as unknown as OwnerSuggestion;
}

describe('SplitDialog', () => {
  let fixture: ComponentFixture<SplitDialog>;
  let http: HttpTestingController;
  let closed: unknown[];

  afterEach(() => http.verify());

  async function open(
    reports: CaseReportView[],
    confidence: OwnerSuggestion['confidence'],
  ): Promise<HTMLElement> {
    closed = [];
    const data: SplitDialogData = {
      caseId: 'case-42',
      version: 4,
      title: 'Jalan berlubang di perbatasan Kepanjen',
      leadAgencyId: LEAD,
      reports,
    };
    TestBed.configureTestingModule({
      imports: [SplitDialog],
      providers: [
        ...webTestProviders(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (value: unknown) => closed.push(value) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(SplitDialog);
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/agencies').flush([OWN, BBPJN]);
    http.expectOne('/api/cases/case-42/owner-suggestion').flush(suggestion(confidence));
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (host: HTMLElement) => (host.textContent ?? '').replace(/\s+/g, ' ');
  const checkboxes = (host: HTMLElement) =>
    Array.from(host.querySelectorAll<HTMLInputElement>('mat-checkbox input[type=checkbox]'));
  const typeReason = (host: HTMLElement, value: string) => {
    const area = host.querySelector<HTMLTextAreaElement>('textarea[formcontrolname=reason]');
    if (!area) throw new Error('no reason field');
    area.value = value;
    area.dispatchEvent(new Event('input'));
  };
  const submit = async (host: HTMLElement) => {
    host.querySelector<HTMLFormElement>('#split-form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('pre-fills the suggested owner, moves the ticked reports and proposes the new case to it', async () => {
    const host = await open(
      [report('r1', 'Budi Santoso', 'LPR-1'), report('r2', null, null)],
      'high',
    );
    // The suggestion names another agency: it is the target, with its sentence shown.
    expect(text(host)).toContain('Saran pemilik: BBPJN Jatim-Bali.');
    expect(text(host)).toContain('Titik berada 8 m dari ruas nasional 008 (SAMPLE).');
    expect(text(host)).toContain('BBPJN Jatim-Bali — Balai Besar');
    expect(text(host)).toContain('Setelah diterima, instansi kami');

    // The reports as checkboxes; the original keeps at least one, so the second locks.
    const boxes = checkboxes(host);
    expect(boxes).toHaveSize(2);
    expect(text(host)).toContain('#1 · Budi Santoso · LPR-1');
    boxes[0].click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(checkboxes(host)[1].disabled).toBeTrue();
    expect(text(host)).toContain(
      'Kasus baru dibuat dengan 1 laporan terpilih dan diusulkan ke BBPJN Jatim-Bali',
    );

    // Without a reason nothing is sent.
    await submit(host);
    http.expectNone('/api/cases/case-42/split');

    typeReason(host, 'Ruas nasional di sisi utara jembatan');
    await submit(host);
    const request = http.expectOne('/api/cases/case-42/split');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(request.request.body).toEqual({
      version: 4,
      title: 'Jalan berlubang di perbatasan Kepanjen',
      reportIds: ['r1'],
      reason: 'Ruas nasional di sisi utara jembatan',
      targetAgencyId: BBPJN.id,
      handoffReason: 'road_status',
      senderChoice: 'stay_as_collaborator',
    });
    const answer = {
      caseId: 'case-42',
      newCaseId: 'case-43',
      newCaseNumber: 'SMP-2026-000043',
      movedReportIds: ['r1'],
      handoff: null,
    } satisfies SplitCaseResponse;
    request.flush(answer);
    await fixture.whenStable();
    expect(closed).toEqual([answer]);
  });

  it('keeps a one-report complaint whole, and without a sure suggestion the new case stays ours', async () => {
    const host = await open([report('r1', 'Budi Santoso', null)], 'low');
    expect(checkboxes(host)).toHaveSize(0);
    expect(text(host)).toContain('laporannya tetap di sini dan kasus baru hanya ditautkan');
    // No handoff questions while the target is our own agency.
    expect(text(host)).not.toContain('Setelah diterima, instansi kami');
    expect(text(host)).toContain(
      'Kasus baru tanpa laporan dibuat, dipimpin instansi Anda dan ditautkan ke kasus ini.',
    );

    typeReason(host, 'Bagian kedua dikerjakan terpisah');
    await submit(host);
    const request = http.expectOne('/api/cases/case-42/split');
    expect(request.request.body).toEqual({
      version: 4,
      title: 'Jalan berlubang di perbatasan Kepanjen',
      reportIds: [],
      reason: 'Bagian kedua dikerjakan terpisah',
    });
    // A refusal naming a field shows; the dialog stays open.
    request.flush(
      {
        statusCode: 409,
        code: 'STALE_VERSION',
        message: { id: 'Kasus sudah berubah', en: 'The case changed' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(closed).toEqual([]);
    expect(host.querySelector('sp-error-message')?.textContent).toContain('Kasus sudah berubah');
  });
});
