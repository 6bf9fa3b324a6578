import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../database/query-rows';
import { DEFAULT_SLA_DEFINITIONS, type SlaClockName } from '../sla';
import { NotificationWriter } from './notification-writer';

const SWEEP_INTERVAL_MS = 15 * 60_000;
/** A running clock earns a reminder once less than this is left… */
const REMIND_WITHIN_HOURS = 24;
/** …and at least half of its time has passed (a 1×24-hour clock is reminded at 12 hours left). */
const REMIND_AFTER_FRACTION = 0.5;
const SWEEP_LIMIT = 1000;

const WIB = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});

/**
 * SLA reminders: a quarter-hourly sweep (and one at start) finds running clocks whose deadline
 * is near and tells the people working the case: its assigned officers, or, when nobody is
 * assigned, the lead agency's officers and admins. Each deadline is claimed once in
 * `sla_reminder`, so several API processes never remind twice. Escalations, once a deadline has
 * passed, are the clock timers' (`cases/clock-timers.ts`).
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

  /** Sends the reminders that are due; answers how many deadlines were reminded. */
  async sweep(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const claimed = await queryRows<{ case_id: string; clock: SlaClockName; deadline: Date }>(
        manager,
        `INSERT INTO sla_reminder (case_id, clock, deadline)
         SELECT k.case_id, k.clock, k.deadline FROM case_clock k
         WHERE k.completed_at IS NULL AND k.escalated_at IS NULL
           AND k.deadline > $1 AND k.deadline <= $1 + make_interval(hours => $2)
           AND $1 - k.started_at >= (k.deadline - k.started_at) * $3
         ORDER BY k.deadline LIMIT $4
         ON CONFLICT DO NOTHING
         RETURNING case_id, clock, deadline`,
        [now, REMIND_WITHIN_HOURS, REMIND_AFTER_FRACTION, SWEEP_LIMIT],
      );
      for (const reminder of claimed) {
        const [kase] = await queryRows<{ number: string; title: string; lead: string }>(
          manager,
          `SELECT c.number, c.title, p.agency_id AS lead FROM "case" c
           JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' WHERE c.id = $1`,
          [reminder.case_id],
        );
        if (!kase) continue;
        const assignees = await queryRows<{ user_id: string }>(
          manager,
          `SELECT user_id FROM case_assignee WHERE case_id = $1`,
          [reminder.case_id],
        );
        const recipients =
          assignees.length > 0
            ? assignees.map((a) => a.user_id)
            : await this.notifications.membersOf(manager, [kase.lead], ['petugas', 'admin']);
        const label = DEFAULT_SLA_DEFINITIONS[reminder.clock]?.label.id ?? reminder.clock;
        await this.notifications.notify(manager, recipients, {
          kind: 'sla_reminder',
          caseId: reminder.case_id,
          title: `Batas waktu "${label}" segera berakhir: ${kase.number}`,
          body: `${kase.title} — batas ${WIB.format(reminder.deadline)} WIB`,
          actor: null,
        });
      }
      return claimed.length;
    });
  }
}
