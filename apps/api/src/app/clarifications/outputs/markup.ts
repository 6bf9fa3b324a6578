/**
 * The light markup of clarification texts (`**bold**`, `[text](https://…)`, lines starting with
 * `- ` as list items, blank lines between paragraphs) converted per channel: HTML for the public
 * page, WhatsApp's `*bold*`, and plain text for X, Instagram and the share card. Pure functions.
 */

export type MarkupBlock =
  { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'link'; text: string; url: string };

/** Paragraphs (separated by blank lines) and lists (consecutive `- ` lines). */
export function parseBlocks(source: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  let current: MarkupBlock | null = null;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(item[1]);
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(line.trim());
    }
  }
  return blocks;
}

const INLINE = /\*\*(.+?)\*\*|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;

function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) out.push({ kind: 'bold', text: match[1] });
    else out.push({ kind: 'link', text: match[2], url: match[3] });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) URLs become links anywhere; anything else stays text. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

export function inlineToHtml(text: string): string {
  return parseInline(text)
    .map((part) => {
      if (part.kind === 'bold') return `<strong>${escapeHtml(part.text)}</strong>`;
      if (part.kind === 'link')
        return `<a href="${escapeHtml(part.url)}" rel="nofollow noopener">${escapeHtml(part.text)}</a>`;
      return escapeHtml(part.text);
    })
    .join('');
}

export function toHtml(source: string): string {
  return parseBlocks(source)
    .map((block) =>
      block.kind === 'list'
        ? `<ul>${block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join('')}</ul>`
        : `<p>${block.lines.map(inlineToHtml).join('<br>')}</p>`,
    )
    .join('\n');
}

/** How links are written in a plain channel: with the address, or (Instagram) the text only. */
export type LinkStyle = 'with-url' | 'text-only';

function inlineToText(text: string, bold: (s: string) => string, links: LinkStyle): string {
  return parseInline(text)
    .map((part) => {
      if (part.kind === 'bold') return bold(part.text);
      if (part.kind === 'link')
        return links === 'with-url' ? `${part.text} (${part.url})` : part.text;
      return part.text;
    })
    .join('');
}

function blocksToText(source: string, bold: (s: string) => string, links: LinkStyle): string {
  return parseBlocks(source)
    .map((block) =>
      block.kind === 'list'
        ? block.items.map((item) => `• ${inlineToText(item, bold, links)}`).join('\n')
        : block.lines.map((line) => inlineToText(line, bold, links)).join('\n'),
    )
    .join('\n\n');
}

/** WhatsApp: `*bold*`, links written out (WhatsApp makes them clickable), `•` list items. */
export function toWhatsApp(source: string): string {
  return blocksToText(source, (s) => `*${s}*`, 'with-url');
}

/** Plain text without markup (X, share card), links written out unless `text-only` (Instagram). */
export function toPlain(source: string, links: LinkStyle = 'with-url'): string {
  return blocksToText(source, (s) => s, links);
}
