import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  REGISTRY_IMPORT_FORMATS,
  ROAD_STATUSES,
  ROUTING_RULE_MODES,
  type RegistryImportFormat,
  type RoadStatus,
  type RoutingRuleMode,
  type SaveRoutingRuleRequest,
} from '@simpul/contracts';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `POST jurisdiction/registry/imports?label&validFrom&format` with the file as multipart `file`. */
export class RegistryImportQueryDto {
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  label!: string;

  /** The day the new segments take effect (YYYY-MM-DD). */
  @Matches(DATE)
  validFrom!: string;

  /** Default: from the file name (`.csv` is CSV, anything else GeoJSON). */
  @IsOptional()
  @IsIn(REGISTRY_IMPORT_FORMATS)
  format?: RegistryImportFormat;

  /**
   * `true`: the file is the whole network; every segment in force on `validFrom` that it does not
   * carry ends that day (so re-importing a network without link numbers does not duplicate it).
   */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  replaceNetwork?: boolean;
}

/** `GET jurisdiction/segments`: a box in degrees, at a date. */
export class SegmentsBoxQueryDto {
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  minLng!: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  minLat!: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  maxLng!: number;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  maxLat!: number;

  @IsOptional()
  @Matches(DATE)
  asOf?: string;
}

export class RulesQueryDto {
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  includeClosed?: boolean;
}

export class SaveRoutingRuleDto implements SaveRoutingRuleRequest {
  @IsString()
  @MinLength(2)
  @MaxLength(64)
  @Matches(/^[a-z0-9_]+$/)
  category!: string;

  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\d{2}\.\d{2}$/)
  regencyCode!: string | null;

  @ValidateIf((_o, v) => v !== null)
  @IsIn(ROAD_STATUSES)
  roadStatus!: RoadStatus | null;

  @IsUUID()
  agencyId!: string;

  @IsIn(ROUTING_RULE_MODES)
  mode!: RoutingRuleMode;

  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}
