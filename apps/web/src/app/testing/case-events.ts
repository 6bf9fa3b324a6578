import type { CaseEvent, CaseEventBody, CaseEventHeader } from '@simpul/contracts';

/**
 * A timeline event as the API sends it, for tests: the payload must be what the API writes for
 * its type, so a test cannot render an event the API never produces. `actor` overrides who
 * acted and when.
 */
export function caseEvent(
  seq: number,
  body: CaseEventBody,
  actor: Partial<Omit<CaseEventHeader, 'seq'>> = {},
): CaseEvent {
  return {
    seq,
    at: '2026-11-20T02:30:00.000Z',
    actorUserId: 'user-9',
    actorName: 'Rina Kusuma',
    actorAgencyId: 'agency-upt-malang',
    ...actor,
    ...body,
  };
}
