import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type {
  ReporterMessageLog,
  ReporterMessagePreview,
  ReporterMessageResult,
  ReporterMessageView,
} from '@simpul/contracts';
import { clearDeviceStorage, webTestProviders } from '../../../testing/web-test-providers';
import { openReporterMessages } from './reporter-messages-dialog';

const BASE = '/api/cases/case-42/reports/report-1/messages';

const SENT: ReporterMessageView = {
  id: 'm1',
  reportId: 'report-1',
  channel: 'sms',
  template: 'acknowledgement',
  recipient: '62813•••••777',
  subject: null,
  body: 'Terima kasih, laporan Anda telah kami terima',
  sentByName: 'Sari Wulandari',
  sentByAgencyName: 'UPT PJJ Malang',
  sentAt: '2026-11-24T03:00:00.000Z',
  status: 'sent',
};

const LOG: ReporterMessageLog = {
  items: [SENT],
  canSend: true,
  emailConfigured: false,
  channels: ['whatsapp', 'sms'],
};

function preview(overrides: Partial<ReporterMessagePreview> = {}): ReporterMessagePreview {
  return {
    template: 'acknowledgement',
    channel: 'whatsapp',
    recipient: '6281322227777',
    subject: null,
    body: 'Terima kasih, laporan Anda "Jalan berlubang" telah kami terima dengan nomor SMP-2026-000042.',
    characters: 90,
    smsParts: 1,
    linkIssuedOnSend: false,
    ...overrides,
  };
}

describe('ReporterMessagesDialog', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    clearDeviceStorage();
    TestBed.configureTestingModule({ providers: webTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
  });

  const dialog = () => document.querySelector('sp-reporter-messages-dialog') as HTMLElement;
  const text = () => (dialog().textContent ?? '').replace(/\s+/g, ' ');
  const button = (label: string) =>
    Array.from(dialog().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === label,
    );
  const stable = () => TestBed.inject(MatDialog).openDialogs[0]?.componentRef?.changeDetectorRef;

  async function open(log: ReporterMessageLog = LOG): Promise<void> {
    openReporterMessages(TestBed.inject(MatDialog), { caseId: 'case-42', reportId: 'report-1' });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne(BASE).flush(log);
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
  }

  it('previews the WhatsApp acknowledgement, opens wa.me in a tab opened on the click, and marks it sent', async () => {
    await open();
    const previewRequest = http.expectOne(`${BASE}/preview`);
    expect(previewRequest.request.body).toEqual({
      template: 'acknowledgement',
      channel: 'whatsapp',
    });
    previewRequest.flush(preview());
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    expect(text()).toContain('Kepada: 6281322227777');
    expect(text()).toContain('telah kami terima dengan nomor SMP-2026-000042');
    // The log below, with who sent what.
    expect(text()).toContain('oleh Sari Wulandari (UPT PJJ Malang)');
    expect(text()).toContain('Terkirim');

    const tab = { opener: {}, location: { href: '' }, close: jasmine.createSpy('close') };
    const openSpy = spyOn(window, 'open').and.returnValue(tab as unknown as Window);
    button('Siapkan & buka WhatsApp')?.click();
    expect(openSpy).toHaveBeenCalledWith('', '_blank');
    const send = http.expectOne((r) => r.method === 'POST' && r.url === BASE);
    expect(send.request.body).toEqual({ template: 'acknowledgement', channel: 'whatsapp' });
    const result: ReporterMessageResult = {
      message: {
        ...SENT,
        id: 'm2',
        channel: 'whatsapp',
        recipient: '6281322227777',
        status: 'prepared',
      },
      subject: null,
      body: preview().body,
      smsParts: 1,
      whatsappUrl: 'https://wa.me/6281322227777?text=Terima%20kasih',
      mailtoUrl: null,
    };
    send.flush(result);
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    http.expectOne(BASE).flush({ ...LOG, items: [result.message, SENT] });
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    expect(tab.location.href).toBe('https://wa.me/6281322227777?text=Terima%20kasih');
    expect(tab.opener).toBeNull();
    const link = dialog().querySelector<HTMLAnchorElement>('a.whatsapp');
    expect(link?.href).toBe('https://wa.me/6281322227777?text=Terima%20kasih');
    expect(link?.target).toBe('_blank');

    button('Tandai sudah terkirim')?.click();
    const mark = http.expectOne(`${BASE}/m2/sent`);
    expect(mark.request.method).toBe('POST');
    mark.flush({ ...result.message, status: 'sent' });
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    http.expectOne(BASE).flush(LOG);
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    expect(button('Tandai sudah terkirim')).toBeUndefined();
  });

  it('switches to SMS and shows the characters and SMS parts of the text', async () => {
    await open();
    http.expectOne(`${BASE}/preview`).flush(preview());
    await new Promise((resolve) => setTimeout(resolve));
    expect(dialog().querySelector('#reporter-message-template')).not.toBeNull();
    const toggles = Array.from(
      dialog().querySelectorAll<HTMLButtonElement>('mat-button-toggle button'),
    );
    toggles.find((t) => t.textContent?.includes('SMS'))?.click();
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    const smsPreview = http.expectOne(`${BASE}/preview`);
    expect(smsPreview.request.body).toEqual({ template: 'acknowledgement', channel: 'sms' });
    smsPreview.flush(preview({ channel: 'sms', characters: 150, smsParts: 1 }));
    await new Promise((resolve) => setTimeout(resolve));
    stable()?.detectChanges();
    expect(text()).toContain('150 karakter · 1 SMS');
  });

  it('shows only the log, with the recipient as the server masked it, to those who may not send', async () => {
    await open({ ...LOG, canSend: false, channels: [] });
    http.expectNone(`${BASE}/preview`);
    expect(text()).toContain('dikirim oleh petugas instansi utama');
    expect(text()).toContain('Kepada: 62813•••••777');
    expect(button('Siapkan & buka WhatsApp')).toBeUndefined();
  });
});
