import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { HandoffView } from '@simpul/contracts';
import { filter, interval } from 'rxjs';
import { HandoffsService } from '../../core/handoffs.service';
import { LanguageService } from '../../core/language.service';
import { RealtimeService } from '../../core/realtime.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';
import { timeLeft } from '../cases/case-handoff/time-left';

const HANDOFF_NOTICES: readonly string[] = [
  'handoff_request',
  'handoff_answered',
  'handoff_expired',
];

/**
 * Pelimpahan: proposals to my agency (open ones first, with the time left to answer) and from it.
 * A new proposal arrives live (its notification reloads the list); the time left ticks each minute.
 * Accepting or declining happens on the case page, where the evidence is.
 */
@Component({
  selector: 'sp-handoff-queue-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'handoffQueue.title' | translate }}</h1>
    <mat-tab-group>
      @for (tab of tabs; track tab.direction) {
        <mat-tab [label]="tab.labelKey | translate">
          @let resource = tab.direction === 'incoming' ? incoming : outgoing;
          @if (resource.isLoading()) {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'handoffQueue.loading' | translate"
            />
          }
          <sp-error-message [error]="resource.error()" />
          @if (resource.hasValue()) {
            @let items = resource.value().items;
            @if (items.length === 0) {
              <p class="empty-state">{{ tab.emptyKey | translate }}</p>
            } @else {
              <ul class="queue" [attr.aria-label]="tab.labelKey | translate">
                @for (item of items; track item.id) {
                  <li [class.open]="item.status === 'open'">
                    <p class="head">
                      <a [routerLink]="['/kasus', item.caseId]">{{ item.caseNumber }}</a>
                      · {{ item.caseTitle }}
                    </p>
                    <p>
                      {{
                        (tab.direction === 'incoming' ? 'handoffQueue.from' : 'handoffQueue.to')
                          | translate
                            : {
                                agency:
                                  tab.direction === 'incoming'
                                    ? item.fromAgency.shortName
                                    : item.toAgency.shortName,
                              }
                      }}
                      — {{ language() === 'en' ? item.publicReason.en : item.publicReason.id }}
                    </p>
                    <p class="meta">
                      <span class="status">{{
                        'handoff.statuses.' + item.status | translate
                      }}</span>
                      ·
                      <time [attr.datetime]="item.proposedAt">{{
                        item.proposedAt | wibDate: language()
                      }}</time>
                      @if (item.status === 'open') {
                        @let left = remaining(item);
                        ·
                        <span class="left">
                          @if (left) {
                            {{ 'handoff.timeLeft' | translate: { time: left } }}
                          } @else {
                            {{ 'handoff.overdue' | translate }}
                          }
                        </span>
                      }
                    </p>
                    @if (item.note) {
                      <blockquote>{{ item.note }}</blockquote>
                    }
                    <a mat-stroked-button [routerLink]="['/kasus', item.caseId]">
                      {{ 'handoffQueue.openCase' | translate }}
                    </a>
                  </li>
                }
              </ul>
            }
          }
        </mat-tab>
      }
    </mat-tab-group>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 960px;
    }
    .queue {
      list-style: none;
      padding: 0;
      margin: 16px 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .queue li {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .queue li.open {
      border-color: var(--mat-sys-tertiary);
    }
    .queue p {
      margin: 0 0 6px;
      overflow-wrap: anywhere;
    }
    .head {
      font-weight: 500;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 4px 0 8px;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    .empty-state {
      margin: 16px 0;
    }
  `,
})
export class HandoffQueuePage {
  private readonly api = inject(HandoffsService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly tabs = [
    { direction: 'incoming', labelKey: 'handoffQueue.incoming', emptyKey: 'handoffQueue.empty' },
    {
      direction: 'outgoing',
      labelKey: 'handoffQueue.outgoing',
      emptyKey: 'handoffQueue.emptyOutgoing',
    },
  ] as const;
  protected readonly incoming = rxResource({ stream: () => this.api.queue('incoming') });
  protected readonly outgoing = rxResource({ stream: () => this.api.queue('outgoing') });
  private readonly now = signal(new Date());
  protected readonly openCount = computed(() =>
    this.incoming.hasValue()
      ? this.incoming.value().items.filter((h) => h.status === 'open').length
      : 0,
  );

  constructor() {
    inject(RealtimeService)
      .notificationNew$.pipe(
        filter((notice) => HANDOFF_NOTICES.includes(notice.kind)),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.incoming.reload();
        this.outgoing.reload();
      });
    interval(60_000)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.now.set(new Date()));
  }

  protected remaining(item: HandoffView): string | null {
    return timeLeft(item.deadline, this.now(), this.translate);
  }
}
