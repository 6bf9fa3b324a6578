import { mentionCandidates } from './mentions';

const labels = (body: string) => mentionCandidates(body).map((c) => c.map((x) => x.label));

describe('mention candidates', () => {
  it('offers the words after each @, longest first, without trailing punctuation', () => {
    expect(labels('Mohon @UPT PJJ Malang, cek ya')[0].slice(0, 4)).toEqual([
      'UPT PJJ Malang, cek ya',
      'UPT PJJ Malang, cek',
      'UPT PJJ Malang,',
      'UPT PJJ Malang',
    ]);
    expect(labels('@Budi.')).toEqual([['Budi.', 'Budi']]);
  });

  it('ignores e-mail addresses, a bare @ and @ followed by a space', () => {
    expect(labels('kirim ke humas@pu.jatimprov.go.id @ lalu @')).toEqual([]);
  });

  it('stops at the end of the line and compares without case', () => {
    const [candidates] = mentionCandidates('@Dinas PU\nBina Marga');
    expect(candidates.map((c) => c.key)).toEqual(['dinas pu', 'dinas']);
  });

  it('looks at no more than 20 mentions of at most 8 words', () => {
    expect(mentionCandidates('@a '.repeat(30))).toHaveLength(20);
    expect(mentionCandidates(`@${'kata '.repeat(20)}`)[0][0].label.split(' ')).toHaveLength(8);
  });
});
