import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { NotificationView } from '@simpul/contracts';
import { LanguageService } from '../../core/language.service';
import { NotificationsService } from '../../core/notifications.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** The bell in the toolbar: unread count, the latest notifications, links to their cases. */
@Component({
  selector: 'sp-notification-center',
  imports: [MatButtonModule, MatMenuModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      class="bell"
      [matMenuTriggerFor]="panel"
      [attr.aria-label]="
        unreadCount() > 0
          ? ('notifications.labelUnread' | translate: { count: unreadCount() })
          : ('notifications.label' | translate)
      "
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
        />
      </svg>
      @if (unreadCount() > 0) {
        <span class="badge" aria-hidden="true">{{
          unreadCount() > 99 ? '99+' : unreadCount()
        }}</span>
      }
    </button>
    <mat-menu #panel="matMenu" xPosition="before" class="notification-panel">
      <ng-template matMenuContent>
        <!-- Clicks inside the header keep the menu open; the menu item buttons handle the keyboard. -->
        <div
          class="head"
          tabindex="-1"
          (click)="$event.stopPropagation()"
          (keydown)="$event.stopPropagation()"
        >
          <h2>{{ 'notifications.heading' | translate }}</h2>
          @if (unreadCount() > 0) {
            <button mat-button type="button" (click)="markAllRead()">
              {{ 'notifications.markAllRead' | translate }}
            </button>
          }
        </div>
        <sp-error-message [error]="error()" />
        @for (item of items(); track item.id) {
          <button
            mat-menu-item
            type="button"
            class="item"
            [class.unread]="!item.readAt"
            (click)="open(item)"
          >
            <span class="text">
              @if (!item.readAt) {
                <span class="visually-hidden">{{ 'notifications.unread' | translate }}:</span>
              }
              <span class="title">
                @if (item.group && item.groupCount > 1) {
                  {{ 'notifications.groups.' + item.group | translate: { count: item.groupCount } }}
                } @else {
                  {{
                    'notifications.kinds.' + item.kind
                      | translate
                        : {
                            actor: item.actorName ?? ('notifications.someone' | translate),
                            case: item.caseNumber ?? item.title,
                          }
                  }}
                }
              </span>
              @if (item.body) {
                <span class="body">{{ item.body }}</span>
              }
              <span class="time">{{ item.createdAt | wibDate: language() }}</span>
            </span>
          </button>
        } @empty {
          <p class="empty">{{ 'notifications.empty' | translate }}</p>
        }
        @if (nextCursor()) {
          <div
            class="more"
            tabindex="-1"
            (click)="$event.stopPropagation()"
            (keydown)="$event.stopPropagation()"
          >
            <button mat-button type="button" [disabled]="isLoading()" (click)="loadMore()">
              {{ 'notifications.loadMore' | translate }}
            </button>
          </div>
        }
      </ng-template>
    </mat-menu>
  `,
  styles: `
    .bell {
      position: relative;
      svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
    }
    .badge {
      position: absolute;
      top: 2px;
      right: 0;
      min-width: 18px;
      height: 18px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: 600 11px/18px sans-serif;
      text-align: center;
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 8px 4px 16px;
      h2 {
        margin: 0;
        font: var(--mat-sys-title-small);
      }
    }
    .item {
      height: auto;
      min-height: 56px;
      padding-block: 8px;
      white-space: normal;
      border-left: 4px solid transparent;
      &.unread {
        border-left-color: var(--mat-sys-primary);
        background: color-mix(in srgb, var(--mat-sys-primary) 6%, transparent);
      }
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      max-width: 100%;
    }
    .title {
      font: var(--mat-sys-body-medium);
      .unread & {
        font-weight: 600;
      }
    }
    .body,
    .time {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .body {
      overflow: hidden;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
    }
    .empty {
      max-width: 320px;
      margin: 8px 16px 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      display: flex;
      justify-content: center;
    }
  `,
})
export class NotificationCenter {
  private readonly notifications = inject(NotificationsService);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageService).language;
  protected readonly items = this.notifications.items;
  protected readonly unreadCount = this.notifications.unreadCount;
  protected readonly nextCursor = this.notifications.nextCursor;
  protected readonly isLoading = this.notifications.isLoading;
  protected readonly error = this.notifications.error;

  /** Opens the notification's case (or the inbox, or the invitations page), marking it read. */
  protected open(item: NotificationView): void {
    if (!item.readAt) this.notifications.markRead([item.id]);
    if (item.caseId) void this.router.navigate(['/kasus', item.caseId]);
    // A group of new cases (e.g. one LAPOR import) opens the inbox's newest cases.
    else if (item.group === 'lapor_import') void this.router.navigate(['/kasus']);
    else if (item.kind === 'membership_invitation')
      void this.router.navigate(['/undangan-instansi']);
    // Approval notices, rejections and reminders of hoax clarifications open the drafts list.
    else if (item.kind.startsWith('clarification_'))
      void this.router.navigate(['/draf-klarifikasi']);
  }

  protected markAllRead(): void {
    this.notifications.markRead();
  }

  protected loadMore(): void {
    this.notifications.loadMore();
  }
}
