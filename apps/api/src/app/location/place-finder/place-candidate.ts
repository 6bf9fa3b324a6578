import { PlaceLevel } from './markers';

/** A place of East Java that a text probably names, with how sure we are. */
export interface PlaceCandidate {
  level: PlaceLevel;
  /** Kemendagri code of the most specific place matched, e.g. '35.07.16.2003'. */
  code: string;
  /** Official name of that place, e.g. 'Sumberpucung' or 'Kabupaten Malang'. */
  name: string;
  regencyCode: string;
  regencyName: string;
  districtCode: string | null;
  districtName: string | null;
  villageCode: string | null;
  villageName: string | null;
  /** Confidence between 0 and 1. */
  score: number;
  /** The words of the text that matched, as written there (the place and its corroborations). */
  matched: string[];
}
