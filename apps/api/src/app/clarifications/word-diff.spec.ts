import type { ClarificationDiffPart } from '@simpul/contracts';
import { tokenize, wordDiff } from './word-diff';

const side = (parts: ClarificationDiffPart[], drop: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind !== drop)
    .map((p) => p.text)
    .join('');

describe('wordDiff', () => {
  it('marks an inserted word and keeps the rest unchanged', () => {
    expect(wordDiff('Jembatan X tidak putus.', 'Jembatan X sama sekali tidak putus.')).toEqual([
      { kind: 'same', text: 'Jembatan X ' },
      { kind: 'added', text: 'sama sekali ' },
      { kind: 'same', text: 'tidak putus.' },
    ]);
  });

  it('shows a replaced word as removed then added, whole words only', () => {
    expect(wordDiff('Jalan ditutup total hari ini', 'Jalan dibuka total hari ini')).toEqual([
      { kind: 'same', text: 'Jalan ' },
      { kind: 'removed', text: 'ditutup' },
      { kind: 'added', text: 'dibuka' },
      { kind: 'same', text: ' total hari ini' },
    ]);
  });

  it('joins a replaced passage into one removal and one addition', () => {
    expect(wordDiff('a b c d', 'a x y d')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b c' },
      { kind: 'added', text: 'x y' },
      { kind: 'same', text: ' d' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(wordDiff('', 'baru')).toEqual([{ kind: 'added', text: 'baru' }]);
    expect(wordDiff('lama', '')).toEqual([{ kind: 'removed', text: 'lama' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('sama', 'sama')).toEqual([{ kind: 'same', text: 'sama' }]);
  });

  it('always rebuilds both texts from its parts (random edits)', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const words = ['jalan', 'jembatan', 'putus', 'tidak', 'UPT', '**bold**', '-', '\n', 'Madiun'];
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: rand(30) }, () => words[rand(words.length)]).join(' ');
      const tokens = tokenize(before);
      for (let e = 0; e < rand(6); e++) {
        const at = rand(tokens.length + 1);
        if (rand(2) === 0) tokens.splice(at, 1);
        else tokens.splice(at, 0, words[rand(words.length)], ' ');
      }
      const after = tokens.join('');
      const parts = wordDiff(before, after);
      expect(side(parts, 'added')).toBe(before);
      expect(side(parts, 'removed')).toBe(after);
      if (before === after) expect(parts.every((p) => p.kind === 'same')).toBe(true);
    }
  });

  it('keeps Indonesian letters and digits inside words', () => {
    expect(tokenize('Jl. Raya 12, Kab. Malang')).toEqual([
      'Jl',
      '.',
      ' ',
      'Raya',
      ' ',
      '12',
      ',',
      ' ',
      'Kab',
      '.',
      ' ',
      'Malang',
    ]);
  });
});
