import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatChipsModule, type MatChipInputEvent } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CASE_TAG_LIMITS, normalizeTag, type CaseDetail } from '@simpul/contracts';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { CaseWorkspaceService } from '../../../core/case-workspace.service';
import { currentCaseFromConflict } from '../../../core/cases.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';

/**
 * The case's tags as chips. Staff who may edit the case add (Enter or comma) and remove them; each
 * change is saved at once with the version they saw. Every tag links to the inbox filtered by it.
 */
@Component({
  selector: 'sp-case-tags',
  imports: [MatChipsModule, MatFormFieldModule, RouterLink, TranslatePipe, ErrorMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let tags = detail().tags;
    @if (detail().permissions.update) {
      <mat-form-field appearance="outline" class="tags-field" subscriptSizing="dynamic">
        <mat-label>{{ 'caseTags.label' | translate }}</mat-label>
        <mat-chip-grid #grid [attr.aria-label]="'caseTags.label' | translate" [disabled]="saving()">
          @for (tag of tags; track tag) {
            <mat-chip-row (removed)="removeTag(tag)">
              {{ tag }}
              <button
                matChipRemove
                type="button"
                [attr.aria-label]="'caseTags.remove' | translate: { tag: tag }"
              >
                ×
              </button>
            </mat-chip-row>
          }
          <input
            [placeholder]="'caseTags.placeholder' | translate"
            [matChipInputFor]="grid"
            [matChipInputSeparatorKeyCodes]="separators"
            [matChipInputAddOnBlur]="true"
            [maxLength]="maxLength"
            (matChipInputTokenEnd)="addTag($event)"
          />
        </mat-chip-grid>
        <mat-hint>{{ 'caseTags.hint' | translate: limits }}</mat-hint>
      </mat-form-field>
      @if (localError(); as key) {
        <p class="field-error" role="alert">{{ key | translate: limits }}</p>
      }
      <sp-error-message [error]="saveError()" />
    } @else if (tags.length > 0) {
      <ul class="tags" [attr.aria-label]="'caseTags.label' | translate">
        @for (tag of tags; track tag) {
          <li>
            <a class="status-chip muted" routerLink="/kasus" [queryParams]="{ tag: tag }">
              {{ tag }}
            </a>
          </li>
        }
      </ul>
    } @else {
      <p class="none">{{ 'caseTags.none' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 8px 0 12px;
    }
    .tags-field {
      width: 100%;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .tags a {
      text-decoration: none;
    }
    button[matChipRemove] {
      font-size: 18px;
      line-height: 1;
      border: 0;
      background: none;
      cursor: pointer;
      color: inherit;
    }
    .none {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
    .field-error {
      margin: 6px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class CaseTags {
  private readonly workspace = inject(CaseWorkspaceService);

  readonly detail = input.required<CaseDetail>();
  /** The case after a change, or the newer case someone else saved first. */
  readonly changed = output<CaseDetail>();

  protected readonly separators = [ENTER, COMMA];
  protected readonly maxLength = CASE_TAG_LIMITS.maxLength;
  protected readonly limits = { max: CASE_TAG_LIMITS.maxLength, count: CASE_TAG_LIMITS.maxCount };
  protected readonly saving = signal(false);
  protected readonly saveError = signal<unknown>(null);
  /** A translation key when the typed tag breaks a limit before anything is sent. */
  protected readonly localError = signal<string | null>(null);
  protected readonly full = computed(() => this.detail().tags.length >= CASE_TAG_LIMITS.maxCount);

  protected addTag(event: MatChipInputEvent): void {
    const tag = normalizeTag(event.value);
    event.chipInput.clear();
    this.localError.set(null);
    if (tag === '' || this.detail().tags.includes(tag)) return;
    if (tag.length > CASE_TAG_LIMITS.maxLength) {
      this.localError.set('caseTags.tooLong');
      return;
    }
    if (this.full()) {
      this.localError.set('caseTags.tooMany');
      return;
    }
    this.save([...this.detail().tags, tag]);
  }

  protected removeTag(tag: string): void {
    this.localError.set(null);
    this.save(this.detail().tags.filter((existing) => existing !== tag));
  }

  private save(tags: string[]): void {
    const detail = this.detail();
    if (this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.workspace.setTags(detail.id, { version: detail.version, tags }).subscribe({
      next: (updated) => {
        this.saving.set(false);
        this.changed.emit(updated);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveError.set(error);
        const current = currentCaseFromConflict(error);
        if (current) this.changed.emit(current);
      },
    });
  }
}
