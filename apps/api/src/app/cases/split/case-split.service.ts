import { HttpStatus, Injectable } from '@nestjs/common';
import { CASE_CATEGORIES, type SplitCaseResponse } from '@simpul/contracts';
import { forbidden, notFound } from '../../access/access-errors';
import { casePolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { staleVersion } from '../../case-kernel/case-errors';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository } from '../../case-kernel/case-repository';
import { CASE, CaseRefusal, CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { refuseIfMerged } from '../../case-kernel/merge-links';
import { moveReportRows } from '../../case-kernel/report-rows';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import { HandoffsService } from '../handoffs/handoffs.service';
import { refusal } from '../participants/collaboration-errors';
import { agencyName } from '../participants/participants.queries';
import type { SplitCaseDto } from './split.dto';
import {
  caseReportIds,
  insertSplitCase,
  insertSplitLead,
  moveReports,
  newSplitCaseId,
  splitCaseNumber,
} from './split.queries';

const invalidSplit = (field: string, id: string, en: string) =>
  refusal(
    HttpStatus.BAD_REQUEST,
    'INVALID_SPLIT',
    bilingual(`Kasus tidak dapat dipecah: ${id}`, `The case cannot be split: ${en}`),
    field,
    bilingual(id, en),
  );

/**
 * Splitting a complaint that covers segments of two owners into linked cases, in one
 * transaction: the chosen reports (and the rows that belong to them) move to a new case led by
 * the splitting agency; the original keeps at least one report (a one-report complaint keeps its
 * report and the new case is only linked). When another agency should own the new case, the new
 * case is proposed to it as a handoff (pelimpahan) in the same transaction: it accepts (and leads)
 * or declines, like any handoff.
 */
@Injectable()
export class CaseSplitService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly audit: AuditService,
    private readonly handoffs: HandoffsService,
  ) {}

  async split(actor: Actor, caseId: string, body: SplitCaseDto): Promise<SplitCaseResponse> {
    const result = await this.splitIn(actor, caseId, body);
    if (result.handoff) await this.handoffs.scheduleExpiry(result.handoff);
    return result;
  }

  private splitIn(actor: Actor, caseId: string, body: SplitCaseDto): Promise<SplitCaseResponse> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.manageParticipants(access) || !actor.agencyId) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Hanya petugas instansi pemimpin kasus yang memecah kasus.',
              "Only the lead agency's staff split a case.",
            ),
          ),
          caseId,
        );
      }
      const source = await caseRepository.lock(manager, caseId);
      if (!source) throw notFound(CASE);
      if (source.version !== body.version) throw staleVersion({ version: source.version });
      await refuseIfMerged(manager, caseId);
      const reports = (await runQuery(manager, caseReportIds, { caseId })).map((r) => r.id);
      const chosen = [...new Set(body.reportIds)];
      const unknown = chosen.filter((id) => !reports.includes(id));
      if (unknown.length > 0) {
        throw invalidSplit(
          'reportIds',
          'reportIds memuat laporan yang bukan milik kasus ini',
          'reportIds names reports that do not belong to this case',
        );
      }
      if (chosen.length > 0 && chosen.length >= reports.length) {
        throw invalidSplit(
          'reportIds',
          'kasus asal harus menyimpan setidaknya satu laporan (aduan dengan satu laporan tetap menyimpan laporannya)',
          'the original case keeps at least one report (a one-report complaint keeps its report)',
        );
      }
      if (body.targetAgencyId) {
        const [agency] = await runQuery(manager, agencyName, { agencyId: body.targetAgencyId });
        if (!agency) {
          throw refusal(
            HttpStatus.BAD_REQUEST,
            'UNKNOWN_AGENCY',
            bilingual('Instansi tidak dikenal', 'Unknown agency'),
            'targetAgencyId',
            bilingual(
              'targetAgencyId bukan instansi aktif',
              'targetAgencyId is not an active agency',
            ),
          );
        }
      }
      const reason = body.reason.trim();
      const title = body.title.trim();
      const [{ id: newCaseId }] = await runQuery(manager, newSplitCaseId, undefined);
      // The new row is not visible to its creator before its lead exists: no RETURNING here.
      await runQuery(manager, insertSplitCase, {
        id: newCaseId,
        title,
        intakeAgencyId: actor.agencyId,
        sourceId: caseId,
      });
      await runQuery(manager, insertSplitLead, {
        caseId: newCaseId,
        agencyId: actor.agencyId,
        addedBy: actor.userId,
      });
      const moved =
        chosen.length > 0
          ? (
              await runQuery(manager, moveReports, {
                toCaseId: newCaseId,
                fromCaseId: caseId,
                reportIds: chosen,
              })
            ).map((r) => r.id)
          : [];
      await moveReportRows(manager, newCaseId, caseId, moved);
      const [created] = await runQuery(manager, splitCaseNumber, { caseId: newCaseId });
      await this.eventLog.append(manager, newCaseId, actor, 'case.created', null, {
        status: 'new',
        title,
        channel: source.channel,
        category: CASE_CATEGORIES.find((known) => known === source.category),
      });
      await this.eventLog.append(manager, newCaseId, actor, 'case.split_from', null, {
        caseId,
        number: source.number,
        title: source.title,
        reportIds: moved,
        reason,
      });
      await this.clocks.onCreated(manager, await this.clocks.clockedCase(manager, newCaseId));
      await caseRepository.touch(manager, caseId);
      await this.eventLog.append(manager, caseId, actor, 'case.split_into', null, {
        caseId: newCaseId,
        number: created.number,
        title,
        reportIds: moved,
        reason,
      });
      await this.audit.record(
        {
          action: 'case.split',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'case',
          targetId: caseId,
          ip: actor.ip,
          details: {
            newCaseId,
            reportIds: moved,
            targetAgencyId: body.targetAgencyId ?? null,
            reason,
          },
        },
        manager,
      );
      // The splitting agency leads the new case until the target accepts the proposal.
      const handoff =
        body.targetAgencyId && body.targetAgencyId !== actor.agencyId
          ? await this.handoffs.proposeWithin(manager, actor, newCaseId, {
              toAgencyId: body.targetAgencyId,
              reason: body.handoffReason ?? 'road_status',
              // The officer's reason; the case's split event names the case it came from.
              note: reason.slice(0, 2000),
              suggestion: null,
              attachmentIds: [],
              senderChoice: body.senderChoice ?? 'stay_as_collaborator',
            })
          : null;
      return {
        caseId,
        newCaseId,
        newCaseNumber: created.number,
        movedReportIds: moved,
        handoff,
      };
    });
  }
}
