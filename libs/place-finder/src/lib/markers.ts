import { withinOneEdit } from './edit-distance';

/**
 * Words that say what kind of place the following name is ("kec. Kepanjen", "desa Sumberejo"),
 * or that the following name is *not* one of our places (a dusun, a person, a street).
 */

export type PlaceLevel = 'regency' | 'district' | 'village';

/** What the word in front of a name tells us about the name. */
export type NameContext =
  | { kind: 'place'; level: PlaceLevel; regencyKind?: RegencyKind }
  /** Below village level (dusun, dukuh, lingkungan): not in the Kemendagri tables. */
  | { kind: 'subvillage' }
  /** A person's name follows ("pak Slamet", "bu Sri"). */
  | { kind: 'person' }
  /** A plant's name follows ("pohon gayam", "wit waru"): many villages are named after trees. */
  | { kind: 'species' }
  /** A street name follows; streets are often named after places, so a weaker signal. */
  | { kind: 'street' }
  | { kind: 'none' };

export type RegencyKind = 'kabupaten' | 'kota';

const VILLAGE_MARKERS = words(`
  desa ds dsa des deso kelurahan kel kalurahan klurahan kades lurah kepdes pemdes balaidesa
`);
const DISTRICT_MARKERS = words('kecamatan kec kc kcm kacamatan camat polsek koramil');
const KABUPATEN_MARKERS = words('kabupaten kab kabupatan kbptn kabu pemkab bupati polres');
const KOTA_MARKERS = words('kota kt kodya kotamadya kotamadia pemkot walikota');
const SUBVILLAGE_MARKERS = words('dusun dsn dukuh dkh lingkungan lingk lk kampung kp');
const PERSON_MARKERS = words(`
  pak bapak bpk bu ibu mbak mba mas mbah cak ning sdr saudara haji hj ustadz ustad kyai kiai gus
  almarhum alm
`);
const SPECIES_MARKERS = words('pohon pohong wit uwit kayu');
const STREET_MARKERS = words('jalan jl jln jaln gang gg perum perumahan griya');
/** Words that may sit between a street marker and the street's name: "Jl. Raya Kepanjen". */
export const STREET_FILLERS = new Set(words('raya ry poros lintas utama baru lama'));
/** Long markers are recognised with one typing slip too ("kecamatn", "kelurhan", "kabupatn"). */
const LONG_MARKERS = ['kecamatan', 'kelurahan', 'kabupaten'];

const CONTEXT_BY_WORD = new Map<string, NameContext>();
const add = (list: string[], context: NameContext): void =>
  list.forEach((word) => CONTEXT_BY_WORD.set(word, context));
add(VILLAGE_MARKERS, { kind: 'place', level: 'village' });
add(DISTRICT_MARKERS, { kind: 'place', level: 'district' });
add(KABUPATEN_MARKERS, { kind: 'place', level: 'regency', regencyKind: 'kabupaten' });
add(KOTA_MARKERS, { kind: 'place', level: 'regency', regencyKind: 'kota' });
add(SUBVILLAGE_MARKERS, { kind: 'subvillage' });
add(PERSON_MARKERS, { kind: 'person' });
add(SPECIES_MARKERS, { kind: 'species' });
add(STREET_MARKERS, { kind: 'street' });

/** The context a single word sets for the name right after it, or undefined if it is no marker. */
export function markerContext(word: string): NameContext | undefined {
  const exact = CONTEXT_BY_WORD.get(word);
  if (exact || word.length < 8) return exact;
  const slipped = LONG_MARKERS.find((marker) => withinOneEdit(marker, word));
  return slipped ? CONTEXT_BY_WORD.get(slipped) : undefined;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== '');
}

/**
 * Marker prefixes that citizens glue to the name ("kec.kepanjen" is split by the tokenizer, but
 * "keckepanjen", "dssumberejo", "dikepanjen" are not). Longest first so "kecamatan" wins over "kec".
 */
export const GLUED_PREFIXES: readonly string[] = words(
  'kecamatan kelurahan kabupaten desa kota kec kel kab ds di',
);
