import {
  CASE_EDITABLE_FIELDS,
  type CaseEditableField,
  type CaseEventType,
} from '@simpul/contracts';
import type { Json } from './sql/case-kernel.queries';

/** Who last changed a fact after a given version, and when. */
export interface FactChange {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorAgencyId: string | null;
  actorAgencyShortName: string | null;
}

const isEditable = (field: unknown): field is CaseEditableField =>
  CASE_EDITABLE_FIELDS.some((known) => known === field);

const keysOf = (after: Json): CaseEditableField[] =>
  after !== null && typeof after === 'object' && !Array.isArray(after)
    ? Object.keys(after).filter(isEditable)
    : [];

/**
 * Every event type that writes a case's editable facts, with the fields one event of it changed.
 * One table for the question "what changed since version N": an event type that starts writing
 * a fact must be listed here, or edits would overwrite its change without a conflict.
 */
const FACT_WRITERS: { [T in CaseEventType]?: (after: Json) => CaseEditableField[] } = {
  /** "Ubah fakta kasus": `after` names exactly the fields that changed. */
  'case.updated': keysOf,
  /** A LAPOR import applied the synced fields in `after` (the others are report fields). */
  'case.lapor_updated': keysOf,
  /** An officer took the LAPOR value of a conflict: that one field. */
  'case.lapor_conflict_resolved': (after) => {
    if (after === null || typeof after !== 'object' || Array.isArray(after)) return [];
    return after['resolution'] === 'take_lapor' && isEditable(after['field'])
      ? [after['field']]
      : [];
  },
};

/** The event types of {@link FACT_WRITERS}, for the query that reads them. */
export const FACT_EVENT_TYPES = Object.keys(FACT_WRITERS) as CaseEventType[];

/** The fields one event changed; none for an event that writes no facts (a comment, a status). */
export function factsChangedBy(type: string, after: Json): CaseEditableField[] {
  const writer = FACT_WRITERS[type as CaseEventType];
  return writer ? writer(after) : [];
}

/** Rows of the fact-writing events after a version, oldest first → the latest change per field. */
export function latestFactChanges(
  events: readonly {
    seq: number;
    at: Date;
    type: string;
    after: Json;
    actor_user_id: string | null;
    actor_name: string | null;
    actor_agency_id: string | null;
    actor_agency_short_name: string | null;
  }[],
): Map<CaseEditableField, FactChange> {
  const latest = new Map<CaseEditableField, FactChange>();
  for (const event of events) {
    for (const field of factsChangedBy(event.type, event.after)) {
      const known = latest.get(field);
      if (known && known.seq > event.seq) continue;
      latest.set(field, {
        seq: event.seq,
        at: event.at,
        actorUserId: event.actor_user_id,
        actorName: event.actor_name,
        actorAgencyId: event.actor_agency_id,
        actorAgencyShortName: event.actor_agency_short_name,
      });
    }
  }
  return latest;
}
