import { HttpStatus, Injectable } from '@nestjs/common';
import {
  LAPOR_BUCKETS,
  type CaseDetail,
  type CaseFieldConflict,
  type CaseFieldValues,
  type CaseStatus,
} from '@simpul/contracts';
import { forbidden, notFound } from '../../access/access-errors';
import type { Actor } from '../../access/actor';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { duplicateTrackingIdOr } from '../../case-kernel/case-errors';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository } from '../../case-kernel/case-repository';
import { decideTransition, type TransitionRefusal } from '../../case-kernel/case-status.machine';
import { CaseStatusWriter } from '../../case-kernel/case-status-writer';
import { CaseRefusal, CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { refuseIfMerged } from '../../case-kernel/merge-links';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import { AuditService } from '../../audit/audit.service';
import { CaseDetailService } from '../detail/case-detail.service';
import { checkTaskGate, recordResolveOverride } from '../participants/task-gate';
import type { CaseTransitionDto, UpdateCaseDto } from '../dto/case.dto';
import { fieldConflict, futureBaseVersion } from './field-conflict';
import { linkTrackingId, lockReportTrackingId } from './updates.queries';

/** Changes to a case's facts and status, and linking a report to SP4N-LAPOR!. */
@Injectable()
export class CaseUpdatesService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly statusWriter: CaseStatusWriter,
    private readonly detail: CaseDetailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * "Ubah fakta kasus": writes the fields the person changed. Under the case's row lock, a field
   * that someone else changed after `baseVersion` (per the event log) refuses the whole edit with
   * 409 FIELD_CONFLICT, its current value and who changed it; a change to another field, a
   * comment or a status change in between does not. A field sent with the value it already has
   * is no change (a retry of an applied edit answers 200 and writes nothing).
   */
  update(actor: Actor, caseId: string, body: UpdateCaseDto): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
      const before = await caseRepository.lock(manager, caseId);
      if (!before) throw notFound(bilingual('Kasus', 'Case'));
      if (body.baseVersion > before.version) throw futureBaseVersion(before.version);
      // The editable facts: request field, column (a fixed list, never from input), value now.
      const editable = [
        ['title', '"title"', before.title],
        ['description', '"description"', before.description],
        ['locationText', '"location_text"', before.location_text],
        ['category', '"category"', before.category],
        ['classification', '"classification"', before.classification],
        ['priority', '"priority"', before.priority],
        ['incidentDate', '"incident_date"', before.incident_date],
      ] as const;
      const changes: CaseFieldValues = {};
      const previous: CaseFieldValues = {};
      const values: unknown[] = [];
      const sets: string[] = [];
      for (const [field, column, current] of editable) {
        const value = body[field];
        if (value === undefined || value === current) continue;
        changes[field] = value;
        previous[field] = current;
        values.push(value);
        // $1 is the case: the values are $2, $3, …
        sets.push(`${column} = $${values.length + 1}${field === 'incidentDate' ? '::date' : ''}`);
      }
      if (sets.length === 0) return this.detail.load(manager, caseId, access);
      if (body.baseVersion < before.version) {
        const changedSince = await this.eventLog.factChangesSince(
          manager,
          caseId,
          body.baseVersion,
        );
        const conflicts: CaseFieldConflict[] = [];
        for (const [field, , current] of editable) {
          const change = changedSince.get(field);
          if (!(field in changes) || !change) continue;
          conflicts.push({
            field,
            current,
            changedAt: change.at.toISOString(),
            changedBy: {
              userId: change.actorUserId,
              name: change.actorName,
              agencyId: change.actorAgencyId,
              agencyShortName: change.actorAgencyShortName,
            },
          });
        }
        if (conflicts.length > 0) {
          throw fieldConflict({
            version: before.version,
            conflicts,
            current: await this.detail.load(manager, caseId, access),
          });
        }
      }
      // The row is locked and its fields checked: the change applies to the version now.
      await caseRepository.touch(manager, caseId, sets, values);
      // The resolution clock (60 days) starts once the file is complete: the location is known.
      if (changes.locationText && !before.location_text) {
        await this.clocks.onLocationKnown(manager, await this.clocks.clockedCase(manager, caseId));
      }
      // Another category has other limits: the running clocks follow them from now on.
      if ('category' in changes) {
        await this.clocks.onFactsChanged(manager, await this.clocks.clockedCase(manager, caseId));
      }
      await this.eventLog.append(manager, caseId, actor, 'case.updated', previous, changes);
      return this.detail.load(manager, caseId, access);
    });
  }

  /** Moves the case through the status machine; refusals say why in both languages. */
  transition(actor: Actor, caseId: string, body: CaseTransitionDto): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const before = await this.detail.lockForChange(manager, caseId, body.version, access);
      await refuseIfMerged(manager, caseId);
      const decision = decideTransition(
        body.action,
        before.status,
        before.status_before_hold,
        { kind: 'person', access },
        body.note,
      );
      if (!decision.ok)
        throw this.transitionRefusal(decision.reason, before.status, body.action, caseId);
      const openTasks = await checkTaskGate(manager, caseId, body.action, body.overrideOpenTasks);
      await this.statusWriter.apply(
        manager,
        caseId,
        actor,
        body.action,
        { from: before.status, to: decision.to, holdFrom: decision.holdFrom },
        body.note,
      );
      if (openTasks > 0 && body.overrideOpenTasks) {
        await recordResolveOverride(
          manager,
          this.eventLog,
          this.audit,
          actor,
          caseId,
          body.overrideOpenTasks,
          openTasks,
        );
      }
      return this.detail.load(manager, caseId, access);
    });
  }

  /** Manual intake: the acting agency takes the complaint in and leads it. */

  /**
   * "Hubungkan ke LAPOR": a report that came by WhatsApp or phone turns out to be in SP4N-LAPOR! as
   * well; linking its Tracking ID lets imports update it and follow-ups be copied there. A report
   * keeps the Tracking ID it has; one Tracking ID belongs to one report across all agencies.
   */
  async linkTrackingId(
    actor: Actor,
    caseId: string,
    reportId: string,
    body: { version: number; trackingId: string },
  ): Promise<CaseDetail> {
    try {
      return await this.unitOfWork.run(actor, caseId, 'update', async (manager, access) => {
        await this.detail.lockForChange(manager, caseId, body.version, access);
        const [report] = await runQuery(manager, lockReportTrackingId, { reportId, caseId });
        if (!report) throw notFound(bilingual('Laporan', 'Report'));
        if (report.tracking_id === body.trackingId)
          return this.detail.load(manager, caseId, access);
        if (report.tracking_id) {
          throw new ApiException(
            HttpStatus.CONFLICT,
            'TRACKING_ID_ALREADY_LINKED',
            bilingual(
              `Laporan ini sudah terhubung ke Tracking ID ${report.tracking_id}`,
              `This report is already linked to Tracking ID ${report.tracking_id}`,
            ),
            [
              {
                field: 'trackingId',
                message: bilingual(
                  'laporan ini sudah punya Tracking ID',
                  'this report already has a Tracking ID',
                ),
              },
            ],
          );
        }
        await runQuery(manager, linkTrackingId, { reportId, trackingId: body.trackingId });
        await caseRepository.touch(manager, caseId);
        await this.eventLog.append(manager, caseId, actor, 'case.report_linked', null, {
          reportId,
          trackingId: body.trackingId,
        });
        return this.detail.load(manager, caseId, access);
      });
    } catch (error) {
      throw duplicateTrackingIdOr(error);
    }
  }

  private transitionRefusal(
    reason: TransitionRefusal,
    status: CaseStatus,
    action: string,
    caseId: string,
  ): ApiException | CaseRefusal {
    if (reason === 'not_allowed') {
      return new CaseRefusal(
        forbidden(
          bilingual(
            'Peran Anda di kasus ini tidak dapat melakukan tindakan ini.',
            'Your role on this case cannot take this action.',
          ),
        ),
        caseId,
      );
    }
    if (reason === 'note_required') {
      return new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual('Data tidak valid: note wajib diisi', 'Invalid input: note is required'),
        [
          {
            field: 'note',
            message: bilingual(
              'note wajib diisi untuk tindakan ini',
              'note is required for this action',
            ),
          },
        ],
      );
    }
    return new ApiException(
      HttpStatus.CONFLICT,
      'INVALID_TRANSITION',
      bilingual(
        `Tindakan ${action} tidak dapat dilakukan saat status kasus ${LAPOR_BUCKETS[status]} (${status}).`,
        `Action ${action} is not possible while the case is ${status}.`,
      ),
      [
        {
          field: 'action',
          message: bilingual(
            `${action} tidak berlaku dari status ${status}`,
            `${action} does not apply from status ${status}`,
          ),
        },
      ],
    );
  }
}
