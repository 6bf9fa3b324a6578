import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { PresenceMember } from '@simpul/contracts';

/** Case fields that take a soft lock while someone edits them, with their label keys. */
export const LOCKABLE_FIELDS: Record<string, string> = {
  title: 'caseDetail.fieldTitle',
  description: 'caseDetail.fieldDescription',
  category: 'caseDetail.category',
  classification: 'caseDetail.classification',
  priority: 'caseDetail.priority',
  incidentDate: 'caseDetail.incidentDate',
};

/** "Judul sedang diedit oleh Budi (UPT PJJ Malang)" with a way to take the field over. */
@Component({
  selector: 'sp-case-field-locks',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (lock of locks(); track lock.field) {
      <p class="lock" role="status" [attr.data-field]="lock.field">
        <span>
          {{
            'casePresence.fieldLocked'
              | translate
                : { field: (lock.labelKey | translate), name: lock.name, agency: lock.agency }
          }}
        </span>
        <button mat-button type="button" (click)="takeOver.emit(lock.field)">
          {{ 'casePresence.takeOver' | translate }}
        </button>
      </p>
    }
  `,
  styles: `
    .lock {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 0 0 8px;
      padding: 6px 12px;
      border-radius: 8px;
      border-left: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class CaseFieldLocks {
  readonly members = input.required<PresenceMember[]>();
  /** Take the named field over from whoever holds it. */
  readonly takeOver = output<string>();

  protected readonly locks = computed(() =>
    this.members()
      .filter((m) => m.editingField !== null && m.editingField in LOCKABLE_FIELDS)
      .map((m) => ({
        field: m.editingField as string,
        labelKey: LOCKABLE_FIELDS[m.editingField as string],
        name: m.name,
        agency: m.agencyName,
      })),
  );
}
