import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SOCKET_EVENTS, type NotificationKind, type NotificationView } from '@simpul/contracts';
import { runQuery } from '../database/typed-query';
import { Outbox } from '../outbox/outbox';
import { groupKey, groupOfKey, groupTitle, type NotificationGrouping } from './notification-groups';
import { NotificationMail } from './notification-mail';
import {
  caseNumber,
  escalationFacts,
  insertNotifications,
  newCaseFacts,
  notifyGrouped,
  receivingMembers,
  receivingRecipients,
} from './notification-writer.queries';

export interface NewNotification {
  kind: NotificationKind;
  caseId: string | null;
  title: string;
  body: string | null;
  /** The person who caused it (never notified of their own act); null for the system. */
  actor: { userId: string; name: string } | null;
  /**
   * Gathers it with the recipient's unread notification of the same group and scope (see
   * notification-groups.ts); `groupTitle` is its title for a count above 1, `{n}` the count.
   */
  grouping?: NotificationGrouping & { groupTitle: string };
}

/**
 * Leaves notifications for people in the caller's transaction and publishes each to its
 * recipient's room through the outbox, so they appear live only once the change is committed.
 * Kinds that are also e-mailed (notification-mail.ts) queue their e-mails in the same transaction.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly outbox: Outbox,
    private readonly mail: NotificationMail,
  ) {}

  async notify(
    manager: EntityManager,
    recipientIds: readonly string[],
    notification: NewNotification,
  ): Promise<NotificationView[]> {
    const candidates = [...new Set(recipientIds)].filter((id) => id !== notification.actor?.userId);
    if (candidates.length === 0) return [];
    // Only people who receive notifications (notification-writer.sql says who).
    const recipients = await runQuery(manager, receivingRecipients, { candidates });
    if (recipients.length === 0) return [];
    const [kase] = notification.caseId
      ? await runQuery(manager, caseNumber, { caseId: notification.caseId })
      : [];
    await this.mail.queue(
      manager,
      recipients.map((r) => r.id),
      {
        kind: notification.kind,
        caseId: notification.caseId,
        caseNumber: kase?.number ?? null,
        title: notification.title.slice(0, 300),
        body: notification.body,
      },
    );
    // Explicit millisecond timestamps keep the keyset cursor exact.
    const createdAt = new Date();
    if (notification.grouping) {
      return this.notifyGrouped(manager, recipients, notification, kase?.number ?? null, createdAt);
    }
    const ids = recipients.map(() => randomUUID());
    await runQuery(manager, insertNotifications, {
      ids,
      userIds: recipients.map((r) => r.id),
      kind: notification.kind,
      caseId: notification.caseId,
      title: notification.title.slice(0, 300),
      body: notification.body,
      actorUserId: notification.actor?.userId ?? null,
      createdAt,
    });
    const views = recipients.map((recipient, i): NotificationView => ({
      id: ids[i],
      kind: notification.kind,
      caseId: notification.caseId,
      caseNumber: kase?.number ?? null,
      title: notification.title.slice(0, 300),
      body: notification.body,
      actorName: notification.actor?.name ?? null,
      createdAt: createdAt.toISOString(),
      readAt: null,
      group: null,
      groupCount: 1,
    }));
    for (const [i, recipient] of recipients.entries()) {
      await this.outbox.publish(manager, {
        channel: 'user',
        target: recipient.id,
        event: SOCKET_EVENTS.notificationNew,
        payload: views[i],
      });
    }
    return views;
  }

  /**
   * Adds a grouped notification per recipient, or raises the count of the recipient's unread one
   * of the same key; either way the recipient's open pages get the row as it now is (same id when
   * it was updated, so the bell replaces it rather than adding one).
   */
  private async notifyGrouped(
    manager: EntityManager,
    recipients: readonly { id: string }[],
    notification: NewNotification,
    number: string | null,
    createdAt: Date,
  ): Promise<NotificationView[]> {
    const grouping = notification.grouping;
    if (!grouping) return [];
    const key = groupKey(grouping);
    const rows = await runQuery(manager, notifyGrouped, {
      userIds: recipients.map((r) => r.id),
      kind: notification.kind,
      caseId: notification.caseId,
      title: notification.title,
      groupTitle: grouping.groupTitle,
      body: notification.body,
      actorUserId: notification.actor?.userId ?? null,
      createdAt,
      groupKey: key,
    });
    const views = rows.map((row): NotificationView => ({
      id: row.id,
      kind: notification.kind,
      caseId: row.case_id,
      caseNumber: row.case_id ? number : null,
      title: row.title,
      body: notification.body,
      actorName: notification.actor?.name ?? null,
      createdAt: createdAt.toISOString(),
      readAt: null,
      group: groupOfKey(key),
      groupCount: row.group_count,
    }));
    for (const [i, row] of rows.entries()) {
      await this.outbox.publish(manager, {
        channel: 'user',
        target: row.user_id,
        event: SOCKET_EVENTS.notificationNew,
        payload: views[i],
      });
    }
    return views;
  }

  /** Members of agencies with the given roles (all roles when omitted) who receive notifications. */
  async membersOf(
    manager: EntityManager,
    agencyIds: readonly string[],
    roles?: readonly string[],
  ): Promise<string[]> {
    if (agencyIds.length === 0) return [];
    const rows = await runQuery(manager, receivingMembers, {
      agencyIds: [...agencyIds],
      roles: roles ? [...roles] : null,
    });
    return rows.map((r) => r.id);
  }

  /**
   * A case has just been created: its lead agency's officers and admins hear of it. The cases of
   * one LAPOR import run (`laporImportRun`) are grouped: one "N aduan baru dari impor LAPOR" per
   * colleague, not one notification per row.
   */
  async newCase(
    manager: EntityManager,
    caseId: string,
    actor: { userId: string; name: string } | null,
    options: { laporImportRun?: string } = {},
  ): Promise<void> {
    const [kase] = await runQuery(manager, newCaseFacts, { caseId });
    if (!kase) return;
    await this.notify(
      manager,
      await this.membersOf(manager, [kase.agency_id], ['petugas', 'admin']),
      {
        kind: 'new_case',
        caseId,
        title: `Kasus baru untuk ${kase.agency}: ${kase.number}`,
        body: kase.title,
        actor,
        grouping: options.laporImportRun
          ? {
              group: 'lapor_import',
              scope: options.laporImportRun,
              groupTitle: groupTitle('lapor_import', { agency: kase.agency }),
            }
          : undefined,
      },
    );
  }

  /** An agency was invited to observe a case: its admins, officers and pimpinan hear of it. */
  async observerInvited(
    manager: EntityManager,
    caseId: string,
    agencyId: string,
    actor: { userId: string; name: string },
    reason: string,
  ): Promise<void> {
    const [kase] = await runQuery(manager, caseNumber, { caseId });
    if (!kase) return;
    const recipients = await this.membersOf(manager, [agencyId], ['admin', 'petugas', 'pimpinan']);
    await this.notify(manager, recipients, {
      kind: 'observer_invitation',
      caseId,
      title: `Instansi Anda diundang mengamati kasus ${kase.number} oleh ${actor.name}`,
      body: reason,
      actor,
    });
  }

  /**
   * Someone invited the person's account to an agency: the account's owner hears of it (nothing is
   * granted until they accept).
   */
  async membershipInvited(
    manager: EntityManager,
    userId: string,
    invitation: { agencyShortName: string; role: string },
    actor: { userId: string; name: string },
  ): Promise<void> {
    await this.notify(manager, [userId], {
      kind: 'membership_invitation',
      caseId: null,
      title: invitation.agencyShortName,
      body: `Peran: ${invitation.role}. Terima atau tolak di halaman Undangan instansi.`,
      actor,
    });
  }

  /** An admin created a password reset link for the person's account: its owner hears of it. */
  async passwordResetIssued(
    manager: EntityManager,
    userId: string,
    actor: { userId: string; name: string },
    actingFor: string | null,
  ): Promise<void> {
    await this.notify(manager, [userId], {
      kind: 'password_reset_issued',
      caseId: null,
      title: actingFor ?? 'Superadmin',
      body: 'Bila Anda tidak memintanya, segera hubungi superadmin Simpul.',
      actor,
    });
  }

  /** A clock ran out and was escalated: the lead agency's pimpinan and admins hear of it. */
  async slaEscalation(manager: EntityManager, caseId: string, clockLabel: string): Promise<void> {
    const [kase] = await runQuery(manager, escalationFacts, { caseId });
    if (!kase) return;
    await this.notify(
      manager,
      await this.membersOf(manager, [kase.agency_id], ['pimpinan', 'admin']),
      {
        kind: 'sla_escalation',
        caseId,
        title: `Batas waktu "${clockLabel}" terlampaui: ${kase.number}`,
        body: kase.title,
        actor: null,
      },
    );
  }
}
