import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsObject,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASE_ACTIONS,
  CASE_LIMITS,
  NIK_PATTERN,
  TRACKING_ID_PATTERN,
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_PRIORITIES,
  LANDMARK_MAX_CHARS,
  type CaseAction,
  type CaseCategory,
  type CaseChannel,
  type CaseClassification,
  type CasePriority,
  type AssignOfficerRequest,
  type CaseTransitionRequest,
  type CreateCaseRequest,
  type InviteObserverRequest,
  type LinkTrackingIdRequest,
  type NewReporter,
  type UpdateCaseRequest,
} from '@simpul/contracts';
import { IsNotFutureDate } from '../../common/not-future-date';
import { LatLngPointDto } from './workspace.dto';

export class UpdateCaseDto implements UpdateCaseRequest {
  /** The case version the form was opened on; fields changed since then by others answer 409. */
  @IsInt()
  @Min(1)
  baseVersion!: number;

  @IsOptional()
  @IsString()
  @MinLength(CASE_LIMITS.titleMin)
  @MaxLength(CASE_LIMITS.titleMax)
  title?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(CASE_LIMITS.descriptionMax)
  description?: string;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @MaxLength(CASE_LIMITS.locationMax)
  locationText?: string | null;

  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;

  @IsOptional()
  @IsIn(CASE_CLASSIFICATIONS)
  classification?: CaseClassification;

  @IsOptional()
  @IsIn(CASE_PRIORITIES)
  priority?: CasePriority;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsNotFutureDate()
  incidentDate?: string | null;
}

export class InviteObserverDto implements InviteObserverRequest {
  @IsUUID()
  agencyId!: string;

  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason!: string;
}

export class NewReporterDto implements NewReporter {
  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.reporterMax)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.reporterMax)
  contact?: string;

  @IsOptional()
  @Matches(NIK_PATTERN)
  nik?: string;

  @IsBoolean()
  anonymous!: boolean;

  @IsBoolean()
  confidential!: boolean;
}

export class CreateCaseDto implements CreateCaseRequest {
  @IsString()
  @MinLength(CASE_LIMITS.titleMin)
  @MaxLength(CASE_LIMITS.titleMax)
  title!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(CASE_LIMITS.descriptionMax)
  description!: string;

  @IsIn(CASE_CLASSIFICATIONS)
  classification!: CaseClassification;

  @IsIn(CASE_CHANNELS)
  channel!: CaseChannel;

  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;

  @IsOptional()
  @IsIn(CASE_PRIORITIES)
  priority?: CasePriority;

  @IsOptional()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsNotFutureDate()
  incidentDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.locationMax)
  locationText?: string;

  @IsOptional()
  @Matches(/^35\.\d{2}$/)
  regencyCode?: string;

  @IsOptional()
  @Matches(/^35\.\d{2}\.\d{2}$/)
  districtCode?: string;

  @IsOptional()
  @Matches(/^35\.\d{2}\.\d{2}\.\d{4}$/)
  villageCode?: string;

  /** The pin, saved with the case (checked to lie in Indonesia, not swapped, by the service). */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LatLngPointDto)
  point?: LatLngPointDto;

  @IsOptional()
  @IsString()
  @MaxLength(LANDMARK_MAX_CHARS)
  landmark?: string;

  @IsOptional()
  @Matches(TRACKING_ID_PATTERN)
  trackingId?: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => NewReporterDto)
  reporter!: NewReporterDto;
}

export class CaseTransitionDto implements CaseTransitionRequest {
  @IsIn(CASE_ACTIONS)
  action!: CaseAction;

  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsString()
  @MaxLength(CASE_LIMITS.noteMax)
  note?: string;

  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  overrideOpenTasks?: string;
}

export class EventsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  // Beyond this, Number() has already lost digits and PostgreSQL's bigint would refuse it.
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq?: number;
}

export class AssignOfficerDto implements AssignOfficerRequest {
  @IsUUID()
  userId!: string;
}

export class LinkTrackingIdDto implements LinkTrackingIdRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @Matches(TRACKING_ID_PATTERN)
  trackingId!: string;
}
