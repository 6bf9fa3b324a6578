import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { runQuery } from '../database/typed-query';
import { DEFAULT_SLA_DEFINITIONS, SLA_CLOCK_NAMES, type SlaClockName } from '@simpul/sla';
import { NotificationWriter } from './notification-writer';
import {
  caseAssignees,
  claimDueReminders,
  claimReminder,
  reminderCase,
  type IClaimReminderResult,
} from './sla-reminders.queries';

const SWEEP_INTERVAL_MS = 15 * 60_000;
/** A running clock earns a reminder once less than this is left… */
const REMIND_WITHIN_HOURS = 24;
/** …and at least half of its time has passed (a 1×24-hour clock is reminded at 12 hours left). */
const REMIND_AFTER_FRACTION = 0.5;
const SWEEP_LIMIT = 1000;

/** When a clock that started then and is due then earns its reminder (the rule above). */
export function reminderTime(startedAt: Date, deadline: Date): Date {
  const span = deadline.getTime() - startedAt.getTime();
  return new Date(
    Math.max(
      deadline.getTime() - REMIND_WITHIN_HOURS * 3_600_000,
      startedAt.getTime() + span * REMIND_AFTER_FRACTION,
    ),
  );
}

/** The reminder job of one deadline, queued with the clock's timer. */
export interface ReminderJob {
  caseId: string;
  clock: SlaClockName;
  /** ISO; a job for a deadline that has moved since reminds of nothing. */
  deadline: string;
}

const WIB = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});

/**
 * SLA reminders tell the people working a case that a deadline is near: its assigned officers, or,
 * when nobody is assigned, the lead agency's officers and admins. Each clock's reminder is a job on
 * the durable queue, queued with its timer for {@link reminderTime} (`remind`); a quarter-hourly
 * sweep (and one at start) catches clocks that were written without a queue. Each deadline is
 * claimed once in `sla_reminder`, so a repeated job, the sweep and several API processes never
 * remind twice. Escalations, once a deadline has passed, are the clock timers'
 * (`cases/clock-timers.ts`).
 */
@Injectable()
export class SlaReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SlaReminders.name);
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationWriter,
  ) {}

  onApplicationBootstrap(): void {
    const run = () =>
      void this.sweep().catch((error: unknown) =>
        this.logger.warn(`SLA reminder sweep failed: ${String(error)}`),
      );
    run();
    this.sweeper = setInterval(run, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /** The queued reminder of one deadline: sent once, and only while that deadline stands. */
  async remind(job: ReminderJob): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const claimed = await runQuery(manager, claimReminder, {
        caseId: job.caseId,
        clock: job.clock,
        deadline: job.deadline,
      });
      for (const reminder of claimed) await this.send(manager, reminder);
      return claimed.length > 0;
    });
  }

  /** Sends the reminders that are due; answers how many deadlines were reminded. */
  async sweep(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const claimed = await runQuery(manager, claimDueReminders, {
        now,
        withinHours: REMIND_WITHIN_HOURS,
        afterFraction: REMIND_AFTER_FRACTION,
        limit: SWEEP_LIMIT,
      });
      for (const reminder of claimed) await this.send(manager, reminder);
      return claimed.length;
    });
  }

  private async send(manager: EntityManager, reminder: IClaimReminderResult): Promise<void> {
    const [kase] = await runQuery(manager, reminderCase, { caseId: reminder.case_id });
    if (!kase) return;
    const assignees = await runQuery(manager, caseAssignees, { caseId: reminder.case_id });
    const recipients =
      assignees.length > 0
        ? assignees.map((a) => a.user_id)
        : await this.notifications.membersOf(manager, [kase.lead], ['petugas', 'admin']);
    const clock = SLA_CLOCK_NAMES.find((name) => name === reminder.clock);
    const label = clock ? DEFAULT_SLA_DEFINITIONS[clock].label.id : reminder.clock;
    await this.notifications.notify(manager, recipients, {
      kind: 'sla_reminder',
      caseId: reminder.case_id,
      title: `Batas waktu "${label}" segera berakhir: ${kase.number}`,
      body: `${kase.title} — batas ${WIB.format(reminder.deadline)} WIB`,
      actor: null,
    });
  }
}
