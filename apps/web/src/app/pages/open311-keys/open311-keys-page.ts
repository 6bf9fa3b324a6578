import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { IssuedOpen311Key, Open311KeyView } from '@simpul/contracts';
import type { Observable, Subscription } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { LanguageService } from '../../core/language.service';
import { Open311KeysService } from '../../core/open311-keys.service';
import { reloadOnAgencyChange } from '../../core/reload-on-agency-change';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { HandoverLink } from '../../ui/handover-link/handover-link';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/**
 * The agency admin's Open311 API keys: an app that submits complaints to `/open311/v2` needs one.
 * A new key is shown once (it is stored as a hash); a revoked key stops working at once.
 */
@Component({
  selector: 'sp-open311-keys-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    HandoverLink,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'open311Keys.title' | translate }}</h1>
    </header>
    @if (!isAgencyAdmin()) {
      <p class="hint">{{ 'open311Keys.adminOnly' | translate }}</p>
    } @else {
      <p class="page-lead">{{ 'open311Keys.lead' | translate: { agency: agencyName() } }}</p>
      @if (issued(); as key) {
        <sp-handover-link
          [heading]="'open311Keys.issuedHeading' | translate: { label: key.label }"
          [url]="key.apiKey"
          (dismissed)="issued.set(null)"
        >
          <p>{{ 'open311Keys.issuedOnce' | translate }}</p>
        </sp-handover-link>
      }
      <form class="issue" (submit)="$event.preventDefault(); issue()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'open311Keys.label' | translate }}</mat-label>
          <input matInput id="open311-label" name="label" [(ngModel)]="label" maxlength="80" />
          <mat-hint>{{ 'open311Keys.labelHint' | translate }}</mat-hint>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving() || label.trim().length < 3">
          {{ 'open311Keys.issue' | translate }}
        </button>
      </form>
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
      }
      <sp-error-message [error]="error()" />
      <h2>{{ 'open311Keys.listHeading' | translate }}</h2>
      @if (keys().length === 0) {
        <p class="hint">{{ 'open311Keys.none' | translate }}</p>
      } @else {
        <ul class="keys">
          @for (key of keys(); track key.id) {
            <li [class.revoked]="key.revokedAt">
              <span>
                <strong>{{ key.label }}</strong> ·
                {{
                  'open311Keys.created'
                    | translate
                      : {
                          time: key.createdAt | wibDate: language(),
                          name: key.createdByName ?? '—',
                        }
                }}
                @if (key.revokedAt) {
                  ·
                  {{
                    'open311Keys.revoked' | translate: { time: key.revokedAt | wibDate: language() }
                  }}
                }
              </span>
              @if (!key.revokedAt) {
                <button mat-button type="button" [disabled]="saving()" (click)="revoke(key)">
                  {{ 'open311Keys.revoke' | translate }}
                </button>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .issue {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 12px;
      margin-top: 12px;
    }
    .keys {
      list-style: none;
      padding: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        padding: 6px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      li.revoked {
        color: var(--mat-sys-on-surface-variant);
      }
    }
  `,
})
export class Open311KeysPage {
  private readonly keysService = inject(Open311KeysService);
  private readonly auth = inject(AuthService);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly isAgencyAdmin = this.auth.isAgencyAdmin;

  protected readonly keys = signal<Open311KeyView[]>([]);
  protected readonly issued = signal<IssuedOpen311Key | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<unknown>(null);
  protected label = '';

  constructor() {
    // Keys belong to the agency acted for: after a switch, the other agency's (if admin there).
    reloadOnAgencyChange(() => {
      this.keys.set([]);
      this.error.set(null);
      return this.isAgencyAdmin() ? this.load() : undefined;
    });
  }

  protected agencyName(): string {
    return this.auth.actingMembership()?.agencyShortName ?? '';
  }

  protected issue(): void {
    const label = this.label.trim();
    if (label.length < 3 || this.saving()) return;
    this.run(this.keysService.issue(label), (key) => {
      this.issued.set(key);
      this.label = '';
    });
  }

  protected revoke(key: Open311KeyView): void {
    const question = this.translate.instant('open311Keys.confirmRevoke', { label: key.label });
    if (!globalThis.confirm?.(question)) return;
    this.run(this.keysService.revoke(key.id), () => undefined);
  }

  private run<T>(request: Observable<T>, then: (value: T) => void): void {
    this.saving.set(true);
    this.error.set(null);
    request.subscribe({
      next: (value) => {
        this.saving.set(false);
        then(value);
        this.load();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(error);
      },
    });
  }

  private load(): Subscription {
    return this.keysService.list().subscribe({
      next: (keys) => this.keys.set(keys),
      error: (error: unknown) => this.error.set(error),
    });
  }
}
