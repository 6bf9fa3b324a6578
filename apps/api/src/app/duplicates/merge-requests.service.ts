import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  MEMBERSHIP_ROLES,
  MERGE_REQUEST_STATUSES,
  PARTICIPANT_ROLES,
  type CaseParticipant,
  type MergeRequestList,
  type MergeRequestStatus,
  type MergeRequestView,
} from '@simpul/contracts';
import { CASE_RELATIONS, casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { caseAccess, CaseUnitOfWork, CaseRefusal } from '../case-kernel/case-unit-of-work';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { caseStatus } from '../case-kernel/case-repository';
import { decideTransition } from '../case-kernel/case-status.machine';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import { NotificationWriter } from '../notifications/notification-writer';
import {
  CaseMergeService,
  mergeRefusal,
  readableDuplicate,
  refuseSelfMerge,
  setSystemReach,
} from './case-merge.service';
import type { MergeRequestCreateDto, MergeRequestDeclineDto } from './dto/duplicates.dto';
import {
  agencyRelations,
  decideRequest,
  insertRequest,
  joinedSince as joinedSinceQuery,
  leadAgency,
  loadRequests,
  lockRequest,
  lockRequestCases,
  pendingRequest,
  requesterRole,
  type ILoadRequestsResult,
  type Json,
} from './merge-requests.queries';

/** A request as merge-requests.sql's LoadRequests reads it, its status and agencies narrowed. */
interface RequestRow extends Omit<ILoadRequestsResult, 'status' | 'surviving_participants'> {
  status: MergeRequestStatus;
  surviving_participants: CaseParticipant[];
}

function toRequestRow(row: ILoadRequestsResult): RequestRow {
  return {
    ...row,
    status: checkedText(MERGE_REQUEST_STATUSES, row.status, 'case_merge_request.status'),
    surviving_participants: participantsOf(row.surviving_participants),
  };
}

/** The JSON array of `{ agencyId, agencyShortName, role }` LoadRequests builds, checked. */
function participantsOf(value: Json): CaseParticipant[] {
  if (!Array.isArray(value)) throw new Error('surviving_participants is not an array');
  return value.map((p) => {
    if (
      p === null ||
      typeof p !== 'object' ||
      Array.isArray(p) ||
      typeof p['agencyId'] !== 'string' ||
      typeof p['agencyShortName'] !== 'string' ||
      typeof p['role'] !== 'string'
    ) {
      throw new Error('surviving_participants holds an entry that is not a participant');
    }
    return {
      agencyId: p['agencyId'],
      agencyShortName: p['agencyShortName'],
      role: checkedText(PARTICIPANT_ROLES, p['role'], 'case_participant.role'),
    };
  });
}

/** Raised inside the accept transaction: the request can no longer be carried out. */
class VoidRequest {
  constructor(
    readonly reason: string,
    readonly error: ApiException,
  ) {}
}

const requestGone = () => notFound(bilingual('Permintaan penggabungan', 'Merge request'));

/**
 * Merge requests: when another agency leads the duplicate, the surviving case's lead asks, and the
 * duplicate's lead accepts (the merge is carried out then, as CaseMergeService does it) or
 * declines. Both timelines record each step; the duplicate's lead agency is notified of a request
 * and the requester of the decision. Acceptance re-checks what the request relied on: a requester
 * who lost the lead of the surviving case, or no longer reads the duplicate, voids it.
 */
@Injectable()
export class MergeRequestsService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly merges: CaseMergeService,
    private readonly notifications: NotificationWriter,
  ) {}

  /** Requests on a case, either side: the pending ones first, then the last decided ones. */
  list(actor: Actor, caseId: string): Promise<MergeRequestList> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager) => ({
      items: await this.load(manager, actor, caseId, null),
    }));
  }

  /** Asks the duplicate's lead agency; one pending request per pair (sending it again returns it). */
  async request(
    actor: Actor,
    survivingId: string,
    body: MergeRequestCreateDto,
  ): Promise<{ created: boolean; request: MergeRequestView }> {
    const duplicateId = body.duplicateCaseId;
    refuseSelfMerge(survivingId, duplicateId);
    return this.unitOfWork.run(actor, survivingId, 'read', async (manager, access) => {
      const duplicateAccess = await readableDuplicate(manager, actor, duplicateId);
      if (casePolicy.merge(access, duplicateAccess)) {
        throw mergeRefusal(
          HttpStatus.CONFLICT,
          'MERGE_DIRECTLY',
          'duplicateCaseId',
          'instansi Anda memimpin kedua kasus: gabungkan langsung',
          'your agency leads both cases: merge them directly',
        );
      }
      if (!casePolicy.requestMerge(access, duplicateAccess)) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Hanya admin atau petugas instansi utama kasus ini yang dapat meminta penggabungan.',
              "Only the admins or officers of this case's lead agency can request a merge.",
            ),
          ),
          survivingId,
        );
      }
      // Locked in one order with the merge itself, so a request and a merge cannot deadlock.
      const locked = (
        await runQuery(manager, lockRequestCases, { caseIds: [survivingId, duplicateId] })
      ).map((row) => ({
        ...row,
        status: caseStatus(row.status),
        status_before_hold:
          row.status_before_hold === null ? null : caseStatus(row.status_before_hold),
      }));
      for (const kase of locked) {
        if (kase.merged_into_case_id) {
          throw mergeRefusal(
            HttpStatus.CONFLICT,
            'ALREADY_MERGED',
            kase.id === survivingId ? 'caseId' : 'duplicateCaseId',
            `kasus ${kase.number} sudah digabung ke kasus lain`,
            `case ${kase.number} was already merged into another case`,
          );
        }
      }
      const duplicate = locked.find((c) => c.id === duplicateId);
      if (
        !duplicate ||
        !decideTransition(
          'merge',
          duplicate.status,
          duplicate.status_before_hold,
          { kind: 'system' },
          undefined,
        ).ok
      ) {
        throw mergeRefusal(
          HttpStatus.CONFLICT,
          'INVALID_MERGE',
          'duplicateCaseId',
          `kasus ${duplicate?.number ?? ''} sudah selesai atau diarsipkan; hanya kasus terbuka yang dapat digabung`,
          `case ${duplicate?.number ?? ''} is already closed; only open cases can be merged`,
        );
      }
      const [existing] = await runQuery(manager, pendingRequest, { survivingId, duplicateId });
      if (existing) {
        return { created: false, request: await this.one(manager, actor, existing.id) };
      }
      const note = body.note?.trim() || null;
      if (!actor.agencyId) throw new Error('a merge request needs an acting agency');
      const [row] = await runQuery(manager, insertRequest, {
        survivingId,
        duplicateId,
        requestedBy: actor.userId,
        requestedByAgencyId: actor.agencyId,
        note,
      });
      const view = await this.one(manager, actor, row.id);
      // Each timeline is read by all who read its case: it names the other case by number only.
      const link = { requestId: row.id, ...(note ? { note } : {}) };
      await this.eventLog.append(manager, survivingId, actor, 'case.merge_requested', null, {
        ...link,
        direction: 'outgoing',
        caseId: duplicateId,
        number: view.duplicate.number,
      });
      await this.eventLog.append(manager, duplicateId, actor, 'case.merge_requested', null, {
        ...link,
        direction: 'incoming',
        caseId: survivingId,
        number: view.surviving.number,
      });
      const [lead] = await runQuery(manager, leadAgency, { caseId: duplicateId });
      await this.notifications.notify(
        manager,
        await this.notifications.membersOf(manager, [lead.agency_id], ['admin', 'petugas']),
        {
          kind: 'merge_request',
          caseId: duplicateId,
          title: `${view.requestedByAgencyShortName} meminta ${view.duplicate.number} digabung ke ${view.surviving.number}`,
          body: note ?? view.surviving.title,
          actor: { userId: actor.userId, name: actor.name },
        },
      );
      return { created: true, request: view };
    });
  }

  /**
   * The duplicate's lead accepts: the merge is carried out now. Accepting an accepted request
   * again answers the same (a retry after a lost answer changes nothing).
   */
  async accept(actor: Actor, duplicateId: string, requestId: string): Promise<MergeRequestView> {
    try {
      return await this.unitOfWork.run(actor, duplicateId, 'read', async (manager, access) => {
        const request = await this.lockPending(manager, actor, duplicateId, requestId, access);
        if (request.status === 'accepted') return this.one(manager, actor, requestId);
        await this.refuseUnlessStillValid(manager, request);
        await this.merges.carryOut(manager, actor, request.surviving_case_id, duplicateId, {
          requestId,
          acceptedByDuplicateLead: true,
        });
        await this.decide(manager, actor, requestId, 'accepted', null);
        await this.tellRequester(manager, actor, request, 'accepted');
        return this.one(manager, actor, requestId);
      });
    } catch (error) {
      if (!(error instanceof VoidRequest)) throw error;
      // The refusal rolled the transaction back: record the void on its own.
      await this.unitOfWork.run(actor, duplicateId, 'read', async (manager) => {
        const request = await this.lockRequest(manager, duplicateId, requestId);
        if (request?.status !== 'pending') return;
        await this.decide(manager, actor, requestId, 'void', error.reason);
        await this.bothTimelines(manager, actor, request, 'case.merge_request_void', {
          reason: error.reason,
        });
      });
      throw error.error;
    }
  }

  /** The duplicate's lead declines; nothing moves. */
  decline(
    actor: Actor,
    duplicateId: string,
    requestId: string,
    body: MergeRequestDeclineDto,
  ): Promise<MergeRequestView> {
    return this.unitOfWork.run(actor, duplicateId, 'read', async (manager, access) => {
      const request = await this.lockPending(manager, actor, duplicateId, requestId, access);
      if (request.status !== 'pending') {
        throw new ApiException(
          HttpStatus.CONFLICT,
          'MERGE_REQUEST_DECIDED',
          bilingual(
            'Permintaan penggabungan ini sudah diputuskan.',
            'This merge request was already decided.',
          ),
          [{ field: 'requestId', message: bilingual('sudah diputuskan', 'already decided') }],
        );
      }
      const note = body.note?.trim() || null;
      await this.decide(manager, actor, requestId, 'declined', note);
      await this.bothTimelines(
        manager,
        actor,
        request,
        'case.merge_request_declined',
        note ? { note } : {},
      );
      await this.tellRequester(manager, actor, request, 'declined');
      return this.one(manager, actor, requestId);
    });
  }

  /** Records the decision on a pending request, locked by the caller. */
  private async decide(
    manager: EntityManager,
    actor: Actor,
    requestId: string,
    status: Exclude<MergeRequestStatus, 'pending'>,
    decisionNote: string | null,
  ): Promise<void> {
    if (!actor.agencyId) throw new Error('a merge request is decided by an acting agency');
    const decided = await runQuery(manager, decideRequest, {
      requestId,
      status,
      decidedBy: actor.userId,
      decidedByAgencyId: actor.agencyId,
      decisionNote,
    });
    if (decided.length !== 1) throw new Error(`merge request ${requestId} changed under its lock`);
  }

  /** The request on this duplicate, locked; only its lead agency's admins and petugas decide. */
  private async lockPending(
    manager: EntityManager,
    actor: Actor,
    duplicateId: string,
    requestId: string,
    access: CaseAccessContext,
  ): Promise<RequestRow> {
    const request = await this.lockRequest(manager, duplicateId, requestId);
    if (!request) throw requestGone();
    if (!casePolicy.decideMerge(access)) {
      throw new CaseRefusal(
        forbidden(
          bilingual(
            'Permintaan penggabungan diputuskan oleh admin atau petugas instansi utama kasus ini.',
            "Merge requests are decided by the admins or officers of this case's lead agency.",
          ),
        ),
        duplicateId,
      );
    }
    if (request.status === 'declined' || request.status === 'void') {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'MERGE_REQUEST_DECIDED',
        bilingual(
          `Permintaan penggabungan ini sudah ${request.status === 'void' ? 'tidak berlaku' : 'ditolak'}.`,
          `This merge request was already ${request.status === 'void' ? 'voided' : 'declined'}.`,
        ),
        [{ field: 'requestId', message: bilingual('sudah diputuskan', 'already decided') }],
      );
    }
    return request;
  }

  /**
   * A request on this duplicate (which the caller reads), with the surviving case's number and
   * title, which its decider may not read yet.
   */
  private async lockRequest(
    manager: EntityManager,
    duplicateId: string,
    requestId: string,
  ): Promise<RequestRow | undefined> {
    const [locked] = await runQuery(manager, lockRequest, { requestId, duplicateId });
    if (!locked) return undefined;
    await setSystemReach(manager, true);
    const [request] = await runQuery(manager, loadRequests, { caseId: null, requestId });
    await setSystemReach(manager, false);
    return request ? toRequestRow(request) : undefined;
  }

  /**
   * What the request relied on must still hold when it is accepted: the requesting agency leads
   * the surviving case and reads the duplicate, through a person who may still ask for merges.
   */
  private async refuseUnlessStillValid(manager: EntityManager, request: RequestRow): Promise<void> {
    const [requester] = await runQuery(manager, requesterRole, {
      userId: request.requested_by,
      agencyId: request.requested_by_agency_id,
    });
    const role = requester
      ? checkedText(MEMBERSHIP_ROLES, requester.role, 'membership.role')
      : null;
    const relationsOf = async (caseId: string): Promise<CaseAccessContext> => {
      const [row] = await runQuery(manager, agencyRelations, {
        caseId,
        agencyId: request.requested_by_agency_id,
        role,
      });
      const relations = (row?.relations ?? []).flatMap((name) => {
        const relation = CASE_RELATIONS.find((known) => known === name);
        return relation ? [relation] : [];
      });
      return { relations, role, agencyId: request.requested_by_agency_id };
    };
    const surviving = await relationsOf(request.surviving_case_id);
    const duplicate = await relationsOf(request.duplicate_case_id);
    // The requester asked knowing the duplicate's agencies; agencies that joined it since (an
    // observer invited, a case merged into it) would join the surviving case unasked.
    const [joinedSince] = await runQuery(manager, joinedSinceQuery, {
      caseId: request.duplicate_case_id,
      since: request.requested_at,
    });
    if (joinedSince.n > 0) {
      throw new VoidRequest(
        'agencies joined this case after the request',
        new ApiException(
          HttpStatus.CONFLICT,
          'MERGE_REQUEST_VOID',
          bilingual(
            `Permintaan tidak berlaku lagi: instansi baru bergabung di kasus ini setelah ${request.requested_by_agency} meminta penggabungan. ${request.requested_by_agency} dapat mengirim permintaan baru.`,
            `The request no longer applies: agencies joined this case after ${request.requested_by_agency} asked. ${request.requested_by_agency} may send a new request.`,
          ),
          [
            {
              field: 'requestId',
              message: bilingual('permintaan tidak berlaku lagi', 'the request no longer applies'),
            },
          ],
        ),
      );
    }
    if (!role || !casePolicy.requestMerge(surviving, duplicate)) {
      throw new VoidRequest(
        'the requesting agency no longer leads the surviving case or reads this case',
        new ApiException(
          HttpStatus.CONFLICT,
          'MERGE_REQUEST_VOID',
          bilingual(
            `Permintaan tidak berlaku lagi: ${request.requested_by_agency} tidak lagi memimpin ${request.surviving_number} atau tidak lagi dapat melihat kasus ini.`,
            `The request no longer applies: ${request.requested_by_agency} no longer leads ${request.surviving_number} or can no longer see this case.`,
          ),
          [
            {
              field: 'requestId',
              message: bilingual('permintaan tidak berlaku lagi', 'the request no longer applies'),
            },
          ],
        ),
      );
    }
  }

  private async bothTimelines(
    manager: EntityManager,
    actor: Actor,
    request: RequestRow,
    type: 'case.merge_request_declined' | 'case.merge_request_void',
    extra: Record<string, unknown>,
  ): Promise<void> {
    await this.eventLog.append(manager, request.duplicate_case_id, actor, type, null, {
      requestId: request.id,
      direction: 'incoming',
      caseId: request.surviving_case_id,
      number: request.surviving_number,
      ...extra,
    });
    // The deciding agency may not read the surviving case: its timeline entry is the system's reach.
    await setSystemReach(manager, true);
    await this.eventLog.append(manager, request.surviving_case_id, actor, type, null, {
      requestId: request.id,
      direction: 'outgoing',
      caseId: request.duplicate_case_id,
      number: request.duplicate_number,
      ...extra,
    });
    await setSystemReach(manager, false);
  }

  private async tellRequester(
    manager: EntityManager,
    actor: Actor,
    request: RequestRow,
    decision: 'accepted' | 'declined',
  ): Promise<void> {
    if (!request.requested_by) return;
    const outcome =
      decision === 'accepted'
        ? `${request.duplicate_number} digabung ke ${request.surviving_number}`
        : `Permintaan menggabungkan ${request.duplicate_number} ke ${request.surviving_number} ditolak`;
    await this.notifications.notify(manager, [request.requested_by], {
      kind: 'merge_request',
      caseId: request.surviving_case_id,
      title: outcome,
      body: `${outcome}: ${request.duplicate_title}`,
      actor: { userId: actor.userId, name: actor.name },
    });
  }

  private async one(manager: EntityManager, actor: Actor, id: string): Promise<MergeRequestView> {
    const [view] = await this.load(manager, actor, null, id);
    if (!view) throw requestGone();
    return view;
  }

  /**
   * A request names both cases, so it is listed only to those who may know both: readers of the
   * duplicate who read the surviving case too, or who take part in the duplicate (the request
   * discloses the surviving case to them: they decide on it, or join it, without reading it yet).
   * A coordinator or observer of the surviving case does not learn of a case it cannot read.
   */
  private async load(
    manager: EntityManager,
    actor: Actor,
    caseId: string | null,
    requestId: string | null,
  ): Promise<MergeRequestView[]> {
    await setSystemReach(manager, true);
    const rows = (await runQuery(manager, loadRequests, { caseId, requestId })).map(toRequestRow);
    await setSystemReach(manager, false);
    const views: MergeRequestView[] = [];
    for (const row of rows) {
      const duplicate = await caseAccess(manager, actor, row.duplicate_case_id);
      if (!casePolicy.read(duplicate)) continue;
      const takesPart = duplicate.relations.some((r) => r.startsWith('participant:'));
      if (!takesPart && !casePolicy.read(await caseAccess(manager, actor, row.surviving_case_id)))
        continue;
      const canDecide = row.status === 'pending' && casePolicy.decideMerge(duplicate);
      views.push({
        id: row.id,
        status: row.status,
        surviving: {
          caseId: row.surviving_case_id,
          number: row.surviving_number,
          title: row.surviving_title,
        },
        survivingParticipants: row.surviving_participants,
        duplicate: {
          caseId: row.duplicate_case_id,
          number: row.duplicate_number,
          title: row.duplicate_title,
        },
        requestedByAgencyShortName: row.requested_by_agency,
        requestedByName: row.requested_by_name,
        requestedAt: row.requested_at.toISOString(),
        note: row.note,
        decidedAt: row.decided_at?.toISOString() ?? null,
        decidedByName: row.decided_by_name,
        decisionNote: row.decision_note,
        canDecide,
      });
    }
    return views;
  }
}
