import { HttpStatus, Injectable } from '@nestjs/common';
import type { ArbitrationItem, ArbitrationQueue, HandoffView } from '@simpul/contracts';
import { arbitrationPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { ActorDatabase } from '../../access/actor-database';
import { AuditService } from '../../audit/audit.service';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository } from '../../case-kernel/case-repository';
import { runQuery } from '../../database/typed-query';
import { NotificationWriter } from '../../notifications/notification-writer';
import {
  arbitrationCaseFacts,
  closeOpenRoutingRule,
  insertRoutingRule,
} from './arbitration.queries';
import type { ArbitrationDecisionDto } from './handoffs.dto';
import { handoffStatus, linkOf, publicReasonOf, senderChoice } from './handoff-views';
import {
  activeAgencyRef,
  chainOfCase,
  closeHandoff,
  frozenForArbiter,
  lockCaseOfHandoff,
} from './handoffs.queries';
import {
  HANDOFF,
  handoffRefusal,
  HandoffsService,
  setSystemReach,
  unknownAgency,
} from './handoffs.service';
import { notFound } from '../../access/access-errors';
import { roadStatusOf } from '../../jurisdiction/registry-values';

const todayInJakarta = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/**
 * Arbitration: a case that bounced between agencies is frozen with the proposal that would have
 * bounced it. The pimpinan of the nearest common ancestor or a coordinating agency of those
 * involved (else the superadmin) sees it with the whole chain, decides the owner (the lead moves
 * there), and can turn the decision into a routing rule in the same step.
 */
@Injectable()
export class ArbitrationService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly handoffs: HandoffsService,
    private readonly eventLog: CaseEventLog,
    private readonly audit: AuditService,
    private readonly notifications: NotificationWriter,
  ) {}

  queue(actor: Actor): Promise<ArbitrationQueue> {
    return this.db.run(actor, async (manager) => {
      if (!actor.isSuperadmin && (actor.role !== 'pimpinan' || !actor.agencyId))
        return { items: [] };
      // The arbiter may not read every case it arbitrates (a coordinator reads, a common ancestor
      // of a sibling pair does); the policy above decided, the reads are the system's.
      await setSystemReach(manager, true);
      const frozen = await runQuery(manager, frozenForArbiter, {
        all: actor.isSuperadmin,
        agencyId: actor.agencyId,
      });
      const items: ArbitrationItem[] = [];
      for (const { id } of frozen) {
        const handoff = await this.handoffs.one(manager, actor, id);
        const chainIds = (await runQuery(manager, chainOfCase, { caseId: handoff.caseId })).map(
          (r) => r.id,
        );
        const chain = await this.handoffs.views(manager, actor, {
          handoffIds: chainIds,
          limit: 200,
        });
        chain.sort((a, b) => a.proposedAt.localeCompare(b.proposedAt));
        const [facts] = await runQuery(manager, arbitrationCaseFacts, { caseId: handoff.caseId });
        items.push({
          handoff,
          chain,
          facts: {
            category: facts.category,
            regencyCode: facts.regency_code,
            roadStatus: facts.road_status === null ? null : roadStatusOf(facts.road_status),
          },
        });
      }
      await setSystemReach(manager, false);
      return { items };
    });
  }

  decide(actor: Actor, handoffId: string, body: ArbitrationDecisionDto): Promise<HandoffView> {
    return this.db.run(actor, async (manager) => {
      await setSystemReach(manager, true);
      const [found] = await runQuery(manager, lockCaseOfHandoff, { handoffId });
      if (!found) throw notFound(HANDOFF);
      const kase = await caseRepository.lock(manager, found.case_id);
      const handoff = await this.handoffs.lockHandoff(manager, found.case_id, handoffId);
      if (!kase) throw notFound(HANDOFF);
      if (!arbitrationPolicy.decide(actor, handoff.arbiter_agency_id)) {
        throw handoffRefusal(
          HttpStatus.FORBIDDEN,
          'NOT_ARBITER',
          'handoffId',
          'hanya pimpinan instansi arbiter (atau superadmin) yang memutuskan kasus ini',
          'only the leaders of the arbiter agency (or the superadmin) decide this case',
        );
      }
      if (handoffStatus(handoff.status) !== 'frozen') {
        throw handoffRefusal(
          HttpStatus.CONFLICT,
          'HANDOFF_CLOSED',
          'handoffId',
          'kasus ini tidak sedang menunggu arbitrase',
          'this case is not waiting for arbitration',
        );
      }
      const [owner] = await runQuery(manager, activeAgencyRef, { agencyId: body.ownerAgencyId });
      if (!owner) throw unknownAgency('ownerAgencyId');
      const note = body.note.trim();
      await this.handoffs.transferLead(
        manager,
        kase.id,
        kase.lead_agency_id,
        owner.id,
        senderChoice(handoff.sender_choice),
        actor.userId,
      );
      await caseRepository.touch(manager, kase.id);
      let ruleId: string | null = null;
      if (body.rule) {
        const today = todayInJakarta();
        const params = {
          category: body.rule.category,
          regencyCode: body.rule.regencyCode,
          roadStatus: body.rule.roadStatus ?? null,
        };
        const [closed] = await runQuery(manager, closeOpenRoutingRule, {
          ...params,
          today,
          userId: actor.userId,
        });
        const [rule] = await runQuery(manager, insertRoutingRule, {
          ...params,
          agencyId: owner.id,
          mode: body.rule.mode ?? 'suggest',
          note: `Arbitrase ${kase.number}: ${note}`.slice(0, 500),
          replacesId: closed?.id ?? null,
          today,
          userId: actor.userId,
        });
        ruleId = rule.id;
      }
      await runQuery(manager, closeHandoff, {
        handoffId,
        status: 'arbitrated',
        answeredBy: actor.userId,
        answeredByAgencyId: actor.agencyId,
        answerReason: note,
        decidedAgencyId: owner.id,
        ruleId,
      });
      const view = await this.handoffs.one(manager, actor, handoffId);
      await this.eventLog.append(manager, kase.id, actor, 'case.arbitrated', null, {
        ...linkOf(view),
        ownerAgencyId: owner.id,
        ownerAgencyShortName: owner.short_name,
        note,
        publicReason: publicReasonOf(view.reason, view.evidence),
        ...(ruleId ? { ruleId } : {}),
      });
      await this.audit.record(
        {
          action: 'case.arbitrated',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'case',
          targetId: kase.id,
          ip: actor.ip,
          details: { handoffId, ownerAgencyId: owner.id, ruleId },
        },
        manager,
      );
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(
          manager,
          [...new Set([view.fromAgency.id, view.toAgency.id, owner.id])],
          ['admin', 'petugas', 'pimpinan'],
        ),
        {
          kind: 'handoff_answered',
          caseId: kase.id,
          title: `Arbitrase ${kase.number}: ${owner.short_name} memimpin kasus ini`,
          body: note,
          actor: { userId: actor.userId, name: actor.name },
        },
      );
      await setSystemReach(manager, false);
      return view;
    });
  }
}
