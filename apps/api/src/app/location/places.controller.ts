import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PLACE_TEXT_MAX_CHARS, type PlaceCandidate } from '@simpul/contracts';
import { PlacesService } from './places.service';

export class PlaceQueryDto {
  @IsString()
  @MinLength(2)
  @MaxLength(PLACE_TEXT_MAX_CHARS)
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

  /**
   * The same for a long text: in the body, since a pasted message in the URL overflows the
   * request line (HTTP 431). Nothing is written.
   */
  @Post('suggest')
  @HttpCode(200)
  suggestLong(@Body() body: PlaceQueryDto): Promise<PlaceCandidate[]> {
    return this.places.find(body.text);
  }
}
