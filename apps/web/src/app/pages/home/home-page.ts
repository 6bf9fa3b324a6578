import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HealthService } from '../../core/health.service';
import { HealthIndicator } from '../../shell/health-indicator/health-indicator';

@Component({
  selector: 'sp-home-page',
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslatePipe, HealthIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.title' | translate }}</h1>
    <p class="intro">{{ 'home.intro' | translate }}</p>
    <p class="coming">{{ 'home.coming' | translate }}</p>
    <p class="sign-in">
      <a mat-flat-button routerLink="/masuk">{{ 'home.signIn' | translate }}</a>
      <span>{{ 'home.signInHelp' | translate }}</span>
    </p>
    <mat-card appearance="outlined" class="status">
      <mat-card-header>
        <mat-card-title>{{ 'home.statusTitle' | translate }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <sp-health-indicator [health]="health()" />
        @let current = health();
        @if (current.state === 'up') {
          <p class="version">{{ 'health.version' | translate: { version: current.version } }}</p>
        }
        @if (current.state === 'down') {
          <p class="help">{{ 'home.statusHelp' | translate }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 12px;
    }
    .intro {
      font: var(--mat-sys-body-large);
      max-width: 70ch;
    }
    .coming {
      color: var(--mat-sys-on-surface-variant);
      max-width: 70ch;
    }
    .sign-in {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .status {
      max-width: 480px;
      margin-top: 24px;
    }
    mat-card-content {
      padding-top: 12px;
    }
  `,
})
export class HomePage {
  protected readonly health = inject(HealthService).health;
}
