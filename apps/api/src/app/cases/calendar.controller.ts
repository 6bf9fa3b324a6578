import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import type { CalendarDay, CalendarOverrideRequest, CalendarOverrideView } from '@simpul/contracts';
import { forbidden } from '../access/access-errors';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CurrentActor } from '../auth/auth.decorators';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { CaseClocks } from './case-clocks';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

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

/**
 * The working-day calendar every SLA clock uses: the holiday library's days plus admins'
 * corrections (cuti bersama decrees, moved or cancelled holidays). Only the superadmin edits it.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseClocks) private readonly clocks: CaseClocks,
    private readonly audit: AuditService,
  ) {}

  @Get('holidays')
  async holidays(@Query() query: CalendarQueryDto): Promise<CalendarDay[]> {
    const calendar = await this.clocks.calendarNow();
    return calendar
      .holidaysIn(query.year)
      .map((day) => ({ date: day.date, name: day.name, source: day.source }));
  }

  /** The corrections of a year (cuti bersama, moved or cancelled holidays), for the admin's screen. */
  @Get('overrides')
  overrides(@Query() query: CalendarQueryDto): Promise<CalendarOverrideView[]> {
    return this.dataSource.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_override
       WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1) ORDER BY date`,
      [query.year],
    );
  }

  @Put('overrides')
  async setOverride(
    @CurrentActor() actor: Actor,
    @Body() body: CalendarOverrideDto,
  ): Promise<CalendarDay[]> {
    this.assertSuperadmin(actor);
    if (
      Number.isNaN(Date.parse(`${body.date}T00:00:00Z`)) ||
      new Date(`${body.date}T00:00:00Z`).toISOString().slice(0, 10) !== body.date
    ) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          'Data tidak valid: date bukan tanggal yang ada',
          'Invalid input: date does not exist',
        ),
        [
          {
            field: 'date',
            message: bilingual('date bukan tanggal yang ada', 'date does not exist'),
          },
        ],
      );
    }
    await this.dataSource.query(
      `INSERT INTO calendar_override (date, kind, name, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (date) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name, created_by = EXCLUDED.created_by`,
      [body.date, body.kind, body.name ?? null, actor.userId],
    );
    await this.audit.record({
      action: 'calendar.changed',
      actorUserId: actor.userId,
      targetType: 'calendar',
      targetId: body.date,
      ip: actor.ip,
      details: { ...body },
    });
    await this.clocks.calendarChanged(body.date);
    return this.holidays({ year: Number(body.date.slice(0, 4)) });
  }

  @Delete('overrides/:date')
  @HttpCode(HttpStatus.NO_CONTENT)
  async removeOverride(@CurrentActor() actor: Actor, @Param('date') date: string): Promise<void> {
    this.assertSuperadmin(actor);
    if (!ISO_DATE.test(date)) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          'Data tidak valid: date harus YYYY-MM-DD',
          'Invalid input: date must be YYYY-MM-DD',
        ),
        [{ field: 'date', message: bilingual('date harus YYYY-MM-DD', 'date must be YYYY-MM-DD') }],
      );
    }
    await this.dataSource.query(`DELETE FROM calendar_override WHERE date = $1`, [date]);
    await this.audit.record({
      action: 'calendar.changed',
      actorUserId: actor.userId,
      targetType: 'calendar',
      targetId: date,
      ip: actor.ip,
      details: { removed: true },
    });
    await this.clocks.calendarChanged(date);
  }

  private assertSuperadmin(actor: Actor): void {
    if (!actor.isSuperadmin)
      throw forbidden(
        bilingual(
          'Hanya superadmin yang dapat mengubah kalender kerja.',
          'Only the superadmin can change the working calendar.',
        ),
      );
  }
}
