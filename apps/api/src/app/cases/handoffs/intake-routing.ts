import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { handoffReasonFor, type HandoffView, type OwnerSuggestion } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository } from '../../case-kernel/case-repository';
import { runQuery } from '../../database/typed-query';
import { OwnerSuggestionService } from '../../jurisdiction/owner-suggestion.service';
import { NotificationWriter } from '../../notifications/notification-writer';
import { linkOf } from './handoff-views';
import { activeAgencyRef, closeHandoff, insertHandoff } from './handoffs.queries';
import { HandoffsService, setSystemReach } from './handoffs.service';
import { intakeState, systemReach } from './intake-routing.queries';

/** What intake routing did with a new case. */
export interface IntakeRoutingOutcome {
  /** `proposed`: a handoff proposal waits for the suggested agency; `routed`: a direct rule moved the lead. */
  outcome: 'none' | 'proposed' | 'routed';
  /** The proposal (open) or the handoff the direct rule applied (accepted). */
  handoff: HandoffView | null;
}

const NONE: IntakeRoutingOutcome = { outcome: 'none', handoff: null };
const WORKING_ROLES = ['admin', 'petugas', 'pimpinan'];
/** Statuses in which a case is still being taken in. */
const INTAKE_STATUSES = new Set(['new', 'needs_information', 'verified']);

/**
 * Intake routing (issue #13 item 3): every intake path (the staff form, Open311, the LAPOR import,
 * the reporter's location answer) asks the owner suggestion, in its own transaction, once the case,
 * its lead and its location exist. When a sure suggestion (high or medium confidence, one owner)
 * names another agency than the intake agency, the intake agency proposes the case to it (a
 * handoff the receiver accepts or declines); only under a routing rule the superadmin marked
 * `direct` does the suggested agency lead at once, the intake agency staying as collaborator.
 * A case somebody already disposed or handed over is left alone. The caller queues the proposal's
 * expiry after its commit (`HandoffsService.scheduleExpiry`; the quarter-hourly sweep would too).
 */
@Injectable()
export class IntakeRouting {
  constructor(
    private readonly suggestions: OwnerSuggestionService,
    private readonly handoffs: HandoffsService,
    private readonly eventLog: CaseEventLog,
    private readonly notifications: NotificationWriter,
  ) {}

  /** `actor` is the person (or Open311 key) taking the case in; null for the reporter's answer. */
  async route(
    manager: EntityManager,
    actor: Actor | null,
    caseId: string,
  ): Promise<IntakeRoutingOutcome> {
    const [state] = await runQuery(manager, intakeState, { caseId });
    if (!state || !INTAKE_STATUSES.has(state.status) || state.handed || !state.lead_took_it_in)
      return NONE;
    const suggestion = await this.suggestions.suggestForCase(manager, caseId);
    const reason = handoffReasonFor(suggestion);
    const target = suggestion.agencyId;
    const sure = suggestion.confidence === 'high' || suggestion.confidence === 'medium';
    if (!target || !reason || !sure || target === state.lead_agency_id) return NONE;
    const evidence = suggestion.candidates[0]?.evidence;
    if (suggestion.basis === 'routing_rule' && evidence?.ruleMode === 'direct' && evidence.ruleId)
      return this.routeDirectly(manager, actor, caseId, state.lead_agency_id, target, {
        suggestion,
        ruleId: evidence.ruleId,
      });
    const [agency] = await runQuery(manager, activeAgencyRef, { agencyId: target });
    if (!agency) return NONE;
    const handoff = await this.handoffs.proposeWithin(manager, actor, caseId, {
      toAgencyId: target,
      reason,
      // No prose: the timeline names the system as proposer and the suggestion (bilingual, in
      // the evidence) explains it, each in the reader's language.
      suggestion,
      attachmentIds: [],
      senderChoice: 'stay_as_collaborator',
    });
    return { outcome: 'proposed', handoff };
  }

  /**
   * A `direct` rule: the handoff is stored as accepted at once (the reporter's tracking page and
   * the ping-pong chain count it like any other), the rule's agency leads, the intake agency stays
   * as collaborator; one timeline event, an audit entry and the new lead's officers notified.
   */
  private async routeDirectly(
    manager: EntityManager,
    actor: Actor | null,
    caseId: string,
    fromAgencyId: string,
    toAgencyId: string,
    decided: { suggestion: OwnerSuggestion; ruleId: string },
  ): Promise<IntakeRoutingOutcome> {
    const [agency] = await runQuery(manager, activeAgencyRef, { agencyId: toAgencyId });
    if (!agency) return NONE;
    const kase = await caseRepository.lock(manager, caseId);
    if (!kase) return NONE;
    // The rule decided for both agencies, beyond the intake agency's own reach (the reporter's
    // answer already runs as the system: its setting is put back as it was).
    const [{ system }] = await runQuery(manager, systemReach, undefined);
    await setSystemReach(manager, true);
    const [row] = await runQuery(manager, insertHandoff, {
      caseId,
      fromAgencyId,
      toAgencyId,
      reason: 'category',
      note: null,
      evidence: JSON.stringify({ suggestion: decided.suggestion, attachmentIds: [] }),
      senderChoice: 'stay_as_collaborator',
      status: 'open',
      proposedBy: actor?.userId ?? null,
      deadline: new Date(),
      arbiterAgencyId: null,
    });
    await runQuery(manager, closeHandoff, {
      handoffId: row.id,
      status: 'accepted',
      answeredBy: null,
      answeredByAgencyId: null,
      answerReason: null,
      decidedAgencyId: null,
      ruleId: decided.ruleId,
    });
    await this.handoffs.transferLead(
      manager,
      caseId,
      fromAgencyId,
      toAgencyId,
      'stay_as_collaborator',
      actor?.userId ?? null,
    );
    await caseRepository.touch(manager, caseId);
    const view = await this.handoffs.one(manager, actor, row.id);
    await this.eventLog.append(manager, caseId, actor, 'case.handoff_routed', null, {
      ...linkOf(view),
      senderChoice: 'stay_as_collaborator',
      ruleId: decided.ruleId,
      publicReason: view.publicReason,
      explanation: decided.suggestion.explanation,
    });
    await this.handoffs.record(
      manager,
      actor,
      'case.handoff_routed',
      caseId,
      { handoffId: view.id, toAgencyId, ruleId: decided.ruleId },
      fromAgencyId,
    );
    await this.notifications.notify(
      manager,
      await this.notifications.membersOf(manager, [toAgencyId], WORKING_ROLES),
      {
        kind: 'new_case',
        caseId,
        title: `${kase.number} diarahkan ke ${agency.short_name} menurut aturan rute`,
        body: decided.suggestion.explanation.id,
        actor: actor ? { userId: actor.userId, name: actor.name } : null,
      },
    );
    await setSystemReach(manager, system);
    return { outcome: 'routed', handoff: view };
  }
}
