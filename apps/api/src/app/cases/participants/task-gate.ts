import type { EntityManager } from 'typeorm';
import type { CaseAction } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import type { AuditService } from '../../audit/audit.service';
import type { CaseEventLog } from '../../case-kernel/case-event-log';
import { runQuery } from '../../database/typed-query';
import { openTasks } from './collaboration-errors';
import { openRequiredTasks } from './participants.queries';

/**
 * The task gate: a case is not resolved while a required collaborator task is open (pending
 * invitations count: their work is not done either) unless the lead gives a reason. Answers how
 * many were open, so the caller records the override after the transition (see
 * {@link recordResolveOverride}).
 */
export async function checkTaskGate(
  manager: EntityManager,
  caseId: string,
  action: CaseAction,
  overrideReason: string | undefined,
): Promise<number> {
  if (action !== 'resolve') return 0;
  const [{ open }] = await runQuery(manager, openRequiredTasks, { caseId });
  if (open > 0 && !overrideReason?.trim()) throw openTasks(open);
  return open;
}

/** The lead resolved over open required tasks: the reason goes in the timeline and the audit. */
export async function recordResolveOverride(
  manager: EntityManager,
  eventLog: CaseEventLog,
  audit: AuditService,
  actor: Actor,
  caseId: string,
  reason: string,
  open: number,
): Promise<void> {
  await eventLog.append(manager, caseId, actor, 'case.resolve_override', null, {
    reason: reason.trim(),
    openTasks: open,
  });
  await audit.record(
    {
      action: 'case.resolve_override',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType: 'case',
      targetId: caseId,
      ip: actor.ip,
      details: { reason: reason.trim(), openTasks: open },
    },
    manager,
  );
}
