import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ApiErrorCode,
  ReporterMessageChannel,
  ReporterMessageLog,
  ReporterMessagePreview,
  ReporterMessageRequest,
  ReporterMessageResult,
  ReporterMessageStatus,
  ReporterMessageTemplate,
  ReporterMessageView,
} from '@simpul/contracts';
import { REPORTER_MESSAGE_CHANNELS, REPORTER_MESSAGE_TEMPLATES } from '@simpul/contracts';
import { casePolicy, type CaseAccessContext } from '../access/access-policy';
import { forbidden, notFound } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { CaseEventLog } from '../case-kernel/case-event-log';
import { CaseRefusal, CaseUnitOfWork } from '../case-kernel/case-unit-of-work';
import { CaseLocationService } from '../cases/location/case-location.service';
import { checkedText } from '../database/checked-text';
import { runQuery } from '../database/typed-query';
import { Mailer } from '../mail/mailer';
import {
  channelsFor,
  emailAddress,
  maskRecipient,
  normalisePhone,
  renderMessage,
  smsParts,
  whatsappLink,
  type TemplateContext,
} from './message-templates';
import {
  insertMessage,
  latestPublicReply,
  loadMessages,
  senderReport,
  setMessageStatus,
  type ILoadMessagesResult,
  type ISenderReportResult,
} from './reporter-messages.queries';
import { ReporterTrackingService, trackingUrl } from './reporter-tracking.service';

type ReportRow = ISenderReportResult;

/** A message as LoadMessages reads it, its CHECKed columns narrowed. */
interface MessageRow extends Omit<ILoadMessagesResult, 'channel' | 'template' | 'status'> {
  channel: ReporterMessageChannel;
  template: ReporterMessageTemplate;
  status: ReporterMessageStatus;
}

const MESSAGE_STATUSES = [
  'prepared',
  'sent',
  'failed',
] as const satisfies readonly ReporterMessageStatus[];

/** A report's messages, newest first, or (messageId) that one. */
async function readMessages(
  manager: EntityManager,
  caseId: string,
  reportId: string,
  messageId: string | null,
): Promise<MessageRow[]> {
  const rows = await runQuery(manager, loadMessages, { caseId, reportId, messageId });
  return rows.map((row) => ({
    ...row,
    channel: checkedText(REPORTER_MESSAGE_CHANNELS, row.channel, 'reporter_message.channel'),
    template: checkedText(REPORTER_MESSAGE_TEMPLATES, row.template, 'reporter_message.template'),
    status: checkedText(MESSAGE_STATUSES, row.status, 'reporter_message.status'),
  }));
}

/** Link tokens are secrets: the log keeps the text with `[token]` in their place. */
const TOKEN_PLACEHOLDER = '[token]';
/** A preview stands in a token of the real length (43 characters), so SMS parts are right. */
const PREVIEW_TOKEN = '*'.repeat(43);

const REPORT = bilingual('Laporan', 'Report');

const fieldError = (code: ApiErrorCode, field: string, id: string, en: string) =>
  new ApiException(HttpStatus.BAD_REQUEST, code, bilingual(id, en), [
    { field, message: bilingual(id, en) },
  ]);

/**
 * Messages to reporters (issue 4, point 6): Indonesian templates rendered for WhatsApp (a wa.me
 * link), SMS (parts counted) and email (SMTP when configured, else shown for copying), and a log
 * of what was sent to whom and when. Only the lead agency's working staff who may see the
 * reporter's contact send; everyone who reads the case reads the log, with the recipient masked
 * where the access policy hides the contact.
 */
@Injectable()
export class ReporterMessagesService {
  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly unitOfWork: CaseUnitOfWork,
    private readonly eventLog: CaseEventLog,
    private readonly locations: CaseLocationService,
    private readonly tracking: ReporterTrackingService,
    private readonly mailer: Mailer,
  ) {}

  log(actor: Actor, caseId: string, reportId: string): Promise<ReporterMessageLog> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const report = await this.report(manager, caseId, reportId);
      const rows = await readMessages(manager, caseId, reportId, null);
      const seeContact = casePolicy.readReporterContact(access, report);
      const canSend = casePolicy.messageReporter(access, report);
      return {
        items: rows.map((row) => toView(row, seeContact)),
        canSend,
        emailConfigured: this.mailer.configured,
        channels: canSend ? channelsFor(report.reporter_contact) : [],
      };
    });
  }

  /** The text as it will go out, without issuing links or logging anything. */
  preview(
    actor: Actor,
    caseId: string,
    reportId: string,
    request: ReporterMessageRequest,
  ): Promise<ReporterMessagePreview> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const report = await this.senderReport(manager, access, caseId, reportId);
      const recipient = this.recipient(report, request.channel);
      const link = this.previewLink(report, request.template);
      const rendered = renderMessage(
        request.template,
        request.channel,
        await this.context(manager, caseId, report, request.template, link),
      );
      return {
        template: request.template,
        channel: request.channel,
        recipient,
        subject: rendered.subject,
        body: rendered.body,
        characters: [...rendered.body].length,
        smsParts: smsParts(rendered.body),
        linkIssuedOnSend: link !== null,
      };
    });
  }

  /**
   * Prepares the message for real: issues the link it carries (a new tracking link replaces the
   * old one; a location request puts the case on hold), logs it, and sends email through SMTP when
   * configured. WhatsApp and SMS are sent by the officer from the returned text and link.
   */
  async send(
    actor: Actor,
    caseId: string,
    reportId: string,
    request: ReporterMessageRequest,
  ): Promise<ReporterMessageResult> {
    const prepared = await this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      const report = await this.senderReport(manager, access, caseId, reportId);
      const recipient = this.recipient(report, request.channel);
      let link: string | null = null;
      let secret: string | null = null;
      if (request.template === 'tracking_link') {
        const issued = await this.tracking.issueIn(manager, actor, caseId, reportId);
        link = issued.url;
        secret = issued.token;
      } else if (request.template === 'location_request') {
        if (!casePolicy.update(access)) throw new CaseRefusal(forbidden(), caseId);
        const issued = await this.locations.issueRequest(manager, actor, access, caseId, undefined);
        link = issued.url;
        secret = issued.url.split('/lokasi/')[1] ?? null;
      }
      const rendered = renderMessage(
        request.template,
        request.channel,
        await this.context(manager, caseId, report, request.template, link),
      );
      const logged = secret ? rendered.body.split(secret).join(TOKEN_PLACEHOLDER) : rendered.body;
      const status: ReporterMessageStatus = 'prepared';
      const [row] = await runQuery(manager, insertMessage, {
        caseId,
        reportId,
        channel: request.channel,
        template: request.template,
        recipient,
        subject: rendered.subject,
        body: logged,
        sentBy: actor.userId,
        sentByAgencyId: actor.agencyId,
        status,
      });
      await this.eventLog.append(manager, caseId, actor, 'case.reporter_messaged', null, {
        reportId,
        messageId: row.id,
        channel: request.channel,
        template: request.template,
        status,
      });
      return { id: row.id, recipient, rendered };
    });

    let status: ReporterMessageStatus = 'prepared';
    if (request.channel === 'email' && this.mailer.configured) {
      // Sent after the log is committed: a slow or failing SMTP server holds no case lock.
      const ok = await this.mailer.send(
        prepared.recipient,
        prepared.rendered.subject ?? '',
        prepared.rendered.body,
      );
      status = ok ? 'sent' : 'failed';
      await this.setStatus(actor, caseId, reportId, prepared.id, status);
    }
    const message = await this.one(actor, caseId, reportId, prepared.id);
    const { subject, body } = prepared.rendered;
    return {
      message,
      subject,
      body,
      smsParts: smsParts(body),
      whatsappUrl: request.channel === 'whatsapp' ? whatsappLink(prepared.recipient, body) : null,
      mailtoUrl:
        request.channel === 'email' && status !== 'sent'
          ? `mailto:${prepared.recipient}?subject=${encodeURIComponent(subject ?? '')}&body=${encodeURIComponent(body)}`
          : null,
    };
  }

  /** The officer says a prepared WhatsApp or SMS message went out. */
  markSent(
    actor: Actor,
    caseId: string,
    reportId: string,
    messageId: string,
  ): Promise<ReporterMessageView> {
    return this.setStatus(actor, caseId, reportId, messageId, 'sent');
  }

  private setStatus(
    actor: Actor,
    caseId: string,
    reportId: string,
    messageId: string,
    status: ReporterMessageStatus,
  ): Promise<ReporterMessageView> {
    return this.unitOfWork.run(actor, caseId, 'read', async (manager, access) => {
      await this.senderReport(manager, access, caseId, reportId);
      const updated = await runQuery(manager, setMessageStatus, {
        messageId,
        caseId,
        reportId,
        status,
      });
      if (updated.length > 0) {
        await this.eventLog.append(
          manager,
          caseId,
          actor,
          'case.reporter_messaged',
          { status: 'prepared' },
          {
            reportId,
            messageId,
            status,
            channel: known(REPORTER_MESSAGE_CHANNELS, updated[0].channel, 'channel'),
            template: known(REPORTER_MESSAGE_TEMPLATES, updated[0].template, 'template'),
          },
        );
      }
      return this.loadOne(manager, caseId, reportId, messageId, true);
    });
  }

  private one(
    actor: Actor,
    caseId: string,
    reportId: string,
    messageId: string,
  ): Promise<ReporterMessageView> {
    return this.unitOfWork.run(actor, caseId, 'read', (manager) =>
      this.loadOne(manager, caseId, reportId, messageId, true),
    );
  }

  private async loadOne(
    manager: EntityManager,
    caseId: string,
    reportId: string,
    messageId: string,
    seeContact: boolean,
  ): Promise<ReporterMessageView> {
    const [row] = await readMessages(manager, caseId, reportId, messageId);
    if (!row) throw notFound(bilingual('Pesan', 'Message'));
    return toView(row, seeContact);
  }

  private async report(
    manager: EntityManager,
    caseId: string,
    reportId: string,
  ): Promise<ReportRow> {
    const [report] = await runQuery(manager, senderReport, { reportId, caseId });
    if (!report) throw notFound(REPORT);
    return report;
  }

  /** The report, once the policy lets the actor message its reporter. */
  private async senderReport(
    manager: EntityManager,
    access: CaseAccessContext,
    caseId: string,
    reportId: string,
  ): Promise<ReportRow> {
    const report = await this.report(manager, caseId, reportId);
    if (!casePolicy.messageReporter(access, report)) {
      throw new CaseRefusal(
        forbidden(
          bilingual(
            'Pesan kepada pelapor dikirim oleh petugas instansi utama yang boleh melihat kontak pelapor (tidak untuk pelapor anonim).',
            "Messages to the reporter are sent by the lead agency's staff who may see the reporter's contact (not for anonymous reporters).",
          ),
        ),
        caseId,
      );
    }
    return report;
  }

  private recipient(report: ReportRow, channel: ReporterMessageChannel): string {
    const recipient =
      channel === 'email'
        ? emailAddress(report.reporter_contact)
        : normalisePhone(report.reporter_contact);
    if (!recipient) {
      throw fieldError(
        'CONTACT_UNSUITABLE',
        'channel',
        channel === 'email'
          ? 'Kontak pelapor bukan alamat email; pilih WhatsApp atau SMS.'
          : 'Kontak pelapor bukan nomor ponsel Indonesia (08… atau +62…); pilih email.',
        channel === 'email'
          ? "The reporter's contact is not an email address; choose WhatsApp or SMS."
          : "The reporter's contact is not an Indonesian mobile number (08… or +62…); choose email.",
      );
    }
    return recipient;
  }

  private previewLink(report: ReportRow, template: ReporterMessageTemplate): string | null {
    if (template === 'tracking_link')
      return trackingUrl(this.config.publicUrl, report.number, PREVIEW_TOKEN);
    if (template === 'location_request') return `${this.config.publicUrl}/lokasi/${PREVIEW_TOKEN}`;
    return null;
  }

  private async context(
    manager: EntityManager,
    caseId: string,
    report: ReportRow,
    template: ReporterMessageTemplate,
    link: string | null,
  ): Promise<TemplateContext> {
    let reply: string | null = null;
    if (template === 'follow_up') {
      reply = await this.latestPublicReply(manager, caseId);
      if (!reply) {
        throw fieldError(
          'NO_PUBLIC_REPLY',
          'template',
          'Belum ada balasan publik atau tindak lanjut untuk dikirim. Tulis balasan publik terlebih dahulu.',
          'There is no public reply or follow-up to send yet. Write a public reply first.',
        );
      }
    }
    return {
      caseNumber: report.number,
      title: report.title,
      agencyName: report.agency_name,
      link,
      reply,
    };
  }

  /** The newest public reply of an agency, or else the latest follow-up text. */
  private async latestPublicReply(manager: EntityManager, caseId: string): Promise<string | null> {
    const [row] = await runQuery(manager, latestPublicReply, { caseId });
    return row?.body?.trim() || null;
  }
}

/** A text column of reporter_message that the schema's CHECK limits to `values`; else refused. */
function known<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((candidate) => candidate === value);
  if (found === undefined)
    throw new Error(`reporter_message.${column} holds an unknown value: ${value}`);
  return found;
}

function toView(row: MessageRow, seeContact: boolean): ReporterMessageView {
  return {
    id: row.id,
    reportId: row.report_id,
    channel: row.channel,
    template: row.template,
    recipient: seeContact ? row.recipient : maskRecipient(row.recipient),
    subject: row.subject,
    body: row.body,
    sentByName: row.sent_by_name,
    sentByAgencyName: row.sent_by_agency_name,
    sentAt: row.sent_at.toISOString(),
    status: row.status,
  };
}
