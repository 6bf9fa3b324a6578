import { Injectable } from '@nestjs/common';
import type {
  LeadersDashboard,
  LeadersDashboardQuery,
  LeadersFigure,
  LeadersScopeAgency,
  LeadersScopeRelation,
  LeadersThresholds,
  LeadersThresholdsView,
} from '@simpul/contracts';
import type { EntityManager } from 'typeorm';
import { leadersPolicy } from '../access/access-policy';
import { ActorDatabase } from '../access/actor-database';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CaseClocks } from '../case-kernel/case-clocks';
import { runQuery } from '../database/typed-query';
import {
  NOW_FIGURES,
  casesOfFigure,
  nowFigures,
  periodFigures,
  thresholdsFor,
  type FigureFilter,
} from './leaders-figures';
import { leadersPeriods } from './leaders-period';
import { notALeader, outsideLeadersScope, unknownLeadersAgency } from './leaders-errors';
import {
  agencyExists,
  allAgencies,
  saveThresholds,
  scopeOfAgency,
  subtreeOfAgency,
} from './leaders.queries';

const RELATIONS: readonly LeadersScopeRelation[] = ['self', 'unit', 'coordinated', 'installation'];
const toRelation = (value: string): LeadersScopeRelation => {
  const relation = RELATIONS.find((r) => r === value);
  if (!relation) throw new Error(`unknown scope relation ${value}`);
  return relation;
};

/** The covered agencies of a request, after the scope checks (docs/indicators.md, "Scope"). */
interface Coverage {
  scope: LeadersScopeAgency[];
  filter: FigureFilter;
}

/** The leaders' view: the dashboard's figures, the drill-down's cases, the thresholds. */
@Injectable()
export class LeadersService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly clocks: CaseClocks,
    private readonly audit: AuditService,
  ) {}

  dashboard(
    actor: Actor,
    query: LeadersDashboardQuery,
    now = new Date(),
  ): Promise<LeadersDashboard> {
    if (!leadersPolicy.view(actor)) throw notALeader();
    return this.db.run(actor, async (manager) => {
      const calendar = await this.clocks.calendarNow();
      const periods = leadersPeriods(query, calendar.timeZone, now);
      const { scope, filter } = await this.coverage(manager, actor, query);
      const deadlineOf = this.clocks.deadlineOf.bind(this.clocks);
      const current = await nowFigures(manager, filter, calendar, deadlineOf, now);
      const [thisPeriod, lastPeriod] = [
        await periodFigures(manager, filter, periods.current, calendar, now),
        await periodFigures(manager, filter, periods.previous, calendar, now),
      ];
      const thresholds = await thresholdsFor(manager, filter.agencies);
      const byStatus: Record<string, number> = {};
      const byAgency = new Map<string, number>();
      for (const row of current.open) {
        byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
        byAgency.set(row.agencyId, (byAgency.get(row.agencyId) ?? 0) + 1);
      }
      const timeAgencies = [
        ...new Set([...thisPeriod.timeInHand.keys(), ...lastPeriod.timeInHand.keys()]),
      ].sort();
      const empty = { count: 0, medianHours: null, p90Hours: null };
      return {
        period: {
          from: periods.current.from,
          to: periods.current.to,
          previousFrom: periods.previous.from,
          previousTo: periods.previous.to,
          timeZone: periods.timeZone,
        },
        generatedAt: now.toISOString(),
        covered: filter.agencies,
        scope,
        open: {
          total: current.open.length,
          byStatus,
          byAgency: [...byAgency]
            .map(([agencyId, count]) => ({ agencyId, count }))
            .sort((a, b) => b.count - a.count || a.agencyId.localeCompare(b.agencyId)),
        },
        sla: current.sla,
        handoffsWaiting: current.handoffsWaiting,
        pingPong: current.pingPong,
        handoffFlow: { current: thisPeriod.handoffFlow, previous: lastPeriod.handoffFlow },
        held: { current: thisPeriod.held.length, previous: lastPeriod.held.length },
        timeInHand: timeAgencies.map((agencyId) => ({
          agencyId,
          time: {
            current: thisPeriod.timeInHand.get(agencyId) ?? empty,
            previous: lastPeriod.timeInHand.get(agencyId) ?? empty,
          },
        })),
        verificationWithin3Hk: {
          current: thisPeriod.verification,
          previous: lastPeriod.verification,
        },
        followUpWithin5Hk: { current: thisPeriod.followUp, previous: lastPeriod.followUp },
        resolutionTime: { current: thisPeriod.resolutionTime, previous: lastPeriod.resolutionTime },
        reopenRate: { current: thisPeriod.reopenRate, previous: lastPeriod.reopenRate },
        ratings: { current: thisPeriod.ratings, previous: lastPeriod.ratings },
        waitingForLocation: current.waitingForLocation,
        stalled: { count: current.stalled.length },
        thresholds: [...thresholds]
          .filter(([, t]) => t.custom)
          .map(([agencyId, t]) => thresholdsView(agencyId, t, true)),
      };
    });
  }

  /**
   * The cases behind one figure (the drill-down), in the caller's transaction: the ids of every
   * case the figure counts, readable or not (the inbox lists the readable ones and counts the rest
   * as hidden). Refuses like the dashboard.
   */
  async figureCases(
    manager: EntityManager,
    actor: Actor,
    query: LeadersDashboardQuery & { figure: LeadersFigure },
    now = new Date(),
  ): Promise<string[]> {
    if (!leadersPolicy.view(actor)) throw notALeader();
    const calendar = await this.clocks.calendarNow();
    const periods = leadersPeriods(query, calendar.timeZone, now);
    await systemMode(manager, true);
    try {
      const { filter } = await this.coverage(manager, actor, query, false, 'figureAgencyId');
      const ids = NOW_FIGURES.includes(query.figure)
        ? casesOfFigure(
            query.figure,
            await nowFigures(
              manager,
              filter,
              calendar,
              this.clocks.deadlineOf.bind(this.clocks),
              now,
            ),
            null,
          )
        : casesOfFigure(
            query.figure,
            null,
            await periodFigures(manager, filter, periods.current, calendar, now),
          );
      return [...new Set(ids)];
    } finally {
      await systemMode(manager, false);
    }
  }

  thresholds(actor: Actor): Promise<LeadersThresholdsView> {
    if (!leadersPolicy.view(actor) || !actor.agencyId) throw notALeader();
    const agencyId = actor.agencyId;
    return this.db.run(actor, async (manager) => {
      const map = await thresholdsFor(manager, [agencyId]);
      const own = map.get(agencyId);
      if (!own) throw new Error('thresholdsFor left out the agency asked for');
      return thresholdsView(agencyId, own, own.custom);
    });
  }

  async setThresholds(actor: Actor, body: LeadersThresholds): Promise<LeadersThresholdsView> {
    const agencyId = actor.agencyId;
    if (!agencyId || !leadersPolicy.setThresholds(actor, agencyId)) throw notALeader();
    await this.db.run(actor, async (manager) => {
      await runQuery(manager, saveThresholds, { agencyId, userId: actor.userId, ...body });
    });
    await this.audit.record({
      action: 'leaders.thresholds_changed',
      actorUserId: actor.userId,
      agencyId,
      targetType: 'agency',
      targetId: agencyId,
      ip: actor.ip,
      details: { ...body },
    });
    return thresholdsView(agencyId, body, true);
  }

  /** The scope, and the covered agencies after checking `agencyId` against it. */
  private async coverage(
    manager: EntityManager,
    actor: Actor,
    query: LeadersDashboardQuery,
    enterSystemMode = true,
    agencyField = 'agencyId',
  ): Promise<Coverage> {
    if (enterSystemMode) await systemMode(manager, true);
    const rows =
      actor.isSuperadmin || !actor.agencyId
        ? await runQuery(manager, allAgencies, undefined)
        : await runQuery(manager, scopeOfAgency, { agencyId: actor.agencyId });
    const scope: LeadersScopeAgency[] = rows.map((row) => ({
      ...row,
      relation: toRelation(row.relation),
    }));
    const inScope = new Set(scope.map((a) => a.id));
    let agencies = scope.map((a) => a.id);
    if (query.agencyId) {
      const [{ count }] = await runQuery(manager, agencyExists, { agencyId: query.agencyId });
      if (count === 0) throw unknownLeadersAgency(agencyField);
      if (!inScope.has(query.agencyId)) throw outsideLeadersScope(agencyField);
      const subtree = await runQuery(manager, subtreeOfAgency, { agencyId: query.agencyId });
      agencies = subtree.map((row) => row.id).filter((id) => inScope.has(id));
    }
    return {
      scope,
      filter: { agencies, regency: query.regency ?? null, category: query.category ?? null },
    };
  }
}

/** System mode reads every case (figures count by holding history); only the covered agencies'. */
async function systemMode(manager: EntityManager, on: boolean): Promise<void> {
  await manager.query(`SELECT set_config('simpul.system', $1, true)`, [on ? 'on' : 'off']);
}

function thresholdsView(
  agencyId: string,
  t: LeadersThresholds,
  custom: boolean,
): LeadersThresholdsView {
  return {
    agencyId,
    dueSoonFraction: t.dueSoonFraction,
    dueSoonMinWorkingDays: t.dueSoonMinWorkingDays,
    stalledWorkingDays: t.stalledWorkingDays,
    custom,
  };
}
