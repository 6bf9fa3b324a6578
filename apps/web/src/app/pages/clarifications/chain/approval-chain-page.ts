import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CLARIFICATION_APPROVER_ROLES,
  CLARIFICATION_CHAIN_MAX_STEPS,
  type AgencySummary,
  type ClarificationApproverRole,
  type ClarificationChainStepInput,
  type ClarificationChainView,
} from '@simpul/contracts';
import { AgenciesService } from '../../../core/agencies.service';
import { AuthService } from '../../../core/auth.service';
import { ClarificationChainService } from '../../../core/clarification-chain.service';
import { LanguageService } from '../../../core/language.service';
import { reloadOnAgencyChange } from '../../../core/reload-on-agency-change';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/** One step as edited on the page. */
export interface EditedStep {
  name: string;
  kind: 'role' | 'people';
  approverAgencyId: string | null;
  role: ClarificationApproverRole | null;
  userIds: string[];
  alternateUserIds: string[];
}

type Person = ClarificationChainView['people'][number];

/**
 * Who may decide a step, computed from the chain's members the same way the API does: the role
 * holders of the step's agency or its named people, and its alternates. Said live while editing,
 * so a step nobody may decide is seen as it is configured.
 */
export function eligibleFor(step: EditedStep, people: readonly Person[]): string[] {
  const ids = new Set<string>();
  if (step.kind === 'role')
    for (const p of people)
      if (p.agencyId === step.approverAgencyId && p.role === step.role) ids.add(p.userId);
  const active = new Set(people.map((p) => p.userId));
  for (const id of [...(step.kind === 'people' ? step.userIds : []), ...step.alternateUserIds])
    if (active.has(id)) ids.add(id);
  return [...ids];
}

/**
 * "Rantai persetujuan": the ordered steps that approve the hoax clarifications an agency opens
 * (issue #15 item 3), edited by the agency's admin and pimpinan (or the superadmin, for any
 * agency) and read by its members. A step nobody may decide is flagged while it is edited.
 */
@Component({
  selector: 'sp-approval-chain-page',
  imports: [
    FormsModule,
    MatButtonModule,
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
    <header class="page-header">
      <h1>{{ 'approvalChain.title' | translate }}</h1>
    </header>
    @if (isSuperadmin()) {
      <mat-form-field appearance="outline" class="agency-pick" subscriptSizing="dynamic">
        <mat-label>{{ 'approvalChain.agency' | translate }}</mat-label>
        <mat-select
          [value]="agencyId()"
          (selectionChange)="pick($event.value)"
          id="approval-chain-agency"
        >
          @for (a of agencies(); track a.id) {
            <mat-option [value]="a.id">{{ a.shortName }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
    @if (!agencyId()) {
      <p class="hint">{{ 'approvalChain.pickAgency' | translate }}</p>
    }
    @if (chain(); as c) {
      <p class="page-lead">{{ 'approvalChain.lead' | translate: { agency: c.agencyShortName } }}</p>
      @if (!c.configured && !dirty()) {
        <p class="hint" id="approval-chain-default">
          {{ 'approvalChain.default' | translate }}
        </p>
      }
      @if (missing() > 0) {
        <p class="warning" role="status" id="approval-chain-warning">
          {{ 'approvalChain.missing' | translate: { count: missing() } }}
        </p>
      }
      <ol class="steps">
        @for (step of steps(); track $index; let i = $index; let last = $last) {
          <li class="step" [class.empty]="eligible()[i].length === 0">
            @if (c.mayConfigure) {
              <div class="row">
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="name">
                  <mat-label>{{ 'approvalChain.stepName' | translate: { n: i + 1 } }}</mat-label>
                  <input
                    matInput
                    [ngModel]="step.name"
                    (ngModelChange)="change(i, { name: $event })"
                    maxlength="200"
                    required
                  />
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ 'approvalChain.kind' | translate }}</mat-label>
                  <mat-select
                    [value]="step.kind"
                    (selectionChange)="change(i, { kind: $event.value })"
                  >
                    <mat-option value="role">{{
                      'approvalChain.kinds.role' | translate
                    }}</mat-option>
                    <mat-option value="people">{{
                      'approvalChain.kinds.people' | translate
                    }}</mat-option>
                  </mat-select>
                </mat-form-field>
              </div>
              <div class="row">
                @if (step.kind === 'role') {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'approvalChain.roleAgency' | translate }}</mat-label>
                    <mat-select
                      [value]="step.approverAgencyId"
                      (selectionChange)="change(i, { approverAgencyId: $event.value })"
                    >
                      @for (a of c.agencies; track a.id) {
                        <mat-option [value]="a.id">{{ a.shortName }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ 'approvalChain.role' | translate }}</mat-label>
                    <mat-select
                      [value]="step.role"
                      (selectionChange)="change(i, { role: $event.value })"
                    >
                      @for (r of roles; track r) {
                        <mat-option [value]="r">{{ 'roles.' + r | translate }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                } @else {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="people">
                    <mat-label>{{ 'approvalChain.people' | translate }}</mat-label>
                    <mat-select
                      multiple
                      [value]="step.userIds"
                      (selectionChange)="change(i, { userIds: $event.value })"
                    >
                      @for (p of persons(); track p.userId) {
                        <mat-option [value]="p.userId">{{ p.label }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                }
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="people">
                  <mat-label>{{ 'approvalChain.alternates' | translate }}</mat-label>
                  <mat-select
                    multiple
                    [value]="step.alternateUserIds"
                    (selectionChange)="change(i, { alternateUserIds: $event.value })"
                  >
                    @for (p of persons(); track p.userId) {
                      <mat-option [value]="p.userId">{{ p.label }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
              </div>
            } @else {
              <strong>{{ i + 1 }}. {{ step.name }}</strong>
              <span class="who">
                @if (step.kind === 'role') {
                  {{ 'roles.' + step.role | translate }} · {{ agencyName(step.approverAgencyId) }}
                } @else {
                  {{ names(step.userIds) }}
                }
                @if (step.alternateUserIds.length > 0) {
                  · {{ 'approvalChain.alternates' | translate }}: {{ names(step.alternateUserIds) }}
                }
              </span>
            }
            <p class="eligible" [id]="'approval-chain-step-' + i">
              @if (eligible()[i].length === 0) {
                <strong class="none">{{ 'approvalChain.noApprover' | translate }}</strong>
              } @else {
                {{ 'approvalChain.eligible' | translate }}: {{ names(eligible()[i]) }}
              }
            </p>
            @if (c.mayConfigure) {
              <div class="step-actions">
                <button mat-button type="button" [disabled]="i === 0" (click)="move(i, -1)">
                  {{ 'approvalChain.up' | translate }}
                </button>
                <button mat-button type="button" [disabled]="last" (click)="move(i, 1)">
                  {{ 'approvalChain.down' | translate }}
                </button>
                <button mat-button type="button" (click)="remove(i)">
                  {{ 'approvalChain.remove' | translate: { n: i + 1 } }}
                </button>
              </div>
            }
          </li>
        } @empty {
          <li class="hint">{{ 'approvalChain.noSteps' | translate }}</li>
        }
      </ol>
      <p class="hint">{{ 'approvalChain.coowners' | translate }}</p>
      @if (c.mayConfigure) {
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [disabled]="steps().length >= maxSteps"
            (click)="add()"
          >
            {{ 'approvalChain.add' | translate }}
          </button>
          <button mat-flat-button type="button" [disabled]="saving() || !valid()" (click)="save()">
            {{ 'common.save' | translate }}
          </button>
          @if (c.configured) {
            <button mat-button type="button" [disabled]="saving()" (click)="resetToDefault()">
              {{ 'approvalChain.useDefault' | translate }}
            </button>
          }
        </div>
      } @else {
        <p class="hint">{{ 'approvalChain.readOnly' | translate }}</p>
      }
      @if (saving()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
      }
      @if (saved()) {
        <p class="saved" role="status">
          {{ 'approvalChain.saved' | translate: { version: c.version } }}
        </p>
      }
      @if (c.updatedAt) {
        <p class="hint">
          {{
            'approvalChain.updated'
              | translate: { time: c.updatedAt | wibDate: language(), name: c.updatedByName ?? '—' }
          }}
        </p>
      }
    } @else if (agencyId() && !error()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    <sp-error-message [error]="error()" />
    @if (stale()) {
      <button mat-button type="button" (click)="load()">
        {{ 'approvalChain.reload' | translate }}
      </button>
    }
  `,
  styles: `
    .hint {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .warning,
    .none {
      color: var(--mat-sys-error);
    }
    .warning {
      font: var(--mat-sys-title-small);
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .steps {
      padding-left: 0;
      list-style: none;
      display: grid;
      gap: 12px;
    }
    .step {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px;
    }
    .step.empty {
      border-color: var(--mat-sys-error);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 8px;
      margin-bottom: 12px;
      mat-form-field {
        flex: 1 1 180px;
        min-width: 0;
      }
      .name,
      .people {
        flex-basis: 260px;
      }
    }
    .who {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    .eligible {
      margin: 4px 0 0;
      font: var(--mat-sys-body-medium);
    }
    .step-actions,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .agency-pick {
      width: min(100%, 360px);
    }
    .saved {
      color: var(--mat-sys-primary);
    }
  `,
})
export class ApprovalChainPage {
  private readonly chains = inject(ClarificationChainService);
  private readonly agenciesApi = inject(AgenciesService);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService).language;
  protected readonly isSuperadmin = this.auth.isSuperadmin;
  protected readonly roles = CLARIFICATION_APPROVER_ROLES;
  protected readonly maxSteps = CLARIFICATION_CHAIN_MAX_STEPS;

  private readonly picked = signal<string | null>(null);
  /** The acting agency's chain; a superadmin picks any agency. */
  protected readonly agencyId = computed(() => this.picked() ?? this.auth.actingAgencyId());
  protected readonly agencies = signal<AgencySummary[]>([]);
  protected readonly chain = signal<ClarificationChainView | null>(null);
  protected readonly steps = signal<EditedStep[]>([]);
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly stale = signal(false);
  protected readonly error = signal<unknown>(null);

  protected readonly eligible = computed(() =>
    this.steps().map((s) => eligibleFor(s, this.chain()?.people ?? [])),
  );
  protected readonly missing = computed(() => this.eligible().filter((e) => e.length === 0).length);
  protected readonly persons = computed(() => {
    const byUser = new Map<string, { userId: string; label: string }>();
    for (const p of this.chain()?.people ?? [])
      if (!byUser.has(p.userId))
        byUser.set(p.userId, { userId: p.userId, label: `${p.name} (${p.agencyShortName})` });
    return [...byUser.values()];
  });
  protected readonly valid = computed(() =>
    this.steps().every(
      (s) =>
        s.name.trim().length > 0 &&
        (s.kind === 'role' ? s.approverAgencyId !== null && s.role !== null : s.userIds.length > 0),
    ),
  );

  constructor() {
    reloadOnAgencyChange(() => {
      this.chain.set(null);
      this.error.set(null);
      if (this.isSuperadmin())
        this.agenciesApi.list().subscribe({
          next: (list) => this.agencies.set(list),
          error: (e: unknown) => this.error.set(e),
        });
      if (this.agencyId()) this.load();
    });
  }

  protected pick(agencyId: string): void {
    this.picked.set(agencyId);
    this.load();
  }

  load(): void {
    const agencyId = this.agencyId();
    if (!agencyId) return;
    this.error.set(null);
    this.stale.set(false);
    this.chains.get(agencyId).subscribe({
      next: (c) => this.show(c),
      error: (e: unknown) => this.error.set(e),
    });
  }

  private show(c: ClarificationChainView): void {
    this.chain.set(c);
    this.dirty.set(false);
    this.steps.set(
      c.steps.map((s) => ({
        name: s.name,
        kind: s.role ? 'role' : 'people',
        approverAgencyId: s.approverAgencyId,
        role: s.role,
        userIds: s.userIds.map((p) => p.userId),
        alternateUserIds: s.alternateUserIds.map((p) => p.userId),
      })),
    );
  }

  protected change(i: number, patch: Partial<EditedStep>): void {
    this.saved.set(false);
    this.dirty.set(true);
    this.steps.update((list) => list.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  }

  protected move(i: number, by: -1 | 1): void {
    this.dirty.set(true);
    this.saved.set(false);
    this.steps.update((list) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });
  }

  protected remove(i: number): void {
    this.dirty.set(true);
    this.saved.set(false);
    this.steps.update((list) => list.filter((_, k) => k !== i));
  }

  protected add(): void {
    this.dirty.set(true);
    this.saved.set(false);
    this.steps.update((list) => [
      ...list,
      {
        name: '',
        kind: 'role',
        approverAgencyId: this.agencyId(),
        role: 'pimpinan',
        userIds: [],
        alternateUserIds: [],
      },
    ]);
  }

  protected save(): void {
    this.put(
      this.steps().map((s): ClarificationChainStepInput =>
        s.kind === 'role'
          ? {
              name: s.name.trim(),
              approverAgencyId: s.approverAgencyId,
              role: s.role,
              alternateUserIds: s.alternateUserIds,
            }
          : { name: s.name.trim(), userIds: s.userIds, alternateUserIds: s.alternateUserIds },
      ),
    );
  }

  protected resetToDefault(): void {
    this.put([]);
  }

  private put(steps: ClarificationChainStepInput[]): void {
    const agencyId = this.agencyId();
    const chain = this.chain();
    if (!agencyId || !chain || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    this.chains.replace(agencyId, { baseVersion: chain.version, steps }).subscribe({
      next: (c) => {
        this.saving.set(false);
        this.show(c);
        this.saved.set(true);
      },
      error: (e: unknown) => {
        this.saving.set(false);
        this.error.set(e);
        this.stale.set((e as { status?: number }).status === 409);
      },
    });
  }

  protected names(ids: string[]): string {
    const name = new Map((this.chain()?.people ?? []).map((p) => [p.userId, p.name]));
    return ids.map((id) => name.get(id) ?? '—').join(', ');
  }

  protected agencyName(agencyId: string | null): string {
    return this.chain()?.agencies.find((a) => a.id === agencyId)?.shortName ?? '';
  }
}
