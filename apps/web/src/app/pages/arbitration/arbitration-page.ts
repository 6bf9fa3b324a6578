import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  ROAD_STATUSES,
  type ArbitrationItem,
  type HandoffAgencyRef,
  type RoadStatus,
} from '@simpul/contracts';
import { filter } from 'rxjs';
import { HandoffsService } from '../../core/handoffs.service';
import { LanguageService } from '../../core/language.service';
import { RealtimeService } from '../../core/realtime.service';
import { ErrorMessage } from '../../ui/error-message/error-message';
import { LocalizedPipe } from '../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../ui/wib-date/wib-date.pipe';

/** One decision being written: the owner, the reasons, and the optional routing rule. */
interface Draft {
  ownerAgencyId: string;
  note: string;
  makeRule: boolean;
  category: string;
  regencyCode: string;
  roadStatus: RoadStatus | '';
  direct: boolean;
}

/** Every agency a case passed through, in the order it met them. */
export function agenciesOf(item: ArbitrationItem): HandoffAgencyRef[] {
  const seen = new Map<string, HandoffAgencyRef>();
  for (const step of item.chain)
    for (const agency of [step.fromAgency, step.toAgency])
      if (!seen.has(agency.id)) seen.set(agency.id, agency);
  return [...seen.values()];
}

/**
 * Arbitration (issue #13 item 7): cases that bounced between agencies wait here for the pimpinan
 * of the nearest common ancestor or coordinating agency (else the superadmin), with the whole
 * chain of handoffs and their evidence. The arbiter decides the owner (it leads from then on) and
 * may turn the decision into a routing rule in the same step. A new case arrives live.
 */
@Component({
  selector: 'sp-arbitration-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'arbitration.title' | translate }}</h1>
    <p class="lead">{{ 'arbitration.lead' | translate }}</p>
    @if (queue.isLoading()) {
      <mat-progress-bar
        mode="indeterminate"
        [attr.aria-label]="'arbitration.loading' | translate"
      />
    }
    <sp-error-message [error]="queue.error()" />
    @if (queue.hasValue()) {
      @let items = queue.value().items;
      @if (items.length === 0) {
        <p class="empty-state">{{ 'arbitration.empty' | translate }}</p>
      }
      @for (item of items; track item.handoff.id) {
        @let draft = draftOf(item);
        <article class="item" [attr.aria-labelledby]="'case-' + item.handoff.id">
          <h2 [id]="'case-' + item.handoff.id">
            <a [routerLink]="['/kasus', item.handoff.caseId]">{{ item.handoff.caseNumber }}</a>
            · {{ item.handoff.caseTitle }}
          </h2>
          <h3>{{ 'arbitration.chain' | translate }}</h3>
          <ol class="chain">
            @for (step of item.chain; track step.id) {
              <li [class.frozen]="step.status === 'frozen'">
                <p class="step">
                  <strong>{{ step.fromAgency.shortName }}</strong>
                  <span aria-hidden="true"> → </span>
                  <span class="sr-only">{{ 'arbitration.to' | translate }}</span>
                  <strong>{{ step.toAgency.shortName }}</strong>
                  · {{ 'handoffReasons.' + step.reason | translate }} ·
                  <span class="status">{{ 'handoff.statuses.' + step.status | translate }}</span>
                </p>
                <p class="meta">
                  <time [attr.datetime]="step.proposedAt">{{
                    step.proposedAt | wibDate: language()
                  }}</time>
                  @if (step.proposedByName) {
                    · {{ step.proposedByName }}
                  }
                </p>
                @if (step.note) {
                  <blockquote>{{ step.note }}</blockquote>
                }
                @if (step.answerReason) {
                  <blockquote class="answer">
                    {{ 'arbitration.answer' | translate: { agency: step.toAgency.shortName } }}
                    {{ step.answerReason }}
                  </blockquote>
                }
                @if (step.evidence.suggestion; as s) {
                  <p class="evidence">
                    {{ 'arbitration.suggestion' | translate }}
                    {{ s.explanation | localized: language() }}
                  </p>
                }
                @if (step.evidence.attachmentIds.length > 0) {
                  <p class="evidence">
                    {{
                      'arbitration.photos'
                        | translate: { count: step.evidence.attachmentIds.length }
                    }}
                  </p>
                }
              </li>
            }
          </ol>
          <form class="decision" (ngSubmit)="decide(item)" novalidate>
            <p [id]="'owner-' + item.handoff.id" class="label">
              {{ 'arbitration.owner' | translate }}
            </p>
            <mat-radio-group
              class="column"
              [attr.aria-labelledby]="'owner-' + item.handoff.id"
              [name]="'owner-' + item.handoff.id"
              [(ngModel)]="draft.ownerAgencyId"
            >
              @for (agency of agenciesOf(item); track agency.id) {
                <mat-radio-button [value]="agency.id">
                  {{ agency.shortName }} — {{ agency.name }}
                </mat-radio-button>
              }
            </mat-radio-group>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'arbitration.note' | translate }}</mat-label>
              <textarea
                matInput
                rows="3"
                maxlength="2000"
                required
                [name]="'note-' + item.handoff.id"
                [(ngModel)]="draft.note"
              ></textarea>
              <mat-hint>{{ 'arbitration.noteHint' | translate }}</mat-hint>
            </mat-form-field>
            <mat-checkbox [name]="'rule-' + item.handoff.id" [(ngModel)]="draft.makeRule">
              {{ 'arbitration.makeRule' | translate }}
            </mat-checkbox>
            @if (draft.makeRule) {
              <div class="rule">
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'arbitration.ruleCategory' | translate }}</mat-label>
                  <input
                    matInput
                    required
                    [name]="'category-' + item.handoff.id"
                    [(ngModel)]="draft.category"
                  />
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'arbitration.ruleRegency' | translate }}</mat-label>
                  <input
                    matInput
                    required
                    pattern="\\d{2}\\.\\d{2}"
                    [name]="'regency-' + item.handoff.id"
                    [(ngModel)]="draft.regencyCode"
                  />
                </mat-form-field>
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'arbitration.ruleRoadStatus' | translate }}</mat-label>
                  <mat-select [name]="'status-' + item.handoff.id" [(ngModel)]="draft.roadStatus">
                    <mat-option value="">{{ 'arbitration.anyRoadStatus' | translate }}</mat-option>
                    @for (status of roadStatuses; track status) {
                      <mat-option [value]="status">{{
                        'roadStatuses.' + status | translate
                      }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <mat-checkbox [name]="'direct-' + item.handoff.id" [(ngModel)]="draft.direct">
                  {{ 'arbitration.ruleDirect' | translate }}
                </mat-checkbox>
              </div>
            }
            @if (sending() === item.handoff.id) {
              <mat-progress-bar
                mode="indeterminate"
                [attr.aria-label]="'common.saving' | translate"
              />
            }
            @if (errorFor() === item.handoff.id) {
              <sp-error-message [error]="error()" />
            }
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="sending() !== null || !draft.ownerAgencyId || !draft.note.trim()"
              >
                {{ 'arbitration.decide' | translate }}
              </button>
            </div>
          </form>
        </article>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 960px;
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
      margin-top: 0;
    }
    .item {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 16px 0;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 8px;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1rem;
      margin: 8px 0;
    }
    .chain {
      margin: 0 0 12px;
      padding-left: 20px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .chain li.frozen {
      border-left: 3px solid var(--mat-sys-error);
      padding-left: 8px;
    }
    .chain p {
      margin: 0 0 4px;
      overflow-wrap: anywhere;
    }
    .meta,
    .evidence {
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 4px 0;
      padding-left: 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    .decision {
      display: flex;
      flex-direction: column;
      gap: 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding-top: 12px;
    }
    .column {
      display: flex;
      flex-direction: column;
    }
    .label {
      margin: 0;
      font-weight: 500;
    }
    .rule {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: center;
    }
    .rule mat-form-field {
      flex: 1 1 200px;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .empty-state {
      margin: 16px 0;
    }
  `,
})
export class ArbitrationPage {
  private readonly api = inject(HandoffsService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).language;
  protected readonly roadStatuses = ROAD_STATUSES;
  protected readonly agenciesOf = agenciesOf;

  protected readonly queue = rxResource({ stream: () => this.api.arbitrations() });
  private readonly drafts = new Map<string, Draft>();
  protected readonly sending = signal<string | null>(null);
  protected readonly error = signal<unknown>(null);
  protected readonly errorFor = signal<string | null>(null);

  constructor() {
    inject(RealtimeService)
      .notificationNew$.pipe(
        filter((notice) => notice.kind === 'arbitration_needed'),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.queue.reload());
  }

  /** The decision being written for an item, pre-filled from the case (kept across reloads). */
  protected draftOf(item: ArbitrationItem): Draft {
    let draft = this.drafts.get(item.handoff.id);
    if (!draft) {
      draft = {
        ownerAgencyId: '',
        note: '',
        makeRule: false,
        category: item.facts.category,
        regencyCode: item.facts.regencyCode ?? '',
        roadStatus: item.facts.roadStatus ?? '',
        direct: false,
      };
      this.drafts.set(item.handoff.id, draft);
    }
    return draft;
  }

  protected decide(item: ArbitrationItem): void {
    const draft = this.draftOf(item);
    if (this.sending() !== null || !draft.ownerAgencyId || !draft.note.trim()) return;
    this.sending.set(item.handoff.id);
    this.error.set(null);
    this.errorFor.set(null);
    this.api
      .decide(item.handoff.id, {
        ownerAgencyId: draft.ownerAgencyId,
        note: draft.note.trim(),
        ...(draft.makeRule
          ? {
              rule: {
                category: draft.category.trim(),
                regencyCode: draft.regencyCode.trim(),
                roadStatus: draft.roadStatus === '' ? null : draft.roadStatus,
                mode: draft.direct ? ('direct' as const) : ('suggest' as const),
              },
            }
          : {}),
      })
      .subscribe({
        next: (view) => {
          this.sending.set(null);
          this.drafts.delete(item.handoff.id);
          this.snackBar.open(
            this.translate.instant('arbitration.decidedFor', {
              case: view.caseNumber,
              agency: view.arbitration?.decidedAgencyShortName ?? '',
            }),
            undefined,
            { duration: 4000 },
          );
          this.queue.reload();
        },
        error: (error: unknown) => {
          this.sending.set(null);
          this.errorFor.set(item.handoff.id);
          this.error.set(error);
        },
      });
  }
}
