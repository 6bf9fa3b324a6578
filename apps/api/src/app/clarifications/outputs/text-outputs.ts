import type { ClarificationNote, PublishedClarification } from '@simpul/contracts';
import { formatDateId } from './dates';
import { toPlain, toWhatsApp } from './markup';

/** X's limit per post, and the length X counts for any URL (t.co). */
export const X_POST_LIMIT = 280;
export const X_URL_LENGTH = 23;
/** Instagram's caption limit. */
export const INSTAGRAM_CAPTION_LIMIT = 2200;
/** WhatsApp's message limit is far above this; we keep a message readable and forwardable. */
export const WHATSAPP_TEXT_LIMIT = 4096;

const URL_PATTERN = /https?:\/\/[^\s)]+/g;

/** The length X counts: every URL as 23, every other character (code point) as 1. */
export function xLength(text: string): number {
  let length = 0;
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    length += [...text.slice(last, match.index)].length + X_URL_LENGTH;
    last = (match.index ?? 0) + match[0].length;
  }
  return length + [...text.slice(last)].length;
}

export function noteHeading(note: ClarificationNote): string {
  return `${note.kind === 'retraction' ? 'DICABUT' : 'RALAT'} ${formatDateId(note.at)}`;
}

function notesPlain(clarification: PublishedClarification, bold: (s: string) => string): string[] {
  return [...clarification.notes]
    .reverse()
    .map((note) => `${bold(`${noteHeading(note)}:`)} ${toPlain(note.text)}`);
}

function agenciesLine(clarification: PublishedClarification): string {
  return clarification.content.agencies.map((agency) => agency.shortName || agency.name).join(', ');
}

function sourceLines(
  clarification: PublishedClarification,
  links: 'with-url' | 'text-only',
): string[] {
  return clarification.content.sumber.map((line) => `• ${toPlain(line, links)}`);
}

export function whatsappText(clarification: PublishedClarification): string {
  const { content } = clarification;
  const parts = [
    ...notesPlain(clarification, (s) => `*${s}*`),
    `*[${content.label}]* *${toPlain(content.title)}*`,
    `_Klaim yang beredar (${content.claim.platform}):_\n"${toPlain(content.claim.narrative)}"`,
    `*Penjelasan:*\n${toWhatsApp(content.penjelasan)}`,
    `*Faktanya:*\n${toWhatsApp(content.faktanya)}`,
    `*Sumber:*\n${content.sumber.map((line) => `• ${toWhatsApp(line)}`).join('\n')}`,
    `${agenciesLine(clarification)}\n${clarification.url}`,
  ];
  const n = clarification.notes.length;
  return fitWithin(parts, WHATSAPP_TEXT_LIMIT, [n + 1, n + 2, n + 3]);
}

export function instagramCaption(clarification: PublishedClarification): string {
  const { content } = clarification;
  const parts = [
    ...notesPlain(clarification, (s) => s),
    `[${content.label}] ${toPlain(content.title, 'text-only')}`,
    `Klaim yang beredar (${content.claim.platform}): "${toPlain(content.claim.narrative, 'text-only')}"`,
    `Penjelasan:\n${toPlain(content.penjelasan, 'text-only')}`,
    `Faktanya:\n${toPlain(content.faktanya, 'text-only')}`,
    `Sumber:\n${sourceLines(clarification, 'text-only').join('\n')}`,
    `${agenciesLine(clarification)}\nSelengkapnya: link di bio.`,
  ];
  // Instagram makes no link clickable: no addresses at all, the full text sits behind the bio link.
  return fitWithin(
    parts.map((part) =>
      part
        .replace(URL_PATTERN, '')
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]+\n/g, '\n'),
    ),
    INSTAGRAM_CAPTION_LIMIT,
    [
      clarification.notes.length + 1,
      clarification.notes.length + 2,
      clarification.notes.length + 3,
    ],
  );
}

/**
 * Joins the parts with blank lines; if too long, shortens the longest of the claim, Penjelasan and
 * Faktanya parts with an ellipsis until it fits (the notes, the label line, the sources and the
 * ending with the link stay whole): the full text is on the public page.
 */
function fitWithin(parts: string[], limit: number, shortenable: number[]): string {
  const out = [...parts];
  const length = (s: string) => [...s].length;
  for (let guard = 0; guard < 100 && length(out.join('\n\n')) > limit; guard++) {
    const longest = shortenable.reduce((a, b) => (length(out[a]) >= length(out[b]) ? a : b));
    const chars = [...out[longest]];
    const excess = length(out.join('\n\n')) - limit;
    out[longest] = `${chars
      .slice(0, Math.max(20, chars.length - excess - 1))
      .join('')
      .trimEnd()}…`;
  }
  return out.join('\n\n');
}

/** Splits text into words, keeping paragraph breaks as separate `\n\n` tokens. */
function words(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .flatMap((paragraph, i) => [
      ...(i > 0 ? ['\n\n'] : []),
      ...paragraph.split(/[ \t]+|\n/).filter(Boolean),
    ]);
}

/**
 * The X thread: posts under 280 characters (a URL counts as 23) numbered `1/n`, the first with
 * the label and title, the last with the link to the public page; sources in the thread.
 */
export function xThread(clarification: PublishedClarification): string[] {
  const { content } = clarification;
  const sections = [
    ...notesPlain(clarification, (s) => s),
    `[${content.label}] ${toPlain(content.title)}`,
    `Klaim yang beredar (${content.claim.platform}): "${toPlain(content.claim.narrative)}"`,
    `Faktanya: ${toPlain(content.faktanya)}`,
    `Penjelasan: ${toPlain(content.penjelasan)}`,
    `Sumber:\n${sourceLines(clarification, 'with-url').join('\n')}`,
    `Selengkapnya: ${clarification.url}`,
  ];
  // Room for the " 99/99" numbering; the body of each post stays within the rest.
  const budget = X_POST_LIMIT - 7;
  const posts: string[] = [];
  for (const section of sections) {
    for (const chunk of packSection(section, budget)) {
      const last = posts.length - 1;
      if (last >= 0 && xLength(`${posts[last]}\n\n${chunk}`) <= budget)
        posts[last] += `\n\n${chunk}`;
      else posts.push(chunk);
    }
  }
  return posts.map((post, i) => `${post} ${i + 1}/${posts.length}`);
}

/** Packs one section's words greedily into chunks of at most `budget` (X length). */
function packSection(section: string, budget: number): string[] {
  const lines = section.split('\n');
  const chunks: string[] = [];
  let current = '';
  const push = () => {
    if (current.trim()) chunks.push(current.trim());
    current = '';
  };
  for (const line of lines) {
    const lineWords = words(line);
    let startOfLine = true;
    for (const word of lineWords) {
      const sep = current === '' ? '' : startOfLine ? '\n' : ' ';
      if (xLength(`${current}${sep}${word}`) <= budget) {
        current += `${sep}${word}`;
      } else if (xLength(word) <= budget) {
        push();
        current = word;
      } else {
        // A single word longer than a post (not a URL, which counts 23): cut it.
        push();
        let rest = [...word];
        while (rest.length > 0) {
          const piece = rest.slice(0, budget - 1).join('');
          rest = rest.slice(budget - 1);
          if (rest.length > 0) chunks.push(`${piece}-`);
          else current = piece;
        }
      }
      startOfLine = false;
    }
  }
  push();
  return chunks;
}
