import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  CASE_CATEGORIES,
  DUPLICATE_PROBE_LIMITS,
  MAX_DUPLICATE_RADIUS_METERS,
  type CaseCategory,
  type DuplicateCandidatesRequest,
  type MergeCaseRequest,
  type MergeRequestCreate,
  type MergeRequestDecline,
} from '@simpul/contracts';

export class DuplicateCandidatesDto implements DuplicateCandidatesRequest {
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;

  @IsOptional()
  @IsString()
  @MaxLength(DUPLICATE_PROBE_LIMITS.title)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(DUPLICATE_PROBE_LIMITS.description)
  description?: string;

  /** A point is both coordinates or none. */
  @ValidateIf((o: DuplicateCandidatesDto) => o.lat !== undefined || o.lng !== undefined)
  @Type(() => Number)
  @IsLatitude()
  lat?: number;

  @ValidateIf((o: DuplicateCandidatesDto) => o.lat !== undefined || o.lng !== undefined)
  @Type(() => Number)
  @IsLongitude()
  lng?: number;

  @IsOptional()
  @Matches(/^35\.\d{2}$/)
  regencyCode?: string;

  @IsOptional()
  @Matches(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/)
  villageCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(DUPLICATE_PROBE_LIMITS.locationText)
  locationText?: string;

  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(MAX_DUPLICATE_RADIUS_METERS)
  radiusMeters?: number;
}

export class MergeCaseDto implements MergeCaseRequest {
  @IsUUID()
  duplicateCaseId!: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class MergeRequestCreateDto implements MergeRequestCreate {
  @IsUUID()
  duplicateCaseId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class MergeRequestDeclineDto implements MergeRequestDecline {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
