import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASE_TAG_LIMITS,
  normalizeTag,
  type LatLngPoint,
  type SetCaseLocationRequest,
  type SetCaseTagsRequest,
} from '@simpul/contracts';

export class LatLngPointDto implements LatLngPoint {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  lng!: number;
}

export class SetCaseLocationDto implements SetCaseLocationRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @ValidateNested()
  @Type(() => LatLngPointDto)
  point?: LatLngPointDto | null;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @Matches(/^35\.\d{2}$/)
  regencyCode?: string | null;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @Matches(/^35\.\d{2}\.\d{2}$/)
  districtCode?: string | null;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @Matches(/^35\.\d{2}\.\d{2}\.\d{4}$/)
  villageCode?: string | null;
}

export class SetCaseTagsDto implements SetCaseTagsRequest {
  @IsInt()
  @Min(1)
  version!: number;

  /** Normalised and de-duplicated before validation, so the limits apply to what is stored. */
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? [
          ...new Set(
            value.map((tag: unknown) => (typeof tag === 'string' ? normalizeTag(tag) : tag)),
          ),
        ]
      : value,
  )
  @IsArray()
  @ArrayMaxSize(CASE_TAG_LIMITS.maxCount)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(CASE_TAG_LIMITS.maxLength, { each: true })
  tags!: string[];
}
