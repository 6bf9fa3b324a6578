import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { NotificationWriter } from '../notifications/notification-writer';
import { SlaReminders, type ReminderJob } from '../notifications/sla-reminders';
import { DEFAULT_SLA_DEFINITIONS, SLA_CLOCK_NAMES, type SlaClockName } from '@simpul/sla';
import { runQuery } from '../database/typed-query';
import {
  CaseClocks,
  ON_EXPIRY,
  type CalendarChangedJob,
  toClockRow,
  type DueJob,
} from './case-clocks';
import { caseStatus } from './case-repository';
import { CaseEventLog } from './case-event-log';
import { decideTransition } from './case-status.machine';
import { CaseStatusWriter } from './case-status-writer';
import { dueClocks, escalateClock, lockCaseStatus, lockDueClock } from './sql/case-clocks.queries';

const CATCH_UP_INTERVAL_MS = 15 * 60_000;
/** Clocks due within this reach of a sweep are queued by it (longer than the interval). */
const CATCH_UP_HORIZON_MINUTES = 30;

/**
 * What happens when a clock runs out, on the durable job queue: auto-close, auto-archive, or an
 * escalation to the agency's leaders recorded on the case. Each job re-checks the clock in the
 * database under a row lock, so a late, repeated or stale job changes nothing.
 */
@Injectable()
export class ClockTimers implements OnApplicationBootstrap, OnApplicationShutdown {
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clocks: CaseClocks,
    private readonly statusWriter: CaseStatusWriter,
    private readonly eventLog: CaseEventLog,
    private readonly notifications: NotificationWriter,
    private readonly reminders: SlaReminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<DueJob>(QUEUES.caseClockDue, (job) => this.fire(job.caseId, job.clock));
    await this.jobs.work<ReminderJob>(QUEUES.caseClockRemind, async (job) => {
      await this.reminders.remind(job);
    });
    await this.jobs.work<CalendarChangedJob>(QUEUES.calendarChanged, async (job) => {
      await this.clocks.recomputeDeadlines(job.date);
    });
    await this.catchUp();
    this.sweeper = setInterval(
      () => void this.catchUp().catch(() => undefined),
      CATCH_UP_INTERVAL_MS,
    );
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /**
   * Queues the clocks due before the horizon: covers a process that died between committing a
   * change and queueing its timer, and clocks written without a queue (seeds, imports by SQL).
   * Runs at start and every quarter hour; the singleton key keeps one job per deadline.
   */
  async catchUp(): Promise<void> {
    const due = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return runQuery(manager, dueClocks, { minutes: CATCH_UP_HORIZON_MINUTES });
    });
    for (const row of due) {
      const clock = SLA_CLOCK_NAMES.find((name) => name === row.clock);
      if (clock) await this.clocks.schedule(row.case_id, clock, row.deadline);
    }
  }

  async fire(caseId: string, clock: SlaClockName, now = new Date()): Promise<void> {
    const reschedule = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const [stored] = await runQuery(manager, lockDueClock, { caseId, clock });
      if (!stored) return null;
      const row = toClockRow(stored);
      const deadline = this.clocks.deadlineOf(row, await this.clocks.calendarNow(), now).deadline;
      if (!deadline) return null; // paused: rescheduled when it resumes
      if (deadline > now) return deadline; // moved by a pause: try again then
      const [locked] = await runQuery(manager, lockCaseStatus, { caseId });
      const kase = {
        status: caseStatus(locked.status),
        status_before_hold:
          locked.status_before_hold === null ? null : caseStatus(locked.status_before_hold),
      };
      const action = ON_EXPIRY[clock];
      const decision = action
        ? decideTransition(
            action,
            kase.status,
            kase.status_before_hold,
            { kind: 'system' },
            undefined,
          )
        : null;
      if (action && decision?.ok) {
        const note = `Otomatis: batas waktu "${DEFAULT_SLA_DEFINITIONS[clock].label.id}" terlampaui`;
        await this.statusWriter.apply(
          manager,
          caseId,
          null,
          action,
          { from: kase.status, to: decision.to, holdFrom: decision.holdFrom },
          note,
        );
      } else {
        await runQuery(manager, escalateClock, { caseId, clock, at: now });
        await this.eventLog.append(manager, caseId, null, 'case.sla_escalated', null, {
          clock,
          deadline: deadline.toISOString(),
        });
        await this.notifications.slaEscalation(
          manager,
          caseId,
          DEFAULT_SLA_DEFINITIONS[clock].label.id,
        );
      }
      return null;
    });
    if (reschedule) await this.clocks.schedule(caseId, clock, reschedule);
  }
}
