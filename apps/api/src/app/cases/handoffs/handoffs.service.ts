import {
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { computeDeadline } from '@simpul/sla';
import {
  HANDOFF_REASON_LABELS,
  PING_PONG_HANDOFF_LIMIT,
  type ApiErrorCode,
  type DispositionResult,
  type HandoffList,
  type HandoffQueue,
  type HandoffSenderChoice,
  type HandoffStatus,
  type HandoffView,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../../access/access-policy';
import { forbidden, notFound } from '../../access/access-errors';
import type { Actor } from '../../access/actor';
import { ActorDatabase } from '../../access/actor-database';
import { AuditService } from '../../audit/audit.service';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository, type CaseRow } from '../../case-kernel/case-repository';
import { CaseStatusWriter } from '../../case-kernel/case-status-writer';
import { decideTransition } from '../../case-kernel/case-status.machine';
import { CaseRefusal, CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../../config/app-config';
import { runQuery } from '../../database/typed-query';
import { JobQueue, QUEUES } from '../../jobs/job-queue';
import { NotificationWriter } from '../../notifications/notification-writer';
import type {
  DispositionDto,
  HandoffDeclineDto,
  HandoffProposeDto,
  HandoffWithdrawDto,
} from './handoffs.dto';
import { handoffStatus, linkOf, senderChoice, toHandoffView } from './handoff-views';
import {
  acceptedSinceArbitration,
  activeAgencyRef,
  agencyOfficers,
  arbiterOf,
  assignOfficerFromDisposition,
  caseAttachmentIds,
  closeHandoff,
  demoteLead,
  dueHandoffs,
  handoffViews,
  insertHandoff,
  lockCaseOfHandoff,
  lockHandoff,
  makeLead,
  pendingHandoffOfCase,
  removeAgencyAssignees,
  removeParticipant,
  superadmins,
  type ILockHandoffResult,
} from './handoffs.queries';

export const HANDOFF = bilingual('Usulan pelimpahan', 'Handoff proposal');
const WORKING_ROLES = ['admin', 'petugas', 'pimpinan'];
const SWEEP_INTERVAL_MS = 15 * 60_000;

export interface HandoffExpiryJob {
  handoffId: string;
}

/** A refused handoff step: the code, and the field named in both languages. */
/** What a proposal names, from the API or from another feature (`proposeWithin`). */
export type HandoffProposal = Pick<
  HandoffProposeDto,
  'toAgencyId' | 'reason' | 'note' | 'suggestion' | 'attachmentIds' | 'senderChoice'
>;

export const handoffRefusal = (
  status: HttpStatus,
  code: ApiErrorCode,
  field: string,
  id: string,
  en: string,
) =>
  new ApiException(
    status,
    code,
    bilingual(`Pelimpahan tidak dapat diproses: ${id}`, `Handoff refused: ${en}`),
    [{ field, message: bilingual(id, en) }],
  );

/** The policy was decided for the acting agency: the writes that follow reach both agencies. */
export async function setSystemReach(manager: EntityManager, on: boolean): Promise<void> {
  await manager.query(`SELECT set_config('simpul.system', $1, true)`, [on ? 'on' : 'off']);
}

const CLOSED_TEXT: Record<Exclude<HandoffStatus, 'open'>, [string, string]> = {
  accepted: ['usulan ini sudah diterima', 'this proposal was already accepted'],
  declined: ['usulan ini sudah ditolak', 'this proposal was already declined'],
  withdrawn: [
    'usulan ini sudah ditarik pengusulnya',
    'this proposal was withdrawn by its proposer',
  ],
  expired: ['usulan ini sudah kedaluwarsa', 'this proposal has expired'],
  frozen: ['kasus ini dibekukan menunggu arbitrase', 'this case is frozen awaiting arbitration'],
  arbitrated: [
    'usulan ini sudah diputuskan melalui arbitrase',
    'this proposal was decided by arbitration',
  ],
};

/**
 * The handoff (pelimpahan) protocol, disposition and the expiry of unanswered proposals. Every step
 * runs through the case kernel under the access policy, writes a typed case event (live on open
 * pages through the outbox), an audit entry and notifications.
 */
@Injectable()
export class HandoffsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HandoffsService.name);
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly db: ActorDatabase,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly statusWriter: CaseStatusWriter,
    private readonly audit: AuditService,
    private readonly notifications: NotificationWriter,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<HandoffExpiryJob>(QUEUES.handoffExpiry, async (job) => {
      await this.expire(job.handoffId);
    });
    await this.sweep().catch((error: Error) => this.logger.warn(`handoff sweep: ${error.message}`));
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  // ------------------------------------------------------------------------------ reading

  list(actor: Actor, caseId: string): Promise<HandoffList> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager) => ({
      items: await this.views(manager, actor, { caseId }),
    }));
  }

  /** Proposals to the acting agency (open ones first, with their deadline), or from it. */
  queue(actor: Actor, direction: 'incoming' | 'outgoing'): Promise<HandoffQueue> {
    return this.db.run(actor, async (manager) => {
      if (!actor.agencyId) return { items: [] };
      // Only the acting agency's own proposals, either side: the case may be gone from its view.
      await setSystemReach(manager, true);
      const items = await this.views(manager, actor, {
        [direction === 'incoming' ? 'toAgencyId' : 'fromAgencyId']: actor.agencyId,
        limit: 100,
      });
      await setSystemReach(manager, false);
      return { items };
    });
  }

  // ------------------------------------------------------------------------------ proposing

  async propose(actor: Actor, caseId: string, body: HandoffProposeDto): Promise<HandoffView> {
    const view = await this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      this.refuseUnlessLead(access, caseId);
      const kase = await this.lockOpenCase(manager, caseId);
      return this.proposeIn(manager, actor, kase, body);
    });
    await this.scheduleExpiry(view);
    return view;
  }

  /**
   * A proposal made inside another feature's work on the case, in the caller's transaction, once
   * the caller's policy check allowed it (a split proposes its new case to the target agency).
   * The caller queues its expiry with `scheduleExpiry` after the commit (the sweep would too).
   */
  async proposeWithin(
    manager: EntityManager,
    actor: Actor | null,
    caseId: string,
    body: HandoffProposal,
  ): Promise<HandoffView> {
    return this.proposeIn(manager, actor, await this.lockOpenCase(manager, caseId), body);
  }

  /**
   * A proposal from the case's lead, in the caller's transaction (the case is locked); `actor` is
   * null when the system proposes (intake routing after the reporter sent the location).
   */
  private async proposeIn(
    manager: EntityManager,
    actor: Actor | null,
    kase: CaseRow,
    body: HandoffProposal,
  ): Promise<HandoffView> {
    const caseId = kase.id;
    if (body.toAgencyId === kase.lead_agency_id) {
      throw handoffRefusal(
        HttpStatus.BAD_REQUEST,
        'HANDOFF_TO_LEAD',
        'toAgencyId',
        'instansi tujuan sudah memimpin kasus ini',
        'the receiving agency already leads this case',
      );
    }
    const [target] = await runQuery(manager, activeAgencyRef, { agencyId: body.toAgencyId });
    if (!target) throw unknownAgency('toAgencyId');
    await this.refuseIfPending(manager, caseId);
    const attachmentIds = [...new Set(body.attachmentIds ?? [])];
    if (attachmentIds.length > 0) {
      const found = await runQuery(manager, caseAttachmentIds, { caseId, ids: attachmentIds });
      if (found.length !== attachmentIds.length) {
        throw handoffRefusal(
          HttpStatus.BAD_REQUEST,
          'VALIDATION_FAILED',
          'attachmentIds',
          'attachmentIds memuat lampiran yang bukan milik kasus ini',
          'attachmentIds names attachments that are not on this case',
        );
      }
    }
    // Ping-pong: back to an agency the case left, or past the limit of accepted handoffs.
    const chain = await runQuery(manager, acceptedSinceArbitration, { caseId });
    const left = new Set(chain.map((step) => step.from_agency_id));
    const frozen = left.has(body.toAgencyId) || chain.length >= PING_PONG_HANDOFF_LIMIT;
    let arbiterAgencyId: string | null = null;
    if (frozen) {
      const involved = [
        ...new Set([
          ...chain.flatMap((s) => [s.from_agency_id, s.to_agency_id]),
          kase.lead_agency_id,
          body.toAgencyId,
        ]),
      ];
      arbiterAgencyId =
        (await runQuery(manager, arbiterOf, { agencyIds: involved }))[0]?.id ?? null;
    }
    const calendar = await this.clocks.calendarNow();
    const deadline =
      computeDeadline(
        { kind: 'office_hours', amount: this.config.handoffExpiryWorkingHours },
        new Date(),
        [],
        calendar,
      ).deadline ?? new Date();
    const note = body.note?.trim() || null;
    const [row] = await runQuery(manager, insertHandoff, {
      caseId,
      fromAgencyId: kase.lead_agency_id,
      toAgencyId: body.toAgencyId,
      reason: body.reason,
      note,
      evidence: JSON.stringify({ suggestion: body.suggestion ?? null, attachmentIds }),
      senderChoice: body.senderChoice,
      status: frozen ? 'frozen' : 'open',
      proposedBy: actor?.userId ?? null,
      deadline,
      arbiterAgencyId,
    });
    const view = await this.one(manager, actor, row.id);
    await this.eventLog.append(manager, caseId, actor, 'case.handoff_proposed', null, {
      ...linkOf(view),
      ...(note ? { note } : {}),
      frozen,
      senderChoice: view.senderChoice,
    });
    await this.record(
      manager,
      actor,
      'case.handoff_proposed',
      caseId,
      { handoffId: view.id, toAgencyId: body.toAgencyId, reason: body.reason, frozen },
      kase.lead_agency_id,
    );
    const who = actor ? { userId: actor.userId, name: actor.name } : null;
    if (frozen) {
      const arbiters = arbiterAgencyId
        ? await this.notifications.membersOf(manager, [arbiterAgencyId], ['pimpinan'])
        : (await runQuery(manager, superadmins, undefined)).map((u) => u.id);
      await this.notifications.notify(manager, arbiters, {
        kind: 'arbitration_needed',
        caseId,
        title: `${kase.number} berpindah-pindah antarinstansi dan menunggu arbitrase`,
        body: `${view.fromAgency.shortName} mengusulkan pelimpahan ke ${view.toAgency.shortName} (${HANDOFF_REASON_LABELS[view.reason].id}); pelimpahan dibekukan sampai ada keputusan.`,
        actor: who,
      });
    } else {
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(manager, [body.toAgencyId], WORKING_ROLES),
        {
          kind: 'handoff_request',
          caseId,
          title: `${view.fromAgency.shortName} melimpahkan ${kase.number} ke instansi Anda`,
          body: `${view.publicReason.id}${note ? `: ${note}` : ''}`,
          actor: who,
        },
      );
    }
    return view;
  }

  withdraw(
    actor: Actor,
    caseId: string,
    handoffId: string,
    body: HandoffWithdrawDto,
  ): Promise<HandoffView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      this.refuseUnlessLead(access, caseId);
      await caseRepository.lock(manager, caseId);
      const handoff = await this.lockHandoff(manager, caseId, handoffId);
      if (handoff.status === 'withdrawn') return this.one(manager, actor, handoffId);
      this.refuseUnlessOpen(handoff);
      const note = body.note?.trim() || null;
      const view = await this.one(manager, actor, handoffId);
      await this.eventLog.append(manager, caseId, actor, 'case.handoff_withdrawn', null, {
        ...linkOf(view),
        ...(note ? { note } : {}),
      });
      await runQuery(manager, closeHandoff, {
        handoffId,
        status: 'withdrawn',
        answeredBy: actor.userId,
        answeredByAgencyId: actor.agencyId,
        answerReason: note,
        decidedAgencyId: null,
        ruleId: null,
      });
      await this.record(manager, actor, 'case.handoff_withdrawn', caseId, { handoffId });
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(manager, [handoff.to_agency_id], WORKING_ROLES),
        {
          kind: 'handoff_answered',
          caseId,
          title: `${view.fromAgency.shortName} menarik usulan pelimpahan ${view.caseNumber}`,
          body: note,
          actor: { userId: actor.userId, name: actor.name },
        },
      );
      await setSystemReach(manager, true);
      const closed = await this.one(manager, actor, handoffId);
      await setSystemReach(manager, false);
      return closed;
    });
  }

  // ------------------------------------------------------------------------------ answering

  /** The receiver accepts: it leads from now on; the sender stays as collaborator or leaves. */
  accept(actor: Actor, caseId: string, handoffId: string): Promise<HandoffView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      // The case row's lock serialises two accepts (and an accept with a withdrawal): the later
      // one finds the proposal answered and is refused.
      const kase = await caseRepository.lock(manager, caseId);
      if (!kase) throw notFound(HANDOFF);
      const handoff = await this.lockHandoff(manager, caseId, handoffId);
      this.refuseUnlessOpen(handoff);
      this.refuseUnlessReceiver(actor, access, handoff, caseId);
      const choice = senderChoice(handoff.sender_choice);
      await this.transferLead(
        manager,
        caseId,
        kase.lead_agency_id,
        handoff.to_agency_id,
        choice,
        actor.userId,
      );
      await caseRepository.touch(manager, caseId);
      await runQuery(manager, closeHandoff, {
        handoffId,
        status: 'accepted',
        answeredBy: actor.userId,
        answeredByAgencyId: actor.agencyId,
        answerReason: null,
        decidedAgencyId: null,
        ruleId: null,
      });
      const view = await this.one(manager, actor, handoffId);
      await this.eventLog.append(manager, caseId, actor, 'case.handoff_accepted', null, {
        ...linkOf(view),
        senderChoice: choice,
        publicReason: view.publicReason,
      });
      await this.record(manager, actor, 'case.handoff_accepted', caseId, {
        handoffId,
        senderChoice: choice,
      });
      await this.tellProposer(
        manager,
        actor,
        view,
        `${view.toAgency.shortName} menerima pelimpahan ${view.caseNumber}`,
        null,
      );
      return view;
    });
  }

  decline(
    actor: Actor,
    caseId: string,
    handoffId: string,
    body: HandoffDeclineDto,
  ): Promise<HandoffView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      await caseRepository.lock(manager, caseId);
      const handoff = await this.lockHandoff(manager, caseId, handoffId);
      this.refuseUnlessOpen(handoff);
      this.refuseUnlessReceiver(actor, access, handoff, caseId);
      const reason = body.reason.trim();
      const before = await this.one(manager, actor, handoffId);
      await this.eventLog.append(manager, caseId, actor, 'case.handoff_declined', null, {
        ...linkOf(before),
        answerReason: reason,
      });
      await this.record(manager, actor, 'case.handoff_declined', caseId, { handoffId, reason });
      await this.tellProposer(
        manager,
        actor,
        before,
        `${before.toAgency.shortName} menolak pelimpahan ${before.caseNumber}`,
        reason,
      );
      // Declining ends the receiver's reading of the case: the rest is the system's reach.
      await setSystemReach(manager, true);
      await runQuery(manager, closeHandoff, {
        handoffId,
        status: 'declined',
        answeredBy: actor.userId,
        answeredByAgencyId: actor.agencyId,
        answerReason: reason,
        decidedAgencyId: null,
        ruleId: null,
      });
      const view = await this.one(manager, actor, handoffId);
      await setSystemReach(manager, false);
      return view;
    });
  }

  // ------------------------------------------------------------------------------ expiry

  /**
   * An unanswered proposal past its deadline expires and escalates to the leaders (pimpinan) of
   * both agencies. Re-checked under the row locks, so a late or repeated job changes nothing.
   */
  async expire(handoffId: string, now = new Date()): Promise<boolean> {
    const expired = await this.dataSource.transaction(async (manager) => {
      await setSystemReach(manager, true);
      const [found] = await runQuery(manager, lockCaseOfHandoff, { handoffId });
      if (!found) return null;
      await caseRepository.lock(manager, found.case_id);
      const [handoff] = await runQuery(manager, lockHandoff, { handoffId, caseId: found.case_id });
      if (!handoff || handoff.status !== 'open') return null;
      if (handoff.deadline > now) return handoff.deadline;
      const view = await this.one(manager, null, handoffId);
      await this.eventLog.append(
        manager,
        found.case_id,
        null,
        'case.handoff_expired',
        null,
        linkOf(view),
      );
      await runQuery(manager, closeHandoff, {
        handoffId,
        status: 'expired',
        answeredBy: null,
        answeredByAgencyId: null,
        answerReason: null,
        decidedAgencyId: null,
        ruleId: null,
      });
      await this.audit.record(
        {
          action: 'case.handoff_expired',
          actorUserId: null,
          agencyId: handoff.from_agency_id,
          targetType: 'case',
          targetId: found.case_id,
          ip: null,
          details: { handoffId, toAgencyId: handoff.to_agency_id },
        },
        manager,
      );
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(
          manager,
          [handoff.from_agency_id, handoff.to_agency_id],
          ['pimpinan'],
        ),
        {
          kind: 'handoff_expired',
          caseId: found.case_id,
          title: `Usulan pelimpahan ${view.caseNumber} dari ${view.fromAgency.shortName} ke ${view.toAgency.shortName} tidak dijawab`,
          body: `Batas waktu jawaban terlewati; ${view.fromAgency.shortName} tetap memimpin kasus ini.`,
          actor: null,
        },
      );
      return true;
    });
    if (expired instanceof Date) await this.scheduleAt(handoffId, expired);
    return expired === true;
  }

  /** Queues the proposals due soon (covers a process that died before queueing its timer). */
  async sweep(): Promise<void> {
    const due = await this.dataSource.transaction(async (manager) => {
      await setSystemReach(manager, true);
      return runQuery(manager, dueHandoffs, { minutes: 30 });
    });
    for (const row of due) await this.scheduleAt(row.id, row.deadline);
  }

  async scheduleExpiry(view: HandoffView): Promise<void> {
    if (view.status === 'open') await this.scheduleAt(view.id, new Date(view.deadline));
  }

  private async scheduleAt(handoffId: string, deadline: Date): Promise<void> {
    try {
      await this.jobs.send<HandoffExpiryJob>(
        QUEUES.handoffExpiry,
        { handoffId },
        { startAfter: deadline, singletonKey: `${handoffId}:${deadline.getTime()}` },
      );
    } catch (error) {
      // The sweep queues it again within a quarter hour.
      this.logger.warn(`handoff expiry not queued: ${(error as Error).message}`);
    }
  }

  // ------------------------------------------------------------------------------ disposition

  /**
   * Disposition names its target: a unit of the agency (a child agency leads from now on, the
   * parent stays as collaborator), the agency's officers (assigned), or another agency (a
   * handoff proposal it must accept). A new or verified case is routed by it.
   */
  async dispose(actor: Actor, caseId: string, body: DispositionDto): Promise<DispositionResult> {
    const result = await this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      this.refuseUnlessLead(access, caseId);
      const kase = await this.lockOpenCase(manager, caseId);
      const note = body.note?.trim() || undefined;
      if (body.target === 'agency') {
        const handoff = await this.proposeIn(manager, actor, kase, {
          toAgencyId: body.agencyId ?? '',
          reason: body.reason ?? 'other',
          note,
          suggestion: body.suggestion ?? null,
          attachmentIds: body.attachmentIds ?? [],
          senderChoice: body.senderChoice ?? 'stay_as_collaborator',
        });
        await this.record(manager, actor, 'case.disposed', caseId, {
          target: 'agency',
          handoffId: handoff.id,
        });
        return { target: body.target, handoff };
      }
      await this.refuseIfPending(manager, caseId);
      await this.route(manager, actor, access, kase, note);
      if (body.target === 'unit') {
        const [unit] = await runQuery(manager, activeAgencyRef, { agencyId: body.agencyId ?? '' });
        if (!unit) throw unknownAgency('agencyId');
        if (unit.parent_id !== kase.lead_agency_id) {
          throw handoffRefusal(
            HttpStatus.BAD_REQUEST,
            'NOT_A_UNIT',
            'agencyId',
            'agencyId bukan unit (instansi anak) dari instansi utama kasus ini',
            "agencyId is not a unit (child agency) of the case's lead agency",
          );
        }
        await this.transferLead(
          manager,
          caseId,
          kase.lead_agency_id,
          unit.id,
          'stay_as_collaborator',
          actor.userId,
        );
        await caseRepository.touch(manager, caseId);
        await this.eventLog.append(
          manager,
          caseId,
          actor,
          'case.disposed_to_unit',
          { agencyId: kase.lead_agency_id },
          { agencyId: unit.id, agencyShortName: unit.short_name, ...(note ? { note } : {}) },
        );
        await this.notifications.notify(
          manager,
          await this.notifications.membersOf(manager, [unit.id], WORKING_ROLES),
          {
            kind: 'new_case',
            caseId,
            title: `${kase.lead_agency_short_name} mendisposisikan ${kase.number} ke ${unit.short_name}`,
            body: note ?? kase.title,
            actor: { userId: actor.userId, name: actor.name },
          },
        );
      } else {
        const userIds = [...new Set(body.userIds ?? [])];
        const officers = await runQuery(manager, agencyOfficers, {
          agencyId: kase.lead_agency_id,
          userIds,
        });
        if (userIds.length === 0 || officers.length !== userIds.length) {
          throw handoffRefusal(
            HttpStatus.BAD_REQUEST,
            'NOT_AN_OFFICER',
            'userIds',
            'userIds memuat orang yang bukan petugas aktif instansi utama kasus ini',
            "userIds names people who are not active officers of the case's lead agency",
          );
        }
        for (const officer of officers) {
          const added = await runQuery(manager, assignOfficerFromDisposition, {
            caseId,
            agencyId: kase.lead_agency_id,
            userId: officer.user_id,
            assignedBy: actor.userId,
          });
          if (added.length > 0) {
            await this.eventLog.append(manager, caseId, actor, 'case.assigned', null, {
              userId: officer.user_id,
              name: officer.name,
              agencyId: kase.lead_agency_id,
            });
          }
        }
        await this.notifications.notify(
          manager,
          officers.map((o) => o.user_id),
          {
            kind: 'new_case',
            caseId,
            title: `Disposisi ${kase.number} kepada Anda`,
            body: note ?? kase.title,
            actor: { userId: actor.userId, name: actor.name },
          },
        );
      }
      await this.record(manager, actor, 'case.disposed', caseId, {
        target: body.target,
        agencyId: body.agencyId ?? null,
        userIds: body.userIds ?? null,
      });
      return { target: body.target, handoff: null };
    });
    if (result.handoff) await this.scheduleExpiry(result.handoff);
    return result;
  }

  /**
   * A disposed case is routed ("Terdisposisi") when the status machine allows it for this person
   * (new, verified or reopened, by the lead's admin); otherwise its status stays.
   */
  private async route(
    manager: EntityManager,
    actor: Actor,
    access: CaseAccessContext,
    kase: CaseRow,
    note: string | undefined,
  ): Promise<void> {
    const decision = decideTransition(
      'route',
      kase.status,
      kase.status_before_hold,
      { kind: 'person', access },
      note,
    );
    if (!decision.ok) return;
    await this.statusWriter.apply(
      manager,
      kase.id,
      actor,
      'route',
      { from: kase.status, to: decision.to, holdFrom: decision.holdFrom },
      note,
    );
  }

  // ------------------------------------------------------------------------------ shared steps

  /**
   * Moves the lead: the old lead stays as collaborator or leaves (with its assignees; its history
   * stays in the timeline), the new one leads. `case_hand` follows the lead by trigger.
   */
  async transferLead(
    manager: EntityManager,
    caseId: string,
    fromAgencyId: string,
    toAgencyId: string,
    choice: HandoffSenderChoice,
    userId: string | null,
  ): Promise<void> {
    if (fromAgencyId === toAgencyId) return;
    await runQuery(manager, demoteLead, { caseId, agencyId: fromAgencyId });
    if (choice === 'leave') {
      await runQuery(manager, removeAgencyAssignees, { caseId, agencyId: fromAgencyId });
      await runQuery(manager, removeParticipant, { caseId, agencyId: fromAgencyId });
    }
    await runQuery(manager, makeLead, { caseId, agencyId: toAgencyId, addedBy: userId });
  }

  async views(
    manager: EntityManager,
    actor: Actor | null,
    filter: {
      caseId?: string;
      handoffIds?: string[];
      toAgencyId?: string;
      fromAgencyId?: string;
      statuses?: string[];
      limit?: number;
    },
  ): Promise<HandoffView[]> {
    const rows = await runQuery(manager, handoffViews, {
      caseId: filter.caseId ?? null,
      handoffIds: filter.handoffIds ?? null,
      toAgencyId: filter.toAgencyId ?? null,
      fromAgencyId: filter.fromAgencyId ?? null,
      statuses: filter.statuses ?? null,
      limit: filter.limit ?? 50,
    });
    return rows.map((row) => toHandoffView(row, actor ?? NO_ACTOR));
  }

  async one(manager: EntityManager, actor: Actor | null, handoffId: string): Promise<HandoffView> {
    const [view] = await this.views(manager, actor, { handoffIds: [handoffId], limit: 1 });
    if (!view) throw notFound(HANDOFF);
    return view;
  }

  async lockHandoff(
    manager: EntityManager,
    caseId: string,
    handoffId: string,
  ): Promise<ILockHandoffResult> {
    const [handoff] = await runQuery(manager, lockHandoff, { handoffId, caseId });
    if (!handoff) throw notFound(HANDOFF);
    return handoff;
  }

  private refuseUnlessLead(access: CaseAccessContext, caseId: string): void {
    if (casePolicy.proposeHandoff(access)) return;
    throw new CaseRefusal(
      forbidden(
        bilingual(
          'Hanya petugas, admin atau pimpinan instansi utama kasus ini yang dapat melimpahkan atau mendisposisikannya.',
          "Only the officers, admins or leaders of this case's lead agency can hand it over or dispose it.",
        ),
      ),
      caseId,
    );
  }

  private refuseUnlessReceiver(
    actor: Actor,
    access: CaseAccessContext,
    handoff: ILockHandoffResult,
    caseId: string,
  ): void {
    if (handoff.to_agency_id === actor.agencyId && casePolicy.answerHandoff(access)) return;
    throw new CaseRefusal(
      forbidden(
        bilingual(
          'Usulan pelimpahan dijawab oleh petugas, admin atau pimpinan instansi yang dituju.',
          'A handoff proposal is answered by the officers, admins or leaders of the receiving agency.',
        ),
      ),
      caseId,
    );
  }

  private refuseUnlessOpen(handoff: ILockHandoffResult, now = new Date()): void {
    const status = handoffStatus(handoff.status);
    if (status === 'open' && handoff.deadline > now) return;
    const [id, en] = status === 'open' ? CLOSED_TEXT.expired : CLOSED_TEXT[status];
    throw handoffRefusal(HttpStatus.CONFLICT, 'HANDOFF_CLOSED', 'handoffId', id, en);
  }

  private async refuseIfPending(manager: EntityManager, caseId: string): Promise<void> {
    const [pending] = await runQuery(manager, pendingHandoffOfCase, { caseId });
    if (!pending) return;
    if (pending.status === 'frozen') {
      throw handoffRefusal(
        HttpStatus.CONFLICT,
        'HANDOFF_FROZEN',
        'caseId',
        'kasus ini berpindah-pindah antarinstansi dan dibekukan sampai arbiter memutuskan pemiliknya',
        'this case bounced between agencies and is frozen until an arbiter decides its owner',
      );
    }
    throw handoffRefusal(
      HttpStatus.CONFLICT,
      'HANDOFF_OPEN',
      'caseId',
      'kasus ini sudah memiliki usulan pelimpahan yang terbuka',
      'this case already has an open handoff proposal',
    );
  }

  private async lockOpenCase(manager: EntityManager, caseId: string): Promise<CaseRow> {
    const kase = await caseRepository.lock(manager, caseId);
    if (!kase) throw notFound(bilingual('Kasus', 'Case'));
    if (kase.status === 'resolved' || kase.status === 'archived') {
      throw handoffRefusal(
        HttpStatus.CONFLICT,
        'NOT_POSSIBLE_NOW',
        'caseId',
        'kasus yang sudah selesai atau diarsipkan tidak dapat dilimpahkan',
        'a resolved or archived case cannot be handed over',
      );
    }
    return kase;
  }

  private async tellProposer(
    manager: EntityManager,
    actor: Actor,
    view: HandoffView,
    title: string,
    body: string | null,
  ): Promise<void> {
    await this.notifications.notify(
      manager,
      await this.notifications.membersOf(manager, [view.fromAgency.id], WORKING_ROLES),
      {
        kind: 'handoff_answered',
        caseId: view.caseId,
        title,
        body,
        actor: { userId: actor.userId, name: actor.name },
      },
    );
  }

  /** An audit entry of a step; the system's steps (actor null) are recorded for `agencyId`. */
  record(
    manager: EntityManager,
    actor: Actor | null,
    action:
      | 'case.handoff_proposed'
      | 'case.handoff_withdrawn'
      | 'case.handoff_accepted'
      | 'case.handoff_declined'
      | 'case.handoff_routed'
      | 'case.disposed',
    caseId: string,
    details: Record<string, unknown>,
    agencyId: string | null = null,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor?.userId ?? null,
        agencyId: actor?.agencyId ?? agencyId,
        targetType: 'case',
        targetId: caseId,
        ip: actor?.ip ?? null,
        details,
      },
      manager,
    );
  }
}

/** Views built for the system (expiry): nobody may act on them. */
const NO_ACTOR: Actor = {
  userId: '',
  sessionId: '',
  email: '',
  name: '',
  isSuperadmin: false,
  mustChangePassword: false,
  agencyId: null,
  role: null,
  memberships: [],
  ip: null,
};

export const unknownAgency = (field: string) =>
  handoffRefusal(
    HttpStatus.BAD_REQUEST,
    'UNKNOWN_AGENCY',
    field,
    `${field} bukan instansi aktif`,
    `${field} is not an active agency`,
  );
