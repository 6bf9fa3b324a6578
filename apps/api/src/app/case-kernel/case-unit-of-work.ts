import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_RELATIONS, casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import type { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { runQuery } from '../database/typed-query';
import { caseRelations } from './sql/case-kernel.queries';

export const CASE = bilingual('Kasus', 'Case');

/** A refusal carried out of the transaction, so its audit entry is not rolled back with it. */
export class CaseRefusal {
  constructor(
    readonly error: ApiException,
    readonly caseId: string,
  ) {}
}

/** The acting agency's relations to a case, as row-level security derives them. */
export async function caseAccess(
  manager: EntityManager,
  actor: Actor,
  caseId: string,
): Promise<CaseAccessContext> {
  if (!actor.agencyId) return { relations: [], role: null, agencyId: null };
  const [row] = await runQuery(manager, caseRelations, {
    caseId,
    agencyId: actor.agencyId,
    role: actor.role,
  });
  const relations = (row?.relations ?? []).flatMap((name) => {
    const relation = CASE_RELATIONS.find((known) => known === name);
    return relation ? [relation] : [];
  });
  // Who took each report in is the report's (case_report.intake_agency_id): the identity rules
  // compare it with the acting agency per report.
  return { relations, role: actor.role, agencyId: actor.agencyId };
}

export type CasePermission = 'read' | 'update' | 'inviteObserver' | 'comment' | 'addEvidence';

/**
 * Runs work on one case under the access policy, for every feature that touches a case: a case the
 * actor may not read is "not found" (never revealing that it exists elsewhere), one they read but
 * may not do this to is "forbidden", and every refusal is audited outside the rolled-back work.
 */
@Injectable()
export class CaseUnitOfWork {
  constructor(
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
  ) {}

  /**
   * `caseIdOf` finds the case inside the transaction when the request names something else (a
   * conflict); it answers `null` when that is not visible.
   */
  async run<T>(
    actor: Actor,
    target: string | ((manager: EntityManager) => Promise<string | null>),
    permission: CasePermission,
    work: (manager: EntityManager, access: CaseAccessContext, caseId: string) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.run(actor, async (manager) => {
        const caseId = typeof target === 'string' ? target : await target(manager);
        if (!caseId) throw notFound();
        const access = await caseAccess(manager, actor, caseId);
        if (!casePolicy.read(access)) throw new CaseRefusal(notFound(CASE), caseId);
        if (!casePolicy[permission](access)) throw new CaseRefusal(forbidden(), caseId);
        return work(manager, access, caseId);
      });
    } catch (error) {
      if (!(error instanceof CaseRefusal)) throw error;
      await this.audit.record({
        action: 'access.denied',
        actorUserId: actor.userId,
        agencyId: actor.agencyId,
        targetType: 'case',
        targetId: error.caseId,
        ip: actor.ip,
        details: { permission, status: error.error.getStatus() },
      });
      throw error.error;
    }
  }
}
