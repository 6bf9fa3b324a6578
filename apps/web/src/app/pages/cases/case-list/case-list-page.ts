import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { CasesService } from '../../../core/cases.service';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

@Component({
  selector: 'sp-case-list-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'cases.title' | translate }}</h1>
      @if (canRecordComplaints()) {
        <a mat-flat-button routerLink="/kasus/baru">{{ 'cases.record' | translate }}</a>
      }
    </header>
    @if (agency(); as acting) {
      <p class="page-lead">
        {{ 'cases.lead' | translate: { agency: acting.agencyShortName } }}
      </p>
    }

    @if (!agency()) {
      <div class="empty-state">
        <p>{{ 'cases.noAgency' | translate }}</p>
      </div>
    } @else if (cases.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (cases.error()) {
      <sp-error-message [error]="cases.error()" />
      <button mat-stroked-button type="button" (click)="cases.reload()">
        {{ 'common.retry' | translate }}
      </button>
    } @else if (cases.value().length === 0) {
      <div class="empty-state">
        <p>{{ 'cases.empty' | translate }}</p>
        <p>{{ 'cases.emptyHelp' | translate }}</p>
      </div>
    } @else {
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{{ 'cases.number' | translate }}</th>
            <th scope="col">{{ 'cases.caseTitle' | translate }}</th>
            <th scope="col">{{ 'cases.status' | translate }}</th>
            <th scope="col">{{ 'cases.leadAgency' | translate }}</th>
            <th scope="col">{{ 'cases.channel' | translate }}</th>
            <th scope="col">{{ 'cases.created' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (item of cases.value(); track item.id) {
            <tr>
              <td [attr.data-label]="'cases.number' | translate">
                <a [routerLink]="['/kasus', item.id]">{{ item.number }}</a>
              </td>
              <td [attr.data-label]="'cases.caseTitle' | translate">{{ item.title }}</td>
              <td [attr.data-label]="'cases.status' | translate">
                <span class="status-chip">{{ 'caseStatuses.' + item.status | translate }}</span>
              </td>
              <td [attr.data-label]="'cases.leadAgency' | translate">
                {{ item.leadAgencyShortName }}
              </td>
              <td [attr.data-label]="'cases.channel' | translate">
                {{ 'channels.' + item.channel | translate }}
              </td>
              <td [attr.data-label]="'cases.created' | translate">
                {{ item.createdAt | wibDate: language() : false }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class CaseListPage {
  private readonly auth = inject(AuthService);
  private readonly casesService = inject(CasesService);
  protected readonly language = inject(LanguageService).language;
  protected readonly agency = this.auth.actingMembership;
  protected readonly canRecordComplaints = this.auth.canRecordComplaints;

  /** Reloads when the user switches the agency they act for. */
  protected readonly cases = rxResource({
    params: () => this.auth.actingAgencyId() ?? undefined,
    stream: () => this.casesService.list(),
    defaultValue: [],
  });
}
