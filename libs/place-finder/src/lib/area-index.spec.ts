import { AreaIndex, AreaTables } from './area-index';
import { withinOneEdit } from './edit-distance';
import { phraseKey } from './normalize';

const TABLES: AreaTables = {
  regencies: [{ code: '35.07', province_code: '35', name: 'KABUPATEN MALANG' }],
  districts: [
    { code: '35.07.12', regency_code: '35.07', name: 'Sumberpucung' },
    { code: '35.07.22', regency_code: '35.07', name: 'Dau' },
  ],
  villages: [
    { code: '35.07.12.2006', district_code: '35.07.12', name: 'Sumberpucung' },
    { code: '35.07.12.2001', district_code: '35.07.12', name: 'Titik' },
    { code: '35.07.12.2002', district_code: '35.07.12', name: 'Oro-oro Ombo' },
    { code: '35.07.12.2003', district_code: '35.07.12', name: 'Tundosuro/Tundosor o' },
  ],
};

describe('AreaIndex', () => {
  const index = AreaIndex.fromTables(TABLES);

  it('indexes names by a key that ignores case, spaces, hyphens and "/" variants', () => {
    expect(index.exact(phraseKey('sumber pucung')).map((n) => n.place.code)).toEqual([
      '35.07.12',
      '35.07.12.2006',
    ]);
    expect(index.exact(phraseKey('oro oro ombo')).map((n) => n.place.code)).toEqual([
      '35.07.12.2002',
    ]);
    expect(index.exact(phraseKey('Tundosuro')).map((n) => n.place.code)).toEqual(['35.07.12.2003']);
    expect(index.exact(phraseKey('malang')).map((n) => n.place.name)).toEqual(['Kabupaten Malang']);
  });

  it('marks ordinary-word and very short names', () => {
    const ordinary = (name: string): boolean[] =>
      index.exact(phraseKey(name)).map((n) => n.ordinary);
    expect(ordinary('Titik')).toEqual([true]);
    expect(ordinary('Dau')).toEqual([true]);
    expect(ordinary('Sumberpucung')).toEqual([false, false]);
  });

  it('finds every name one typing slip away, like a brute-force search', () => {
    const keys = ['Sumberpucung', 'Tundosuro', 'Oro-oro Ombo'].map(phraseKey);
    for (const key of keys) {
      for (const typed of slipsOf(key)) {
        const found = index.oneTypoAway(typed).map((n) => n.key);
        if (typed !== key && typed[0] === key[0]) expect(found).toContain(key);
      }
    }
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['kepanjen', 'kepanjen', true],
    ['kepanjen', 'kepanjn', true],
    ['kepanjen', 'kepanjenn', true],
    ['kepanjen', 'kepenjen', true],
    ['kepanjen', 'kepajnen', true],
    ['kepanjen', 'kpeanjen', true],
    ['kepanjen', 'kapenjen', false],
    ['kepanjen', 'kepnajne', false],
    ['kepanjen', 'kepanjenkidul', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});

/** Every string one deletion, insertion, substitution or swap away from `key`. */
function slipsOf(key: string): string[] {
  const letters = 'aeiouknrs';
  const slips: string[] = [];
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) slips.push(key.slice(0, i) + key.slice(i + 1));
    for (const ch of letters) {
      slips.push(key.slice(0, i) + ch + key.slice(i));
      if (i < key.length) slips.push(key.slice(0, i) + ch + key.slice(i + 1));
    }
    if (i < key.length - 1) slips.push(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
  }
  return slips.filter((s) => withinOneEdit(s, key));
}
