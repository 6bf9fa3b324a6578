import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  CO_OWNERSHIP_LIMITS,
  TASK_STATUSES,
  type CaseCollaborationView,
  type CaseDetail,
  type ParticipantView,
  type TaskStatus,
} from '@simpul/contracts';
import { filter, type Observable } from 'rxjs';
import { AgenciesService } from '../../../core/agencies.service';
import { applyServerFieldErrors } from '../../../core/api-error';
import { AuthService } from '../../../core/auth.service';
import { CollaborationService } from '../../../core/collaboration.service';
import { RetryKeys } from '../../../core/idempotency';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { askReason } from './reason-dialog';
import { openSplit } from './split-dialog';

/**
 * "Peserta & tugas": the agencies on the case with their role, standing and task. The lead
 * invites collaborators with a task and ends participants; an invited agency accepts or declines;
 * a collaborator moves its own task; a participant leaves. Reloads with every new version of the
 * case the page shows (live events reload it), so it stays current without a reload by hand.
 */
@Component({
  selector: 'sp-case-collaboration',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      @if (v.permissions.decide && ownEntry(); as own) {
        <div class="banner" role="status">
          <p>
            <strong>{{ 'collaboration.invitedBanner' | translate }}</strong>
          </p>
          <blockquote>{{ own.task?.text }}</blockquote>
          <div class="row">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="acceptInvitation()">
              {{ 'collaboration.accept' | translate }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="declineInvitation()"
            >
              {{ 'collaboration.decline' | translate }}
            </button>
          </div>
        </div>
      }
      @if (v.openRequiredTasks > 0) {
        <p class="gate" role="note">
          {{ 'collaboration.openTasks' | translate: { count: v.openRequiredTasks } }}
        </p>
      }
      <ul class="participants">
        @for (p of v.participants; track $index) {
          <li [class.past]="p.status === 'ended' || p.status === 'declined'">
            <div class="head">
              <span class="agency">{{ p.agencyShortName }}</span>
              <span class="chip">{{ 'participantRoles.' + p.role | translate }}</span>
              <span class="chip" [attr.data-status]="p.status">
                {{ 'collaboration.status.' + p.status | translate }}
              </span>
            </div>
            @if (p.task; as task) {
              <p class="task">
                <span class="label">
                  {{
                    (task.required ? 'collaboration.requiredTask' : 'collaboration.task')
                      | translate
                  }}:
                </span>
                {{ task.text }}
              </p>
              <p class="task-status">
                {{ 'collaboration.taskStatus.' + task.status | translate }}
                @if (task.updatedByName) {
                  · {{ task.updatedByName }}, {{ task.updatedAt | wibDate: language() }}
                }
              </p>
              @if (
                v.permissions.updateTask && p.agencyId === actingAgencyId() && p.status === 'active'
              ) {
                <mat-form-field appearance="outline" class="task-select">
                  <mat-label>{{ 'collaboration.changeTask' | translate }}</mat-label>
                  <mat-select
                    [value]="task.status"
                    [disabled]="busy()"
                    (selectionChange)="moveTask(task.version, $event.value)"
                  >
                    @for (status of taskStatuses; track status) {
                      <mat-option [value]="status">
                        {{ 'collaboration.taskStatus.' + status | translate }}
                      </mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              }
            }
            @if (p.declineReason) {
              <p class="why">
                {{ 'collaboration.declinedBecause' | translate: { reason: p.declineReason } }}
              </p>
            }
            @if (p.endReason) {
              <p class="why">
                {{
                  'collaboration.endedBecause'
                    | translate: { reason: p.endReason, name: p.endedByName ?? '' }
                }}
              </p>
            }
            @if (p.role !== 'lead' && p.status !== 'ended' && p.status !== 'declined') {
              @if (v.permissions.manage) {
                <button mat-button type="button" [disabled]="busy()" (click)="endParticipant(p)">
                  {{
                    (p.status === 'invited'
                      ? 'collaboration.cancelInvitation'
                      : 'collaboration.end'
                    ) | translate
                  }}
                </button>
              } @else if (
                v.permissions.leave && p.agencyId === actingAgencyId() && p.status !== 'invited'
              ) {
                <button mat-button type="button" [disabled]="busy()" (click)="endParticipant(p)">
                  {{ 'collaboration.leave' | translate }}
                </button>
              }
            }
          </li>
        }
      </ul>
      @if (v.permissions.manage && v.participants.length <= 1) {
        <p class="empty-state">{{ 'collaboration.noParticipants' | translate }}</p>
      }
      @if (v.splitLinks.length > 0) {
        <h3>{{ 'collaboration.linkedCases' | translate }}</h3>
        <ul class="links">
          @for (link of v.splitLinks; track link.caseId) {
            <li>
              {{ 'collaboration.' + link.direction | translate }}
              <a [routerLink]="['/kasus', link.caseId]">{{ link.number }}</a> — {{ link.title }}
            </li>
          }
        </ul>
      }
      @if (v.permissions.split && detail().reports.length > 0) {
        <button mat-stroked-button type="button" class="split" (click)="splitCase()">
          {{ 'collaboration.split.action' | translate }}
        </button>
      }
      @if (v.permissions.manage) {
        @if (inviting()) {
          <form class="invite" [formGroup]="inviteForm" (ngSubmit)="sendInvitation()" novalidate>
            <h3>{{ 'collaboration.inviteHeading' | translate }}</h3>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'collaboration.agency' | translate }}</mat-label>
              <mat-select formControlName="agencyId" required>
                @for (agency of invitableAgencies(); track agency.id) {
                  <mat-option [value]="agency.id"
                    >{{ agency.shortName }} — {{ agency.name }}</mat-option
                  >
                }
              </mat-select>
              <mat-error>{{ 'common.required' | translate }}</mat-error>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'collaboration.taskLabel' | translate }}</mat-label>
              <textarea matInput formControlName="task" rows="3" required></textarea>
              <mat-hint>{{ 'collaboration.taskHint' | translate }}</mat-hint>
              <mat-error>{{
                'collaboration.taskError' | translate: { min: taskMin, max: taskMax }
              }}</mat-error>
            </mat-form-field>
            <mat-checkbox formControlName="required">
              {{ 'collaboration.requiredLabel' | translate }}
            </mat-checkbox>
            <div class="row">
              <button mat-flat-button type="submit" [disabled]="busy()">
                {{ 'collaboration.sendInvitation' | translate }}
              </button>
              <button mat-button type="button" (click)="inviting.set(false)">
                {{ 'common.cancel' | translate }}
              </button>
            </div>
          </form>
        } @else {
          <button mat-stroked-button type="button" (click)="inviting.set(true)">
            {{ 'collaboration.invite' | translate }}
          </button>
        }
      }
      @if (busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
      }
      <sp-error-message [error]="error()" />
    } @else if (collaboration.error()) {
      <sp-error-message [error]="collaboration.error()" />
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
  `,
  styles: `
    .participants,
    .links {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
    }
    .participants li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .participants li.past {
      opacity: 0.75;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .agency {
      font-weight: 600;
    }
    .chip {
      border-radius: 8px;
      padding: 2px 8px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .task,
    .task-status,
    .why {
      margin: 4px 0;
      overflow-wrap: anywhere;
    }
    .label {
      font-weight: 600;
    }
    .banner {
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: 12px;
      padding: 12px;
      margin-bottom: 12px;
    }
    .banner p {
      margin: 0;
    }
    .banner blockquote {
      margin: 8px 0 12px;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .gate {
      border-left: 4px solid var(--mat-sys-error);
      padding-left: 8px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .invite,
    .invite mat-form-field,
    .split {
      margin: 0 8px 8px 0;
      vertical-align: top;
    }
    .task-select {
      display: block;
      width: 100%;
      max-width: 520px;
    }
  `,
})
export class CaseCollaboration {
  private readonly service = inject(CollaborationService);
  private readonly agencies = inject(AgenciesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly inviteKeys = new RetryKeys();
  protected readonly language = inject(LanguageService).language;
  protected readonly actingAgencyId = inject(AuthService).actingAgencyId;
  protected readonly taskStatuses = TASK_STATUSES;
  protected readonly taskMin = CO_OWNERSHIP_LIMITS.taskMin;
  protected readonly taskMax = CO_OWNERSHIP_LIMITS.taskMax;

  /** The case as the page shows it: each new version (live or own) reloads the panel. */
  readonly detail = input.required<CaseDetail>();
  /** Something changed the case (the page reloads it); `left`: the agency no longer sees it. */
  readonly changed = output<{ left: boolean }>();

  protected readonly collaboration = rxResource({
    params: () => this.detail(),
    stream: ({ params }) => this.service.view(params.id),
  });
  protected readonly view = computed(() =>
    this.collaboration.hasValue() ? this.collaboration.value() : null,
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly inviting = signal(false);
  protected readonly ownEntry = computed(() =>
    this.view()?.participants.find(
      (p) => p.agencyId === this.actingAgencyId() && p.status === 'invited',
    ),
  );

  private readonly agencyList = rxResource({
    params: () => (this.inviting() ? true : undefined),
    stream: () => this.agencies.list(),
  });
  /** Active agencies that are not already working the case. */
  protected readonly invitableAgencies = computed(() => {
    const busy = new Set(
      (this.view()?.participants ?? [])
        .filter((p) => p.status === 'active' && p.role !== 'observer')
        .map((p) => p.agencyId),
    );
    return (this.agencyList.hasValue() ? this.agencyList.value() : []).filter(
      (a) => a.active && !busy.has(a.id),
    );
  });

  protected readonly inviteForm = inject(NonNullableFormBuilder).group({
    agencyId: ['', Validators.required],
    task: [
      '',
      [
        Validators.required,
        Validators.minLength(CO_OWNERSHIP_LIMITS.taskMin),
        Validators.maxLength(CO_OWNERSHIP_LIMITS.taskMax),
      ],
    ],
    required: [true],
  });

  protected sendInvitation(): void {
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    const request = this.inviteForm.getRawValue();
    this.run(this.service.invite(this.detail().id, request, this.inviteKeys.for(request)), () => {
      this.inviteKeys.done();
      this.inviting.set(false);
      this.inviteForm.reset({ agencyId: '', task: '', required: true });
    });
  }

  protected acceptInvitation(): void {
    this.run(this.service.accept(this.detail().id));
  }

  protected declineInvitation(): void {
    askReason(this.dialog, {
      title: 'collaboration.declineTitle',
      prompt: 'collaboration.declinePrompt',
      confirm: 'collaboration.decline',
    })
      .pipe(filter((reason): reason is string => Boolean(reason)))
      .subscribe((reason) =>
        this.run(this.service.decline(this.detail().id, reason), undefined, true),
      );
  }

  /** "Pisahkan kasus": the new case opens from the notice (the linked cases list shows it too). */
  protected splitCase(): void {
    const detail = this.detail();
    openSplit(this.dialog, {
      caseId: detail.id,
      version: detail.version,
      title: detail.title,
      leadAgencyId: this.actingAgencyId() ?? '',
      reports: detail.reports,
    })
      .pipe(filter((result) => result !== undefined))
      .subscribe((result) => {
        this.collaboration.reload();
        this.changed.emit({ left: false });
        const message = this.translate.instant(
          result.handoff ? 'collaboration.split.doneProposed' : 'collaboration.split.done',
          { number: result.newCaseNumber, agency: result.handoff?.toAgency.shortName ?? '' },
        );
        this.snackBar
          .open(message, this.translate.instant('collaboration.split.open'), { duration: 10000 })
          .onAction()
          .subscribe(() => void this.router.navigate(['/kasus', result.newCaseId]));
      });
  }

  protected moveTask(version: number, status: TaskStatus): void {
    this.run(this.service.updateTask(this.detail().id, { status, version }));
  }

  protected endParticipant(p: ParticipantView): void {
    const leaving = p.agencyId === this.actingAgencyId();
    const cancelling = !leaving && p.status === 'invited';
    askReason(this.dialog, {
      title: leaving
        ? 'collaboration.leaveTitle'
        : cancelling
          ? 'collaboration.cancelTitle'
          : 'collaboration.endTitle',
      prompt: leaving
        ? 'collaboration.leavePrompt'
        : cancelling
          ? 'collaboration.cancelPrompt'
          : 'collaboration.endPrompt',
      confirm: leaving
        ? 'collaboration.leave'
        : cancelling
          ? 'collaboration.cancelInvitation'
          : 'collaboration.end',
      params: { agency: p.agencyShortName },
    })
      .pipe(filter((reason): reason is string => Boolean(reason)))
      .subscribe((reason) =>
        this.run(this.service.end(this.detail().id, p.agencyId, reason), undefined, leaving),
      );
  }

  private run(
    request: Observable<CaseCollaborationView | void>,
    done?: () => void,
    left = false,
  ): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (answer) => {
        this.busy.set(false);
        done?.();
        if (answer) this.collaboration.set(answer);
        else this.collaboration.reload();
        this.changed.emit({ left });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(error);
        applyServerFieldErrors(this.inviteForm, error);
      },
    });
  }
}
