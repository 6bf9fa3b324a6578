import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { Mailer } from '../mail/mailer';
import { hashToken, newSecureToken } from './secure-token';
import { runQuery } from '../database/typed-query';
import { consumeUserToken, insertUserToken, retireUserTokens } from './auth.queries';

export type UserTokenPurpose = 'invite' | 'reset';

const LIFETIME_HOURS: Record<UserTokenPurpose, number> = { invite: 7 * 24, reset: 24 };
const PAGE: Record<UserTokenPurpose, string> = { invite: 'undangan', reset: 'atur-ulang-sandi' };

/** One-time links for invitations and password resets: emailed, or handed over by an admin. */
@Injectable()
export class UserTokenService {
  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly mailer: Mailer,
  ) {}

  /** Creates a link (older unused links of the same purpose stop working). */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    createdBy: string | null,
  ): Promise<string> {
    await runQuery(manager, retireUserTokens, { userId, purpose });
    const { token, hash } = newSecureToken();
    await runQuery(manager, insertUserToken, {
      tokenHash: hash,
      userId,
      purpose,
      hours: LIFETIME_HOURS[purpose],
      createdBy,
    });
    return `${this.config.publicUrl}/${PAGE[purpose]}/${token}`;
  }

  /** Emails the link; false when no SMTP is configured or sending failed. */
  deliver(email: string, purpose: UserTokenPurpose, url: string): Promise<boolean> {
    const subject = purpose === 'invite' ? 'Undangan ke Simpul' : 'Atur ulang kata sandi Simpul';
    const text =
      purpose === 'invite'
        ? `Anda diundang ke Simpul, ruang kerja kasus bersama lintas instansi.\n\nAktifkan akun Anda (berlaku 7 hari):\n${url}\n`
        : `Seseorang meminta pengaturan ulang kata sandi Simpul Anda.\n\nAtur ulang (berlaku 24 jam):\n${url}\n\nAbaikan email ini bila bukan Anda.`;
    return this.mailer.send(email, subject, text);
  }

  /** Marks a valid link used and returns its user, or null for an invalid, used or expired one. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: UserTokenPurpose,
  ): Promise<string | null> {
    const rows = await runQuery(manager, consumeUserToken, {
      tokenHash: hashToken(token),
      purpose,
    });
    return rows[0]?.user_id ?? null;
  }
}
