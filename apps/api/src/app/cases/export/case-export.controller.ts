import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CaseExportFormat } from '@simpul/contracts';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { InboxQueryDto } from '../dto/inbox-query.dto';
import { CaseExportService } from './case-export.service';

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
  exportCsv(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<StreamableFile> {
    return this.file(actor, query, 'csv');
  }

  /** The same as an XLSX workbook (one sheet, "Kasus"). */
  @Get('export.xlsx')
  @ApiProduces(CONTENT_TYPES.xlsx)
  exportXlsx(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<StreamableFile> {
    return this.file(actor, query, 'xlsx');
  }

  private async file(
    actor: Actor,
    query: InboxQueryDto,
    format: CaseExportFormat,
  ): Promise<StreamableFile> {
    const stream = await this.exporter.open(actor, query, format);
    return new StreamableFile(stream, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="kasus-simpul.${format}"`,
    });
  }
}
