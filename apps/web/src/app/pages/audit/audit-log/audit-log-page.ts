import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { AuditEntry } from '@simpul/contracts';
import { Subscription } from 'rxjs';
import { AuditService } from '../../../core/audit.service';
import { AuthService } from '../../../core/auth.service';
import { LanguageService } from '../../../core/language.service';
import { reloadOnAgencyChange } from '../../../core/reload-on-agency-change';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

const KNOWN_TARGET_TYPES = ['user', 'agency', 'case', 'report', 'membership', 'session'];
/** Details worth showing next to the target, in this order of preference. */
const TARGET_DETAIL_KEYS = ['number', 'email', 'shortName', 'name'];

@Component({
  selector: 'sp-audit-log-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'audit.title' | translate }}</h1>
    </header>
    <p class="page-lead">
      @if (agency(); as acting) {
        {{ 'audit.lead' | translate: { agency: acting.agencyShortName } }}
      } @else {
        {{ 'audit.leadAll' | translate }}
      }
    </p>

    @if (entries().length > 0) {
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{{ 'audit.time' | translate }}</th>
            <th scope="col">{{ 'audit.action' | translate }}</th>
            <th scope="col">{{ 'audit.actor' | translate }}</th>
            <th scope="col">{{ 'audit.target' | translate }}</th>
            <th scope="col">{{ 'audit.ip' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (entry of entries(); track entry.id) {
            <tr>
              <td [attr.data-label]="'audit.time' | translate">
                {{ entry.at | wibDate: language() }}
              </td>
              <td [attr.data-label]="'audit.action' | translate">
                {{ 'auditActions.' + entry.action | translate }}
              </td>
              <td [attr.data-label]="'audit.actor' | translate">
                {{ entry.actorName ?? ('audit.system' | translate) }}
              </td>
              <td [attr.data-label]="'audit.target' | translate">
                @if (entry.targetType) {
                  {{ targetTypeKey(entry.targetType) | translate: { type: entry.targetType } }}
                  <span class="target-detail">{{ targetDetail(entry) }}</span>
                } @else {
                  —
                }
              </td>
              <td [attr.data-label]="'audit.ip' | translate">{{ entry.ip ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    }

    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    <sp-error-message [error]="error()" />

    @if (!loading() && !error() && entries().length === 0) {
      <div class="empty-state">
        <p>{{ 'audit.empty' | translate }}</p>
      </div>
    }

    <div class="more">
      @if (error()) {
        <button mat-stroked-button type="button" (click)="loadMore()">
          {{ 'common.retry' | translate }}
        </button>
      } @else if (nextCursor() && !loading()) {
        <button mat-stroked-button type="button" (click)="loadMore()">
          {{ 'audit.loadMore' | translate }}
        </button>
      } @else if (!loading() && entries().length > 0) {
        <p class="end">{{ 'audit.end' | translate }}</p>
      }
    </div>
  `,
  styles: `
    .target-detail {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      margin: 16px 0;
      text-align: center;
    }
    .end {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AuditLogPage {
  private readonly auth = inject(AuthService);
  private readonly auditService = inject(AuditService);
  protected readonly language = inject(LanguageService).language;
  protected readonly agency = this.auth.actingMembership;

  protected readonly entries = signal<AuditEntry[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<unknown>(null);
  private request: Subscription | null = null;

  constructor() {
    // Start over from the newest entries whenever the user acts for another agency.
    reloadOnAgencyChange(() => {
      this.entries.set([]);
      this.nextCursor.set(null);
      this.loadPage(null);
    });
  }

  protected loadMore(): void {
    this.loadPage(this.nextCursor());
  }

  protected targetTypeKey(type: string): string {
    return KNOWN_TARGET_TYPES.includes(type)
      ? `audit.targetTypes.${type}`
      : 'audit.targetTypes.other';
  }

  protected targetDetail(entry: AuditEntry): string {
    for (const key of TARGET_DETAIL_KEYS) {
      const value = entry.details[key];
      if (typeof value === 'string' && value) return value;
    }
    return entry.targetId ? entry.targetId.slice(0, 8) : '';
  }

  private loadPage(before: string | null): void {
    this.request?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.request = this.auditService.page(before).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.entries.update((current) => (before ? [...current, ...page.entries] : page.entries));
        this.nextCursor.set(page.nextCursor);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(error);
      },
    });
  }
}
