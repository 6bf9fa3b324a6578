import { Injectable, inject } from '@angular/core';
import { shareReplay, type Observable } from 'rxjs';
import { AuthService } from './auth.service';

/** How long a read started ahead of its page stays current for that page. */
export const EARLY_READ_MS = 10_000;

/**
 * Reads started before the page that needs them is on screen (issue #14 item 6): the case and its
 * discussion right after the session is restored, while the page's code still starts, instead of
 * one round trip after another on a phone link. The page's own read of the same thing within
 * {@link EARLY_READ_MS} takes the answer (once); anything later reads afresh.
 */
@Injectable({ providedIn: 'root' })
export class EarlyReads {
  private readonly auth = inject(AuthService);
  private readonly reads = new Map<string, { at: number; answer: Observable<unknown> }>();

  /** Starts `read` now unless the same read is already under way. */
  start<T>(what: string, read: Observable<T>): void {
    const key = this.keyOf(what);
    if (this.fresh(key)) return;
    const answer = read.pipe(shareReplay({ bufferSize: 1, refCount: false }));
    // Errors reach the page through its own subscription.
    answer.subscribe({ error: () => undefined });
    this.reads.set(key, { at: Date.now(), answer });
  }

  /** The answer of a read started early under `key`, else `read()`. */
  take<T>(what: string, read: () => Observable<T>): Observable<T> {
    const key = this.keyOf(what);
    const early = this.fresh(key);
    this.reads.delete(key);
    return early ? (early.answer as Observable<T>) : read();
  }

  /** An answer is for the agency acted for when it was asked (the interceptor sends it). */
  private keyOf(what: string): string {
    return `${this.auth.actingAgencyId() ?? ''} ${what}`;
  }

  private fresh(key: string): { at: number; answer: Observable<unknown> } | null {
    const early = this.reads.get(key);
    if (early && Date.now() - early.at < EARLY_READ_MS) return early;
    this.reads.delete(key);
    return null;
  }
}
