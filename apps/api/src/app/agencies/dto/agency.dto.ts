import { OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  AGENCY_KINDS,
  type AgencyKind,
  type CreateAgencyRequest,
  type UpdateAgencyRequest,
} from '@simpul/contracts';

const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export class CreateAgencyDto implements CreateAgencyRequest {
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/)
  code!: string;

  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(80)
  shortName!: string;

  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @IsOptional()
  @ValidateIf((_o, value) => value !== null)
  @IsUUID()
  parentId?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(REGENCY_CODE, { each: true })
  regencyCodes?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  coordinatesIds?: string[];
}

/** Every field of creation but the code (a stable identifier), each optional, plus `active`. */
export class UpdateAgencyDto
  extends PartialType(OmitType(CreateAgencyDto, ['code'] as const))
  implements UpdateAgencyRequest
{
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
