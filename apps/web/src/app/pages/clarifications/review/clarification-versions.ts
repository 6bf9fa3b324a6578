import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  ClarificationVersionDiff,
  ClarificationVersionView,
  ClarificationVersionsView,
} from '@simpul/contracts';
import { ClarificationReviewService } from '../../../core/clarification-review.service';
import { newIdempotencyKey } from '../../../core/idempotency';
import { LanguageService } from '../../../core/language.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

/**
 * Named versions of a clarification draft and a readable word-level diff between any two, or a
 * version and the text now (#15 item 2). `saved` is the last version someone saved live in the
 * draft's room: the list reloads when it changes.
 */
@Component({
  selector: 'sp-clarification-versions',
  imports: [FormsModule, MatButtonModule, TranslatePipe, ErrorMessage, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      margin-top: 24px;
    }
    .save,
    .compare {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: end;
      margin: 8px 0;
    }
    .save label,
    .compare label {
      display: flex;
      flex-direction: column;
      font-size: 13px;
      gap: 2px;
    }
    input,
    select {
      font: inherit;
      padding: 6px 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 6px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      min-width: 12em;
      max-width: 100%;
    }
    ol {
      padding-left: 1.4em;
      margin: 4px 0;
    }
    .meta,
    .hint {
      font-size: 13px;
      color: var(--mat-sys-on-surface-variant);
    }
    .diff {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 6px;
      padding: 8px;
      margin: 4px 0 12px;
    }
    ins {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      text-decoration: underline;
    }
    del {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      text-decoration: line-through;
    }
    .legend ins,
    .legend del {
      padding: 0 4px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    h3 {
      font-size: 15px;
      margin: 8px 0 0;
    }
  `,
  template: `
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{{ 'clarificationReview.versions' | translate }}</h2>
      @if (view(); as v) {
        @if (v.canSave) {
          <form class="save" (submit)="save($event)">
            <label
              >{{ 'clarificationReview.versionName' | translate }}
              <input
                name="versionName"
                maxlength="120"
                [placeholder]="'clarificationReview.versionNameHint' | translate"
                [(ngModel)]="name"
            /></label>
            <button mat-flat-button type="submit" [disabled]="!name.trim() || busy()">
              {{ 'clarificationReview.saveVersion' | translate }}
            </button>
          </form>
        }
        @if (v.versions.length === 0) {
          <p class="hint">
            {{
              (v.canSave ? 'clarificationReview.noVersions' : 'clarificationReview.noVersionsRead')
                | translate
            }}
          </p>
        } @else {
          <ol>
            @for (version of v.versions; track version.id) {
              <li>
                <strong>{{ version.name }}</strong>
                <span class="meta">
                  — {{ version.createdByName ?? '?' }},
                  {{ version.createdAt | wibDate: language() }}</span
                >
              </li>
            }
          </ol>
          <div class="compare">
            <label
              >{{ 'clarificationReview.compareFrom' | translate }}
              <select name="from" [(ngModel)]="from">
                @for (version of v.versions; track version.id) {
                  <option [value]="version.id">{{ version.name }}</option>
                }
              </select>
            </label>
            <label
              >{{ 'clarificationReview.compareTo' | translate }}
              <select name="to" [(ngModel)]="to">
                <option value="now">{{ 'clarificationReview.now' | translate }}</option>
                @for (version of v.versions; track version.id) {
                  <option [value]="version.id">{{ version.name }}</option>
                }
              </select>
            </label>
            <button mat-stroked-button type="button" (click)="compare()" [disabled]="busy()">
              {{ 'clarificationReview.compare' | translate }}
            </button>
          </div>
        }
      }
      @if (diff(); as d) {
        <p class="legend hint">
          {{ d.from.name }} → {{ d.to?.name ?? ('clarificationReview.now' | translate) }}:
          <ins>{{ 'clarificationReview.added' | translate }}</ins>
          <del>{{ 'clarificationReview.removed' | translate }}</del>
        </p>
        @for (section of changedSections(); track section.section) {
          <h3>{{ 'clarificationSections.' + section.section | translate }}</h3>
          <div class="diff" [attr.data-section]="section.section">
            @for (part of section.parts; track $index) {
              @if (part.kind === 'added') {
                <ins
                  ><span class="visually-hidden"
                    >[{{ 'clarificationReview.added' | translate }}: </span
                  >{{ part.text }}<span class="visually-hidden">]</span></ins
                >
              } @else if (part.kind === 'removed') {
                <del
                  ><span class="visually-hidden"
                    >[{{ 'clarificationReview.removed' | translate }}: </span
                  >{{ part.text }}<span class="visually-hidden">]</span></del
                >
              } @else {
                <span>{{ part.text }}</span>
              }
            }
          </div>
        }
        @if (unchangedSections(); as same) {
          @if (same.length > 0) {
            <p class="hint">
              {{ 'clarificationReview.unchanged' | translate }}:
              @for (s of same; track s; let last = $last) {
                {{ 'clarificationSections.' + s | translate }}{{ last ? '' : ',' }}
              }
            </p>
          }
        }
      }
      <sp-error-message [error]="error()" />
    </section>
  `,
})
export class ClarificationVersionsComponent {
  readonly draftId = input.required<string>();
  /** A version someone saved (the draft room's live message); the list reloads. */
  readonly saved = input<ClarificationVersionView | null>(null);
  private readonly api = inject(ClarificationReviewService);
  protected readonly language = inject(LanguageService).language;
  protected readonly view = signal<ClarificationVersionsView | null>(null);
  protected readonly diff = signal<ClarificationVersionDiff | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<unknown>(null);
  protected name = '';
  protected from = '';
  protected to = 'now';
  private saveKey = newIdempotencyKey();

  protected readonly changedSections = computed(
    () => this.diff()?.sections.filter((s) => s.changed) ?? [],
  );
  protected readonly unchangedSections = computed(
    () =>
      this.diff()
        ?.sections.filter((s) => !s.changed)
        .map((s) => s.section) ?? [],
  );

  constructor() {
    effect(() => {
      this.saved();
      const id = this.draftId();
      untracked(() => this.load(id));
    });
  }

  private load(id: string): void {
    this.api.versions(id).subscribe({
      next: (v) => {
        this.view.set(v);
        if (!v.versions.some((x) => x.id === this.from)) this.from = v.versions[0]?.id ?? '';
      },
      error: (e: unknown) => this.error.set(e),
    });
  }

  protected save(event: Event): void {
    event.preventDefault();
    const name = this.name.trim();
    if (!name) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.saveVersion(this.draftId(), name, this.saveKey).subscribe({
      next: (version) => {
        this.busy.set(false);
        this.name = '';
        this.saveKey = newIdempotencyKey();
        this.from = version.id;
        this.load(this.draftId());
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }

  protected compare(): void {
    if (!this.from) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.diff(this.draftId(), this.from, this.to).subscribe({
      next: (d) => {
        this.busy.set(false);
        this.diff.set(d);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(e);
      },
    });
  }
}
