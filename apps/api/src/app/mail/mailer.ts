import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { appConfig, type AppConfigNamespace } from '../config/app-config';

/** Sends email through SMTP when `SMTP_URL` is set; otherwise says it could not. */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfigNamespace) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** True when the message was handed to the SMTP server. */
  async send(to: string, subject: string, text: string): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to, subject, text });
      return true;
    } catch (error) {
      this.logger.warn(`email to ${to} failed: ${(error as Error).message}`);
      return false;
    }
  }
}
