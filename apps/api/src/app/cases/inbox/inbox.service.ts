import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  INBOX_EXACT_COUNT_LIMIT,
  INBOX_QUICK_COUNT_LIMIT,
  type CaseSummary,
  type InboxCount,
  type InboxPage,
  type OfficerWorkload,
  type SlaState,
} from '@simpul/contracts';
import { ActorDatabase } from '../../access/actor-database';
import type { Actor } from '../../access/actor';
import { CASE_COLUMNS, CASE_FROM, type CaseRow } from '../../case-kernel/case-repository';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../common/keyset-cursor';
import { queryRows } from '../../database/query-rows';
import { runQuery } from '../../database/typed-query';
import { LeadersService } from '../../leaders/leaders.service';
import type { InboxQueryDto } from '../dto/inbox-query.dto';
import { toSummary } from '../detail/case-views';
import { readableAmong } from './inbox-figure.queries';
import { exactCaseMatches } from './inbox-search';
import { inboxSql, type InboxCursor } from './inbox-sql';

/**
 * The inbox's page of case ids comes from the narrow entries (see inbox-sql.ts); the columns come
 * through \`case_inbox\`, the view that applies the access policy's readable-agency rule in a form
 * the planner can serve from indexes (see migration AddCaseInboxView), and the lead agency through
 * \`case_inbox_lead\`, under the same rule (migration AddInboxLeadView).
 */
const INBOX_FROM = `case_inbox c
  JOIN case_inbox_lead lp ON lp.case_id = c.id
  JOIN agency la ON la.id = lp.agency_id`;

/** The lists of cases: the plain list, the inbox and its count, and the officers' workload. */
@Injectable()
export class InboxService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly leaders: LeadersService,
  ) {}

  /** The cases the acting agency may read; row-level security does the filtering. */
  list(actor: Actor): Promise<CaseSummary[]> {
    return this.db.run(actor, async (manager) => {
      const rows = await queryRows<CaseRow>(
        manager,
        `SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} ORDER BY c.created_at DESC, c.id LIMIT 200`,
      );
      return rows.map((row) => toSummary(row));
    });
  }

  /**
   * The inbox: filters, Indonesian full-text search with typo tolerance and short forms, exact
   * matches by case number, Tracking ID or reporter's phone listed first, keyset pagination (stable
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
          exact: boolean | null;
          total_n: number;
          total_scanned: number;
        }
      >(
        manager,
        `WITH ${sql.ctes ? `${sql.ctes}, ` : ''}total AS (${sql.count})
         SELECT ${CASE_COLUMNS}, c.next_deadline, c.sla_escalated AS escalated, p.sort_key, p.exact,
                total.n AS total_n, total.scanned AS total_scanned
         FROM total LEFT JOIN (${INBOX_FROM} JOIN (${sql.page}) p ON p.case_id = c.id) ON true
         ORDER BY p.exact DESC, p.sort_key ${sql.order}, p.case_id ${sql.order}`,
        sql.params,
      );
      const { total_n: n, total_scanned: scanned } = result[0];
      const hiddenCount = sql.figureIds
        ? sql.figureIds.length -
          (await runQuery(manager, readableAmong, { ids: sql.figureIds }))[0].n
        : null;
      // The search's exact matches first (first page only), then the page in inbox order.
      const exact = result.filter((row) => row.id !== null && row.exact);
      const rows = result.filter((row) => row.id !== null && !row.exact);
      const estimate = n > sql.countLimit || scanned >= sql.countScanLimit;
      const page = [...exact, ...rows.slice(0, limit)];
      const last = rows[Math.min(rows.length, limit) - 1];
      return {
        items: page.map((row) => ({
          ...toSummary(row),
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
        ...(hiddenCount === null ? {} : { hiddenCount }),
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
   * of agencies whose entries to read, and the search query built once, in one round trip. The
   * inbox map (inbox-map.service.ts) counts the same matches.
   */
  async inboxStatements(
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
    // A leaders' drill-down: the figure's cases, decided by the leaders' view (docs/indicators.md).
    const figureIds = query.figure
      ? await this.leaders.figureCases(manager, actor, {
          figure: query.figure,
          agencyId: query.figureAgencyId,
          from: query.from,
          to: query.to,
          regency: query.regency,
          category: query.category,
        })
      : null;
    return {
      ...inboxSql(query, {
        actorUserId: actor.userId,
        readable: agencies,
        searchQuery: tsquery,
        exactIds: query.q === undefined ? [] : await exactCaseMatches(manager, actor, query.q),
        caseIds: figureIds,
        ...page,
      }),
      figureIds,
    };
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
}

function listSlaState(deadline: Date | null): SlaState | null {
  if (!deadline) return null;
  const left = deadline.getTime() - Date.now();
  return left < 0 ? 'overdue' : left < 86_400_000 ? 'due_soon' : 'on_track';
}
