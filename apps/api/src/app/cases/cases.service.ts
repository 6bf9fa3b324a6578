import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  LAPOR_BUCKETS,
  type OfficerWorkload,
  type InboxPage,
  type LocationConfidence,
  type CaseClockView,
  type SlaState,
  type CaseEvent,
  type CasePriority,
  type CaseStatus,
  type CaseDetail,
  CaseParticipant,
  CaseReportView,
  CaseSummary,
  ParticipantRole,
  RevealedIdentity,
  INBOX_EXACT_COUNT_LIMIT,
  INBOX_QUICK_COUNT_LIMIT,
  type InboxCount,
} from '@simpul/contracts';
import { casePolicy, type CaseAccessContext, type ReportIdentity } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/keyset-cursor';
import { bilingual } from '../common/bilingual';
import type {
  CaseTransitionDto,
  CreateCaseDto,
  InviteObserverDto,
  UpdateCaseDto,
} from './dto/case.dto';
import type { InboxQueryDto } from './dto/inbox-query.dto';
import { inboxSql, type InboxCursor } from './inbox-sql';
import { queryRows } from '../database/query-rows';
import { CaseClocks } from './case-clocks';
import { caseAccess, CaseGuard, CaseRefusal, type CasePermission } from './case-guard';
import { CaseStatusWriter } from './case-status-writer';
import { deriveCaseLocation } from '../location/derive-case-location';
import { PlacesService } from '../location/places.service';
import { NotificationWriter } from '../notifications/notification-writer';
import { CaseEventLog } from './case-event-log';
import { loadMergeLinks, refuseIfMerged } from '../duplicates/merge-links';
import { availableActions, decideTransition, type TransitionRefusal } from './case-status.machine';

const CASE = bilingual('Kasus', 'Case');

interface CaseRow {
  id: string;
  number: string;
  title: string;
  description: string;
  classification: CaseSummary['classification'];
  channel: CaseSummary['channel'];
  category: string;
  status: CaseStatus;
  status_before_hold: CaseStatus | null;
  priority: CasePriority;
  tags: string[];
  regency_code: string | null;
  lat: number | null;
  lng: number | null;
  province_code: string | null;
  district_code: string | null;
  village_code: string | null;
  location_confidence: LocationConfidence;
  location_source: string | null;
  location_updated_at: Date | null;
  location_text: string | null;
  incident_date: string | null;
  intake_agency_id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  lead_agency_id: string;
  lead_agency_short_name: string;
}

interface ReportRow {
  id: string;
  tracking_id: string | null;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_nik: string | null;
  anonymous: boolean;
  confidential: boolean;
  /** The agency that took this report in (moves with the report in a merge). */
  intake_agency_id: string;
}

/** What the identity rules read of a report. */
const identityOf = (report: ReportRow): ReportIdentity => ({
  anonymous: report.anonymous,
  intakeAgencyId: report.intake_agency_id,
});

const CASE_COLUMNS = `c.id, c.number, c.title, c.description, c.classification, c.channel, c.category, c.status,
  c.status_before_hold, c.priority, c.tags, c.lat, c.lng, c.province_code, c.district_code, c.village_code,
  c.location_confidence, c.location_source, c.location_updated_at,
  c.regency_code, c.location_text, to_char(c.incident_date, 'YYYY-MM-DD') AS incident_date, c.intake_agency_id,
  c.version, c.created_at, c.updated_at, lp.agency_id AS lead_agency_id, la.short_name AS lead_agency_short_name`;
/**
 * The inbox's page of case ids comes from the narrow entries (see inbox-sql.ts); the columns come
 * through \`case_inbox\`, the view that applies the access policy's readable-agency rule in a form
 * the planner can serve from indexes (see migration AddCaseInboxView), and the lead agency through
 * \`case_inbox_lead\`, under the same rule (migration AddInboxLeadView).
 */
const INBOX_FROM = `case_inbox c
  JOIN case_inbox_lead lp ON lp.case_id = c.id
  JOIN agency la ON la.id = lp.agency_id`;
const CASE_FROM = `"case" c
  JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
  JOIN agency la ON la.id = lp.agency_id`;

@Injectable()
export class CasesService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly audit: AuditService,
    private readonly eventLog: CaseEventLog,
    private readonly clocks: CaseClocks,
    private readonly statusWriter: CaseStatusWriter,
    private readonly places: PlacesService,
    private readonly guard: CaseGuard,
    private readonly notifications: NotificationWriter,
  ) {}

  /** The cases the acting agency may read; row-level security does the filtering. */
  list(actor: Actor): Promise<CaseSummary[]> {
    return this.db.run(actor, async (manager) => {
      const rows: CaseRow[] = await manager.query(
        `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} ORDER BY c.created_at DESC, c.id LIMIT 200`,
      );
      return rows.map((row) => this.toSummary(row));
    });
  }

  /**
   * The inbox: filters, Indonesian full-text search with typo tolerance, keyset pagination (stable
   * under inserts), newest first or by nearest deadline. Row-level security limits it to what the
   * acting agency may read. The list's SLA state is taken from stored deadlines (due soon = within
   * 24 hours); the case page computes it exactly on the working-day calendar.
   */
  inbox(actor: Actor, query: InboxQueryDto): Promise<InboxPage> {
    const limit = query.limit ?? 25;
    const position = decodeKeysetCursor(query.cursor, { allowInfinity: true });
    const cursor = position && { key: position.at, id: position.id };
    return this.db.run(actor, async (manager) => {
      const sql = await this.inboxStatements(manager, actor, query, {
        limit,
        cursor,
        countLimit: INBOX_QUICK_COUNT_LIMIT,
      });
      // The page and the count in one statement; the count row comes even when the page is empty.
      const result = await queryRows<
        CaseRow & {
          next_deadline: Date | null;
          escalated: boolean;
          sort_key: Date;
          total_n: number;
          total_scanned: number;
        }
      >(
        manager,
        `WITH ${sql.ctes ? `${sql.ctes}, ` : ''}total AS (${sql.count})
         SELECT ${CASE_COLUMNS}, c.next_deadline, c.sla_escalated AS escalated, p.sort_key,
                total.n AS total_n, total.scanned AS total_scanned
         FROM total LEFT JOIN (${INBOX_FROM} JOIN (${sql.page}) p ON p.case_id = c.id) ON true
         ORDER BY p.sort_key ${sql.order}, p.case_id ${sql.order}`,
        sql.params,
      );
      const { total_n: n, total_scanned: scanned } = result[0];
      const rows = result.filter((row) => row.id !== null);
      const estimate = n > sql.countLimit || scanned >= sql.countScanLimit;
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => ({
          ...this.toSummary(row),
          nextDeadline: row.next_deadline?.toISOString() ?? null,
          slaState: listSlaState(row.next_deadline),
          escalated: row.escalated,
          lat: row.lat,
          lng: row.lng,
          locationConfidence: row.location_confidence,
          tags: row.tags,
        })),
        nextCursor: rows.length > limit && last ? encodeKeysetCursor(last.sort_key, last.id) : null,
        total: estimate ? sql.countLimit : n,
        totalIsEstimate: estimate,
      };
    });
  }

  /** The inbox's matches for the same filters, exact up to INBOX_EXACT_COUNT_LIMIT. */
  inboxCount(actor: Actor, query: InboxQueryDto): Promise<InboxCount> {
    return this.db.run(actor, async (manager) => {
      const sql = await this.inboxStatements(manager, actor, query, {
        limit: 0,
        cursor: null,
        countLimit: INBOX_EXACT_COUNT_LIMIT,
      });
      const [{ n, scanned }] = await queryRows<{ n: number; scanned: number }>(
        manager,
        `${sql.ctes ? `WITH ${sql.ctes} ` : ''}${sql.count}`,
        sql.params,
      );
      const estimate = n > sql.countLimit || scanned >= sql.countScanLimit;
      return { total: estimate ? sql.countLimit : n, totalIsEstimate: estimate };
    });
  }

  /**
   * The inbox's statements for this actor: row-level security's readable set as the explicit list
   * of agencies whose entries to read, and the search query built once, in one round trip.
   */
  private async inboxStatements(
    manager: EntityManager,
    actor: Actor,
    query: InboxQueryDto,
    page: { limit: number; cursor: InboxCursor | null; countLimit: number },
  ) {
    const [{ agencies, tsquery }] = await queryRows<{ agencies: string[]; tsquery: string | null }>(
      manager,
      `SELECT simpul_readable_agencies() AS agencies,
              CASE WHEN $1::text IS NOT NULL THEN simpul_search_query($1)::text END AS tsquery`,
      [query.q ?? null],
    );
    return inboxSql(query, {
      actorUserId: actor.userId,
      readable: agencies,
      searchQuery: tsquery,
      ...page,
    });
  }

  /**
   * Assigns an officer of the acting agency to the case ("my cases"). Only agencies that work the
   * case (lead, collaborator) assign, and only their own people.
   */
  assign(actor: Actor, caseId: string, userId: string): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'update', async (manager, access) => {
      const [member]: { name: string }[] = await manager.query(
        `SELECT u.name FROM membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.user_id = $1 AND m.agency_id = $2 AND u.active`,
        [userId, actor.agencyId],
      );
      if (!member) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'NOT_AN_OFFICER',
          bilingual(
            'Petugas bukan anggota aktif instansi Anda',
            'The officer is not an active member of your agency',
          ),
          [
            {
              field: 'userId',
              message: bilingual(
                'userId bukan anggota aktif instansi Anda',
                'userId is not an active member of your agency',
              ),
            },
          ],
        );
      }
      const added = await queryRows(
        manager,
        `INSERT INTO case_assignee (case_id, agency_id, user_id, assigned_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (case_id, user_id) DO NOTHING RETURNING user_id`,
        [caseId, actor.agencyId, userId, actor.userId],
      );
      if (added.length > 0) {
        await this.eventLog.append(manager, caseId, actor, 'case.assigned', null, {
          userId,
          name: member.name,
          agencyId: actor.agencyId,
        });
      }
      return this.loadDetail(manager, caseId, access);
    });
  }

  unassign(actor: Actor, caseId: string, userId: string): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'update', async (manager, access) => {
      const removed = await queryRows<{ user_id: string }>(
        manager,
        `DELETE FROM case_assignee WHERE case_id = $1 AND user_id = $2 AND agency_id = $3 RETURNING user_id`,
        [caseId, userId, actor.agencyId],
      );
      if (removed.length > 0)
        await this.eventLog.append(manager, caseId, actor, 'case.unassigned', { userId }, null);
      return this.loadDetail(manager, caseId, access);
    });
  }

  /** Open cases assigned to each officer of the acting agency (for fair distribution of work). */
  workload(actor: Actor): Promise<OfficerWorkload[]> {
    if (!actor.agencyId) return Promise.resolve([]);
    return this.db.run(actor, async (manager) => {
      const rows: { user_id: string; name: string; role: string; open_cases: number }[] =
        await manager.query(
          `SELECT u.id AS user_id, u.name, m.role,
                (SELECT count(*)::int FROM case_assignee ca JOIN "case" c ON c.id = ca.case_id
                 WHERE ca.user_id = u.id AND ca.agency_id = m.agency_id AND c.status NOT IN ('resolved', 'archived')) AS open_cases
         FROM membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.agency_id = $1 AND u.active AND m.role <> 'humas'
         ORDER BY open_cases DESC, u.name`,
          [actor.agencyId],
        );
      return rows.map((r) => ({
        userId: r.user_id,
        name: r.name,
        role: r.role,
        openCases: r.open_cases,
      }));
    });
  }

  /**
   * CSV export of the cases the acting agency may read, one row per report. Reporter data passes
   * through the same policy as the case page: what the exporter may not see is redacted. Audited.
   */
  async exportCsv(actor: Actor): Promise<string> {
    const csv = await this.db.run(actor, async (manager) => {
      const rows: (CaseRow & ReportRow & { report_id: string; report_intake_agency_id: string })[] =
        await manager.query(
          `SELECT ${CASE_COLUMNS}, r.id AS report_id, r.tracking_id, r.reporter_name, r.reporter_contact, r.reporter_nik,
                r.anonymous, r.confidential, r.intake_agency_id AS report_intake_agency_id
         FROM ${CASE_FROM} JOIN case_report r ON r.case_id = c.id
         ORDER BY c.created_at DESC, c.id, r.created_at LIMIT 100000`,
        );
      const accessByCase = new Map<string, CaseAccessContext>();
      const lines = [EXPORT_HEADER.join(',')];
      for (const row of rows) {
        if (!accessByCase.has(row.id))
          accessByCase.set(row.id, await caseAccess(manager, actor, row.id));
        const view = this.toReportView(
          { ...row, id: row.report_id, intake_agency_id: row.report_intake_agency_id },
          accessByCase.get(row.id) as CaseAccessContext,
        );
        const hidden = (value: string | null, field: 'name' | 'contact' | 'nik') =>
          view.reporter.hidden.includes(field) ? REDACTED : (value ?? '');
        lines.push(
          [
            row.number,
            row.title,
            row.status,
            LAPOR_BUCKETS[row.status],
            row.lead_agency_short_name,
            row.channel,
            row.category,
            row.created_at.toISOString(),
            row.tracking_id ?? '',
            hidden(view.reporter.name, 'name'),
            hidden(view.reporter.contact, 'contact'),
            hidden(view.reporter.nik, 'nik'),
            row.anonymous ? 'ya' : 'tidak',
            row.confidential ? 'ya' : 'tidak',
          ]
            .map(csvCell)
            .join(','),
        );
      }
      return { text: lines.join('\r\n') + '\r\n', count: rows.length };
    });
    await this.audit.record({
      action: 'cases.exported',
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      targetType: 'case',
      ip: actor.ip,
      details: { rows: csv.count },
    });
    return csv.text;
  }

  detail(actor: Actor, caseId: string): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'read', (manager, access) =>
      this.loadDetail(manager, caseId, access),
    );
  }

  update(actor: Actor, caseId: string, body: UpdateCaseDto): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'update', async (manager, access) => {
      const before = await this.lockForChange(manager, caseId, body.version, access);
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
      const changes: Record<string, string | null> = {};
      const previous: Record<string, string | null> = {};
      const params: unknown[] = [caseId, body.version];
      const sets: string[] = [];
      for (const [field, column, current] of editable) {
        const value = body[field];
        if (value === undefined || value === current) continue;
        changes[field] = value;
        previous[field] = current;
        params.push(value);
        sets.push(`${column} = $${params.length}${field === 'incidentDate' ? '::date' : ''}`);
      }
      if (sets.length === 0) return this.loadDetail(manager, caseId, access);
      // Conditional on the version the user saw (already checked under the row lock): TypeORM's
      // save() would overwrite silently, this cannot.
      const updated = await queryRows<{ id: string }>(
        manager,
        `UPDATE "case" SET ${sets.join(', ')}, "version" = "version" + 1, "updated_at" = now()
         WHERE "id" = $1 AND "version" = $2 RETURNING "id"`,
        params,
      );
      if (updated.length !== 1) {
        await this.lockForChange(manager, caseId, body.version, access); // 409 with the current case
        throw new Error(`case ${caseId}: conditional update matched no row`);
      }
      // The resolution clock (60 days) starts once the file is complete: the location is known.
      if (changes['locationText'] && !before.location_text) {
        await this.clocks.onLocationKnown(manager, await this.clocks.clockedCase(manager, caseId));
      }
      // Another category has other limits: the running clocks follow them from now on.
      if ('category' in changes) {
        await this.clocks.onFactsChanged(manager, await this.clocks.clockedCase(manager, caseId));
      }
      await this.eventLog.append(manager, caseId, actor, 'case.updated', previous, changes);
      return this.loadDetail(manager, caseId, access);
    });
  }

  /** Moves the case through the status machine; refusals say why in both languages. */
  transition(actor: Actor, caseId: string, body: CaseTransitionDto): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'read', async (manager, access) => {
      const before = await this.lockForChange(manager, caseId, body.version, access);
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
      await this.statusWriter.apply(
        manager,
        caseId,
        actor,
        body.action,
        { from: before.status, to: decision.to, holdFrom: decision.holdFrom },
        body.note,
      );
      return this.loadDetail(manager, caseId, access);
    });
  }

  /** Manual intake: the acting agency takes the complaint in and leads it. */
  async create(actor: Actor, body: CreateCaseDto): Promise<CaseDetail> {
    if (!actor.agencyId || !actor.role || actor.role === 'humas') {
      throw forbidden(
        bilingual(
          'Hanya admin, petugas atau pimpinan instansi yang dapat mencatat aduan.',
          "Only an agency's admin, officers or leaders can record complaints.",
        ),
      );
    }
    const agencyId = actor.agencyId;
    try {
      return await this.db.run(actor, async (manager) => {
        const [{ id }] = await manager.query(`SELECT gen_random_uuid() AS id`);
        // The row is not yet visible to its creator (no participant), so no RETURNING here.
        await manager.query(
          `INSERT INTO "case" ("id", "number", "title", "description", "classification", "channel", "category", "priority",
           "incident_date", "location_text", "regency_code", "intake_agency_id")
         VALUES ($1, 'SMP-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0'),
           $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            body.title.trim(),
            body.description,
            body.classification,
            body.channel,
            body.category,
            body.priority ?? 'normal',
            body.incidentDate ?? null,
            body.locationText ?? null,
            body.regencyCode ?? null,
            agencyId,
          ],
        );
        await manager.query(
          `INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES ($1, $2, 'lead', $3)`,
          [id, agencyId, actor.userId],
        );
        const r = body.reporter;
        await manager.query(
          `INSERT INTO case_report (case_id, tracking_id, reporter_name, reporter_contact, reporter_nik, anonymous, confidential)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            id,
            body.trackingId ?? null,
            r.name ?? null,
            r.contact ?? null,
            r.nik ?? null,
            r.anonymous,
            r.confidential,
          ],
        );
        await this.eventLog.append(manager, id, actor, 'case.created', null, {
          status: 'new',
          title: body.title,
          channel: body.channel,
          category: body.category,
        });
        await deriveCaseLocation(manager, this.places, id, {
          regencyCode: body.regencyCode,
          texts: [body.locationText, body.title, body.description],
          textSource: 'staff',
          hasLocationText: Boolean(body.locationText),
        });
        await this.clocks.onCreated(manager, await this.clocks.clockedCase(manager, id));
        await this.notifications.newCase(manager, id, { userId: actor.userId, name: actor.name });
        const access = await caseAccess(manager, actor, id);
        return this.loadDetail(manager, id, access);
      });
    } catch (error) {
      throw duplicateTrackingIdOr(error);
    }
  }

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
      return await this.withCase(actor, caseId, 'update', async (manager, access) => {
        await this.lockForChange(manager, caseId, body.version, access);
        const [report] = await queryRows<{ tracking_id: string | null }>(
          manager,
          `SELECT tracking_id FROM case_report WHERE id = $1 AND case_id = $2 FOR UPDATE`,
          [reportId, caseId],
        );
        if (!report) throw notFound(bilingual('Laporan', 'Report'));
        if (report.tracking_id === body.trackingId) return this.loadDetail(manager, caseId, access);
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
        await manager.query(`UPDATE case_report SET tracking_id = $2 WHERE id = $1`, [
          reportId,
          body.trackingId,
        ]);
        await manager.query(
          `UPDATE "case" SET version = version + 1, updated_at = now() WHERE id = $1`,
          [caseId],
        );
        await this.eventLog.append(manager, caseId, actor, 'case.report_linked', null, {
          reportId,
          trackingId: body.trackingId,
        });
        return this.loadDetail(manager, caseId, access);
      });
    } catch (error) {
      throw duplicateTrackingIdOr(error);
    }
  }

  /** The timeline after a sequence number, for catching up (and, later, for live resync). */
  events(actor: Actor, caseId: string, afterSeq: number): Promise<CaseEvent[]> {
    return this.withCase(actor, caseId, 'read', (manager) =>
      this.eventLog.after(manager, caseId, afterSeq),
    );
  }

  /** Locks the case row and checks the version the user saw: 409 with the current state if stale. */
  async lockForChange(
    manager: EntityManager,
    caseId: string,
    version: number,
    access: CaseAccessContext,
  ): Promise<CaseRow> {
    const [row]: CaseRow[] = await manager.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1 FOR UPDATE OF c`,
      [caseId],
    );
    if (!row) throw notFound(CASE);
    if (row.version !== version) {
      const current = await this.loadDetail(manager, caseId, access);
      throw new ApiException(
        HttpStatus.CONFLICT,
        'STALE_VERSION',
        bilingual(
          'Kasus telah diubah orang lain sejak Anda membukanya. Periksa perubahan terbaru lalu simpan lagi.',
          'Someone else changed the case since you opened it. Review the latest version and save again.',
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
      ).withDetails({ current });
    }
    return row;
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

  revealIdentity(actor: Actor, caseId: string, reportId: string): Promise<RevealedIdentity> {
    return this.withCase(actor, caseId, 'read', async (manager, access) => {
      const rows: ReportRow[] = await manager.query(
        `SELECT * FROM case_report WHERE id = $1 AND case_id = $2`,
        [reportId, caseId],
      );
      const report = rows[0];
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

  inviteObserver(actor: Actor, caseId: string, body: InviteObserverDto): Promise<CaseDetail> {
    return this.withCase(actor, caseId, 'inviteObserver', async (manager, access) => {
      const agencies: { id: string }[] = await manager.query(
        `SELECT id FROM agency WHERE id = $1 AND active`,
        [body.agencyId],
      );
      if (!agencies[0]) {
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          'UNKNOWN_AGENCY',
          bilingual('Instansi tidak dikenal', 'Unknown agency'),
          [
            {
              field: 'agencyId',
              message: bilingual(
                'agencyId bukan instansi aktif',
                'agencyId is not an active agency',
              ),
            },
          ],
        );
      }
      const added = await queryRows(
        manager,
        `INSERT INTO case_participant (case_id, agency_id, role, added_by) VALUES ($1, $2, 'observer', $3)
         ON CONFLICT (case_id, agency_id) DO NOTHING RETURNING agency_id`,
        [caseId, body.agencyId, actor.userId],
      );
      if (added.length === 0) return this.loadDetail(manager, caseId, access);
      await this.eventLog.append(manager, caseId, actor, 'case.participant_added', null, {
        agencyId: body.agencyId,
        role: 'observer',
      });
      await this.audit.record(
        {
          action: 'case.observer_invited',
          actorUserId: actor.userId,
          agencyId: actor.agencyId,
          targetType: 'case',
          targetId: caseId,
          ip: actor.ip,
          details: { invitedAgencyId: body.agencyId, reason: body.reason },
        },
        manager,
      );
      await this.notifications.observerInvited(manager, caseId, body.agencyId, actor, body.reason);
      return this.loadDetail(manager, caseId, access);
    });
  }

  /**
   * Runs case work after the access policy allows it. Unreadable cases are 404 (never revealing
   * that they exist elsewhere); readable but not permitted is 403. Refusals are audited.
   */
  withCase<T>(
    actor: Actor,
    caseId: string,
    permission: CasePermission,
    work: (manager: EntityManager, access: CaseAccessContext) => Promise<T>,
  ): Promise<T> {
    return this.guard.run(actor, caseId, permission, (manager, access) => work(manager, access));
  }

  async loadDetail(
    manager: EntityManager,
    caseId: string,
    access: CaseAccessContext,
  ): Promise<CaseDetail> {
    const [row]: CaseRow[] = await manager.query(
      `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = $1`,
      [caseId],
    );
    if (!row) throw notFound(CASE);
    const participants: { agency_id: string; short_name: string; role: ParticipantRole }[] =
      await manager.query(
        `SELECT p.agency_id, a.short_name, p.role FROM case_participant p JOIN agency a ON a.id = p.agency_id
       WHERE p.case_id = $1 ORDER BY CASE p.role WHEN 'lead' THEN 0 WHEN 'collaborator' THEN 1 ELSE 2 END, a.short_name`,
        [caseId],
      );
    const clocks = await this.clocks.views(manager, caseId);
    const assignees: {
      user_id: string;
      name: string;
      agency_id: string;
      short_name: string;
      assigned_at: Date;
    }[] = await manager.query(
      `SELECT ca.user_id, u.name, ca.agency_id, a.short_name, ca.assigned_at
         FROM case_assignee ca JOIN app_user u ON u.id = ca.user_id JOIN agency a ON a.id = ca.agency_id
         WHERE ca.case_id = $1 ORDER BY a.short_name, u.name`,
      [caseId],
    );
    const reports: ReportRow[] = await manager.query(
      `SELECT * FROM case_report WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );
    const merge = await loadMergeLinks(manager, caseId);
    const hands: {
      agency_id: string;
      short_name: string;
      seconds: number;
      since: Date | null;
    }[] = await manager.query(
      `SELECT h.agency_id, a.short_name,
              sum(extract(epoch FROM coalesce(h.ended_at, now()) - h.started_at))::float8 AS seconds,
              max(h.started_at) FILTER (WHERE h.ended_at IS NULL) AS since
         FROM case_hand h JOIN agency a ON a.id = h.agency_id
        WHERE h.case_id = $1 GROUP BY h.agency_id, a.short_name ORDER BY min(h.started_at)`,
      [caseId],
    );
    return {
      ...this.toSummary(row),
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
      reports: reports.map((report) => this.toReportView(report, access)),
      tags: row.tags,
      permissions: {
        update: casePolicy.update(access),
        inviteObserver: casePolicy.inviteObserver(access),
        comment: casePolicy.comment(access),
        replyPublicly: casePolicy.replyPublicly(access),
        moderateComments: casePolicy.moderateComments(access),
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
    };
  }

  /** Personal data passes through the policy here and nowhere else. */
  private toReportView(report: ReportRow, access: CaseAccessContext): CaseReportView {
    const contactVisible = casePolicy.readReporterContact(access, report);
    const nikVisible = casePolicy.readNik(access, identityOf(report));
    const hidden: CaseReportView['reporter']['hidden'] = [];
    if (!contactVisible) hidden.push('name', 'contact');
    if (!nikVisible) hidden.push('nik');
    return {
      id: report.id,
      trackingId: report.tracking_id,
      confidential: report.confidential,
      reporter: {
        name: contactVisible ? report.reporter_name : null,
        contact: contactVisible ? report.reporter_contact : null,
        nik: nikVisible ? report.reporter_nik : null,
        anonymous: report.anonymous,
        hidden,
        canRevealIdentity: casePolicy.revealIdentity(access, identityOf(report)),
      },
      intakeAgencyId: report.intake_agency_id,
    };
  }

  private toSummary(row: CaseRow): CaseSummary {
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      channel: row.channel,
      classification: row.classification,
      category: row.category,
      status: row.status,
      laporBucket: LAPOR_BUCKETS[row.status],
      priority: row.priority,
      leadAgencyId: row.lead_agency_id,
      leadAgencyShortName: row.lead_agency_short_name,
      regencyCode: row.regency_code,
      createdAt: row.created_at.toISOString(),
    };
  }
}

const SLA_SEVERITY: Record<SlaState, number> = { on_track: 0, due_soon: 1, overdue: 2 };

/** The worst state among a case's running clocks. */
function worstState(clocks: CaseClockView[]): SlaState | null {
  return clocks.reduce<SlaState | null>(
    (worst, c) =>
      c.state && (!worst || SLA_SEVERITY[c.state] > SLA_SEVERITY[worst]) ? c.state : worst,
    null,
  );
}

const REDACTED = '[disembunyikan]';
const EXPORT_HEADER = [
  'nomor',
  'judul',
  'status',
  'bucket_lapor',
  'instansi_utama',
  'saluran',
  'kategori',
  'dibuat',
  'tracking_id_lapor',
  'nama_pelapor',
  'kontak_pelapor',
  'nik_pelapor',
  'anonim',
  'rahasia',
];

/** RFC 4180 cell; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function listSlaState(deadline: Date | null): SlaState | null {
  if (!deadline) return null;
  const left = deadline.getTime() - Date.now();
  return left < 0 ? 'overdue' : left < 86_400_000 ? 'due_soon' : 'on_track';
}

/** Tracking IDs are unique across all agencies; the constraint sees past row-level security. */
function duplicateTrackingIdOr(error: unknown): unknown {
  if ((error as { constraint?: string }).constraint !== 'uq_case_report_tracking') return error;
  return new ApiException(
    HttpStatus.CONFLICT,
    'DUPLICATE_TRACKING_ID',
    bilingual('Tracking ID LAPOR sudah tercatat', 'The LAPOR Tracking ID is already recorded'),
    [
      {
        field: 'trackingId',
        message: bilingual(
          'trackingId sudah dipakai laporan lain',
          'trackingId is already used by another report',
        ),
      },
    ],
  );
}
