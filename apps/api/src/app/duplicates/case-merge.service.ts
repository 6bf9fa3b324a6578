import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PARTICIPANT_ROLES, type ApiErrorCode, type CaseDetail } from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { caseAccess, CaseUnitOfWork, CaseRefusal } from '../case-kernel/case-unit-of-work';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseStatusWriter } from '../case-kernel/case-status-writer';
import { decideTransition } from '../case-kernel/case-status.machine';
import { moveReportRows } from '../case-kernel/report-rows';
import { CaseDetailService } from '../cases/detail/case-detail.service';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import {
  copyAssignees,
  joinParticipants,
  lockMergeCases,
  markMerged,
  moveReports,
  voidOtherRequests,
} from './case-merge.queries';
import type { MergeCaseDto } from './dto/duplicates.dto';
import { caseRepository, caseStatus } from '../case-kernel/case-repository';

/** Raised inside the transaction; answered with the current case once it has rolled back. */
class StaleVersion extends Error {}

/** Who carries a merge out, and on whose say-so. */
export interface MergeMandate {
  /** The surviving case's version the user saw (immediate merges); requests carry none. */
  version?: number;
  /** The accepted merge request, named on both timelines. */
  requestId?: string;
  /**
   * The duplicate's lead agency accepted a request: it may not read the surviving case until the
   * merge makes it a participant, so the writes run with the transaction's system setting (the
   * policy was decided before, for both agencies).
   */
  acceptedByDuplicateLead?: boolean;
}

export const mergeRefusal = (
  status: HttpStatus,
  code: ApiErrorCode,
  field: string,
  id: string,
  en: string,
) =>
  new ApiException(
    status,
    code,
    bilingual(`Kasus tidak dapat digabung: ${id}`, `The cases cannot be merged: ${en}`),
    [{ field, message: bilingual(id, en) }],
  );

/** A case is never merged into itself (400 naming `duplicateCaseId`). */
export function refuseSelfMerge(survivingId: string, duplicateId: string): void {
  if (duplicateId !== survivingId) return;
  throw mergeRefusal(
    HttpStatus.BAD_REQUEST,
    'INVALID_MERGE',
    'duplicateCaseId',
    'duplicateCaseId tidak boleh kasus ini sendiri',
    'duplicateCaseId cannot be this case itself',
  );
}

/**
 * The acting agency's relations to the duplicate; one it may not read is "not found" (never
 * revealing that it exists), refused outside the rolled-back work.
 */
export async function readableDuplicate(
  manager: EntityManager,
  actor: Actor,
  duplicateId: string,
): Promise<CaseAccessContext> {
  const duplicateAccess = await caseAccess(manager, actor, duplicateId);
  if (casePolicy.read(duplicateAccess)) return duplicateAccess;
  throw new CaseRefusal(
    mergeRefusal(
      HttpStatus.NOT_FOUND,
      'NOT_FOUND',
      'duplicateCaseId',
      'duplicateCaseId tidak ditemukan atau Anda tidak berwenang melihatnya',
      'duplicateCaseId was not found or is not visible to you',
    ),
    duplicateId,
  );
}

/**
 * Merges a duplicate into the surviving case, in one transaction: the duplicate's reports move
 * (every reporter and LAPOR Tracking ID kept, each report with its own intake agency), its
 * agencies join the surviving case (the lead as collaborator, never dropped), its officers stay
 * assigned, it is archived through the status machine (which stops its clocks), both cases point
 * at each other and both timelines say so. Any failure rolls everything back.
 *
 * Only the agency that leads both cases merges at once; when another agency leads the duplicate,
 * the merge is a request that agency accepts (MergeRequestsService), carried out here too.
 */
@Injectable()
export class CaseMergeService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly statusWriter: CaseStatusWriter,
    private readonly cases: CaseDetailService,
  ) {}

  async merge(actor: Actor, survivingId: string, body: MergeCaseDto): Promise<CaseDetail> {
    refuseSelfMerge(survivingId, body.duplicateCaseId);
    try {
      await this.unitOfWork.run(actor, survivingId, 'read', (manager, access) =>
        this.mergeInTransaction(manager, actor, survivingId, body, access),
      );
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      const current = await this.cases.detail(actor, survivingId);
      throw new ApiException(
        HttpStatus.CONFLICT,
        'STALE_VERSION',
        bilingual(
          'Kasus telah diubah orang lain sejak Anda membukanya. Periksa perubahan terbaru lalu gabungkan lagi.',
          'Someone else changed the case since you opened it. Review the latest version and merge again.',
        ),
        [
          {
            field: 'version',
            message: bilingual(
              `versi terbaru adalah ${current.version}`,
              `the latest version is ${current.version}`,
            ),
          },
        ],
        { current },
      );
    }
    return this.cases.detail(actor, survivingId);
  }

  private async mergeInTransaction(
    manager: EntityManager,
    actor: Actor,
    survivingId: string,
    body: MergeCaseDto,
    access: Awaited<ReturnType<typeof caseAccess>>,
  ): Promise<void> {
    const duplicateId = body.duplicateCaseId;
    const duplicateAccess = await readableDuplicate(manager, actor, duplicateId);
    if (!casePolicy.merge(access, duplicateAccess)) {
      throw new CaseRefusal(
        casePolicy.requestMerge(access, duplicateAccess)
          ? new ApiException(
              HttpStatus.FORBIDDEN,
              'MERGE_NEEDS_REQUEST',
              bilingual(
                'Kasus ganda ini dipimpin instansi lain: kirim permintaan penggabungan, yang diterima atau ditolak instansi utamanya.',
                'Another agency leads this duplicate: send a merge request, which its lead agency accepts or declines.',
              ),
              [
                {
                  field: 'duplicateCaseId',
                  message: bilingual(
                    'instansi Anda tidak memimpin kasus ini',
                    'your agency does not lead this case',
                  ),
                },
              ],
            )
          : forbidden(
              bilingual(
                'Hanya admin atau petugas instansi utama kedua kasus yang dapat menggabungkan kasus ganda.',
                'Only the admins or officers of the agency that leads both cases can merge them.',
              ),
            ),
        survivingId,
      );
    }
    await this.carryOut(manager, actor, survivingId, duplicateId, { version: body.version });
  }

  /**
   * The merge itself, inside the caller's transaction, once the policy allowed it: locks both
   * cases, checks they can still be merged, moves everything and writes both timelines.
   */
  async carryOut(
    manager: EntityManager,
    actor: Actor,
    survivingId: string,
    duplicateId: string,
    mandate: MergeMandate,
  ): Promise<void> {
    if (mandate.acceptedByDuplicateLead) await setSystemReach(manager, true);
    // Both rows locked in one order, so two opposite merges cannot deadlock.
    const locked = (
      await runQuery(manager, lockMergeCases, { caseIds: [survivingId, duplicateId] })
    ).map((row) => ({
      ...row,
      status: caseStatus(row.status),
      status_before_hold:
        row.status_before_hold === null ? null : caseStatus(row.status_before_hold),
    }));
    const surviving = locked.find((c) => c.id === survivingId);
    const duplicate = locked.find((c) => c.id === duplicateId);
    if (!surviving || !duplicate) throw new Error('a case to merge is not visible');
    if (mandate.version !== undefined && surviving.version !== mandate.version)
      throw new StaleVersion();
    if (surviving.merged_into_case_id) {
      throw mergeRefusal(
        HttpStatus.CONFLICT,
        'ALREADY_MERGED',
        'caseId',
        `kasus ${surviving.number} sendiri sudah digabung ke kasus lain`,
        `case ${surviving.number} itself was already merged into another case`,
      );
    }
    if (duplicate.merged_into_case_id) {
      throw mergeRefusal(
        HttpStatus.CONFLICT,
        'ALREADY_MERGED',
        'duplicateCaseId',
        `kasus ${duplicate.number} sudah digabung sebelumnya`,
        `case ${duplicate.number} was already merged`,
      );
    }
    const decision = decideTransition(
      'merge',
      duplicate.status,
      duplicate.status_before_hold,
      { kind: 'system' },
      undefined,
    );
    if (!decision.ok) {
      throw mergeRefusal(
        HttpStatus.CONFLICT,
        'INVALID_MERGE',
        'duplicateCaseId',
        `kasus ${duplicate.number} sudah selesai atau diarsipkan (${duplicate.status}); hanya kasus terbuka yang dapat digabung`,
        `case ${duplicate.number} is already ${duplicate.status}; only open cases can be merged`,
      );
    }

    const reports = await runQuery(manager, moveReports, { survivingId, duplicateId });
    const reportIds = reports.map((r) => r.id);
    await moveReportRows(manager, survivingId, duplicateId, reportIds);

    await runQuery(manager, markMerged, { duplicateId, survivingId, mergedBy: actor.userId });
    await caseRepository.touch(manager, survivingId);
    const trackingIds = reports.flatMap((r) => (r.tracking_id ? [r.tracking_id] : []));
    const request = mandate.requestId ? { requestId: mandate.requestId } : {};
    await this.eventLog.append(manager, survivingId, actor, 'case.merged_from', null, {
      caseId: duplicateId,
      number: duplicate.number,
      title: duplicate.title,
      reportIds,
      trackingIds,
      ...request,
    });
    await this.joinParticipants(manager, actor, survivingId, duplicateId, duplicate.number);

    await this.statusWriter.apply(
      manager,
      duplicateId,
      actor,
      'merge',
      { from: duplicate.status, to: decision.to, holdFrom: decision.holdFrom },
      `Digabung ke ${surviving.number}`,
    );
    await this.eventLog.append(
      manager,
      duplicateId,
      actor,
      'case.merged_into',
      { status: duplicate.status },
      {
        caseId: survivingId,
        number: surviving.number,
        title: surviving.title,
        reportIds,
        trackingIds,
        ...request,
      },
    );
    // Requests about the archived duplicate can no longer be carried out.
    await runQuery(manager, voidOtherRequests, {
      duplicateId,
      requestId: mandate.requestId ?? null,
      note: `merged into ${surviving.number}`,
    });
    if (mandate.acceptedByDuplicateLead) await setSystemReach(manager, false);
  }

  /**
   * The duplicate's agencies take part in the surviving case: its lead and collaborators as
   * collaborators, its observers as observers; an observer already there who worked the
   * duplicate becomes a collaborator. Its assigned officers stay assigned.
   */
  private async joinParticipants(
    manager: EntityManager,
    actor: Actor,
    survivingId: string,
    duplicateId: string,
    duplicateNumber: string,
  ): Promise<void> {
    const joined = await runQuery(manager, joinParticipants, {
      survivingId,
      duplicateId,
      addedBy: actor.userId,
    });
    for (const p of joined) {
      await this.eventLog.append(
        manager,
        survivingId,
        actor,
        'case.participant_added',
        p.inserted ? null : { agencyId: p.agency_id, role: 'observer' },
        {
          agencyId: p.agency_id,
          role: checkedText(PARTICIPANT_ROLES, p.role, 'case_participant.role'),
          mergedFrom: duplicateNumber,
        },
      );
    }
    const assigned = await runQuery(manager, copyAssignees, {
      survivingId,
      duplicateId,
      assignedBy: actor.userId,
    });
    for (const a of assigned) {
      await this.eventLog.append(manager, survivingId, actor, 'case.assigned', null, {
        userId: a.user_id,
        name: a.name,
        agencyId: a.agency_id,
        mergedFrom: duplicateNumber,
      });
    }
  }
}

/**
 * The transaction-local setting with which `simpul_case_visible()` lets a statement reach every
 * case (the public reads use it too); switched off again as soon as the decided work is done.
 */
export async function setSystemReach(manager: EntityManager, on: boolean): Promise<void> {
  await manager.query(`SELECT set_config('simpul.system', $1, true)`, [on ? 'on' : 'off']);
}
