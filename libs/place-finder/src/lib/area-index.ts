import type { AreaTableReader } from './kemendagri-csv';
import { Vocabulary } from './vocabulary';
import { PlaceLevel, RegencyKind } from './markers';
import { phraseKey, splitWords, titleCase } from './normalize';
import { withinOneEdit } from './edit-distance';

const EAST_JAVA = '35';

/** One regency, district or village of East Java, with its ancestors spelled out. */
export interface Place {
  level: PlaceLevel;
  code: string;
  name: string;
  regencyCode: string;
  regencyName: string;
  regencyKind: RegencyKind;
  districtCode: string | null;
  districtName: string | null;
  villageCode: string | null;
  villageName: string | null;
}

/** One way of writing a place's name, reduced to a key. */
export interface PlaceName {
  key: string;
  place: Place;
  /**
   * The name is an ordinary word or phrase ("Titik", "Gunung Anyar") or too short to trust
   * ("Dau", "Puri"): on its own in a text it does not show that the place is meant.
   */
  ordinary: boolean;
}

/** The raw rows of the three Kemendagri tables, filtered to East Java. */
export interface AreaTables {
  regencies: Record<string, string>[];
  districts: Record<string, string>[];
  villages: Record<string, string>[];
}

/**
 * Well-known short forms of regency and city names in chats. They are used for both the
 * kabupaten and the kota of the same name, like the bare name.
 */
const REGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  surabaya: ['sby', 'suroboyo', 'surabaja'],
  malang: ['mlg', 'ngalam'],
  banyuwangi: ['bwi'],
  jember: ['jbr'],
  kediri: ['kdr'],
  bojonegoro: ['bjn'],
  lumajang: ['lmj'],
  mojokerto: ['mjk'],
  jombang: ['jbg'],
  ngawi: ['ngw'],
  lamongan: ['lmg'],
  probolinggo: ['proboling'],
  tulungagung: ['tulung agung'],
};

/** Names shorter than this (in letters of the key) are too easily a word, a typo or a syllable. */
const MIN_DISTINCTIVE_LENGTH = 5;
/** Names shorter than this are never matched with a typo. */
const MIN_FUZZY_LENGTH = 5;

/** In-memory index of East Java's places by name key, with a one-typo lookup. */
export class AreaIndex {
  private readonly byKey = new Map<string, PlaceName[]>();
  /**
   * Keys by length and first two letters, and by length and last two letters. One typing slip in
   * a key of five or more letters leaves one of the two ends intact and changes the length by at
   * most one, so these buckets hold every one-typo neighbour.
   */
  private readonly byEnds = new Map<string, string[]>();

  private constructor(
    readonly places: readonly Place[],
    readonly vocabulary: Vocabulary,
  ) {}

  /** Reads the Kemendagri tables through the caller's reader and indexes East Java. */
  static async load(read: AreaTableReader, vocabulary = new Vocabulary()): Promise<AreaIndex> {
    const [regencies, districts, villages] = await Promise.all([
      read('regencies'),
      read('districts'),
      read('villages'),
    ]);
    return AreaIndex.fromTables(
      {
        regencies: regencies.filter((row) => row['province_code'] === EAST_JAVA),
        districts: districts.filter((row) => row['code'].startsWith(`${EAST_JAVA}.`)),
        villages: villages.filter((row) => row['code'].startsWith(`${EAST_JAVA}.`)),
      },
      vocabulary,
    );
  }

  static fromTables(tables: AreaTables, vocabulary = new Vocabulary()): AreaIndex {
    const index = new AreaIndex(buildPlaces(tables), vocabulary);
    for (const place of index.places) {
      for (const written of writtenForms(place)) index.addName(place, written.text, written.alias);
    }
    return index;
  }

  /** Places whose name has exactly this key. */
  exact(key: string): readonly PlaceName[] {
    return this.byKey.get(key) ?? [];
  }

  /** Places whose name key is one typo away from this key (not equal to it). */
  oneTypoAway(key: string): PlaceName[] {
    if (key.length < MIN_FUZZY_LENGTH) return [];
    const nearKeys = new Set<string>();
    for (let length = key.length - 1; length <= key.length + 1; length++) {
      for (const bucket of [
        this.byEnds.get(headOf(key, length)),
        this.byEnds.get(tailOf(key, length)),
      ]) {
        for (const near of bucket ?? []) {
          if (near !== key && sameStart(near, key) && withinOneEdit(near, key)) nearKeys.add(near);
        }
      }
    }
    return [...nearKeys].flatMap((near) => this.exact(near));
  }

  private addName(place: Place, text: string, alias: boolean): void {
    const key = phraseKey(text);
    if (key === '') return;
    const existing = this.byKey.get(key) ?? [];
    if (existing.some((name) => name.place === place)) return;
    const ordinary = !alias && this.isOrdinaryName(text, key);
    existing.push({ key, place, ordinary });
    this.byKey.set(key, existing);
    if (existing.length === 1 && key.length >= MIN_FUZZY_LENGTH) {
      for (const end of [headOf(key, key.length), tailOf(key, key.length)]) {
        const keys = this.byEnds.get(end);
        if (keys) keys.push(key);
        else this.byEnds.set(end, [key]);
      }
    }
  }

  private isOrdinaryName(text: string, key: string): boolean {
    if (key.length < MIN_DISTINCTIVE_LENGTH) return true;
    return (
      this.vocabulary.isOrdinaryKey(key) ||
      splitWords(text).every((w) => this.vocabulary.isOrdinary(w))
    );
  }
}

/**
 * Typos on the first letter are rare in typed names, while requiring it removes most accidental
 * neighbours (a common word one letter away from some village).
 */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0];
}

function headOf(key: string, length: number): string {
  return `${length}^${key.slice(0, 2)}`;
}

function tailOf(key: string, length: number): string {
  return `${length}${key.slice(-2)}$`;
}

function buildPlaces(tables: AreaTables): Place[] {
  const places: Place[] = [];
  const regencyByCode = new Map<string, Place>();
  const districtByCode = new Map<string, Place>();
  for (const row of tables.regencies) {
    const name = titleCase(row['name']);
    const regency: Place = {
      level: 'regency',
      code: row['code'],
      name,
      regencyCode: row['code'],
      regencyName: name,
      regencyKind: /^kota\b/i.test(name) ? 'kota' : 'kabupaten',
      districtCode: null,
      districtName: null,
      villageCode: null,
      villageName: null,
    };
    regencyByCode.set(regency.code, regency);
    places.push(regency);
  }
  for (const row of tables.districts) {
    const regency = regencyByCode.get(row['regency_code']);
    if (!regency) continue;
    const name = titleCase(row['name']);
    const district: Place = { ...regency, level: 'district', code: row['code'], name };
    district.districtCode = district.code;
    district.districtName = name;
    districtByCode.set(district.code, district);
    places.push(district);
  }
  for (const row of tables.villages) {
    const district = districtByCode.get(row['district_code']);
    if (!district) continue;
    const name = titleCase(row['name']);
    places.push({
      ...district,
      level: 'village',
      code: row['code'],
      name,
      villageCode: row['code'],
      villageName: name,
    });
  }
  return places;
}

/** The ways a place's name is written: the official name, its "/" variants, regency short forms. */
function writtenForms(place: Place): { text: string; alias: boolean }[] {
  if (place.level === 'regency') {
    const bare = place.name.replace(/^(kabupaten|kota)\s+/i, '');
    const aliases = REGENCY_ALIASES[bare.toLowerCase()] ?? [];
    return [{ text: bare, alias: false }, ...aliases.map((text) => ({ text, alias: true }))];
  }
  // One village is published as "Tundosuro/Tundosor o": both halves are names.
  const forms = place.name.split('/').map((text) => ({ text, alias: false }));
  // "kec. Sumbermanjing" for Sumbermanjing Wetan: districts are often named without the direction.
  const withoutDirection = place.name.replace(DIRECTION_SUFFIX, '');
  if (place.level === 'district' && withoutDirection !== place.name)
    forms.push({ text: withoutDirection, alias: false });
  return forms;
}

const DIRECTION_SUFFIX = /\s+(wetan|kulon|lor|kidul|utara|selatan|barat|timur|tengah|laok|daya)$/i;
