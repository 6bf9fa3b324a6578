import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatOption } from '@angular/material/core';
import { MatSelect } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { Membership } from '@simpul/contracts';

/** The agency the user acts for; a choice only for people who belong to several. */
@Component({
  selector: 'sp-agency-switcher',
  imports: [MatSelect, MatOption, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (memberships().length > 1) {
      <!-- The select (and its form field) loads after the first screen, not with it. -->
      @defer (on idle) {
        <mat-select
          class="switcher"
          panelWidth=""
          [value]="actingAgencyId()"
          (selectionChange)="agencyChange.emit($event.value)"
          [attr.aria-label]="'agencySwitcher.label' | translate"
        >
          @for (membership of memberships(); track membership.agencyId) {
            <mat-option [value]="membership.agencyId">
              {{ membership.agencyShortName }} · {{ 'roles.' + membership.role | translate }}
            </mat-option>
          }
        </mat-select>
      } @placeholder {
        @if (acting(); as current) {
          <span class="single" [title]="current.agencyName">
            {{ current.agencyShortName }} · {{ 'roles.' + current.role | translate }}
          </span>
        }
      }
    } @else if (memberships().length === 1) {
      @let only = memberships()[0];
      <span class="single" [title]="only.agencyName">
        {{ only.agencyShortName }} · {{ 'roles.' + only.role | translate }}
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      font: var(--mat-sys-label-large);
    }
    .switcher {
      min-width: 180px;
      max-width: 260px;
      padding: 6px 10px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
    }
    /* One header row on a phone: the agency's name is cut short (the full name is its title). */
    @media (max-width: 700px) {
      :host {
        min-width: 0;
      }
      .switcher {
        min-width: 0;
        max-width: 34vw;
        padding: 4px 6px;
      }
      .single {
        max-width: 30vw;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
    }
  `,
})
export class AgencySwitcher {
  readonly memberships = input.required<Membership[]>();
  readonly actingAgencyId = input<string | null>(null);
  readonly agencyChange = output<string>();
  protected readonly acting = computed(
    () =>
      this.memberships().find((m) => m.agencyId === this.actingAgencyId()) ??
      this.memberships()[0] ??
      null,
  );
}
