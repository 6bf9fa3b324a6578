// The candidate shape is shared with the web app (place suggestions while typing a complaint).
export type { PlaceCandidate } from '@simpul/contracts';
