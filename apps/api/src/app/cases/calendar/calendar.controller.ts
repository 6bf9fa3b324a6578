import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type {
  CalendarDay,
  CalendarDecreeRequest,
  CalendarOverrideRequest,
  CalendarOverrideView,
} from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { CalendarService, ISO_DATE } from './calendar.service';

export class CalendarYearParamDto {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class CalendarDecreeDto implements CalendarDecreeRequest {
  /** One day off per line: `YYYY-MM-DD Name`. */
  @IsString()
  @MaxLength(20_000)
  text!: string;
}

export class CalendarQueryDto {
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class CalendarOverrideDto implements CalendarOverrideRequest {
  @Matches(ISO_DATE)
  date!: string;

  @IsIn(['holiday', 'working'])
  kind!: 'holiday' | 'working';

  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;
}

/** The working-day calendar every SLA clock uses (see CalendarService); the superadmin edits it. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('holidays')
  holidays(@Query() query: CalendarQueryDto): Promise<CalendarDay[]> {
    return this.calendar.holidays(query.year);
  }

  /** The corrections of a year (cuti bersama, moved or cancelled holidays), for the admin's screen. */
  @Get('overrides')
  overrides(@Query() query: CalendarQueryDto): Promise<CalendarOverrideView[]> {
    return this.calendar.overrides(query.year);
  }

  @Put('overrides')
  setOverride(
    @CurrentActor() actor: Actor,
    @Body() body: CalendarOverrideDto,
  ): Promise<CalendarDay[]> {
    return this.calendar.setOverride(actor, body);
  }

  /** A year's decree (SKB) in one go: the pasted list replaces the year's corrections. */
  @Put('decrees/:year')
  enterDecree(
    @CurrentActor() actor: Actor,
    @Param() params: CalendarYearParamDto,
    @Body() body: CalendarDecreeDto,
  ): Promise<CalendarDay[]> {
    return this.calendar.enterDecree(actor, params.year, body);
  }

  @Delete('overrides/:date')
  @HttpCode(HttpStatus.NO_CONTENT)
  removeOverride(@CurrentActor() actor: Actor, @Param('date') date: string): Promise<void> {
    return this.calendar.removeOverride(actor, date);
  }
}
