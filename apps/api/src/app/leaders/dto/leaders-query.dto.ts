import { IsIn, IsNumber, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import {
  CASE_CATEGORIES,
  type CaseCategory,
  type LeadersDashboardQuery,
  type LeadersThresholdsRequest,
} from '@simpul/contracts';

/** `GET /api/leaders/dashboard`: the period's dates are checked further in leaders-period.ts. */
export class LeadersDashboardQueryDto implements LeadersDashboardQuery {
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string;

  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/)
  agencyId?: string;

  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/)
  regency?: string;

  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;
}

export class LeadersThresholdsDto implements LeadersThresholdsRequest {
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  dueSoonFraction!: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10)
  dueSoonMinWorkingDays!: number;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  stalledWorkingDays!: number;
}
