import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CaseExportFormat } from '@simpul/contracts';
import type { Response } from 'express';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { InboxQueryDto } from '../dto/inbox-query.dto';
import { CaseExportService, type ExportTarget } from './case-export.service';

const CONTENT_TYPES: Record<CaseExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The case list as filtered, as CSV or XLSX, streamed. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseExportController {
  constructor(private readonly exporter: CaseExportService) {}

  /** CSV of the cases the inbox's filters match; reporter data the exporter may not see is redacted. */
  @Get('export.csv')
  @ApiProduces(CONTENT_TYPES.csv)
  exportCsv(
    @CurrentActor() actor: Actor,
    @Query() query: InboxQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    return streamed(res, this.exporter.export(actor, query, 'csv', responseTarget(res)));
  }

  /** The same as an XLSX workbook (one sheet, "Kasus"). */
  @Get('export.xlsx')
  @ApiProduces(CONTENT_TYPES.xlsx)
  exportXlsx(
    @CurrentActor() actor: Actor,
    @Query() query: InboxQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    return streamed(res, this.exporter.export(actor, query, 'xlsx', responseTarget(res)));
  }
}

/** A failure before the first byte is an ordinary error answer; after it, the download breaks off. */
async function streamed(res: Response, work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (!res.headersSent) throw error;
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The response, its headers set only once the export's query is open (errors stay JSON). */
function responseTarget(res: Response): ExportTarget {
  let aborted = false;
  res.on('close', () => {
    if (!res.writableFinished) aborted = true;
  });
  return {
    start(format) {
      res.status(200);
      res.setHeader('Content-Type', CONTENT_TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="kasus-simpul.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      return res;
    },
    aborted: () => aborted,
  };
}
