import { Module } from '@nestjs/common';
import { CaseEventLog } from './case-event-log';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { RetentionService } from './retention.service';

@Module({
  controllers: [CasesController],
  providers: [CasesService, CaseEventLog, RetentionService],
  exports: [RetentionService, CaseEventLog],
})
export class CasesModule {}
