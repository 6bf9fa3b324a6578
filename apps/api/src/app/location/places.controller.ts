import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { PlaceCandidate } from '@simpul/contracts';
import { PlacesService } from './places.service';

export class PlaceQueryDto {
  @IsString()
  @MinLength(2)
  @MaxLength(5000)
  text!: string;
}

@ApiTags('places')
@ApiBearerAuth()
@Controller('places')
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  /** East Java places a free text names (district and village names as citizens type them). */
  @Get('suggest')
  suggest(@Query() query: PlaceQueryDto): Promise<PlaceCandidate[]> {
    return this.places.find(query.text);
  }
}
