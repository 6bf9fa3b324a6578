import type { ReporterMessageChannel, ReporterMessageTemplate } from '@simpul/contracts';
import { normalisePhone } from '../common/phone';

export { normalisePhone, whatsappLink } from '../common/phone';

/** What a template is rendered with. `link` is the tracking or pin link (or a placeholder). */
export interface TemplateContext {
  caseNumber: string;
  title: string;
  agencyName: string;
  link: string | null;
  /** The latest public reply (or follow-up text) for the follow-up template. */
  reply: string | null;
}

export interface RenderedMessage {
  subject: string | null;
  body: string;
}

/** SMS texts keep the title short: one part is 160 characters. */
const SMS_TITLE_MAX = 40;
const TITLE_MAX = 120;

/** Shortens a title; SMS gets "..." because "…" is not GSM text and would make it UCS-2. */
function shorten(text: string, max: number, ellipsis: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - ellipsis.length).trimEnd()}${ellipsis}`;
}

const SUBJECTS: Record<ReporterMessageTemplate, (c: TemplateContext) => string> = {
  acknowledgement: (c) => `Laporan ${c.caseNumber} telah kami terima`,
  location_request: (c) => `Mohon titik lokasi untuk laporan ${c.caseNumber}`,
  follow_up: (c) => `Tindak lanjut laporan ${c.caseNumber}`,
  tracking_link: (c) => `Tautan pelacakan laporan ${c.caseNumber}`,
};

/** One sentence block per template, in plain Indonesian; the channel adds greeting and signature. */
const TEXTS: Record<ReporterMessageTemplate, (c: TemplateContext, title: string) => string> = {
  acknowledgement: (c, title) =>
    `Terima kasih, laporan Anda "${title}" telah kami terima dengan nomor ${c.caseNumber} dan sedang ditangani ${c.agencyName}.`,
  location_request: (c, title) =>
    `Laporan ${c.caseNumber} ("${title}"): agar petugas dapat segera menangani, mohon tandai lokasinya di peta melalui tautan berikut (berlaku 30 hari): ${c.link ?? ''}`,
  follow_up: (c, title) =>
    `Tindak lanjut laporan ${c.caseNumber} ("${title}") dari ${c.agencyName}: ${c.reply ?? ''}`,
  tracking_link: (c, title) =>
    `Pantau laporan ${c.caseNumber} ("${title}") di ${c.link ?? ''} Jangan bagikan tautan ini.`,
};

/** Renders a template for a channel: SMS short, WhatsApp signed, email with greeting and subject. */
export function renderMessage(
  template: ReporterMessageTemplate,
  channel: ReporterMessageChannel,
  context: TemplateContext,
): RenderedMessage {
  const title =
    channel === 'sms'
      ? shorten(context.title, SMS_TITLE_MAX, '...')
      : shorten(context.title, TITLE_MAX, '…');
  const text = TEXTS[template](context, title).trim();
  if (channel === 'sms') {
    // Every character counts: sign only when the text does not already name the agency.
    const signed = text.includes(context.agencyName) ? text : `${text} -${context.agencyName}`;
    return { subject: null, body: signed };
  }
  if (channel === 'whatsapp') return { subject: null, body: `${text}\n\n_${context.agencyName}_` };
  return {
    subject: SUBJECTS[template](context),
    body: `Yth. Pelapor,\n\n${text}\n\nHormat kami,\n${context.agencyName}\n\nPesan ini dikirim melalui Simpul. Mohon tidak membalas ke alamat pengirim.`,
  };
}

// GSM 03.38: the basic set counts one, the extension set two (escape + character).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/**
 * SMS parts of a text: GSM-7 texts fit 160 characters in one part and 153 per part when split;
 * a text with any other character (emoji, curly quotes, …) goes as UCS-2: 70, then 67 per part.
 */
export function smsParts(text: string): number {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENDED.includes(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  // UCS-2 counts UTF-16 code units (an emoji is two).
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailAddress(contact: string | null): string | null {
  const trimmed = (contact ?? '').trim();
  return EMAIL.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** The channels a reporter's contact allows: a mobile number (WhatsApp, SMS) or an email address. */
export function channelsFor(contact: string | null): ReporterMessageChannel[] {
  if (normalisePhone(contact)) return ['whatsapp', 'sms'];
  if (emailAddress(contact)) return ['email'];
  return [];
}

/** The recipient for viewers who may not see the reporter's contact: enough to tell two apart. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient[0]}•••${recipient.slice(at)}`;
  if (recipient.length <= 6) return '•'.repeat(recipient.length);
  return `${recipient.slice(0, 5)}${'•'.repeat(Math.max(recipient.length - 8, 1))}${recipient.slice(-3)}`;
}
