/**
 * Text normalisation shared by the place index and the text scanner, so that a name in the
 * Kemendagri tables and the same name typed on WhatsApp end up as the same key.
 */

/** One word of the scanned text, with where it came from so matches can be quoted back. */
export interface Token {
  /** Lowercase, accent-free, apostrophe-free form, e.g. "ra'as" -> "raas". */
  word: string;
  /** Spelling-insensitive form of `word` (see {@link spellingKey}). */
  key: string;
  /** Character offsets of the word in the original text. */
  start: number;
  end: number;
  /** What separates the word from the previous one (see {@link Gap}). */
  gapBefore: Gap;
}

/**
 * What lies between two words. A place name never spans punctuation, but a marker still applies
 * across an abbreviation dot or a colon ("Kec.Kepanjen", "Desa: Sumberejo"), not across a comma.
 */
export type Gap = 'space' | 'soft' | 'hard';

const APOSTROPHES = /['’‘`"]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercases, strips accents and apostrophes: "Ra'as" -> "raas", "Pujón" -> "pujon". */
export function normalizeWord(raw: string): string {
  const plain = ASCII_LETTERS.test(raw) ? raw : raw.normalize('NFD').replace(COMBINING_MARKS, '');
  return plain.replace(APOSTROPHES, '').toLowerCase();
}

const ASCII_LETTERS = /^[\x20-\x7e]*$/;
/** Quick test for anything {@link spellingKey} would change; most words have none. */
const FOLDABLE = /oe|dj|tj|sj|[dtk]h|(.)\1/;

/**
 * Folds spelling variants that do not change how a name is read: old Dutch-era spelling
 * (oe -> u, dj -> j, tj -> c, sj -> sy), Javanese/Madurese aspirated consonants written with an
 * "h" (Dhompo, Kedhungrejo), and doubled letters (Madurese "Errabu", typed "rusakk").
 */
export function spellingKey(word: string): string {
  if (!FOLDABLE.test(word)) return word;
  return word
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/([dtk])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** The key of a whole phrase: spacing and hyphens do not matter ("sumber pucung" = "Sumberpucung"). */
export function phraseKey(phrase: string): string {
  return splitWords(phrase)
    .map((word) => spellingKey(normalizeWord(word)))
    .join('');
}

/** Words of a phrase, apostrophes kept inside words, everything else a separator. */
export function splitWords(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+(?:['’‘`"][\p{L}\p{N}]+)*/gu;
const HARD_BREAK = /[,;!?()[\]{}|\n\r]/;
const SOFT_BREAK = /[.:/\\]/;
/** Indonesian writes reduplication with a 2: "oro2" = "oro-oro", "guluk2" = "guluk-guluk". */
const REDUPLICATED = /^(\p{L}{2,})2$/u;

/** Splits text into words with their offsets; expands "oro2" into "oro oro". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const gapBefore = tokens.length === 0 ? 'hard' : gapBetween(text.slice(previousEnd, start));
    const word = normalizeWord(match[0]);
    const reduplicated = REDUPLICATED.exec(word);
    const words = reduplicated ? [reduplicated[1], reduplicated[1]] : [word];
    words.forEach((w, i) =>
      tokens.push({
        word: w,
        key: spellingKey(w),
        start,
        end,
        gapBefore: i === 0 ? gapBefore : 'space',
      }),
    );
    previousEnd = end;
  }
  return tokens;
}

function gapBetween(separator: string): Gap {
  if (HARD_BREAK.test(separator)) return 'hard';
  return SOFT_BREAK.test(separator) ? 'soft' : 'space';
}

/** "KABUPATEN MALANG" -> "Kabupaten Malang"; names already in mixed case are kept as published. */
export function titleCase(name: string): string {
  const tidy = name
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (tidy !== tidy.toUpperCase()) return tidy;
  return tidy
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
