import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CLARIFICATION_CLOCK_HOURS } from '@simpul/contracts';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { runQuery } from '../database/typed-query';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { ApprovalNotices } from './approval-notices';
import { ApprovalService } from './approval.service';
import * as chainSql from './clarification-chain.queries';

/** The reminder job of one draft, due CLARIFICATION_REMIND_AT_HOURS into its 24-hour clock. */
export interface ApprovalReminderJob {
  draftId: string;
}

const REMINDER_SWEEP_MS = 15 * 60_000;

/**
 * Telling the approval chain's people in time (#15 items 1 and 3). The notice sweep (every
 * `JOB_POLLING_SECONDS`) finds drafts whose chain started or restarted (a new draft, an edit that
 * voided approvals, a rejection: `chain_started_at`) since their next step was last told
 * (`approval_noticed_at`), tells that step's eligible people, and queues the pg-boss job
 * `clarification-remind` for `CLARIFICATION_REMIND_AT_HOURS` after the hoax was logged. The reminder
 * tells the open step's approvers that the 24-hour clock nears its end. Each draft is claimed in the
 * transaction that notifies (`approval_noticed_at`, `reminded_at`; a restart clears `reminded_at`),
 * so a retried job, the sweeps and several API processes tell once per chain run. They run as the
 * system with the owning agency's row-level security context. The notices after an approval and a
 * rejection are written by ApprovalService.decide in its own transaction.
 */
@Injectable()
export class ClarificationApprovalJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClarificationApprovalJobs.name);
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly jobs: JobQueue,
    private readonly approvals: ApprovalService,
    private readonly notices: ApprovalNotices,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<ApprovalReminderJob>(QUEUES.clarificationRemind, (job) =>
      this.remind(new Date(), job.draftId).then(() => undefined),
    );
    const every = (ms: number, what: string, work: () => Promise<unknown>) => {
      const run = () =>
        void work().catch((error: unknown) =>
          this.logger.warn(`clarification ${what} failed: ${String(error)}`),
        );
      run();
      const timer = setInterval(run, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.config.jobPollingSeconds * 1000, 'approval notice sweep', () => this.noticeSweep());
    every(REMINDER_SWEEP_MS, 'reminder sweep', () => this.remind(new Date()));
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }

  /** A system transaction that reads the draft as its owning agency does. */
  private asOwner<T>(
    draftId: string,
    work: (
      manager: EntityManager,
      owner: { agencyId: string; loggedAt: Date; status: string },
    ) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      const [owner] = await runQuery(manager, chainSql.draftOwner, { draftId });
      if (!owner) return null;
      await manager.query(`SELECT set_config('simpul.agency_id', $1, true)`, [owner.agencyId]);
      return work(manager, owner);
    });
  }

  /**
   * Tells the next step of every chain that (re)started since it was last told, and queues its
   * reminder. Answers the drafts told, with their recipients.
   */
  async noticeSweep(): Promise<Map<string, string[]>> {
    const started = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
      return runQuery(manager, chainSql.chainsToNotice, undefined as never);
    });
    const told = new Map<string, string[]>();
    for (const draft of started) {
      const recipients = await this.asOwner(draft.id, async (manager, owner) => {
        const [claimed] = await runQuery(manager, chainSql.claimChainNotice, { draftId: draft.id });
        if (!claimed) return null;
        const remindAt = new Date(
          owner.loggedAt.getTime() + this.config.clarificationRemindAtHours * 3_600_000,
        );
        await this.jobs.sendInTransaction<ApprovalReminderJob>(
          manager,
          QUEUES.clarificationRemind,
          { draftId: draft.id },
          { startAfter: remindAt > new Date() ? remindAt : new Date() },
        );
        const chain = await this.approvals.chain(manager, null, draft.id, owner.agencyId);
        return this.notices.nextStep(manager, draft.id, chain, null);
      });
      if (recipients) told.set(draft.id, recipients);
    }
    return told;
  }

  /**
   * Reminds the open step of every due draft (or of one), each claimed and reminded in one
   * transaction: a failure reminds nobody and leaves it for the retry. Answers the reminded drafts
   * with their recipients.
   */
  async remind(now: Date, draftId: string | null = null): Promise<Map<string, string[]>> {
    const due = draftId
      ? [{ id: draftId }]
      : await this.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT set_config('simpul.system', 'on', true)`);
          return runQuery(manager, chainSql.dueClarificationReminders, {
            now,
            remindAtHours: this.config.clarificationRemindAtHours,
            clockHours: CLARIFICATION_CLOCK_HOURS,
          });
        });
    const reminded = new Map<string, string[]>();
    for (const draft of due) {
      const recipients = await this.asOwner(draft.id, async (manager, owner) => {
        const [claimed] = await runQuery(manager, chainSql.claimDueClarificationReminders, {
          now,
          remindAtHours: this.config.clarificationRemindAtHours,
          clockHours: CLARIFICATION_CLOCK_HOURS,
          draftId: draft.id,
        });
        if (!claimed) return null;
        const chain = await this.approvals.chain(manager, null, draft.id, owner.agencyId);
        return this.notices.nextStep(
          manager,
          draft.id,
          chain,
          null,
          'clarification_reminder',
          owner.loggedAt,
        );
      });
      if (recipients) reminded.set(draft.id, recipients);
    }
    return reminded;
  }
}
