import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { AreaOption } from '@simpul/contracts';
import { AreasService } from './areas.service';

export class DistrictsQueryDto {
  @Matches(/^35\.\d{2}$/)
  regency!: string;
}

export class VillagesQueryDto {
  @Matches(/^35\.\d{2}\.\d{2}$/)
  district!: string;
}

/** East Java's administrative areas (Kemendagri codes), for filters and area pickers. */
@ApiTags('areas')
@ApiBearerAuth()
@Controller('areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  /** The 38 regencies and cities of East Java, kabupaten first. */
  @Get('regencies')
  regencies(): Promise<AreaOption[]> {
    return this.areas.regencies();
  }

  /** The districts (kecamatan) of a regency, by name. */
  @Get('districts')
  districts(@Query() query: DistrictsQueryDto): Promise<AreaOption[]> {
    return this.areas.districts(query.regency);
  }

  /** The villages (desa/kelurahan) of a district, by name. */
  @Get('villages')
  villages(@Query() query: VillagesQueryDto): Promise<AreaOption[]> {
    return this.areas.villages(query.district);
  }
}
