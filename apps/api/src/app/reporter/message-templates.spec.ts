import {
  channelsFor,
  maskRecipient,
  normalisePhone,
  renderMessage,
  smsParts,
  whatsappLink,
  type TemplateContext,
} from './message-templates';

const CONTEXT: TemplateContext = {
  caseNumber: 'SMP-2026-000123',
  title: 'Jalan berlubang di depan Pasar Lawang, sudah dua motor jatuh minggu ini',
  agencyName: 'UPT PJJ Malang',
  link: 'https://simpul.example.id/lacak/SMP-2026-000123#t=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  reply: 'Lubang sudah ditambal tim URC pada Senin pagi.',
};

describe('messages to reporters', () => {
  it('normalises Indonesian mobile numbers to 62… and refuses anything else', () => {
    expect(normalisePhone('0812-3456-7890')).toBe('6281234567890');
    expect(normalisePhone('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalisePhone('6281234567890')).toBe('6281234567890');
    expect(normalisePhone(' (0812) 3456.7890 ')).toBe('6281234567890');
    expect(normalisePhone('021-555-1234')).toBeNull();
    expect(normalisePhone('+1 202 555 0100')).toBeNull();
    expect(normalisePhone('budi@example.id')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
  });

  it('offers the channels the contact allows', () => {
    expect(channelsFor('081234567890')).toEqual(['whatsapp', 'sms']);
    expect(channelsFor('Budi@Example.id')).toEqual(['email']);
    expect(channelsFor('rumah pak RT')).toEqual([]);
  });

  it('builds a wa.me link with the text encoded', () => {
    expect(whatsappLink('6281234567890', 'Halo & terima kasih')).toBe(
      'https://wa.me/6281234567890?text=Halo%20%26%20terima%20kasih',
    );
  });

  it('counts SMS parts: 160 GSM characters in one, 153 per part after; 70/67 for other characters', () => {
    expect(smsParts('a'.repeat(160))).toBe(1);
    expect(smsParts('a'.repeat(161))).toBe(2);
    expect(smsParts('a'.repeat(306))).toBe(2);
    expect(smsParts('a'.repeat(307))).toBe(3);
    // The euro sign and brackets take two septets each.
    expect(smsParts('€'.repeat(80))).toBe(1);
    expect(smsParts('€'.repeat(81))).toBe(2);
    // Curly quotes or an emoji make it UCS-2.
    expect(smsParts('“' + 'a'.repeat(69))).toBe(1);
    expect(smsParts('“' + 'a'.repeat(70))).toBe(2);
    expect(smsParts('🙏' + 'a'.repeat(132))).toBe(2);
    expect(smsParts('🙏' + 'a'.repeat(133))).toBe(3);
  });

  it('keeps the SMS acknowledgement and follow-up to plain GSM text with a short title', () => {
    const sms = renderMessage('acknowledgement', 'sms', CONTEXT);
    expect(sms.subject).toBeNull();
    expect(sms.body).toContain('SMP-2026-000123');
    expect(sms.body).toContain('UPT PJJ Malang');
    expect(sms.body).toContain('"Jalan berlubang di depan Pasar Lawang...');
    expect(sms.body).not.toContain('minggu ini');
    expect(sms.body).toContain('...');
    expect(sms.body.length).toBeLessThanOrEqual(160);
    expect(smsParts(sms.body)).toBe(1);
  });

  it('renders every template for every channel with the case number, agency and link', () => {
    for (const template of [
      'acknowledgement',
      'location_request',
      'follow_up',
      'tracking_link',
    ] as const) {
      for (const channel of ['whatsapp', 'sms', 'email'] as const) {
        const message = renderMessage(template, channel, CONTEXT);
        expect(message.body).toContain(CONTEXT.caseNumber);
        expect(message.body).toContain(CONTEXT.agencyName);
        if (template === 'tracking_link' || template === 'location_request')
          expect(message.body).toContain(CONTEXT.link as string);
        if (template === 'follow_up') expect(message.body).toContain(CONTEXT.reply as string);
        expect(message.subject === null).toBe(channel !== 'email');
      }
    }
    const email = renderMessage('tracking_link', 'email', CONTEXT);
    expect(email.subject).toBe('Tautan pelacakan laporan SMP-2026-000123');
    expect(email.body.startsWith('Yth. Pelapor,')).toBe(true);
  });

  it('masks recipients for viewers who may not see the contact', () => {
    expect(maskRecipient('6281234567890')).toBe('62812•••••890');
    expect(maskRecipient('budi.santoso@example.id')).toBe('b•••@example.id');
  });
});
