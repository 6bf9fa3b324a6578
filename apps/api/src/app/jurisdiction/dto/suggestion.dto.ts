import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { OwnerSuggestionQuery } from '@simpul/contracts';

/** `GET jurisdiction/suggest`: a point, a text, a category and an area, at a date. */
export class OwnerSuggestionQueryDto implements OwnerSuggestionQuery {
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat?: number;

  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lng?: number;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  text?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  category?: string;

  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/)
  regencyCode?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  asOf?: string;
}

/** `GET jurisdiction/place-bounds`: a Kemendagri regency, district or village code. */
export class PlaceBoundsQueryDto {
  @IsString()
  @Matches(/^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/)
  code!: string;
}
