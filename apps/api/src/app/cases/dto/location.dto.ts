import { IsLatitude, IsLongitude, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANDMARK_MAX_CHARS, type LocationAnswerRequest } from '@simpul/contracts';

export class LocationAnswerDto implements LocationAnswerRequest {
  @IsLatitude()
  lat!: number;

  @IsLongitude()
  lng!: number;

  @IsOptional()
  @IsString()
  @MaxLength(LANDMARK_MAX_CHARS)
  note?: string;
}

export class LocationRequestDto {
  /** The message the officer sends with the link; a default Indonesian text when empty. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
