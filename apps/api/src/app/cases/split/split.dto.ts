import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  CO_OWNERSHIP_LIMITS,
  HANDOFF_REASONS,
  HANDOFF_SENDER_CHOICES,
  type HandoffReason,
  type HandoffSenderChoice,
  type SplitCaseRequest,
} from '@simpul/contracts';

export class SplitCaseDto implements SplitCaseRequest {
  @IsInt()
  @Min(1)
  version!: number;

  @IsString()
  @MinLength(CO_OWNERSHIP_LIMITS.splitTitleMin)
  @MaxLength(CO_OWNERSHIP_LIMITS.splitTitleMax)
  title!: string;

  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  reportIds!: string[];

  @IsOptional()
  @IsUUID()
  targetAgencyId?: string;

  @IsOptional()
  @IsIn(HANDOFF_REASONS)
  handoffReason?: HandoffReason;

  @IsOptional()
  @IsIn(HANDOFF_SENDER_CHOICES)
  senderChoice?: HandoffSenderChoice;

  @IsString()
  @MinLength(CO_OWNERSHIP_LIMITS.reasonMin)
  @MaxLength(CO_OWNERSHIP_LIMITS.reasonMax)
  reason!: string;
}
