import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CASE_CATEGORIES,
  ROAD_STATUSES,
  ROUTING_RULE_MODES,
  type RoadStatus,
  type RoutingRuleMode,
  type RoutingRuleView,
  type SaveRoutingRuleRequest,
} from '@simpul/contracts';
import { filter, type Observable } from 'rxjs';
import { AgenciesService } from '../../core/agencies.service';
import { AreasService } from '../../core/areas.service';
import { caseCategoryKey } from '../../core/case-labels';
import { agencyResource } from '../../core/reload-on-agency-change';
import { JurisdictionService } from '../../core/jurisdiction.service';
import { confirmAction } from '../../ui/confirm-dialog/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message/error-message';

/** A select's value for "any" (a rule for every regency or every road status). */
const ANY = '';

/**
 * Routing rules as data: category × regency (× road status) → the owning agency, marked
 * "suggest" (the default) or "direct" (handed over at intake). Editing makes a new version from
 * today; closing ends the rule (both stay in the history). The superadmin and coordinating
 * agencies edit; everyone signed in reads.
 */
@Component({
  selector: 'sp-routing-rules-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'routingRules.title' | translate }}</h1>
      <div class="tools">
        <a mat-stroked-button routerLink="/registri-jalan">{{
          'routingRules.registryLink' | translate
        }}</a>
        @if (mayEdit() && editing() === null) {
          <button mat-flat-button type="button" (click)="startNew()">
            {{ 'routingRules.add' | translate }}
          </button>
        }
      </div>
    </header>
    <p class="page-lead">{{ 'routingRules.lead' | translate }}</p>
    @if (!mayEdit() && permissions.hasValue()) {
      <p class="hint">{{ 'routingRules.readOnly' | translate }}</p>
    }

    @if (editing() !== null) {
      <form
        class="editor"
        [formGroup]="form"
        (ngSubmit)="save()"
        novalidate
        aria-labelledby="rule-editor-heading"
      >
        <h2 id="rule-editor-heading">
          {{ (editing() === 'new' ? 'routingRules.newRule' : 'routingRules.editRule') | translate }}
        </h2>
        @if (editing() !== 'new') {
          <p class="hint">{{ 'routingRules.editHint' | translate }}</p>
        }
        <div class="fields">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'routingRules.category' | translate }}</mat-label>
            <mat-select formControlName="category" required>
              @for (category of categories; track category) {
                <mat-option [value]="category">{{ categoryKey(category) | translate }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'routingRules.regency' | translate }}</mat-label>
            <mat-select formControlName="regencyCode">
              <mat-option [value]="any">{{ 'routingRules.anyRegency' | translate }}</mat-option>
              @for (regency of regencyOptions(); track regency.code) {
                <mat-option [value]="regency.code">{{ regency.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'routingRules.roadStatus' | translate }}</mat-label>
            <mat-select formControlName="roadStatus">
              <mat-option [value]="any">{{ 'routingRules.anyStatus' | translate }}</mat-option>
              @for (status of statuses; track status) {
                <mat-option [value]="status">{{ 'roadStatuses.' + status | translate }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'routingRules.agency' | translate }}</mat-label>
            <mat-select formControlName="agencyId" required>
              @for (agency of agencyOptions(); track agency.id) {
                <mat-option [value]="agency.id"
                  >{{ agency.shortName }} — {{ agency.name }}</mat-option
                >
              }
            </mat-select>
            @if (form.controls.agencyId.invalid) {
              <mat-error>{{ 'routingRules.agencyRequired' | translate }}</mat-error>
            }
          </mat-form-field>
        </div>
        <p id="rule-mode-label" class="label">{{ 'routingRules.mode' | translate }}</p>
        <mat-radio-group formControlName="mode" aria-labelledby="rule-mode-label" class="column">
          @for (mode of modes; track mode) {
            <mat-radio-button [value]="mode">
              {{ 'routingRules.modes.' + mode | translate }}
            </mat-radio-button>
          }
        </mat-radio-group>
        <mat-form-field appearance="outline" class="note">
          <mat-label>{{ 'routingRules.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="2" maxlength="500"></textarea>
        </mat-form-field>
        <sp-error-message [error]="saveError()" />
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ (saving() ? 'common.saving' : 'common.save') | translate }}
          </button>
          <button mat-button type="button" (click)="stopEditing()">
            {{ 'common.cancel' | translate }}
          </button>
        </div>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
        }
      </form>
    }

    <div class="list-tools">
      <mat-checkbox [checked]="includeClosed()" (change)="includeClosed.set($event.checked)">
        {{ 'routingRules.includeClosed' | translate }}
      </mat-checkbox>
    </div>
    @if (rules.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    <sp-error-message [error]="rules.error() ?? closeError()" />
    @if (rules.hasValue()) {
      @if (rules.value().length === 0) {
        <p class="empty">
          {{ (mayEdit() ? 'routingRules.emptyEdit' : 'routingRules.empty') | translate }}
        </p>
      } @else {
        <ul class="rules">
          @for (rule of rules.value(); track rule.id) {
            <li [class.closed]="rule.validTo !== null">
              <div class="when">
                <strong>{{ categoryKey(rule.category) | translate }}</strong>
                ·
                @if (rule.regencyCode) {
                  {{ regencyName(rule.regencyCode) }}
                } @else {
                  {{ 'routingRules.anyRegency' | translate }}
                }
                ·
                {{
                  (rule.roadStatus ? 'roadStatuses.' + rule.roadStatus : 'routingRules.anyStatus')
                    | translate
                }}
              </div>
              <div class="then">
                → <strong>{{ rule.agencyShortName }}</strong>
                <span class="chip" [attr.data-mode]="rule.mode">
                  {{ 'routingRules.modes.' + rule.mode | translate }}
                </span>
                @if (rule.isSample) {
                  <span class="chip sample">SAMPLE</span>
                }
              </div>
              @if (rule.note) {
                <div class="muted">{{ rule.note }}</div>
              }
              <div class="muted">
                {{
                  (rule.validTo ? 'routingRules.validBetween' : 'routingRules.validSince')
                    | translate: { from: rule.validFrom, to: rule.validTo }
                }}
                @if (rule.createdByName) {
                  · {{ rule.createdByName }}
                }
              </div>
              @if (mayEdit() && rule.validTo === null) {
                <div class="row-actions">
                  <button mat-stroked-button type="button" (click)="startEdit(rule)">
                    {{ 'routingRules.edit' | translate }}
                  </button>
                  <button mat-button type="button" (click)="close(rule)">
                    {{ 'routingRules.close' | translate }}
                  </button>
                </div>
              }
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .page-header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .tools,
    .actions,
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .hint,
    .muted,
    .empty {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .editor {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 16px 0;
      h2 {
        margin-top: 0;
      }
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      gap: 0 12px;
    }
    .label {
      font: var(--mat-sys-label-large);
      margin: 0 0 4px;
    }
    .column {
      display: flex;
      flex-direction: column;
      margin-bottom: 12px;
    }
    .note {
      width: 100%;
    }
    .rules {
      list-style: none;
      padding: 0;
      margin: 8px 0;
    }
    .rules li {
      padding: 10px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
      &.closed {
        opacity: 0.7;
      }
    }
    .then {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin: 2px 0;
    }
    .chip {
      padding: 1px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      &[data-mode='direct'] {
        border-color: var(--mat-sys-primary);
        color: var(--mat-sys-primary);
      }
    }
    .sample {
      background: #fff8e1;
      border-color: #b28704;
      color: #5d4300;
      font-weight: 600;
    }
    .row-actions {
      margin-top: 4px;
    }
  `,
})
export class RoutingRulesPage {
  private readonly jurisdiction = inject(JurisdictionService);
  private readonly dialog = inject(MatDialog);
  protected readonly categories = CASE_CATEGORIES;
  protected readonly statuses = ROAD_STATUSES;
  protected readonly modes = ROUTING_RULE_MODES;
  protected readonly any = ANY;
  protected readonly categoryKey = caseCategoryKey;

  protected readonly permissions = agencyResource({
    stream: () => this.jurisdiction.permissions(),
  });
  protected readonly mayEdit = computed(
    () => this.permissions.hasValue() && this.permissions.value()?.editRules === true,
  );
  protected readonly includeClosed = signal(false);
  protected readonly rules = rxResource({
    params: () => ({ includeClosed: this.includeClosed() }),
    stream: ({ params }) => this.jurisdiction.rules(params.includeClosed),
  });
  private readonly areas = inject(AreasService);
  private readonly regencies = rxResource({ stream: () => this.areas.regencies() });
  protected readonly regencyOptions = computed(() =>
    this.regencies.hasValue() ? this.regencies.value() : [],
  );
  private readonly agenciesService = inject(AgenciesService);
  /** The agencies, asked for only when someone edits. */
  private readonly agencies = rxResource({
    params: () => (this.mayEdit() ? true : undefined),
    stream: () => this.agenciesService.list(),
  });
  protected readonly agencyOptions = computed(() =>
    this.agencies.hasValue() ? this.agencies.value().filter((a) => a.active) : [],
  );

  /** `new`, the id of the rule being given a new version, or null. */
  protected readonly editing = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);
  protected readonly closeError = signal<unknown>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    category: ['jalan_rusak', Validators.required],
    regencyCode: [ANY],
    roadStatus: [ANY],
    agencyId: ['', Validators.required],
    mode: ['suggest' as RoutingRuleMode, Validators.required],
    note: [''],
  });

  protected regencyName(code: string): string {
    return this.regencyOptions().find((r) => r.code === code)?.name ?? code;
  }

  protected startNew(): void {
    this.form.reset();
    this.saveError.set(null);
    this.editing.set('new');
  }

  protected startEdit(rule: RoutingRuleView): void {
    this.form.setValue({
      category: rule.category,
      regencyCode: rule.regencyCode ?? ANY,
      roadStatus: rule.roadStatus ?? ANY,
      agencyId: rule.agencyId,
      mode: rule.mode,
      note: rule.note ?? '',
    });
    this.saveError.set(null);
    this.editing.set(rule.id);
  }

  protected stopEditing(): void {
    this.editing.set(null);
    this.saveError.set(null);
  }

  protected save(): void {
    const editing = this.editing();
    this.form.markAllAsTouched();
    if (editing === null || this.form.invalid || this.saving()) return;
    const value = this.form.getRawValue();
    const body: SaveRoutingRuleRequest = {
      category: value.category,
      regencyCode: value.regencyCode === ANY ? null : value.regencyCode,
      roadStatus: value.roadStatus === ANY ? null : (value.roadStatus as RoadStatus),
      agencyId: value.agencyId,
      mode: value.mode,
      note: value.note.trim() === '' ? null : value.note.trim(),
    };
    const request: Observable<RoutingRuleView> =
      editing === 'new'
        ? this.jurisdiction.createRule(body)
        : this.jurisdiction.updateRule(editing, body);
    this.saving.set(true);
    this.saveError.set(null);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.editing.set(null);
        this.rules.reload();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(error);
      },
    });
  }

  protected close(rule: RoutingRuleView): void {
    confirmAction(this.dialog, {
      title: 'routingRules.closeTitle',
      message: 'routingRules.closeMessage',
      confirm: 'routingRules.close',
      params: { agency: rule.agencyShortName },
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.closeError.set(null);
        this.jurisdiction.closeRule(rule.id).subscribe({
          next: () => this.rules.reload(),
          error: (error: unknown) => this.closeError.set(error),
        });
      });
  }
}
