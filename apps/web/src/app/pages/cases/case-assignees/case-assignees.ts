import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseAssignee, CaseDetail, OfficerWorkload } from '@simpul/contracts';
import { AuthService } from '../../../core/auth.service';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

interface AgencyAssignees {
  agencyId: string;
  agencyShortName: string;
  assignees: CaseAssignee[];
}

/** The officers of each agency who work the case, grouped by agency, in the case's agency order. */
export function assigneesByAgency(detail: CaseDetail): AgencyAssignees[] {
  const groups = new Map<string, AgencyAssignees>();
  for (const assignee of detail.assignees) {
    const group = groups.get(assignee.agencyId) ?? {
      agencyId: assignee.agencyId,
      agencyShortName: assignee.agencyShortName,
      assignees: [],
    };
    group.assignees.push(assignee);
    groups.set(assignee.agencyId, group);
  }
  const order = detail.participants.map((p) => p.agencyId);
  return [...groups.values()].sort((a, b) => order.indexOf(a.agencyId) - order.indexOf(b.agencyId));
}

/**
 * "Petugas": the officers assigned inside each agency. Staff who may work the case assign officers
 * of their own (acting) agency, picking from its members with their open-case counts so the work
 * is shared fairly, and unassign them. The API enforces the same policy.
 */
@Component({
  selector: 'sp-case-assignees',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (group of groups(); track group.agencyId) {
      <h3>{{ group.agencyShortName }}</h3>
      <ul class="assignees">
        @for (assignee of group.assignees; track assignee.userId) {
          <li>
            <span class="name">{{ assignee.name }}</span>
            <span class="since">
              {{
                'caseAssignees.since'
                  | translate: { time: (assignee.assignedAt | wibDate: language()) }
              }}
            </span>
            @if (canAssign() && assignee.agencyId === actingAgencyId()) {
              <button
                mat-button
                type="button"
                [disabled]="busy()"
                [attr.aria-label]="
                  'caseAssignees.unassignNamed' | translate: { name: assignee.name }
                "
                (click)="unassignOfficer(assignee)"
              >
                {{ 'caseAssignees.unassign' | translate }}
              </button>
            }
          </li>
        }
      </ul>
    } @empty {
      <p class="none">{{ 'caseAssignees.none' | translate }}</p>
    }

    @if (canAssign()) {
      <div class="assign">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'caseAssignees.assignLabel' | translate }}</mat-label>
          <input
            #officerBox
            matInput
            type="text"
            autocomplete="off"
            [value]="query()"
            [matAutocomplete]="officerList"
            (focus)="loadWorkload()"
            (input)="query.set(officerBox.value)"
          />
          <mat-autocomplete
            #officerList="matAutocomplete"
            (optionSelected)="assignOfficer($event.option.value); officerBox.value = ''"
          >
            @for (officer of candidates(); track officer.userId) {
              <mat-option [value]="officer">
                <span class="name">{{ officer.name }}</span>
                <span class="load">
                  · {{ 'inboxFilters.openCases' | translate: { count: officer.openCases } }}
                </span>
              </mat-option>
            } @empty {
              @if (workload() !== null) {
                <mat-option disabled>{{ 'caseAssignees.noCandidates' | translate }}</mat-option>
              }
            }
          </mat-autocomplete>
          <mat-hint>{{ 'caseAssignees.assignHint' | translate }}</mat-hint>
        </mat-form-field>
      </div>
    }
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
    }
    <sp-error-message [error]="error()" />
    <sp-error-message [error]="workloadError()" />
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .assignees {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .assignees li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 12px;
      min-height: 40px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .name {
      font: var(--mat-sys-body-large);
    }
    .since,
    .load {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .none {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .assign {
      margin-top: 12px;
      max-width: 420px;
    }
    .assign mat-form-field {
      width: 100%;
    }
  `,
})
export class CaseAssignees {
  private readonly auth = inject(AuthService);
  private readonly workspace = inject(CaseWorkspaceService);
  protected readonly language = inject(LanguageService).language;

  readonly detail = input.required<CaseDetail>();
  /** The case after an assignment changed. */
  readonly changed = output<CaseDetail>();

  protected readonly actingAgencyId = this.auth.actingAgencyId;
  protected readonly groups = computed(() => assigneesByAgency(this.detail()));
  /** Working staff of a lead or collaborating agency assign their own agency's officers. */
  protected readonly canAssign = computed(() => {
    const detail = this.detail();
    const acting = this.actingAgencyId();
    return (
      detail.permissions.update &&
      detail.participants.some((p) => p.agencyId === acting && p.role !== 'observer')
    );
  });
  protected readonly query = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);

  /** The acting agency's officers with their open cases; asked when the officer field is used. */
  protected readonly workload = signal<OfficerWorkload[] | null>(null);
  protected readonly workloadError = signal<unknown>(null);
  private workloadAgencyId: string | null = null;
  /** Members not yet on the case, least loaded first, matching what is typed. */
  protected readonly candidates = computed<OfficerWorkload[]>(() => {
    const officers = this.workload() ?? [];
    const assigned = new Set(this.detail().assignees.map((a) => a.userId));
    const typed = this.query().trim().toLowerCase();
    return officers
      .filter((o) => !assigned.has(o.userId) && o.name.toLowerCase().includes(typed))
      .sort((a, b) => a.openCases - b.openCases || a.name.localeCompare(b.name, 'id'));
  });

  /** Fresh counts each time the field is entered, for the agency acting now. */
  protected loadWorkload(): void {
    const agencyId = this.actingAgencyId();
    if (this.workloadAgencyId !== agencyId) this.workload.set(null);
    this.workloadAgencyId = agencyId;
    this.workloadError.set(null);
    this.workspace.workload().subscribe({
      next: (officers) => {
        if (this.workloadAgencyId === agencyId) this.workload.set(officers);
      },
      error: (error: unknown) => this.workloadError.set(error),
    });
  }

  protected assignOfficer(officer: OfficerWorkload): void {
    this.query.set('');
    this.run(this.workspace.assign(this.detail().id, officer.userId));
  }

  protected unassignOfficer(assignee: CaseAssignee): void {
    this.run(this.workspace.unassign(this.detail().id, assignee.userId));
  }

  private run(request: ReturnType<CaseWorkspaceService['assign']>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.changed.emit(updated);
        this.loadWorkload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
      },
    });
  }
}
