import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { AuditEntry } from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import {
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../../testing/web-test-providers';
import { AuditLogPage } from './audit-log-page';

function entry(id: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: '2026-11-28T07:05:00.000Z',
    action: 'identity.revealed',
    actorUserId: 'user-1',
    actorName: 'Sari Wulandari',
    agencyId: 'agency-dpu',
    targetType: 'report',
    targetId: 'report-1-abcdef',
    ip: '10.0.0.7',
    details: {},
    ...overrides,
  };
}

describe('AuditLogPage', () => {
  let fixture: ComponentFixture<AuditLogPage>;
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ imports: [AuditLogPage], providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser());
    fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
  });

  afterEach(() => {
    http.verify();
    clearDeviceStorage();
  });

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const auditRequest = (before: string | null): TestRequest =>
    http.expectOne(
      (r) =>
        r.url === '/api/audit' &&
        r.params.get('limit') === '50' &&
        r.params.get('before') === before,
    );

  it('shows readable actions with times in WIB and loads older entries on request', async () => {
    auditRequest(null).flush({ entries: [entry('a1')], nextCursor: 'cursor-1' });
    await fixture.whenStable();
    expect(text()).toContain('Identitas pelapor dibuka');
    expect(text()).toContain('Sari Wulandari');
    expect(text()).toContain('10.0.0.7');
    // 07:05 UTC is 14.05 in Western Indonesian Time.
    expect(text()).toMatch(/14[.:]05 WIB/);

    const more = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button'),
    ).find((b) => b.textContent?.trim() === 'Muat lebih banyak');
    more?.click();
    auditRequest('cursor-1').flush({
      entries: [entry('a2', { action: 'auth.sign_in_failed', actorName: null })],
      nextCursor: null,
    });
    await fixture.whenStable();
    expect(text()).toContain('Identitas pelapor dibuka');
    expect(text()).toContain('Gagal masuk');
    expect(text()).toContain('Sistem / tanpa akun');
    expect(text()).toContain('Semua catatan sudah ditampilkan.');
    expect(text()).not.toContain('Muat lebih banyak');
  });

  it('speaks English when chosen', async () => {
    TestBed.inject(LanguageService).use('en');
    auditRequest(null).flush({ entries: [entry('a1')], nextCursor: null });
    await fixture.whenStable();
    expect(text()).toContain('Reporter identity revealed');
    TestBed.inject(LanguageService).use('id');
  });

  it('says so when there is nothing yet', async () => {
    auditRequest(null).flush({ entries: [], nextCursor: null });
    await fixture.whenStable();
    expect(text()).toContain('Belum ada catatan audit.');
  });
});
