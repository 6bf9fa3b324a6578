import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import {
  CLARIFICATION_LABELS,
  type AnswerClarificationInvitationRequest,
  type ClarificationLabel,
  type CreateClarificationRequest,
  type DecideClarificationRequest,
  type InviteClarificationAgencyRequest,
} from '@simpul/contracts';

export class CreateClarificationDto implements CreateClarificationRequest {
  @IsIn(CLARIFICATION_LABELS)
  label!: ClarificationLabel;

  @IsString()
  @Length(1, 300)
  title!: string;

  @IsString()
  @Length(1, 10_000)
  narrative!: string;

  @IsString()
  @MaxLength(100)
  platform!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_protocol: true }, { each: true })
  sourceUrls?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_protocol: true }, { each: true })
  archiveUrls?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  caseIds?: string[];
}

export class InviteClarificationAgencyDto implements InviteClarificationAgencyRequest {
  @IsUUID()
  agencyId!: string;
}

export class AnswerClarificationInvitationDto implements AnswerClarificationInvitationRequest {
  @IsBoolean()
  accept!: boolean;
}

export class DecideClarificationDto implements DecideClarificationRequest {
  @IsIn(['approved', 'rejected'])
  decision!: 'approved' | 'rejected';

  @IsString()
  @Length(64, 64)
  contentHash!: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
