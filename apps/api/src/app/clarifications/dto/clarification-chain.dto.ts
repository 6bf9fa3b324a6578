import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CLARIFICATION_APPROVER_ROLES,
  CLARIFICATION_CHAIN_MAX_PEOPLE,
  CLARIFICATION_CHAIN_MAX_STEPS,
  type ClarificationApproverRole,
  type ClarificationChainStepInput,
  type PutClarificationChainRequest,
} from '@simpul/contracts';

export class ClarificationChainStepDto implements ClarificationChainStepInput {
  @IsString()
  @Length(1, 200)
  name!: string;

  @IsOptional()
  @IsUUID()
  approverAgencyId?: string | null;

  @IsOptional()
  @IsIn(CLARIFICATION_APPROVER_ROLES)
  role?: ClarificationApproverRole | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CLARIFICATION_CHAIN_MAX_PEOPLE)
  @IsUUID('all', { each: true })
  userIds?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CLARIFICATION_CHAIN_MAX_PEOPLE)
  @IsUUID('all', { each: true })
  alternateUserIds?: string[];
}

export class PutClarificationChainDto implements PutClarificationChainRequest {
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  baseVersion!: number;

  @IsArray()
  @ArrayMaxSize(CLARIFICATION_CHAIN_MAX_STEPS)
  @ValidateNested({ each: true })
  @Type(() => ClarificationChainStepDto)
  steps!: ClarificationChainStepDto[];
}
