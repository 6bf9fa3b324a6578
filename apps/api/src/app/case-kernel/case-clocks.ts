import { Inject, Injectable, Logger } from '@nestjs/common';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ROAD_STATUSES,
  type RoadStatus,
  type CaseAction,
  type CaseClockView,
  type CaseStatus,
  type PotholeClockReason,
  type SlaState,
} from '@simpul/contracts';
import { runQuery } from '../database/typed-query';
import { caseStatus } from './case-repository';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { reminderTime, type ReminderJob } from '../notifications/sla-reminders';
import {
  computeDeadline,
  DEFAULT_SLA_DEFINITIONS,
  DEFAULT_SLA_RULES,
  resolveSlaDefinition,
  resolveTimeZone,
  slaStateOf,
  SLA_CLOCK_NAMES,
  WorkingCalendar,
  withShippedDecrees,
  type CalendarOverride,
  type SlaClockName,
  type SlaPause,
  type SlaRule,
} from '@simpul/sla';
import {
  calendarOverrides,
  changeClockLimit,
  clockedCase as clockedCaseQuery,
  clocksAroundDay,
  clocksOfCase,
  completeClocks,
  pauseClocks,
  resumeClocks,
  runningClocks,
  startClock,
  stopClock,
  storeDeadline,
  type IRunningClocksResult,
} from './sql/case-clocks.queries';

/** A calendar correction's kind, as the schema's CHECK limits it. */
function overrideKind(kind: string): CalendarOverride['kind'] {
  if (kind === 'holiday' || kind === 'working') return kind;
  throw new Error(`calendar_override.kind holds an unknown kind: ${kind}`);
}

const CALENDAR_CACHE_MS = 60_000;
/** Running clocks given their deadline again per transaction after a calendar edit. */
const RECOMPUTE_BATCH = 500;

/** A stored clock (`case_clock`), its text columns narrowed to what the SLA library knows. */
export interface ClockRow extends Omit<IRunningClocksResult, 'clock' | 'kind' | 'pauses'> {
  clock: SlaClockName;
  kind: CaseClockView['kind'];
  pauses: { from: string; to: string | null }[];
}

const CLOCK_KINDS: Record<CaseClockView['kind'], true> = {
  working_days: true,
  calendar_days: true,
  calendar_hours: true,
  office_hours: true,
};
const isClockKind = (kind: string): kind is CaseClockView['kind'] =>
  Object.hasOwn(CLOCK_KINDS, kind);

/** A row of `SELECT * FROM case_clock`; a value the library does not know is refused. */
export function toClockRow(row: IRunningClocksResult): ClockRow {
  const clock = SLA_CLOCK_NAMES.find((name) => name === row.clock);
  if (!clock) throw new Error(`case_clock.clock holds an unknown clock: ${row.clock}`);
  if (!isClockKind(row.kind)) throw new Error(`case_clock.kind holds an unknown kind: ${row.kind}`);
  if (!Array.isArray(row.pauses)) throw new Error('case_clock.pauses is not an array');
  const pauses = row.pauses.map((pause) => {
    if (
      pause === null ||
      typeof pause !== 'object' ||
      Array.isArray(pause) ||
      typeof pause['from'] !== 'string' ||
      (pause['to'] !== null && typeof pause['to'] !== 'string')
    )
      throw new Error('case_clock.pauses holds a pause without from/to');
    return { from: pause['from'], to: pause['to'] };
  });
  return { ...row, clock, kind: row.kind, pauses };
}

export interface CalendarChangedJob {
  /** The edited day (YYYY-MM-DD). */
  date: string;
}

export interface ClockedCase {
  id: string;
  category: string;
  channel: string;
  status: CaseStatus;
  leadAgencyKind: string;
  hasLocation: boolean;
  /** Status of the road segment the case's point lies on (road-status registry); null: unknown. */
  roadStatus: string | null;
  hasPoint: boolean;
}

/** Statuses after which the 1×24 h pothole promise no longer starts (it was answered or closed). */
const POTHOLE_TOO_LATE: readonly CaseStatus[] = ['followed_up', 'resolved', 'archived'];

export interface DueJob {
  caseId: string;
  clock: SlaClockName;
}

/** The clocks a status change stops, and those it starts. */
const ON_ACTION: Partial<Record<CaseAction, { complete: SlaClockName[]; start: SlaClockName[] }>> =
  {
    verify: { complete: ['verification'], start: ['follow_up'] },
    route: { complete: ['verification'], start: ['follow_up'] },
    follow_up: {
      complete: ['follow_up', 'pothole_response', 'social_media_response'],
      start: ['auto_close'],
    },
    resolve: {
      complete: [
        'verification',
        'follow_up',
        'auto_close',
        'resolution',
        'pothole_response',
        'social_media_response',
      ],
      start: [],
    },
    archive: {
      complete: [
        'verification',
        'follow_up',
        'auto_close',
        'needs_information',
        'resolution',
        'pothole_response',
        'social_media_response',
      ],
      start: [],
    },
    // A merged duplicate stops every clock: its work continues on the surviving case's clocks.
    merge: {
      complete: [
        'verification',
        'follow_up',
        'auto_close',
        'needs_information',
        'resolution',
        'pothole_response',
        'social_media_response',
      ],
      start: [],
    },
    reopen: { complete: ['auto_close'], start: ['follow_up'] },
    information_received: { complete: ['needs_information'], start: [] },
  };

/** What the system does when a clock runs out: act on the case, or escalate to its leaders. */
export const ON_EXPIRY: Partial<Record<SlaClockName, CaseAction>> = {
  auto_close: 'resolve',
  needs_information: 'archive',
};

/**
 * The SLA clocks of every case, on the working-day calendar: started and stopped by status
 * changes, paused while waiting for the reporter, and fired by the durable job queue when due
 * (auto-close, auto-archive, escalation). Everything a timer does is re-checked against the
 * database first, so a late, repeated or stale job changes nothing.
 */
@Injectable()
export class CaseClocks {
  private readonly logger = new Logger(CaseClocks.name);
  private calendar: { value: WorkingCalendar; at: number } | null = null;

  /** The national defaults, then the installation's own rules (`SLA_CONFIG_FILE`), which win. */
  private readonly rules: readonly SlaRule[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {
    this.rules = [...DEFAULT_SLA_RULES, ...config.sla.rules];
  }

  /** What the clocks need to know of a case. */
  async clockedCase(manager: EntityManager, caseId: string): Promise<ClockedCase> {
    const [row] = await runQuery(manager, clockedCaseQuery, { caseId });
    const status = caseStatus(row.status);
    return {
      id: row.id,
      category: row.category,
      channel: row.channel,
      status,
      leadAgencyKind: row.kind,
      hasLocation: row.has_location,
      roadStatus: row.road_status,
      hasPoint: row.has_point,
    };
  }

  /**
   * Clocks of a new case: verification, and the 1×24 h clocks where they apply. They start at
   * `startedAt`: the intake moment, or for a report brought in from elsewhere (LAPOR) the moment it
   * was submitted there.
   */
  async onCreated(
    manager: EntityManager,
    kase: ClockedCase,
    now = new Date(),
    startedAt = now,
  ): Promise<void> {
    const clocks: SlaClockName[] = ['verification'];
    if (kase.hasLocation) clocks.push('resolution');
    // The URC 1×24 h promise holds for provincial roads: the segment of the case's point
    // (road-status registry) is provincial. Without a known segment it does not start.
    if (kase.roadStatus === 'provinsi') clocks.push('pothole_response');
    clocks.push('social_media_response');
    for (const clock of clocks) await this.start(manager, kase, clock, now, startedAt);
  }

  /** 00:00 of a local date (`YYYY-MM-DD`) in the calendar's time zone. */
  async startOfLocalDay(date: string): Promise<Date> {
    const { offsetMinutes } = resolveTimeZone((await this.workingCalendar()).timeZone);
    return new Date(Date.parse(`${date}T00:00:00Z`) - offsetMinutes * 60_000);
  }

  /** Clocks follow the status machine; waiting for the reporter pauses the others. */
  async onTransition(
    manager: EntityManager,
    kase: ClockedCase,
    action: CaseAction,
    now = new Date(),
  ): Promise<void> {
    if (action === 'request_information') {
      await runQuery(manager, pauseClocks, { caseId: kase.id, at: now });
      await this.start(manager, kase, 'needs_information', now);
      return;
    }
    if (action === 'information_received') {
      await runQuery(manager, resumeClocks, { caseId: kase.id, at: now });
    }
    const plan = ON_ACTION[action];
    if (plan?.complete.length) {
      await runQuery(manager, completeClocks, { caseId: kase.id, clocks: plan.complete, at: now });
    }
    for (const clock of plan?.start ?? []) await this.start(manager, kase, clock, now);
    await this.refreshDeadlines(manager, kase.id, now);
  }

  /**
   * The case's category (or channel) was corrected: each running clock takes the limit the rules
   * give the case now, and a clock that no longer applies (the 1×24 h pothole promise for what
   * turned out to be drainage) stops. Clocks the new facts would have started at intake are not
   * started after the fact.
   */
  async onFactsChanged(manager: EntityManager, kase: ClockedCase, now = new Date()): Promise<void> {
    const rows = (await runQuery(manager, runningClocks, { caseId: kase.id })).map(toClockRow);
    for (const row of rows) {
      const definition = resolveSlaDefinition(this.rules, row.clock, {
        category: kase.category,
        channel: kase.channel,
      });
      if (!definition) {
        await runQuery(manager, stopClock, { caseId: kase.id, clock: row.clock, at: now });
      } else if (definition.kind !== row.kind || definition.amount !== Number(row.amount)) {
        await runQuery(manager, changeClockLimit, {
          caseId: kase.id,
          clock: row.clock,
          kind: definition.kind,
          amount: definition.amount,
        });
      }
    }
    await this.refreshDeadlines(manager, kase.id, now);
  }

  /** The resolution clock starts once the file is complete (the location is known). */
  async onLocationKnown(
    manager: EntityManager,
    kase: ClockedCase,
    now = new Date(),
  ): Promise<void> {
    await this.start(manager, kase, 'resolution', now);
  }

  /**
   * The case's road segment became known or changed (its point moved): on a provincial segment
   * the 1×24 h pothole clock starts (once: a clock that ran keeps its history); off one, a
   * running pothole clock stops, because the promise is the province's.
   */
  async onRoadChanged(manager: EntityManager, kase: ClockedCase, now = new Date()): Promise<void> {
    const existing = (await runQuery(manager, clocksOfCase, { caseId: kase.id })).find(
      (row) => row.clock === 'pothole_response',
    );
    if (kase.roadStatus === 'provinsi') {
      if (!existing && !POTHOLE_TOO_LATE.includes(kase.status))
        await this.start(manager, kase, 'pothole_response', now);
    } else if (existing && !existing.completed_at) {
      await runQuery(manager, stopClock, { caseId: kase.id, clock: 'pothole_response', at: now });
      await this.refreshDeadlines(manager, kase.id, now);
    }
  }

  /** The road status under the case's point, narrowed to the contract's statuses. */
  async roadStatus(manager: EntityManager, caseId: string): Promise<RoadStatus | null> {
    const { roadStatus } = await this.clockedCase(manager, caseId);
    return ROAD_STATUSES.find((status) => status === roadStatus) ?? null;
  }

  /**
   * Why the 1×24 h pothole clock runs or not, for the case page; null when the promise does not
   * concern the case's category at all.
   */
  async potholeClockReason(
    manager: EntityManager,
    caseId: string,
    clocks: readonly CaseClockView[],
  ): Promise<PotholeClockReason | null> {
    const kase = await this.clockedCase(manager, caseId);
    if (
      !resolveSlaDefinition(this.rules, 'pothole_response', {
        category: kase.category,
        channel: kase.channel,
      })
    )
      return null;
    if (clocks.some((c) => c.clock === 'pothole_response'))
      return {
        applies: true,
        reason: {
          id: 'Titik berada di ruas jalan provinsi: janji URC 1×24 jam berlaku.',
          en: 'The point lies on a provincial road segment: the URC 1×24 h promise applies.',
        },
      };
    if (!kase.hasPoint)
      return {
        applies: false,
        reason: {
          id: 'Titik lokasi belum diketahui: jam 1×24 jam berjalan setelah titik terbukti berada di ruas jalan provinsi.',
          en: 'The point is not known yet: the 1×24 h clock runs once the point is on a provincial road segment.',
        },
      };
    if (!kase.roadStatus)
      return {
        applies: false,
        reason: {
          id: 'Titik tidak berada di ruas jalan terdaftar (dalam 30 m) atau dekat ruas beberapa pemilik: status jalan belum diketahui, jam 1×24 jam tidak berjalan.',
          en: 'The point is not on a registered road segment (within 30 m), or near segments of several owners: the road status is unknown, so the 1×24 h clock does not run.',
        },
      };
    return {
      applies: false,
      reason: {
        id: `Titik berada di ruas jalan ${kase.roadStatus}: janji URC 1×24 jam hanya untuk jalan provinsi.`,
        en: `The point lies on a ${kase.roadStatus} road segment: the URC 1×24 h promise covers provincial roads only.`,
      },
    };
  }

  async views(manager: EntityManager, caseId: string, now = new Date()): Promise<CaseClockView[]> {
    const rows = (await runQuery(manager, clocksOfCase, { caseId })).map(toClockRow);
    const calendar = await this.workingCalendar();
    return rows.map((row) => {
      const deadline = this.deadlineOf(row, calendar, now);
      return {
        clock: row.clock,
        label: DEFAULT_SLA_DEFINITIONS[row.clock].label,
        kind: row.kind,
        amount: Number(row.amount),
        startedAt: row.started_at.toISOString(),
        deadline: deadline.deadline?.toISOString() ?? null,
        paused: deadline.paused,
        completedAt: row.completed_at?.toISOString() ?? null,
        escalatedAt: row.escalated_at?.toISOString() ?? null,
        state: row.completed_at ? null : (slaStateOf(deadline, now, calendar) as SlaState),
      };
    });
  }

  private async start(
    manager: EntityManager,
    kase: ClockedCase,
    clock: SlaClockName,
    now: Date,
    startedAt = now,
  ): Promise<void> {
    const definition = resolveSlaDefinition(this.rules, clock, {
      category: kase.category,
      channel: kase.channel,
    });
    if (!definition) return;
    await runQuery(manager, startClock, {
      caseId: kase.id,
      clock,
      kind: definition.kind,
      amount: definition.amount,
      at: startedAt,
    });
    await this.refreshDeadlines(manager, kase.id, now);
  }

  /** Stores each running clock's deadline (for lists and sorting) and schedules its timer. */
  private async refreshDeadlines(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    const rows = (await runQuery(manager, runningClocks, { caseId })).map(toClockRow);
    const deadlines = await this.storeDeadlines(manager, rows, await this.workingCalendar(), now);
    // Sent outside the transaction: if it rolls back, the job finds nothing to do.
    for (const { row, deadline } of deadlines)
      if (deadline && !row.escalated_at)
        await this.schedule(caseId, row.clock, deadline, row.started_at);
  }

  /** Each clock's deadline on the calendar, written where it differs from the stored one. */
  private async storeDeadlines(
    manager: EntityManager,
    rows: ClockRow[],
    calendar: WorkingCalendar,
    now: Date,
  ): Promise<{ row: ClockRow; deadline: Date | null; changed: boolean }[]> {
    const result: { row: ClockRow; deadline: Date | null; changed: boolean }[] = [];
    for (const row of rows) {
      const { deadline } = this.deadlineOf(row, calendar, now);
      const changed = (deadline?.getTime() ?? null) !== (row.deadline?.getTime() ?? null);
      if (changed)
        await runQuery(manager, storeDeadline, { caseId: row.case_id, clock: row.clock, deadline });
      result.push({ row, deadline, changed });
    }
    return result;
  }

  /**
   * Queues the clock's timer for its deadline and, knowing when it started, its reminder
   * (duplicates are harmless: one job per deadline).
   */
  async schedule(
    caseId: string,
    clock: SlaClockName,
    deadline: Date,
    startedAt?: Date,
  ): Promise<void> {
    const key = `${caseId}:${clock}:${deadline.getTime()}`;
    try {
      await this.jobs.send<DueJob>(
        QUEUES.caseClockDue,
        { caseId, clock },
        { startAfter: deadline, singletonKey: key },
      );
      if (startedAt)
        await this.jobs.send<ReminderJob>(
          QUEUES.caseClockRemind,
          { caseId, clock, deadline: deadline.toISOString() },
          { startAfter: reminderTime(startedAt, deadline), singletonKey: key },
        );
    } catch (error) {
      this.logger.warn(`could not schedule ${clock} of ${caseId}: ${(error as Error).message}`);
    }
  }

  deadlineOf(row: ClockRow, calendar: WorkingCalendar, now: Date) {
    const pauses: SlaPause[] = row.pauses.map((p) => ({
      from: new Date(p.from),
      to: p.to ? new Date(p.to) : null,
    }));
    return computeDeadline(
      { kind: row.kind, amount: Number(row.amount) },
      row.started_at,
      pauses,
      calendar,
      now,
    );
  }

  /**
   * The national calendar with the shipped decrees (the 2026 SKB) and the admins' overrides over
   * them (cuti bersama, moved holidays, later years' decrees).
   */
  private async workingCalendar(): Promise<WorkingCalendar> {
    if (this.calendar && Date.now() - this.calendar.at < CALENDAR_CACHE_MS)
      return this.calendar.value;
    const rows = await runQuery(this.dataSource, calendarOverrides, undefined);
    const overrides = rows.map((r): CalendarOverride => ({
      date: r.date,
      kind: overrideKind(r.kind),
      ...(r.name ? { name: r.name } : {}),
    }));
    const { timeZone, officeHours } = this.config.sla;
    this.calendar = {
      value: new WorkingCalendar({
        overrides: withShippedDecrees(overrides),
        ...(timeZone ? { timeZone } : {}),
        ...(officeHours ? { officeHours } : {}),
      }),
      at: Date.now(),
    };
    return this.calendar.value;
  }

  /** The calendar in force (cached for a minute; other processes see an edit within that). */
  calendarNow(): Promise<WorkingCalendar> {
    return this.workingCalendar();
  }

  /** Forgets the cached calendar (after an admin edits it). */
  invalidateCalendar(): void {
    this.calendar = null;
  }

  /**
   * An admin added, moved or removed a day: forgets this process's calendar and queues the
   * running clocks' deadlines to be computed again (on the durable queue: a restart in between
   * loses nothing).
   */
  async calendarChanged(date: string): Promise<void> {
    this.invalidateCalendar();
    await this.jobs.send<CalendarChangedJob>(QUEUES.calendarChanged, { date });
  }

  /**
   * Gives every running clock whose span reaches the edited day its deadline on the calendar as it
   * is now, in batches under row locks (a clock a transition changes meanwhile is read after it),
   * and queues the timers of the deadlines that moved. Paused clocks have no deadline and get one
   * when they resume; escalated ones keep their escalation. Returns how many deadlines moved.
   */
  async recomputeDeadlines(date: string, now = new Date()): Promise<number> {
    this.invalidateCalendar();
    const calendar = await this.workingCalendar();
    let after: { caseId: string; clock: string } | null = null;
    let moved = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
        // A day's margin either side: the day is a date in the agency's time zone.
        const rows = (
          await runQuery(manager, clocksAroundDay, {
            day: date,
            afterCase: after?.caseId ?? null,
            afterClock: after?.clock ?? '',
            limit: RECOMPUTE_BATCH,
          })
        ).map(toClockRow);
        const stored = await this.storeDeadlines(manager, rows, calendar, now);
        return { rows, changed: stored.filter((d) => d.changed) };
      });
      for (const { row, deadline } of batch.changed)
        if (deadline && !row.escalated_at)
          await this.schedule(row.case_id, row.clock, deadline, row.started_at);
      moved += batch.changed.length;
      const last = batch.rows[batch.rows.length - 1];
      if (batch.rows.length < RECOMPUTE_BATCH || !last) return moved;
      after = { caseId: last.case_id, clock: last.clock };
    }
  }
}
