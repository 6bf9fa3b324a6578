import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  CalendarDay,
  CalendarDecreeRequest,
  CalendarOverrideRequest,
  CalendarOverrideView,
} from '@simpul/contracts';
import { WorkingCalendar, withShippedDecrees } from '@simpul/sla';
import { forbidden } from '../../access/access-errors';
import { calendarPolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { CaseClocks } from '../../case-kernel/case-clocks';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { queryRows } from '../../database/query-rows';
import { runQuery } from '../../database/typed-query';
import { parseDecree } from './calendar-decree';
import { deleteYearOverrides, insertDecreeOverrides } from './calendar-decree.queries';

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The working-day calendar every SLA clock uses: the holiday library's days plus admins'
 * corrections (cuti bersama decrees, moved or cancelled holidays). Only the superadmin edits it
 * (`calendarPolicy`); every change is audited and the running clocks follow it.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CaseClocks) private readonly clocks: CaseClocks,
    private readonly audit: AuditService,
  ) {}

  async holidays(year: number): Promise<CalendarDay[]> {
    const calendar = await this.clocks.calendarNow();
    return calendar
      .holidaysIn(year)
      .map((day) => ({ date: day.date, name: day.name, source: day.source }));
  }

  /** The corrections of a year (cuti bersama, moved or cancelled holidays), for the admin's screen. */
  overrides(year: number): Promise<CalendarOverrideView[]> {
    return queryRows<CalendarOverrideView>(
      this.dataSource,
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_override
       WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1) ORDER BY date`,
      [year],
    );
  }

  async setOverride(actor: Actor, body: CalendarOverrideRequest): Promise<CalendarDay[]> {
    assertMayChange(actor);
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
    return this.holidays(Number(body.date.slice(0, 4)));
  }

  /**
   * A year's decree entered in one go (the superadmin pastes its list): in one transaction the
   * year's corrections are replaced by the listed days off, and every other holiday of the year
   * (the library's or a shipped decree's) is cancelled, so the year's days off are exactly the
   * decree's. Every day whose status may have changed gets its running clocks recomputed.
   */
  async enterDecree(
    actor: Actor,
    year: number,
    body: CalendarDecreeRequest,
  ): Promise<CalendarDay[]> {
    assertMayChange(actor);
    const { days, errors } = parseDecree(body.text, year);
    if (errors.length > 0) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        bilingual(
          `Data tidak valid: text (${errors[0].id})`,
          `Invalid input: text (${errors[0].en})`,
        ),
        errors.map((message) => ({ field: 'text', message })),
      );
    }
    const listed = new Set(days.map((day) => day.date));
    const cancelled = new WorkingCalendar({ overrides: withShippedDecrees([]) })
      .holidaysIn(year)
      .filter((holiday) => !listed.has(holiday.date));
    const touched = await this.dataSource.transaction(async (manager) => {
      const previous = await runQuery(manager, deleteYearOverrides, { year });
      const rows = [
        ...days.map((day) => ({ date: day.date, kind: 'holiday', name: day.name })),
        ...cancelled.map((holiday) => ({
          date: holiday.date,
          kind: 'working',
          name: `Tidak ada dalam SKB ${year} / Not in the ${year} decree`,
        })),
      ];
      await runQuery(manager, insertDecreeOverrides, {
        dates: rows.map((r) => r.date),
        kinds: rows.map((r) => r.kind),
        names: rows.map((r) => r.name),
        createdBy: actor.userId,
      });
      return new Set([...previous.map((row) => row.date), ...rows.map((row) => row.date)]);
    });
    await this.audit.record({
      action: 'calendar.changed',
      actorUserId: actor.userId,
      targetType: 'calendar',
      targetId: String(year),
      ip: actor.ip,
      details: { decree: true, daysOff: days.length, cancelled: cancelled.length },
    });
    for (const date of [...touched].sort()) await this.clocks.calendarChanged(date);
    return this.holidays(year);
  }

  async removeOverride(actor: Actor, date: string): Promise<void> {
    assertMayChange(actor);
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
}

function assertMayChange(actor: Actor): void {
  if (!calendarPolicy.change(actor))
    throw forbidden(
      bilingual(
        'Hanya superadmin yang dapat mengubah kalender kerja.',
        'Only the superadmin can change the working calendar.',
      ),
    );
}
