import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../auth/auth.decorators';
import { CaseExportService } from './case-export.service';

/** The CSV export. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseExportController {
  constructor(private readonly exporter: CaseExportService) {}

  /** CSV of the visible cases; reporter data the exporter may not see is redacted. */
  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="kasus-simpul.csv"')
  exportCsv(@CurrentActor() actor: Actor): Promise<string> {
    return this.exporter.exportCsv(actor);
  }
}
