import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  DISPOSITION_TARGETS,
  HANDOFF_REASONS,
  HANDOFF_SENDER_CHOICES,
  ROAD_STATUSES,
  type ArbitrationDecisionRequest,
  type ArbitrationRuleRequest,
  type DispositionRequest,
  type DispositionTarget,
  type HandoffDeclineRequest,
  type HandoffProposeRequest,
  type HandoffReason,
  type HandoffSenderChoice,
  type HandoffWithdrawRequest,
  type OwnerSuggestion,
  type RoadStatus,
} from '@simpul/contracts';

export class HandoffProposeDto implements HandoffProposeRequest {
  @IsUUID()
  toAgencyId!: string;

  @IsIn(HANDOFF_REASONS)
  reason!: HandoffReason;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  /** The owner suggestion the proposer saw, kept as evidence (as the suggester answered it). */
  @IsOptional()
  @IsObject()
  suggestion?: OwnerSuggestion | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];

  @IsIn(HANDOFF_SENDER_CHOICES)
  senderChoice!: HandoffSenderChoice;
}

export class HandoffDeclineDto implements HandoffDeclineRequest {
  @IsString()
  @Matches(/\S/)
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class HandoffWithdrawDto implements HandoffWithdrawRequest {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class DispositionDto implements DispositionRequest {
  @IsIn(DISPOSITION_TARGETS)
  target!: DispositionTarget;

  @ValidateIf((o: DispositionDto) => o.target === 'unit' || o.target === 'agency')
  @IsUUID()
  agencyId?: string;

  @ValidateIf((o: DispositionDto) => o.target === 'officers')
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  userIds?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ValidateIf((o: DispositionDto) => o.target === 'agency')
  @IsIn(HANDOFF_REASONS)
  reason?: HandoffReason;

  @ValidateIf((o: DispositionDto) => o.target === 'agency')
  @IsIn(HANDOFF_SENDER_CHOICES)
  senderChoice?: HandoffSenderChoice;

  @IsOptional()
  @IsObject()
  suggestion?: OwnerSuggestion | null;

  /** `agency`: photos (attachments of the case) sent with the proposal as evidence. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class ArbitrationRuleDto implements ArbitrationRuleRequest {
  @IsString()
  @MaxLength(40)
  category!: string;

  @Matches(/^35\.\d{2}$/)
  regencyCode!: string;

  @IsOptional()
  @IsIn(ROAD_STATUSES)
  roadStatus?: RoadStatus | null;

  @IsOptional()
  @IsIn(['suggest', 'direct'])
  mode?: 'suggest' | 'direct';
}

export class ArbitrationDecisionDto implements ArbitrationDecisionRequest {
  @IsUUID()
  ownerAgencyId!: string;

  @IsString()
  @Matches(/\S/)
  @MaxLength(2000)
  note!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ArbitrationRuleDto)
  rule?: ArbitrationRuleDto;
}
