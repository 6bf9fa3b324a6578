import { HttpHeaders } from '@angular/common/http';
import { IDEMPOTENCY_KEY_HEADER } from '@simpul/contracts';

/** A random key for one intent (a message, a complaint, a status change), kept across retries. */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  // randomUUID needs a secure context; an office intranet on plain HTTP still has getRandomValues.
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The `Idempotency-Key` header for a request, none without a key. */
export function idempotencyHeaders(key: string | undefined): { headers?: HttpHeaders } {
  return key ? { headers: new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: key }) } : {};
}

/**
 * Keys for a form's sends: the same request sent again (the officer retries after a timeout or a
 * lost connection) carries the same key, so the server answers with the first result instead of
 * acting twice; a changed request gets a new key.
 */
export class RetryKeys {
  private last: { request: string; key: string } | null = null;

  for(request: unknown): string {
    const text = JSON.stringify(request);
    if (this.last?.request !== text) this.last = { request: text, key: newIdempotencyKey() };
    return this.last.key;
  }

  /** The send succeeded: the next one is a new intent. */
  done(): void {
    this.last = null;
  }
}
