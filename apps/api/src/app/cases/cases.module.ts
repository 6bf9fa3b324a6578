import { Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { RetentionService } from './retention.service';

@Module({
  controllers: [CasesController],
  providers: [CasesService, RetentionService],
  exports: [RetentionService],
})
export class CasesModule {}
