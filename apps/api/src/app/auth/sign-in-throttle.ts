import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfigNamespace } from '../config/app-config';
import { authErrors } from './auth-errors';
import { runQuery } from '../database/typed-query';
import { lockSignIn, recordSignInFailure, signInAttempt } from './auth.queries';

/**
 * Protection against password guessing, per typed email (whether or not an account exists) and
 * client IP together: after a few failures each next attempt from that IP waits longer (doubling),
 * and after many that email is locked for that IP for a while. The owner, signing in from
 * elsewhere, is not locked out by someone guessing at their address; per-IP limits across emails
 * are the throttler's job. Keys hold a hash of the email, never the typed text.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfigNamespace,
  ) {}

  /** How emails are compared everywhere in sign-in and reset. */
  static normalize(email: string): string {
    return email.trim().toLowerCase();
  }

  /** The throttle key of one email from one client IP. */
  static key(email: string, ip: string | null): string {
    return `${SignInThrottle.emailPrefix(email)}${ip ?? 'unknown'}`;
  }

  private static emailPrefix(email: string): string {
    return `${createHash('sha256').update(SignInThrottle.normalize(email)).digest('hex')}/`;
  }

  /** Throws 429 when the email is locked or must still wait; true when failures are on record. */
  async assertMayTry(emailKey: string): Promise<boolean> {
    // numeric columns come as text: Number() below.
    const rows = await runQuery(this.dataSource, signInAttempt, { emailKey });
    const row = rows[0];
    if (!row) return false;
    if (row.locked_seconds !== null)
      throw authErrors.locked(Math.ceil(Number(row.locked_seconds) / 60));
    const wait = this.backoffMs(row.failures) - Number(row.since_failure_ms ?? Infinity);
    if (wait > 0) throw authErrors.backoff(Math.ceil(wait / 1000));
    return true;
  }

  /** Counts a failure; returns true when this failure locked the email. */
  async recordFailure(emailKey: string): Promise<boolean> {
    const { signInLockAfter, signInLockMinutes } = this.config;
    const [row] = await runQuery(this.dataSource, recordSignInFailure, { emailKey });
    if (row.failures < signInLockAfter) return false;
    await runQuery(this.dataSource, lockSignIn, { emailKey, minutes: signInLockMinutes });
    return true;
  }

  async reset(emailKey: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM "sign_in_attempt" WHERE "email_key" = $1`, [emailKey]);
  }

  /** Forgets the failures of an email from every IP (its password was just reset). */
  async resetEmail(email: string): Promise<void> {
    // The prefix is hex and a slash: nothing in it is a LIKE wildcard.
    await this.dataSource.query(`DELETE FROM "sign_in_attempt" WHERE "email_key" LIKE $1 || '%'`, [
      SignInThrottle.emailPrefix(email),
    ]);
  }

  private backoffMs(failures: number): number {
    const over = failures - this.config.signInBackoffAfter;
    if (over < 0) return 0;
    return Math.min(this.config.signInBackoffBaseMs * 2 ** over, 60_000);
  }
}
