export { PlaceFinder } from './place-finder';
export type { PlaceCandidate } from './place-candidate';
export type { PlaceLevel } from './markers';
export { normalizeWord, phraseKey, spellingKey } from './normalize';
