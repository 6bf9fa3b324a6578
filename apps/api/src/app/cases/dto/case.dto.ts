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
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_CLASSIFICATIONS,
  CASE_PRIORITIES,
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

export class UpdateCaseDto implements UpdateCaseRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  description?: string;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsString()
  @MaxLength(500)
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
  @MaxLength(120)
  name?: string;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  contact?: string;

  @IsOptional()
  @Matches(/^\d{16}$/)
  nik?: string;

  @IsBoolean()
  anonymous!: boolean;

  @IsBoolean()
  confidential!: boolean;
}

export class CreateCaseDto implements CreateCaseRequest {
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  title!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
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
  incidentDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  locationText?: string;

  @IsOptional()
  @Matches(/^35\.\d{2}$/)
  regencyCode?: string;

  @IsOptional()
  @Matches(/^\d{4,12}$/)
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
  @MaxLength(5000)
  note?: string;
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

  @Matches(/^\d{4,12}$/)
  trackingId!: string;
}
