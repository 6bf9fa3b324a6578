/**
 * Limits every inbound payload (HTTP body, socket frame, job data) must respect before any code
 * walks it recursively: class-transformer, class-validator and JSON.stringify all recurse, so a
 * payload nested thousands deep overflows the stack or burns the event loop.
 */
export const MAX_PAYLOAD_DEPTH = 32;

/**
 * Nesting depth of JSON text, counted without parsing it (strings and escapes are skipped), so a
 * body parser can refuse a deep document before `JSON.parse` and the validators see it.
 * Stops counting once `limit` is exceeded and returns `limit + 1`.
 */
export function jsonTextDepth(text: Buffer | string, limit = MAX_PAYLOAD_DEPTH): number {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c /* \ */) i++;
      else if (byte === 0x22 /* " */) inString = false;
      continue;
    }
    if (byte === 0x22) inString = true;
    else if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return limit + 1;
      }
    } else if (byte === 0x7d /* } */ || byte === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/**
 * Nesting depth of an already parsed value (socket.io has parsed a frame before middleware sees
 * it), walked iteratively so the check itself cannot overflow. Objects and arrays count one level
 * each; a cycle (impossible from JSON, possible from in-process callers) stops at `limit + 1`.
 * Returns `limit + 1` as soon as the limit is exceeded.
 */
export function valueDepth(value: unknown, limit = MAX_PAYLOAD_DEPTH): number {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    // Binary attachments (socket.io buffers) are leaves, not structure.
    if (Buffer.isBuffer(node) || ArrayBuffer.isView(node) || node instanceof ArrayBuffer) continue;
    const level = depth + 1;
    if (level > deepest) {
      deepest = level;
      if (deepest > limit) return limit + 1;
    }
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) stack.push({ node: child, depth: level });
  }
  return deepest;
}

/** True when the value nests deeper than {@link MAX_PAYLOAD_DEPTH}. */
export function isTooDeep(value: unknown, limit = MAX_PAYLOAD_DEPTH): boolean {
  return valueDepth(value, limit) > limit;
}
