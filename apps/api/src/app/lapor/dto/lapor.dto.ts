import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import {
  LAPOR_CONFLICT_RESOLUTIONS,
  type LaporConflictResolution,
  type LaporFollowUpPostedRequest,
  type ResolveLaporConflictRequest,
} from '@simpul/contracts';

export class LaporImportQueryDto {
  /** `true`: validate and report what would happen, write nothing. */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class ResolveLaporConflictDto implements ResolveLaporConflictRequest {
  @IsIn(LAPOR_CONFLICT_RESOLUTIONS)
  resolution!: LaporConflictResolution;
}

export class LaporFollowUpPostedDto implements LaporFollowUpPostedRequest {
  @IsInt()
  @Min(1)
  followUpSeq!: number;
}
