import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CurrentUser } from '@simpul/contracts';

@Component({
  selector: 'sp-account-menu',
  imports: [MatButtonModule, MatMenuModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="account"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'account.menuLabel' | translate: { name: user().name }"
    >
      <span class="name">{{ user().name }}</span>
      @if (user().isSuperadmin) {
        <span class="badge">{{ 'roles.superadmin' | translate }}</span>
      }
      <span aria-hidden="true">▾</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <p class="email">{{ user().email }}</p>
      @if (user().isSuperadmin) {
        <p class="email role">{{ 'roles.superadmin' | translate }}</p>
      }
      <a mat-menu-item routerLink="/ganti-sandi">{{ 'account.changePassword' | translate }}</a>
      <button mat-menu-item type="button" (click)="signOut.emit()">
        {{ 'account.signOut' | translate }}
      </button>
    </mat-menu>
  `,
  styles: `
    /* One header row on a phone: the name gives way to an initial-sized button. */
    @media (max-width: 700px) {
      .account {
        min-width: 0;
        padding-inline: 4px;
      }
      .name {
        display: inline-block;
        max-width: 18vw;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
        vertical-align: bottom;
      }
      /* The superadmin badge moves into the menu (it made the header wider than a phone). */
      .badge {
        display: none;
      }
    }
    .email {
      margin: 0;
      padding: 8px 16px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .name {
      max-width: 16ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      display: inline-block;
      vertical-align: bottom;
    }
    .badge {
      margin-inline: 6px;
      padding: 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class AccountMenu {
  readonly user = input.required<CurrentUser>();
  readonly signOut = output<void>();
}
