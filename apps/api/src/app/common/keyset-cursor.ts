import { HttpStatus } from '@nestjs/common';
import { ApiException } from './api-exception';
import { bilingual } from './bilingual';

/** A keyset position: a timestamp (or PostgreSQL's `infinity`) and a row id. */
export interface KeysetPosition {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Exactly what `Date.toISOString()` writes, so the database parses it the same way. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque page cursor of the lists ordered by (time, id): inbox and notifications. */
export function encodeKeysetCursor(at: Date, id: string): string {
  const instant = Number.isFinite(at.getTime()) ? at.toISOString() : 'infinity';
  return Buffer.from(JSON.stringify([instant, id])).toString('base64url');
}

/**
 * Reads a cursor this API wrote; anything else (forged, truncated, another list's) is a 400
 * naming `cursor`, checked here so that no malformed value reaches a `::timestamptz` or `::uuid`
 * cast as a 500.
 */
export function decodeKeysetCursor(
  cursor: string | undefined,
  options: { allowInfinity?: boolean } = {},
): KeysetPosition | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 2) {
    const [at, id] = parsed as unknown[];
    const validTime =
      typeof at === 'string' &&
      ((options.allowInfinity && at === 'infinity') ||
        (ISO_INSTANT.test(at) && Number.isFinite(Date.parse(at))));
    if (validTime && typeof id === 'string' && UUID.test(id)) return { at, id };
  }
  throw new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual('Data tidak valid: cursor rusak', 'Invalid input: cursor is malformed'),
    [{ field: 'cursor', message: bilingual('cursor rusak', 'cursor is malformed') }],
  );
}
