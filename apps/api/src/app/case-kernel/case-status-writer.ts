import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseAction, CaseStatus } from '@simpul/contracts';
import type { Actor } from '../access/actor';
import { CaseClocks } from './case-clocks';
import { caseRepository } from './case-repository';
import { CaseEventLog } from './case-event-log';

/**
 * The one place a case's status changes, for people and for the system alike: the status row,
 * the clocks that follow it and the timeline entry, all in the caller's transaction. Whether the
 * change is allowed was decided before, by the status machine.
 */
@Injectable()
export class CaseStatusWriter {
  constructor(
    private readonly clocks: CaseClocks,
    private readonly eventLog: CaseEventLog,
  ) {}

  async apply(
    manager: EntityManager,
    caseId: string,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    action: CaseAction,
    change: { from: CaseStatus; to: CaseStatus; holdFrom: CaseStatus | null },
    note?: string,
  ): Promise<void> {
    await caseRepository.touch(
      manager,
      caseId,
      [
        '"status" = $2::varchar',
        '"status_before_hold" = $3::varchar',
        `"closed_at" = CASE WHEN $2::varchar IN ('resolved', 'archived') THEN now() ELSE NULL END`,
      ],
      [change.to, change.holdFrom],
    );
    await this.clocks.onTransition(manager, await this.clocks.clockedCase(manager, caseId), action);
    await this.eventLog.append(
      manager,
      caseId,
      actor,
      'case.status_changed',
      { status: change.from },
      {
        status: change.to,
        action,
        ...(note ? { note } : {}),
      },
    );
  }
}
