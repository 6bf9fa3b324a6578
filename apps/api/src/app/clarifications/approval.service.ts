import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApprovalChainView, ApprovalStepView } from '@simpul/contracts';
import { clarificationPolicy } from '../access/access-policy';
import { forbidden } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ActorDatabase } from '../access/actor-database';
import { AuditService } from '../audit/audit.service';
import { runQuery } from '../database/typed-query';
import { ApprovalNotices } from './approval-notices';
import * as chainSql from './clarification-chain.queries';
import { stepCandidates } from './clarification-chain.service';
import { clarificationErrors } from './clarification-errors';
import { ClarificationsService, contentHash } from './clarifications.service';
import * as sql from './clarifications.queries';

interface Step {
  key: string;
  name: string;
  agencyShortName: string | null;
  candidates: { userId: string; name: string }[];
}

/**
 * The approval chain of a draft: the opening agency's configured steps (by default its humas, then
 * its pimpinan; clarification-chain.service.ts configures them), plus one step per co-owning
 * agency (its humas). After each decision the next step's people, or on a rejection the editors,
 * are notified (approval-notices.ts). Each approval is bound to the hash
 * of the whole content; an edit voids them all (ClarificationsService.applyUpdate); nobody decides
 * on content they edited since the chain last restarted.
 */
@Injectable()
export class ApprovalService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly drafts: ClarificationsService,
    private readonly audit: AuditService,
    private readonly notices: ApprovalNotices,
  ) {}

  private async steps(manager: EntityManager, draftId: string, agencyId: string): Promise<Step[]> {
    const agencies = await runQuery(manager, sql.draftAgencies, { draftId });
    const owner = agencies.find((a) => a.status === 'owner');
    const configured = await runQuery(manager, sql.chainSteps, { agencyId });
    const steps: Step[] = [];
    const byRole = async (approverAgencyId: string, role: string) =>
      runQuery(manager, sql.eligibleByRole, { agencyId: approverAgencyId, role });
    if (configured.length === 0) {
      steps.push({
        key: `default:humas`,
        name: 'Humas',
        agencyShortName: owner?.shortName ?? null,
        candidates: await byRole(agencyId, 'humas'),
      });
      steps.push({
        key: `default:pimpinan`,
        name: 'Pimpinan',
        agencyShortName: owner?.shortName ?? null,
        candidates: await byRole(agencyId, 'pimpinan'),
      });
    }
    const approverAgencies = configured.flatMap((s) =>
      s.approverAgencyId ? [s.approverAgencyId] : [],
    );
    const shortNames = new Map(
      (approverAgencies.length > 0
        ? await runQuery(manager, chainSql.agencyShortNames, { ids: approverAgencies })
        : []
      ).map((a) => [a.id, a.shortName]),
    );
    for (const s of configured)
      steps.push({
        key: `step:${s.id}`,
        name: s.name,
        agencyShortName: s.approverAgencyId
          ? (shortNames.get(s.approverAgencyId) ?? null)
          : (owner?.shortName ?? null),
        candidates: await stepCandidates(manager, s),
      });
    for (const a of agencies.filter((x) => x.status === 'active'))
      steps.push({
        key: `coowner:${a.agencyId}`,
        name: `Humas ${a.shortName}`,
        agencyShortName: a.shortName,
        candidates: await byRole(a.agencyId, 'humas'),
      });
    return steps;
  }

  async chain(
    manager: EntityManager,
    actor: Actor | null,
    draftId: string,
    agencyId: string,
  ): Promise<ApprovalChainView> {
    const content = await this.drafts.contentOf(manager, draftId);
    const hash = contentHash(content);
    const steps = await this.steps(manager, draftId, agencyId);
    const live = await runQuery(manager, sql.liveApprovals, { draftId });
    const views: ApprovalStepView[] = [];
    for (const s of steps) {
      const d = live.find((l) => l.stepKey === s.key);
      const eligible = [];
      for (const c of s.candidates) {
        const [{ edited }] = await runQuery(manager, sql.editedSinceChainStart, {
          draftId,
          userId: c.userId,
        });
        if (!edited) eligible.push(c);
      }
      views.push({
        key: s.key,
        name: s.name,
        agencyShortName: s.agencyShortName,
        eligible,
        decision: d
          ? {
              decision: d.decision as 'approved' | 'rejected',
              userName: d.userName ?? null,
              at: d.decidedAt.toISOString(),
              note: d.note ?? null,
            }
          : null,
        noEligibleApprover: s.candidates.length === 0,
      });
    }
    const nextIndex = views.findIndex((v) => v.decision?.decision !== 'approved');
    const approved = nextIndex === -1 && live.every((l) => l.contentHash === hash);
    const next = nextIndex === -1 ? null : views[nextIndex];
    let refusal: string | null = null;
    if (!next) refusal = 'Semua langkah sudah disetujui / All steps approved';
    else if (!actor || !next.eligible.some((e) => e.userId === actor.userId))
      refusal =
        next.eligible.length === 0 && next.noEligibleApprover
          ? 'Langkah ini tidak punya penyetuju / This step has no eligible approver'
          : 'Bukan giliran Anda atau Anda mengubah isi sejak rantai dimulai / Not your step, or you edited the content since the chain restarted';
    const [rejection] = await runQuery(manager, chainSql.lastRejection, { draftId });
    return {
      contentHash: hash,
      steps: views,
      lastRejection: rejection
        ? {
            stepName: rejection.stepName,
            userName: rejection.userName ?? null,
            at: rejection.at.toISOString(),
            note: rejection.note,
          }
        : null,
      nextStep: nextIndex === -1 ? null : nextIndex,
      approved,
      mayDecide: refusal === null,
      refusal,
    };
  }

  async view(actor: Actor, draftId: string): Promise<ApprovalChainView> {
    return this.db.run(actor, async (manager) => {
      const { row } = await this.drafts.access(manager, actor, draftId);
      return this.chain(manager, actor, draftId, row.agencyId);
    });
  }

  /** Approve or reject the next step, bound to the content hash the approver saw. */
  async decide(
    actor: Actor,
    draftId: string,
    body: { decision: 'approved' | 'rejected'; contentHash: string; note?: string },
  ): Promise<ApprovalChainView> {
    return this.db.run(actor, async (manager) => {
      const { row, context } = await this.drafts.access(manager, actor, draftId);
      if (!clarificationPolicy.decide(context)) throw forbidden();
      await runQuery(manager, sql.lockDraft, { draftId });
      const [{ edited }] = await runQuery(manager, sql.editedSinceChainStart, {
        draftId,
        userId: actor.userId,
      });
      if (edited)
        throw clarificationErrors.approvalRefused(
          'Anda mengubah isi sejak rantai persetujuan dimulai ulang; orang lain yang menyetujui',
          'You edited the content since the approval chain restarted; someone else approves',
          'userId',
        );
      const chain = await this.chain(manager, actor, draftId, row.agencyId);
      if (body.contentHash !== chain.contentHash)
        throw clarificationErrors.approvalRefused(
          'contentHash: isi sudah berubah sejak Anda membacanya; baca lagi lalu putuskan',
          'contentHash: the content changed since you read it; read it again and decide',
        );
      if (chain.nextStep === null || !chain.mayDecide)
        throw clarificationErrors.approvalRefused(chain.refusal ?? '', chain.refusal ?? '', 'step');
      if (body.decision === 'rejected' && !(body.note ?? '').trim())
        throw clarificationErrors.approvalRefused(
          'note: penolakan wajib disertai catatan',
          'note: a rejection needs a note',
          'note',
        );
      const step = chain.steps[chain.nextStep];
      await runQuery(manager, sql.insertApproval, {
        draftId,
        stepKey: step.key,
        userId: actor.userId,
        agencyId: actor.agencyId as string,
        decision: body.decision,
        contentHash: chain.contentHash,
        note: body.note ?? null,
      });
      await this.drafts.event(manager, draftId, `clarification.${body.decision}`, actor.userId, {
        step: step.key,
        name: step.name,
        contentHash: chain.contentHash,
        note: body.note ?? null,
      });
      await this.audit.record(
        {
          action: 'clarification.approval_decided',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'clarification',
          targetId: draftId,
          ip: actor.ip,
          details: { decision: body.decision, step: step.key, contentHash: chain.contentHash },
        },
        manager,
      );
      const who = { userId: actor.userId, name: actor.name };
      if (body.decision === 'rejected') {
        await runQuery(manager, sql.voidApprovals, { draftId });
        await runQuery(manager, sql.restartChain, { draftId, status: 'draft' });
        // The editors hear of it with the note; the restarted chain's first step hears of it from
        // the notice sweep (approval-jobs.ts).
        await this.notices.rejected(manager, draftId, step.name, body.note ?? '', who);
      } else {
        const after = await this.chain(manager, actor, draftId, row.agencyId);
        await runQuery(manager, sql.setDraftStatus, {
          draftId,
          status: after.approved ? 'approved' : 'in_review',
        });
        // The next step's eligible people hear that it is their turn.
        if (!after.approved) await this.notices.nextStep(manager, draftId, after, who);
      }
      return this.chain(manager, actor, draftId, row.agencyId);
    });
  }

  /** Whether every step approved exactly this content hash and it is still the current content. */
  async isApproved(manager: EntityManager, draftId: string, hash: string): Promise<boolean> {
    const [row] = await runQuery(manager, sql.lockDraft, { draftId });
    if (!row) return false;
    const [draft] = await runQuery(manager, sql.draftRow, {
      draftId,
      agencyId: '00000000-0000-0000-0000-000000000000',
    });
    const chain = await this.chain(manager, null, draftId, draft.agencyId);
    return chain.approved && chain.contentHash === hash;
  }
}
