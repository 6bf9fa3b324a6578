import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  CaseClockView,
  CaseEditableField,
  CaseEvent,
  CaseLocationValues,
} from '@simpul/contracts';
import { pickLanguage } from '../../../core/api-error';
import { LanguageService } from '../../../core/language.service';
import { formatCoordinates } from '../../../ui/location-map/coordinates';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** What an event changed, in the terms the timeline speaks; `other` for types it does not know. */
export type TimelineChange =
  | { kind: 'created' }
  | { kind: 'status'; from: string | null; to: string | null; note: string | null }
  | { kind: 'updated'; fields: FieldChange[] }
  | { kind: 'participant'; agencyId: string | null; role: string }
  | { kind: 'locationRequested' }
  | {
      kind: 'locationSet';
      /** Translation key: by staff, by the reporter's pin, or from a photo's GPS. */
      key: string;
      byReporter: boolean;
      coordinates: string | null;
      /** The photo whose GPS gave the point, when staff used one. */
      photoName: string | null;
      note: string | null;
    }
  | { kind: 'slaEscalated'; clock: string }
  | { kind: 'merged'; direction: 'into' | 'from'; number: string; reports: number }
  | { kind: 'mergeRequest'; key: string; number: string; note: string | null }
  | {
      /** Handoffs (pelimpahan), disposition to a unit and arbitration: agencies named by short name. */
      kind: 'handoff';
      key: string;
      params: Record<string, string>;
      note: string | null;
    }
  | { kind: 'tags'; tags: string[] }
  | { kind: 'assigned'; name: string }
  | { kind: 'unassigned' }
  | { kind: 'areaSet'; area: string }
  | { kind: 'comment'; key: string }
  | { kind: 'reporterMessaged'; status: string; template: string; channel: string }
  | {
      kind: 'reporter';
      key: string;
      params: Record<string, string | number>;
      note: string | null;
      /** The reporter acted from the tracking page (no signed-in person). */
      byReporter: boolean;
    }
  | {
      /** Co-ownership and splits: a sentence naming an agency (looked up) and its params. */
      kind: 'coOwnership';
      key: string;
      agencyId: string | null;
      params: Record<string, string | number>;
      note: string | null;
    }
  | { kind: 'other'; type: string };

export interface TimelineEntry {
  seq: number;
  at: string;
  actorName: string | null;
  actorAgencyId: string | null;
  /** Translation key naming who acted when no signed-in person did (the system, the reporter). */
  actorKey: string;
  change: TimelineChange;
}

const PARTICIPANT_ROLES_NAMED: readonly string[] = ['lead', 'collaborator', 'observer'];

function coordinates(values: CaseLocationValues): string | null {
  const { lat, lng } = values;
  return typeof lat === 'number' && typeof lng === 'number'
    ? formatCoordinates({ lat, lng })
    : null;
}

/** A free text the timeline quotes, or null when there is none worth showing. */
function quoted(value: string | undefined): string | null {
  return value?.trim() || null;
}

/** The translation prefix of each corrected fact's values, e.g. `caseCategories.` + `drainase`. */
const FACT_VALUE_PREFIXES: Readonly<Record<string, string>> = {
  category: 'caseCategories.',
  classification: 'classifications.',
  priority: 'casePriorities.',
};

/** Says in the timeline's terms what an event changed; every event type must have a case here. */
export function describeEvent(event: CaseEvent): TimelineChange {
  switch (event.type) {
    case 'case.created':
      return { kind: 'created' };
    case 'case.status_changed':
      return {
        kind: 'status',
        from: event.before.status,
        to: event.after.status,
        note: quoted(event.after.note),
      };
    case 'case.updated': {
      const { before, after } = event;
      return {
        kind: 'updated',
        fields: (Object.keys(after) as CaseEditableField[]).map((field) => ({
          field,
          before: before[field] ?? null,
          after: after[field] ?? null,
        })),
      };
    }
    case 'case.participant_added': {
      const role = event.after.role;
      return {
        kind: 'participant',
        agencyId: event.after.agencyId,
        role: PARTICIPANT_ROLES_NAMED.includes(role) ? role : 'other',
      };
    }
    case 'case.location_requested':
      return { kind: 'locationRequested' };
    case 'case.location_set': {
      const after = event.after;
      // Staff chose only an area: no coordinates to show, the most specific area code instead.
      if (coordinates(after) === null && after.regencyCode)
        return {
          kind: 'areaSet',
          area: after.villageCode ?? after.districtCode ?? after.regencyCode ?? '',
        };
      if (after.source === 'photo') {
        // Older events carry the server's Indonesian words in `note` ("Foto: x.jpg", "Titik GPS
        // dari foto pelapor"): worded here in the reader's language instead.
        const photoName =
          after.photoFileName ?? after.note?.match(/^Foto: (.+)$/)?.[1]?.trim() ?? null;
        return {
          kind: 'locationSet',
          key: event.actorUserId
            ? 'caseTimeline.locationSetFromPhoto'
            : 'caseTimeline.locationSetFromReporterPhoto',
          byReporter: !event.actorUserId,
          coordinates: coordinates(after),
          photoName,
          note: null,
        };
      }
      return {
        kind: 'locationSet',
        key:
          after.source === 'reporter'
            ? 'caseTimeline.locationSetByReporter'
            : 'caseTimeline.locationSet',
        byReporter: after.source === 'reporter',
        coordinates: coordinates(after),
        photoName: null,
        note: quoted(after.note),
      };
    }
    case 'case.attachment_added':
      return {
        kind: 'reporter',
        key:
          event.after.source === 'reporter'
            ? 'caseTimeline.attachmentAddedByReporter'
            : 'caseTimeline.attachmentAdded',
        params: { name: event.after.fileName },
        note: null,
        byReporter: event.after.source === 'reporter',
      };
    case 'case.attachment_removed':
      return {
        kind: 'reporter',
        key: 'caseTimeline.attachmentRemoved',
        params: { name: event.before.fileName },
        note: null,
        byReporter: false,
      };
    case 'case.sla_escalated':
      return { kind: 'slaEscalated', clock: event.after.clock };
    case 'case.merged_into':
    case 'case.merged_from':
      return {
        kind: 'merged',
        direction: event.type === 'case.merged_into' ? 'into' : 'from',
        number: event.after.number,
        reports: event.after.reportIds.length,
      };
    case 'case.merge_requested':
    case 'case.merge_request_declined':
    case 'case.merge_request_void': {
      const step =
        event.type === 'case.merge_requested'
          ? 'requested'
          : event.type === 'case.merge_request_declined'
            ? 'declined'
            : 'void';
      return {
        kind: 'mergeRequest',
        key: `caseTimeline.mergeRequest.${step}.${event.after.direction === 'incoming' ? 'incoming' : 'outgoing'}`,
        number: event.after.number,
        note: quoted(event.after.note),
      };
    }
    case 'case.handoff_proposed':
    case 'case.handoff_withdrawn':
    case 'case.handoff_declined':
    case 'case.handoff_expired':
    case 'case.handoff_accepted':
    case 'case.handoff_routed':
    case 'case.arbitrated':
      return handoffStep(event);
    case 'case.disposed_to_unit':
      return {
        kind: 'handoff',
        key: 'caseTimelineHandoff.disposedToUnit',
        params: { unit: event.after.agencyShortName },
        note: quoted(event.after.note),
      };
    case 'case.tags_changed':
      return {
        kind: 'tags',
        tags: event.after.tags,
      };
    case 'case.assigned':
      return { kind: 'assigned', name: event.after.name };
    case 'case.unassigned':
      return { kind: 'unassigned' };
    case 'comment.created':
      return {
        kind: 'comment',
        key: `caseTimeline.comment.created.${event.after.authorKind === 'reporter' ? 'reporter' : event.after.visibility === 'public' ? 'public' : 'internal'}`,
      };
    case 'comment.edited':
    case 'comment.deleted':
      return {
        kind: 'comment',
        key: `caseTimeline.comment.${event.type.slice('comment.'.length)}`,
      };
    case 'case.report_linked':
      return {
        kind: 'reporter',
        key: 'caseTimelineReporter.reportLinked',
        params: { trackingId: event.after.trackingId },
        note: null,
        byReporter: false,
      };
    case 'case.tracking_link_issued':
      return {
        kind: 'reporter',
        key: event.after.replaced
          ? 'caseTimelineReporter.trackingLinkReplaced'
          : 'caseTimelineReporter.trackingLinkIssued',
        params: {},
        note: null,
        byReporter: false,
      };
    case 'case.reporter_messaged':
      return {
        kind: 'reporterMessaged',
        status: event.after.status,
        template: event.after.template,
        channel: event.after.channel,
      };
    case 'case.reporter_replied':
    case 'case.reporter_confirmed':
      return reporterAction(event.type, null, null);
    case 'case.reporter_disputed':
      return reporterAction(event.type, null, quoted(event.after.reason));
    case 'case.reporter_rated':
      return reporterAction(event.type, event.after.stars, quoted(event.after.comment));
    case 'case.collaborator_invited':
      return {
        kind: 'coOwnership',
        key: event.after.required
          ? 'caseTimelineCollab.invitedRequired'
          : 'caseTimelineCollab.invited',
        agencyId: event.after.agencyId,
        params: {},
        note: quoted(event.after.task),
      };
    case 'case.collaboration_accepted':
      return {
        kind: 'coOwnership',
        key: 'caseTimelineCollab.accepted',
        agencyId: event.after.agencyId,
        params: {},
        note: null,
      };
    case 'case.collaboration_declined':
      return {
        kind: 'coOwnership',
        key: 'caseTimelineCollab.declined',
        agencyId: event.after.agencyId,
        params: {},
        note: quoted(event.after.reason),
      };
    case 'case.task_status_changed':
      return {
        kind: 'coOwnership',
        key: `caseTimelineCollab.task.${event.after.status}`,
        agencyId: event.after.agencyId,
        params: {},
        note: quoted(event.after.note),
      };
    case 'case.participant_ended':
      return {
        kind: 'coOwnership',
        key: event.after.left ? 'caseTimelineCollab.left' : 'caseTimelineCollab.ended',
        agencyId: event.after.agencyId,
        params: {},
        note: quoted(event.after.reason),
      };
    case 'case.resolve_override':
      return {
        kind: 'coOwnership',
        key: 'caseTimelineCollab.resolveOverride',
        agencyId: null,
        params: { count: event.after.openTasks },
        note: quoted(event.after.reason),
      };
    case 'case.split_into':
    case 'case.split_from':
      return {
        kind: 'coOwnership',
        key:
          event.type === 'case.split_into'
            ? 'caseTimelineCollab.splitInto'
            : 'caseTimelineCollab.splitFrom',
        agencyId: null,
        params: { number: event.after.number, reports: event.after.reportIds.length },
        note: quoted(event.after.reason),
      };
    // Kept for the record; the LAPOR panel shows these, the timeline names the type.
    case 'case.lapor_imported':
    case 'case.lapor_updated':
    case 'case.lapor_conflict':
    case 'case.lapor_conflict_resolved':
    case 'case.lapor_follow_up_posted':
      return { kind: 'other', type: event.type };
    default: {
      // A type added to the contracts without a case above fails to compile here.
      const unhandled: never = event;
      // An event written by a newer API than this page: name its type.
      return { kind: 'other', type: (unhandled as CaseEvent).type };
    }
  }
}

type HandoffEvent = Extract<
  CaseEvent,
  {
    type:
      | 'case.handoff_proposed'
      | 'case.handoff_withdrawn'
      | 'case.handoff_declined'
      | 'case.handoff_expired'
      | 'case.handoff_accepted'
      | 'case.handoff_routed'
      | 'case.arbitrated';
  }
>;

/** A step of a handoff, as one sentence naming both agencies and the reason. */
function handoffStep(event: HandoffEvent): TimelineChange {
  const params: Record<string, string> = {
    from: event.after.fromAgencyShortName,
    to: event.after.toAgencyShortName,
    reason: `handoffReasons.${event.after.reason}`,
  };
  switch (event.type) {
    case 'case.handoff_proposed':
      return {
        kind: 'handoff',
        key: event.after.frozen
          ? 'caseTimelineHandoff.proposedFrozen'
          : 'caseTimelineHandoff.proposed',
        params,
        note: quoted(event.after.note),
      };
    case 'case.handoff_withdrawn':
      return {
        kind: 'handoff',
        key: 'caseTimelineHandoff.withdrawn',
        params,
        note: quoted(event.after.note),
      };
    case 'case.handoff_declined':
      return {
        kind: 'handoff',
        key: 'caseTimelineHandoff.declined',
        params,
        note: quoted(event.after.answerReason),
      };
    case 'case.handoff_expired':
      return { kind: 'handoff', key: 'caseTimelineHandoff.expired', params, note: null };
    case 'case.handoff_accepted':
      return {
        kind: 'handoff',
        key:
          event.after.senderChoice === 'leave'
            ? 'caseTimelineHandoff.acceptedLeft'
            : 'caseTimelineHandoff.acceptedStayed',
        params,
        note: null,
      };
    case 'case.handoff_routed':
      return { kind: 'handoff', key: 'caseTimelineHandoff.routed', params, note: null };
    case 'case.arbitrated':
      return {
        kind: 'handoff',
        key: event.after.ruleId
          ? 'caseTimelineHandoff.arbitratedRule'
          : 'caseTimelineHandoff.arbitrated',
        params: { ...params, owner: event.after.ownerAgencyShortName },
        note: quoted(event.after.note),
      };
  }
}

/** What the reporter did from the tracking page: replied, confirmed, disputed or rated. */
function reporterAction(
  type:
    | 'case.reporter_replied'
    | 'case.reporter_confirmed'
    | 'case.reporter_disputed'
    | 'case.reporter_rated',
  stars: number | null,
  note: string | null,
): TimelineChange {
  return {
    kind: 'reporter',
    key: `caseTimelineReporter.${type.slice('case.reporter_'.length)}`,
    params: { stars: stars ?? '' },
    note,
    byReporter: true,
  };
}

/** Agencies an event names that the page must look up to say who was invited. */
export function agenciesNamedBy(events: readonly CaseEvent[]): string[] {
  const ids = events
    .map(describeEvent)
    .flatMap((change) =>
      (change.kind === 'participant' || change.kind === 'coOwnership') && change.agencyId
        ? [change.agencyId]
        : [],
    );
  return [...new Set(ids)];
}

/** The case's history as sentences, newest first, times in WIB. */
@Component({
  selector: 'sp-case-timeline',
  imports: [TranslatePipe, WibDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      <p class="empty-state">{{ 'caseTimeline.empty' | translate }}</p>
    } @else {
      <ol class="timeline">
        @for (entry of entries(); track entry.seq) {
          <li>
            <p class="meta">
              <time [attr.datetime]="entry.at">{{ entry.at | wibDate: language() }}</time>
              ·
              <span class="actor">{{ entry.actorName ?? (entry.actorKey | translate) }}</span>
              @if (entry.actorName && entry.actorAgencyId && agencyNames()[entry.actorAgencyId]) {
                <!-- An interpolated space survives the template's whitespace removal. -->
                <span class="agency">{{ ' (' + agencyNames()[entry.actorAgencyId] + ')' }}</span>
              }
            </p>
            @let change = entry.change;
            @switch (change.kind) {
              @case ('created') {
                <p class="what">{{ 'caseTimeline.created' | translate }}</p>
              }
              @case ('status') {
                <p class="what">
                  {{
                    'caseTimeline.statusChanged'
                      | translate
                        : {
                            from: statusLabel(change.from) | translate,
                            to: statusLabel(change.to) | translate,
                          }
                  }}
                </p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('updated') {
                @for (field of change.fields; track field.field) {
                  <p class="what">
                    @switch (field.field) {
                      @case ('title') {
                        {{
                          'caseTimeline.titleChanged'
                            | translate: { before: field.before ?? '', after: field.after ?? '' }
                        }}
                      }
                      @case ('description') {
                        {{ 'caseTimeline.descriptionChanged' | translate }}
                      }
                      @case ('locationText') {
                        {{
                          'caseTimeline.locationChanged'
                            | translate
                              : {
                                  before: field.before ?? ('common.notSet' | translate),
                                  after: field.after ?? ('common.notSet' | translate),
                                }
                        }}
                      }
                      @case ('incidentDate') {
                        {{
                          'caseTimeline.factChanged'
                            | translate
                              : {
                                  field: ('caseTimeline.facts.incidentDate' | translate),
                                  before: field.before ?? ('common.notSet' | translate),
                                  after: field.after ?? ('common.notSet' | translate),
                                }
                        }}
                      }
                      @default {
                        @if (factValuePrefix(field.field); as prefix) {
                          {{
                            'caseTimeline.factChanged'
                              | translate
                                : {
                                    field: ('caseTimeline.facts.' + field.field | translate),
                                    before: (prefix + field.before | translate),
                                    after: (prefix + field.after | translate),
                                  }
                          }}
                        } @else {
                          {{ 'caseTimeline.fieldChanged' | translate: { field: field.field } }}
                        }
                      }
                    }
                  </p>
                }
              }
              @case ('participant') {
                <p class="what">
                  {{
                    'caseTimeline.participantAdded.' + change.role
                      | translate
                        : {
                            agency:
                              (change.agencyId && agencyNames()[change.agencyId]) ||
                              ('caseTimeline.otherAgency' | translate),
                          }
                  }}
                </p>
              }
              @case ('locationRequested') {
                <p class="what">{{ 'caseTimeline.locationRequested' | translate }}</p>
              }
              @case ('locationSet') {
                <p class="what">
                  {{
                    change.key
                      | translate
                        : { coordinates: change.coordinates ?? '', name: change.photoName ?? '' }
                  }}
                </p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('slaEscalated') {
                <p class="what">
                  {{ 'caseTimeline.slaEscalated' | translate: { clock: clockLabel(change.clock) } }}
                </p>
              }
              @case ('comment') {
                <p class="what">{{ change.key | translate }}</p>
              }
              @case ('reporterMessaged') {
                <p class="what">
                  @if (change.template && change.channel) {
                    {{
                      'caseTimelineReporter.messaged.' + change.status
                        | translate
                          : {
                              template: 'reporterMessages.templates.' + change.template | translate,
                              channel: 'reporterMessages.channels.' + change.channel | translate,
                            }
                    }}
                  } @else {
                    {{ 'reporterMessages.statuses.' + change.status | translate }}
                  }
                </p>
              }
              @case ('coOwnership') {
                <p class="what">
                  {{
                    change.key
                      | translate
                        : {
                            agency:
                              (change.agencyId && agencyNames()[change.agencyId]) ||
                              ('caseTimeline.otherAgency' | translate),
                            count: change.params['count'] ?? '',
                            number: change.params['number'] ?? '',
                            reports: change.params['reports'] ?? '',
                          }
                  }}
                </p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('reporter') {
                <p class="what">{{ change.key | translate: change.params }}</p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('tags') {
                <p class="what">
                  {{
                    'caseTimeline.tagsChanged'
                      | translate
                        : {
                            tags:
                              change.tags.length > 0
                                ? change.tags.join(', ')
                                : ('caseTimeline.noTags' | translate),
                          }
                  }}
                </p>
              }
              @case ('assigned') {
                <p class="what">{{ 'caseTimeline.assigned' | translate: { name: change.name } }}</p>
              }
              @case ('unassigned') {
                <p class="what">{{ 'caseTimeline.unassigned' | translate }}</p>
              }
              @case ('areaSet') {
                <p class="what">{{ 'caseTimeline.areaSet' | translate: { area: change.area } }}</p>
              }
              @case ('merged') {
                <p class="what">
                  {{
                    (change.direction === 'into'
                      ? 'caseTimeline.mergedInto'
                      : 'caseTimeline.mergedFrom'
                    ) | translate: { number: change.number, count: change.reports }
                  }}
                </p>
              }
              @case ('mergeRequest') {
                <p class="what">{{ change.key | translate: { number: change.number } }}</p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('handoff') {
                <p class="what">
                  {{
                    change.key
                      | translate
                        : {
                            from: change.params['from'],
                            to: change.params['to'],
                            unit: change.params['unit'],
                            owner: change.params['owner'],
                            reason: change.params['reason'] ?? '' | translate,
                          }
                  }}
                </p>
                @if (change.note) {
                  <blockquote [attr.aria-label]="'caseTimeline.note' | translate">
                    {{ change.note }}
                  </blockquote>
                }
              }
              @case ('other') {
                <p class="what type">{{ change.type }}</p>
              }
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 10px 0 10px 16px;
      border-left: 2px solid var(--mat-sys-outline-variant);
      position: relative;
    }
    li::before {
      content: '';
      position: absolute;
      left: -6px;
      top: 16px;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .meta {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .actor {
      font-weight: 600;
      color: var(--mat-sys-on-surface);
    }
    .what {
      font: var(--mat-sys-body-medium);
      margin-top: 2px;
    }
    .type {
      font-family: ui-monospace, 'Roboto Mono', monospace;
    }
    blockquote {
      margin: 6px 0 0;
      padding: 6px 12px;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      border-radius: 0 8px 8px 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
      max-width: 75ch;
    }
  `,
})
export class CaseTimeline {
  /** Where the labels of a corrected fact's values are (category, classification, priority). */
  protected factValuePrefix(field: string): string | null {
    return FACT_VALUE_PREFIXES[field] ?? null;
  }

  /** The case's events in any order. */
  readonly events = input.required<readonly CaseEvent[]>();
  /** Agency id → short name, for invitations and actors. */
  readonly agencyNames = input<Readonly<Record<string, string>>>({});
  /** The case's clocks, whose labels name the deadline an escalation missed. */
  readonly clocks = input<readonly CaseClockView[]>([]);
  protected readonly language = inject(LanguageService).language;

  protected readonly entries = computed<TimelineEntry[]>(() =>
    [...this.events()]
      .sort((a, b) => b.seq - a.seq)
      .map((event) => ({
        seq: event.seq,
        at: event.at,
        actorName: event.actorName,
        actorAgencyId: event.actorAgencyId,
        ...this.describe(event),
      })),
  );

  private describe(event: CaseEvent): Pick<TimelineEntry, 'actorKey' | 'change'> {
    const change = describeEvent(event);
    const byReporter =
      (change.kind === 'locationSet' || change.kind === 'reporter') && change.byReporter;
    return { change, actorKey: byReporter ? 'caseTimeline.reporter' : 'caseTimeline.system' };
  }

  protected clockLabel(clock: string): string {
    const label = this.clocks().find((view) => view.clock === clock)?.label;
    return label ? pickLanguage(label, this.language()) : clock;
  }

  protected statusLabel(status: string | null): string {
    return status ? `caseStatuses.${status}` : 'common.notSet';
  }
}
