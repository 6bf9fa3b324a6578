import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  LAPOR_BUCKETS,
  type CaseStatus,
  type PublicHandoffStep,
  type PublicTrackingView,
  type TrackingLinkResponse,
} from '@simpul/contracts';
import { casePolicy } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { newSecureToken, tokenMatches } from '../auth/secure-token';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { caseStatus } from '../case-kernel/case-repository';
import { CaseRefusal, CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { decideTransition } from '../case-kernel/case-status.machine';
import { CaseStatusWriter } from '../case-kernel/case-status-writer';
import { CommentWriter } from '../comments/comment-writer';
import { runQuery } from '../database/typed-query';
import {
  confirmTracking,
  disputeTracking,
  issueTracking,
  lockCaseStatus,
  previousRating,
  rateCase,
  reportCaseNumber,
  trackingCandidates,
} from './reporter-tracking.queries';

/** The case a token opens: the report it belongs to and where that report is now. */
interface TrackedReport {
  reportId: string;
  caseId: string;
  confirmedAt: Date | null;
  disputedAt: Date | null;
  /** Kept on the reply for officers allowed to see it; null for an anonymous reporter. */
  reporterName: string | null;
}

/** Statuses in which the agency says the work is done, so the reporter may confirm or dispute. */
const DONE: readonly CaseStatus[] = ['followed_up', 'resolved'];
/** Statuses in which the handling can be rated. */
const RATEABLE: readonly CaseStatus[] = ['followed_up', 'resolved', 'archived'];

/** Unknown case, missing token and wrong token all look the same: nothing is shown. */
const nothingHere = () =>
  new ApiException(
    HttpStatus.NOT_FOUND,
    'INVALID_TRACKING_LINK',
    bilingual(
      'Laporan tidak ditemukan. Periksa nomor laporan dan kode pelacakan dari pesan petugas.',
      'Report not found. Check the report number and the tracking code from the officer’s message.',
    ),
  );

const notNow = (what: string, en: string) =>
  new ApiException(HttpStatus.CONFLICT, 'NOT_POSSIBLE_NOW', bilingual(what, en));

/** `<PUBLIC_URL>/lacak/<number>#t=<token>`: the token stays in the fragment, out of server logs. */
export function trackingUrl(publicUrl: string, caseNumber: string, token: string): string {
  return `${publicUrl}/lacak/${encodeURIComponent(caseNumber)}#t=${token}`;
}

/**
 * The reporter's tracking page (issue 4, point 9): a secret token per report; behind it the status
 * in plain words, public replies, the agencies that took the case over; the reporter replies,
 * confirms, disputes (which reopens the case through the status machine) and rates 1–5 stars.
 * Everything the reporter does lands on the case timeline in the same transaction.
 */
@Injectable()
export class ReporterTrackingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly statusWriter: CaseStatusWriter,
    private readonly eventLog: CaseEventLog,
    private readonly comments: CommentWriter,
  ) {}

  /** A new link for one report; the previous link of that report stops working. */
  issueLink(actor: Actor, caseId: string, reportId: string): Promise<TrackingLinkResponse> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      if (!casePolicy.issueTrackingLink(access)) {
        throw new CaseRefusal(
          forbidden(
            bilingual(
              'Tautan pelacakan diberikan oleh petugas instansi utama kasus ini.',
              "Tracking links are given by the case's lead agency staff.",
            ),
          ),
          caseId,
        );
      }
      return this.issueIn(manager, actor, caseId, reportId);
    });
  }

  /** Issues the link inside the caller's transaction; the caller checked the policy. */
  async issueIn(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    reportId: string,
  ): Promise<TrackingLinkResponse> {
    const [report] = await runQuery(manager, reportCaseNumber, { reportId, caseId });
    if (!report) throw notFound(bilingual('Laporan', 'Report'));
    const { token, hash } = newSecureToken();
    const [row] = await runQuery(manager, issueTracking, {
      reportId,
      caseId,
      tokenHash: hash,
      issuedBy: actor.userId,
    });
    await this.eventLog.append(manager, caseId, actor, 'case.tracking_link_issued', null, {
      reportId,
      replaced: row.replaced,
    });
    return {
      reportId,
      url: trackingUrl(this.config.publicUrl, report.number, token),
      token,
      issuedAt: row.issued_at.toISOString(),
    };
  }

  view(caseNumber: string, token: string | undefined): Promise<PublicTrackingView> {
    return this.asReporter(caseNumber, token, (manager, tracked) =>
      this.loadView(manager, tracked),
    );
  }

  reply(caseNumber: string, token: string | undefined, body: string): Promise<PublicTrackingView> {
    return this.asReporter(caseNumber, token, async (manager, tracked) => {
      const comment = await this.comments.insertReporterReply(manager, {
        caseId: tracked.caseId,
        reportId: tracked.reportId,
        authorName: tracked.reporterName,
        body: body.trim(),
      });
      await this.eventLog.append(manager, tracked.caseId, null, 'case.reporter_replied', null, {
        reportId: tracked.reportId,
        commentId: comment.id,
      });
      return this.loadView(manager, tracked);
    });
  }

  /** The reporter says the problem is solved; a followed-up case is resolved by it. */
  confirm(caseNumber: string, token: string | undefined): Promise<PublicTrackingView> {
    return this.asReporter(caseNumber, token, async (manager, tracked) => {
      const status = await this.lockStatus(manager, tracked.caseId);
      if (!DONE.includes(status.status) || tracked.confirmedAt) {
        throw notNow(
          'Laporan ini belum dinyatakan selesai oleh petugas, atau sudah Anda konfirmasi.',
          'The agency has not reported this as done yet, or you already confirmed it.',
        );
      }
      await runQuery(manager, confirmTracking, { reportId: tracked.reportId });
      await this.eventLog.append(manager, tracked.caseId, null, 'case.reporter_confirmed', null, {
        reportId: tracked.reportId,
        status: status.status,
      });
      if (status.status === 'followed_up') {
        const decision = decideTransition(
          'resolve',
          status.status,
          status.before,
          {
            kind: 'system',
          },
          undefined,
        );
        if (decision.ok) {
          await this.statusWriter.apply(
            manager,
            tracked.caseId,
            null,
            'resolve',
            { from: status.status, to: decision.to, holdFrom: null },
            'Pelapor mengonfirmasi masalah sudah selesai',
          );
        }
      }
      return this.loadView(manager, { ...tracked, confirmedAt: new Date() });
    });
  }

  /** The reporter says it is not solved: the case is reopened through the status machine. */
  dispute(
    caseNumber: string,
    token: string | undefined,
    reason: string,
  ): Promise<PublicTrackingView> {
    return this.asReporter(caseNumber, token, async (manager, tracked) => {
      const status = await this.lockStatus(manager, tracked.caseId);
      const decision = decideTransition(
        'reopen',
        status.status,
        status.before,
        { kind: 'system' },
        reason,
      );
      if (!DONE.includes(status.status) || !decision.ok) {
        throw notNow(
          'Laporan ini belum dinyatakan selesai oleh petugas, jadi belum dapat disanggah.',
          'The agency has not reported this as done yet, so it cannot be disputed.',
        );
      }
      // The reporter's own words; the timeline says in the reader's language that they disputed.
      const note = reason.trim();
      await runQuery(manager, disputeTracking, { reportId: tracked.reportId });
      await this.eventLog.append(manager, tracked.caseId, null, 'case.reporter_disputed', null, {
        reportId: tracked.reportId,
        status: status.status,
        reason: reason.trim(),
      });
      await this.statusWriter.apply(
        manager,
        tracked.caseId,
        null,
        'reopen',
        { from: status.status, to: decision.to, holdFrom: null },
        note,
      );
      return this.loadView(manager, { ...tracked, confirmedAt: null, disputedAt: new Date() });
    });
  }

  /** One rating per report; the reporter may change it, and each change is on the timeline. */
  rate(
    caseNumber: string,
    token: string | undefined,
    stars: number,
    comment: string | undefined,
  ): Promise<PublicTrackingView> {
    return this.asReporter(caseNumber, token, async (manager, tracked) => {
      const status = await this.lockStatus(manager, tracked.caseId);
      if (!RATEABLE.includes(status.status)) {
        throw notNow(
          'Penilaian dapat diberikan setelah petugas menindaklanjuti laporan Anda.',
          'You can rate the handling once the agency has followed up on your report.',
        );
      }
      const [before] = await runQuery(manager, previousRating, { reportId: tracked.reportId });
      const text = comment?.trim() || null;
      await runQuery(manager, rateCase, {
        reportId: tracked.reportId,
        caseId: tracked.caseId,
        stars,
        comment: text,
      });
      await this.eventLog.append(
        manager,
        tracked.caseId,
        null,
        'case.reporter_rated',
        before ? { stars: before.stars } : null,
        { reportId: tracked.reportId, stars, ...(text ? { comment: text } : {}) },
      );
      return this.loadView(manager, tracked);
    });
  }

  /**
   * Public routes carry no actor: the token is the authorisation. The case number picks the
   * candidate reports (those now on the case, and those whose link was issued on it before a
   * merge); the token is compared with each stored hash in constant time.
   */
  private asReporter<T>(
    caseNumber: string,
    token: string | undefined,
    work: (manager: EntityManager, tracked: TrackedReport) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const candidates = await runQuery(manager, trackingCandidates, {
        caseNumber: caseNumber.trim().toUpperCase(),
      });
      const presented = token?.trim() ?? '';
      const match = candidates.find((c) => tokenMatches(presented, c.token_hash));
      if (!presented || !match) throw nothingHere();
      return work(manager, {
        reportId: match.report_id,
        caseId: match.case_id,
        confirmedAt: match.confirmed_at,
        disputedAt: match.disputed_at,
        reporterName: match.reporter_name,
      });
    });
  }

  private async lockStatus(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ status: CaseStatus; before: CaseStatus | null }> {
    const [row] = await runQuery(manager, lockCaseStatus, { caseId });
    return {
      status: caseStatus(row.status),
      before: row.status_before_hold === null ? null : caseStatus(row.status_before_hold),
    };
  }

  /** Only what the reporter may see: agencies by name, never officers, contacts or internal notes. */
  private async loadView(
    manager: EntityManager,
    tracked: TrackedReport,
  ): Promise<PublicTrackingView> {
    const [kase]: {
      number: string;
      title: string;
      status: CaseStatus;
      created_at: Date;
      lead_name: string;
      intake_name: string;
      ever_confidential: boolean;
    }[] = await manager.query(
      `SELECT c.number, c.title, c.status, c.created_at, la.name AS lead_name, ia.name AS intake_name,
              c.ever_confidential
       FROM "case" c
       JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
       JOIN agency la ON la.id = lp.agency_id
       JOIN case_report r ON r.id = $2
       JOIN agency ia ON ia.id = r.intake_agency_id
       WHERE c.id = $1`,
      [tracked.caseId, tracked.reportId],
    );
    const events: { at: Date; type: string; after: Record<string, unknown> | null }[] =
      await manager.query(
        `SELECT at, type, after FROM case_event
         WHERE case_id = $1 AND type IN ('case.status_changed', 'case.participant_added', 'case.handoff_accepted', 'case.handoff_routed', 'case.arbitrated', 'case.disposed_to_unit')
         ORDER BY seq`,
        [tracked.caseId],
      );
    const agencyIds = [
      ...new Set(
        events
          .filter((e) => e.type !== 'case.status_changed')
          .map((e) => leadAgencyOf(e))
          .filter((id): id is string => id !== null),
      ),
    ];
    const agencies: { id: string; name: string }[] = agencyIds.length
      ? await manager.query(`SELECT id, name FROM agency WHERE id = ANY($1::uuid[])`, [agencyIds])
      : [];
    const agencyName = new Map(agencies.map((a) => [a.id, a.name]));

    const handoffs: PublicHandoffStep[] = [
      { at: kase.created_at.toISOString(), agencyName: kase.intake_name, kind: 'intake' },
    ];
    for (const event of events) {
      if (event.type === 'case.status_changed') continue;
      const id = leadAgencyOf(event);
      const name = id ? agencyName.get(id) : undefined;
      const role =
        event.type === 'case.participant_added' ? stringOf(event.after?.['role']) : 'lead';
      // Observers are asked something; they do not take the case over.
      if (!name || (role !== 'lead' && role !== 'collaborator')) continue;
      // A handoff says why ("ruas jalan nasional"), never a bare "not our authority".
      const reason = bilingualOf(event.after?.['publicReason']);
      handoffs.push({
        at: event.at.toISOString(),
        agencyName: name,
        kind: role,
        ...(reason ? { reason } : {}),
      });
    }

    const statusHistory = [
      {
        at: kase.created_at.toISOString(),
        status: 'new' as CaseStatus,
        laporBucket: LAPOR_BUCKETS.new,
        followUpText: null,
      },
      ...events
        .filter((e) => e.type === 'case.status_changed')
        .map((e) => {
          const status = (stringOf(e.after?.['status']) ?? 'new') as CaseStatus;
          // The follow-up note is the text written for the reporter (and LAPOR); other notes are internal.
          const followUp = e.after?.['action'] === 'follow_up' ? stringOf(e.after?.['note']) : null;
          return {
            at: e.at.toISOString(),
            status,
            laporBucket: LAPOR_BUCKETS[status] ?? LAPOR_BUCKETS.new,
            followUpText: followUp,
          };
        }),
    ];

    const replies: {
      id: string;
      created_at: Date;
      author_kind: 'officer' | 'reporter';
      agency_name: string | null;
      body: string;
    }[] = await manager.query(
      `SELECT cc.id, cc.created_at, cc.author_kind, a.name AS agency_name, cc.body
       FROM case_comment cc LEFT JOIN agency a ON a.id = cc.author_agency_id
       WHERE cc.case_id = $1 AND cc.visibility = 'public' AND cc.deleted_at IS NULL AND cc.body IS NOT NULL
         AND (cc.author_kind = 'officer' OR cc.report_id = $2)
       ORDER BY cc.created_at, cc.id`,
      [tracked.caseId, tracked.reportId],
    );
    const [rating]: { stars: number; comment: string | null; updated_at: Date }[] =
      await manager.query(
        `SELECT stars, comment, updated_at FROM reporter_rating WHERE report_id = $1`,
        [tracked.reportId],
      );
    const done = DONE.includes(kase.status);
    return {
      caseNumber: kase.number,
      // A case that ever held a rahasia report keeps its words out of every public output; a
      // tracking link is often forwarded, and a merge may have joined another reporter's case.
      title: kase.ever_confidential ? kase.number : kase.title,
      status: kase.status,
      laporBucket: LAPOR_BUCKETS[kase.status],
      leadAgencyName: kase.lead_name,
      createdAt: kase.created_at.toISOString(),
      statusHistory,
      replies: replies.map((r) => ({
        id: r.id,
        at: r.created_at.toISOString(),
        authorKind: r.author_kind === 'reporter' ? 'reporter' : 'agency',
        agencyName: r.author_kind === 'reporter' ? null : r.agency_name,
        body: r.body,
      })),
      handoffs,
      confirmedAt: tracked.confirmedAt?.toISOString() ?? null,
      disputedAt: tracked.disputedAt?.toISOString() ?? null,
      rating: rating
        ? { stars: rating.stars, comment: rating.comment, ratedAt: rating.updated_at.toISOString() }
        : null,
      can: {
        reply: true,
        confirm: done && !tracked.confirmedAt,
        dispute: done,
        rate: RATEABLE.includes(kase.status),
      },
    };
  }
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** The agency that leads after a handoff, an arbitration or a disposition to a unit, or joins. */
function leadAgencyOf(event: {
  type: string;
  after: Record<string, unknown> | null;
}): string | null {
  if (event.type === 'case.arbitrated') return stringOf(event.after?.['ownerAgencyId']);
  return stringOf(event.after?.['toAgencyId']) ?? stringOf(event.after?.['agencyId']);
}

function bilingualOf(value: unknown): { id: string; en: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const id: unknown = Reflect.get(value, 'id');
  const en: unknown = Reflect.get(value, 'en');
  return typeof id === 'string' && typeof en === 'string' ? { id, en } : null;
}
