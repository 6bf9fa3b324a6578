import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLARIFICATION_CLOCK_HOURS, type ApprovalChainView } from '@simpul/contracts';
import { runQuery } from '../database/typed-query';
import { groupTitle } from '../notifications/notification-groups';
import { NotificationWriter } from '../notifications/notification-writer';
import * as chainSql from './clarification-chain.queries';

const WIB = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});

type Who = { userId: string; name: string } | null;

/**
 * Who hears of the approval chain (#15 item 3): the eligible people of the next step when a chain
 * starts, restarts or moves on, and as its 24-hour clock nears its end; the draft's editors when a
 * step rejects it, with the note. The notices that it is someone's turn are grouped (`clarification_approval:<id>`),
 * so a restarted chain raises the recipient's unread notice instead of adding another. Written in
 * the caller's transaction (NotificationWriter: in-app, live, e-mailed when SMTP is configured).
 */
@Injectable()
export class ApprovalNotices {
  constructor(private readonly notifications: NotificationWriter) {}

  private async facts(manager: EntityManager, draftId: string) {
    const [draft] = await runQuery(manager, chainSql.draftTitle, { draftId });
    return draft ?? { title: '', agencyShortName: '' };
  }

  /** The next step's eligible people: "a clarification waits for your approval". */
  async nextStep(
    manager: EntityManager,
    draftId: string,
    chain: ApprovalChainView,
    actor: Who,
    kind:
      'clarification_approval_needed' | 'clarification_reminder' = 'clarification_approval_needed',
    loggedAt?: Date,
  ): Promise<string[]> {
    if (chain.nextStep === null) return [];
    const step = chain.steps[chain.nextStep];
    const recipients = step.eligible.map((e) => e.userId);
    if (recipients.length === 0) return [];
    const { title, agencyShortName } = await this.facts(manager, draftId);
    const deadline = loggedAt
      ? ` — batas ${WIB.format(new Date(loggedAt.getTime() + CLARIFICATION_CLOCK_HOURS * 3_600_000))} WIB`
      : '';
    await this.notifications.notify(manager, recipients, {
      kind,
      caseId: null,
      // The title is the draft's; the web words the kind around it (notifications.kinds).
      title,
      body: `${
        kind === 'clarification_reminder'
          ? 'Batas 24 jam klarifikasi segera berakhir'
          : 'Klarifikasi menunggu persetujuan Anda'
      }. Langkah ${chain.nextStep + 1} dari ${chain.steps.length}: ${step.name}${deadline}`,
      actor,
      // The reminder stands alone: grouped into an unread notice it would lose its own title.
      grouping:
        kind === 'clarification_reminder'
          ? undefined
          : {
              group: 'clarification_approval',
              scope: draftId,
              groupTitle: groupTitle('clarification_approval', { agency: agencyShortName }),
            },
    });
    return recipients;
  }

  /** A step rejected the draft: its editors (and its creator) hear of it, with the note. */
  async rejected(
    manager: EntityManager,
    draftId: string,
    stepName: string,
    note: string,
    actor: Who,
  ): Promise<void> {
    const editors = await runQuery(manager, chainSql.draftEditors, { draftId });
    const { title } = await this.facts(manager, draftId);
    await this.notifications.notify(
      manager,
      editors.map((e) => e.userId),
      {
        kind: 'clarification_rejected',
        caseId: null,
        title,
        body: `Ditolak pada langkah ${stepName}: ${note}`,
        actor,
      },
    );
  }
}
