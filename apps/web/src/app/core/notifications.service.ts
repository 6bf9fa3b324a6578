import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  MarkNotificationsReadRequest,
  NotificationPage,
  NotificationReadMessage,
  NotificationView,
} from '@simpul/contracts';
import type { Subscription } from 'rxjs';
import { AuthService } from './auth.service';
import { RealtimeService } from './realtime.service';

const PAGE_PATH = '/api/notifications';

/**
 * The signed-in user's notifications: the first page and the unread count, kept live through the
 * socket (new ones, and read marks made in another tab), and reloaded after every reconnect.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly realtime = inject(RealtimeService);

  private readonly list = signal<NotificationView[]>([]);
  private readonly unread = signal(0);
  private readonly cursor = signal<string | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly busy = signal(false);
  private loading: Subscription | null = null;

  readonly items = this.list.asReadonly();
  readonly unreadCount = this.unread.asReadonly();
  readonly nextCursor = this.cursor.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly isLoading = this.busy.asReadonly();
  readonly hasUnread = computed(() => this.unread() > 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const userId = this.auth.user()?.mustChangePassword ? null : (this.auth.user()?.id ?? null);
      untracked(() => {
        this.list.set([]);
        this.unread.set(0);
        this.cursor.set(null);
        if (userId) this.reload();
        else this.loading?.unsubscribe();
      });
    });
    this.realtime.connected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      // Whatever arrived while the socket was away.
      if (this.auth.user()) this.reload();
    });
    this.realtime.notificationNew$
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((notification) => this.add(notification));
    this.realtime.notificationRead$
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((message) => this.applyRead(message));
  }

  reload(): void {
    this.fetch(null);
  }

  loadMore(): void {
    const cursor = this.cursor();
    if (cursor && !this.busy()) this.fetch(cursor);
  }

  /** Marks the given notifications read (all when no ids); other tabs follow through the socket. */
  markRead(ids?: string[]): void {
    const request: MarkNotificationsReadRequest = ids ? { ids } : { all: true };
    const before = { list: this.list(), unread: this.unread() };
    this.applyRead({
      ids: ids ?? 'all',
      unreadCount: ids
        ? Math.max(
            0,
            before.unread - before.list.filter((n) => ids.includes(n.id) && !n.readAt).length,
          )
        : 0,
    });
    this.http
      .post<Partial<NotificationReadMessage> | null>(`${PAGE_PATH}/read`, request)
      .subscribe({
        next: (answer) => {
          if (typeof answer?.unreadCount === 'number') this.unread.set(answer.unreadCount);
        },
        error: (error: unknown) => {
          this.list.set(before.list);
          this.unread.set(before.unread);
          this.failure.set(error);
        },
      });
  }

  private fetch(cursor: string | null): void {
    this.loading?.unsubscribe();
    this.busy.set(true);
    this.failure.set(null);
    const params: Record<string, string> = cursor ? { cursor } : {};
    this.loading = this.http.get<NotificationPage>(PAGE_PATH, { params }).subscribe({
      next: (page) => {
        this.busy.set(false);
        this.list.update((current) => (cursor ? [...current, ...page.items] : page.items));
        this.unread.set(page.unreadCount);
        this.cursor.set(page.nextCursor);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(error);
      },
    });
  }

  /**
   * A new notification goes on top. A grouped one that grew (same id, higher count) moves to the
   * top in its new form without counting again: it was unread already, shown or not.
   */
  private add(notification: NotificationView): void {
    const known = this.list().find((n) => n.id === notification.id);
    if (known && known.groupCount >= notification.groupCount) return;
    this.list.update((current) => [
      notification,
      ...current.filter((n) => n.id !== notification.id),
    ]);
    if (!notification.readAt && !known && notification.groupCount <= 1)
      this.unread.update((count) => count + 1);
  }

  private applyRead(message: NotificationReadMessage): void {
    const readAt = new Date().toISOString();
    const ids = message.ids;
    this.list.update((current) =>
      current.map((n) =>
        !n.readAt && (ids === 'all' || ids.includes(n.id)) ? { ...n, readAt } : n,
      ),
    );
    this.unread.set(message.unreadCount);
  }
}
