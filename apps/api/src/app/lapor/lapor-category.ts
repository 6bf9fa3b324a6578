import type { CaseCategory } from '@simpul/contracts';

/**
 * Words of LAPOR's free-text categories (and of officers' own labels) per Simpul category. Checked
 * in this order, so the specific beats the general: "Penerangan Jalan" is street lighting, not a
 * road, and "Drainase Jalan" is drainage.
 */
const CATEGORY_WORDS: readonly (readonly [CaseCategory, readonly string[]])[] = [
  // The combined label of public-works desks is about roads far more often than bridges.
  ['jalan_rusak', ['jalan dan jembatan', 'jalan jembatan']],
  [
    'pju',
    [
      'penerangan jalan',
      'penerangan jalan umum',
      'pju',
      'lampu jalan',
      'lampu penerangan',
      'penerangan',
    ],
  ],
  [
    'rambu_marka',
    [
      'rambu',
      'marka',
      'apill',
      'lampu lalu lintas',
      'traffic light',
      'lampu merah',
      'zebra cross',
      'perlengkapan jalan',
    ],
  ],
  ['jembatan', ['jembatan']],
  [
    'drainase',
    ['drainase', 'saluran', 'selokan', 'gorong gorong', 'got', 'banjir', 'genangan', 'gorong'],
  ],
  ['longsor', ['longsor', 'tanah longsor', 'tebing']],
  ['pohon_tumbang', ['pohon', 'pohon tumbang', 'ranting', 'dahan']],
  [
    'galian_utilitas',
    ['galian', 'utilitas', 'pipa', 'kabel', 'pdam', 'pln', 'telkom', 'bekas galian'],
  ],
  [
    'jalan_rusak',
    [
      'jalan',
      'jalan rusak',
      'jalan berlubang',
      'berlubang',
      'lubang',
      'aspal',
      'amblas',
      'ambles',
      'trotoar',
      'bahu jalan',
    ],
  ],
];

/** Lower case, punctuation to spaces, single spaces: "Jalan/Jembatan Rusak!" → "jalan jembatan rusak". */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** LAPOR's category text as a Simpul category; anything unrecognised is `lainnya`. */
export function mapLaporCategory(text: string | null | undefined): CaseCategory {
  if (!text) return 'lainnya';
  const padded = ` ${normalize(text)} `;
  for (const [category, words] of CATEGORY_WORDS) {
    if (words.some((word) => padded.includes(` ${word} `))) return category;
  }
  return 'lainnya';
}
