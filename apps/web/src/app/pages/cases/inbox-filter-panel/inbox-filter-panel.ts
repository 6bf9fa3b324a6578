import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  type Injector,
  type Signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  type MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CASE_CATEGORIES, CASE_STATUSES, CASE_TAG_LIMITS, normalizeTag } from '@simpul/contracts';
import { caseCategoryKey, caseStatusKey, slaStateKey } from '../../../core/case-labels';
import { INBOX_SORTS, NO_FILTERS, SLA_STATES, type InboxFilters } from '../case-list/inbox-filters';
import {
  NO_FILTER_OPTIONS,
  activeFilters,
  type ActiveFilter,
  type InboxFilterOptions,
} from './inbox-filter-options';

// Re-exported for the filter panel's users; the inbox page takes them from their own file so that
// this one (selects, chips, the dialog) loads after its first screen.
export {
  NO_FILTER_OPTIONS,
  activeFilters,
  type ActiveFilter,
  type InboxFilterOptions,
} from './inbox-filter-options';

/**
 * Every filter the inbox API takes, as selects and toggles. It changes nothing itself: it asks the
 * page, which writes the URL (the one source of the filters).
 */
@Component({
  selector: 'sp-inbox-filter-panel',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = filters();
    @let choices = options();
    <div class="grid">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'cases.status' | translate }}</mat-label>
        <mat-select
          multiple
          [value]="current.status"
          (selectionChange)="changed.emit({ status: $event.value })"
        >
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ statusKey(status) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inbox.category' | translate }}</mat-label>
        <mat-select
          [value]="current.category"
          (selectionChange)="changed.emit({ category: $event.value })"
        >
          <mat-option [value]="null">{{ 'inbox.allCategories' | translate }}</mat-option>
          @for (category of categories; track category) {
            <mat-option [value]="category">{{ categoryKey(category) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inboxFilters.agency' | translate }}</mat-label>
        <mat-select
          [value]="current.agencyId"
          (selectionChange)="changed.emit({ agencyId: $event.value })"
        >
          <mat-option [value]="null">{{ 'inboxFilters.allAgencies' | translate }}</mat-option>
          @for (agency of choices.agencies; track agency.id) {
            <mat-option [value]="agency.id">{{ agency.shortName }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inboxFilters.regency' | translate }}</mat-label>
        <mat-select
          [value]="current.regency"
          (selectionChange)="changed.emit({ regency: $event.value })"
        >
          <mat-option [value]="null">{{ 'inboxFilters.allRegencies' | translate }}</mat-option>
          @for (regency of choices.regencies; track regency.code) {
            <mat-option [value]="regency.code">{{ regency.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inboxFilters.officer' | translate }}</mat-label>
        <mat-select
          [value]="current.officer"
          (selectionChange)="changed.emit({ officer: $event.value, mine: false })"
        >
          <mat-option [value]="null">{{ 'inboxFilters.allOfficers' | translate }}</mat-option>
          @for (officer of choices.officers; track officer.userId) {
            <mat-option [value]="officer.userId">
              {{ officer.name }} ·
              {{ 'inboxFilters.openCases' | translate: { count: officer.openCases } }}
            </mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inbox.sla' | translate }}</mat-label>
        <mat-select [value]="current.sla" (selectionChange)="changed.emit({ sla: $event.value })">
          <mat-option [value]="null">{{ 'inbox.allSlaStates' | translate }}</mat-option>
          @for (state of slaStates; track state) {
            <mat-option [value]="state">{{ slaKey(state) | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inboxFilters.tag' | translate }}</mat-label>
        <input
          #tagBox
          matInput
          type="text"
          autocomplete="off"
          enterkeyhint="search"
          [maxLength]="tagMaxLength"
          [value]="current.tag"
          (keydown.enter)="applyTag(tagBox.value)"
          (blur)="applyTag(tagBox.value)"
        />
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'inbox.sort' | translate }}</mat-label>
        <mat-select [value]="current.sort" (selectionChange)="changed.emit({ sort: $event.value })">
          @for (sort of sorts; track sort) {
            <mat-option [value]="sort">{{ 'inbox.sorts.' + sort | translate }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    <div class="toggles">
      <mat-slide-toggle
        [checked]="current.needsLocation"
        (change)="changed.emit({ needsLocation: $event.checked })"
      >
        {{ 'inbox.needsLocation' | translate }}
      </mat-slide-toggle>
      <mat-slide-toggle
        [checked]="current.escalated"
        (change)="changed.emit({ escalated: $event.checked })"
      >
        {{ 'inbox.escalatedOnly' | translate }}
      </mat-slide-toggle>
      <mat-slide-toggle
        [checked]="current.mine"
        (change)="changed.emit({ mine: $event.checked, officer: null })"
      >
        {{ 'inbox.mine' | translate }}
      </mat-slide-toggle>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(190px, 1fr));
      gap: 8px 12px;
    }
    .toggles {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 24px;
      margin-top: 8px;
    }
  `,
})
export class InboxFilterPanel {
  readonly filters = input.required<InboxFilters>();
  readonly options = input<InboxFilterOptions>(NO_FILTER_OPTIONS);
  /** A filter the user changed; the page merges it into the URL. */
  readonly changed = output<Partial<InboxFilters>>();

  protected readonly statuses = CASE_STATUSES;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly slaStates = SLA_STATES;
  protected readonly sorts = INBOX_SORTS;
  protected readonly tagMaxLength = CASE_TAG_LIMITS.maxLength;
  protected readonly statusKey = caseStatusKey;
  protected readonly categoryKey = caseCategoryKey;
  protected readonly slaKey = slaStateKey;

  protected applyTag(text: string): void {
    const tag = normalizeTag(text);
    if (tag !== this.filters().tag) this.changed.emit({ tag });
  }
}

/** The active filters as chips, each removable, and "clear all". */
@Component({
  selector: 'sp-inbox-active-filters',
  imports: [MatButtonModule, MatChipsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chips().length > 0) {
      <mat-chip-set [attr.aria-label]="'inboxFilters.active' | translate">
        @for (chip of chips(); track chip.key) {
          <mat-chip (removed)="remove(chip.key)">
            {{ chip.labelKey | translate: chipParams(chip) }}
            <button
              matChipRemove
              type="button"
              [attr.aria-label]="
                'inboxFilters.remove'
                  | translate: { filter: (chip.labelKey | translate: chipParams(chip)) }
              "
            >
              ×
            </button>
          </mat-chip>
        }
      </mat-chip-set>
      <button mat-button type="button" class="clear" (click)="cleared.emit()">
        {{ 'inbox.clearFilters' | translate }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    button[matChipRemove] {
      font-size: 18px;
      line-height: 1;
      border: 0;
      background: none;
      cursor: pointer;
      color: inherit;
    }
  `,
})
export class InboxActiveFilters {
  private readonly translate = inject(TranslateService);
  readonly filters = input.required<InboxFilters>();
  readonly options = input<InboxFilterOptions>(NO_FILTER_OPTIONS);
  readonly changed = output<Partial<InboxFilters>>();
  readonly cleared = output<void>();

  protected readonly chips = computed(() => activeFilters(this.filters(), this.options()));

  protected chipParams(chip: ActiveFilter): Record<string, string> {
    if (!chip.valueKeys) return chip.params;
    return {
      ...chip.params,
      value: chip.valueKeys.map((key) => this.translate.instant(key) as string).join(', '),
    };
  }

  protected remove(key: keyof InboxFilters): void {
    this.changed.emit({ [key]: NO_FILTERS[key] });
  }
}

export interface InboxFilterDialogData {
  filters: Signal<InboxFilters>;
  options: Signal<InboxFilterOptions>;
  apply: (change: Partial<InboxFilters>) => void;
  clear: () => void;
}

/** The filter panel as a full-width sheet on a phone; each change applies at once. */
@Component({
  selector: 'sp-inbox-filter-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe, InboxFilterPanel, InboxActiveFilters],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'inbox.filters' | translate }}</h2>
    <mat-dialog-content>
      <sp-inbox-active-filters
        [filters]="data.filters()"
        [options]="data.options()"
        (changed)="data.apply($event)"
        (cleared)="data.clear()"
      />
      <sp-inbox-filter-panel
        [filters]="data.filters()"
        [options]="data.options()"
        (changed)="data.apply($event)"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>
        {{ 'inboxFilters.showResults' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    sp-inbox-active-filters {
      margin-bottom: 12px;
    }
    sp-inbox-filter-panel {
      padding-top: 8px;
    }
  `,
})
export class InboxFilterDialog {
  protected readonly data = inject<InboxFilterDialogData>(MAT_DIALOG_DATA);
}

/** The sheet opened from a page that loads this file when it is needed. */
export function openInboxFilterSheet(
  injector: Injector,
  data: InboxFilterDialogData,
): MatDialogRef<InboxFilterDialog> {
  return openInboxFilterDialog(injector.get(MatDialog), data);
}

export function openInboxFilterDialog(
  dialog: MatDialog,
  data: InboxFilterDialogData,
): MatDialogRef<InboxFilterDialog> {
  return dialog.open(InboxFilterDialog, {
    data,
    width: '100vw',
    maxWidth: '100vw',
    position: { bottom: '0' },
    autoFocus: 'dialog',
  });
}
