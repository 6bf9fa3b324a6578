import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { NotificationKind } from '@simpul/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { runQuery } from '../database/typed-query';
import { JobQueue, QUEUES } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer';
import { mailRecipient } from './notification-writer.queries';

/**
 * The one place that decides which notification kinds are also e-mailed (when SMTP is
 * configured), with the English line under the Indonesian text. Every other kind stays in-app.
 */
export const MAILED_KINDS: Partial<Record<NotificationKind, string>> = {
  handoff_request: 'Another agency proposes to hand a case over to your agency.',
  handoff_answered: 'A handoff your agency proposed was answered.',
  handoff_expired: 'A handoff proposal went unanswered past its deadline.',
  collaboration_request: 'Another agency invites your agency to work on a case, with a task.',
  task_update: 'A co-ownership task on a case changed.',
  arbitration_needed: 'A case bounced between agencies and waits for your decision.',
  merge_request: 'Another agency asks to merge a case your agency leads into theirs.',
  clarification_approval_needed: 'A hoax clarification waits for your approval step.',
  clarification_rejected: 'A hoax clarification you edited was rejected; the note says why.',
  clarification_reminder: "A hoax clarification's 24-hour clock nears its end; your step is open.",
};

/** One e-mail to one person (one job each, so a retry never sends twice to the others). */
export interface NotificationMailJob {
  userId: string;
  kind: NotificationKind;
  caseId: string | null;
  caseNumber: string | null;
  title: string;
  body: string | null;
}

/**
 * E-mails the notifications of MAILED_KINDS. The job is queued in the notification's own
 * transaction (pg-boss in the caller's connection), so it exists exactly when the notification
 * does and survives a crash; a worker sends it after the commit, retried by pg-boss when the SMTP
 * server fails. The message holds only the notification's own title and text, the case number and a
 * link: no reporter's name or contact (those stay behind sign-in and the access policy).
 */
@Injectable()
export class NotificationMail implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationMail.name);

  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  /** Whether this kind is e-mailed now: a mailed kind and SMTP configured. */
  mails(kind: NotificationKind): boolean {
    return this.mailer.configured && MAILED_KINDS[kind] !== undefined;
  }

  /** Queues the e-mails in the caller's transaction (nothing when `mails(kind)` is false). */
  async queue(
    manager: EntityManager,
    userIds: readonly string[],
    mail: Omit<NotificationMailJob, 'userId'>,
  ): Promise<void> {
    if (!this.mails(mail.kind)) return;
    for (const userId of userIds) {
      await this.jobs.sendInTransaction<NotificationMailJob>(manager, QUEUES.notificationMail, {
        ...mail,
        userId,
      });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.mailer.configured) return;
    await this.jobs.work<NotificationMailJob>(QUEUES.notificationMail, (job) => this.send(job));
  }

  /** Sends one queued e-mail; throws when the SMTP server refused it, so pg-boss retries. */
  async send(job: NotificationMailJob): Promise<void> {
    const [to] = await runQuery(this.dataSource.manager, mailRecipient, { userId: job.userId });
    if (!to) return;
    const { subject, text } = composeNotificationMail(job, this.config.publicUrl);
    if (!(await this.mailer.send(to.email, subject, text))) {
      this.logger.warn(`notification e-mail (${job.kind}) not sent; pg-boss retries it`);
      throw new Error('SMTP refused the notification e-mail');
    }
  }
}

/** Subject and text of a notification e-mail: Indonesian first, an English line below. */
export function composeNotificationMail(
  job: Omit<NotificationMailJob, 'userId'>,
  publicUrl: string,
): { subject: string; text: string } {
  const base = publicUrl.replace(/\/+$/, '');
  const link = job.caseId ? `${base}/kasus/${job.caseId}` : null;
  // Clarification notices concern a draft, not a case: they link the drafts list.
  const drafts =
    !job.caseId && job.kind.startsWith('clarification_') ? `${base}/draf-klarifikasi` : null;
  const subject = `[Simpul] ${job.title}`.replace(/[\r\n]+/g, ' ').slice(0, 200);
  const lines = [
    job.title,
    ...(job.body ? ['', job.body] : []),
    '',
    ...(link ? [`Buka kasus${job.caseNumber ? ` ${job.caseNumber}` : ''}: ${link}`] : []),
    ...(drafts ? [`Buka draf klarifikasi: ${drafts}`] : []),
    '',
    `English: ${MAILED_KINDS[job.kind] ?? job.title}`,
    ...(link ? [`Open the case: ${link}`] : []),
    ...(drafts ? [`Open the clarification drafts: ${drafts}`] : []),
    '',
    '—',
    'Pesan otomatis Simpul; balasan ke alamat ini tidak dibaca. Identitas pelapor hanya terlihat setelah masuk.',
    'Automatic message from Simpul; replies are not read. Reporter identities are shown only after signing in.',
  ];
  return { subject, text: lines.join('\n') };
}
