import {
  IsBoolean,
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
  TASK_STATUSES,
  type DeclineCollaborationRequest,
  type EndParticipantRequest,
  type InviteCollaboratorRequest,
  type TaskStatus,
  type UpdateTaskStatusRequest,
} from '@simpul/contracts';

export class InviteCollaboratorDto implements InviteCollaboratorRequest {
  @IsUUID()
  agencyId!: string;

  @IsString()
  @MinLength(CO_OWNERSHIP_LIMITS.taskMin)
  @MaxLength(CO_OWNERSHIP_LIMITS.taskMax)
  task!: string;

  @IsOptional()
  @IsBoolean()
  required?: boolean;
}

export class DeclineCollaborationDto implements DeclineCollaborationRequest {
  @IsString()
  @MinLength(CO_OWNERSHIP_LIMITS.reasonMin)
  @MaxLength(CO_OWNERSHIP_LIMITS.reasonMax)
  reason!: string;
}

export class UpdateTaskStatusDto implements UpdateTaskStatusRequest {
  @IsIn(TASK_STATUSES)
  status!: TaskStatus;

  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsString()
  @MaxLength(CO_OWNERSHIP_LIMITS.noteMax)
  note?: string;
}

export class EndParticipantDto implements EndParticipantRequest {
  @IsString()
  @MinLength(CO_OWNERSHIP_LIMITS.reasonMin)
  @MaxLength(CO_OWNERSHIP_LIMITS.reasonMax)
  reason!: string;
}
