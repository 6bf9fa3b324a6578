import { CASE_CATEGORIES } from '@simpul/contracts';
import { mapLaporCategory } from './lapor-category';

describe('mapLaporCategory', () => {
  it.each([
    ['Jalan', 'jalan_rusak'],
    ['Jalan Rusak', 'jalan_rusak'],
    ['jalan berlubang', 'jalan_rusak'],
    ['Infrastruktur Jalan dan Jembatan', 'jalan_rusak'],
    ['Jalan/Jembatan', 'jalan_rusak'],
    ['Jembatan', 'jembatan'],
    ['Jembatan Rusak', 'jembatan'],
    ['Drainase', 'drainase'],
    ['Drainase Jalan', 'drainase'],
    ['Saluran Air / Gorong-gorong', 'drainase'],
    ['Penerangan Jalan', 'pju'],
    ['Penerangan Jalan Umum (PJU)', 'pju'],
    ['Lampu Jalan Mati', 'pju'],
    ['Rambu', 'rambu_marka'],
    ['Rambu Lalu Lintas', 'rambu_marka'],
    ['Marka Jalan', 'rambu_marka'],
    ['Lampu Lalu Lintas', 'rambu_marka'],
    ['Tanah Longsor', 'longsor'],
    ['Pohon Tumbang', 'pohon_tumbang'],
    ['Galian Kabel', 'galian_utilitas'],
    ['Bekas galian PDAM', 'galian_utilitas'],
  ])('maps "%s" to %s', (text, category) => {
    expect(mapLaporCategory(text)).toBe(category);
  });

  it.each([['Kesehatan'], ['Topik Khusus'], ['Lain-lain'], [''], [null], [undefined]])(
    'maps unknown or missing %p to lainnya',
    (text) => {
      expect(mapLaporCategory(text)).toBe('lainnya');
    },
  );

  it('matches whole words only ("gotong royong" is not a drain)', () => {
    expect(mapLaporCategory('Gotong Royong')).toBe('lainnya');
  });

  it('always answers a Simpul category', () => {
    for (const text of ['JALAN', 'jembatan!!', 'Pju', 'x']) {
      expect(CASE_CATEGORIES).toContain(mapLaporCategory(text));
    }
  });
});
