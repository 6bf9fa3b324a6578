import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CaseEditableField,
  CaseEvent,
  CaseEventPayloads,
  CaseEventType,
} from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { runQuery } from '../database/typed-query';
import { noteOutboxWrite } from '../outbox/outbox';
import { FACT_EVENT_TYPES, latestFactChanges, type FactChange } from './case-fact-changes';
import {
  eventsAfter,
  factEventsSince,
  insertEvent,
  reserveEventSeq,
} from './sql/case-kernel.queries';

/**
 * The case timeline: every change appends one event in the same transaction as the change, with
 * the next number of a per-case counter. The counter's row lock serialises writers of one case and
 * a rollback takes the number back, so sequences have no gaps. Live collaboration broadcasts and
 * replays exactly this log.
 */
@Injectable()
export class CaseEventLog {
  async append<T extends CaseEventType>(
    manager: EntityManager,
    caseId: string,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    type: T,
    before: CaseEventPayloads[T]['before'],
    after: CaseEventPayloads[T]['after'],
  ): Promise<number> {
    const seq = await this.reserve(manager, caseId);
    await this.record(manager, caseId, seq, actor, type, before, after);
    return seq;
  }

  /**
   * Takes the case's next event number and, with it, the case row's lock until the transaction
   * ends: one round trip. For a writer whose row must name its event before the event exists (a
   * comment carries the `seq` of its `comment.created`); it must {@link record} that number in the
   * same transaction, or the log would have a gap.
   */
  async reserve(manager: EntityManager, caseId: string): Promise<number> {
    const [row] = await runQuery(manager, reserveEventSeq, { caseId });
    if (!row) throw new Error(`case ${caseId} is not visible to this transaction`);
    return row.seq;
  }

  /** Writes the event numbered by {@link reserve} in this transaction. */
  async record<T extends CaseEventType>(
    manager: EntityManager,
    caseId: string,
    seq: number,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    type: T,
    before: CaseEventPayloads[T]['before'],
    after: CaseEventPayloads[T]['after'],
  ): Promise<void> {
    await runQuery(manager, insertEvent, {
      caseId,
      seq,
      type,
      actorUserId: actor?.userId ?? null,
      actorAgencyId: actor?.agencyId ?? null,
      before: before && JSON.stringify(before),
      after: after && JSON.stringify(after),
    });
    // The trigger on case_event put the event in the outbox: wake the relay at commit.
    noteOutboxWrite(manager);
  }

  /**
   * The editable facts changed after `baseVersion`, each with its latest change. Every event row
   * records the case version it was written at; a writer of facts bumps the version (`touch`)
   * before it appends, so its event carries the version its change made. Comments and other
   * events raise the version too but name no fact.
   */
  async factChangesSince(
    manager: EntityManager,
    caseId: string,
    baseVersion: number,
  ): Promise<Map<CaseEditableField, FactChange>> {
    const rows = await runQuery(manager, factEventsSince, {
      caseId,
      baseVersion,
      types: FACT_EVENT_TYPES,
    });
    return latestFactChanges(rows);
  }

  async after(
    manager: EntityManager,
    caseId: string,
    afterSeq: number,
    limit = 500,
  ): Promise<CaseEvent[]> {
    const rows = await runQuery(manager, eventsAfter, { caseId, afterSeq, limit });
    // The rows were written by append/record (and the seed), so each type carries its payload.
    return rows.map(
      (row) =>
        ({
          seq: row.seq,
          at: row.at.toISOString(),
          type: row.type,
          actorUserId: row.actor_user_id,
          actorName: row.actor_name,
          actorAgencyId: row.actor_agency_id,
          before: row.before,
          after: row.after,
        }) as CaseEvent,
    );
  }
}
