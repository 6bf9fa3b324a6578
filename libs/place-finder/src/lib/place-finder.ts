import { AreaIndex, Place, PlaceName } from './area-index';
import { PlaceLevel } from './markers';
import type { AreaTableReader } from './kemendagri-csv';
import { findMentions, Mention } from './mentions';
import { PlaceCandidate } from './place-candidate';
import { Vocabulary } from './vocabulary';

/**
 * How much each kind of evidence alone says that a place is meant. Evidence is combined as
 * independent signals (1 - product of the misses), so every score stays below 1.
 */
const EVIDENCE = {
  /** The text spells a distinctive name exactly. */
  distinctiveName: 0.55,
  /** The text spells a distinctive name with one typing slip. */
  typoName: 0.4,
  /** The name is an ordinary word or very short: means little on its own. */
  ordinaryName: 0.2,
  /** The name is part of a street name ("Jl. Raya Kepanjen"): the street may run elsewhere. */
  streetFactor: 0.6,
  /** "desa X", "kec. X", "kab. X" in front of a name of that level. */
  marker: 0.5,
  /** A village's own district is named elsewhere in the text. */
  districtNamed: 0.6,
  /** A village's or district's regency is named elsewhere in the text. */
  regencyNamed: 0.35,
  /** A place inside this district or regency is named elsewhere in the text. */
  childNamed: 0.25,
} as const;

/**
 * When a name fits several places equally well, the higher level is the likelier reading: people
 * name kecamatan and towns more than villages, and a kabupaten has several times the people of
 * the kota of the same name (Malang, Kediri, Blitar, Madiun, Mojokerto, Pasuruan, Probolinggo).
 */
const LEVEL_WEIGHT: Record<PlaceLevel, number> = { regency: 3, district: 2, village: 1 };
const KOTA_WEIGHT = 2.9;

/**
 * A reading of a phrase whose doubt (1 - score) exceeds the best reading's doubt by this factor
 * is explained away: "Sumberejo" + "Kec. Ngasem" leaves no room for the other Sumberejos. Equal
 * readings are kept and share the confidence.
 */
const EXPLAINED_AWAY_DOUBT_RATIO = 1.25;
/**
 * A typo is believed on its own only in a long name standing where a place is expected ("rusak di
 * bululwang"), typed as a word that does not look like a derived Indonesian word; otherwise an
 * ordinary word one letter from a village ("meninggal" ~ Menanggal, "kebakaran" ~ Kebakalan,
 * "sambungan" ~ Sambangan) is as likely, so it needs a marker or corroboration.
 */
const MIN_TRUSTED_TYPO_LENGTH = 8;
const DERIVED_WORD = /(an|kan|nya)$|^(di|ter|ber|mem|men|meng|meny)/;
/** Share of a phrase's weight above which one reading speaks for the phrase. */
const DOMINANT_SHARE = 0.6;
/** Below this a candidate is noise even as an alternative. */
const MIN_SCORE = 0.05;
const MAX_CANDIDATES = 10;

/** One possible meaning of a mention: this phrase names this place. */
interface Reading {
  mention: Mention;
  place: Place;
  /** A marker in front names this reading's level. */
  marked: boolean;
  /** The name alone is distinctive enough to be believed. */
  distinctive: boolean;
  ownEvidence: number;
}

/** A reading after looking at the rest of the text. */
interface Judged {
  reading: Reading;
  score: number;
  /** Mentions that support it (its own included), for `matched` and to absorb its ancestors. */
  support: Set<Mention>;
  /** The reading takes most of its phrase's confidence (it is alone, or the district among villages). */
  dominant: boolean;
  /** Believable thanks to its parent: its district named elsewhere, or its parent right after it. */
  backed: boolean;
}

/**
 * Finds the places of East Java that a citizen's free text names (see README.md): the phrases
 * spelling a regency, district or village name are read in the light of the markers in front of
 * them and of the other places named, and ranked best first.
 */
export class PlaceFinder {
  private constructor(private readonly index: AreaIndex) {}

  /**
   * Reads the Kemendagri tables once through `read` and indexes East Java (a few hundred
   * milliseconds).
   */
  static async load(read: AreaTableReader): Promise<PlaceFinder> {
    return new PlaceFinder(await AreaIndex.load(read, new Vocabulary()));
  }

  /** Candidate places, best first; empty when the text names no place we can trust. */
  find(text: string): PlaceCandidate[] {
    const mentions = findMentions(text, this.index);
    const readings = mentions.flatMap(readingsOf);
    const related = new RelatedReadings(readings);
    const judged = readings
      .map((reading) => judge(reading, related))
      .filter((j): j is Judged => j !== null);
    const ranked = shareAmongAlternatives(judged);
    return toCandidates(ranked);
  }
}

/** The places a mention may name, narrowed by the marker in front of it. */
function readingsOf(mention: Mention): Reading[] {
  const context = mention.context;
  if (context.kind === 'subvillage' || context.kind === 'person' || context.kind === 'species') {
    return [];
  }
  let names = mention.names;
  let marked = false;
  if (context.kind === 'place') {
    const atLevel = names.filter((n) => n.place.level === context.level);
    const ofKind = atLevel.filter(
      (n) => !context.regencyKind || n.place.regencyKind === context.regencyKind,
    );
    if (atLevel.length > 0) {
      names = ofKind.length > 0 ? ofKind : atLevel;
      marked = true;
    }
  }
  if (!marked) names = withoutNamesakeDescendants(names);
  return names.map((name) => toReading(mention, name, marked));
}

/**
 * Without a marker, "Pacitan" is the regency rather than the district or the village of the same
 * name inside it, and "Kepanjen" the district rather than its kelurahan.
 */
function withoutNamesakeDescendants(names: readonly PlaceName[]): readonly PlaceName[] {
  return names.filter((name) => !names.some((other) => isAncestor(other.place, name.place)));
}

function toReading(mention: Mention, name: PlaceName, marked: boolean): Reading {
  const doubtfulTypo =
    mention.typo &&
    (name.key.length < MIN_TRUSTED_TYPO_LENGTH ||
      !mention.locative ||
      DERIVED_WORD.test(mention.text.toLowerCase()));
  const ordinary = name.ordinary || mention.ordinaryWords || doubtfulTypo;
  let ownEvidence = ordinary
    ? EVIDENCE.ordinaryName
    : mention.typo
      ? EVIDENCE.typoName
      : EVIDENCE.distinctiveName;
  if (mention.context.kind === 'street') ownEvidence *= EVIDENCE.streetFactor;
  return { mention, place: name.place, marked, distinctive: !ordinary, ownEvidence };
}

/**
 * Scores a reading against the other mentions of the text, or rejects it when nothing but an
 * ordinary word speaks for it.
 */
function judge(reading: Reading, related: RelatedReadings): Judged | null {
  const trusted = reading.distinctive || reading.marked;
  const support = new Set<Mention>([reading.mention]);
  const misses: number[] = [];
  let corroborated = false;
  let backed = false;
  for (const kind of SUPPORT_KINDS) {
    const supporters = related
      .of(kind, reading.place)
      .filter(
        (other) =>
          other.mention !== reading.mention &&
          (other.distinctive || other.marked || (trusted && kind !== 'childNamed')),
      );
    if (supporters.length === 0) continue;
    const strongest = Math.max(...supporters.map(streetWeight));
    misses.push(1 - EVIDENCE[kind] * strongest);
    supporters.forEach((s) => support.add(s.mention));
    // Only a named district vouches for an ordinary-word village; a regency is too broad...
    if (kind !== 'regencyNamed' || reading.place.level !== 'village') corroborated = true;
    if (kind === 'districtNamed') backed = true;
    // ...unless the name is followed by its parent: "Candi Sidoarjo", "Jenu, Tuban".
    if (
      kind !== 'childNamed' &&
      supporters.some((s) => followsDirectly(s.mention, reading.mention))
    ) {
      corroborated = backed = true;
    }
  }
  if (!trusted && !corroborated) return null;
  // An ordinary word written as "<name> <its regency>" is used as a name, not as a word.
  const ownEvidence =
    backed && !reading.distinctive ? EVIDENCE.distinctiveName : reading.ownEvidence;
  misses.push(1 - ownEvidence);
  if (reading.marked) misses.push(1 - EVIDENCE.marker);
  return {
    reading,
    score: 1 - misses.reduce((a, b) => a * b, 1),
    support,
    dominant: false,
    backed,
  };
}

/** `next` comes right after `mention`, or after a marker that follows it ("Taman kab. Sidoarjo"). */
function followsDirectly(next: Mention, mention: Mention): boolean {
  const gap = next.start - mention.end;
  return gap === 0 || (gap === 1 && next.context.kind === 'place');
}

function streetWeight(reading: Reading): number {
  return reading.mention.context.kind === 'street' ? EVIDENCE.streetFactor : 1;
}

const SUPPORT_KINDS = ['districtNamed', 'regencyNamed', 'childNamed'] as const;
type SupportKind = (typeof SUPPORT_KINDS)[number];

/** The readings of a text by the places they name, to find a reading's relatives quickly. */
class RelatedReadings {
  private readonly byPlace = new Map<string, Reading[]>();
  private readonly byAncestor = new Map<string, Reading[]>();

  constructor(readings: Reading[]) {
    for (const reading of readings) {
      const { place } = reading;
      push(this.byPlace, place.code, reading);
      if (place.level !== 'regency') push(this.byAncestor, place.regencyCode, reading);
      if (place.level === 'village' && place.districtCode) {
        push(this.byAncestor, place.districtCode, reading);
      }
    }
  }

  /** Readings that can support `place` in this way: its district, its regency, or places inside it. */
  of(kind: SupportKind, place: Place): Reading[] {
    const none: Reading[] = [];
    switch (kind) {
      case 'districtNamed':
        return place.level === 'village' && place.districtCode
          ? (this.byPlace.get(place.districtCode) ?? none)
          : none;
      case 'regencyNamed':
        return place.level !== 'regency' ? (this.byPlace.get(place.regencyCode) ?? none) : none;
      case 'childNamed':
        return place.level !== 'village' ? (this.byAncestor.get(place.code) ?? none) : none;
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isAncestor(ancestor: Place, place: Place): boolean {
  switch (ancestor.level) {
    case 'regency':
      return place.level !== 'regency' && place.regencyCode === ancestor.code;
    case 'district':
      return place.level === 'village' && place.districtCode === ancestor.code;
    case 'village':
      return false;
  }
}

/**
 * Splits the confidence of a phrase among the places it may name: readings clearly behind the
 * best one are dropped, the rest share it (more to regencies and districts, see LEVEL_WEIGHT), so
 * an unresolved "Sukorejo" yields many low-scored alternatives, not one confident guess.
 */
function shareAmongAlternatives(judged: Judged[]): Judged[] {
  const byMention = new Map<Mention, Judged[]>();
  judged.forEach((j) => push(byMention, j.reading.mention, j));
  return [...byMention.values()].flatMap((group) => {
    const leastDoubt = Math.min(...group.map((j) => 1 - j.score));
    const kept = group.filter((j) => 1 - j.score <= leastDoubt * EXPLAINED_AWAY_DOUBT_RATIO);
    const totalWeight = kept.reduce((sum, j) => sum + weightOf(j.reading.place), 0);
    return kept.map((j) => ({
      ...j,
      score: j.score * Math.sqrt(weightOf(j.reading.place) / totalWeight),
      dominant: weightOf(j.reading.place) / totalWeight >= DOMINANT_SHARE,
    }));
  });
}

function weightOf(place: Place): number {
  return place.level === 'regency' && place.regencyKind === 'kota'
    ? KOTA_WEIGHT
    : LEVEL_WEIGHT[place.level];
}

function toCandidates(ranked: Judged[]): PlaceCandidate[] {
  const best = new Map<string, Judged>();
  for (const j of ranked) {
    const seen = best.get(j.reading.place.code);
    if (!seen || j.score > seen.score) best.set(j.reading.place.code, j);
  }
  return absorbAncestors([...best.values()])
    .filter((j) => j.score >= MIN_SCORE)
    .sort(byRank)
    .slice(0, MAX_CANDIDATES)
    .map(toCandidate);
}

/**
 * "Kec. Ngantang" is no separate answer when "Ds. Pandansari", unambiguously in Ngantang, used it
 * as corroboration: the village is the more specific reading of the same words, and inherits the
 * district's confidence. An ambiguous village ("Sukorejo, Malang" with three Sukorejos in Malang),
 * or an ordinary word backed only by its regency ("panti ... Jember"), does not absorb its
 * ancestor, which then stays the best answer.
 */
function absorbAncestors(all: Judged[]): Judged[] {
  const absorbed = new Set<Judged>();
  const result = all.map((descendant) => {
    if (!descendant.dominant || !standsOnItsOwn(descendant)) return descendant;
    const ancestors = all.filter(
      (a) =>
        isAncestor(a.reading.place, descendant.reading.place) &&
        descendant.support.has(a.reading.mention),
    );
    ancestors.forEach((a) => absorbed.add(a));
    const score = Math.max(descendant.score, ...ancestors.map((a) => a.score));
    return { ...descendant, score };
  });
  return result.filter((j, i) => !absorbed.has(all[i]));
}

/** Believable as more than an ordinary word: a distinctive name, a marker, or backed by its parent. */
function standsOnItsOwn(judged: Judged): boolean {
  return judged.reading.distinctive || judged.reading.marked || judged.backed;
}

function byRank(a: Judged, b: Judged): number {
  return (
    b.score - a.score ||
    weightOf(b.reading.place) - weightOf(a.reading.place) ||
    a.reading.place.code.localeCompare(b.reading.place.code)
  );
}

function toCandidate(judged: Judged): PlaceCandidate {
  const { place } = judged.reading;
  const matched = [...judged.support].sort((a, b) => a.start - b.start).map((m) => m.text);
  return {
    level: place.level,
    code: place.code,
    name: place.name,
    regencyCode: place.regencyCode,
    regencyName: place.regencyName,
    districtCode: place.districtCode,
    districtName: place.districtName,
    villageCode: place.villageCode,
    villageName: place.villageName,
    score: Math.round(judged.score * 1000) / 1000,
    matched: [...new Set(matched)],
  };
}
