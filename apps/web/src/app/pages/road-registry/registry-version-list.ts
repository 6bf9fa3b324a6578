import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { RoadRegistryVersion } from '@simpul/contracts';
import { LanguageService } from '../../core/language.service';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** The registry's versions (imports), newest first: what each brought and how its job ended. */
@Component({
  selector: 'sp-registry-version-list',
  imports: [TranslatePipe, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (versions().length === 0) {
      <p class="muted">{{ 'roadRegistry.noVersions' | translate }}</p>
    } @else {
      <ul class="versions">
        @for (v of versions(); track v.id) {
          <li>
            <div class="line">
              <strong>{{ v.label }}</strong>
              @if (v.isSample) {
                <span class="chip sample">SAMPLE</span>
              }
              <span class="chip" [attr.data-status]="v.status">
                {{ 'roadRegistry.statuses.' + v.status | translate }}
              </span>
            </div>
            <div class="line muted">
              {{ 'roadRegistry.sources.' + v.source | translate }}
              @if (v.fileName) {
                · {{ v.fileName }}
              }
              · {{ 'roadRegistry.validFrom' | translate: { date: v.validFrom } }} ·
              {{
                'roadRegistry.versionCounts'
                  | translate: { segments: v.segmentCount, closed: v.closedCount }
              }}
            </div>
            <div class="line muted">
              {{ v.createdAt | wibDate: language() }}
              @if (v.createdByName) {
                · {{ v.createdByName }}
              }
              @if (v.errors.length > 0) {
                · {{ 'roadRegistry.problemCount' | translate: { count: v.errors.length } }}
              }
            </div>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .versions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 8px;
      overflow-wrap: anywhere;
    }
    .muted {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .chip {
      padding: 1px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      &[data-status='failed'] {
        border-color: var(--mat-sys-error);
        color: var(--mat-sys-error);
      }
      &[data-status='done'] {
        border-color: #2e7d32;
        color: #1b5e20;
      }
    }
    .sample {
      background: #fff8e1;
      border-color: #b28704;
      color: #5d4300;
      font-weight: 600;
    }
  `,
})
export class RegistryVersionList {
  readonly versions = input<RoadRegistryVersion[]>([]);
  protected readonly language = inject(LanguageService).language;
}
