/**
 * Markdown-lite for comments: **bold**, *italic* / _italic_, [links](https://…), bare links,
 * "- " and "1. " lists, line breaks and @mentions. The result is a tree of plain values that the
 * template renders with text bindings, so no HTML from a comment ever reaches the page.
 */
export interface InlineSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Only http(s) and mailto links; anything else stays text. */
  href: string | null;
  mention: boolean;
}

export type InlineLine = InlineSpan[];

export type MarkdownBlock =
  | { kind: 'paragraph'; lines: InlineLine[] }
  | { kind: 'list'; ordered: boolean; items: InlineLine[] };

interface Style {
  bold: boolean;
  italic: boolean;
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const LIST_ITEM = /^\s*(?:([-*•])|(\d{1,3})[.)])\s+(.*)$/;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

function span(text: string, style: Style, extra: Partial<InlineSpan> = {}): InlineSpan {
  return { text, bold: style.bold, italic: style.italic, href: null, mention: false, ...extra };
}

/** Joins neighbouring spans of the same kind, so "a" + "b" render as one text node. */
function merge(spans: InlineSpan[]): InlineSpan[] {
  const merged: InlineSpan[] = [];
  for (const next of spans) {
    const last = merged[merged.length - 1];
    if (
      last &&
      !last.href &&
      !next.href &&
      !last.mention &&
      !next.mention &&
      last.bold === next.bold &&
      last.italic === next.italic
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + next.text };
    } else if (next.text !== '') {
      merged.push(next);
    }
  }
  return merged;
}

function findClosing(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  // The emphasised text must not start or end with a space ("2 * 3 * 4" stays as it is).
  if (end <= from || /\s/.test(text[from]) || /\s/.test(text[end - 1])) return -1;
  return end;
}

function parseInline(text: string, style: Style, mentions: readonly string[]): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let plain = '';
  const flush = () => {
    if (plain) spans.push(span(plain, style));
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const before = i === 0 ? ' ' : text[i - 1];

    if (rest.startsWith('**')) {
      const end = findClosing(text, '**', i + 2);
      if (end > 0) {
        flush();
        spans.push(...parseInline(text.slice(i + 2, end), { ...style, bold: true }, mentions));
        i = end + 2;
        continue;
      }
    }
    if ((rest[0] === '*' || rest[0] === '_') && !/[\p{L}\d]/u.test(before)) {
      const end = findClosing(text, rest[0], i + 1);
      if (end > 0 && !/[\p{L}\d]/u.test(text[end + 1] ?? ' ')) {
        flush();
        spans.push(...parseInline(text.slice(i + 1, end), { ...style, italic: true }, mentions));
        i = end + 1;
        continue;
      }
    }
    if (rest[0] === '[') {
      const link = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(rest);
      if (link && SAFE_LINK.test(link[2])) {
        flush();
        spans.push(span(link[1], style, { href: link[2] }));
        i += link[0].length;
        continue;
      }
    }
    if (/^(https?:\/\/|mailto:)/i.test(rest) && !/[\p{L}\d]/u.test(before)) {
      const raw = /^\S+/.exec(rest)?.[0] ?? '';
      const url = raw.replace(TRAILING_PUNCTUATION, '');
      if (url.length > 8) {
        flush();
        spans.push(span(url, style, { href: url }));
        i += url.length;
        continue;
      }
    }
    if (rest[0] === '@' && !/[\p{L}\d]/u.test(before)) {
      const lower = rest.slice(1).toLowerCase();
      const label = mentions.find((candidate) => {
        if (!lower.startsWith(candidate.toLowerCase())) return false;
        return !/[\p{L}\d]/u.test(rest[candidate.length + 1] ?? ' ');
      });
      if (label) {
        flush();
        spans.push(span(rest.slice(0, label.length + 1), style, { mention: true }));
        i += label.length + 1;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return merge(spans);
}

/**
 * Parses a comment. `mentions` are the labels the server recognised (`CommentMention.label`);
 * they are highlighted, longest first so "@UPT PJJ Malang" wins over "@UPT".
 */
export function renderMarkdownLite(
  source: string,
  mentions: readonly string[] = [],
): MarkdownBlock[] {
  const labels = [...new Set(mentions.filter((m) => m.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const plain: Style = { bold: false, italic: false };
  const blocks: MarkdownBlock[] = [];
  let paragraph: InlineLine[] = [];
  let list: { ordered: boolean; items: InlineLine[] } | null = null;

  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
  };
  const closeList = () => {
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      closeParagraph();
      closeList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      closeParagraph();
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [] };
      list.items.push(parseInline(item[3], plain, labels));
      continue;
    }
    closeList();
    paragraph.push(parseInline(line, plain, labels));
  }
  closeParagraph();
  closeList();
  return blocks;
}
