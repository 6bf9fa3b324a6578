/**
 * Where attachment bytes live. The database row is what the access policy guards; storage is
 * addressed only by keys the API builds itself (`cases/<case>/<attachment>/<rendition>`), never by
 * names from a request. The disk implementation serves one machine; an S3-compatible one
 * (PutObject / GetObject / DeleteObject on the same keys) can replace it without touching callers.
 */
export interface AttachmentStorage {
  /** Stores the bytes under the key, replacing nothing: keys are unique per attachment. */
  put(key: string, data: Buffer, mediaType: string): Promise<void>;
  /** The bytes under the key; rejects with {@link AttachmentNotStoredError} when absent. */
  get(key: string): Promise<Buffer>;
  /** Removes the key; a missing key is not an error (clean-up after a failed upload). */
  delete(key: string): Promise<void>;
}

/** Injection token of the {@link AttachmentStorage} in use. */
export const ATTACHMENT_STORAGE = Symbol('AttachmentStorage');

export class AttachmentNotStoredError extends Error {
  constructor(readonly key: string) {
    super(`No stored attachment under ${key}`);
    this.name = 'AttachmentNotStoredError';
  }
}

const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/** Keys are lowercase path segments of letters, digits and dashes: no dots, so no `..`. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 200) throw new Error(`Invalid storage key: ${key}`);
}
