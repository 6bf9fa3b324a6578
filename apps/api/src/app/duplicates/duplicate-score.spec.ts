import { boundingBox, judgeDuplicate, type DuplicateSignals } from './duplicate-score';

const signals = (overrides: Partial<DuplicateSignals>): DuplicateSignals => ({
  distanceMeters: null,
  radiusMeters: 300,
  titleSimilarity: 0,
  descriptionSimilarity: 0,
  sameVillage: null,
  sameRegency: null,
  otherArea: false,
  ...overrides,
});

describe('judgeDuplicate', () => {
  it('suggests a case inside the radius whatever its words, ranked by closeness', () => {
    const close = judgeDuplicate(signals({ distanceMeters: 20 }));
    const edge = judgeDuplicate(signals({ distanceMeters: 290 }));
    expect(close).toMatchObject({ suggest: true, reasons: [{ kind: 'distance', meters: 20 }] });
    expect(edge.suggest).toBe(true);
    if (close.suggest && edge.suggest) expect(close.score).toBeGreaterThan(edge.score);
  });

  it('never suggests two points farther apart than the radius, even with the same words', () => {
    expect(judgeDuplicate(signals({ distanceMeters: 301, titleSimilarity: 1 }))).toEqual({
      suggest: false,
    });
  });

  it('without two points, lets similar words decide, unless the regencies or districts differ', () => {
    expect(judgeDuplicate(signals({ titleSimilarity: 0.29 })).suggest).toBe(false);
    expect(judgeDuplicate(signals({ descriptionSimilarity: 0.5, sameRegency: '35.07' }))).toEqual({
      suggest: true,
      score: 0.275,
      textSimilarity: 0.5,
      reasons: [
        { kind: 'text', field: 'description', similarity: 0.5 },
        { kind: 'same_regency', regencyCode: '35.07' },
      ],
    });
    expect(judgeDuplicate(signals({ titleSimilarity: 0.9, otherArea: true })).suggest).toBe(false);
  });

  it('names the same village rather than the regency, and caps the score at 1', () => {
    const verdict = judgeDuplicate(
      signals({
        distanceMeters: 0,
        titleSimilarity: 1,
        sameVillage: '35.07.01.2001',
        sameRegency: '35.07',
      }),
    );
    expect(verdict).toMatchObject({ suggest: true, score: 1 });
    if (verdict.suggest)
      expect(verdict.reasons.map((r) => r.kind)).toEqual(['distance', 'text', 'same_village']);
  });
});

describe('boundingBox', () => {
  it('holds every point within the radius, wider in longitude away from the equator', () => {
    const box = boundingBox(-8.13, 300);
    expect(box.dLat * 111_320).toBeCloseTo(300);
    expect(box.dLng).toBeGreaterThan(box.dLat);
  });
});
