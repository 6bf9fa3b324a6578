import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  type MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  REPORTER_MESSAGE_TEMPLATES,
  type ReporterMessageChannel,
  type ReporterMessageResult,
  type ReporterMessageTemplate,
} from '@simpul/contracts';
import { LanguageService } from '../../../core/language.service';
import { ReporterMessagesService } from '../../../core/reporter-messages.service';
import { ErrorMessage } from '../../../ui/error-message/error-message';
import { WibDatePipe } from '../../../ui/wib-date/wib-date.pipe';

export interface ReporterMessagesDialogData {
  caseId: string;
  reportId: string;
}

/**
 * "Kirim pesan ke pelapor": pick a template and a channel, see the text, prepare it (WhatsApp
 * opens wa.me in a new tab, SMS is copied, email goes out through SMTP or is shown for copying),
 * and the log of what was sent to this reporter. Who may send is the server's policy.
 */
@Component({
  selector: 'sp-reporter-messages-dialog',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    ErrorMessage,
    WibDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reporter-messages-dialog.html',
  styleUrl: './reporter-messages-dialog.scss',
})
export class ReporterMessagesDialog {
  private readonly messages = inject(ReporterMessagesService);
  private readonly document = inject(DOCUMENT);
  protected readonly data = inject<ReporterMessagesDialogData>(MAT_DIALOG_DATA);
  protected readonly language = inject(LanguageService).language;
  protected readonly templates = REPORTER_MESSAGE_TEMPLATES;

  protected readonly log = rxResource({
    params: () => ({ caseId: this.data.caseId, reportId: this.data.reportId }),
    stream: ({ params }) => this.messages.log(params.caseId, params.reportId),
  });

  protected readonly template = signal<ReporterMessageTemplate>('acknowledgement');
  private readonly chosenChannel = signal<ReporterMessageChannel | null>(null);
  // Derived with value equality, so reloading the log after a send does not refetch the preview.
  private readonly canSend = computed(() => this.log.hasValue() && this.log.value().canSend);
  private readonly channels = computed(
    () => (this.log.hasValue() ? this.log.value().channels : []),
    { equal: (a, b) => a.join() === b.join() },
  );
  /** The chosen channel, or the first the reporter's contact allows. */
  protected readonly channel = computed<ReporterMessageChannel | null>(() => {
    const channels = this.channels();
    const chosen = this.chosenChannel();
    return chosen && channels.includes(chosen) ? chosen : (channels[0] ?? null);
  });

  protected readonly preview = rxResource({
    params: () => {
      const channel = this.channel();
      return this.canSend() && channel ? { template: this.template(), channel } : undefined;
    },
    stream: ({ params }) => this.messages.preview(this.data.caseId, this.data.reportId, params),
  });

  protected readonly sending = signal(false);
  protected readonly sendError = signal<unknown>(null);
  protected readonly result = signal<ReporterMessageResult | null>(null);
  protected readonly copied = signal(false);

  protected chooseTemplate(template: ReporterMessageTemplate): void {
    this.template.set(template);
    this.result.set(null);
    this.sendError.set(null);
  }

  protected chooseChannel(channel: ReporterMessageChannel): void {
    this.chosenChannel.set(channel);
    this.result.set(null);
    this.sendError.set(null);
  }

  /** Issues the links, logs the message, and for WhatsApp opens the chat in a new tab. */
  protected prepareMessage(): void {
    const channel = this.channel();
    if (!channel || this.sending()) return;
    // Opened now, inside the click, so the browser does not block it as a pop-up.
    const tab = channel === 'whatsapp' ? this.document.defaultView?.open('', '_blank') : null;
    this.sending.set(true);
    this.sendError.set(null);
    this.copied.set(false);
    this.messages
      .send(this.data.caseId, this.data.reportId, { template: this.template(), channel })
      .subscribe({
        next: (result) => {
          this.sending.set(false);
          this.result.set(result);
          if (tab && result.whatsappUrl) {
            tab.opener = null;
            tab.location.href = result.whatsappUrl;
          }
          this.log.reload();
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.sendError.set(error);
          tab?.close();
        },
      });
  }

  protected markSent(): void {
    const result = this.result();
    if (!result) return;
    this.messages.markSent(this.data.caseId, this.data.reportId, result.message.id).subscribe({
      next: (message) => {
        this.result.set({ ...result, message });
        this.log.reload();
      },
      error: (error: unknown) => this.sendError.set(error),
    });
  }

  protected async copyText(text: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(text);
      this.copied.set(true);
    } catch {
      // Clipboard blocked (e.g. plain http): the text stays selectable for a manual copy.
      this.copied.set(false);
    }
  }

  protected smsLink(result: ReporterMessageResult): string {
    return `sms:+${result.message.recipient}?body=${encodeURIComponent(result.body)}`;
  }
}

export function openReporterMessages(
  dialog: MatDialog,
  data: ReporterMessagesDialogData,
): MatDialogRef<ReporterMessagesDialog> {
  return dialog.open<ReporterMessagesDialog, ReporterMessagesDialogData>(ReporterMessagesDialog, {
    data,
    width: '640px',
    maxWidth: 'calc(100vw - 32px)',
    autoFocus: 'first-heading',
  });
}
