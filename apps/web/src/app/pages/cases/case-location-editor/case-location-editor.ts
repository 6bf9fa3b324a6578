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
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseDetail, SetCaseLocationRequest } from '@simpul/contracts';
import { of } from 'rxjs';
import { apiErrorBody, type Bilingual } from '../../../core/api-error';
import { AreasService } from '../../../core/areas.service';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { currentCaseFromConflict } from '../../../core/cases.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { hasPoint, type LatLng } from '../../../ui/location-map/coordinates';
import { LocationMap, type PointProblem } from '../../../ui/location-map/location-map';

export type LocationEditMode = 'point' | 'area';

/**
 * Staff set a case's location: drop or drag the pin (or type the coordinates) and save it as
 * `pinned`, or choose the regency, district and village when only the area is known (`area`).
 * The version the officer saw goes along; someone else's newer change is shown, not overwritten.
 */
@Component({
  selector: 'sp-case-location-editor',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    LocationMap,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!editing()) {
      <button mat-stroked-button type="button" (click)="startEditing()">
        {{ 'caseLocationEditor.edit' | translate }}
      </button>
    } @else {
      <section class="editor" [attr.aria-label]="'caseLocationEditor.heading' | translate">
        <h3>{{ 'caseLocationEditor.heading' | translate }}</h3>
        <mat-button-toggle-group
          hideSingleSelectionIndicator
          [value]="mode()"
          (change)="mode.set($event.value)"
          [attr.aria-label]="'caseLocationEditor.modeLabel' | translate"
        >
          <mat-button-toggle value="point">
            {{ 'caseLocationEditor.modes.point' | translate }}
          </mat-button-toggle>
          <mat-button-toggle value="area">
            {{ 'caseLocationEditor.modes.area' | translate }}
          </mat-button-toggle>
        </mat-button-toggle-group>

        @if (mode() === 'point') {
          <p class="hint">{{ 'caseLocationEditor.pointHint' | translate }}</p>
          <sp-location-map
            [point]="initialPoint()"
            [editable]="true"
            [error]="coordinateError()"
            [focus]="areaBounds.value()?.bounds ?? null"
            (pointChange)="chosenPoint.set($event)"
            (problemChange)="pointProblem.set($event)"
          />
        } @else {
          <p class="hint">{{ 'caseLocationEditor.areaHint' | translate }}</p>
          <div class="areas">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'caseLocation.areaLevels.regency' | translate }}</mat-label>
              <mat-select [value]="regency()" (selectionChange)="chooseRegency($event.value)">
                @for (option of regencies.value() ?? []; track option.code) {
                  <mat-option [value]="option.code">{{ option.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'caseLocation.areaLevels.district' | translate }}</mat-label>
              <mat-select
                [value]="district()"
                [disabled]="!regency()"
                (selectionChange)="chooseDistrict($event.value)"
              >
                <mat-option [value]="null">{{
                  'caseLocationEditor.unknownLevel' | translate
                }}</mat-option>
                @for (option of districts.value() ?? []; track option.code) {
                  <mat-option [value]="option.code">{{ option.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'caseLocation.areaLevels.village' | translate }}</mat-label>
              <mat-select
                [value]="village()"
                [disabled]="!district()"
                (selectionChange)="village.set($event.value)"
              >
                <mat-option [value]="null">{{
                  'caseLocationEditor.unknownLevel' | translate
                }}</mat-option>
                @for (option of villages.value() ?? []; track option.code) {
                  <mat-option [value]="option.code">{{ option.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          @if (hadPoint()) {
            <p class="warning">{{ 'caseLocationEditor.pointRemoved' | translate }}</p>
          }
        }

        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.saving' | translate" />
        }
        <sp-error-message [error]="saveError()" />
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="!canSave()" (click)="saveLocation()">
            {{ (saving() ? 'common.saving' : 'caseLocationEditor.save') | translate }}
          </button>
          <button mat-button type="button" (click)="cancelEditing()">
            {{ 'common.cancel' | translate }}
          </button>
        </div>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 12px;
    }
    .editor {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px 16px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .hint,
    .warning {
      font: var(--mat-sys-body-medium);
      margin: 12px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .warning {
      color: var(--mat-sys-error);
    }
    .areas {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 0 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class CaseLocationEditor {
  private readonly workspace = inject(CaseWorkspaceService);
  private readonly areas = inject(AreasService);

  readonly detail = input.required<CaseDetail>();
  /** The case after a save, or the newer case someone else saved first. */
  readonly saved = output<CaseDetail>();
  /** The editor opened or closed (the section hides its own map meanwhile). */
  readonly editingChange = output<boolean>();

  protected readonly editing = signal(false);
  /**
   * The case version the editor was opened on (or last shown a conflict on): the page takes
   * others' changes live, so sending the newest version would overwrite their location unseen.
   */
  private openedVersion: number | null = null;
  protected readonly mode = signal<LocationEditMode>('point');
  protected readonly chosenPoint = signal<LatLng | null>(null);
  /** The typed point is outside Indonesia, swapped or half typed: nothing to save yet. */
  protected readonly pointProblem = signal<PointProblem | null>(null);
  protected readonly regency = signal<string | null>(null);
  protected readonly district = signal<string | null>(null);
  protected readonly village = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);

  protected readonly initialPoint = computed<LatLng | null>(() => {
    const location = this.detail().location;
    return hasPoint(location) ? { lat: location.lat, lng: location.lng } : null;
  });
  protected readonly hadPoint = computed(() => this.initialPoint() !== null);
  /** The API's words about the coordinates (`point.lat`, `point.lng`), under the fields. */
  protected readonly coordinateError = computed<Bilingual | null>(() => {
    const body = apiErrorBody(this.saveError());
    const field = body?.fields?.find((f) => f.field.startsWith('point'));
    return field?.message ?? null;
  });
  protected readonly canSave = computed(() => {
    if (this.saving()) return false;
    return this.mode() === 'point'
      ? this.chosenPoint() !== null && this.pointProblem() === null
      : this.regency() !== null;
  });

  protected readonly regencies = rxResource({
    params: () => (this.editing() ? true : undefined),
    stream: () => this.areas.regencies(),
  });
  /**
   * A case with an area but no pin: the map opens on the area's registered roads (its district's,
   * else its regency's), not on all of East Java.
   */
  protected readonly areaBounds = rxResource({
    params: () => {
      if (!this.editing() || this.mode() !== 'point' || this.initialPoint()) return undefined;
      return this.village() ?? this.district() ?? this.regency() ?? undefined;
    },
    stream: ({ params }) => this.areas.placeBounds(params),
  });
  protected readonly districts = rxResource({
    params: () => this.regency() ?? undefined,
    stream: ({ params }) => (params ? this.areas.districts(params) : of([])),
  });
  protected readonly villages = rxResource({
    params: () => this.district() ?? undefined,
    stream: ({ params }) => (params ? this.areas.villages(params) : of([])),
  });

  protected startEditing(): void {
    const location = this.detail().location;
    this.mode.set(location.confidence === 'area' ? 'area' : 'point');
    this.chosenPoint.set(null);
    this.pointProblem.set(null);
    this.regency.set(location.regencyCode ?? this.detail().regencyCode);
    this.district.set(location.districtCode);
    this.village.set(location.villageCode);
    this.saveError.set(null);
    this.openedVersion = this.detail().version;
    this.editing.set(true);
    this.editingChange.emit(true);
  }

  protected cancelEditing(): void {
    this.editing.set(false);
    this.editingChange.emit(false);
    this.saveError.set(null);
  }

  protected chooseRegency(code: string): void {
    this.regency.set(code);
    this.district.set(null);
    this.village.set(null);
  }

  protected chooseDistrict(code: string | null): void {
    this.district.set(code);
    this.village.set(null);
  }

  protected saveLocation(): void {
    const detail = this.detail();
    if (!this.canSave()) return;
    const version = this.openedVersion ?? detail.version;
    const request: SetCaseLocationRequest =
      this.mode() === 'point'
        ? { version, point: this.chosenPoint() }
        : {
            version,
            regencyCode: this.regency(),
            districtCode: this.district(),
            villageCode: this.village(),
          };
    this.saving.set(true);
    this.saveError.set(null);
    this.workspace.setLocation(detail.id, request).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.editing.set(false);
        this.editingChange.emit(false);
        this.saved.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(error);
        // Someone else changed the case first: show theirs; the officer's choice stays here.
        // Saving again after seeing theirs is a deliberate choice: it goes on the shown version.
        const current = currentCaseFromConflict(error);
        if (current) {
          this.openedVersion = current.version;
          this.saved.emit(current);
        }
      },
    });
  }
}
