import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import type { InboxMapQuery } from '@simpul/contracts';
import { InboxQueryDto } from './inbox-query.dto';

const NUMBER = '-?\\d{1,3}(\\.\\d{1,12})?';

/** The inbox's filters over a map window (`GET /api/cases/map`). */
export class InboxMapQueryDto extends InboxQueryDto implements InboxMapQuery {
  /** `west,south,east,north` in degrees (WGS84), e.g. `110.9,-8.8,114.6,-6.7`. */
  @Matches(new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`))
  bbox!: string;

  /** The map's zoom level (0–22); it sizes the grid cells. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(22)
  zoom!: number;
}
