import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AgencyDetail, AgencySummary } from '@simpul/contracts';
import { AgenciesService } from '../../../core/agencies.service';
import { AuthService } from '../../../core/auth.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import {
  AgencyDialog,
  type AgencyDialogData,
  type AgencyEditScope,
} from '../agency-dialog/agency-dialog';

@Component({
  selector: 'sp-agency-list-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'agencies.title' | translate }}</h1>
      @if (isSuperadmin()) {
        <button mat-flat-button type="button" (click)="openCreateDialog()">
          {{ 'agencies.add' | translate }}
        </button>
      }
    </header>
    <p class="page-lead">
      {{ (isSuperadmin() ? 'agencies.leadSuperadmin' : 'agencies.leadAdmin') | translate }}
    </p>

    @if (agencies.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (agencies.error()) {
      <sp-error-message [error]="agencies.error()" />
      <button mat-stroked-button type="button" (click)="agencies.reload()">
        {{ 'common.retry' | translate }}
      </button>
    } @else if (agencies.value().length === 0) {
      <div class="empty-state">
        <p>{{ 'agencies.empty' | translate }}</p>
        @if (isSuperadmin()) {
          <p>{{ 'agencies.emptyHelp' | translate }}</p>
        }
      </div>
    } @else {
      <mat-form-field appearance="outline" class="filter">
        <mat-label>{{ 'agencies.filter' | translate }}</mat-label>
        <input matInput type="search" [value]="query()" (input)="filterAgencies($event)" />
      </mat-form-field>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{{ 'agencies.name' | translate }}</th>
            <th scope="col">{{ 'agencies.kind' | translate }}</th>
            <th scope="col">{{ 'agencies.parent' | translate }}</th>
            <th scope="col">{{ 'agencies.regencies' | translate }}</th>
            <th scope="col">{{ 'agencies.status' | translate }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ 'common.actions' | translate }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (agency of visibleAgencies(); track agency.id) {
            <tr>
              <td [attr.data-label]="'agencies.name' | translate">
                <strong>{{ agency.shortName }}</strong>
                <div class="full-name">{{ agency.name }}</div>
                <div class="code">{{ agency.code }}</div>
              </td>
              <td [attr.data-label]="'agencies.kind' | translate">
                {{ 'agencyKinds.' + agency.kind | translate }}
              </td>
              <td [attr.data-label]="'agencies.parent' | translate">
                {{ parentName(agency) }}
              </td>
              <td [attr.data-label]="'agencies.regencies' | translate">
                {{ agency.regencyCodes.join(', ') || '—' }}
              </td>
              <td [attr.data-label]="'agencies.status' | translate">
                <span class="status-chip" [class.muted]="!agency.active">
                  {{ (agency.active ? 'agencies.active' : 'agencies.inactive') | translate }}
                </span>
              </td>
              <td [attr.data-label]="'common.actions' | translate">
                @if (editScope(agency); as scope) {
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="openEditDialog(agency, scope)"
                    [attr.aria-label]="'agencies.editNamed' | translate: { name: agency.shortName }"
                  >
                    {{ 'common.edit' | translate }}
                  </button>
                }
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="6">{{ 'agencies.noMatch' | translate }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .filter {
      width: 100%;
      max-width: 420px;
    }
    .full-name {
      font: var(--mat-sys-body-small);
    }
    .code {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AgencyListPage {
  private readonly auth = inject(AuthService);
  private readonly agenciesService = inject(AgenciesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected readonly isSuperadmin = this.auth.isSuperadmin;
  protected readonly query = signal('');
  protected readonly agencies = rxResource({
    stream: () => this.agenciesService.list(),
    defaultValue: [],
  });
  private readonly byId = computed(
    () => new Map(this.agencies.value().map((agency) => [agency.id, agency])),
  );
  protected readonly visibleAgencies = computed(() => {
    const query = this.query().trim().toLowerCase();
    const all = this.agencies.value();
    if (!query) return all;
    return all.filter((agency) =>
      [agency.name, agency.shortName, agency.code, ...agency.regencyCodes].some((text) =>
        text.toLowerCase().includes(query),
      ),
    );
  });

  protected filterAgencies(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected parentName(agency: AgencySummary): string {
    return agency.parentId ? (this.byId().get(agency.parentId)?.shortName ?? '—') : '—';
  }

  /** A superadmin edits everything; an agency's admin edits its own names and coverage. */
  protected editScope(agency: AgencySummary): AgencyEditScope | null {
    if (this.auth.isSuperadmin()) return 'full';
    if (this.auth.isAgencyAdmin() && agency.id === this.auth.actingAgencyId()) return 'own';
    return null;
  }

  protected openCreateDialog(): void {
    this.openDialog({ agencyId: null, agencies: this.agencies.value(), scope: 'full' });
  }

  protected openEditDialog(agency: AgencySummary, scope: AgencyEditScope): void {
    this.openDialog({ agencyId: agency.id, agencies: this.agencies.value(), scope });
  }

  private openDialog(data: AgencyDialogData): void {
    this.dialog
      .open<AgencyDialog, AgencyDialogData, AgencyDetail>(AgencyDialog, {
        data,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.agencies.reload();
        this.snackBar.open(
          this.translate.instant('agencies.saved', { name: saved.shortName }),
          undefined,
          { duration: 4000 },
        );
      });
  }
}
