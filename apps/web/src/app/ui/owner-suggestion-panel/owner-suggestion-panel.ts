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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { OwnerCandidate, OwnerSuggestion } from '@simpul/contracts';
import { JurisdictionService } from '../../core/jurisdiction.service';
import { LanguageService } from '../../core/language.service';
import { ErrorMessage } from '../error-message/error-message';
import type { LatLng } from '../location-map/coordinates';
import { LocalizedPipe } from '../localized/localized.pipe';
import { isSampleName } from './road-status-style';
import { SuggestionMap } from './suggestion-map';

/**
 * Who owns this complaint, and why: the suggested agency with its confidence, the one sentence
 * that explains it, the evidence (segment, link number, status, distance, rule, registry
 * version), the candidates to choose from when it is ambiguous, and the segment on a small map.
 * Give it a `caseId` (it asks the API, as whoever may read the case) or a `suggestion` already
 * fetched (e.g. for a dragged pin).
 */
@Component({
  selector: 'sp-owner-suggestion-panel',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    SuggestionMap,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fetched.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    }
    <sp-error-message [error]="fetched.error()" />
    @if (shown(); as s) {
      <div class="headline">
        <span class="owner">
          @if (s.agencyShortName) {
            {{ 'ownerSuggestion.owner' | translate: { agency: s.agencyShortName } }}
          } @else if (s.basis === 'ambiguous') {
            {{ 'ownerSuggestion.ambiguous' | translate }}
          } @else {
            {{ 'ownerSuggestion.noOwner' | translate }}
          }
        </span>
        <span class="chip confidence" [attr.data-confidence]="s.confidence">
          {{ 'ownerSuggestion.confidence.' + s.confidence | translate }}
        </span>
        @if (s.roadStatus) {
          <span class="chip status" [attr.data-status]="s.roadStatus">
            {{ 'roadStatuses.' + s.roadStatus | translate }}
          </span>
        }
        @if (sample()) {
          <span class="chip sample">{{ 'ownerSuggestion.sample' | translate }}</span>
        }
      </div>
      <p class="explanation">{{ s.explanation | localized: language() }}</p>
      @if (s.basis === 'ambiguous') {
        <p class="hint">{{ 'ownerSuggestion.chooseHint' | translate }}</p>
      }
      @if (s.candidates.length > 0) {
        <ul class="candidates" [attr.aria-label]="'ownerSuggestion.candidates' | translate">
          @for (c of visibleCandidates(); track c.agencyId) {
            <li class="candidate" [class.chosen]="chosen() === c.agencyId">
              <div class="who">
                <strong>{{ c.agencyShortName }}</strong>
                <span class="name">{{ c.agencyName }}</span>
              </div>
              <dl class="evidence">
                @if (c.evidence.segmentName) {
                  <div>
                    <dt>{{ 'ownerSuggestion.segment' | translate }}</dt>
                    <dd>
                      {{ c.evidence.segmentName }}
                      @if (isSample(c.evidence.segmentName)) {
                        <span class="chip sample">{{ 'ownerSuggestion.sample' | translate }}</span>
                      }
                    </dd>
                  </div>
                }
                @if (c.evidence.linkNumber) {
                  <div>
                    <dt>{{ 'ownerSuggestion.linkNumber' | translate }}</dt>
                    <dd>{{ c.evidence.linkNumber }}</dd>
                  </div>
                }
                @if (c.evidence.roadStatus) {
                  <div>
                    <dt>{{ 'ownerSuggestion.roadStatus' | translate }}</dt>
                    <dd>{{ 'roadStatuses.' + c.evidence.roadStatus | translate }}</dd>
                  </div>
                }
                @if (c.evidence.distanceMeters !== null) {
                  <div>
                    <dt>{{ 'ownerSuggestion.distance' | translate }}</dt>
                    <dd>
                      {{
                        'ownerSuggestion.meters'
                          | translate: { meters: rounded(c.evidence.distanceMeters) }
                      }}
                    </dd>
                  </div>
                }
                @if (c.evidence.matchedText) {
                  <div>
                    <dt>{{ 'ownerSuggestion.matchedText' | translate }}</dt>
                    <dd>“{{ c.evidence.matchedText }}”</dd>
                  </div>
                }
                @if (c.evidence.ruleId) {
                  <div>
                    <dt>{{ 'ownerSuggestion.rule' | translate }}</dt>
                    <dd>
                      {{
                        'ownerSuggestion.ruleMode.' + (c.evidence.ruleMode ?? 'suggest') | translate
                      }}
                      <span class="id">#{{ short(c.evidence.ruleId) }}</span>
                    </dd>
                  </div>
                }
                @if (c.evidence.registryVersionId) {
                  <div>
                    <dt>{{ 'ownerSuggestion.registryVersion' | translate }}</dt>
                    <dd>
                      <span class="id">#{{ short(c.evidence.registryVersionId) }}</span>
                      · {{ 'ownerSuggestion.asOf' | translate: { date: s.asOf } }}
                    </dd>
                  </div>
                }
              </dl>
              @if (selectable() && c.agencyId !== excludeAgencyId()) {
                <button
                  mat-stroked-button
                  type="button"
                  [attr.aria-pressed]="chosen() === c.agencyId"
                  (click)="choose(c)"
                >
                  {{ 'ownerSuggestion.choose' | translate: { agency: c.agencyShortName } }}
                </button>
              }
            </li>
          }
        </ul>
      }
      @if (showMap() && (hasGeometry() || point())) {
        <sp-suggestion-map [candidates]="s.candidates" [point]="point()" />
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .headline {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .owner {
      font: var(--mat-sys-title-medium);
    }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-high);
    }
    .confidence[data-confidence='high'] {
      background: #e6f4ea;
      border-color: #2e7d32;
      color: #1b5e20;
    }
    .confidence[data-confidence='medium'] {
      background: #fff4e5;
      border-color: #ef6c00;
      color: #8a3c00;
    }
    .confidence[data-confidence='low'],
    .confidence[data-confidence='none'] {
      background: var(--mat-sys-surface-container-high);
    }
    .sample {
      background: #fff8e1;
      border-color: #b28704;
      color: #5d4300;
      font-weight: 600;
    }
    .explanation {
      margin: 8px 0;
      font: var(--mat-sys-body-large);
    }
    .hint {
      margin: 4px 0 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .candidates {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .candidate {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      &.chosen {
        border-color: var(--mat-sys-primary);
        box-shadow: inset 0 0 0 1px var(--mat-sys-primary);
      }
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      .name {
        color: var(--mat-sys-on-surface-variant);
      }
    }
    .evidence {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
      gap: 4px 16px;
      margin: 8px 0;
      div {
        min-width: 0;
      }
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
    }
    .id {
      font-family: monospace;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OwnerSuggestionPanel {
  private readonly jurisdiction = inject(JurisdictionService);
  protected readonly language = inject(LanguageService).language;

  /** Ask the API for this case's suggestion (as whoever may read the case). */
  readonly caseId = input<string | null>(null);
  /** Asks again when this changes (e.g. the case's version after its point moved). */
  readonly refresh = input<unknown>(null);
  /** A suggestion already fetched; wins over `caseId`. */
  readonly suggestion = input<OwnerSuggestion | null>(null);
  /** The case's point, drawn as a pin with the segment. */
  readonly point = input<LatLng | null>(null);
  readonly showMap = input(true);
  /** Each candidate gets a button that emits it (the disposition and handoff dialogs). */
  readonly selectable = input(false);
  /** An agency that cannot be chosen (the lead itself). */
  readonly excludeAgencyId = input<string | null>(null);
  readonly agencyChosen = output<OwnerCandidate>();

  protected readonly fetched = rxResource({
    params: () => {
      const caseId = this.suggestion() ? null : this.caseId();
      return caseId ? { caseId, refresh: this.refresh() } : undefined;
    },
    stream: ({ params }) => this.jurisdiction.caseSuggestion(params.caseId),
  });
  protected readonly shown = computed<OwnerSuggestion | null>(
    () => this.suggestion() ?? (this.fetched.hasValue() ? this.fetched.value() : null),
  );
  /** Not ambiguous: only the suggested owner; ambiguous: every candidate. */
  protected readonly visibleCandidates = computed(() => {
    const s = this.shown();
    if (!s) return [];
    return s.basis === 'ambiguous' ? s.candidates : s.candidates.slice(0, 1);
  });
  protected readonly hasGeometry = computed(
    () => this.shown()?.candidates.some((c) => c.evidence.segmentGeometry !== null) ?? false,
  );
  protected readonly sample = computed(
    () => this.shown()?.candidates.some((c) => isSampleName(c.evidence.segmentName)) ?? false,
  );
  protected readonly chosen = signal<string | null>(null);

  protected choose(candidate: OwnerCandidate): void {
    this.chosen.set(candidate.agencyId);
    this.agencyChosen.emit(candidate);
  }

  protected isSample(name: string | null): boolean {
    return isSampleName(name);
  }

  protected rounded(meters: number): number {
    return Math.round(meters);
  }

  protected short(id: string): string {
    return id.slice(0, 8);
  }
}
