import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  CASE_CATEGORIES,
  CASE_TAG_LIMITS,
  LEADERS_FIGURES,
  normalizeTag,
  type CaseCategory,
  type InboxQuery,
  type LeadersFigure,
  type SlaState,
} from '@simpul/contracts';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class InboxQueryDto implements InboxQuery {
  @IsOptional()
  @Matches(/^[a-z_]+(,[a-z_]+)*$/)
  status?: string;

  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;

  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/)
  agencyId?: string;

  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/)
  regency?: string;

  @IsOptional()
  @Matches(/^(me|[0-9a-f-]{36})$/)
  assignee?: string;

  @IsOptional()
  @IsIn(['on_track', 'due_soon', 'overdue'])
  sla?: SlaState;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  needsLocation?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  escalated?: boolean;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? normalizeTag(value) : value,
  )
  @IsString()
  @MinLength(1)
  @MaxLength(CASE_TAG_LIMITS.maxLength)
  tag?: string;

  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(['newest', 'due'])
  sort?: 'newest' | 'due';

  @IsOptional()
  @Matches(/^[\w-]{4,400}$/)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  /** Drill-down from a figure of the leaders' view (docs/indicators.md#drill-down). */
  @IsOptional()
  @IsIn(LEADERS_FIGURES)
  figure?: LeadersFigure;

  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/)
  figureAgencyId?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string;
}
