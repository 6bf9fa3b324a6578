import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router } from '@angular/router';
import { SOCKET_EVENTS, type NotificationView } from '@simpul/contracts';
import { FakeSocket } from '../../testing/fake-socket';
import {
  UPT_MALANG_OFFICER,
  clearDeviceStorage,
  signInAs,
  testUser,
  webTestProviders,
} from '../../testing/web-test-providers';
import { NotificationCenter } from './notification-center';

function notification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n-1',
    kind: 'mention',
    caseId: 'case-42',
    caseNumber: 'SMP-2026-000042',
    title: 'Budi menyebut Anda',
    body: 'Mohon @Sari cek lokasi',
    actorName: 'Budi Santoso',
    createdAt: '2026-11-28T01:00:00.000Z',
    readAt: null,
    group: null,
    groupCount: 1,
    ...overrides,
  };
}

describe('NotificationCenter', () => {
  let fixture: ComponentFixture<NotificationCenter>;
  let http: HttpTestingController;

  beforeEach(async () => {
    clearDeviceStorage();
    FakeSocket.created.length = 0;
    TestBed.configureTestingModule({
      imports: [NotificationCenter],
      providers: webTestProviders(),
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(testUser({ memberships: [UPT_MALANG_OFFICER] }));
    fixture = TestBed.createComponent(NotificationCenter);
    fixture.detectChanges();
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    clearDeviceStorage();
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function found<T>(value: T | null | undefined, what: string): T {
    if (value === null || value === undefined) throw new Error(`${what} missing`);
    return value;
  }
  const bell = () =>
    found((fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.bell'), 'bell');
  const badge = () => bell().querySelector('.badge')?.textContent?.trim() ?? null;
  const panel = () => document.querySelector('.mat-mdc-menu-panel') as HTMLElement | null;

  async function loadFirstPage(items: NotificationView[], unreadCount: number): Promise<void> {
    http
      .expectOne((r) => r.method === 'GET' && r.url === '/api/notifications')
      .flush({ items, unreadCount, nextCursor: null });
    await settle();
  }

  it('shows the unread count, adds live notifications and follows reads from another tab', async () => {
    await loadFirstPage([notification()], 1);
    expect(badge()).toBe('1');
    expect(bell().getAttribute('aria-label')).toBe('Notifikasi, 1 belum dibaca');

    const socket = FakeSocket.latest();
    socket.serverEmit(
      SOCKET_EVENTS.notificationNew,
      notification({ id: 'n-2', kind: 'new_case', actorName: null, caseNumber: 'SMP-2026-000043' }),
    );
    await settle();
    expect(badge()).toBe('2');

    socket.serverEmit(SOCKET_EVENTS.notificationRead, { ids: ['n-1'], unreadCount: 1 });
    await settle();
    expect(badge()).toBe('1');
    socket.serverEmit(SOCKET_EVENTS.notificationRead, { ids: 'all', unreadCount: 0 });
    await settle();
    expect(badge()).toBeNull();
    expect(bell().getAttribute('aria-label')).toBe('Notifikasi');
  });

  it('lists notifications in words of their kind and marks all read', async () => {
    await loadFirstPage(
      [notification(), notification({ id: 'n-2', kind: 'sla_escalation', actorName: null })],
      2,
    );
    bell().click();
    await settle();
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Budi Santoso menyebut Anda di SMP-2026-000042');
    expect(text).toContain('Batas waktu terlampaui, dieskalasi: SMP-2026-000042');

    const markAll = found(
      Array.from(found(panel(), 'panel').querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === 'Tandai semua dibaca',
      ),
      'mark all read',
    );
    markAll.click();
    await settle();
    expect(badge()).toBeNull();
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.body).toEqual({ all: true });
    request.flush({ ids: 'all', unreadCount: 0 });
    await settle();
    expect(badge()).toBeNull();
  });

  it('names an agency invitation and a reset by an admin, and opens the invitations page', async () => {
    await loadFirstPage(
      [
        notification({
          id: 'n-3',
          kind: 'membership_invitation',
          caseId: null,
          caseNumber: null,
          title: 'DPU BM Jatim',
          body: null,
          actorName: 'Sari Wulandari',
        }),
        notification({
          id: 'n-4',
          kind: 'password_reset_issued',
          caseId: null,
          caseNumber: null,
          title: 'UPT PJJ Malang',
          body: null,
          actorName: 'Andi Pratama',
          readAt: '2026-11-28T02:00:00.000Z',
        }),
      ],
      1,
    );
    bell().click();
    await settle();
    const text = panel()?.textContent ?? '';
    expect(text).toContain('Sari Wulandari mengundang Anda bergabung dengan DPU BM Jatim');
    expect(text).toContain(
      'Andi Pratama (UPT PJJ Malang) membuat tautan atur ulang kata sandi untuk akun Anda',
    );
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    found(
      Array.from(found(panel(), 'panel').querySelectorAll<HTMLButtonElement>('button.item')).find(
        (b) => b.textContent?.includes('mengundang Anda'),
      ),
      'invitation item',
    ).click();
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/undangan-instansi']);
    http.expectOne('/api/notifications/read').flush({ ids: ['n-3'], unreadCount: 0 });
    await settle();
  });

  it('shows a LAPOR import as one growing notification, counted once, that opens the inbox', async () => {
    await loadFirstPage([notification()], 1);
    const socket = FakeSocket.latest();
    const grouped = (count: number): NotificationView =>
      notification({
        id: 'n-import',
        kind: 'new_case',
        caseId: count > 1 ? null : 'case-70',
        caseNumber: count > 1 ? null : 'SMP-2026-000070',
        title: `${count} aduan baru dari impor LAPOR untuk UPT PJJ Malang`,
        body: `Jalan rusak ke-${count}`,
        actorName: 'Budi Santoso',
        group: 'lapor_import',
        groupCount: count,
      });
    for (let count = 1; count <= 72; count++)
      socket.serverEmit(SOCKET_EVENTS.notificationNew, grouped(count));
    await settle();
    // One new unread notification, not 72.
    expect(badge()).toBe('2');
    bell().click();
    await settle();
    const items = Array.from(
      found(panel(), 'panel').querySelectorAll<HTMLButtonElement>('button.item'),
    );
    expect(items.length).toBe(2);
    expect(items[0].textContent).toContain('72 aduan baru dari impor LAPOR');
    expect(items[0].textContent).toContain('Jalan rusak ke-72');
    // A late copy of an older count does not go back.
    socket.serverEmit(SOCKET_EVENTS.notificationNew, grouped(40));
    await settle();
    expect(items[0].textContent).toContain('72 aduan baru');
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    items[0].click();
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/kasus']);
    http.expectOne('/api/notifications/read').flush({ ids: ['n-import'], unreadCount: 1 });
    await settle();
  });

  it('tells an invited observer agency it was invited, not that a new case came', async () => {
    await loadFirstPage(
      [
        notification({
          id: 'n-5',
          kind: 'observer_invitation',
          caseNumber: 'SMP-2026-000050',
          actorName: 'Sari Wulandari',
        }),
      ],
      1,
    );
    bell().click();
    await settle();
    const text = panel()?.textContent ?? '';
    expect(text).toContain(
      'Instansi Anda diundang mengamati kasus SMP-2026-000050 oleh Sari Wulandari',
    );
    expect(text).not.toContain('Kasus baru');
  });

  it('reloads the list after the socket reconnects', async () => {
    await loadFirstPage([], 0);
    const socket = FakeSocket.latest();
    socket.serverConnect();
    await loadFirstPage([notification()], 1);
    expect(badge()).toBe('1');
  });
});
