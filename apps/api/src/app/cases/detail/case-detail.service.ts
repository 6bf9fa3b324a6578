import { AreasService } from '../../areas/areas.service';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AREA_SOURCES,
  type AreaSource,
  type CaseDetail,
  type CaseEvent,
  type CaseParticipant,
  type ParticipantRole,
  type RevealedIdentity,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../../access/access-policy';
import { forbidden, notFound } from '../../access/access-errors';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { bilingual } from '../../common/bilingual';
import { queryRows } from '../../database/query-rows';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { staleVersion } from '../../case-kernel/case-errors';
import { CaseEventLog } from '../../case-kernel/case-event-log';
import { caseRepository, type CaseRow } from '../../case-kernel/case-repository';
import { availableActions } from '../../case-kernel/case-status.machine';
import { CASE, CaseRefusal, CaseUnitOfWork } from '../../case-kernel/case-unit-of-work';
import { loadMergeLinks } from '../../case-kernel/merge-links';
import { runQuery } from '../../database/typed-query';
import { locationExtras } from '../location/case-location.queries';
import { open311MediaUrl } from './case-detail.queries';
import { identityOf, toReportView, toSummary, worstState, type ReportRow } from './case-views';

/** The case page: the case with its participants, people, reports, clocks and time in hand. */
/** The stored area source, or null for a value this version does not know. */
function areaSourceOf(value: string | null): AreaSource | null {
  return AREA_SOURCES.find((source) => source === value) ?? null;
}

@Injectable()
export class CaseDetailService {
  constructor(
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly audit: AuditService,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly areas: AreasService,
  ) {}

  detail(actor: Actor, caseId: string): Promise<CaseDetail> {
    return this.unitOfWork.run(actor, caseId, 'read', (manager, access) =>
      this.load(manager, caseId, access),
    );
  }

  /** The timeline after a sequence number, for catching up (and, later, for live resync). */
  events(actor: Actor, caseId: string, afterSeq: number): Promise<CaseEvent[]> {
    return this.unitOfWork.run(actor, caseId, 'read', (manager) =>
      this.eventLog.after(manager, caseId, afterSeq),
    );
  }

  revealIdentity(actor: Actor, caseId: string, reportId: string): Promise<RevealedIdentity> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const [report] = await queryRows<ReportRow>(
        manager,
        `SELECT * FROM case_report WHERE id = $1 AND case_id = $2`,
        [reportId, caseId],
      );
      if (!report) throw notFound(bilingual('Laporan', 'Report'));
      if (!casePolicy.revealIdentity(access, identityOf(report))) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Identitas pelapor anonim hanya dapat dibuka oleh admin instansi penerima aduan.',
              "An anonymous reporter's identity can only be revealed by the intake agency's admins.",
            ),
          ),
          caseId,
        );
      }
      await this.audit.record(
        {
          action: 'identity.revealed',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'case_report',
          targetId: report.id,
          ip: actor.ip,
          details: { caseId },
        },
        manager,
      );
      return {
        reportId: report.id,
        name: report.reporter_name,
        contact: report.reporter_contact,
        nik: report.reporter_nik,
      };
    });
  }

  /** Locks the case row and checks the version the user saw: 409 with the current state if stale. */
  async lockForChange(
    manager: EntityManager,
    caseId: string,
    version: number,
    access: CaseAccessContext,
  ): Promise<CaseRow> {
    const row = await caseRepository.lock(manager, caseId);
    if (!row) throw notFound(CASE);
    if (row.version !== version) throw staleVersion(await this.load(manager, caseId, access));
    return row;
  }

  async load(
    manager: EntityManager,
    caseId: string,
    access: CaseAccessContext,
  ): Promise<CaseDetail> {
    const row = await caseRepository.load(manager, caseId);
    if (!row) throw notFound(CASE);
    const participants = await queryRows<{
      agency_id: string;
      short_name: string;
      role: ParticipantRole;
    }>(
      manager,
      `SELECT p.agency_id, a.short_name, p.role FROM case_participant p JOIN agency a ON a.id = p.agency_id
       WHERE p.case_id = $1 ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, a.short_name`,
      [caseId],
    );
    const clocks = await this.clocks.views(manager, caseId);
    const assignees = await queryRows<{
      user_id: string;
      name: string;
      agency_id: string;
      short_name: string;
      assigned_at: Date;
    }>(
      manager,
      `SELECT ca.user_id, u.name, ca.agency_id, a.short_name, ca.assigned_at
         FROM case_assignee ca JOIN app_user u ON u.id = ca.user_id JOIN agency a ON a.id = ca.agency_id
         WHERE ca.case_id = $1 ORDER BY a.short_name, u.name`,
      [caseId],
    );
    const reports = await queryRows<ReportRow>(
      manager,
      `SELECT * FROM case_report WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );
    const merge = await loadMergeLinks(manager, caseId);
    const [extras] = await runQuery(manager, locationExtras, { caseId });
    const [open311] = await runQuery(manager, open311MediaUrl, { caseId });
    const hands = await queryRows<{
      agency_id: string;
      short_name: string;
      seconds: number;
      since: Date | null;
    }>(
      manager,
      `SELECT h.agency_id, a.short_name,
              sum(extract(epoch FROM coalesce(h.ended_at, now()) - h.started_at))::float8 AS seconds,
              max(h.started_at) FILTER (WHERE h.ended_at IS NULL) AS since
         FROM case_hand h JOIN agency a ON a.id = h.agency_id
        WHERE h.case_id = $1 GROUP BY h.agency_id, a.short_name ORDER BY min(h.started_at)`,
      [caseId],
    );
    return {
      ...toSummary(row),
      description: row.description,
      locationText: row.location_text,
      location: {
        lat: row.lat,
        lng: row.lng,
        addressText: row.location_text,
        provinceCode: row.province_code,
        regencyCode: row.regency_code,
        districtCode: row.district_code,
        villageCode: row.village_code,
        confidence: row.location_confidence,
        source: row.location_source,
        updatedAt: row.location_updated_at?.toISOString() ?? null,
        areaNames: await this.areas.namesOf({
          regencyCode: row.regency_code,
          districtCode: row.district_code,
          villageCode: row.village_code,
        }),
        areaSource: areaSourceOf(extras?.area_source ?? null),
        landmark: extras?.location_landmark ?? null,
      },
      incidentDate: row.incident_date,
      intakeAgencyId: row.intake_agency_id,
      participants: participants.map((p): CaseParticipant => ({
        agencyId: p.agency_id,
        agencyShortName: p.short_name,
        role: p.role,
      })),
      assignees: assignees.map((a) => ({
        userId: a.user_id,
        name: a.name,
        agencyId: a.agency_id,
        agencyShortName: a.short_name,
        assignedAt: a.assigned_at.toISOString(),
      })),
      reports: reports.map((report) => toReportView(report, access)),
      tags: row.tags,
      permissions: {
        update: casePolicy.update(access),
        inviteObserver: casePolicy.inviteObserver(access),
        comment: casePolicy.comment(access),
        replyPublicly: casePolicy.replyPublicly(access),
        moderateComments: casePolicy.moderateComments(access),
        messageReporter: casePolicy.issueTrackingLink(access),
        addEvidence: casePolicy.addEvidence(access),
        // A merged duplicate is a closed record: its work continues on the surviving case.
        actions: merge.mergedInto
          ? []
          : availableActions(row.status, row.status_before_hold, access),
      },
      clocks,
      slaState: worstState(clocks),
      timeInHand: hands.map((h) => ({
        agencyId: h.agency_id,
        agencyShortName: h.short_name,
        seconds: Math.round(h.seconds),
        holding: h.since !== null,
        since: h.since?.toISOString() ?? null,
      })),
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
      mergedInto: merge.mergedInto,
      mergedFrom: merge.mergedFrom,
      roadStatus: await this.clocks.roadStatus(manager, caseId),
      potholeClock: await this.clocks.potholeClockReason(manager, caseId, clocks),
      open311MediaUrl: open311?.media_url ?? null,
    };
  }
}
