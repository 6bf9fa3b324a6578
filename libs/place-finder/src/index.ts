// Finds the East Java places a citizen's free text names: pure TypeScript, no I/O (see README.md).
export { PlaceFinder } from './lib/place-finder';
export type { PlaceCandidate } from './lib/place-candidate';
export type { PlaceLevel } from './lib/markers';
export { normalizeWord, phraseKey, spellingKey } from './lib/normalize';
export { type AreaTableLevel, type AreaTableReader, parseCsv } from './lib/kemendagri-csv';
