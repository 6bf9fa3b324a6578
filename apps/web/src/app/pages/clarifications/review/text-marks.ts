import * as Y from 'yjs';

/**
 * Marks drawn over a section's text (#15 item 2): comment highlights, other editors' selections
 * and carets with their names. Positions travel as Yjs relative positions (base64), so a mark
 * follows its words while others type; each client resolves them against its own document.
 */

export interface TextMark {
  kind: 'comment' | 'selection' | 'caret';
  from: number;
  to: number;
  /** A CSS colour (selections and carets). */
  color?: string;
  /** The editor's name (carets). */
  label?: string;
  /** The comment thread this highlight belongs to is the one in focus. */
  active?: boolean;
}

export interface OverlaySegment {
  text: string;
  comment: boolean;
  active: boolean;
  /** Background of another editor's selection over this text, or null. */
  selection: string | null;
  /** Carets standing just before this text. */
  carets: { label: string; color: string }[];
}

/** Theme colours for other editors (no raw neon): the Material system roles and the amber token. */
export const PEER_COLORS = [
  'var(--mat-sys-primary)',
  'var(--mat-sys-tertiary)',
  'var(--sp-soon)',
  'var(--mat-sys-secondary)',
  'var(--mat-sys-error)',
] as const;

export function peerColor(clientId: number): string {
  return PEER_COLORS[Math.abs(clientId) % PEER_COLORS.length];
}

/** A translucent tint of a colour, for selections over text. */
export const tint = (color: string, percent = 28) =>
  `color-mix(in srgb, ${color} ${percent}%, transparent)`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The relative position of `index` in a Y.Text, base64 (assoc 0: sticks to the next character). */
export function encodePosition(text: Y.Text, index: number, assoc = 0): string {
  return toBase64(
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc)),
  );
}

/** The index a base64 relative position points at in `section` now; null when unknown there. */
export function decodePosition(doc: Y.Doc, section: string, encoded: string): number | null {
  try {
    const at = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(encoded)),
      doc,
    );
    return at && at.type === doc.getText(section) ? at.index : null;
  } catch {
    return null;
  }
}

/** A comment anchor for text[from, to) of a section, as the API takes it. */
export function anchorFor(doc: Y.Doc, section: string, from: number, to: number) {
  const text = doc.getText(section);
  return {
    start: encodePosition(text, from, 0),
    end: encodePosition(text, to, -1),
    quote: text.toString().slice(from, to),
  };
}

/**
 * Where an anchor lies now: its range, `deleted` when every anchored character is gone, or
 * `unknown` while this document has not received the anchored text yet.
 */
export function resolveAnchor(
  doc: Y.Doc,
  section: string,
  anchor: { start: string; end: string },
): { from: number; to: number } | 'deleted' | 'unknown' {
  const from = decodePosition(doc, section, anchor.start);
  const to = decodePosition(doc, section, anchor.end);
  if (from === null || to === null) return 'unknown';
  return to > from ? { from, to } : 'deleted';
}

/**
 * Cuts a text into runs that carry the same marks, with carets before the run they stand at. The
 * runs joined give the text back (plus a zero-width space after a final line break, so a caret on
 * an empty last line has a line to stand on).
 */
export function overlaySegments(text: string, marks: TextMark[]): OverlaySegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const ranges = marks
    .filter((m) => m.kind !== 'caret')
    .map((m) => ({ ...m, from: clamp(m.from), to: clamp(m.to) }))
    .filter((m) => m.to > m.from);
  const carets = marks
    .filter((m) => m.kind === 'caret')
    .map((m) => ({ ...m, from: clamp(m.from) }));
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.from).add(r.to);
  for (const c of carets) cuts.add(c.from);
  const points = [...cuts].sort((x, y) => x - y);
  const caretsAt = (at: number) =>
    carets
      .filter((c) => c.from === at)
      .map((c) => ({ label: c.label ?? '', color: c.color ?? PEER_COLORS[0] }));
  const segments: OverlaySegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const over = ranges.filter((r) => r.from <= from && r.to >= to);
    const comments = over.filter((r) => r.kind === 'comment');
    const selection = over.find((r) => r.kind === 'selection');
    segments.push({
      text: text.slice(from, to),
      comment: comments.length > 0,
      active: comments.some((r) => r.active === true),
      selection: selection?.color ? tint(selection.color) : null,
      carets: caretsAt(from),
    });
  }
  const atEnd = caretsAt(text.length);
  if (atEnd.length > 0 || text.endsWith('\n'))
    segments.push({
      text: text.endsWith('\n') ? '\u200b' : '',
      comment: false,
      active: false,
      selection: null,
      carets: atEnd,
    });
  return segments;
}

/**
 * A caret's name label starts at the caret and runs right; near the right edge of its section it
 * would stick out of the text box (and off a phone's screen), so there it runs left instead.
 */
export function keepCaretLabelsInside(container: HTMLElement): void {
  container.querySelectorAll<HTMLElement>('.overlay').forEach((overlay) => {
    const right = overlay.getBoundingClientRect().right;
    overlay.querySelectorAll<HTMLElement>('.caret-label').forEach((label) => {
      label.classList.remove('flip');
      if (label.getBoundingClientRect().right > right) label.classList.add('flip');
    });
  });
}
