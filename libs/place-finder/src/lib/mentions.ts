import { AreaIndex, PlaceName } from './area-index';
import { GLUED_PREFIXES, markerContext, NameContext, STREET_FILLERS } from './markers';
import { spellingKey, Token, tokenize } from './normalize';

/** A phrase of the text that is written like one or more place names. */
export interface Mention {
  /** Token range [start, end) in the scanned text. */
  start: number;
  end: number;
  /** The phrase as written in the text. */
  text: string;
  /** Every place whose name the phrase spells (several when a name is shared). */
  names: readonly PlaceName[];
  /** Matched with one typing slip rather than exactly. */
  typo: boolean;
  /** Every word of the phrase is an ordinary word ("kali baru", "sumber air"). */
  ordinaryWords: boolean;
  /** What the word in front says about the phrase ("kec.", "desa", "dusun", "Jl."). */
  context: NameContext;
  /** The phrase stands where a place is expected: after "di", "nang", "daerah"..., or first in the text. */
  locative: boolean;
}

/** Prepositions and nouns after which a citizen writes a place ("rusak di Kepanjen"). */
const LOCATIVE_WORDS = new Set(
  `di ke dari dr nang neng ning ing teng wonten daerah wilayah kawasan sekitar arah menuju dekat
   deket lokasi alamat`.split(/\s+/),
);

/** Longest official names are four words ("Jambesari Darus Sholah", "Oro-Oro Ombo Kulon"). */
const MAX_NAME_WORDS = 4;
/** A typo across several words is only believed for long phrases. */
const MIN_MULTIWORD_TYPO_LENGTH = 8;

/** Finds the phrases of `text` that spell East Java place names, longest phrase first. */
export function findMentions(text: string, index: AreaIndex): Mention[] {
  const tokens = splitGluedPrefixes(tokenize(text), index);
  const taken = new Array<boolean>(tokens.length).fill(false);
  // Longest phrase first; at equal length an exact spelling beats a typo.
  const spans = [...exactSpans(tokens, index), ...typoSpans(tokens, index)].sort(longestFirst);
  const mentions: Mention[] = [];
  for (const span of spans) {
    if (overlapsTaken(taken, span.start, span.end)) continue;
    if (span.typo && hasExactSpanAt(spans, span)) continue;
    for (let i = span.start; i < span.end; i++) taken[i] = true;
    mentions.push({
      ...span,
      text: text.slice(tokens[span.start].start, tokens[span.end - 1].end),
      ordinaryWords: tokens
        .slice(span.start, span.end)
        .every((t) => index.vocabulary.isOrdinaryKey(t.key)),
      context: contextBefore(tokens, span.start),
      locative: span.start === 0 || LOCATIVE_WORDS.has(tokens[span.start - 1].word),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

interface Span {
  start: number;
  end: number;
  names: readonly PlaceName[];
  typo: boolean;
}

/** All phrases that spell a name exactly, longest first so "Pakis Baru" beats "Pakis". */
function exactSpans(tokens: Token[], index: AreaIndex): Span[] {
  const spans: Span[] = [];
  forEachPhrase(tokens, index, MAX_NAME_WORDS, true, (start, end, key) => {
    if (end - start === 1 && isMarkerOnly(tokens, start)) return;
    const names = index.exact(key);
    if (names.length > 0) spans.push({ start, end, names, typo: false });
  });
  return spans;
}

/**
 * Phrases one typing slip away from a name. Ordinary words are never "corrected" into a name
 * ("rusak" is not a typo of anything), and short words never get a typo at all.
 */
function typoSpans(tokens: Token[], index: AreaIndex): Span[] {
  const spans: Span[] = [];
  forEachPhrase(tokens, index, MAX_NAME_WORDS - 1, false, (start, end, key) => {
    const words = tokens.slice(start, end);
    if (words.every((t) => index.vocabulary.isOrdinaryKey(t.key))) return;
    if (words.some((t) => markerContext(t.word))) return;
    if (end - start > 1 && key.length < MIN_MULTIWORD_TYPO_LENGTH) return;
    // The spelling fold can turn one slip into two ("kutoerjo": oe -> u; "tegaagung": aa -> a),
    // so the word as typed is tried too.
    const asTyped = words.map((t) => t.word).join('');
    const asTypedNames = asTyped === key ? [] : index.oneTypoAway(asTyped);
    const names = uniqueNames([...index.oneTypoAway(key), ...asTypedNames]);
    if (names.length > 0) spans.push({ start, end, names, typo: true });
  });
  return spans;
}

/**
 * Visits every run of up to `maxWords` words that a name could span: no punctuation or number
 * inside, and no grammar word at its start ("di", "ke", "yang"), unless a marker vouches for it
 * ("desa Opo Opo", "kec. Deket"). With `grammarWordsInside` false, none anywhere.
 */
function forEachPhrase(
  tokens: Token[],
  index: AreaIndex,
  maxWords: number,
  grammarWordsInside: boolean,
  visit: (start: number, end: number, key: string) => void,
): void {
  const isGrammarWord = (token: Token): boolean => index.vocabulary.isFunctionKey(token.key);
  for (let start = 0; start < tokens.length; start++) {
    const vouched = grammarWordsInside && contextBefore(tokens, start).kind === 'place';
    if (isGrammarWord(tokens[start]) && !vouched) continue;
    let key = '';
    for (let end = start + 1; end <= Math.min(tokens.length, start + maxWords); end++) {
      const token = tokens[end - 1];
      if (end > start + 1 && token.gapBefore !== 'space') break;
      if (/^\d+$/.test(token.word) || (isGrammarWord(token) && !grammarWordsInside)) break;
      key += token.key;
      visit(start, end, key);
    }
  }
}

function longestFirst(a: Span, b: Span): number {
  return (
    b.end - b.start - (a.end - a.start) || Number(a.typo) - Number(b.typo) || a.start - b.start
  );
}

function uniqueNames(names: PlaceName[]): PlaceName[] {
  return names.filter((name, i) => names.findIndex((other) => other.place === name.place) === i);
}

function overlapsTaken(taken: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

function hasExactSpanAt(spans: Span[], typo: Span): boolean {
  return spans.some((s) => !s.typo && s.start === typo.start && s.end === typo.end);
}

/**
 * A marker word on its own ("kota" in "kota Kediri") is not a name, even where a place happens
 * to be called that (the district Kota in Kota Kediri) — unless a marker precedes it ("kec. Kota").
 */
function isMarkerOnly(tokens: Token[], position: number): boolean {
  if (!markerContext(tokens[position].word)) return false;
  const before = contextBefore(tokens, position);
  return before.kind !== 'place';
}

/** Reads the marker in front of a name, skipping "raya" in "Jl. Raya Kepanjen". */
function contextBefore(tokens: Token[], start: number): NameContext {
  const none: NameContext = { kind: 'none' };
  const position = start - 1;
  if (position < 0 || tokens[start].gapBefore === 'hard') return none;
  if (STREET_FILLERS.has(tokens[position].word) && position > 0) {
    const street = markerContext(tokens[position - 1].word);
    if (street?.kind === 'street' && tokens[position].gapBefore !== 'hard') return street;
  }
  const context = markerContext(tokens[position].word);
  if (!context) return none;
  // "desa Kembang Tlogosari", "kec. Kota Kediri": a marker word right after a place marker is a name.
  if (position > 0 && markerContext(tokens[position - 1].word)?.kind === 'place') return none;
  // A person or a plant is only named right after the word ("pak Slamet", not "pak, Sumberejo").
  if (
    (context.kind === 'person' || context.kind === 'species') &&
    tokens[start].gapBefore !== 'space'
  ) {
    return none;
  }
  return context;
}

/**
 * Splits a marker or "di" glued to a name ("keckepanjen", "dssumberejo", "disumberpucung") when
 * the whole word is not itself a name and the rest is one.
 */
function splitGluedPrefixes(tokens: Token[], index: AreaIndex): Token[] {
  return tokens.flatMap((token) => {
    if (index.exact(token.key).length > 0 || index.vocabulary.isOrdinaryKey(token.key)) {
      return [token];
    }
    for (const prefix of GLUED_PREFIXES) {
      const rest = token.word.slice(prefix.length);
      if (!token.word.startsWith(prefix) || rest.length < 4) continue;
      const names = index.exact(spellingKey(rest));
      if (names.length === 0 || (prefix === 'di' && names.every((n) => n.ordinary))) continue;
      const split = token.start + prefix.length;
      return [
        { ...token, word: prefix, key: spellingKey(prefix), end: split },
        { ...token, word: rest, key: spellingKey(rest), start: split, gapBefore: 'space' as const },
      ];
    }
    return [token];
  });
}
