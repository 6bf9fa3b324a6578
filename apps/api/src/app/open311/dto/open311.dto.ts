import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { CASE_CATEGORIES, type CaseCategory } from '@simpul/contracts';

/** Form posts send every field, blank ones as ''; a blank field is an absent one. */
const Text = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });

/** Form posts send numbers as text; anything unparseable stays NaN so validation names it. */
const Numeric = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    return value.trim() === '' ? undefined : Number(value);
  });

/** GeoReport v2 "POST Service Request", form-encoded or JSON. */
export class PostServiceRequestDto {
  /** Checked by the key guard before validation; declared so the whitelist lets it through. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  api_key?: string;

  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(100)
  jurisdiction_id?: string;

  @Text()
  @IsDefined()
  @IsIn(CASE_CATEGORIES)
  service_code!: CaseCategory;

  @IsOptional()
  @Numeric()
  @Min(-90)
  @Max(90)
  // Last, so an unparseable value is reported as "not a number" rather than out of range.
  @IsNumber({ allowNaN: false, allowInfinity: false })
  lat?: number;

  @IsOptional()
  @Numeric()
  @Min(-180)
  @Max(180)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  long?: number;

  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(500)
  address_string?: string;

  /** Accepted and ignored: we keep no address registry. */
  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(100)
  address_id?: string;

  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @IsOptional()
  @Text()
  @IsEmail()
  @MaxLength(80)
  email?: string;

  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(60)
  first_name?: string;

  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(60)
  last_name?: string;

  @IsOptional()
  @Text()
  @Matches(/^\+?[\d\s().-]{5,30}$/)
  phone?: string;

  /** Stored as text; never fetched. */
  @IsOptional()
  @Text()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  media_url?: string;

  /** Accepted and ignored. */
  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(200)
  device_id?: string;

  /** Accepted and ignored. */
  @IsOptional()
  @Text()
  @IsString()
  @MaxLength(200)
  account_id?: string;

  /** Accepted and ignored: no service defines attributes. */
  @IsOptional()
  @IsObject()
  attribute?: Record<string, unknown>;
}

/** GeoReport v2 "GET Service Requests" filters, plus paging as an extension. */
export class ServiceRequestsQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  jurisdiction_id?: string;

  /** Comma-separated case numbers; overrides every other filter, as the standard says. */
  @IsOptional()
  @Matches(/^[\w-]{1,32}(,[\w-]{1,32}){0,99}$/)
  service_request_id?: string;

  /** Comma-separated service codes. */
  @IsOptional()
  @Matches(/^[a-z_]{1,64}(,[a-z_]{1,64}){0,19}$/)
  service_code?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  start_date?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  end_date?: string;

  /** `open`, `closed` or both, comma-separated. */
  @IsOptional()
  @Matches(/^(open|closed)(,(open|closed))?$/)
  status?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  page_size?: number;
}

export class IssueOpen311KeyDto {
  /** Who uses the key, e.g. "Aplikasi Jatim Bangkit". */
  @Text()
  @IsString()
  @MinLength(3)
  @MaxLength(80)
  label!: string;
}
