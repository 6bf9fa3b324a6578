import { Injectable } from '@nestjs/common';
import type { PlaceCandidate } from '@simpul/contracts';
import { PlaceFinder } from '@simpul/place-finder';
import { readAreaTable } from '../areas/idn-area-data';

/** A derived location is trusted for a case only from this score up; lower ones are suggestions. */
export const DERIVED_LOCATION_MIN_SCORE = 0.6;

/** The place finder, loaded once per process on first use (≈ 0.5 s: 8,500 villages). */
@Injectable()
export class PlacesService {
  private finder: Promise<PlaceFinder> | null = null;

  async find(text: string, limit = 5): Promise<PlaceCandidate[]> {
    this.finder ??= PlaceFinder.load(readAreaTable);
    return (await this.finder).find(text).slice(0, limit);
  }

  /** The confident best match of a text, or null. */
  async derive(text: string): Promise<PlaceCandidate | null> {
    const [best] = await this.find(text, 1);
    return best && best.score >= DERIVED_LOCATION_MIN_SCORE ? best : null;
  }
}
