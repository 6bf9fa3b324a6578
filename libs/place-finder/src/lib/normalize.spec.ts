import { phraseKey, spellingKey, titleCase, tokenize } from './normalize';

describe('normalize', () => {
  it('folds old spelling, aspirated consonants and doubled letters', () => {
    expect(spellingKey('soerabaja')).toBe('surabaja');
    expect(spellingKey('djember')).toBe('jember');
    expect(spellingKey('dhompo')).toBe('dompo');
    expect(spellingKey('errabu')).toBe('erabu');
    expect(spellingKey('kepanjen')).toBe('kepanjen');
  });

  it('keys a phrase without spaces, hyphens, apostrophes or case', () => {
    expect(phraseKey('Sumber Pucung')).toBe(phraseKey('sumberpucung'));
    expect(phraseKey('Oro-oro Ombo')).toBe('orooroombo');
    expect(phraseKey("Ra'as")).toBe(phraseKey('raas'));
  });

  it('tokenizes with offsets, phrase breaks and "2" reduplication', () => {
    const text = 'Ds.Sumberejo, oro2 ombo';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['ds', 'sumberejo', 'oro', 'oro', 'ombo']);
    expect(tokens.map((t) => t.gapBefore)).toEqual(['hard', 'soft', 'hard', 'space', 'space']);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('Sumberejo');
  });

  it('title-cases names published in capitals only', () => {
    expect(titleCase('KABUPATEN MALANG')).toBe('Kabupaten Malang');
    expect(titleCase('Urek - Urek')).toBe('Urek-Urek');
    expect(titleCase('Oro-oro Ombo')).toBe('Oro-oro Ombo');
  });
});
