import { Inject, Injectable } from '@nestjs/common';
import type { MembershipRole } from '@simpul/contracts';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { Mailer } from '../mail/mailer';

/** The web page where a signed-in person answers their invitations. */
export const INVITATIONS_PAGE = 'undangan-instansi';

const ROLE_NAMES: Record<MembershipRole, string> = {
  admin: 'Admin',
  petugas: 'Petugas',
  humas: 'Humas',
  pimpinan: 'Pimpinan',
};

/**
 * Emails that tell an account's owner what someone else did to the account (when SMTP is
 * configured); the in-app notification is left by the same change.
 */
@Injectable()
export class AccountNotices {
  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
    private readonly mailer: Mailer,
  ) {}

  /** True when the email was handed to the SMTP server. */
  invited(
    email: string,
    invitation: { agencyName: string; role: MembershipRole; invitedBy: string },
  ): Promise<boolean> {
    const url = `${this.config.publicUrl}/${INVITATIONS_PAGE}`;
    return this.mailer.send(
      email,
      `Undangan bergabung dengan ${invitation.agencyName} di Simpul`,
      `${invitation.invitedBy} mengundang akun Simpul Anda bergabung dengan ${invitation.agencyName} ` +
        `sebagai ${ROLE_NAMES[invitation.role]}.\n\n` +
        `Anda belum menjadi anggota: masuk ke Simpul lalu terima atau tolak undangan ini (berlaku 14 hari):\n${url}\n\n` +
        `Bila Anda tidak mengenal undangan ini, tolak saja dan beri tahu admin instansi Anda.\n`,
    );
  }
}
