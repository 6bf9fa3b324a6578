import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AreaOption, CaseDetail, CaseReportView } from '@simpul/contracts';
import { catchError, map, of } from 'rxjs';
import { httpStatus } from '../../../core/api-error';
import { AreasService } from '../../../core/areas.service';
import { AuthService } from '../../../core/auth.service';
import { caseCategoryKey } from '../../../core/case-labels';
import { CasesService } from '../../../core/cases.service';
import { LanguageService } from '../../../core/language.service';
import { agencyResource } from '../../../core/reload-on-agency-change';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { formatCoordinates, hasPoint } from '../../../ui/location-map/coordinates';
import { LocalizedPipe } from '../../../ui/localized/localized.pipe';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';
import { CaseTimeline } from '../case-timeline/case-timeline';

/** The fields of an attachment the dossier lists (`GET /api/cases/:id/attachments`). */
interface DossierAttachment {
  id: string;
  fileName: string;
  byteSize: number;
  caption: string | null;
  createdAt: string;
  uploaderAgency: { shortName: string } | null;
}

type ReporterField = 'name' | 'contact' | 'nik';
const REPORTER_FIELDS: readonly ReporterField[] = ['name', 'contact', 'nik'];

/** What the dossier prints for a reporter's field: the value, why it is withheld, or not given. */
export function reporterFieldText(
  report: CaseReportView,
  field: ReporterField,
): { value: string | null; key: string | null } {
  const value = report.reporter[field];
  if (value) return { value, key: null };
  if (!report.reporter.hidden.includes(field))
    return { value: null, key: 'caseDetail.reporter.notGiven' };
  if (report.reporter.anonymous) return { value: null, key: 'caseDetail.hiddenAnonymous' };
  return { value: null, key: field === 'nik' ? 'caseDetail.hiddenNik' : 'caseDetail.hidden' };
}

/**
 * The printable case dossier (`/kasus/:id/cetak`): everything the viewer may see of the case on
 * A4 — facts, reporters (only what the API gave this viewer), location, agencies, officers, SLA
 * clocks, the whole timeline and the attachments list. The browser prints it.
 */
@Component({
  selector: 'sp-case-dossier-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorMessage,
    LocalizedPipe,
    WibDatePipe,
    CaseTimeline,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="dossier-actions no-print">
      <a mat-button [routerLink]="['/kasus', id()]">← {{ 'caseDossier.back' | translate }}</a>
      <button mat-flat-button type="button" [disabled]="!detail()" (click)="printDossier()">
        {{ 'caseDossier.print' | translate }}
      </button>
    </div>

    @if (caseResource.isLoading() && !detail()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (notVisible()) {
      <div class="empty-state" role="alert">
        <p>{{ 'caseDetail.notFound' | translate }}</p>
      </div>
    } @else if (caseResource.error()) {
      <sp-error-message [error]="caseResource.error()" />
    } @else if (detail(); as item) {
      <article class="dossier">
        <header class="dossier-header">
          <p class="kind">{{ 'caseDossier.heading' | translate }}</p>
          <h1>
            <span class="number">{{ item.number }}</span>
            {{ item.title }}
          </h1>
          <p class="printed">
            {{
              'caseDossier.printedBy'
                | translate
                  : {
                      time: printedAt | wibDate: language(),
                      name: user()?.name ?? '',
                      agency: agency()?.agencyShortName ?? '',
                    }
            }}
          </p>
        </header>

        <section>
          <h2>{{ 'caseDetail.facts' | translate }}</h2>
          <table class="facts">
            <tbody>
              <tr>
                <th scope="row">{{ 'cases.status' | translate }}</th>
                <td>
                  {{ 'caseStatuses.' + item.status | translate }} ·
                  {{ 'caseDetail.laporBucket' | translate: { bucket: item.laporBucket } }}
                </td>
              </tr>
              <tr>
                <th scope="row">{{ 'inbox.sla' | translate }}</th>
                <td>
                  {{
                    (item.slaState ? 'slaStates.' + item.slaState : 'inbox.noDeadline') | translate
                  }}
                </td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.priority' | translate }}</th>
                <td>{{ 'casePriorities.' + item.priority | translate }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.classification' | translate }}</th>
                <td>{{ 'classifications.' + item.classification | translate }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.category' | translate }}</th>
                <td>{{ categoryKey(item.category) | translate }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'cases.channel' | translate }}</th>
                <td>{{ 'channels.' + item.channel | translate }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'cases.leadAgency' | translate }}</th>
                <td>{{ item.leadAgencyShortName }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.incidentDate' | translate }}</th>
                <td>
                  @if (item.incidentDate) {
                    {{ item.incidentDate | wibDate: language() : false }}
                  } @else {
                    {{ 'common.notSet' | translate }}
                  }
                </td>
              </tr>
              <tr>
                <th scope="row">{{ 'cases.created' | translate }}</th>
                <td>{{ item.createdAt | wibDate: language() }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.updated' | translate }}</th>
                <td>{{ item.updatedAt | wibDate: language() }} · v{{ item.version }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseDetail.tags' | translate }}</th>
                <td>
                  {{ item.tags.length > 0 ? item.tags.join(', ') : ('caseTags.none' | translate) }}
                </td>
              </tr>
            </tbody>
          </table>
          <h3>{{ 'caseDetail.fieldDescription' | translate }}</h3>
          <p class="description">{{ item.description }}</p>
        </section>

        <section>
          <h2>{{ 'caseDetail.reports' | translate }}</h2>
          @for (report of item.reports; track report.id; let index = $index) {
            <table class="facts report">
              <caption>
                {{
                  report.trackingId
                    ? ('caseDetail.reportLapor' | translate: { id: report.trackingId })
                    : ('caseDossier.reportNumber' | translate: { n: index + 1 })
                }}
                @if (report.reporter.anonymous) {
                  · {{ 'caseDetail.anonymous' | translate }}
                }
                @if (report.confidential) {
                  · {{ 'caseDetail.confidential' | translate }}
                }
              </caption>
              <tbody>
                @for (field of reporterFields; track field) {
                  @let shown = reporterText(report, field);
                  <tr>
                    <th scope="row">{{ 'caseDetail.reporter.' + field | translate }}</th>
                    @if (shown.value) {
                      <td>{{ shown.value }}</td>
                    } @else {
                      <td class="withheld">{{ shown.key ?? '' | translate }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          } @empty {
            <p>{{ 'caseDetail.noReports' | translate }}</p>
          }
        </section>

        <section>
          <h2>{{ 'caseDetail.location' | translate }}</h2>
          @let place = item.location;
          <table class="facts">
            <tbody>
              <tr>
                <th scope="row">{{ 'caseDossier.confidence' | translate }}</th>
                <td>
                  {{ 'locationConfidence.' + place.confidence | translate }}
                  @if (
                    place.source === 'reporter' ||
                    place.source === 'staff' ||
                    place.source === 'photo'
                  ) {
                    ({{ 'locationSources.' + place.source | translate }})
                  }
                </td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseLocation.point' | translate }}</th>
                <td class="mono">{{ coordinates() ?? ('caseLocation.noPoint' | translate) }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseLocation.address' | translate }}</th>
                <td>{{ place.addressText ?? ('common.notSet' | translate) }}</td>
              </tr>
              <tr>
                <th scope="row">{{ 'caseLocation.area' | translate }}</th>
                <td>
                  @if (place.regencyCode ?? item.regencyCode; as regency) {
                    {{ regencyName(regency) }} <span class="mono">({{ regency }})</span>
                    @if (place.districtCode) {
                      · {{ 'caseLocation.areaLevels.district' | translate }}
                      <span class="mono">{{ place.districtCode }}</span>
                    }
                    @if (place.villageCode) {
                      · {{ 'caseLocation.areaLevels.village' | translate }}
                      <span class="mono">{{ place.villageCode }}</span>
                    }
                  } @else {
                    {{ 'caseLocation.noArea' | translate }}
                  }
                </td>
              </tr>
            </tbody>
          </table>
        </section>

        <section>
          <h2>{{ 'caseDetail.participants' | translate }}</h2>
          <table class="list">
            <thead>
              <tr>
                <th scope="col">{{ 'caseDossier.agency' | translate }}</th>
                <th scope="col">{{ 'caseDossier.role' | translate }}</th>
                <th scope="col">{{ 'caseAssignees.heading' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (participant of item.participants; track participant.agencyId) {
                <tr>
                  <td>{{ participant.agencyShortName }}</td>
                  <td>{{ 'participantRoles.' + participant.role | translate }}</td>
                  <td>{{ officersOf(item, participant.agencyId) || '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </section>

        <section>
          <h2>{{ 'caseClocks.label' | translate }}</h2>
          @if (item.clocks.length > 0) {
            <table class="list">
              <thead>
                <tr>
                  <th scope="col">{{ 'caseDossier.clock' | translate }}</th>
                  <th scope="col">{{ 'caseDossier.started' | translate }}</th>
                  <th scope="col">{{ 'inbox.deadline' | translate }}</th>
                  <th scope="col">{{ 'caseDossier.state' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (clock of item.clocks; track clock.clock) {
                  <tr>
                    <td>{{ clock.label | localized: language() }}</td>
                    <td>{{ clock.startedAt | wibDate: language() }}</td>
                    <td>
                      @if (clock.deadline) {
                        {{ clock.deadline | wibDate: language() }}
                      } @else {
                        {{ 'caseClocks.paused' | translate }}
                      }
                    </td>
                    <td>
                      @if (clock.completedAt) {
                        {{
                          'caseClocks.done'
                            | translate: { time: clock.completedAt | wibDate: language() }
                        }}
                      } @else if (clock.state) {
                        {{ 'slaStates.' + clock.state | translate }}
                      }
                      @if (clock.escalatedAt) {
                        · {{ 'caseClocks.escalated' | translate }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p>{{ 'inbox.noDeadline' | translate }}</p>
          }
        </section>

        @if (attachments(); as files) {
          <section>
            <h2>{{ 'caseDossier.attachments' | translate }}</h2>
            @if (files.length > 0) {
              <table class="list">
                <thead>
                  <tr>
                    <th scope="col">{{ 'caseDossier.file' | translate }}</th>
                    <th scope="col">{{ 'caseDossier.size' | translate }}</th>
                    <th scope="col">{{ 'caseDossier.uploaded' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (file of files; track file.id) {
                    <tr>
                      <td>
                        {{ file.fileName }}
                        @if (file.caption) {
                          <br /><span class="caption">{{ file.caption }}</span>
                        }
                      </td>
                      <td>{{ sizeText(file.byteSize) }}</td>
                      <td>
                        {{ file.createdAt | wibDate: language() }}
                        @if (file.uploaderAgency) {
                          · {{ file.uploaderAgency.shortName }}
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            } @else {
              <p>{{ 'caseDossier.noAttachments' | translate }}</p>
            }
          </section>
        }

        <section class="timeline">
          <h2>{{ 'caseTimeline.heading' | translate }}</h2>
          <p class="hint">{{ 'caseTimeline.lead' | translate }}</p>
          @if (eventsResource.hasValue()) {
            <sp-case-timeline
              [events]="eventsResource.value()"
              [agencyNames]="agencyNames()"
              [clocks]="item.clocks"
            />
          } @else if (eventsResource.error()) {
            <sp-error-message [error]="eventsResource.error()" />
          } @else {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'common.loading' | translate"
            />
          }
        </section>
      </article>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 210mm;
      margin: 0 auto;
    }
    .dossier-actions {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      margin-bottom: 16px;
    }
    .dossier {
      font: var(--mat-sys-body-medium);
      color: #000;
    }
    .dossier-header {
      border-bottom: 2px solid #000;
      padding-bottom: 8px;
      margin-bottom: 12px;
    }
    .kind {
      margin: 0;
      font: var(--mat-sys-label-large);
      text-transform: uppercase;
      letter-spacing: 0.06em;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 4px 0;
    }
    .number {
      display: block;
      font: var(--mat-sys-title-medium);
      font-family: ui-monospace, 'Roboto Mono', monospace;
    }
    .printed,
    .hint,
    .caption {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: #444;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 18px 0 6px;
      padding-bottom: 2px;
      border-bottom: 1px solid #999;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 10px 0 4px;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 8px;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 3px 6px;
      border: 1px solid #bbb;
      overflow-wrap: anywhere;
    }
    .facts th {
      width: 32%;
      font-weight: 600;
      background: #f3f3f3;
    }
    .list thead th {
      background: #f3f3f3;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 4px 0;
    }
    .withheld {
      font-style: italic;
      color: #555;
    }
    .mono {
      font-family: ui-monospace, 'Roboto Mono', monospace;
    }
    .timeline sp-case-timeline {
      display: block;
      padding-left: 8px;
    }
    .description {
      white-space: pre-line;
      margin: 0;
      overflow-wrap: anywhere;
    }
    @media print {
      .no-print {
        display: none !important;
      }
      :host {
        max-width: none;
      }
      .dossier {
        font-size: 10pt;
      }
      table,
      tr {
        break-inside: avoid;
      }
      h2 {
        break-after: avoid;
      }
    }
  `,
})
export class CaseDossierPage {
  private readonly auth = inject(AuthService);
  private readonly casesService = inject(CasesService);
  private readonly areas = inject(AreasService);
  private readonly http = inject(HttpClient);
  protected readonly language = inject(LanguageService).language;
  protected readonly categoryKey = caseCategoryKey;
  protected readonly reporterFields = REPORTER_FIELDS;
  protected readonly reporterText = reporterFieldText;
  protected readonly user = this.auth.user;
  protected readonly agency = this.auth.actingMembership;
  protected readonly printedAt = new Date().toISOString();

  /** From the route path `/kasus/:id/cetak`. */
  readonly id = input.required<string>();

  protected readonly caseResource = agencyResource({
    params: () => this.id(),
    stream: (id) => this.casesService.get(id),
  });
  protected readonly detail = computed<CaseDetail | null>(() =>
    this.caseResource.hasValue() ? this.caseResource.value() : null,
  );
  protected readonly notVisible = computed(() => {
    const status = httpStatus(this.caseResource.error());
    return status === 404 || status === 403;
  });
  private readonly shownCaseId = computed(() => this.detail()?.id ?? null);
  protected readonly eventsResource = rxResource({
    params: () => this.shownCaseId() ?? undefined,
    stream: ({ params }) => this.casesService.events(params),
  });
  /** The attachments list; null (section left out) where attachments are not available. */
  private readonly attachmentsResource = rxResource({
    params: () => this.shownCaseId() ?? undefined,
    stream: ({ params }) =>
      this.http
        .get<{ items: DossierAttachment[] }>(`/api/cases/${encodeURIComponent(params)}/attachments`)
        .pipe(
          map((list) => list.items),
          catchError(() => of(null)),
        ),
  });
  protected readonly attachments = computed(() =>
    this.attachmentsResource.hasValue() ? this.attachmentsResource.value() : null,
  );
  private readonly regencies = rxResource({
    stream: () => this.areas.regencies().pipe(catchError(() => of([] as AreaOption[]))),
  });
  protected readonly agencyNames = computed<Record<string, string>>(() =>
    Object.fromEntries(
      (this.detail()?.participants ?? []).map((p) => [p.agencyId, p.agencyShortName]),
    ),
  );
  protected readonly coordinates = computed(() => {
    const location = this.detail()?.location;
    return location && hasPoint(location) ? formatCoordinates(location) : null;
  });

  protected regencyName(code: string): string {
    const list = this.regencies.hasValue() ? this.regencies.value() : [];
    return list.find((regency) => regency.code === code)?.name ?? '';
  }

  protected officersOf(detail: CaseDetail, agencyId: string): string {
    return detail.assignees
      .filter((assignee) => assignee.agencyId === agencyId)
      .map((assignee) => assignee.name)
      .join(', ');
  }

  protected sizeText(bytes: number): string {
    return bytes >= 1_048_576
      ? `${(bytes / 1_048_576).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  protected printDossier(): void {
    window.print();
  }
}
